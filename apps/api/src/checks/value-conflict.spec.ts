import type { CheckInput } from './run-checks.js';
import { claimWords, contextOf, extractedInput, handBuiltInput } from './testing/check-input.js';
import { checkValueConflict } from './value-conflict.js';

function findingsOf(input: CheckInput) {
  return checkValueConflict(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    message: finding.message,
  }));
}

const restatedLater =
  'The forum ended with 35 MOUs signed. Officials later put the number of MOUs at 33.';

/** Two mentions that a person linked as one quantity (the extractor links only equal values). */
function linkedMentions(later: string): CheckInput {
  const text = restatedLater.replace('33', later);
  return handBuiltInput(
    text,
    [
      { id: 'first', exact: '35 MOUs', value: '35', unit: 'MOU' },
      { id: 'later', exact: later, value: later, unit: 'MOU' },
    ],
    [{ type: 'same-quantity', claims: ['first', 'later'] }],
  );
}

const raised: Array<[string, CheckInput, string[], string]> = [
  [
    'headline 35, body 33',
    extractedInput(
      '35 MOUs Signed During Visit\nThe two countries signed a total of 33 memorandums of understanding (MOUs), officials said.',
    ),
    ['35 MOUs', '33 memorandums of understanding (MOUs)'],
    'The headline states 35 ("35 MOUs"), but the body states 33 ("33 memorandums of understanding (MOUs)")',
  ],
  [
    'a headline figure outside the widening of "about"',
    extractedInput(
      "Hartwell's to close 38 stores and cut 1,300 jobs\nThe chain said it would close 38 stores and cut about 1,200 jobs.",
    ),
    ['1,300 jobs', '1,200 jobs'],
    'The headline states 1,300 ("1,300 jobs"), but the body states about 1,200 ("1,200 jobs")',
  ],
  [
    'a headline figure above the body figure, beyond its rounding',
    extractedInput(
      'Apple sells 52 million iPhones in quarter\nApple sold 50.8 million iPhones in the quarter.',
    ),
    ['52 million iPhones', '50.8 million iPhones'],
    'The headline states 52,000,000 ("52 million iPhones"), but the body states 50,800,000 ("50.8 million iPhones")',
  ],
  [
    'headline money against body money',
    extractedInput('Firm fined £500 over leak\nThe company was fined £5,000 by the regulator.'),
    ['£500', '£5,000'],
    'The headline states £500, but the body states £5,000',
  ],
  [
    'a headline figure and a body conversion that meet only at a rounding boundary',
    extractedInput(
      'GM pays $2bn to end Fiat deal\nGM is to pay Fiat 1.55bn euros ($3bn) to end the deal.',
    ),
    ['$2bn', '$3bn'],
    'The headline states $2bn, but the body states $3bn',
  ],
  [
    'a fraction restated as a percentage',
    extractedInput('Nearly a third of voters, 3 per cent, backed the plan.'),
    ['a third', '3 per cent'],
    'about "a third" (33.33%) is restated as 3% ("3 per cent")',
  ],
  [
    'a fraction restated in brackets',
    extractedInput('One in five patients (25%) waited more than 12 hours.'),
    ['One in five', '25%'],
    '"One in five" (20%) is restated as 25%',
  ],
  [
    'words restated as figures',
    extractedInput('Twelve (15) volunteers turned up.'),
    ['Twelve', '15'],
    '12 ("Twelve") is restated as 15',
  ],
  [
    'a same-quantity relation with two values (hand-built: a person linked them)',
    linkedMentions('33'),
    ['35 MOUs', '33'],
    'One quantity is stated as 35 and as 33',
  ],
  [
    'a bare number and a count linked as one quantity',
    handBuiltInput(
      "Emirates agreed to purchase 30 of Boeing's jets. Besides its order of 38 Boeing jets, it ordered Airbus jets.",
      [
        { id: 'bare', exact: '30', value: '30', unit: null },
        { id: 'count', exact: '38 Boeing jets', value: '38', unit: 'jet' },
      ],
      [{ type: 'same-quantity', claims: ['bare', 'count'] }],
    ),
    ['30', '38 Boeing jets'],
    'One quantity is stated as 30 and as 38',
  ],
];

const silent: Array<[string, CheckInput]> = [
  [
    'a headline figure of one digit rounding the body figure',
    extractedInput('Firm wins £1bn rail deal\nThe firm won a £1.05bn contract for the line.'),
  ],
  [
    'a bound that reaches the figure',
    extractedInput('Marsh cuts 2,500 jobs\nUp to 2,500 jobs are to go at the broker.'),
  ],
  [
    "a headline that drops the body's decimals, beside last year's figure",
    extractedInput(
      'Apple sells 50 million iPhones in quarter\nApple sold 50.8 million iPhones in the quarter, down from 51.2 million a year earlier.',
    ),
  ],
  [
    'a fraction restated within its rounding',
    extractedInput('Nearly a third of voters, 33 per cent, backed the plan.'),
  ],
  ['one in five as 20%', extractedInput('One in five patients (20%) waited more than 12 hours.')],
  [
    'words restated as the same figure',
    extractedInput('The charity said twelve (12) volunteers had come forward.'),
  ],
  [
    'different quantities that share a unit',
    extractedInput(
      'Council to cut 150 jobs\nThe council employs 2,000 people and will cut 150 jobs, after cutting 90 jobs last year.',
    ),
  ],
  [
    'a headline percentage restated',
    extractedInput(
      'Unemployment rises to 5%\nUnemployment rose to 5% in May, while inflation fell to 3%.',
    ),
  ],
  [
    'a headline figure within the widening of "about"',
    extractedInput("Hartwell's to cut 1,250 jobs\nThe chain said it would cut about 1,200 jobs."),
  ],
  [
    'a currency conversion',
    extractedInput('Firm raises $2.4bn\nThe firm raised $2.4bn (£1.9bn) from investors.'),
  ],
  ['a count with more in brackets', extractedInput('Twelve volunteers (15 in all) turned up.')],
  [
    'a headline figure and a body figure about different things (no word in common)',
    extractedInput(
      'Man jailed for stealing £5,000\nHe was ordered to pay £250 in costs at Leeds Crown Court.',
    ),
  ],
  ['a same-quantity relation with one value (hand-built)', linkedMentions('35')],
];

describe('value-conflict', () => {
  it.each(raised)('raises %s', (_case, input, claims, message) => {
    expect(findingsOf(input)).toEqual([{ claims, message }]);
  });

  it.each(silent)('stays silent on %s', (_case, input) => {
    expect(input.claims.filter((claim) => claim.kind === 'numeric').length).toBeGreaterThanOrEqual(
      2,
    );
    expect(findingsOf(input)).toEqual([]);
  });

  it('names the first disagreeing pair of a figure repeated many times', () => {
    const body = Array.from({ length: 300 }, () => 'Apple sold 50.8 million iPhones.').join(' ');
    const text = `Apple sells 50 million iPhones\n${body} Analysts said 52 million iPhones.`;
    const repeats = Array.from({ length: 300 }, (_, i) => ({
      id: `b${i}`,
      exact: '50.8 million iPhones',
      value: '50800000',
      unit: 'iPhone',
      occurrence: i + 1,
    }));
    const claims = [
      { id: 'h', exact: '50 million iPhones', value: '50000000', unit: 'iPhone' },
      ...repeats,
      { id: 'last', exact: '52 million iPhones', value: '52000000', unit: 'iPhone' },
    ];
    const input = handBuiltInput(text, claims, [
      { type: 'same-quantity', claims: claims.map((claim) => claim.id) },
    ]);
    const [finding] = checkValueConflict(contextOf(input));
    expect(finding.message).toBe(
      'The headline states 50,000,000 ("50 million iPhones"), but the body states 52,000,000 ("52 million iPhones")',
    );
  });

  it('never compares a conversion with what it converts, even when linked', () => {
    const text = 'The firm raised $2.4bn (£1.9bn) from investors.';
    const input = handBuiltInput(
      text,
      [
        { id: 'usd', exact: '$2.4bn', value: '2400000000', unit: 'USD' },
        { id: 'gbp', exact: '£1.9bn', value: '1900000000', unit: 'GBP', conversionOf: 'usd' },
      ],
      [{ type: 'same-quantity', claims: ['usd', 'gbp'] }],
    );
    expect(findingsOf(input)).toEqual([]);
  });
});
