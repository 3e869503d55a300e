import type { CheckInput } from './run-checks.js';
import { checkShareMismatch } from './share-mismatch.js';
import {
  claimWords,
  contextOf,
  extractedInput,
  handBuiltInput,
  type NumericSpec,
} from './testing/check-input.js';

function findingsOf(input: CheckInput) {
  return checkShareMismatch(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    message: finding.message,
  }));
}

const carSales =
  'Hyundai and Kia sold 72,000 units, accounting for 36.3% of the total of TOTAL units sold.';

/** The seed's 72,000 units at 36.3%, with a stated total, built by hand (the extracted version is below). */
function carSalesWithTotal(total: string): CheckInput {
  const text = carSales.replace('TOTAL', total);
  const claims: NumericSpec[] = [
    { id: 'part', exact: '72,000 units', value: '72000', unit: 'unit' },
    { id: 'share', exact: '36.3%', value: '36.3', unit: '%' },
    { id: 'total', exact: `${total} units`, value: total.replace(/,/g, ''), unit: 'unit' },
  ];
  return handBuiltInput(text, claims, [
    { type: 'share-of', part: 'part', share: 'share', total: 'total' },
  ]);
}

function fundLending(share: string): CheckInput {
  return handBuiltInput(
    `The bank lent £3.2bn of its £10bn fund, or ${share}%, last year.`,
    [
      { id: 'lent', exact: '£3.2bn', value: '3200000000', unit: 'GBP' },
      { id: 'fund', exact: '£10bn', value: '10000000000', unit: 'GBP' },
      { id: 'share', exact: `${share}%`, value: share, unit: '%' },
    ],
    [{ type: 'share-of', part: 'lent', share: 'share', total: 'fund' }],
  );
}

const raised: Array<[string, CheckInput, string[], string]> = [
  [
    '30 of 250 staff called 20%',
    extractedInput('The firm said 30 of its 250 staff, or 20%, would go.'),
    ['30', '20%', '250 staff'],
    '30 of 250 is 12%, but the stated share is 20% (which implies a total of 150 ± 4)',
  ],
  [
    'a share in brackets',
    extractedInput('Police said 45 of the 300 officers (25%) were off sick.'),
    ['45', '25%', '300 officers'],
    '45 of 300 is 15%, but the stated share is 25% (which implies a total of 180 ± 4)',
  ],
  [
    'a share too low',
    extractedInput('The airline cancelled 120 of its 800 flights, or 12%, on Monday.'),
    ['120', '12%', '800 flights'],
    '120 of 800 is 15%, but the stated share is 12% (which implies a total of 1,000 ± 43)',
  ],
  [
    'a share of a small whole',
    extractedInput('Only 7 of the 9 judges, or 70%, agreed.'),
    ['7', '70%', '9 judges'],
    '7 of 9 is 77.8%, but the stated share is 70% (which implies a total of 10)',
  ],
  [
    'a stated total outside 198,347 ± 274 (hand-built)',
    carSalesWithTotal('210,000'),
    ['72,000 units', '36.3%', '210,000 units'],
    '72,000 of 210,000 is 34.3%, but the stated share is 36.3% (which implies a total of 198,347 ± 274)',
  ],
  [
    'money (hand-built)',
    fundLending('23'),
    ['£3.2bn', '23%', '£10bn'],
    '£3.2bn of £10bn is 32%, but the stated share is 23% (which implies a total of £13.913bn ± £531.4m)',
  ],
  [
    'a stated total after "of the total of" (extracted)',
    extractedInput(carSales.replace('TOTAL', '210,000')),
    ['72,000 units', '36.3%', '210,000 units'],
    '72,000 of 210,000 is 34.3%, but the stated share is 36.3% (which implies a total of 198,347 ± 274)',
  ],
  [
    'money "of its £10bn fund, or 23%" (extracted)',
    extractedInput('The bank lent £3.2bn of its £10bn fund, or 23%, last year.'),
    ['£3.2bn', '23%', '£10bn'],
    '£3.2bn of £10bn is 32%, but the stated share is 23% (which implies a total of £13.913bn ± £531.4m)',
  ],
  [
    'a part after "Of its N X," with its share in brackets (extracted)',
    extractedInput('Of its 250 staff, 30 (20%) left.'),
    ['30', '20%', '250 staff'],
    '30 of 250 is 12%, but the stated share is 20% (which implies a total of 150 ± 4)',
  ],
];

const silent: Array<[string, CheckInput]> = [
  [
    '30 of 250 staff called 12%',
    extractedInput('The firm said 30 of its 250 staff, or 12%, would go.'),
  ],
  [
    'a share in brackets that fits',
    extractedInput('Police said 45 of the 300 officers (15%) were off sick.'),
  ],
  [
    'a share rounded to whole percent (77.8% as 78%)',
    extractedInput('Only 7 of the 9 judges, or 78%, agreed.'),
  ],
  [
    'an approximate part within its widening',
    extractedInput('Some 1,450 of the 2,000 students, or 75%, passed.'),
  ],
  [
    'a percentage with no stated total',
    extractedInput('Hyundai and Kia sold 72,000 units, accounting for 36.3% of the total.'),
  ],
  ['a stated total inside 198,347 ± 274 (hand-built)', carSalesWithTotal('198,500')],
  ['money that fits (hand-built)', fundLending('32')],
  [
    'a stated total inside 198,347 ± 274 (extracted)',
    extractedInput(carSales.replace('TOTAL', '198,500')),
  ],
  [
    'money that fits (extracted)',
    extractedInput('The bank lent £3.2bn of its £10bn fund, or 32%, last year.'),
  ],
  [
    'a part after "Of its N X," that fits (extracted)',
    extractedInput('Of its 250 staff, 30 (12%) left.'),
  ],
];

describe('share-mismatch', () => {
  it.each(raised)('raises %s', (_case, input, claims, message) => {
    expect(findingsOf(input)).toEqual([{ claims, message }]);
  });

  it.each(silent)('stays silent on %s', (_case, input) => {
    expect(input.relations.some((relation) => relation.type === 'share-of')).toBe(true);
    expect(findingsOf(input)).toEqual([]);
  });

  it('records the implied share and total as exact decimal strings', () => {
    const [finding] = checkShareMismatch(contextOf(carSalesWithTotal('210,000')));
    expect(finding.data).toMatchObject({
      part: '72000',
      total: '210000',
      sharePercent: '36.3',
      impliedSharePercent: '34.2857',
      impliedTotal: '198347',
    });
  });
});
