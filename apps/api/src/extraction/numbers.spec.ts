import { extract } from './extract.js';
import type { NumericClaim } from './types.js';

interface Expected {
  exact: string;
  value?: number | null;
  low?: number;
  high?: number;
  unit: string | null;
  approximate?: boolean;
  bound?: 'lower' | 'upper' | null;
}

function numericClaims(text: string): NumericClaim[] {
  return extract(text).claims.filter((c): c is NumericClaim => c.kind === 'numeric');
}

function summary(claim: NumericClaim, expected: Expected): Partial<NumericClaim> {
  const picked: Partial<NumericClaim> = { exact: claim.exact, unit: claim.unit };
  if ('value' in expected) picked.value = claim.value;
  if ('low' in expected) picked.low = claim.low;
  if ('high' in expected) picked.high = claim.high;
  if ('approximate' in expected) picked.approximate = claim.approximate;
  if ('bound' in expected) picked.bound = claim.bound;
  return picked;
}

function expectClaims(text: string, expected: Expected[]): void {
  const claims = numericClaims(text);
  expect(
    claims.map((claim, i) => summary(claim, expected[i] ?? { exact: '', unit: null })),
  ).toEqual(expected);
}

describe('numbers written with digits and words', () => {
  it.each<[string, Expected[]]>([
    [
      'The plant will produce 100,000 tons of lithium.',
      [{ exact: '100,000 tons', value: 100000, unit: 't' }],
    ],
    ['They hold a 36.3% share.', [{ exact: '36.3%', value: 36.3, unit: '%' }]],
    ['Eleven volunteers joined.', [{ exact: 'Eleven volunteers', value: 11, unit: 'volunteer' }]],
    ['She bought 3 dozen eggs.', [{ exact: '3 dozen eggs', value: 36, unit: 'egg' }]],
    [
      'It took twenty and three fifths hours.',
      [{ exact: 'twenty and three fifths hours', value: 20.6, unit: 'h' }],
    ],
    [
      'Growth was two point five per cent.',
      [{ exact: 'two point five per cent', value: 2.5, unit: '%' }],
    ],
    [
      'The rod is three point seventy-one metres long.',
      [{ exact: 'three point seventy-one metres', value: 3.71, unit: 'm' }],
    ],
    [
      'It took one and a fourth hours.',
      [{ exact: 'one and a fourth hours', value: 1.25, unit: 'h' }],
    ],
    ['The gap was .08 points.', [{ exact: '.08 points', value: 0.08, unit: 'point' }]],
    [
      'The war cost 322 hundred lives.',
      [{ exact: '322 hundred lives', value: 32200, unit: 'life' }],
    ],
    [
      'Three hundred  and  thirty one people came.',
      [{ exact: 'Three hundred  and  thirty one people', value: 331, unit: 'person' }],
    ],
    ['She sold three dozens eggs.', [{ exact: 'three dozens eggs', value: 36, unit: 'egg' }]],
    [
      'It took five and a quarter hours.',
      [{ exact: 'five and a quarter hours', value: 5.25, unit: 'h' }],
    ],
    [
      'The council has one hundred and six staff.',
      [{ exact: 'one hundred and six staff', value: 106, unit: 'staff' }],
    ],
    [
      'The city built two dozen new homes.',
      [{ exact: 'two dozen new homes', value: 24, unit: 'home' }],
    ],
    [
      'Half a million people marched.',
      [{ exact: 'Half a million people', value: 500000, unit: 'person' }],
    ],
    ['It bought thirty-six buses.', [{ exact: 'thirty-six buses', value: 36, unit: 'bus' }]],
    [
      'Some two hundred and fifty thousand fans came.',
      [
        {
          exact: 'two hundred and fifty thousand fans',
          value: 250000,
          unit: 'fan',
          approximate: true,
        },
      ],
    ],
    [
      'The fund holds 3.5 billion euros.',
      [{ exact: '3.5 billion euros', value: 3500000000, unit: 'EUR' }],
    ],
    [
      'About 1.2m homes lost power.',
      [{ exact: '1.2m homes', value: 1200000, unit: 'home', approximate: true }],
    ],
    [
      'The field holds two and a half million barrels.',
      [{ exact: 'two and a half million barrels', value: 2500000, unit: 'barrel' }],
    ],
    [
      'Officials counted 2 million people.',
      [{ exact: '2 million people', value: 2000000, unit: 'person' }],
    ],
    [
      'The rate went from minus 0.1% to a range of zero to 0.1%.',
      [
        { exact: 'minus 0.1%', value: -0.1, unit: '%' },
        { exact: 'zero to 0.1%', low: 0, high: 0.1, unit: '%' },
      ],
    ],
    ['Output changed by -0.4% last month.', [{ exact: '-0.4%', value: -0.4, unit: '%' }]],
    [
      'The vote of the nine-member board was close.',
      [{ exact: 'nine-member', value: 9, unit: 'member' }],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('percentages and percentage points', () => {
  it.each<[string, Expected[]]>([
    ['Inflation rose to 5 percent.', [{ exact: '5 percent', value: 5, unit: '%' }]],
    ['Turnout was 40 per cent.', [{ exact: '40 per cent', value: 40, unit: '%' }]],
    [
      'The Fed raised rates by a quarter of a percentage point.',
      [{ exact: 'a quarter of a percentage point', value: 0.25, unit: 'pp' }],
    ],
    ['Sales grew 5pc last year.', [{ exact: '5pc', value: 5, unit: '%' }]],
    [
      'Of those asked, 65 percent were white, 11.9 percent were black, and 7.3 of another race.',
      [
        { exact: '65 percent', value: 65, unit: '%' },
        { exact: '11.9 percent', value: 11.9, unit: '%' },
        { exact: '7.3', value: 7.3, unit: '%' },
      ],
    ],
    [
      'Sales rose 5 percent in May and 7 in June; 40 stores opened. Sales were up 5% and 12 of the 20 stores grew.',
      [
        { exact: '5 percent', value: 5, unit: '%' },
        { exact: '7', value: 7, unit: '%' },
        { exact: '40 stores', value: 40, unit: 'store' },
        { exact: '5%', value: 5, unit: '%' },
        { exact: '12', value: 12, unit: 'store' },
        { exact: '20 stores', value: 20, unit: 'store' },
      ],
    ],
    [
      'Unemployment fell 0.3 percentage points.',
      [{ exact: '0.3 percentage points', value: 0.3, unit: 'pp' }],
    ],
    [
      'The bank cut its rate by a quarter-point in May and by a quarter point in June.',
      [
        { exact: 'a quarter-point', value: 0.25, unit: 'pp' },
        { exact: 'a quarter point', value: 0.25, unit: 'pp' },
      ],
    ],
    [
      'The bank raised rates by 25 basis points.',
      [{ exact: '25 basis points', value: 25, unit: 'bp' }],
    ],
    ['Support fell to five per cent.', [{ exact: 'five per cent', value: 5, unit: '%' }]],
    [
      'Labour won 40% of the vote, the Conservatives 35% and the Greens 30%.',
      [
        { exact: '40%', value: 40, unit: '%' },
        { exact: '35%', value: 35, unit: '%' },
        { exact: '30%', value: 30, unit: '%' },
      ],
    ],
    [
      'In March 70% supported the plan; in May 45% did.',
      [
        { exact: '70%', value: 70, unit: '%' },
        { exact: '45%', value: 45, unit: '%' },
      ],
    ],
    [
      'In June 5 per cent were undecided; by May 12 percentage points separated them.',
      [
        { exact: '5 per cent', value: 5, unit: '%' },
        { exact: '12 percentage points', value: 12, unit: 'pp' },
      ],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('money', () => {
  it.each<[string, Expected[]]>([
    [
      'The deal is worth $1.2 billion.',
      [{ exact: '$1.2 billion', value: 1200000000, unit: 'USD' }],
    ],
    ['Tickets cost US$300.', [{ exact: 'US$300', value: 300, unit: 'USD' }]],
    ['Seoul pledged ₩5 trillion.', [{ exact: '₩5 trillion', value: 5000000000000, unit: 'KRW' }]],
    [
      'Seoul pledged 5 trillion won.',
      [{ exact: '5 trillion won', value: 5000000000000, unit: 'KRW' }],
    ],
    ['She earns £30,000.', [{ exact: '£30,000', value: 30000, unit: 'GBP' }]],
    ['The club paid €4m for him.', [{ exact: '€4m', value: 4000000, unit: 'EUR' }]],
    [
      'It paid 300 billion tenge in tax.',
      [{ exact: '300 billion tenge', value: 300000000000, unit: 'KZT' }],
    ],
    ['The shares closed at 181.5p.', [{ exact: '181.5p', value: 181.5, unit: 'GBX' }]],
    ['A stamp costs 85 pence.', [{ exact: '85 pence', value: 85, unit: 'GBX' }]],
    ['The loan was HK$2.5bn.', [{ exact: 'HK$2.5bn', value: 2500000000, unit: 'HKD' }]],
    [
      'Revenue reached USD 300 million.',
      [{ exact: 'USD 300 million', value: 300000000, unit: 'USD' }],
    ],
    ['Profit was £350m.', [{ exact: '£350m', value: 350000000, unit: 'GBP' }]],
    [
      'They paid penalties of between $50-100,000.',
      [{ exact: '$50-100,000', low: 50000, high: 100000, unit: 'USD' }],
    ],
    [
      'Crowds of 5-10,000 people gathered.',
      [{ exact: '5-10,000 people', low: 5000, high: 10000, unit: 'person' }],
    ],
    ['The dividend is 40 euro cents.', [{ exact: '40 euro cents', value: 40, unit: 'cent' }]],
    [
      'It paid 3.4bn Danish kroner.',
      [{ exact: '3.4bn Danish kroner', value: 3400000000, unit: 'DKK' }],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('measures, durations, ages and rates', () => {
  it.each<[string, Expected[]]>([
    [
      'A 100m-long bridge and the 50m-high tower cost £100m.',
      [
        { exact: '100m-long', value: 100, unit: 'm' },
        { exact: '50m-high', value: 50, unit: 'm' },
        { exact: '£100m', value: 100000000, unit: 'GBP' },
      ],
    ],
    [
      'The book is for ages 8-12; at age 17 she left, and the scheme is open to those up to age 30.',
      [
        { exact: '8-12', low: 8, high: 12, unit: 'year' },
        { exact: '17', value: 17, unit: 'year' },
        { exact: '30', value: 30, unit: 'year' },
      ],
    ],
    [
      'They want to raise the pension age for council workers from 60 to 65, lower the voting age to 16, and the state pension age rises to 67.',
      [
        { exact: '60', value: 60, unit: 'year' },
        { exact: '65', value: 65, unit: 'year' },
        { exact: '16', value: 16, unit: 'year' },
        { exact: '67', value: 67, unit: 'year' },
      ],
    ],
    [
      'He said he met her when she was 14 and has known her since he turned 12.',
      [
        { exact: '14', value: 14, unit: 'year' },
        { exact: '12', value: 12, unit: 'year' },
      ],
    ],
    [
      'The suspect is about 5 feet 11 inches tall and 200 pounds, police said; he owes 200 pounds.',
      [
        { exact: '5 feet', value: 5, unit: 'ft' },
        { exact: '11 inches', value: 11, unit: 'in' },
        { exact: '200 pounds', value: 200, unit: 'lb' },
        { exact: '200 pounds', value: 200, unit: 'GBP' },
      ],
    ],
    [
      'Crude fell 3% to $55.12 per barrel as output rose to 9.7 million barrels per day.',
      [
        { exact: '3%', value: 3, unit: '%' },
        { exact: '$55.12 per barrel', value: 55.12, unit: 'USD/barrel' },
        { exact: '9.7 million barrels per day', value: 9700000, unit: 'barrel/day' },
      ],
    ],
    [
      'The rules could cover about 2 million total seasonal workers.',
      [{ exact: '2 million total seasonal workers', value: 2000000, unit: 'worker' }],
    ],
    [
      'The pact kept the “one country, two systems” formula. Some 200 U.S. troops remain, and 600,000 Americans live there.',
      [
        { exact: 'two systems', value: 2, unit: 'system' },
        { exact: '200 U.S. troops', value: 200, unit: 'troop' },
        { exact: '600,000 Americans', value: 600000, unit: 'American' },
      ],
    ],
    [
      'Smith scored 20 of his season-high 31 points.',
      [
        { exact: '20', value: 20, unit: 'point' },
        { exact: '31 points', value: 31, unit: 'point' },
      ],
    ],
    [
      'James won 12 of 13 this year.',
      [
        { exact: '12', value: 12, unit: null },
        { exact: '13', value: 13, unit: null },
      ],
    ],
    [
      'The Thunder have lost four of five despite two solid performances at home.',
      [
        { exact: 'four', value: 4, unit: null },
        { exact: 'five', value: 5, unit: null },
        { exact: 'two solid performances', value: 2, unit: 'performance' },
      ],
    ],
    [
      'She saw two female Dallas police officers and three Texas Rangers.',
      [
        { exact: 'two female Dallas police officers', value: 2, unit: 'officer' },
        { exact: 'three Texas Rangers', value: 3, unit: 'Ranger' },
      ],
    ],
    [
      'Kia plans 70,000 units a year.',
      [{ exact: '70,000 units a year', value: 70000, unit: 'unit/year' }],
    ],
    ['He held his breath for 40 seconds.', [{ exact: '40 seconds', value: 40, unit: 's' }]],
    ['The hearing lasted three hours.', [{ exact: 'three hours', value: 3, unit: 'h' }]],
    ['They signed a 60-day contract.', [{ exact: '60-day', value: 60, unit: 'day' }]],
    [
      'It pays a 12-cent-a-share dividend after its one-yen bid.',
      [
        { exact: '12-cent', value: 12, unit: 'cent' },
        { exact: 'one-yen', value: 1, unit: 'JPY' },
      ],
    ],
    ['A 12-storey tower will rise.', [{ exact: '12-storey', value: 12, unit: 'storey' }]],
    [
      'He signed a one-year contract after a one-off payment.',
      [{ exact: 'one-year', value: 1, unit: 'year' }],
    ],
    ['A 19 year old was arrested.', [{ exact: '19 year old', value: 19, unit: 'year' }]],
    ['A 45-year-old man was charged.', [{ exact: '45-year-old', value: 45, unit: 'year' }]],
    ['Uptake among five-year-olds fell.', [{ exact: 'five-year-olds', value: 5, unit: 'year' }]],
    ['Jane Doe, 34, was injured.', [{ exact: '34', value: 34, unit: 'year' }]],
    ['Man, 32, jailed for fraud.', [{ exact: '32', value: 32, unit: 'year' }]],
    ['Feinstein, 59, took over in 2021.', [{ exact: '59', value: 59, unit: 'year' }]],
    ['Meanwhile, 35 people left.', [{ exact: '35 people', value: 35, unit: 'person' }]],
    [
      'Its share should rise by half a percentage point.',
      [{ exact: 'half a percentage point', value: 0.5, unit: 'pp' }],
    ],
    ['Pupils aged 12 to 14 took part.', [{ exact: '12 to 14', low: 12, high: 14, unit: 'year' }]],
    ['Carers earn £2 an hour more.', [{ exact: '£2 an hour', value: 2, unit: 'GBP/hour' }]],
    [
      'The scheme costs £3bn a year.',
      [{ exact: '£3bn a year', value: 3000000000, unit: 'GBP/year' }],
    ],
    ['Prices rose 15% every year.', [{ exact: '15% every year', value: 15, unit: '%/year' }]],
    [
      'It spends £10bn a year on diabetes. A year on, 40 remain.',
      [
        { exact: '£10bn a year', value: 10000000000, unit: 'GBP/year' },
        { exact: '40', value: 40, unit: null },
      ],
    ],
    [
      'Gold rose to $1,472.19 an ounce.',
      [{ exact: '$1,472.19 an ounce', value: 1472.19, unit: 'USD/ounce' }],
    ],
    [
      'He urged $7,176 per student, and it paid 17 cents a share.',
      [
        { exact: '$7,176 per student', value: 7176, unit: 'USD' },
        { exact: '17 cents a share', value: 17, unit: 'cent' },
      ],
    ],
    [
      'The yen was at 150.6 per dollar and cost $5bn, per the report.',
      [
        { exact: '150.6 per dollar', value: 150.6, unit: 'JPY/USD' },
        { exact: '$5bn', value: 5000000000, unit: 'USD' },
      ],
    ],
    [
      'Rent is 1.2 million won per month.',
      [{ exact: '1.2 million won per month', value: 1200000, unit: 'KRW/month' }],
    ],
    [
      'The route runs about 2 to 3 times a week.',
      [{ exact: '2 to 3 times a week', low: 2, high: 3, unit: 'times/week', approximate: true }],
    ],
    [
      'It holds a 49-per-cent stake in a 100-square-kilometre zone.',
      [
        { exact: '49-per-cent', value: 49, unit: '%' },
        { exact: '100-square-kilometre', value: 100, unit: 'km2' },
      ],
    ],
    [
      'It is 5 miles long and 30C inside.',
      [
        { exact: '5 miles', value: 5, unit: 'mi' },
        { exact: '30C', value: 30, unit: '°C' },
      ],
    ],
    ['The profit was £98.2m a year earlier.', [{ exact: '£98.2m', value: 98200000, unit: 'GBP' }]],
    [
      'The yen weakened, falling 0.9% to 150.6 per dollar.',
      [
        { exact: '0.9%', value: 0.9, unit: '%' },
        { exact: '150.6 per dollar', value: 150.6, unit: 'JPY/USD' },
      ],
    ],
    [
      '"We had maybe 15 minutes," he said.',
      [{ exact: '15 minutes', value: 15, unit: 'min', approximate: true }],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('splits and price moves', () => {
  it.each<[string, [string, number][]]>([
    [
      'Republicans would control the Senate by a slim 51-49 margin.',
      [
        ['51', 51],
        ['49', 49],
      ],
    ],
    [
      'The decision was taken by a 7-2 vote.',
      [
        ['7', 7],
        ['2', 2],
      ],
    ],
    [
      'The measure passed 68-32 in the Senate, and the court ruled 5-4.',
      [
        ['68', 68],
        ['32', 32],
        ['5', 5],
        ['4', 4],
      ],
    ],
    ['Chelsea won 3-1 at home.', []],
    ['The trade war lasted 1-1/2 years.', [['1-1/2 years', 1.5]]],
    ['Notes rose 7/32 in price.', [['7/32', 0.21875]]],
  ])('%s', (text, expected) => {
    expect(numericClaims(text).map((c) => [c.exact, c.value])).toEqual(expected);
  });
});

describe('dollar prefixes', () => {
  it.each<[string, Expected[]]>([
    [
      'Russia took a US $150 million loan.',
      [{ exact: 'US $150 million', value: 150000000, unit: 'USD' }],
    ],
    ['Exports fell to HK$10bn.', [{ exact: 'HK$10bn', value: 10000000000, unit: 'HKD' }]],
    ['A $140m deal was agreed.', [{ exact: '$140m', value: 140000000, unit: 'USD' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('dollars and cents', () => {
  it.each<[string, Expected[]]>([
    [
      'It only cost 3 dollars 50 cents.',
      [{ exact: '3 dollars 50 cents', value: 3.5, unit: 'USD' }],
    ],
    [
      'It cost thirteen dollars and forty-five cents.',
      [{ exact: 'thirteen dollars and forty-five cents', value: 13.45, unit: 'USD' }],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('currency symbols after the amount', () => {
  it.each<[string, Expected[]]>([
    ['The ticket costs 10 €.', [{ exact: '10 €', value: 10, unit: 'EUR' }]],
    ['He paid 100€ for it.', [{ exact: '100€', value: 100, unit: 'EUR' }]],
    ['It costs 10 $ a day.', [{ exact: '10 $ a day', value: 10, unit: 'USD/day' }]],
    ['The cost is 100元.', [{ exact: '100元', value: 100, unit: 'CNY' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('negative figures', () => {
  it.each<[string, Expected[]]>([
    ['The reading was minus one.', [{ exact: 'minus one', value: -1, unit: null }]],
    ['Growth was minus five percent.', [{ exact: 'minus five percent', value: -5, unit: '%' }]],
    ['Growth was -0.4% in May.', [{ exact: '-0.4%', value: -0.4, unit: '%' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe("a survey's net balance", () => {
  it.each<[string, Expected[]]>([
    [
      'The positive balance of plus 3 was the first in a year.',
      [{ exact: 'plus 3', value: 3, unit: '%' }],
    ],
    ['The balance was minus 10 in May.', [{ exact: 'minus 10', value: -10, unit: '%' }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('ranges', () => {
  it.each<[string, Expected[]]>([
    [
      'Between 5 and 7 people were hurt.',
      [{ exact: '5 and 7 people', value: null, low: 5, high: 7, unit: 'person' }],
    ],
    ['Prices rose 5-7% this year.', [{ exact: '5-7%', low: 5, high: 7, unit: '%' }]],
    ['Growth of 4% to 4.5% is forecast.', [{ exact: '4% to 4.5%', low: 4, high: 4.5, unit: '%' }]],
    [
      'Diesel rose 2.1p to 142.2p, and profit rose £2m to £12m; prices may rise 3% to 4% next year.',
      [
        { exact: '2.1p', value: 2.1, unit: 'GBX' },
        { exact: '142.2p', value: 142.2, unit: 'GBX' },
        { exact: '£2m', value: 2000000, unit: 'GBP' },
        { exact: '£12m', value: 12000000, unit: 'GBP' },
        { exact: '3% to 4%', low: 3, high: 4, unit: '%' },
      ],
    ],
    [
      'Fees of between 200 euros and 400 euros apply.',
      [{ exact: '200 euros and 400 euros', low: 200, high: 400, unit: 'EUR' }],
    ],
    [
      'Costs of £35m to £40m are expected.',
      [{ exact: '£35m to £40m', low: 35000000, high: 40000000, unit: 'GBP' }],
    ],
    [
      'Some 2 to 3 million people were affected.',
      [
        {
          exact: '2 to 3 million people',
          low: 2000000,
          high: 3000000,
          unit: 'person',
          approximate: true,
        },
      ],
    ],
    [
      'They have given 20 or 30 years of service.',
      [{ exact: '20 or 30 years', low: 20, high: 30, unit: 'year' }],
    ],
    [
      'The order was cut by 30 to 126 jets.',
      [
        { exact: '30', value: 30, unit: 'jet' },
        { exact: '126 jets', value: 126, unit: 'jet' },
      ],
    ],
    [
      'Rates rose by 0.25% to 4.5%.',
      [
        { exact: '0.25%', value: 0.25, unit: '%' },
        { exact: '4.5%', value: 4.5, unit: '%' },
      ],
    ],
    [
      'The crew asked to climb from 32,000 to 38,000 feet.',
      [
        { exact: '32,000', value: 32000, unit: 'ft' },
        { exact: '38,000 feet', value: 38000, unit: 'ft' },
      ],
    ],
    [
      'Profit rose from $10 to $12 million.',
      [
        { exact: '$10', value: 10000000, unit: 'USD' },
        { exact: '$12 million', value: 12000000, unit: 'USD' },
      ],
    ],
    [
      'Users grew from 900 to 1.2 million.',
      [
        { exact: '900', value: 900, unit: 'user' },
        { exact: '1.2 million', value: 1200000, unit: 'user' },
      ],
    ],
    [
      'Rates rose from 4% to 5%.',
      [
        { exact: '4%', value: 4, unit: '%' },
        { exact: '5%', value: 5, unit: '%' },
      ],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('fractions', () => {
  it.each<[string, Expected[]]>([
    [
      'Volume was about a third higher than its average.',
      [{ exact: 'a third', value: 0.333333333333, unit: 'fraction', approximate: true }],
    ],
    [
      'Nearly half of respondents agreed.',
      [{ exact: 'half', value: 0.5, unit: 'fraction', approximate: true }],
    ],
    [
      'A third of voters stayed home.',
      [{ exact: 'A third', value: 0.333333333333, unit: 'fraction' }],
    ],
    [
      'Two thirds of the staff left.',
      [{ exact: 'Two thirds', value: 0.666666666667, unit: 'fraction' }],
    ],
    ['Three out of 10 adults smoke.', [{ exact: 'Three out of 10', value: 0.3, unit: 'fraction' }]],
    ['One in five patients waited.', [{ exact: 'One in five', value: 0.2, unit: 'fraction' }]],
    ['They waited half an hour.', [{ exact: 'half an hour', value: 0.5, unit: 'h' }]],
    [
      'Half of the 300 staff left.',
      [
        { exact: 'Half', value: 0.5, unit: 'fraction' },
        { exact: '300 staff', value: 300, unit: 'staff' },
      ],
    ],
    [
      'Half of respondents said yes, and half said no.',
      [
        { exact: 'Half', value: 0.5, unit: 'fraction' },
        { exact: 'half', value: 0.5, unit: 'fraction' },
      ],
    ],
    [
      'Some 42% cite cost; half cite skills.',
      [
        { exact: '42%', value: 42, unit: '%' },
        { exact: 'half', value: 0.5, unit: 'fraction' },
      ],
    ],
    [
      'Guns were used in two-thirds of murders.',
      [{ exact: 'two-thirds', value: 0.666666666667, unit: 'fraction' }],
    ],
    [
      'Nearly two thirds of staff agreed.',
      [{ exact: 'two thirds', value: 0.666666666667, unit: 'fraction', approximate: true }],
    ],
    [
      'Three quarters of voters agreed.',
      [{ exact: 'Three quarters', value: 0.75, unit: 'fraction' }],
    ],
    [
      'Nearly a quarter said they struggled.',
      [{ exact: 'a quarter', value: 0.25, unit: 'fraction', approximate: true }],
    ],
    [
      'Almost a quarter (21%) of those polled agreed.',
      [
        { exact: 'a quarter', value: 0.25, unit: 'fraction', approximate: true },
        { exact: '21%', value: 21, unit: '%' },
      ],
    ],
    [
      'Voters plan to vote by mail, with just short of a third, 32 percent, voting early.',
      [
        { exact: 'a third', value: 0.333333333333, unit: 'fraction', approximate: true },
        { exact: '32 percent', value: 32, unit: '%' },
      ],
    ],
    [
      'The rest, a quarter - 24% - stayed home.',
      [
        { exact: 'a quarter', value: 0.25, unit: 'fraction' },
        { exact: '24%', value: 24, unit: '%' },
      ],
    ],
    [
      'Around one quarter said they were neutral.',
      [{ exact: 'one quarter', value: 0.25, unit: 'fraction', approximate: true }],
    ],
    [
      'Half expect gains, compared to a third who say prices will fall.',
      [
        { exact: 'Half', value: 0.5, unit: 'fraction' },
        { exact: 'a third', value: 0.333333333333, unit: 'fraction' },
      ],
    ],
    [
      'Almost a quarter of a million jobs would go.',
      [{ exact: 'a quarter of a million jobs', value: 250000, unit: 'job', approximate: true }],
    ],
    [
      'Three quarters of a billion dollars was spent.',
      [{ exact: 'Three quarters of a billion dollars', value: 750000000, unit: 'USD' }],
    ],
    [
      'Guns were used in two out of every five robberies.',
      [{ exact: 'two out of every five', value: 0.4, unit: 'fraction' }],
    ],
    ['One in four voters agreed.', [{ exact: 'One in four', value: 0.25, unit: 'fraction' }]],
    [
      'Three fourths of voters agreed.',
      [{ exact: 'Three fourths', value: 0.75, unit: 'fraction' }],
    ],
    [
      'About 3/4 of voters agreed.',
      [{ exact: '3/4', value: 0.75, unit: 'fraction', approximate: true }],
    ],
    ['Nearly ½ of them left.', [{ exact: '½', value: 0.5, unit: 'fraction', approximate: true }]],
    ['The output grew 2 1/4 times.', [{ exact: '2 1/4 times', value: 2.25, unit: 'times' }]],
    ['The route is 2½ miles long.', [{ exact: '2½ miles', value: 2.5, unit: 'mi' }]],
    [
      'Eight out of 10 voters distrust him.',
      [{ exact: 'Eight out of 10', value: 0.8, unit: 'fraction' }],
    ],
    [
      'One out of five assaults involved a gun.',
      [{ exact: 'One out of five', value: 0.2, unit: 'fraction' }],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));

  it.each<[string, [string, number][]]>([
    [
      'Only 2% of MPs 13 out of 659 are from a minority.',
      [
        ['2%', 2],
        ['13', 13],
        ['659', 659],
      ],
    ],
    [
      'The chain will close 38 out of 112 shops.',
      [
        ['38', 38],
        ['112 shops', 112],
      ],
    ],
    [
      'Only one out of 20 patients was seen.',
      [
        ['one', 1],
        ['20 patients', 20],
      ],
    ],
  ])('reads "%s" as a part and its whole, not a fraction', (text, expected) => {
    expect(numericClaims(text).map((c) => [c.exact, c.value])).toEqual(expected);
  });
});

describe('hedges and bounds stay outside the span', () => {
  it.each<[string, Expected[]]>([
    [
      'Reserves are estimated at about 100,000 tons.',
      [{ exact: '100,000 tons', unit: 't', approximate: true, bound: null }],
    ],
    [
      'At least 40 people died.',
      [{ exact: '40 people', unit: 'person', approximate: false, bound: 'lower' }],
    ],
    [
      'More than 14,000 people work there.',
      [{ exact: '14,000 people', unit: 'person', approximate: false, bound: 'lower' }],
    ],
    [
      'The firm could cut up to 400 staff.',
      [{ exact: '400 staff', unit: 'staff', approximate: false, bound: 'upper' }],
    ],
    [
      'Nearly 300 homes flooded.',
      [{ exact: '300 homes', unit: 'home', approximate: true, bound: null }],
    ],
    [
      'An estimated 5,000 people attended.',
      [{ exact: '5,000 people', unit: 'person', approximate: true }],
    ],
    ['Fewer than 20 nurses applied.', [{ exact: '20 nurses', unit: 'nurse', bound: 'upper' }]],
    [
      'Just over 2,000 votes were cast.',
      [{ exact: '2,000 votes', unit: 'vote', approximate: true, bound: 'lower' }],
    ],
    ['They hired 500 or more workers.', [{ exact: '500', unit: null, bound: 'lower' }]],
    [
      'Turnout was just short of 60%.',
      [{ exact: '60%', unit: '%', approximate: true, bound: 'upper' }],
    ],
    [
      'Sales were well below 1,000 units.',
      [{ exact: '1,000 units', unit: 'unit', approximate: false, bound: 'upper' }],
    ],
    ['Exports fell over 12 months.', [{ exact: '12 months', unit: 'month', bound: null }]],
  ])('%s', (text, expected) => expectClaims(text, expected));
});

describe('counted nouns and subjects', () => {
  it.each<[string, Expected[]]>([
    [
      'They signed 35 memorandums of understanding (MOUs).',
      [{ exact: '35 memorandums of understanding (MOUs)', value: 35, unit: 'MOU' }],
    ],
    [
      'The airline ordered four Boeing 737 aircraft.',
      [{ exact: 'four Boeing 737 aircraft', value: 4, unit: 'aircraft' }],
    ],
    [
      'The paper will cut 45 newsroom jobs.',
      [{ exact: '45 newsroom jobs', value: 45, unit: 'job' }],
    ],
    [
      'The contractor will take on 1,000 maintenance and cleaning workers.',
      [{ exact: '1,000 maintenance and cleaning workers', value: 1000, unit: 'worker' }],
    ],
    [
      'The trust hired 500 full-time or part-time nurses.',
      [{ exact: '500 full-time or part-time nurses', value: 500, unit: 'nurse' }],
    ],
    [
      'The clinic hired 200 doctors and nurses.',
      [{ exact: '200 doctors', value: 200, unit: 'doctor' }],
    ],
    [
      'At least one person died.',
      [{ exact: 'one person', value: 1, unit: 'person', bound: 'lower' }],
    ],
    [
      'It will open three smaller "concept" shops.',
      [{ exact: 'three smaller "concept" shops', value: 3, unit: 'shop' }],
    ],
    [
      'Of the 1,200 employees, about 600 work in sales.',
      [
        { exact: '1,200 employees', value: 1200, unit: 'employee' },
        { exact: '600', value: 600, unit: 'employee', approximate: true },
      ],
    ],
    [
      'There is 1 nurse for every 8 patients.',
      [
        { exact: '1 nurse', value: 1, unit: 'nurse' },
        { exact: '8 patients', value: 8, unit: 'patient' },
      ],
    ],
    ['It has 250 staff in London.', [{ exact: '250 staff', value: 250, unit: 'staff' }]],
    ['In the crash, all three pilots died.', [{ exact: 'three pilots', value: 3, unit: 'pilot' }]],
    [
      'Then one of its two pilots called the tower.',
      [{ exact: 'two pilots', value: 2, unit: 'pilot' }],
    ],
    [
      'On Monday, two oil patches were seen.',
      [{ exact: 'two oil patches', value: 2, unit: 'patch' }],
    ],
    ['On Tuesday, 300 workers walked out.', [{ exact: '300 workers', value: 300, unit: 'worker' }]],
    [
      '** Includes 162 unconfirmed passengers from the flight.',
      [{ exact: '162 unconfirmed passengers', value: 162, unit: 'passenger' }],
    ],
    [
      'GM is to pay Fiat 1.55bn euros to end the deal.',
      [{ exact: '1.55bn euros', value: 1550000000, unit: 'EUR' }],
    ],
    [
      'Emirates will buy 30 Boeing 787-9 jets.',
      [{ exact: '30 Boeing 787-9 jets', value: 30, unit: 'jet' }],
    ],
    [
      'It ordered 50 Airbus A350-900 jets.',
      [{ exact: '50 Airbus A350-900 jets', value: 50, unit: 'jet' }],
    ],
    ['AirAsia flies 28 Airbus A320s.', [{ exact: '28 Airbus A320s', value: 28, unit: 'A320' }]],
    [
      'Five Bank of America subsidiaries were fined.',
      [{ exact: 'Five Bank of America subsidiaries', value: 5, unit: 'subsidiary' }],
    ],
    [
      'It will cut 300 Department of Health posts.',
      [{ exact: '300 Department of Health posts', value: 300, unit: 'post' }],
    ],
    [
      'The captain had 20,537 flying hours.',
      [{ exact: '20,537 flying hours', value: 20537, unit: 'h' }],
    ],
    ['Of those, 601 afterwards said no.', [{ exact: '601', value: 601, unit: null }]],
    [
      'Arrivals passed the 20 million mark.',
      [{ exact: '20 million', value: 20000000, unit: null }],
    ],
  ])('%s', (text, expected) => expectClaims(text, expected));

  it('gives a bare number the counted noun through ellipsis ("Of the 35 MOUs, 11 were signed")', () => {
    const claims = numericClaims(
      'Of the 35 MOUs, 11 were signed in the presence of the heads of state, and 22 MOUs were signed at the forum.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['35 MOUs', 'MOU'],
      ['11', 'MOU'],
      ['22 MOUs', 'MOU'],
    ]);
    expect(claims[1].subject).toBe('MOUs signed in the presence of the heads of state');
  });

  it('resolves "Seven (of the twelve)" to the twelve counted in the sentence before', () => {
    const claims = numericClaims(
      'Twelve volunteers joined the search. Seven of the twelve were women.',
    );
    expect(claims.map((c) => [c.exact, c.value, c.unit])).toEqual([
      ['Twelve volunteers', 12, 'volunteer'],
      ['Seven', 7, 'volunteer'],
    ]);
  });

  it('takes the subject of a count, not the plural of a phrase after it ("visits made to its pages rose")', () => {
    const claims = numericClaims(
      'The site had 20 million users. Total visits made to its pages rose 4% to 300 million. Complaints about its stores rose to 3,000. Admissions to hospitals rose to 143. The number of career ambassadors declined to two.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['20 million users', 'user'],
      ['4%', '%'],
      ['300 million', 'visit'],
      ['3,000', 'complaint'],
      ['143', 'admission'],
      ['two', 'ambassador'],
    ]);
  });

  it('takes the plural subject of a count past the change its verb states', () => {
    const claims = numericClaims(
      'The number of violent crimes reported to police decreased 3.8 percent last year to 1.2 million. The rise came from simple assaults, which rose 22 percent, from 4 million in 2010 to 5 million.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['3.8 percent', '%'],
      ['1.2 million', 'crime'],
      ['22 percent', '%'],
      ['4 million', 'assault'],
      ['5 million', 'assault'],
    ]);
  });

  it('takes the noun of a maker\'s models after "N of"', () => {
    const claims = numericClaims(
      "Emirates will buy 30 of Boeing's 787-9 Dreamliner jets. It also drew bids for some 60 of the embattled 737 Max jet.",
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['30', 'jet'],
      ['60', 'jet'],
    ]);
  });

  it('keeps both words of a compound noun whose head alone names something else', () => {
    const claims = numericClaims(
      'About 4,300 civil servants will move, as will four flight attendants, 168 public bodies and 12 staff members; DMGT announced 99 job cuts and rivals 2,000 job losses.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['4,300 civil servants', 'civil servant'],
      ['four flight attendants', 'flight attendant'],
      ['168 public bodies', 'public body'],
      ['12 staff members', 'staff member'],
      ['99 job cuts', 'job'],
      ['2,000 job losses', 'job'],
    ]);
  });

  it('reads the noun of a bare count from the words around it', () => {
    const claims = numericClaims(
      'The tap room seats 18. The FBI found 4,000 work-related emails; among the 4,000, some were secret. Intake will drop from 366 in 2016 to around 100 new officers. The move increased the total of commercial providers to 14.',
    );
    expect(claims.map((c) => [c.exact, c.unit, c.subject])).toEqual([
      ['18', 'seat', 'tap room seats'],
      ['4,000 work-related emails', 'email', 'work-related emails'],
      ['4,000', 'email', 'work-related emails'],
      ['366', 'officer', 'new officers'],
      ['100 new officers', 'officer', 'new officers'],
      ['14', 'provider', 'total of commercial providers'],
    ]);
  });

  it('names the age a rule sets by the rule', () => {
    const claims = numericClaims(
      'They want to raise the pension age for council workers from 60 to 65 and lower the voting age to 16.',
    );
    expect(claims.map((c) => [c.exact, c.unit, c.subject])).toEqual([
      ['60', 'year', 'pension age for council workers'],
      ['65', 'year', 'pension age for council workers'],
      ['16', 'year', 'voting age'],
    ]);
  });

  it('counts people for "of the injured", "of the dead"', () => {
    const claims = numericClaims(
      'Some 14 people were hurt in a crash involving 12 vehicles. Three of the injured are in a serious condition.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['14 people', 'person'],
      ['12 vehicles', 'vehicle'],
      ['Three', 'person'],
    ]);
  });

  it('reads a ratio with what it is said of ("a two-to-one margin"), and no idiom ("one-to-one")', () => {
    const claims = numericClaims(
      'Voters backed it by a two-to-one margin, bookmakers offer odds of 3-to-1, and the charity offers one-to-one support.',
    );
    expect(claims.map((c) => [c.exact, c.value, c.unit])).toEqual([
      ['two-to-one margin', 2, 'ratio'],
      ['3-to-1', 3, 'ratio'],
    ]);
  });

  it('counts people on board', () => {
    const claims = numericClaims(
      'Three major crashes hit the region. Flight 370 vanished with 239 on board, and a 2009 crash killed all 228 aboard.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['Three major crashes', 'crash'],
      ['239', 'person'],
      ['228', 'person'],
    ]);
  });

  it('reads a bare figure the words before call a percentage ("a pass percentage of 74")', () => {
    const claims = numericClaims(
      'There are two types of grace marks. Rural students recorded a pass percentage of 74. Pass percentage stands at 71.93.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['two types', 'type'],
      ['74', '%'],
      ['71.93', '%'],
    ]);
  });

  it('gives "Of them, N" the count it is part of, and a bracketed figure after a percentage its unit', () => {
    const claims = numericClaims(
      'In Kerala, 67,499 students appeared from 1,312 schools. Of them, 67,325 passed. Schools had a pass percentage of 99.67 (96.61 nationally).',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['67,499 students', 'student'],
      ['1,312 schools', 'school'],
      ['67,325', 'student'],
      ['99.67', '%'],
      ['96.61', '%'],
    ]);
  });

  it('counts the noun after "more" or "fewer" ("2.6 million more votes")', () => {
    const claims = numericClaims(
      'The 25 private rail companies published the figures. Nearly 1 million more journeys were made each week. Clinton won 2.6 million more votes than her opponent.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['25 private rail companies', 'company'],
      ['1 million', 'journey'],
      ['2.6 million', 'vote'],
    ]);
  });

  it('ends a count before "due to" and an irregular past verb ("magnitude 7.9 struck central Turkey")', () => {
    const claims = numericClaims(
      'A major earthquake of magnitude 7.9 struck central Turkey on Monday. Job gains lingered at 103,000 due to bad weather.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['7.9', null],
      ['103,000', null],
    ]);
  });

  it('ends a count before a headline verb ("6.8 temblor kills"), and counts people it is done to ("kills 2,000")', () => {
    const claims = numericClaims(
      'Magnitude 6.8 temblor kills 2,000 in Morocco. A 7.9 quake strikes Nepal. The blast injured at least 40.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['6.8 temblor', 'temblor'],
      ['2,000', 'person'],
      ['7.9 quake', 'quake'],
      ['40', 'person'],
    ]);
  });

  it('counts the plural whose number a figure changes ("a fall of 924 in the number of police officers")', () => {
    const claims = numericClaims(
      'Figures show a further fall of 924 in the past year in the number of police officers, to 123,142. Police numbers have fallen by 20,592 since 2010.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['924', 'officer'],
      ['123,142', 'officer'],
      ['20,592', 'officer'],
    ]);
  });

  it('reads Celsius and Fahrenheit without "degrees" ("0.23 degrees Fahrenheit (0.13 Celsius)")', () => {
    const claims = numericClaims(
      'Temperatures rose 0.23 degrees Fahrenheit (0.13 Celsius) last year.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['0.23 degrees Fahrenheit', '°F'],
      ['0.13 Celsius', '°C'],
    ]);
  });

  it('lowercases a counted noun in a title-case line, not a name ("Over a Million Customers Hit by Outages")', () => {
    const claims = numericClaims(
      'The storm hit the region. Peak Chaos: Over a Million Customers Hit by Outages. An average of 195,000 Americans died annually.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['a Million Customers', 'customer'],
      ['195,000 Americans', 'American'],
    ]);
  });

  it('counts people where what the number did only people do ("12 died", "9,519 took the exam")', () => {
    const claims = numericClaims(
      'Three fire engines were sent. At least 12 died in the blaze and 40 were injured. The department said 9,519 took the exam in 2017. Of the 300 nurses, 20 were hurt.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['Three fire engines', 'engine'],
      ['12', 'person'],
      ['40', 'person'],
      ['9,519', 'person'],
      ['300 nurses', 'nurse'],
      ['20', 'nurse'],
    ]);
  });

  it('takes the last count of the sentence before, past a measure that ends it', () => {
    const claims = numericClaims(
      'The plan could reach about 4 million renters who would get a three-year lease. The largest group, at least 3.5 million, lives in cities.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['4 million renters', 'renter'],
      ['three-year', 'year'],
      ['3.5 million', 'renter'],
    ]);
  });

  it('takes the counted noun of a total stated right after ("38 of its 112 shops")', () => {
    const claims = numericClaims('The chain will close 38 of its 112 shops.');
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['38', 'shop'],
      ['112 shops', 'shop'],
    ]);
  });

  it('gives "N of M" the plural noun that opens the sentence', () => {
    const claims = numericClaims(
      'Economists polled last week were split, with 23 of 38 expecting a move.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['23', 'economist'],
      ['38', 'economist'],
    ]);
  });

  it('gives a bare headline number the noun the body counts with it', () => {
    const claims = numericClaims(
      'Wildfire forces 12,000 to flee\nThe fire forced about 12,000 residents from their homes.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['12,000', 'resident'],
      ['12,000 residents', 'resident'],
    ]);
  });

  it('counts a gapped noun after a plural name ("the Greens four and independents one")', () => {
    const claims = numericClaims(
      'The Liberal Democrats won nine seats, the Greens four and independents one.',
    );
    expect(claims.map((c) => [c.exact, c.value, c.unit])).toEqual([
      ['nine seats', 9, 'seat'],
      ['four', 4, 'seat'],
      ['one', 1, 'seat'],
    ]);
  });

  it('shares the noun of a coordinated number ("13,254 and 12,723 cases")', () => {
    const claims = numericClaims(
      'Russia had 5 deaths. Kazakhstan and Russia had 13,254 and 12,723 cases respectively.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['5 deaths', 'death'],
      ['13,254', 'case'],
      ['12,723 cases', 'case'],
    ]);
  });

  it("gives a compared figure the noun of the sentence's main figure", () => {
    const claims = numericClaims(
      'There were 58,114 cases in 41 of the 53 countries, compared with 941 in 2022.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['58,114 cases', 'case'],
      ['41', 'country'],
      ['53 countries', 'country'],
      ['941', 'case'],
    ]);
  });

  it('takes the counted noun of "the number of X ... rose to N"', () => {
    const [claim] = numericClaims(
      'The number of homeowners dropped by insurers in the county rose to 2,341 last year.',
    );
    expect(claim).toMatchObject({ exact: '2,341', unit: 'homeowner' });
  });

  it('takes the counted noun from the plural subject of the clause ("admissions had peaked at 143")', () => {
    const [claim] = numericClaims('Flu admissions had peaked at 143 in a single week.');
    expect(claim).toMatchObject({ exact: '143', unit: 'admission' });
  });

  it('takes the counted noun of "the number of" behind its modifiers, with any verb of change', () => {
    const claims = numericClaims(
      'The number of senior police officers slipped to 41 from 57, the figures show.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['41', 'officer'],
      ['57', 'officer'],
    ]);
  });

  it('takes the counted noun from a plural subject whose count declined or shrank', () => {
    const claims = numericClaims(
      'Factory jobs declined about 4,500 last year. Union branches shrank to 212.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['4,500', 'job'],
      ['212', 'branch'],
    ]);
  });

  it('reads a counted noun behind an acronym spelt like a stop word and behind a graded modifier', () => {
    const claims = numericClaims(
      'Nine US companies could bid, and the agency wrote two highly critical reports about them.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['Nine US companies', 'company'],
      ['two highly critical reports', 'report'],
    ]);
  });

  it('stops at the number when a past form and a singular noun follow it ("2,115 contained classified information")', () => {
    const [claim] = numericClaims('The FBI found 2,115 contained classified information.');
    expect(claim).toMatchObject({ exact: '2,115', unit: null });
  });

  it('keeps a plus sign after a verb in the span ("rose to plus 11"), not a sum ("11 plus 22")', () => {
    const claims = numericClaims('The balance rose to plus 11. Then 11 plus 22 made 33.');
    expect(claims.map((c) => [c.exact, c.value])).toEqual([
      ['plus 11', 11],
      ['11', 11],
      ['22', 22],
      ['33', 33],
    ]);
  });

  it('reads the noun after "14+" and "40,000-plus" and takes the plus as a lower bound', () => {
    const [claim, plus] = numericClaims(
      'It counts fatal (14+ passengers) accidents. Some 40,000-plus fans came.',
    );
    expect(claim).toMatchObject({ exact: '14+ passengers', unit: 'passenger', bound: 'lower' });
    expect(plus).toMatchObject({ exact: '40,000-plus fans', unit: 'fan', bound: 'lower' });
  });

  it('leaves a count alone when its word modifies the noun of the next count ("two white and five ethnic minority candidates")', () => {
    const claims = numericClaims('It was between two white and five ethnic minority candidates.');
    expect(claims.map((c) => c.exact)).toEqual(['two', 'five ethnic minority candidates']);
  });

  it('takes no "figure" or "estimate" for a counted noun ("our 3.5 million figure")', () => {
    const [claim] = numericClaims('That compares with our 3.5 million figure.');
    expect(claim.exact).toBe('3.5 million');
  });

  it('takes a singular word before an object for the verb of a bare count ("11 rate it a buy")', () => {
    const claims = numericClaims(
      'Of the 18 analysts, 11 rate it a buy and two want the firm sold.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['18 analysts', 'analyst'],
      ['11', 'analyst'],
      ['two', 'analyst'],
    ]);
  });

  it('reads the pronoun "us" before a dollar sign as no currency prefix; "US $", "us$" and "a us $" are', () => {
    const claims = numericClaims(
      'It will save us $150 million, or US $1.2bn, or us$5, as a us $ 10 billion deal.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['$150 million', 'USD'],
      ['US $1.2bn', 'USD'],
      ['us$5', 'USD'],
      ['us $ 10 billion', 'USD'],
    ]);
  });

  it('keeps "others" in the span and counts what was counted or named before', () => {
    const claims = numericClaims(
      'Three people were killed and 12 others injured. Those states, along with five others, lag.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['Three people', 'person'],
      ['12 others', 'person'],
      ['five others', 'state'],
    ]);
  });

  it('reads a count gapped after a name coordinated with an earlier count ("and Reform UK five")', () => {
    const claims = numericClaims(
      'The Lib Dems took 72 seats and Reform UK five. It sold 18 beers and the Pick 6, a pack.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['72 seats', 'seat'],
      ['five', 'seat'],
      ['18 beers', 'beer'],
    ]);
  });

  it('reads a bare change right before the percentage it led to as percentage points', () => {
    const claims = numericClaims(
      'It puts Labour on 38%, with the Conservatives up two on 32% and the Greens down three at 6%.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['38%', '%'],
      ['two', 'pp'],
      ['32%', '%'],
      ['three', 'pp'],
      ['6%', '%'],
    ]);
  });

  it("reads points beside a percentage as percentage points, not an index's or a league's", () => {
    const claims = numericClaims(
      "Its share was 33.7%, just 1.6 points higher. The Dow fell 102.2 points, or 0.36%. City lead by five points. Rovers, who had 58% of possession and 17 shots to Harriers' nine, remain 10 points off the play-off places.",
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['33.7%', '%'],
      ['1.6 points', 'pp'],
      ['102.2 points', 'point'],
      ['0.36%', '%'],
      ['five points', 'point'],
      ['58%', '%'],
      ['17 shots', 'shot'],
      ['10 points', 'point'],
    ]);
  });

  it('reads "one other" and "one additional" with a counted noun, not "one other thing"', () => {
    const claims = numericClaims(
      'One other Texas elector abandoned him. There is one other thing: one additional patient died.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['One other Texas elector', 'elector'],
      ['one additional patient', 'patient'],
    ]);
  });

  it('reads "one" closing a list of counts ("Twelve of them ..., and one is ...")', () => {
    const claims = numericClaims('Twelve of them represent Labour, and one is a Liberal Democrat.');
    expect(claims.map((c) => [c.exact, c.value])).toEqual([
      ['Twelve', 12],
      ['one', 1],
    ]);
  });

  it('stops the span of a part at its number, before the verb ("51 concerned buses")', () => {
    const claims = numericClaims(
      'Of the 143 complaints, 51 concerned buses, 29 concerned roads and 60 concerned parking.',
    );
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['143 complaints', 'complaint'],
      ['51', 'complaint'],
      ['29', 'complaint'],
      ['60', 'complaint'],
    ]);
  });

  it('counts the noun a number is said to be ("20 are nurses")', () => {
    const claims = numericClaims('Of the staff, 20 are nurses and 12 were doctors.');
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['20', 'nurse'],
      ['12', 'doctor'],
    ]);
  });

  it('takes no counted noun from a duration ("waiting over 12 months fell from 1,178")', () => {
    const claims = numericClaims('The number waiting over 12 months fell from 1,178 to 708.');
    expect(claims.map((c) => [c.exact, c.unit])).toEqual([
      ['12 months', 'month'],
      ['1,178', null],
      ['708', null],
    ]);
  });

  it('describes what a measure is about', () => {
    const [claim] = numericClaims(
      "Kazakhstan's lithium reserves are estimated at about 100,000 tons.",
    );
    expect(claim.subject).toBe("Kazakhstan's lithium reserves");
  });
});

describe('currency conversions', () => {
  it('marks a bracketed amount as a conversion of the amount before it', () => {
    const claims = numericClaims('The unit lost $2.4bn (£1.9bn) last year.');
    expect(claims.map((c) => [c.exact, c.unit, c.conversionOf])).toEqual([
      ['$2.4bn', 'USD', null],
      ['£1.9bn', 'GBP', claims[0].id],
    ]);
  });

  it('keeps exact decimal strings next to the numbers', () => {
    const [claim] = numericClaims('The bid values the firm at $1.2bn.');
    expect(claim).toMatchObject({ value: 1200000000, valueText: '1200000000' });
  });
});
