import type { CheckInput } from './run-checks.js';
import { checkShareOverflow } from './share-overflow.js';
import { claimWords, contextOf, extractedInput, handBuiltInput } from './testing/check-input.js';

function findingsOf(input: CheckInput) {
  return checkShareOverflow(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    message: finding.message,
  }));
}

/** Percentages a person linked as shares of one group. */
function percentages(text: string, ...exacts: string[]): CheckInput {
  const ids = exacts.map((_, i) => `p${i + 1}`);
  return handBuiltInput(
    text,
    exacts.map((exact, i) => ({
      id: ids[i],
      exact,
      value: exact.replace('%', ''),
      unit: '%',
    })),
    [{ type: 'shares-of-one-group', shares: ids }],
  );
}

const raised: Array<[string, CheckInput, string[], string]> = [
  [
    'for, against and undecided',
    extractedInput('The poll found 48% for, 27% against and 30% undecided.'),
    ['48%', '27%', '30%'],
    '48% for + 27% against + 30% undecided = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'yes, no and did not know',
    extractedInput('Asked about the plan, 52% said yes, 41% said no and 12% did not know.'),
    ['52%', '41%', '12%'],
    '52% said yes + 41% said no + 12% did not know = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'support, oppose and undecided with objects',
    extractedInput('Of those polled, 61% support the bypass, 35% oppose it and 9% are undecided.'),
    ['61%', '35%', '9%'],
    '61% support the bypass + 35% oppose it + 9% are undecided = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'two answers of a referendum',
    extractedInput('In the referendum 55% voted yes and 50% voted no.'),
    ['55%', '50%'],
    '55% voted yes + 50% voted no = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'shares of the vote',
    extractedInput('Labour won 40% of the vote, the Tories won 35% and the Greens won 30%.'),
    ['40%', '35%', '30%'],
    '40% of the vote + 35% + 30% = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'shares of the vote with the verb left out (hand-built)',
    percentages(
      'Labour won 40% of the vote, the Conservatives 35% and the Greens 30%.',
      '40%',
      '35%',
      '30%',
    ),
    ['40%', '35%', '30%'],
    '40% of the vote + 35% + 30% = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'a fraction in words and a percentage (hand-built)',
    handBuiltInput(
      'Half said yes and 60% said no.',
      [
        { id: 'half', exact: 'Half', value: '0.5', unit: 'fraction' },
        { id: 'no', exact: '60%', value: '60', unit: '%' },
      ],
      [{ type: 'shares-of-one-group', shares: ['half', 'no'] }],
    ),
    ['Half', '60%'],
    '"Half" (50%) said yes + 60% said no = 110%, more than the whole (10 points over 100%)',
  ],
  [
    'shares of the vote with the verb left out (extracted)',
    extractedInput('Labour won 40% of the vote, the Conservatives 35% and the Greens 30%.'),
    ['40%', '35%', '30%'],
    '40% of the vote + 35% + 30% = 105%, more than the whole (5 points over 100%)',
  ],
  [
    'a fraction in words and a percentage (extracted)',
    extractedInput('Half said yes and 60% said no.'),
    ['Half', '60%'],
    '"Half" (50%) said yes + 60% said no = 110%, more than the whole (10 points over 100%)',
  ],
];

const silent: Array<[string, CheckInput]> = [
  [
    'answers that make 100%',
    extractedInput('The poll found 48% for, 27% against and 25% undecided.'),
  ],
  [
    '101% within the rounding of whole percents',
    extractedInput('The poll found 34% for, 33% against and 34% undecided.'),
  ],
  [
    'shares of different wholes',
    extractedInput('Some 60% of men and 55% of women said they would vote.'),
  ],
  [
    'answers about different things',
    extractedInput('Of those polled, 60% support the plan and 45% oppose the tax.'),
  ],
  [
    'a percentage-point change beside a share',
    extractedInput("Labour's share rose by 5 percentage points to 45%, while turnout was 62%."),
  ],
  [
    'shares of the vote in different years',
    extractedInput('Labour won 60% of the vote in 2019 and 55% in 2024.'),
  ],
  [
    'shares of the vote in different places',
    extractedInput('Labour won 60% of the vote in Wales and 55% in Scotland.'),
  ],
  ['changes over time', extractedInput('Sales rose 60% in March and 55% in April.')],
  [
    'support among different groups',
    extractedInput('Support for the plan is 48% among men, 60% among women.'),
  ],
  [
    'shares of different questions (extracted)',
    extractedInput('Of the firms surveyed, 42% cite cost as a barrier and half cite skills.'),
  ],
  [
    'the same answer at two dates (extracted)',
    extractedInput('In March 70% supported the plan; in May 45% supported it and 40% opposed it.'),
  ],
];

describe('share-overflow', () => {
  it.each(raised)('raises %s', (_case, input, claims, message) => {
    expect(findingsOf(input)).toEqual([{ claims, message }]);
  });

  it.each(silent)('stays silent on %s', (_case, input) => {
    const shares = input.claims.filter(
      (claim) => claim.kind === 'numeric' && (claim.unit === '%' || claim.unit === 'fraction'),
    );
    expect(shares.length).toBeGreaterThanOrEqual(2);
    expect(findingsOf(input)).toEqual([]);
  });
});
