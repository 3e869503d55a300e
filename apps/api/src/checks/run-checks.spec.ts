import { canonicalJson } from './finding.js';
import {
  checkDocument,
  checksCoverage,
  documentStatements,
  runDocumentChecks,
  type CheckInput,
} from './run-checks.js';
import { extractedInput } from './testing/check-input.js';
import { sha256Hex } from '../text/normalize.js';

const article = [
  '35 MOUs Signed During Visit',
  'The two countries signed a total of 35 MOUs. Of the 35 MOUs, 11 were signed in Astana and 22 in Almaty.',
  'The poll found 48% for, 27% against and 30% undecided. Sales fell 30% from £200m to £120m.',
  'President Yoon Suk-yeol spoke. President Yoon Seok-yeol left. The company reportedly cut 400 jobs.',
].join('\n');

/** The same document with its claims and relations in reverse order, and the claims given other ids. */
function reordered(input: CheckInput): CheckInput {
  return {
    ...input,
    claims: [...input.claims].reverse(),
    relations: [...input.relations].reverse(),
  };
}

describe('runDocumentChecks', () => {
  const input = extractedInput(article);
  const findings = runDocumentChecks(input);

  it('runs every in-document rule, in the order of the rules', () => {
    expect(findings.map((finding) => finding.rule)).toEqual([
      'sum-mismatch',
      'share-overflow',
      'change-mismatch',
      'name-variant',
      'hedged-attribution',
    ]);
  });

  it('gives the same findings, fingerprints and input hashes on every run', () => {
    expect(runDocumentChecks(extractedInput(article))).toEqual(findings);
  });

  it('gives the same findings whatever the order of its claims and relations', () => {
    expect(runDocumentChecks(reordered(input))).toEqual(findings);
  });

  it('fingerprints a finding by its rule and sorted claim ids', () => {
    const [sum] = findings;
    expect(sum.fingerprint).toBe(sha256Hex(['sum-mismatch', ...[...sum.claims].sort()].join('\n')));
  });

  it('hashes exactly the inputs the rule read: another claim changing leaves the hash alone', () => {
    const [sum] = findings;
    const changedElsewhere = extractedInput(article.replace('cut 400 jobs', 'cut 500 jobs'));
    const [again] = runDocumentChecks(changedElsewhere);
    expect(again.inputHash).toBe(sum.inputHash);
    const changedPart = extractedInput(article.replace('22 in Almaty', '21 in Almaty'));
    const [changed] = runDocumentChecks(changedPart);
    expect(changed.fingerprint).toBe(sum.fingerprint);
    expect(changed.inputHash).not.toBe(sum.inputHash);
  });

  it('keeps findings JSON: data and inputs canonicalise', () => {
    for (const finding of findings) expect(() => canonicalJson(finding)).not.toThrow();
  });

  it('raises one finding per fingerprint, even when a relation is given twice', () => {
    const doubled = { ...input, relations: [...input.relations, ...input.relations] };
    expect(runDocumentChecks(doubled)).toEqual(findings);
  });

  it('skips claims whose offsets do not match the text instead of failing', () => {
    const shifted = {
      ...input,
      claims: input.claims.map((claim) => ({
        ...claim,
        start: claim.start + 1,
        end: claim.end + 1,
      })),
    };
    expect(() => runDocumentChecks(shifted)).not.toThrow();
  });

  it('raises nothing for an empty document', () => {
    expect(runDocumentChecks({ text: '', claims: [], relations: [] })).toEqual([]);
  });
});

describe('findings name their spans', () => {
  const findings = runDocumentChecks(extractedInput(article));

  it("gives a finding's claims' spans, each with its exact words", () => {
    const sum = findings.find((finding) => finding.rule === 'sum-mismatch');
    expect(sum?.spans.map((span) => span.exact)).toEqual(['35 MOUs', '11', '22']);
    for (const span of sum?.spans ?? [])
      expect(Array.from(article).slice(span.start, span.end).join('')).toBe(span.exact);
  });

  it('gives the spans of evidence that is no claim: both spellings of a name', () => {
    const variant = findings.find((finding) => finding.rule === 'name-variant');
    expect(variant?.claims).toEqual([]);
    expect(variant?.spans.map((span) => span.exact)).toEqual(['Yoon Suk-yeol', 'Yoon Seok-yeol']);
  });
});

describe('checksCoverage', () => {
  it('says which rules ran over how many relations and claims', () => {
    const input = extractedInput(article);
    const numeric = input.claims.filter((claim) => claim.kind === 'numeric').length;
    const coverage = checksCoverage(
      { numeric, quote: input.claims.length - numeric },
      input.relations,
    );
    expect(coverage.rules).toHaveLength(9);
    expect(coverage.relations).toBe(input.relations.length);
    expect(coverage.relationsByType).toMatchObject({
      'parts-of-total': 1,
      change: 1,
      'shares-of-one-group': 1,
    });
    expect(coverage.numericClaims).toBe(numeric);
    expect(coverage.quotes).toBe(input.claims.length - numeric);
  });
});

describe('a long article of breakdowns', () => {
  it('flags every paragraph whose parts do not add up, and nothing else', () => {
    const paragraphs: string[] = [];
    const wrongTotals: string[] = [];
    for (let i = 0; i < 657; i++) {
      const [buses, roads, parking] = [10 + (i % 37), 12 + ((i * 7) % 41), 9 + ((i * 13) % 43)];
      const off = i % 3 === 0 ? 1 + (i % 9) : 0;
      const total = buses + roads + parking + off;
      if (off > 0) wrongTotals.push(`${total} complaints`);
      paragraphs.push(
        `Of the ${total} complaints, ${buses} concerned buses, ${roads} concerned roads and ${parking} concerned parking.`,
      );
    }
    const input = extractedInput(['Complaints to the council', ...paragraphs].join('\n'));
    const flagged = runDocumentChecks(input).map((finding) => ({
      rule: finding.rule,
      total: finding.spans[0].exact,
    }));
    expect(flagged).toEqual(wrongTotals.map((total) => ({ rule: 'sum-mismatch', total })));
  });
});

describe('checkDocument', () => {
  it('gives the findings and the statements of the document, as the two alone do', () => {
    const input = extractedInput(
      `${article}\nOfficials said 22 MOUs were signed at the Korea-Kazakhstan Business Forum in 2024.`,
    );
    const checked = checkDocument(input);
    expect(checked).toEqual({
      findings: runDocumentChecks(input),
      statements: documentStatements(input),
    });
    expect(checked.findings.length).toBeGreaterThan(0);
    expect(checked.statements.map((s) => s.years)).toContainEqual(['2024']);
  });
});
