import { relationsByText } from '../testing/relations-by-text.js';

const share = (part: string, percentage: string, total: string | null) => ({
  type: 'share-of',
  part,
  share: percentage,
  total,
});

describe('share-of', () => {
  it.each<[string, string, unknown[]]>([
    [
      'a part of a breakdown named again by the subject of a share in a sentence of its own',
      'Of the £2.1m raised, £1.2m came from individual donors, £600,000 from businesses and £300,000 from a lottery grant. Donations from businesses made up about 35% of the money raised.',
      [share('£600,000', '35%', '£2.1m')],
    ],
    [
      'a share of another whole than the breakdown of the part it names',
      'The council spent £10m on roads, £5m on parks and £3m on libraries, a total of £18m. Parks accounted for 12% of all visits.',
      [],
    ],
    [
      "no part named by the share's subject, or two named alike",
      'Of the £2.1m raised, £1.2m came from local businesses and £900,000 from national businesses. Businesses made up 35% of the money. It made up 20% of the total.',
      [],
    ],
    [
      'a count and the share it makes',
      'Hyundai and Kia sold 72,000 units, accounting for 36.3% of the total.',
      [share('72,000 units', '36.3%', null)],
    ],
    [
      'a share of a named whole, then its count',
      'It will cut 15% of its workforce, or roughly 18,600 jobs.',
      [share('18,600 jobs', '15%', null)],
    ],
    [
      'a share with its part in brackets',
      'Hyundai and Kia took 36.3% (72,000 units) of the market.',
      [share('72,000 units', '36.3%', null)],
    ],
    [
      'a part of a stated whole with its share',
      'Only 30 of 250 staff (12%) replied.',
      [share('30', '12%', '250 staff')],
    ],
    [
      'a count and its share of a stated total after it',
      'Hyundai sold 72,000 units, accounting for 36.3% of the total of 210,000 units.',
      [share('72,000 units', '36.3%', '210,000 units')],
    ],
    [
      'an amount of a named whole with its share',
      'It spent £3.2bn of its £10bn fund, or 23%, on housing.',
      [share('£3.2bn', '23%', '£10bn')],
    ],
    [
      'a share spelled out as a part out of a whole',
      'Minorities make up 8% of the population but only 2% of MPs – 13 out of 659 – are from a minority group.',
      [share('13', '2%', '659')],
    ],
    [
      '"of the total" stated in the sentence before',
      'South Korea welcomed 17.42 million foreign tourists. Visitors from China accounted for 29.2 percent, or about 5.09 million, of the total.',
      [share('5.09 million', '29.2 percent', '17.42 million foreign tourists')],
    ],
    [
      'a part in the sentence before its share of a stated whole',
      'The council will cut 60 posts. That is 15% of its 400 staff.',
      [share('60 posts', '15%', '400 staff')],
    ],
    [
      "a share of a workforce, its part and the article's headcount elsewhere",
      "ABN Amro is to cut 2,850 jobs.\nThe cuts - amounting to 3% of the bank's workforce - will cost 790m euros.\nABN Amro has more than 100,000 staff.",
      [share('2,850 jobs', '3%', '100,000 staff')],
    ],
    [
      'a share of the workforce with the headcount in the sentence',
      'The company, which employs about 124,000 people, said it would cut 15% of its workforce, or roughly 18,600 jobs.',
      [share('18,600 jobs', '15%', '124,000 people')],
    ],
    [
      'an amount, its share and the named whole of the share',
      "The division had sales of €7.9bn last year, about 13% of the group's turnover of €60.1bn.",
      [share('€7.9bn', '13%', '€60.1bn')],
    ],
    [
      '"of the total": the total stated before, not the base it is compared with',
      "The council's budget is £1.2bn, up from £1.1bn, with social care taking 62% of the total, or £740m.",
      [share('£740m', '62%', '£1.2bn')],
    ],
    ['no share in a price change', 'Shares rose 3p, or 1.2%, to 262p.', []],
    ['no share in a points change', 'The Dow fell 102.2 points, or 0.36%, to 27,934.02.', []],
  ])('%s', (_name, text, expected) => {
    expect(relationsByText(text, 'share-of')).toEqual(expected);
  });
});
