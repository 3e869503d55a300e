import { extractSource } from './extract-source.js';

const slice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

describe('extractSource', () => {
  const source =
    'Council cuts 40 jobs\r\n\r\nOf the 35 MOUs, 11 were signed in Astana and 22 in Almaty.\r\nPresident Yoon Suk-yeol spoke. President Yoon Seok-yeol left.\r\n';
  const result = extractSource(source);

  it('gives claim offsets into the text as given, CRLF line ends included', () => {
    expect(result.claims.length).toBeGreaterThan(3);
    for (const claim of result.claims)
      expect(slice(source, claim.start, claim.end)).toBe(claim.exact);
  });

  it("gives flags' spans into the text as given, claims or not", () => {
    const rules = result.flags.map((flag) => flag.rule);
    expect(rules).toEqual(expect.arrayContaining(['sum-mismatch', 'name-variant']));
    for (const flag of result.flags)
      for (const span of flag.spans) expect(slice(source, span.start, span.end)).toBe(span.exact);
  });
});
