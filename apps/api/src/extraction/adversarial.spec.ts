import { ADVERSARIAL_PIECES, repeatTo } from './bench/adversarial-inputs.js';
import { extract } from './extract.js';
import { claimIdsOf } from './relations/index.js';

/**
 * The benchmark's adversarial inputs (bench/bench-extract.ts times them at
 * 500 KB), here at 4 KB: the output must be valid. Speed is measured in the
 * benchmark, never asserted here.
 */
const SMALL_LENGTH = 4 * 1024;

describe('extract on adversarial inputs', () => {
  it.each(ADVERSARIAL_PIECES)('gives valid claims and relations on %s', (_name, piece) => {
    const text = repeatTo(piece, SMALL_LENGTH);
    const points = Array.from(text);
    const { document, claims, relations } = extract(text);

    expect(document.length).toBe(points.length);
    for (const claim of claims) {
      expect(claim.start).toBeGreaterThanOrEqual(0);
      expect(claim.end).toBeGreaterThan(claim.start);
      expect(claim.end).toBeLessThanOrEqual(points.length);
      expect(points.slice(claim.start, claim.end).join('')).toBe(claim.exact);
    }
    const ids = new Set(claims.map((claim) => claim.id));
    for (const relation of relations) {
      for (const id of claimIdsOf(relation)) expect(ids).toContain(id);
    }
  });

  it('still reads the claims and relations in repeated totals and parts', () => {
    const text = repeatTo('Of the 35 MOUs, 11 were signed and 22 MOUs were not. ', SMALL_LENGTH);
    const { claims, relations } = extract(text);
    expect(
      claims.filter((claim) => claim.kind === 'numeric' && claim.valueText === '35').length,
    ).toBeGreaterThan(50);
    expect(
      relations.filter((relation) => relation.type === 'parts-of-total').length,
    ).toBeGreaterThan(50);
  });

  it('reads the claims but no relations in one sentence of hundreds of figures (a table, no prose)', () => {
    const text = repeatTo('Of the 35 MOUs, 11 were signed and 22 MOUs ', SMALL_LENGTH);
    const { claims, relations } = extract(text);
    expect(claims.length).toBeGreaterThan(150);
    expect(relations).toEqual([]);
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    "reads '%s' as any other word, never as an entry of the extractor's word tables",
    (word) => {
      const text =
        `He paid 3 ${word} a ${word}. It rose 5 ${word} and ${word} 7. About 4 ${word}s were sold, ` +
        `half a ${word}, twenty-${word} people, 2 ${word} per ${word}, $10 ${word}.`;
      const numeric = extract(text).claims.filter((claim) => claim.kind === 'numeric');
      expect(numeric.map((claim) => claim.valueText)).toEqual([
        '3',
        '5',
        '7',
        '4',
        '0.5',
        '20',
        '2',
        '10',
      ]);
    },
  );
});
