import { relationsByText } from '../testing/relations-by-text.js';

const change = (
  from: string | null,
  to: string,
  stated: string | null,
  direction: 'rise' | 'fall' | null,
  extra: { by?: string; factor?: string } = {},
) => ({
  type: 'change',
  from,
  to,
  change: stated,
  by: extra.by ?? null,
  direction,
  factor: extra.factor ?? null,
});

describe('change', () => {
  it.each<[string, string, unknown[]]>([
    [
      'a factor given as a bound states no factor',
      'The state pledged to more than double its solar capacity, going from 175 gigawatts to 450 gigawatts by 2030.',
      [],
    ],
    [
      "a change in a clause of its own is not the change of another clause's values",
      'Sales rose 12% in March, but the jobless rate moved down to 3.6% from 3.8%. Employers added 431,000 jobs, some 12% lower than economists expected, as the rate fell to 3.6% from 3.8%.',
      [change('3.8%', '3.6%', null, 'fall'), change('3.8%', '3.6%', null, 'fall')],
    ],
    [
      'two values a change went to are no pair',
      'Brent fell to $25.18 (a decrease of 7.14%) at 01:26, and WTI fell to $20.90 a barrel.',
      [],
    ],
    [
      'what was expected is no value a change came from',
      'The cloud segment grew 15% to reach $24.0 billion, surpassing expectations of $23.8 billion.',
      [],
    ],
    [
      'a difference in a clause of its own is no amount of the change',
      'Police recorded 458,021 more offences, which the ONS said was driven by violence against the person, which soared 18% to 175,060 offences.',
      [],
    ],
    [
      'a percentage change named after what changes ("a 25% salary increase")',
      'Workers won a 25% salary increase, taking pay to $50,000 from $40,000.',
      [change('$40,000', '$50,000', '25%', 'rise')],
    ],
    [
      'halved to Y from a value stated earlier',
      "GM swapped a 6% stake in itself for 20% of Fiat. Fiat recapitalised in 2003, halving GM's stake to 10%.",
      [change('20%', '10%', null, 'fall', { factor: '0.5' })],
    ],
    [
      'a transitive verb raising its object to Y from X',
      'Ruto signed a law raising taxes on fuel to 16% from 8%, while the bank was lowering its rate to 9% from 10%.',
      [change('8%', '16%', null, 'rise'), change('10%', '9%', null, 'fall')],
    ],
    [
      'an attribution set between the two values',
      'Inflation rose to 7.9% in June, official data showed, from 6% in May.',
      [change('6%', '7.9%', null, 'rise')],
    ],
    [
      'no change figure taken from a sentence where it leads to a value of its own',
      "Tesla's shares rose 1.5% in premarket trading to $265.30. Tesla aims to deliver 1.8 million vehicles in 2023, up from 1.31 million last year.",
      [change('1.31 million', '1.8 million vehicles', null, 'rise')],
    ],
    [
      'no change figure taken from a sentence where it follows a value of its own, a few words on',
      "SkyJet flew a record 18.2 million passengers between June and August, up 11% on last year. Its planes were 94% full on average, compared with 92% a year earlier. Passengers made 1.6 billion journeys on Britain's railways in the year to March, up 7% on the previous year. Punctuality worsened: 67.6% of trains arrived on time, compared with 69.4% a year earlier.",

      [],
    ],
    [
      'no value before in "down £1.3bn on the same month last year": the amount of the change',
      'Spending on debt interest was £7.6bn, down £1.3bn on the same month last year.',
      [],
    ],
    [
      "a whole of a share in another sentence is still a change's value",
      'The trust raised £2.1m in its annual winter appeal, up 20% from £1.75m last year. Of the total, £1.2m came from donors and £900,000 from firms. Firms made up about 43% of the money.',
      [change('£1.75m', '£2.1m', '20%', 'rise')],
    ],
    [
      'the values of two clauses with their own subjects are no change',
      'Police funding will rise to $1.1 billion, up $80 million, while the fire department gets $520 million, an increase of 7%.',
      [],
    ],
    [
      'the whole a share is of is no value before the change',
      "Revenue from the iPhone rose 6% to $46.2bn, about half of the company's total revenue of $94.9bn.",
      [],
    ],
    [
      'Y is N% higher than X',
      "The 1,300 cases recorded this year are 30% higher than the 1,000 of last year. At 52%, turnout was 8% lower than the 60% of 2019. The council approved a $4.2 billion budget for next year, 5% more than this year's $4 billion.",
      [
        change('1,000', '1,300 cases', '30%', 'rise'),
        change('60%', '52%', '8%', 'fall'),
        change('$4 billion', '$4.2 billion', '5%', 'rise'),
      ],
    ],
    [
      'a comparison with words that are no base ("more than expected,")',
      'The 1,300 cases are 30% more than expected, and 1,000 of them were mild.',
      [],
    ],
    [
      'rose N% to Y from X',
      'Sales rose 12% to £4.5bn from £4bn.',
      [change('£4bn', '£4.5bn', '12%', 'rise')],
    ],
    [
      'fell N% from X to Y',
      'Sales fell 30% from £200m to £120m.',
      [change('£200m', '£120m', '30%', 'fall')],
    ],
    [
      'a N% fall in a thing, from X to Y',
      'The firm reported a 30% fall in pre-tax profit, from £200m to £120m.',
      [change('£200m', '£120m', '30%', 'fall')],
    ],
    [
      'Y, up N% from X',
      'Total revenue was 10bn euros, up 8.1% from 9.26bn euros in 2003.',
      [change('9.26bn euros', '10bn euros', '8.1%', 'rise')],
    ],
    [
      'from X to Y, a rise of N%',
      'Contributions increased from £5.5bn to £8.2bn a year, a rise of 49.7%.',
      [change('£5.5bn', '£8.2bn a year', '49.7%', 'rise')],
    ],
    [
      'from X to Y, or N%',
      'The number waiting fell from 7,613 to 6,630, or 12.9%.',
      [change('7,613', '6,630', '12.9%', 'fall')],
    ],
    [
      'rose to Y from X, an increase of N%',
      'Profits rose to £1.5bn from £982m, an increase of 52%.',
      [change('£982m', '£1.5bn', '52%', 'rise')],
    ],
    [
      'percentage points',
      "Labour's share rose 3 percentage points to 45% from 42%.",
      [change('42%', '45%', '3 percentage points', 'rise')],
    ],
    [
      'a fraction in words',
      'Sales fell by a third to 800 from 1,200 in 2019.',
      [change('1,200', '800', 'a third', 'fall')],
    ],
    [
      'halved: a factor in a word',
      'The company said it was halving its dividend to 17 cents a share from 34 cents.',
      [change('34 cents', '17 cents a share', null, 'fall', { factor: '0.5' })],
    ],
    [
      'doubled',
      'Profit doubled to £9m from £4.5m.',
      [change('£4.5m', '£9m', null, 'rise', { factor: '2' })],
    ],
    [
      'a change in points and in percent from an unstated value',
      'The Dow fell 102.2 points, or 0.36%, to 27,934.02.',
      [change(null, '27,934.02', '0.36%', 'fall', { by: '102.2 points' })],
    ],
    [
      'the change in one sentence, the values in the next',
      'The number waiting has fallen by 9.8%. Statistics showed a decline from 785 to 708.',
      [change('785', '708', '9.8%', 'fall')],
    ],
    [
      'the change in the lead, the values of the same company later',
      "Heineken saw its annual profits drop 33%.\nHeineken's net income fell to 537m euros during 2004, from 798m euros a year ago.",
      [change('798m euros', '537m euros', '33%', 'fall')],
    ],
    [
      'the values with a direction and no change figure',
      'Revenue was £4.5bn, up from £4bn.',
      [change('£4bn', '£4.5bn', null, 'rise')],
    ],
    [
      'a change attached to another value is not borrowed',
      'Dealers sold 303,417 vehicles last year, up 4 percent from the previous year.\nThe average price was $39,014, up from $38,373 a year ago.',
      [change('$38,373', '$39,014', null, 'rise')],
    ],
    [
      'no change on another basis',
      'Sales rose 5% on a like-for-like basis, from £2bn to £2.3bn.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text, 'change')).toEqual(expected);
  });
});
