import { claimsInReadingOrder } from './claims-in-reading-order.js';

const claim = (n: number, start: number, end: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  start,
  end,
});

describe('claimsInReadingOrder', () => {
  const claims = [
    claim(3, 10, 12),
    claim(1, 0, 5),
    claim(2, 0, 5),
    claim(4, 0, 3),
    claim(5, 40, 44),
  ];

  it('pages through every claim once, in reading order', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = claimsInReadingOrder(claims, cursor, 2);
      seen.push(...page.items.map((c) => c.id.slice(-1)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['4', '1', '2', '3', '5']);
  });

  it('does not shift the pages when a claim is added before the cursor', () => {
    const first = claimsInReadingOrder(claims, undefined, 2);
    const grown = [...claims, claim(6, 0, 1)];
    const second = claimsInReadingOrder(grown, first.nextCursor ?? undefined, 2);
    expect(second.items.map((c) => c.id.slice(-1))).toEqual(['2', '3']);
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => claimsInReadingOrder(claims, 'bm90LWEtY3Vyc29y', 2)).toThrow(/cursor/);
  });
});
