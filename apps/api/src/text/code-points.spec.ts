import fc from 'fast-check';
import { codePointLength, CodePointIndex } from './code-points.js';

describe('CodePointIndex', () => {
  it('counts an emoji as one code point and converts offsets both ways', () => {
    const text = 'a😀b';
    const index = new CodePointIndex(text);
    expect(index.length).toBe(3);
    expect(index.toUtf16(2)).toBe(3);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.slice(1, 2)).toBe('😀');
    expect(index.slice(2, 3)).toBe('b');
  });

  it('counts a combining mark as a code point of its own', () => {
    const index = new CodePointIndex('e\u0301x');
    expect(index.length).toBe(3);
    expect(index.slice(2, 3)).toBe('x');
  });

  it('refuses offsets outside the text and indices inside a surrogate pair', () => {
    const index = new CodePointIndex('😀');
    expect(() => index.toUtf16(2)).toThrow(RangeError);
    expect(() => index.toUtf16(-1)).toThrow(RangeError);
    expect(() => index.toCodePoint(1)).toThrow(RangeError);
  });

  it('refuses offsets outside a text without surrogates, whose offsets are the same both ways', () => {
    const index = new CodePointIndex('abc');
    expect(index.toCodePoint(3)).toBe(3);
    expect(index.toUtf16(2)).toBe(2);
    expect(() => index.toCodePoint(4)).toThrow(RangeError);
    expect(() => index.toCodePoint(-1)).toThrow(RangeError);
    expect(() => index.toUtf16(4)).toThrow(RangeError);
  });

  it('keeps a lone surrogate as a code point of its own', () => {
    const index = new CodePointIndex('a\ud800b');
    expect(index.length).toBe(3);
    expect(index.toCodePoint(2)).toBe(2);
  });

  it('agrees with Array.from for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
        const points = Array.from(text);
        const index = new CodePointIndex(text);
        expect(index.length).toBe(points.length);
        expect(codePointLength(text)).toBe(points.length);
        const start = Math.min(a, b) % (points.length + 1);
        const end = Math.max(start, Math.max(a, b) % (points.length + 1));
        expect(index.slice(start, end)).toBe(points.slice(start, end).join(''));
      }),
    );
  });
});
