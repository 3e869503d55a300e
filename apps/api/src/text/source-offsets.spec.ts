import { normalizeText } from './normalize.js';
import { SourceOffsets } from './source-offsets.js';

/** The code points of `text` from `start` to `end`. */
const slice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

describe('SourceOffsets', () => {
  it.each([
    ['CRLF line ends', 'Line one\r\nSales rose 12%.\r\nThen 35 MOUs.'],
    ['CR line ends', 'Line one\rSales rose 12%.\rThen 35 MOUs.'],
    [
      'decomposed accents (NFC composes them)',
      'Cafe\u0301 de\u0301cor\nSales rose 12%. Then 35 MOUs.',
    ],
    ['an emoji and CRLF', '🎉 Party\r\nSales rose 12%.\r\nThen 35 MOUs.'],
  ])('gives the span of the stored text in the text as given: %s', (_case, source) => {
    const stored = normalizeText(source).text;
    const offsets = new SourceOffsets(source, stored);
    for (const words of ['12%', '35 MOUs']) {
      const start = Array.from(stored).join('').indexOf(words);
      const cpStart = Array.from(stored.slice(0, start)).length;
      const span = offsets.span(cpStart, cpStart + Array.from(words).length);
      expect(span.exact).toBe(words);
      expect(slice(source, span.start, span.end)).toBe(words);
    }
  });

  it('widens a span that ends inside a composed character to the whole of it', () => {
    const source = 'Cafe\u0301 sales';
    const stored = normalizeText(source).text; // "Café sales"
    const span = new SourceOffsets(source, stored).span(0, 4);
    expect(span).toMatchObject({ start: 0, end: 5, exact: 'Cafe\u0301' });
  });

  it('refuses a stored text that is not the normal form of the source', () => {
    expect(() => new SourceOffsets('a\r\nb', 'a b')).toThrow(/normalised form/);
  });
});
