import { pageFrom } from '../common/pagination.js';
import { decodeReadingCursor, READING_CURSOR } from './claims-in-reading-order.js';

const claim = (n: number, start: number, end: number) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  start,
  end,
});

describe('reading-order pages', () => {
  it('gives a cursor naming the last claim given, only when more follow', () => {
    const rows = [claim(1, 0, 5), claim(2, 0, 5), claim(3, 10, 12)];
    const page = pageFrom(rows, 2, READING_CURSOR);
    expect(page.items).toHaveLength(2);
    expect(decodeReadingCursor(page.nextCursor ?? undefined)).toEqual(claim(2, 0, 5));
    expect(pageFrom(rows, 3, READING_CURSOR).nextCursor).toBeNull();
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => decodeReadingCursor('bm90LWEtY3Vyc29y')).toThrow(/cursor/);
    expect(() => decodeReadingCursor(Buffer.from('1|2|not-a-uuid').toString('base64url'))).toThrow(
      /cursor/,
    );
  });
});
