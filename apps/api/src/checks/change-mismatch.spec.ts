import { checkChangeMismatch } from './change-mismatch.js';
import type { CheckInput } from './run-checks.js';
import { claimWords, contextOf, extractedInput } from './testing/check-input.js';

function findingsOf(input: CheckInput) {
  return checkChangeMismatch(contextOf(input)).map((finding) => ({
    claims: claimWords(input, finding),
    message: finding.message,
  }));
}

const raised: Array<[string, string, string[], string]> = [
  [
    'a fall stated before "from ... to"',
    'Sales fell 30% from £200m to £120m.',
    ['30%', '£200m', '£120m'],
    'From £200m to £120m is a 40% fall, but the stated change is a 30% fall',
  ],
  [
    'a change noun naming what changed',
    'The company reported a 30% fall in profit, from £200m to £120m.',
    ['30%', '£200m', '£120m'],
    'From £200m to £120m is a 40% fall, but the stated change is a 30% fall',
  ],
  [
    '"to ... from ..., an increase of"',
    'Profits rose to £1.5bn from £982m, an increase of 45%.',
    ['45%', '£982m', '£1.5bn'],
    'From £982m to £1.5bn is a 52.7% rise, but the stated change is a 45% rise',
  ],
  [
    'bare numbers with the change after them',
    'Membership grew from 1,200 to 1,500, an increase of 20%.',
    ['20%', '1,200', '1,500'],
    'From 1,200 to 1,500 is a 25% rise, but the stated change is a 20% rise',
  ],
  [
    'the financial "rose 25% to ... from ..."',
    'Revenue rose 25% to £260m from £200m.',
    ['25%', '£200m', '£260m'],
    'From £200m to £260m is a 30% rise, but the stated change is a 25% rise',
  ],
  [
    'a change in brackets',
    'The number of patients waiting fell from 973 to 412 (down 48%).',
    ['48%', '973', '412'],
    'From 973 to 412 is a 57.7% fall, but the stated change is a 48% fall',
  ],
  [
    'percentage points',
    'Turnout fell 3.5 percentage points from 35.9% to 31.4%.',
    ['3.5 percentage points', '35.9%', '31.4%'],
    'From 35.9% to 31.4% is a fall of 4.5pp, but the stated change is a 3.5pp fall',
  ],
  [
    'a rise that is a fall',
    'Prices rose 10% from £200 to £180.',
    ['10%', '£200', '£180'],
    'From £200 to £180 is a 10% fall, but the stated change is a 10% rise',
  ],
  [
    '"a profit of Y, up 12% from X"',
    'Tesco reported a pre-tax profit of £2.8bn, up 12% from £2.2bn a year earlier.',
    ['12%', '£2.2bn', '£2.8bn'],
    'From £2.2bn to £2.8bn is a 27.3% rise, but the stated change is a 12% rise',
  ],
  [
    '", or 40%" after a direction verb',
    'Revenue rose from £200m to £300m, or 40%.',
    ['40%', '£200m', '£300m'],
    'From £200m to £300m is a 50% rise, but the stated change is a 40% rise',
  ],
  [
    'a fall by a fraction in words',
    'Sales fell by a third to 600 from 1,200 in 2019.',
    ['a third', '1,200', '600'],
    'From 1,200 to 600 is a 50% fall, but the stated change is a fall of "a third" (33.33%)',
  ],
  [
    'a hedged change, put as "a rise of about …"',
    "The city's population grew from 812,000 in 2010 to 891,000 in 2020, an increase of nearly 15%.",
    ['15%', '812,000', '891,000'],
    'From 812,000 to 891,000 is a 9.7% rise, but the stated change is a rise of about 15%',
  ],
  [
    '"halved" that is no half',
    'The company said it was halving its dividend to 20 cents a share from 34 cents.',
    ['34 cents', '20 cents a share'],
    'From 34 cents to 20 cents is a 41.2% fall, but the text states a 50% fall (× 0.5)',
  ],
  [
    'a change in points and in percent that disagree',
    'The Dow fell 102.2 points, or 0.56%, to 27,934.02.',
    ['102.2 points', '0.56%', '27,934.02'],
    'A fall of 102.2 to 27,934.02 is 0.36% of 28,036.22, but the stated change is 0.56%',
  ],
  [
    'a change across sentences of a paragraph',
    'The number waiting has fallen by 19.8%. Statistics showed a decline from 785 to 708.',
    ['19.8%', '785', '708'],
    'From 785 to 708 is a 9.8% fall, but the stated change is a 19.8% fall',
  ],
  [
    'values that go the other way than the text says',
    'Pre-tax profit fell to £45m from £38m.',
    ['£38m', '£45m'],
    'The text says it fell, but from £38m to £45m it rose',
  ],
];

const silent: Array<[string, string]> = [
  ['a change that fits', 'Sales fell 40% from £200m to £120m.'],
  [
    '+52.7% reported as 52% (within its last digit)',
    'Profits rose to £1.5bn from £982m, an increase of 52%.',
  ],
  ['bare numbers that fit', 'Membership grew from 1,200 to 1,500, an increase of 25%.'],
  ['a change whose base is not stated', 'Revenue slipped 3.1 per cent to £2.3bn.'],
  ['percentage points that fit', 'Turnout fell 4.5 percentage points from 35.9% to 31.4%.'],
  [
    'a share after "from ... to", not a change',
    'Revenue rose from £200m to £300m, 40% of it from exports.',
  ],
  ['a relative change between two percentages', 'The rate rose from 20% to 25%, a 25% increase.'],
  ['percentage points written as "%"', 'The rate rose from 20% to 25%, a 5% increase.'],
  [
    'a change in another sentence',
    'The price of a ticket went from £2 to £3 last year. Fares rose 20% in March.',
  ],
  [
    'an approximate change in millions',
    'Visitor numbers rose from 1.2 million to 1.5 million, up 25%.',
  ],
  [
    '"Y, up 12% from X" that fits its rounding',
    'Tesco reported a pre-tax profit of £2.8bn, up 12% from £2.5bn a year earlier.',
  ],
  [
    'a change on another basis ("like-for-like")',
    'Like-for-like sales rose 4% to £742m from £740m.',
  ],
  ['"halved" that fits', 'It halved its dividend to 17 cents a share from 34 cents.'],
  [
    'a change in points and in percent that agree',
    'The Dow fell 102.2 points, or 0.36%, to 27,934.02.',
  ],
  ['a price change in pence and percent', 'Shares rose 3p, or 1.2%, to 262p.'],
  ['a fall that falls', 'Pre-tax profit fell to £38m from £45m.'],
];

describe('change-mismatch', () => {
  it.each(raised)('raises %s', (_case, text, claims, message) => {
    expect(findingsOf(extractedInput(text))).toEqual([{ claims, message }]);
  });

  it.each(silent)('stays silent on %s', (_case, text) => {
    const input = extractedInput(text);
    expect(input.claims.filter((claim) => claim.kind === 'numeric').length).toBeGreaterThanOrEqual(
      2,
    );
    expect(findingsOf(input)).toEqual([]);
  });

  it('records the actual change as an exact decimal string', () => {
    const [finding] = checkChangeMismatch(
      contextOf(extractedInput('Sales fell 30% from £200m to £120m.')),
    );
    expect(finding.data).toMatchObject({
      before: '200000000',
      after: '120000000',
      statedChange: '30',
      direction: 'fall',
      actualChange: '-40',
      actualChangeUnit: '%',
    });
  });
});
