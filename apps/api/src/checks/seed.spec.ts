import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runDocumentChecks } from './run-checks.js';
import { claimWords, extractedInput, quote } from './testing/check-input.js';

function fixture(name: string): string {
  return readFileSync(path.resolve(process.cwd(), 'test/fixtures', name), 'utf8');
}

describe('the seed article (kazakhstan-mous) through the real extractor', () => {
  const text = fixture('kazakhstan-mous.txt');
  const input = extractedInput(text);
  const findings = runDocumentChecks(input);
  const flagged = findings.filter((finding) => finding.severity !== 'info');

  it('raises exactly sum-mismatch and name-variant at severity error or warning', () => {
    expect(flagged.map((finding) => finding.rule)).toEqual(['sum-mismatch', 'name-variant']);
  });

  it('spells out 11 + 22 = 33 against the stated total of 35, naming the total and both parts', () => {
    const [sum] = flagged;
    expect(sum.severity).toBe('error');
    expect(sum.message).toBe('11 + 22 = 33, but the stated total is 35 (2 unaccounted for)');
    expect(claimWords(input, sum)).toEqual(['35 MOUs', '11', '22 MOUs']);
    expect(sum.data).toMatchObject({ total: '35', sum: '33', difference: '2', exhaustive: true });
  });

  it('names both spellings of the president, with where each is written', () => {
    const variant = flagged[1];
    expect(variant.severity).toBe('warning');
    expect(variant.message).toBe(
      'One person\'s name is spelled two ways: "Yoon Suk-yeol" (3 times) and "Yoon Seok-yeol" (once)',
    );
    const spellings = variant.data.spellings as Array<{
      name: string;
      occurrences: Array<{ start: number; end: number }>;
    }>;
    const written = spellings.flatMap((spelling) =>
      spelling.occurrences.map((o) => Array.from(text).slice(o.start, o.end).join('')),
    );
    expect(written).toEqual(['Yoon Suk-yeol', 'Yoon Suk-yeol', 'Yoon Suk-yeol', 'Yoon Seok-yeol']);
  });

  it('gives the same findings, fingerprints and input hashes on every run', () => {
    expect(runDocumentChecks(extractedInput(text))).toEqual(findings);
  });

  it('keeps that result if the extractor returns the quoted sub-headline of line 2 as a quote with no speaker', () => {
    const subHeadline = 'Discussing to Ensure Positive Outcomes in Nuclear Power Plant Contracts';
    const withSubHeadline = {
      ...input,
      claims: [...input.claims, quote(text, { id: 'line-2', exact: subHeadline, speaker: null })],
    };
    expect(runDocumentChecks(withSubHeadline).filter((f) => f.severity !== 'info')).toEqual(
      flagged,
    );
  });
});

/** Every labelled fixture whose labels expect no finding. */
function cleanFixtures(): string[] {
  const folder = path.resolve(process.cwd(), 'test/fixtures');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.expected.json'))
    .filter(
      (file) =>
        (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { findings?: unknown[] })
          .findings?.length === 0,
    )
    .map((file) => file.replace('.expected.json', '.txt'));
}

describe('the labelled fixtures that expect no finding', () => {
  it.each(cleanFixtures())('%s raises nothing at error or warning', (name) => {
    const findings = runDocumentChecks(extractedInput(fixture(name)));
    expect(findings.filter((finding) => finding.severity !== 'info').map((f) => f.message)).toEqual(
      [],
    );
  });
});
