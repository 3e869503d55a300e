/**
 * What kind of quantity a normalised unit names (docs/annotation-guideline.md,
 * "Numeric claims"), and how an amount of it is written in a message.
 */
import { Decimal } from 'decimal.js';
import { wordSet, wordTable } from '../text/words.js';

export type UnitKind =
  | 'percent'
  | 'fraction'
  | 'points'
  | 'currency'
  | 'measure'
  | 'duration'
  | 'times'
  | 'rate'
  | 'count';

const CURRENCY_SYMBOLS = wordTable<string>({ GBP: '£', USD: '$', EUR: '€', JPY: '¥' });

const CURRENCIES = wordSet(`
  USD GBP GBX EUR JPY KRW CNY KZT INR RUB TRY ZAR NGN CHF SEK NOK DKK PLN AED SAR MYR THB IDR
  ILS UAH AUD CAD HKD SGD NZD TWD BRL MXN PHP VND PKR EGP KES CZK HUF cent
`);

const MEASURES = wordSet(`
  t kg g mg lb oz km2 m2 mi2 ft2 km/h mph km m cm mm mi ft in yd ha acre L mL gal barrel/day barrel
  m3 GW MW kW TWh GWh MWh kWh °C °F degree GB TB kcal
`);

const DURATIONS = wordSet(`
  s min h day week fortnight month year decade century
`);

export function unitKind(unit: string): UnitKind {
  if (unit === '%') return 'percent';
  if (unit === 'fraction') return 'fraction';
  if (unit === 'pp' || unit === 'bp') return 'points';
  if (CURRENCIES.has(unit)) return 'currency';
  if (MEASURES.has(unit)) return 'measure';
  if (DURATIONS.has(unit)) return 'duration';
  if (unit === 'times' || unit === 'ratio') return 'times';
  if (unit.includes('/')) return 'rate';
  return 'count';
}

/** A count of things ("jobs", "MOUs"): counts of different nouns compare where a relation ties them. */
export function isCountUnit(unit: string | null): boolean {
  return unit !== null && unitKind(unit) === 'count';
}

/** The unit without a rate's period: "cent/share" → "cent", "GBP/year" → "GBP". */
export function baseUnitOf(unit: string | null): string | null {
  return unit === null ? null : unit.split('/')[0];
}

/** A share of a whole, comparable with other shares once written in percent. */
export function isShareUnit(unit: string | null): boolean {
  return unit === '%' || unit === 'fraction';
}

/** "1,234.5" */
export function groupDigits(value: Decimal): string {
  const [whole, fraction] = value.abs().toFixed().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value.isNegative() && !value.isZero() ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** An amount as a reporter reads it: "35", "36.3%", "£1.2bn", "£350m", "181.5p", "100,000 t", "5pp". */
export function formatAmount(value: Decimal, unit: string | null): string {
  if (unit === null) return groupDigits(value);
  switch (unitKind(unit)) {
    case 'percent':
      return `${groupDigits(value)}%`;
    case 'fraction':
      // "a third" is stated to twelve places; a reader sees 33.33%.
      return `${groupDigits(value.times(100).toDecimalPlaces(2))}%`;
    case 'points':
      return `${groupDigits(value)}${unit}`;
    case 'currency':
      return formatMoney(value, unit);
    case 'count':
      return groupDigits(value);
    case 'rate': {
      // "GBP/year" → "£3bn a year", "cent/share" → "20 cents a share".
      const [base, period] = unit.split('/');
      return `${formatAmount(value, base === '' ? null : base)} a ${period}`;
    }
    case 'times':
      return unit === 'ratio' ? `${groupDigits(value)} to 1` : `${groupDigits(value)} ${unit}`;
    case 'measure':
    case 'duration':
      return `${groupDigits(value)} ${unit}`;
  }
}

/** Money as newsrooms write it; computed amounts are shown to three decimals of a billion or two of a million. */
function formatMoney(value: Decimal, unit: string): string {
  if (unit === 'GBX') return `${groupDigits(value)}p`;
  if (unit === 'cent') return `${groupDigits(value)} ${value.eq(1) ? 'cent' : 'cents'}`;
  const symbol = CURRENCY_SYMBOLS[unit];
  const magnitude = value.abs();
  let text: string;
  if (magnitude.gte(1e9)) text = `${groupDigits(value.div(1e9).toDecimalPlaces(3))}bn`;
  else if (magnitude.gte(1e6)) text = `${groupDigits(value.div(1e6).toDecimalPlaces(2))}m`;
  else text = groupDigits(value.toDecimalPlaces(2));
  return symbol ? `${symbol}${text}` : `${text} ${unit}`;
}
