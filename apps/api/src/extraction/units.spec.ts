import { singularize } from './plural-nouns.js';

describe('singularize', () => {
  it('gives the singular of regular, irregular and unchanged plurals, keeping the case', () => {
    expect(singularize('units')).toBe('unit');
    expect(singularize('MOUs')).toBe('MOU');
    expect(singularize('People')).toBe('Person');
    expect(singularize('buses')).toBe('bus');
    expect(singularize('staff')).toBe('staff');
  });

  it('leaves words that are names of object properties as they are', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])
      expect(singularize(word)).toBe(word);
  });
});
