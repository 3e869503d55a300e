import { extract } from './extract.js';

function numericSpans(text: string): string[] {
  return extract(text)
    .claims.filter((c) => c.kind === 'numeric')
    .map((c) => c.exact);
}

/**
 * Each sentence holds one real quantity (the control, proving the sentence was
 * read) and numbers that are not claims: exactly the control must come out.
 */
describe('numbers that are not claims are skipped', () => {
  it.each<[string, string, string[]]>([
    [
      'references to a list of sources',
      'A study of 84 women found exercise worked better than therapy alone (20). Others link it to weight loss (27, 28, 29). Sleep matters too [4].',
      ['84 women'],
    ],
    [
      'references after a stop, one after another',
      'The storm cut power to 800,000 homes in its wake.[1][2] Peak chaos followed.',
      ['800,000 homes'],
    ],
    ['a date with a day', 'The meeting on 3 October approved 40 jobs.', ['40 jobs']],
    ['a month then a day', 'On June 12 the firm hired 40 staff.', ['40 staff']],
    ['a day of the month', 'On the 12th, officials counted 300 votes.', ['300 votes']],
    ['a day range', 'The fair runs July 10-12 and sells 5,000 tickets.', ['5,000 tickets']],
    ['a day range with "to"', 'The poll of 1,499 adults ran Dec. 3 to 7.', ['1,499 adults']],
    ['a day range with "and"', 'On September 10 and 11, 300 people came.', ['300 people']],
    ['a month pair', 'Sales in May/June rose 5%.', ['5%']],
    ['a clock time', 'At 6:15 a.m. 20 trains were cancelled.', ['20 trains']],
    ['a time with pm', 'The vote closed at 10pm with 52% in favour.', ['52%']],
    [
      '"p.m" without its last dot',
      'The count ended around 9 p.m--after 4,100 ballots.',
      ['4,100 ballots'],
    ],
    [
      'a range of clock times',
      'The library opens from 2 to 8 p.m. and lends 600 books a day.',
      ['600 books a day'],
    ],
    ['a street address', 'The cafe at 1820 N. Harbor Blvd. sold 300 pies.', ['300 pies']],
    [
      'a street address without a direction',
      'Staff at 10 Keller Street counted 45 boxes.',
      ['45 boxes'],
    ],
    [
      'the maturity of a bond',
      'The 10-year note yielded 1.9% and the 30-year bond 2.4%.',
      ['1.9%', '2.4%'],
    ],
    [
      'the maturity of a metals contract',
      'Three-month copper rose 2% to $6,010 a tonne.',
      ['2%', '$6,010 a tonne'],
    ],
    ['a year', 'In 2023, Kia sold 72,000 units.', ['72,000 units']],
    ['a year after "by"', 'By 2030 the plant will employ 500 people.', ['500 people']],
    ['a year as modifier', 'The 2019 results showed a 4% rise.', ['4%']],
    ['a fiscal year', 'In 2023-24 the council spent £5m.', ['£5m']],
    ['a decade', 'In the 1990s the town had 12 mines.', ['12 mines']],
    ['an ordinal naming a thing', 'The fourth desulfurization facility cost $2bn.', ['$2bn']],
    ['an ordinal phase', 'The second phase will add 300 beds.', ['300 beds']],
    ['a first deputy director', 'The first deputy director met 11 envoys.', ['11 envoys']],
    [
      'a half of the year',
      'In the second half of this year 70,000 units will be built.',
      ['70,000 units'],
    ],
    ['COVID-19', 'COVID-19 closed 35 schools.', ['35 schools']],
    ['Article 50', 'Article 50 was triggered after 52% voted to leave.', ['52%']],
    ['a model name', 'The Boeing 737 carried 150 passengers.', ['150 passengers']],
    ['Channel 4', 'Channel 4 cut 45 jobs.', ['45 jobs']],
    ['an index name', 'The FTSE 100 fell 2%.', ['2%']],
    ['Group of 20', 'The Group of 20 pledged $600bn.', ['$600bn']],
    ['a code glued to letters', 'The G20 summit and the A380 fleet of 12 planes.', ['12 planes']],
    ['a room number', 'Room 101 held 30 files.', ['30 files']],
    ['No. 10', 'No. 10 said 3% was too high.', ['3%']],
    ['a phone number', 'Call 020 7946 0958 to claim £50.', ['£50']],
    ['a US phone number', 'Call the tip line at 734-794-6939 about the 3 cars.', ['3 cars']],
    [
      'numbered list items',
      'Our picks are: 1) Deviled, 2) Scotch, 3) Pickled; 40 eggs.',
      ['40 eggs'],
    ],
    [
      'a numbered heading',
      'Sales rose 10%.\n\n1. Upsell and Cross Sell\n\nOffer 2 items.',
      ['10%', '2 items'],
    ],
    [
      "a live blog entry's time",
      'Live updates\n\n16.06 Rescuers found 3 bodies.\n\n08.55 Here is the latest.',
      ['3 bodies'],
    ],
    ['a number alone on its line', 'Tweet\n\n4419111\n\nFans bought 300 shirts.', ['300 shirts']],
    ['a URL', 'See bbc.co.uk/news/12345 for the 8 charts.', ['8 charts']],
    ['a score', 'They won 3-1 in front of 40,000 fans.', ['40,000 fans']],
    ['24/7', 'The 24/7 service handled 900 calls.', ['900 calls']],
    ['"one of" as pronoun', 'One of the men said 12 cars were stolen.', ['12 cars']],
    ['"a" as article', 'A woman and a child were among 7 injured.', ['7']],
    ['"one" as article', 'One day, 30 workers walked out.', ['30 workers']],
    ['"one of them" after a count', 'Police held 30 men, and one of them was charged.', ['30 men']],
    [
      '"one" with no count before',
      'The firm recalled a car, and one was returned. It sold 30 vans.',
      ['30 vans'],
    ],
    ['a definite referring expression', 'The two countries signed 35 deals.', ['35 deals']],
    ['a word number in a name', 'Formula One teams earned $1.5bn.', ['$1.5bn']],
    ['zero as a word', 'A zero tolerance policy led to 14 arrests.', ['14 arrests']],
    ['a version number', 'Version 2.5.1 fixed 17 bugs.', ['17 bugs']],
    ['a year range', 'Between 2019 and 2023 output rose 8%.', ['8%']],
    ['half-time', 'At half-time 30,000 fans had left.', ['30,000 fans']],
    ['half time', 'At half time 30,000 fans had left.', ['30,000 fans']],
    ['half as a modifier', 'They sold half price tickets to 900 pupils.', ['900 pupils']],
    ['a date pair with "or"', 'A reading could follow on 16 or 17 March with 40 MPs.', ['40 MPs']],
    [
      'a day range with a spaced dash',
      'The fair runs 10 – 12 July and sells 900 tickets.',
      ['900 tickets'],
    ],
    ['the third quarter', 'Profits in the third quarter rose 5%.', ['5%']],
    ['a third-quarter result', 'It reported a third-quarter loss of £5m.', ['£5m']],
    ['a quarter earlier', 'Sales rose 5% from a quarter earlier.', ['5%']],
    ['a quarter of a year', 'Growth was 5% in one quarter of 2004.', ['5%']],
    ['a quarter of the year', 'Profits fell 5% in a quarter of the year.', ['5%']],
    ['the first half of a year', 'In the first half of 2024 sales rose 5%.', ['5%']],
    ['cut in half', 'The firm cut the price in half and sold 900 units.', ['900 units']],
    ['a third party', 'A third party will buy 40 stores.', ['40 stores']],
    ['a third term', 'He won a third term with 52% of the vote.', ['52%']],
    ['a model with a glued letter', 'It trimmed its order of 777x jets by 5%.', ['5%']],
    ['a model before a singular noun', 'The 777 program has cost $2bn.', ['$2bn']],
    [
      'a model name and a noun',
      'Crashes of its popular 737 Max jet killed 346 people.',
      ['346 people'],
    ],
    ['a model with a variant', 'The Boeing 787-9 seats 290 passengers.', ['290 passengers']],
    ['a model code glued to letters', 'The A320s carried 150 passengers.', ['150 passengers']],
    ['a year after "above"', 'Arrivals were 8.6 percent above 2019 levels.', ['8.6 percent']],
    ['a range of years', 'Output rose 8% from 2019 to 2023.', ['8%']],
    ['a slashed date', 'Since the 9/11 attacks, 300 agents were hired.', ['300 agents']],
    ['a year range before a comma', 'Between 2010 and 2015, 584 people died.', ['584 people']],
    [
      'a year inside a change',
      'Assaults rose from 4 million in 2010 to 5 million.',
      ['4 million', '5 million'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(numericSpans(text)).toEqual(expected);
  });
});

describe('an index named by its count of members', () => {
  it('counts the members before their noun, and names the index otherwise', () => {
    expect(
      numericSpans('Of the Dow 30 stocks 13 are set to close higher. The FTSE 100 rose 1%.'),
    ).toEqual(['30 stocks', '13', '1%']);
  });
});

describe('a capitalised number word after the end of a sentence', () => {
  it('is a count, not part of a name', () => {
    expect(numericSpans('It was won by Clinton. Three of them voted for Powell.')).toEqual([
      'Three',
    ]);
  });
});

describe('definite counts', () => {
  it('keeps a definite count that restates an earlier count of its noun', () => {
    expect(
      numericSpans('Five public sector unions met the minister. The five unions want a deal.'),
    ).toEqual(['Five public sector unions', 'five unions']);
  });

  it('skips a definite count with no earlier count of its noun', () => {
    expect(numericSpans('Korea and Kazakhstan met. The two countries signed 35 MOUs.')).toEqual([
      '35 MOUs',
    ]);
  });
});

describe('four-digit numbers that are counts, not years', () => {
  it.each<[string, string[]]>([
    ['The list fell from 1178 to 708.', ['1178', '708']],
    ['The list grew from 785 to 1062.', ['785', '1062']],
    ['Between 950 and 1100 people came.', ['950 and 1100 people']],
  ])('%s', (text, expected) => {
    expect(numericSpans(text)).toEqual(expected);
  });
});
