/**
 * Units that follow or precede a number, normalised as annotation-guideline.md
 * section 2 says: `%`, `pp`, ISO currency codes (`GBX` for pence), SI-style
 * measures, periods, `times`, and rates as `unit/period`.
 */

import { isLetter, isSpace, isUpperLetter } from './text-helpers.js';
import { wordSet, wordTable } from '../text/words.js';

import {
  GLUED_UNITS,
  SPACED_UNITS,
  type Lexicon,
  type UnitKind,
  type UnitMatch,
} from './unit-lexicon.js';

export type { UnitKind, UnitMatch } from './unit-lexicon.js';

interface CompiledLexicon {
  regex: RegExp;
  byPhrase: Map<string, { unit: string; kind: UnitKind }>;
}

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compile(lexicon: Lexicon, separator: string): CompiledLexicon {
  const byPhrase = new Map<string, { unit: string; kind: UnitKind }>();
  for (const [phrases, unit, kind] of lexicon) {
    for (const phrase of phrases) byPhrase.set(phrase, { unit, kind });
  }
  const alternatives = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeForRegex(phrase).replace(/ /g, '[ \\u00a0]+'));
  // The unit must end at a word end: "5 days" but not "5 dayglo"; "%" needs no word end.
  const regex = new RegExp(`${separator}(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
  return { regex, byPhrase };
}

const SPACED_LEXICON = compile(SPACED_UNITS, '[ \u00a0]+');
const GLUED_LEXICON = compile(GLUED_UNITS, '');
const PERCENT_SIGN = /[ \u00a0]?%/y;

/** A unit right after the number at `position`: "%" or " %", glued "5pc", or spaced "5 per cent". */
export function readUnitAfter(text: string, position: number): UnitMatch | null {
  const next = text[position];
  const symbol = symbolAfter(text, position);
  if (symbol) return symbol;
  if (isSpace(next)) {
    PERCENT_SIGN.lastIndex = position;
    if (PERCENT_SIGN.test(text)) return { end: PERCENT_SIGN.lastIndex, unit: '%', kind: 'percent' };
    return matchLexicon(SPACED_LEXICON, text, position);
  }
  if (next === '%') return { end: position + 1, unit: '%', kind: 'percent' };
  return isLetter(next) || next === '°' ? matchLexicon(GLUED_LEXICON, text, position) : null;
}

function matchLexicon(lexicon: CompiledLexicon, text: string, position: number): UnitMatch | null {
  lexicon.regex.lastIndex = position;
  const match = lexicon.regex.exec(text);
  if (!match) return null;
  const info = lexicon.byPhrase.get(match[1].toLowerCase().replace(/ +/g, ' '));
  if (!info) return null;
  return { end: position + match[0].length, unit: info.unit, kind: info.kind };
}

/** Units a compound like "60-day", "12-storey", "three-year" may name, keyed by the singular word. */
const COMPOUND_UNITS = new Map<string, { unit: string; kind: UnitKind }>();
for (const [phrases, unit, kind] of SPACED_UNITS) {
  if (kind === 'percent' || kind === 'currency') continue;
  for (const phrase of phrases)
    if (!phrase.includes(' ')) COMPOUND_UNITS.set(phrase, { unit, kind });
}
COMPOUND_UNITS.set('fold', { unit: 'times', kind: 'times' });

/** Words after a hyphen that do not make the number a measure ("100-plus", "a 200-strong crowd"). */
const NOT_COMPOUND_UNITS = new Set(['plus', 'odd', 'strong', 'something', 'year-old', 'years-old']);

const HYPHEN_COMPOUND = /[-‑](\p{Ll}+)(?![\p{L}\p{N}-])/uy;
/** A spaced unit of two or three words written with hyphens: "49-per-cent", "100-square-kilometre". */
const HYPHENATED_PHRASE = /[-‑](\p{Ll}+(?:[-‑]\p{Ll}+){1,2})(?![\p{L}\p{N}-])/uy;

/** "60-day" → day, "12-storey" → storey, "10-mile" → mi. Not "-year-old" (an age, see ages). */
export function readHyphenCompound(text: string, position: number): UnitMatch | null {
  if (text[position] !== '-' && text[position] !== '‑') return null;
  HYPHENATED_PHRASE.lastIndex = position;
  const phrase = HYPHENATED_PHRASE.exec(text);
  const spaced = phrase ? SPACED_LEXICON.byPhrase.get(phrase[1].replace(/[-‑]/g, ' ')) : undefined;
  if (spaced && spaced.kind !== 'currency')
    return { end: HYPHENATED_PHRASE.lastIndex, unit: spaced.unit, kind: spaced.kind };
  HYPHEN_COMPOUND.lastIndex = position;
  const match = HYPHEN_COMPOUND.exec(text);
  if (!match) return null;
  const word = match[1];
  if (NOT_COMPOUND_UNITS.has(word)) return null;
  const known = COMPOUND_UNITS.get(word);
  if (known) return { end: HYPHEN_COMPOUND.lastIndex, unit: known.unit, kind: known.kind };
  return { end: HYPHEN_COMPOUND.lastIndex, unit: word, kind: 'count' };
}

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

function symbolAfter(text: string, position: number): UnitMatch | null {
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

/** Currency written before the number: "$", "US$", "£", "₩", "USD ", "Rs ". */
const CURRENCY_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:(US|us|U\.S\.?|u\.s\.?|HK|hk)[ \u00a0]?|(AU|A|CA|C|NZ|S|NT|R|MX)))?([$£€¥₩₹₽₺₴₦₱₪₸₡₾₭])[ \u00a0]?$|(?<![\p{L}\p{N}])([A-Z]{3}|Rs\.?)[ \u00a0]$/u;

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
  const start = from + match.index;
  const symbol = match[3];
  if (symbol !== undefined) {
    // "US $150m" and "HK$10bn" may take a space before the symbol; a lone "A" only glued ("A$5m", not "A $5m deal").
    const letters = (match[1] ?? match[2])?.toLowerCase();
    const unit =
      symbol === '$' && letters !== undefined
        ? (DOLLAR_PREFIXES[letters] ?? 'USD')
        : CURRENCY_SYMBOLS[symbol];
    return { start, unit };
  }
  const code = match[4];
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

const PERIODS = wordTable<string>({
  second: 's',
  minute: 'min',
  hour: 'hour',
  day: 'day',
  night: 'night',
  week: 'week',
  fortnight: 'fortnight',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  annum: 'year',
  decade: 'decade',
  person: 'person',
  head: 'person',
  capita: 'person',
  household: 'household',
  passenger: 'passenger',
  pupil: 'pupil',
  patient: 'patient',
  resident: 'resident',
  worker: 'worker',
  share: 'share',
  barrel: 'bbl',
  litre: 'L',
  liter: 'L',
  gallon: 'gal',
  tonne: 't',
  ton: 't',
  kilo: 'kg',
  kilogram: 'kg',
  ticket: 'ticket',
  unit: 'unit',
  mile: 'mi',
});

/** "a year earlier", "a week ago" are times, not rates. */
const NOT_A_RATE =
  '(?![ \\u00a0]+(?:earlier|ago|before|later|previously|after|since|on|from now|in advance)(?![\\p{L}]))';
const RATE_AFTER = new RegExp(
  `[ \\u00a0]+(?:a|an|per|each|every)[ \\u00a0]+(${Object.keys(PERIODS).join('|')})(?![\\p{L}\\p{N}])${NOT_A_RATE}`,
  'iuy',
);
const ANNUALLY_AFTER = /[ \u00a0]+(annually|yearly|monthly|weekly|daily)(?![\p{L}\p{N}])/iuy;
const ADVERB_PERIODS = wordTable<string>({
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
});
const OF_AFTER = /[ \u00a0]+of[ \u00a0]/y;

/** "a year", "per month", "an hour", "every week", "annually" after a quantity → the period. */
export function readRateAfter(
  text: string,
  position: number,
): { end: number; period: string } | null {
  RATE_AFTER.lastIndex = position;
  const match = RATE_AFTER.exec(text);
  if (match) {
    const end = RATE_AFTER.lastIndex;
    OF_AFTER.lastIndex = end;
    if (match[1].toLowerCase() === 'quarter' && OF_AFTER.test(text)) return null; // "a quarter of" is a fraction
    return { end, period: PERIODS[match[1].toLowerCase()] };
  }
  ANNUALLY_AFTER.lastIndex = position;
  const adverb = ANNUALLY_AFTER.exec(text);
  if (adverb)
    return { end: ANNUALLY_AFTER.lastIndex, period: ADVERB_PERIODS[adverb[1].toLowerCase()] };
  return null;
}

const IRREGULAR_PLURALS = wordTable<string>({
  people: 'person',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  crises: 'crisis',
  analyses: 'analysis',
  theses: 'thesis',
  indices: 'index',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  shelves: 'shelf',
  leaves: 'leaf',
  wolves: 'wolf',
  thieves: 'thief',
  calves: 'calf',
  loaves: 'loaf',
  buses: 'bus',
  gases: 'gas',
  bonuses: 'bonus',
  viruses: 'virus',
  campuses: 'campus',
  censuses: 'census',
  statuses: 'status',
  choruses: 'chorus',
  circuses: 'circus',
  syllabuses: 'syllabus',
  prospectuses: 'prospectus',
});

const UNCHANGED_PLURALS = wordSet(`
  staff police aircraft sheep fish deer cattle series species news data media personnel livestock
  offspring means headquarters crew clergy swine
`);

/** The singular of a counted noun: "units" → "unit", "MOUs" → "MOU", "people" → "person". */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s'))
    return IRREGULAR_PLURALS[lower] ? matchCase(IRREGULAR_PLURALS[lower], word) : word;
  if (IRREGULAR_PLURALS[lower]) return matchCase(IRREGULAR_PLURALS[lower], word);
  if (UNCHANGED_PLURALS.has(lower)) return word;
  if (/^[\p{Lu}\d]{2,}s$/u.test(word)) return word.slice(0, -1); // MOUs, SMEs, NGOs
  if (lower.length > 4 && lower.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is|ous)$/.test(lower)) return word;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('oes') && lower.length > 4) return word.slice(0, -2);
  if (lower.endsWith('s') && lower.length > 2) return word.slice(0, -1);
  return word;
}

function matchCase(replacement: string, original: string): string {
  return original[0] === original[0].toUpperCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;
}

/** Plural words that usually modify a following noun ("sales assistants", "police officers"). */
const MODIFYING_PLURALS = wordSet(`
  sales arms goods savings sports news earnings customs police staff media data services
  operations communications economics physics athletics
`);
const FINAL_INVARIANT_PLURALS = wordSet(`
  aircraft personnel sheep cattle deer fish livestock offspring species series crew
`);

/** The duration a counted noun's head names: "flying hours" → h, "working days" → day. */
export function durationOfNoun(head: string): string | null {
  const known = COMPOUND_UNITS.get(head.toLowerCase());
  return known?.kind === 'duration' ? known.unit : null;
}

/** A plural form, "jobs", "people", or an unchanged plural, "staff", "police". */
export function isPluralForm(word: string): boolean {
  return singularize(word) !== word || UNCHANGED_PLURALS.has(word.toLowerCase());
}

/** A plural that ends a counted noun phrase: "45 newsroom jobs" ends at "jobs", "14,000 people work" at "people". */
export function isPhraseFinalPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (MODIFYING_PLURALS.has(lower)) return false;
  return FINAL_INVARIANT_PLURALS.has(lower) || singularize(word) !== word;
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
