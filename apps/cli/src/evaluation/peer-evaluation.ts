/**
 * The extractor run against a peer's own test suite: the English spec cases
 * of Microsoft Recognizers-Text (test/fixtures/peer/recognizers-text, MIT
 * licence beside them). Every case's input goes through `ledger extract
 * --stdin --jsonl` in one process; a case passes when, for each result the
 * spec expects, a numeric claim has the spec's span and value, and, for a
 * case that expects nothing, no numeric claim is found. Cases excluded on
 * purpose are counted apart, each with its reason. ("NotSupported" in a spec
 * names a port of Recognizers-Text that fails the case; it says nothing of us.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | number | null; unit?: string } | null;
  Start?: number;
  End?: number;
}

export interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

interface FoundClaim {
  kind: string;
  start: number;
  end: number;
  exact: string;
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface ModelOutcome {
  model: string;
  cases: number;
  excluded: number;
  passed: number;
  /** Failing cases, for the work queue: the input and what the spec expected. */
  failures: Array<{ input: string; expected: string[]; found: string[] }>;
  /** Excluded cases by reason. */
  exclusions: Map<string, number>;
}

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
/** "fifty - two", "ninety - five hundred": a compound number word spelled with a spaced hyphen. */
const SPACED_HYPHEN_NUMBER = new RegExp(`\\b${NUMBER_WORD}\\s+-\\s+${NUMBER_WORD}\\b`, 'i');

/** Cases that are not claims in news prose, by design: the reason, and the test. */
const EXCLUSIONS: Array<[string, (c: SpecCase) => boolean]> = [
  [
    'a number inside a URL, an e-mail address or an IP address is no claim',
    (c) => /https?:\/\/|www\.|@\w|\b\d{1,3}(?:\.\d{1,3}){3}\b/.test(c.Input),
  ],
  [
    'an ordinal ranks or names a thing ("the second phase"); the guideline counts no ordinals',
    (c) => c.Results.some((r) => /ordinal/i.test(r.TypeName)),
  ],
  [
    'scientific notation and powers ("1e10", "1.1^23") are not how news writes a figure',
    (c) => /\d(?:e[+-]?\d|\^)/i.test(c.Input),
  ],
  [
    'a fraction read out as "one over three" is spoken maths, not news prose',
    (c) => /(?:\d|\p{L})[ ]+over[ ]+(?:\d|\p{L})/u.test(c.Input),
  ],
  [
    'a fraction over a compound ordinal ("one hundred thirty fifths", "a twenty-first", "a trillionth") reads as well as a count and an ordinal; news gives such shares as percentages',
    (c) =>
      /(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)[ -]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)s?\b|(?:hundredth|thousandth|millionth|billionth|trillionth)s?\b|\bone[ ]+one\b/i.test(
        c.Input,
      ),
  ],
  [
    'a fraction with nothing it is a fraction of ("a fifth", "3/4" alone) is as likely an ordinal or a date; the guideline counts "a fifth of voters"',
    (c) =>
      /^\s*-?(?:(?:a|an|one)\s+(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d+\/\d+)\s*$/i.test(
        c.Input,
      ),
  ],
  [
    'signs, hyphens and scale letters set apart by spaces ("- 10  k", "fifty - two", "10G") are the spec\'s tokenised text, not news typography',
    (c) => /(?:^|\s)-\s+\d|\d\s+k\b|\d+G\b/u.test(c.Input) || SPACED_HYPHEN_NUMBER.test(c.Input),
  ],
  [
    'the spec expects a currency named with no amount ("dollar", "rmb"); a currency word alone is no claim',
    (c) => c.Results.some((r) => r.Resolution?.value === null || r.Resolution?.value === undefined),
  ],
  [
    'the spec\'s lowercased "c $ 16.4 million" (news writes "C$"); a lone lowercase letter before "$" is as often the article ("a $5m deal")',
    (c) => /(?:^|\s)c \$ ?\d/.test(c.Input),
  ],
  [
    'a unit word before its number ("percent of 10" for 10%) is no way news writes a figure',
    (c) => /^\s*(?:per ?cents?|percents?|percentage) of\b/i.test(c.Input),
  ],
];

function specValue(result: SpecResult): number | null {
  const raw = result.Resolution?.value;
  if (raw === null || raw === undefined) return null;
  const text = String(raw).replace(/[%,\s]/g, '');
  const fraction = /^(-?\d+)\/(\d+)$/.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const RATE_SUFFIX = /^ (?:a|an|per) \p{L}+$/u;

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** The spec's span ("Text", or Start/End with End inclusive) and value, found among the claims. */
function isFound(result: SpecResult, claims: FoundClaim[]): boolean {
  const value = specValue(result);
  const text = result.Text.trim().toLowerCase();
  return claims.some((claim) => {
    const exact = claim.exact.trim().toLowerCase();
    // Our span keeps a rate's period ("$ 98 a share", the guideline's "£3bn a year"); the spec stops before it.
    const withRate = exact.startsWith(`${text} `) && RATE_SUFFIX.test(exact.slice(text.length));
    const span =
      exact === text ||
      withRate ||
      (result.Start !== undefined &&
        result.End !== undefined &&
        claim.start === result.Start &&
        claim.end === result.End + 1);
    if (!span) return false;
    if (value === null) return true;
    const values = [claim.value, claim.low].filter((v): v is number => v !== null);
    return values.some((v) => sameNumber(v, value));
  });
}

/** Runs every input through one `ledger extract --stdin --jsonl` process; answers in input order. */
function extractAll(cli: string, inputs: string[]): FoundClaim[][] {
  const output = execFileSync(process.execPath, [cli, 'extract', '--stdin', '--jsonl'], {
    input: inputs.map((text) => JSON.stringify(text)).join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return output
    .trim()
    .split('\n')
    .map((line) => {
      const answer = JSON.parse(line) as { claims?: FoundClaim[] };
      return (answer.claims ?? []).filter((claim) => claim.kind === 'numeric');
    });
}

export function evaluateModel(cli: string, specFile: string): ModelOutcome {
  const cases = JSON.parse(readFileSync(specFile, 'utf8')) as SpecCase[];
  const kept = cases.filter((c) => c.Input.trim() !== '');
  const found = extractAll(
    cli,
    kept.map((c) => c.Input),
  );
  const outcome: ModelOutcome = {
    model: path.basename(specFile, '.json'),
    cases: kept.length,
    excluded: 0,
    passed: 0,
    failures: [],
    exclusions: new Map(),
  };
  kept.forEach((specCase, i) => {
    const reason = EXCLUSIONS.find(([, test]) => test(specCase))?.[0];
    if (reason !== undefined) {
      outcome.excluded++;
      outcome.exclusions.set(reason, (outcome.exclusions.get(reason) ?? 0) + 1);
      return;
    }
    const claims = found[i];
    const passed =
      specCase.Results.length === 0
        ? claims.length === 0
        : specCase.Results.every((result) => isFound(result, claims));
    if (passed) outcome.passed++;
    else
      outcome.failures.push({
        input: specCase.Input,
        expected: specCase.Results.map((r) => `${r.Text} = ${String(r.Resolution?.value)}`),
        found: claims.map((c) => `${c.exact} = ${c.value ?? `${c.low}-${c.high}`}`),
      });
  });
  return outcome;
}

export function peerTable(outcomes: ModelOutcome[]): string {
  const rows = outcomes.map((o) => {
    const measured = o.cases - o.excluded;
    const rate = measured === 0 ? 'n/a' : `${((100 * o.passed) / measured).toFixed(1)}%`;
    return `| ${o.model} | ${o.cases} | ${o.excluded} | ${o.passed} of ${measured} | ${rate} |`;
  });
  const exclusions = new Map<string, number>();
  for (const o of outcomes)
    for (const [reason, count] of o.exclusions)
      exclusions.set(reason, (exclusions.get(reason) ?? 0) + count);
  return [
    '| Recognizers-Text English spec | cases | excluded on purpose | passed | pass rate |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Excluded on purpose:',
    ...[...exclusions].map(([reason, count]) => `- ${count}: ${reason}`),
  ].join('\n');
}
