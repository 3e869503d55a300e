import fc from 'fast-check';
import { extract } from './extract.js';
import { claimIdsOf } from './relations/index.js';

/** Pieces of news text that exercise every scanner, to be shuffled with arbitrary characters. */
const NEWS_PIECES = [
  'Of the 35 MOUs, 11 were signed',
  ' "We will appeal," said Jane Doe. ',
  '£2.4bn (£1.9bn)',
  ' about 2 to 3 times a week',
  'Deputy Director Kim stated, "',
  '36.3%',
  ' COVID-19 ',
  '\n',
  '\r\n',
  '“',
  '”',
  "'",
  ' one in five ',
  'half a million',
  ' 12th ',
  '😀',
  'e\u0301',
  '₩5 trillion',
  ' between 5 and 7 ',
  ' he said.',
  ' Mr Smith, 34, ',
];

const newsLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NEWS_PIECES),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  newsLikeText,
);

describe('extract on any text', () => {
  it('never throws, keeps every span inside the text, and every exact equals the text at its code-point offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const points = Array.from(text);
        const { document, claims } = extract(text);
        expect(document.length).toBe(points.length);
        for (const claim of claims) {
          expect(claim.start).toBeGreaterThanOrEqual(0);
          expect(claim.end).toBeGreaterThan(claim.start);
          expect(claim.end).toBeLessThanOrEqual(points.length);
          expect(points.slice(claim.start, claim.end).join('')).toBe(claim.exact);
          expect(points.slice(Math.max(0, claim.start - 32), claim.start).join('')).toBe(
            claim.prefix,
          );
          expect(points.slice(claim.end, claim.end + 32).join('')).toBe(claim.suffix);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps offsets right after emoji and combining marks', () => {
    const text = '😀😀 Kim said, "We sold 72,000 units." e\u0301 It was 36.3%.';
    const points = Array.from(text);
    for (const claim of extract(text).claims) {
      expect(points.slice(claim.start, claim.end).join('')).toBe(claim.exact);
    }
    expect(extract(text).claims.map((c) => c.exact)).toEqual([
      'We sold 72,000 units.',
      '72,000 units',
      '36.3%',
    ]);
  });

  it('handles very long lines and CRLF line ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...NEWS_PIECES), { minLength: 200, maxLength: 400 }),
        fc.boolean(),
        (parts, crlf) => {
          const text = parts.join(crlf ? ' \r\n' : ' ');
          const points = Array.from(text);
          for (const claim of extract(text).claims)
            expect(points.slice(claim.start, claim.end).join('')).toBe(claim.exact);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives every claim a unique id and sorts claims by position', () => {
    fc.assert(
      fc.property(newsLikeText, (text) => {
        const { claims, relations } = extract(text);
        const ids = new Set(claims.map((c) => c.id));
        expect(ids.size).toBe(claims.length);
        for (let i = 1; i < claims.length; i++)
          expect(claims[i].start).toBeGreaterThanOrEqual(claims[i - 1].start);
        for (const relation of relations) {
          for (const id of claimIdsOf(relation)) expect(ids.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
