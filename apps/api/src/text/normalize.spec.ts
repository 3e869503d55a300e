import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  it('turns CRLF and lone CR into LF, then composes to NFC', () => {
    const stored = normalizeText('Cafe\u0301\r\nline\rend');
    expect(stored.text).toBe('Caf\u00e9\nline\nend');
    expect(stored.length).toBe(13);
  });

  it("hashes the stored text's UTF-8 bytes", () => {
    expect(normalizeText('abc').sha256).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('measures length in code points, not UTF-16 units', () => {
    expect(normalizeText('😀 35').length).toBe(4);
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a high surrogate at the end', 'ab\ud800'],
  ])('refuses %s rather than altering the text', (_name, text) => {
    expect(() => normalizeText(text)).toThrow(DomainError);
    try {
      normalizeText(text);
    } catch (error) {
      expect((error as DomainError).code).toBe(ErrorCode.InvalidText);
      expect((error as DomainError).details.errors).toEqual([
        expect.objectContaining({ field: 'text' }),
      ]);
    }
  });

  it('keeps paired surrogates', () => {
    expect(normalizeText('\ud83d\ude00').text).toBe('😀');
  });
});
