/**
 * Fractions in words, once the word numeral reader has met one: "a third of",
 * "two thirds", "three quarters of a billion", "half", "half a million",
 * "half a dozen".
 */
import {
  dividedToPlaces,
  ExactDecimal,
  FRACTION_PLACES,
  timesPowerOfTen,
} from './exact-decimal.js';
import { SCALE_WORDS, type Numeral, type WordToken } from './numeral-vocabulary.js';

/** "a quarter of a million", "three quarters of a billion", "a third of a dozen". */
const OF_A_SCALE =
  /[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(thousand|million|billion|trillion|dozen)(?![\p{L}])/iuy;

/**
 * "a third of", "two thirds", "two-thirds", "three quarters", "a quarter of a
 * million". Whether a singular one without "of" ("a third said", "a third term")
 * is a fraction, the scanner decides from its context; a hyphen after it makes
 * a compound ("a third-quarter loss"), never a fraction.
 */
export function readFraction(
  text: string,
  tokens: WordToken[],
  index: number,
  numerator: ExactDecimal,
  denominator: number,
  position: number,
): Numeral | null {
  const token = tokens[index];
  const plural = token.word.endsWith('s');
  if (plural ? numerator.cmp(new ExactDecimal(1)) <= 0 : isCompound(text, token.end)) return null;
  const numeral: Numeral = {
    start: position,
    end: token.end,
    value: dividedToPlaces(numerator, new ExactDecimal(denominator), FRACTION_PLACES),
    form: 'words',
    digits: '',
    scaled: false,
    scalePower: 0,
    fraction: true,
    firstWord: tokens[0].word,
  };
  OF_A_SCALE.lastIndex = token.end;
  const scale = OF_A_SCALE.exec(text);
  if (!scale) return numeral;
  const word = scale[1].toLowerCase();
  const power = SCALE_WORDS[word];
  const whole =
    power === undefined ? numerator.times(new ExactDecimal(12)) : timesPowerOfTen(numerator, power);
  return {
    ...numeral,
    end: OF_A_SCALE.lastIndex,
    value: dividedToPlaces(whole, new ExactDecimal(denominator), FRACTION_PLACES),
    scaled: power !== undefined,
    scalePower: power ?? 0,
    fraction: false,
  };
}

/** "a third-quarter loss" is a compound; "a quarter-point cut" is a fraction of a point. */
function isCompound(text: string, end: number): boolean {
  return text[end] === '-' && !/^-point(?![\p{L}-])/iu.test(text.slice(end, end + 7));
}

/** "half a million" (500000), "half a dozen" (6), or the fraction "half". */
export function readHalf(tokens: WordToken[]): Numeral {
  const half = new ExactDecimal('0.5');
  const article = tokens[1]?.word;
  const next = tokens[2]?.word;
  if ((article === 'a' || article === 'an') && next !== undefined) {
    const power = SCALE_WORDS[next];
    if (power !== undefined || next === 'dozen') {
      const value =
        power !== undefined ? timesPowerOfTen(half, power) : half.times(new ExactDecimal(12));
      return {
        start: tokens[0].start,
        end: tokens[2].end,
        value,
        form: 'words',
        digits: '',
        scaled: power !== undefined,
        scalePower: power ?? 0,
        fraction: false,
        firstWord: 'half',
      };
    }
  }
  return {
    start: tokens[0].start,
    end: tokens[0].end,
    value: half,
    form: 'words',
    digits: '',
    scaled: false,
    scalePower: 0,
    fraction: true,
    firstWord: 'half',
  };
}
