import { copyText } from './growth-seed.js';

describe("COPY's text format", () => {
  it('escapes what would end a field or a row, and writes NULL as \\N', () => {
    expect(copyText('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyText(null)).toBe('\\N');
    expect(copyText('{"a": 1}')).toBe('{"a": 1}');
  });
});
