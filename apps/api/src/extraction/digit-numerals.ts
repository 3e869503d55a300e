/**
 * Reading a numeral written in digits: "100,000", "36.3", ".08", scales
 * ("1.2m", "3.5 billion", "3 dozen"), and fractions in digits ("½", "2 1/4",
 * "3/4 of voters", "rose 7/32").
 */
import { ExactDecimal, parseDecimal, timesPowerOfTen } from './exact-decimal.js';
import { fractionValue, SCALE_WORDS, type Numeral } from './numeral-vocabulary.js';
import { wordTable } from '../text/words.js';

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+(?:\.\d+)?/y;
/** "3.5 billion", "2 million", "1.2m", "£4bn", "30k" (glued abbreviations need no space). */
const SCALE_AFTER_DIGITS =
  /(?:[ \u00a0]+(hundred|thousand|million|billion|trillion|lakh|crore|bn|mn|mln|bln|tn|trn)|(bn|mn|mln|bln|tn|trn|m|k|b))(?![\p{L}\p{N}])/iuy;
const SCALE_ABBREVIATIONS = wordTable<number>({
  hundred: 2,
  bn: 9,
  bln: 9,
  b: 9,
  mn: 6,
  mln: 6,
  m: 6,
  tn: 12,
  trn: 12,
  k: 3,
});

/** Longer digit runs are codes or noise, not stated quantities. */
const MAX_DIGITS = 24;

/** "½", "¾", "⅔": a fraction in one character, as numerator and denominator. */
export const VULGAR_FRACTIONS = wordTable<[number, number]>({
  '½': [1, 2],
  '⅓': [1, 3],
  '⅔': [2, 3],
  '¼': [1, 4],
  '¾': [3, 4],
  '⅕': [1, 5],
  '⅖': [2, 5],
  '⅗': [3, 5],
  '⅘': [4, 5],
  '⅙': [1, 6],
  '⅚': [5, 6],
  '⅛': [1, 8],
  '⅜': [3, 8],
  '⅝': [5, 8],
  '⅞': [7, 8],
});
export const VULGAR_FRACTION_CHARS = Object.keys(VULGAR_FRACTIONS).join('');
/** " 1/4" after a whole number ("2 1/4"), or "3/4" before "of" ("3/4 of voters"). */
const SLASH_FRACTION = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;
const MIXED_FRACTION = /(?:[ \u00a0]{1,2}|-)(\d{1,2})\/(\d{1,2})(?![\d/])/y;
const OF_AFTER_FRACTION = /[ \u00a0]+of[ \u00a0]/y;
const DOZEN_AFTER_DIGITS = /[ \u00a0]+dozens?(?![\p{L}])/iuy;
const MOVED_BY_BEFORE =
  /(?:^|[^\p{L}])(?:rose|fell|gained|lost|added|shed|up|down|slipped|climbed)[ \u00a0]+$/iu;

/** "½", "3/4 of": a fraction written with digits, a share of what follows. */
function readDigitFraction(text: string, position: number): Numeral | null {
  const vulgar = VULGAR_FRACTIONS[text[position]];
  let value: ExactDecimal;
  let end: number;
  if (vulgar) {
    value = fractionValue(...vulgar);
    end = position + 1;
  } else {
    SLASH_FRACTION.lastIndex = position;
    const slash = SLASH_FRACTION.exec(text);
    if (!slash) return null;
    const [numerator, denominator] = [Number(slash[1]), Number(slash[2])];
    OF_AFTER_FRACTION.lastIndex = SLASH_FRACTION.lastIndex;
    if (numerator === 0 || numerator >= denominator || denominator > 32) return null;
    // "3/4 of voters"; "notes rose 7/32 in price" (a bond's price moves in 32nds).
    const moved = MOVED_BY_BEFORE.test(text.slice(Math.max(0, position - 16), position));
    const share = OF_AFTER_FRACTION.test(text);
    if (!share && !moved) return null;
    value = fractionValue(numerator, denominator);
    end = SLASH_FRACTION.lastIndex;
    // A price that moved by 7/32 moved by that many points: no share of anything.
    if (!share) return digitNumeral(text, position, end, value, false);
  }
  return digitNumeral(text, position, end, value, true);
}

function digitNumeral(
  text: string,
  start: number,
  end: number,
  value: ExactDecimal,
  fraction: boolean,
): Numeral {
  const digits = text.slice(start, end);
  return {
    start,
    end,
    value,
    form: 'digits',
    digits,
    scaled: false,
    scalePower: 0,
    fraction,
    firstWord: '',
  };
}

/** "2½", "2 1/4": a whole number and a fraction after it. */
function readMixedFraction(text: string, end: number): { value: ExactDecimal; end: number } | null {
  const vulgar = VULGAR_FRACTIONS[text[end]];
  if (vulgar) return { value: fractionValue(...vulgar), end: end + 1 };
  MIXED_FRACTION.lastIndex = end;
  const mixed = MIXED_FRACTION.exec(text);
  if (!mixed) return null;
  const [numerator, denominator] = [Number(mixed[1]), Number(mixed[2])];
  if (numerator === 0 || numerator >= denominator || denominator > 16) return null;
  return { value: fractionValue(numerator, denominator), end: MIXED_FRACTION.lastIndex };
}

/** ".08", ".5 of a point": a decimal written without its leading zero. */
const DECIMAL_DIGITS = /\d+/y;

function readLeadingPointDecimal(text: string, position: number): Numeral | null {
  if (text[position - 1] !== '.' || /[\p{L}\p{N}.]/u.test(text[position - 2] ?? '')) return null;
  DECIMAL_DIGITS.lastIndex = position;
  const match = DECIMAL_DIGITS.exec(text);
  const value = match ? parseDecimal(`0.${match[0]}`) : null;
  return match && value
    ? digitNumeral(text, position - 1, DECIMAL_DIGITS.lastIndex, value, false)
    : null;
}

export function readDigitNumeral(text: string, position: number): Numeral | null {
  const fraction = readDigitFraction(text, position) ?? readLeadingPointDecimal(text, position);
  if (fraction) return fraction;
  DIGITS.lastIndex = position;
  const match = DIGITS.exec(text);
  if (!match || match[0].length > MAX_DIGITS) return null;
  let value = parseDecimal(match[0]);
  if (!value) return null;
  let end = position + match[0].length;
  let scalePower = 0;
  const mixed = /^\d+$/.test(match[0]) ? readMixedFraction(text, end) : null;
  if (mixed) {
    value = value.plus(mixed.value);
    end = mixed.end;
  }
  SCALE_AFTER_DIGITS.lastIndex = end;
  const scale = SCALE_AFTER_DIGITS.exec(text);
  DOZEN_AFTER_DIGITS.lastIndex = end;
  if (scale) {
    const word = (scale[1] ?? scale[2]).toLowerCase();
    const power = SCALE_WORDS[word] ?? SCALE_ABBREVIATIONS[word];
    value = timesPowerOfTen(value, power);
    end = SCALE_AFTER_DIGITS.lastIndex;
    scalePower = power;
  } else if (DOZEN_AFTER_DIGITS.test(text)) {
    // "3 dozen eggs": 36.
    value = value.times(12);
    end = DOZEN_AFTER_DIGITS.lastIndex;
  }
  return {
    start: position,
    end,
    value,
    form: 'digits',
    digits: match[0],
    scaled: scalePower > 0,
    scalePower,
    fraction: false,
    firstWord: '',
  };
}
