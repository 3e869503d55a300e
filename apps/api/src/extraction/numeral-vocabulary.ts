/**
 * What every numeral reader shares: the shape of a numeral read (`Numeral`),
 * the number words ("eleven", "forty", "million", "thirds") with their values,
 * the words that can start a numeral (the scanner's regex is built from them),
 * and reading the run of words of a word numeral ("two hundred and fifty").
 */
import { dividedToPlaces, ExactDecimal, FRACTION_PLACES } from './exact-decimal.js';
import { wordTable } from '../text/words.js';

export interface Numeral {
  start: number;
  /** Exclusive UTF-16 index after the numeral, scale word included. */
  end: number;
  value: ExactDecimal;
  form: 'digits' | 'words';
  /** The digits as written, before any scale ("1.2" in "1.2bn"). */
  digits: string;
  /** A scale word or abbreviation was read ("bn", "million"). */
  scaled: boolean;
  /** The power of ten of that scale (9 for "bn"), 0 without one. */
  scalePower: number;
  /** A word fraction ("half", "a third", "two thirds"); value is the decimal fraction. */
  fraction: boolean;
  /** The numeral's first word, lowercased, for word numerals ("one", "a", "half"). */
  firstWord: string;
}

export const SMALL_NUMBERS = wordTable<number>({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS = wordTable<number>({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Powers of ten for scale words and abbreviations. */
export const SCALE_WORDS = wordTable<number>({
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  lakh: 5,
  crore: 7,
});

export const FRACTION_DENOMINATORS = wordTable<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

/** Every word a word numeral can contain; reading stops at the first other word. */
const NUMERAL_VOCABULARY = new Set([
  ...Object.keys(SMALL_NUMBERS),
  ...Object.keys(TENS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(FRACTION_DENOMINATORS),
  'hundred',
  'dozen',
  'dozens',
  'point',
  'and',
  'a',
  'an',
]);

/** Words that can start a word numeral; the scanner's regex is built from these. */
export const NUMERAL_START_WORDS = [...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), 'half'];
/** Words after "a"/"an" that make it a numeral ("a dozen", "a million", "a third"). */
export const ARTICLE_NUMERAL_WORDS = [
  'dozen',
  'hundred',
  ...Object.keys(SCALE_WORDS),
  'third',
  'quarter',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

export function fractionValue(numerator: number, denominator: number): ExactDecimal {
  return dividedToPlaces(
    new ExactDecimal(numerator),
    new ExactDecimal(denominator),
    FRACTION_PLACES,
  );
}

const WORD = /[A-Za-z]+/y;
const SEPARATOR = /-|[ \u00a0]{1,3}/y;

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** Reads up to `limit` words separated by one space or hyphen from `position`. */
export function readWords(text: string, position: number, limit: number): WordToken[] {
  const tokens: WordToken[] = [];
  let i = position;
  while (tokens.length < limit) {
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (!match) break;
    const word = match[0].toLowerCase();
    tokens.push({ word, start: i, end: WORD.lastIndex });
    if (!NUMERAL_VOCABULARY.has(word)) break; // "one of the …": nothing after this word can belong to the numeral
    // One hyphen, or spaces ("Three hundred  and  thirty one" in text with doubled spaces).
    SEPARATOR.lastIndex = WORD.lastIndex;
    if (!SEPARATOR.test(text) || SEPARATOR.lastIndex >= text.length) break;
    i = SEPARATOR.lastIndex;
  }
  return tokens;
}
