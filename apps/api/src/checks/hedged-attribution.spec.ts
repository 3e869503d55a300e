import { checkHedgedAttribution } from './hedged-attribution.js';
import type { CheckInput } from './run-checks.js';
import { claimWords, contextOf, extractedInput, handBuiltInput } from './testing/check-input.js';

function findingsOf(input: CheckInput) {
  return checkHedgedAttribution(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    severity: finding.severity,
    message: finding.message,
  }));
}

const raised: Array<[string, CheckInput, string, string]> = [
  [
    '"reportedly"',
    extractedInput('The company reportedly cut 400 jobs.'),
    '400 jobs',
    '"400 jobs" rests on hedged sourcing: "reportedly"',
  ],
  [
    '"sources said"',
    extractedInput('The company cut 400 jobs, sources said.'),
    '400 jobs',
    '"400 jobs" rests on hedged sourcing: "sources said"',
  ],
  [
    '"according to sources"',
    extractedInput('According to sources, the deal is worth £2bn.'),
    '£2bn',
    '"£2bn" rests on hedged sourcing: "according to sources"',
  ],
  [
    '"is said to"',
    extractedInput('The minister is said to have spent £40,000 on flights.'),
    '£40,000',
    '"£40,000" rests on hedged sourcing: "is said to"',
  ],
  [
    '"allegedly"',
    extractedInput('The firm allegedly hid losses of $3m.'),
    '$3m',
    '"$3m" rests on hedged sourcing: "allegedly"',
  ],
  [
    '"sources close to"',
    extractedInput('Sources close to the club said the fee was £80m.'),
    '£80m',
    '"£80m" rests on hedged sourcing: "sources close to"',
  ],
  [
    '"it is understood"',
    extractedInput('It is understood that 12 stores will close.'),
    '12 stores',
    '"12 stores" rests on hedged sourcing: "it is understood"',
  ],
  [
    'a quotation (hand-built quote claim)',
    handBuiltInput(
      '"We will sign next week," the minister reportedly told aides.',
      [],
      [],
      [{ id: 'q1', exact: 'We will sign next week,', speaker: null }],
    ),
    'We will sign next week,',
    '"We will sign next week," rests on hedged sourcing: "reportedly"',
  ],
];

const silent: Array<[string, string]> = [
  ['a named source', 'According to the Office for National Statistics, prices rose 3%.'],
  ['a named speaker', 'The company cut 400 jobs, its chief executive said.'],
  [
    '"resources said to be" is not "sources said"',
    'The reporter said the resources said to be available were £5m.',
  ],
  [
    '"sources of funding"',
    'The report said the sources of funding were private, and the project cost £5m.',
  ],
  ['officials on the record', 'Officials said 35 MOUs were signed.'],
  ['a hedge in another sentence', 'The company reportedly plans cuts. It employs 4,000 people.'],
];

describe('hedged-attribution', () => {
  it.each(raised)('raises %s', (_case, input, claim, message) => {
    expect(findingsOf(input)).toEqual([{ claims: [claim], severity: 'info', message }]);
  });

  it.each(silent)('stays silent on %s', (_case, text) => {
    const input = extractedInput(text);
    expect(input.claims.length).toBeGreaterThan(0);
    expect(findingsOf(input)).toEqual([]);
  });
});
