/**
 * Reading a numeral written in words: "eleven", "thirty-six", "two hundred and
 * fifty thousand", "a dozen", "two and a half", "two point five". Word
 * fractions ("two thirds", "half a million") are read in word-fractions.ts.
 */
import { ExactDecimal, timesPowerOfTen } from './exact-decimal.js';
import {
  FRACTION_DENOMINATORS,
  fractionValue,
  readWords,
  SCALE_WORDS,
  SMALL_NUMBERS,
  TENS,
  type Numeral,
  type WordToken,
} from './numeral-vocabulary.js';
import { readFraction, readHalf } from './word-fractions.js';

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
export function readWordNumeral(text: string, position: number): Numeral | null {
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
