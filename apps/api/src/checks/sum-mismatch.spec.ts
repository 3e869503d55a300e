import type { CheckInput } from './run-checks.js';
import { checkSumMismatch } from './sum-mismatch.js';
import { claimWords, contextOf, extractedInput, handBuiltInput } from './testing/check-input.js';

function findingsOf(input: CheckInput) {
  return checkSumMismatch(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    message: finding.message,
  }));
}

const fortyArrested = 'Of the 40 people arrested, 12 were charged and 30 were released.';
const councilStaff = 'The council has 1,200 employees, including 900 teachers and 400 nurses.';
const budget = 'Of the £1.2bn budget, £700m goes to schools and £600m to hospitals.';

const raised: Array<[string, CheckInput, string[], string]> = [
  [
    'parts short of the total',
    extractedInput('Of the 35 MOUs, 11 were signed in Astana and 22 in Almaty.'),
    ['35 MOUs', '11', '22'],
    '11 + 22 = 33, but the stated total is 35 (2 unaccounted for)',
  ],
  [
    'parts past the total',
    extractedInput('Of the 20 victims, 12 were women and 9 were men.'),
    ['20 victims', '12', '9'],
    '12 + 9 = 21, but the stated total is 20 (1 more than the total)',
  ],
  [
    'a total after its parts',
    extractedInput('The two firms signed 14 deals in March and 9 in April, a total of 25 deals.'),
    ['25 deals', '14 deals', '9'],
    '14 + 9 = 23, but the stated total is 25 (2 unaccounted for)',
  ],
  [
    'a round part of one digit and a precise one past their total',
    extractedInput(
      'GM is to pay Fiat 1.55bn euros.\nFiat is to get 1bn euros immediately, with another 850m to follow.',
    ),
    ['1.55bn euros', '1bn euros', '850m'],
    '€1bn + €850m = €1.85bn is more than the stated total of €1.55bn they are part of (€300m too many)',
  ],
  [
    'a part larger than its whole',
    extractedInput('Of the 12 patients, 40 were discharged.'),
    ['12 patients', '40'],
    '40 is more than the stated total of 12 it is part of',
  ],
  [
    'a lower bound that already passes the total',
    extractedInput(
      'At least 30 people died in the north and 8 in the south, bringing the total to 35.',
    ),
    ['35', '30 people', '8'],
    'at least 30 + 8 = at least 38 is more than the stated total of 35 they are part of (3 too many)',
  ],
  [
    'four parts of a count of seats',
    extractedInput(
      'Of the 60 seats, Labour won 34, the Conservatives 12 and the Liberal Democrats 9.',
    ),
    ['60 seats', '34', '12', '9'],
    '34 + 12 + 9 = 55, but the stated total is 60 (5 unaccounted for)',
  ],
  [
    'money beyond the rounding of its digits (hand-built)',
    handBuiltInput(
      budget,
      [
        { id: 'total', exact: '£1.2bn', value: '1200000000', unit: 'GBP' },
        { id: 'schools', exact: '£700m', value: '700000000', unit: 'GBP' },
        { id: 'hospitals', exact: '£600m', value: '600000000', unit: 'GBP' },
      ],
      [{ type: 'parts-of-total', total: 'total', parts: ['schools', 'hospitals'], complete: true }],
    ),
    ['£1.2bn', '£700m', '£600m'],
    '£700m + £600m = £1.3bn, but the stated total is £1.2bn (£100m more than the total)',
  ],
  [
    'a count with words between total and comma (hand-built)',
    handBuiltInput(
      fortyArrested,
      [
        { id: 'a', exact: '40 people', value: '40', unit: 'person' },
        { id: 'b', exact: '12', value: '12', unit: 'person' },
        { id: 'c', exact: '30', value: '30', unit: 'person' },
      ],
      [{ type: 'parts-of-total', total: 'a', parts: ['b', 'c'], complete: true }],
    ),
    ['40 people', '12', '30'],
    '12 + 30 = 42, but the stated total is 40 (2 more than the total)',
  ],
  [
    'a subset ("including") that exceeds its whole (hand-built: units differ)',
    handBuiltInput(
      councilStaff,
      [
        { id: 'all', exact: '1,200 employees', value: '1200', unit: 'employee' },
        { id: 'teachers', exact: '900 teachers', value: '900', unit: 'employee' },
        { id: 'nurses', exact: '400 nurses', value: '400', unit: 'employee' },
      ],
      [{ type: 'parts-of-total', total: 'all', parts: ['teachers', 'nurses'], complete: false }],
    ),
    ['1,200 employees', '900 teachers', '400 nurses'],
    '900 + 400 = 1,300 is more than the stated total of 1,200 they are part of (100 too many)',
  ],
  [
    'money with a word between total and comma (extracted)',
    extractedInput(budget),
    ['£1.2bn', '£700m', '£600m'],
    '£700m + £600m = £1.3bn, but the stated total is £1.2bn (£100m more than the total)',
  ],
  [
    'a count with a participle between total and comma (extracted)',
    extractedInput(fortyArrested),
    ['40 people', '12', '30'],
    '12 + 30 = 42, but the stated total is 40 (2 more than the total)',
  ],
];

const silent: Array<[string, CheckInput]> = [
  [
    'three parts that add up',
    extractedInput('Of the 35 MOUs, 11 were signed in Astana, 22 in Almaty and 2 in Shymkent.'),
  ],
  [
    'the rest given in the next sentence',
    extractedInput(
      'Of the 400 beds, 150 are in Leeds and 200 in York. The remaining 50 are in Hull.',
    ),
  ],
  [
    '"and others": a subset',
    extractedInput(
      'Of the 35 MOUs, 11 were signed at the summit, 22 at the forum and others at a later date.',
    ),
  ],
  [
    'consistent lower bounds',
    extractedInput(
      'At least 30 people died in the north and 8 in the south, bringing the total to at least 38.',
    ),
  ],
  [
    'a running total ("bringing the total to")',
    extractedInput(
      'Three people died in Kent and two in Essex on Friday, bringing the total to 45.',
    ),
  ],
  [
    '"of whom": some of the total',
    extractedInput('The fire killed 1,200 people, of whom 300 were children and 200 were elderly.'),
  ],
  ['one part within its whole', extractedInput('Of the 12 patients, 4 were discharged.')],
  [
    'approximate parts within their widening, a verb after the first (extracted)',
    extractedInput('Of the 1,000 staff, about 600 work in sales and about 380 in support.'),
  ],
  [
    'a subset ("including") within its whole (hand-built: units differ)',
    handBuiltInput(
      'The council has 1,200 employees, including 300 teachers and 200 nurses.',
      [
        { id: 'all', exact: '1,200 employees', value: '1200', unit: 'employee' },
        { id: 'teachers', exact: '300 teachers', value: '300', unit: 'employee' },
        { id: 'nurses', exact: '200 nurses', value: '200', unit: 'employee' },
      ],
      [{ type: 'parts-of-total', total: 'all', parts: ['teachers', 'nurses'], complete: false }],
    ),
  ],
  [
    'approximate parts within their widening (hand-built)',
    handBuiltInput(
      'Of the 1,000 staff, about 600 work in sales and about 380 in support.',
      [
        { id: 'staff', exact: '1,000 staff', value: '1000', unit: 'staff' },
        { id: 'sales', exact: '600', value: '600', unit: 'staff', approximate: true },
        { id: 'support', exact: '380', value: '380', unit: 'staff', approximate: true },
      ],
      [{ type: 'parts-of-total', total: 'staff', parts: ['sales', 'support'], complete: true }],
    ),
  ],
  [
    'money that adds up within the rounding of one decimal (hand-built)',
    handBuiltInput(
      'Of the £1.2bn budget, £0.7bn goes to schools and £0.6bn to hospitals.',
      [
        { id: 'total', exact: '£1.2bn', value: '1200000000', unit: 'GBP' },
        { id: 'schools', exact: '£0.7bn', value: '700000000', unit: 'GBP' },
        { id: 'hospitals', exact: '£0.6bn', value: '600000000', unit: 'GBP' },
      ],
      [{ type: 'parts-of-total', total: 'total', parts: ['schools', 'hospitals'], complete: true }],
    ),
  ],
  [
    'parts in another unit than the total (hand-built)',
    handBuiltInput(
      'The deal is worth $2.4bn (£1.9bn), of which $0.5bn is due this year.',
      [
        { id: 'usd', exact: '$2.4bn', value: '2400000000', unit: 'USD' },
        { id: 'gbp', exact: '£1.9bn', value: '1900000000', unit: 'GBP', conversionOf: 'usd' },
        { id: 'due', exact: '$0.5bn', value: '500000000', unit: 'USD' },
      ],
      [{ type: 'parts-of-total', total: 'gbp', parts: ['due'], complete: false }],
    ),
  ],
];

describe('sum-mismatch', () => {
  it.each(raised)('raises %s', (_case, input, claims, message) => {
    expect(findingsOf(input)).toEqual([{ claims, message }]);
  });

  it.each(silent)('stays silent on %s', (_case, input) => {
    expect(input.relations.some((relation) => relation.type === 'parts-of-total')).toBe(true);
    expect(findingsOf(input)).toEqual([]);
  });

  it('records the arithmetic as exact decimal strings', () => {
    const input = extractedInput('Of the 35 MOUs, 11 were signed in Astana and 22 in Almaty.');
    const [finding] = checkSumMismatch(contextOf(input));
    expect(finding).toMatchObject({
      rule: 'sum-mismatch',
      ruleVersion: 3,
      severity: 'error',
      data: {
        unit: 'MOU',
        total: '35',
        parts: ['11', '22'],
        sum: '33',
        difference: '2',
        exhaustive: true,
      },
    });
    expect(finding.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(finding.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
