/**
 * Reading one numeral at a known position: digits ("100,000", "36.3", "1.2m",
 * "3.5 billion") or words ("eleven", "two dozen", "half a million",
 * "two and a half million", "two thirds"). The scanner (numeric-scanner.ts)
 * finds the positions; this file only reads.
 */
import {
  dividedToPlaces,
  ExactDecimal,
  FRACTION_PLACES,
  parseDecimal,
  timesPowerOfTen,
} from './exact-decimal.js';
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

const SMALL_NUMBERS = wordTable<number>({
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

const TENS = wordTable<number>({
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
const SCALE_WORDS = wordTable<number>({
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  lakh: 5,
  crore: 7,
});

const FRACTION_DENOMINATORS = wordTable<number>({
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

const WORD = /[A-Za-z]+/y;
const SEPARATOR = /-|[ \u00a0]{1,3}/y;
/** Longer digit runs are codes or noise, not stated quantities. */
const MAX_DIGITS = 24;

/** "½", "¾", "⅔": a fraction in one character, as numerator and denominator. */
const VULGAR_FRACTIONS = wordTable<[number, number]>({
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

function fractionValue(numerator: number, denominator: number): ExactDecimal {
  return dividedToPlaces(
    new ExactDecimal(numerator),
    new ExactDecimal(denominator),
    FRACTION_PLACES,
  );
}

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

function readDigitNumeral(text: string, position: number): Numeral | null {
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

interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** Reads up to `limit` words separated by one space or hyphen from `position`. */
function readWords(text: string, position: number, limit: number): WordToken[] {
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

type Last =
  | 'start'
  | 'article'
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'dozen'
  | 'and'
  | 'fraction';

/** Word numerals: "eleven", "thirty-six", "two hundred and fifty thousand", "a dozen", "half a million". */
function readWordNumeral(text: string, position: number): Numeral | null {
  const tokens = readWords(text, position, 12);
  if (tokens.length === 0) return null;
  const first = tokens[0].word;
  if (first === 'half') return readHalf(tokens);

  let total = new ExactDecimal(0);
  let group: ExactDecimal | null = null;
  let last: Last = 'start';
  let lastPower = 0;
  /** The value of the last single word ("two" of "three hundred and two"), which "dozen" multiplies. */
  let lastUnit = new ExactDecimal(0);
  let end = -1;
  let i = 0;
  for (; i < tokens.length; i++) {
    const { word } = tokens[i];
    if (i === 0 && (word === 'a' || word === 'an')) {
      group = new ExactDecimal(1);
      lastUnit = group;
      last = 'article';
      continue;
    }
    if (word === 'and') {
      const next = tokens[i + 1]?.word;
      // "two and a half", "five and a quarter": one part of a whole after "and a".
      const partWord = tokens[i + 2]?.word ?? '';
      const part = partWord.endsWith('s') ? undefined : FRACTION_DENOMINATORS[partWord];
      if (
        next === 'a' &&
        part !== undefined &&
        group &&
        (last === 'unit' || last === 'teen' || last === 'tens')
      ) {
        group = group.plus(fractionValue(1, part));
        end = tokens[i + 2].end;
        i += 2;
        last = 'unit';
        continue;
      }
      // "twenty and three fifths", "one hundred and three and two thirds": a whole and a fraction.
      const numerator = SMALL_NUMBERS[next ?? ''];
      const over = FRACTION_DENOMINATORS[tokens[i + 2]?.word ?? ''];
      if (
        group &&
        numerator !== undefined &&
        numerator >= 1 &&
        over !== undefined &&
        tokens[i + 2].word.endsWith('s') &&
        last !== 'start' &&
        last !== 'article'
      ) {
        group = group.plus(fractionValue(numerator, over));
        end = tokens[i + 2].end;
        i += 2;
        last = 'fraction';
        continue;
      }
      if (
        (last === 'hundred' || last === 'scale') &&
        next !== undefined &&
        (next in SMALL_NUMBERS || next in TENS)
      ) {
        last = 'and';
        continue;
      }
      break;
    }
    const small = SMALL_NUMBERS[word];
    if (small !== undefined) {
      const afterTens = last === 'tens' && small >= 1 && small <= 9;
      if (!(
        last === 'start' ||
        last === 'hundred' ||
        last === 'scale' ||
        last === 'and' ||
        afterTens
      ))
        break;
      group = (group ?? new ExactDecimal(0)).plus(new ExactDecimal(small));
      lastUnit = new ExactDecimal(small);
      last = small >= 10 ? 'teen' : 'unit';
      end = tokens[i].end;
      continue;
    }
    const tens = TENS[word];
    if (tens !== undefined) {
      if (!(last === 'start' || last === 'hundred' || last === 'scale' || last === 'and')) break;
      group = (group ?? new ExactDecimal(0)).plus(new ExactDecimal(tens));
      last = 'tens';
      end = tokens[i].end;
      continue;
    }
    if (word === 'hundred') {
      if (!(last === 'unit' || last === 'article' || last === 'teen') || !group) break;
      group = group.times(new ExactDecimal(100));
      last = 'hundred';
      end = tokens[i].end;
      continue;
    }
    const power = SCALE_WORDS[word];
    if (power !== undefined) {
      if (!group || last === 'scale' || last === 'start' || last === 'and') break;
      total = total.plus(timesPowerOfTen(group, power));
      group = null;
      last = 'scale';
      lastPower = power;
      end = tokens[i].end;
      continue;
    }
    if (word === 'dozen' || word === 'dozens') {
      if (!(last === 'unit' || last === 'article') || !group) break;
      // "three hundred and two dozens" is 300 + 24: the dozen counts the last word only.
      group = group.minus(lastUnit).plus(lastUnit.times(new ExactDecimal(12)));
      last = 'dozen';
      end = tokens[i].end;
      continue;
    }
    const denominator = FRACTION_DENOMINATORS[word];
    if (
      denominator !== undefined &&
      (last === 'unit' || last === 'article') &&
      group &&
      word !== 'half' &&
      word !== 'halves'
    ) {
      return readFraction(text, tokens, i, group, denominator, position);
    }
    break;
  }
  if (end < 0) return null;
  let value = group ? total.plus(group) : total;
  // "two point five", "two hundred point zero three": decimals read out after "point".
  const decimals =
    last !== 'scale' && tokens[i]?.word === 'point' ? readPointDecimals(tokens, i + 1) : null;
  if (decimals) {
    value = value.plus(new ExactDecimal(`0.${decimals.digits}`));
    end = decimals.end;
  }
  const scaled = last === 'scale';
  return {
    start: position,
    end,
    value,
    form: 'words',
    digits: '',
    scaled,
    scalePower: scaled ? lastPower : 0,
    fraction: false,
    firstWord: first,
  };
}

/** The digits read out after "point": "five" (5), "zero three" (03), "seventy-one" (71). */
function readPointDecimals(
  tokens: WordToken[],
  from: number,
): { digits: string; end: number } | null {
  let digits = '';
  let end = -1;
  for (let k = from; k < tokens.length; k++) {
    const small = SMALL_NUMBERS[tokens[k].word];
    const tens = TENS[tokens[k].word];
    if (small !== undefined && small <= 9) digits += String(small);
    else if (tens !== undefined && digits === '') {
      const unit = SMALL_NUMBERS[tokens[k + 1]?.word ?? ''];
      const pair = unit !== undefined && unit >= 1 && unit <= 9;
      digits = String(tens + (pair ? unit : 0));
      end = tokens[pair ? k + 1 : k].end;
      break;
    } else break;
    end = tokens[k].end;
  }
  return digits === '' ? null : { digits, end };
}

/** "a quarter of a million", "three quarters of a billion", "a third of a dozen". */
const OF_A_SCALE =
  /[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+(thousand|million|billion|trillion|dozen)(?![\p{L}])/iuy;

/**
 * "a third of", "two thirds", "two-thirds", "three quarters", "a quarter of a
 * million". Whether a singular one without "of" ("a third said", "a third term")
 * is a fraction, the scanner decides from its context; a hyphen after it makes
 * a compound ("a third-quarter loss"), never a fraction.
 */
function readFraction(
  text: string,
  tokens: WordToken[],
  index: number,
  numerator: ExactDecimal,
  denominator: number,
  position: number,
): Numeral | null {
  const token = tokens[index];
  const plural = token.word.endsWith('s');
  if (plural ? numerator.cmp(new ExactDecimal(1)) <= 0 : text[token.end] === '-') return null;
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

/** "half a million" (500000), "half a dozen" (6), or the fraction "half". */
function readHalf(tokens: WordToken[]): Numeral {
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

/** The numeral at `position`, digits or words. */
export function readNumeral(text: string, position: number): Numeral | null {
  const code = text.charCodeAt(position);
  if ((code >= 48 && code <= 57) || VULGAR_FRACTIONS[text[position]] !== undefined)
    return readDigitNumeral(text, position);
  return readWordNumeral(text, position);
}
