/**
 * Currencies around a number: a symbol or code before it ("$", "US$", "£",
 * "USD ", "Rs "), a symbol or ISO code after it ("5 €", "300 USD"), and an
 * exchange rate ("150.6 per dollar" → JPY/USD).
 */
import { isLetter, isSpace, isUpperLetter } from './text-helpers.js';
import type { UnitMatch } from './unit-lexicon.js';
import { wordSet, wordTable } from '../text/words.js';

const CURRENCY_SYMBOLS = wordTable<string>({
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₩': 'KRW',
  '₹': 'INR',
  '₽': 'RUB',
  '₺': 'TRY',
  '₴': 'UAH',
  '₦': 'NGN',
  '₱': 'PHP',
  '₪': 'ILS',
  '₸': 'KZT',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  元: 'CNY',
});

/** "5 €", "100€": a currency symbol written after the amount, when no amount follows it. */
const SYMBOL_AFTER = /[ \u00a0]?([$€£¥₩₹₽₺₴₦₱₪₸₡₾₭元])(?![ \u00a0]?\d)/uy;

export function symbolAfter(text: string, position: number): UnitMatch | null {
  SYMBOL_AFTER.lastIndex = position;
  const match = SYMBOL_AFTER.exec(text);
  return match
    ? { end: SYMBOL_AFTER.lastIndex, unit: CURRENCY_SYMBOLS[match[1]], kind: 'currency' }
    : null;
}

const DOLLAR_PREFIXES = wordTable<string>({
  us: 'USD',
  'u.s.': 'USD',
  'u.s': 'USD',
  a: 'AUD',
  au: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  hk: 'HKD',
  nz: 'NZD',
  s: 'SGD',
  nt: 'TWD',
  r: 'BRL',
  mx: 'MXN',
});

export const ISO_CURRENCY_CODES = wordSet(`
  USD EUR GBP KRW JPY CNY RMB KZT INR CHF AUD CAD HKD SGD NZD RUB TRY ZAR BRL MXN SEK NOK DKK PLN
  AED SAR TWD THB IDR MYR PHP VND NGN EGP ILS UAH CZK HUF
`);

/** Currency written before the number: "$", "US$", "US $150m", "£", "₩", "USD ", "Rs ". */
const CURRENCY_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:(US|U\.S\.?|HK)[ \u00a0]?|(us|u\.s\.?|hk)([ \u00a0]?)|(AU|A|CA|C|NZ|S|NT|R|MX)))?([$£€¥₩₹₽₺₴₦₱₪₸₡₾₭])[ \u00a0]?$|(?<![\p{L}\p{N}])([A-Z]{3}|Rs\.?)[ \u00a0]$/u;
/** What may stand before a lowercase "us $" that is "US$": an article or a possessive ("a us $ 150 million loan"). */
const BEFORE_LOWERCASE_PREFIX =
  /(?:^|[^\p{L}])(?:a|an|the|its|their|our|his|her|is|was|['’] ?s)[ \u00a0]+$/iu;

export interface CurrencyPrefix {
  start: number;
  unit: string;
}

export function readCurrencyBefore(text: string, numberStart: number): CurrencyPrefix | null {
  // Quick exit: a currency prefix ends in a symbol, or in a code or "Rs" and a space.
  const before = text[numberStart - 1];
  if (before === undefined) return null;
  const beforeSpace = text[numberStart - 2];
  const possible = isSpace(before)
    ? isLetter(beforeSpace) ||
      beforeSpace === '.' ||
      (beforeSpace !== undefined && beforeSpace in CURRENCY_SYMBOLS)
    : before in CURRENCY_SYMBOLS;
  if (!possible) return null;
  const from = Math.max(0, numberStart - 8);
  const window = text.slice(from, numberStart);
  const match = CURRENCY_BEFORE.exec(window);
  if (!match) return null;
  let start = from + match.index;
  const symbol = match[5];
  if (symbol !== undefined) {
    // "US $150m" and "HK$10bn" may take a space before the symbol; a lone "A" only glued ("A$5m", not "A $5m deal").
    let letters: string | undefined = (match[1] ?? match[2] ?? match[4])?.toLowerCase();
    // "save us $150 million": a lowercase "us" apart from the symbol is the pronoun, unless an article stands before it.
    if (
      match[2] === 'us' &&
      match[3] !== '' &&
      !BEFORE_LOWERCASE_PREFIX.test(text.slice(Math.max(0, start - 8), start))
    ) {
      letters = undefined;
      start += match[2].length + match[3].length;
    }
    const unit =
      symbol === '$' && letters !== undefined
        ? (DOLLAR_PREFIXES[letters] ?? 'USD')
        : CURRENCY_SYMBOLS[symbol];
    return { start, unit };
  }
  const code = match[6];
  if (code.startsWith('Rs')) return { start, unit: 'INR' };
  if (!ISO_CURRENCY_CODES.has(code)) return null;
  return { start, unit: code === 'RMB' ? 'CNY' : code };
}

/** An ISO code after the number: "300 USD". */
const ISO_AFTER = /[ \u00a0]([A-Z]{3})(?![\p{L}\p{N}])/uy;

export function readCurrencyCodeAfter(text: string, position: number): UnitMatch | null {
  if (!isSpace(text[position]) || !isUpperLetter(text[position + 1])) return null;
  ISO_AFTER.lastIndex = position;
  const match = ISO_AFTER.exec(text);
  if (!match || !ISO_CURRENCY_CODES.has(match[1])) return null;
  return {
    end: ISO_AFTER.lastIndex,
    unit: match[1] === 'RMB' ? 'CNY' : match[1],
    kind: 'currency',
  };
}

const CURRENCY_NAMES = wordTable<string>({
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  won: 'KRW',
  rupee: 'INR',
  rouble: 'RUB',
  ruble: 'RUB',
  lira: 'TRY',
  franc: 'CHF',
  rand: 'ZAR',
  peso: 'MXN',
  real: 'BRL',
  tenge: 'KZT',
  hryvnia: 'UAH',
  zloty: 'PLN',
  krona: 'SEK',
});
const PER_CURRENCY_AFTER = new RegExp(
  `[ \\u00a0]+(?:per|to the|against the)[ \\u00a0]+(?:US[ \\u00a0]+)?(${Object.keys(CURRENCY_NAMES).join('|')})(?![\\p{L}])`,
  'iuy',
);
const BASE_CURRENCY = new RegExp(
  `(?<![\\p{L}])(${Object.keys(CURRENCY_NAMES).join('|')})(?![\\p{L}])`,
  'giu',
);

/**
 * "150.6 per dollar": an exchange rate, in units of the currency the sentence is
 * about ("The yen weakened ... to 150.6 per dollar" → JPY/USD).
 */
export function readExchangeRateAfter(
  text: string,
  position: number,
  sentenceStart: number,
  numberStart: number,
): UnitMatch | null {
  PER_CURRENCY_AFTER.lastIndex = position;
  const match = PER_CURRENCY_AFTER.exec(text);
  if (!match) return null;
  const quote = CURRENCY_NAMES[match[1].toLowerCase()];
  let base: string | null = null;
  const before = text.slice(Math.max(sentenceStart, numberStart - 200), numberStart);
  for (const found of before.matchAll(BASE_CURRENCY)) {
    const code = CURRENCY_NAMES[found[1].toLowerCase()];
    if (code !== quote) base = code;
  }
  return { end: PER_CURRENCY_AFTER.lastIndex, unit: `${base ?? ''}/${quote}`, kind: 'currency' };
}
