import { wholeDocumentsOf } from './claim-statement.repository.js';

const row = (id: string, key: string, documentId: string) => ({ id, key, documentId });

describe('wholeDocumentsOf', () => {
  it('keeps every claim of a key that has no more than the count', () => {
    expect(wholeDocumentsOf([row('a1', 'k', 'A'), row('b1', 'k', 'B')], 2)).toEqual(['a1', 'b1']);
  });

  it('leaves out the oldest document of a key read past the count, all of its claims of that key', () => {
    const latest = [row('a1', 'k', 'A'), row('b1', 'k', 'B'), row('b2', 'k', 'B')];
    expect(wholeDocumentsOf(latest, 2)).toEqual(['a1']);
  });

  it('counts each key on its own', () => {
    const latest = [
      row('a1', 'k', 'A'),
      row('b1', 'k', 'B'),
      row('c1', 'k', 'C'),
      row('c2', 'm', 'C'),
    ];
    expect(wholeDocumentsOf(latest, 2)).toEqual(['a1', 'b1', 'c2']);
  });
});
