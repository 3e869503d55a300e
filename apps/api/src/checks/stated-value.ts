/**
 * The range of true values a stated figure stands for (docs/checks.md, "Stated
 * values and rounding"):
 * - a figure with d decimals stands for ±0.5·10^-d in the units it is written
 *   in: "36.3%" is 36.25 to 36.35, "£1.2bn" is £1.15bn to £1.25bn, "100,000
 *   tons" is 99,999.5 to 100,000.5 (trailing zeros are taken as stated);
 * - "about", "around", "estimated", "nearly"... (approximate) widen that to ±5%
 *   of the figure when 5% is wider. Newsrooms write "about" for figures rounded
 *   to two significant digits, which can be up to 5% off ("about 100,000" for
 *   95,000 to 104,999); wider would hide real conflicts, narrower flag honest
 *   rounding;
 * - a fraction in words ("half", "a third", "one in five") stands for ±10% of
 *   itself: such fractions round to the nearest simple fraction ("a third" is
 *   said of 30% to 36%); with a hedge ±20% ("almost a quarter" is said of 21%);
 * - a lower bound ("at least", "more than") has no upper end; an upper bound
 *   ("up to", "less than") starts at 0;
 * - a count of things is a whole number, so its range keeps only whole numbers.
 */
import type { Decimal } from 'decimal.js';
import type { NumericClaim } from '../extraction/types.js';
import { dec, HUNDRED, scaleInterval, ZERO, type Interval } from './interval.js';
import { formatAmount, isCountUnit } from './units.js';

export const APPROXIMATE_WIDENING = dec('0.05');
export const WORD_FRACTION_WIDENING = dec('0.1');
export const HEDGED_WORD_FRACTION_WIDENING = dec('0.2');

export interface StatedValue {
  claim: NumericClaim;
  /** The stated figure; for a range its two ends. */
  nominalLow: Decimal;
  nominalHigh: Decimal;
  interval: Interval;
}

/** The claim's stated figure and the range of true values it allows; null when it states no figure. */
/** Claims are read, not changed, while the checks run: each claim's range is worked out once. */
const statedValues = new WeakMap<NumericClaim, StatedValue | null>();

export function readStatedValue(claim: NumericClaim): StatedValue | null {
  let stated = statedValues.get(claim);
  if (stated === undefined) {
    stated = statedValueOf(claim);
    statedValues.set(claim, stated);
  }
  return stated;
}

function statedValueOf(claim: NumericClaim): StatedValue | null {
  const lowText = claim.valueText ?? claim.lowText;
  const highText = claim.valueText ?? claim.highText;
  if (lowText === null || highText === null) return null;
  const nominalLow = dec(lowText);
  const nominalHigh = dec(highText);
  const lowEnd = endRange(claim, nominalLow, 'first');
  const highEnd = endRange(claim, nominalHigh, 'last');
  let interval: Interval = { low: lowEnd.low, high: highEnd.high };
  if (claim.bound === 'lower')
    interval = { low: lowEnd.exactLow, high: claim.approximate ? highEnd.high : null };
  if (claim.bound === 'upper')
    interval = { low: claim.approximate ? lowEnd.low : ZERO, high: highEnd.exactHigh };
  if (isCountUnit(claim.unit)) interval = wholeNumbersOf(interval);
  return { claim, nominalLow, nominalHigh, interval };
}

/** The claim's range in percent (a word fraction of 0.5 is 50%); null unless it is a share. */
export function readShareInPercent(claim: NumericClaim): StatedValue | null {
  const stated = readStatedValue(claim);
  if (stated === null || (claim.unit !== '%' && claim.unit !== 'fraction')) return null;
  if (claim.unit === '%') return stated;
  return {
    claim,
    nominalLow: stated.nominalLow.times(HUNDRED),
    nominalHigh: stated.nominalHigh.times(HUNDRED),
    interval: scaleInterval(stated.interval, HUNDRED),
  };
}

interface EndRange {
  low: Decimal;
  high: Decimal;
  /** The range from rounding alone, without the widening of "about". */
  exactLow: Decimal;
  exactHigh: Decimal;
}

function endRange(claim: NumericClaim, value: Decimal, which: 'first' | 'last'): EndRange {
  const halfUnit = roundingHalfUnit(claim.exact, value, which);
  let widening = halfUnit;
  const relative =
    claim.unit === 'fraction'
      ? claim.approximate
        ? HEDGED_WORD_FRACTION_WIDENING
        : WORD_FRACTION_WIDENING
      : claim.approximate
        ? APPROXIMATE_WIDENING
        : null;
  if (relative !== null) widening = larger(halfUnit, value.abs().times(relative));
  return {
    low: value.minus(widening),
    high: value.plus(widening),
    exactLow: value.minus(halfUnit),
    exactHigh: value.plus(halfUnit),
  };
}

function larger(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

function smaller(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

/**
 * The most a figure written with a scale ("£1bn", "550m", "3 million") may be
 * off by rounding, relative to itself: a headline's "£1bn" may stand for
 * £1.05bn, not for £1.4bn.
 */
const SCALED_FIGURE_TOLERANCE = dec('0.1');

const NUMERAL = /\d[\d,]*(?:\.\d+)?/g;
const SCALE_WORDS: Array<[RegExp, number]> = [
  [/\btrillion\b/i, 1e12],
  [/\b(?:billion|bn)\b/i, 1e9],
  [/\b(?:million|mn)\b/i, 1e6],
  [/\bthousand\b/i, 1e3],
];

/**
 * Half a unit of the last digit the figure is written with, in the claim's
 * units: "36.3%" → 0.05, "£1.2bn" (1200000000) → 50000000, "100,000" → 0.5.
 * The numeral is found in the claim's words as the one that, times a power of
 * ten, is the value ("four Boeing 737 aircraft" has no such numeral: 737 is a
 * model). A figure in words is whole ("twelve" → 0.5) or, with a scale word,
 * rounded to it ("two million" → 500000); a word fraction has no digits to round.
 */
export function roundingHalfUnit(exact: string, value: Decimal, which: 'first' | 'last'): Decimal {
  const numerals = [...exact.matchAll(NUMERAL)].map((match) => match[0].replace(/,/g, ''));
  if (which === 'last') numerals.reverse();
  const digits = significantDigits(value);
  for (const numeral of numerals) {
    const written = dec(numeral);
    const decimals = numeral.includes('.') ? numeral.length - numeral.indexOf('.') - 1 : 0;
    const halfDigit = dec(`5e-${decimals + 1}`);
    if (written.isZero()) {
      if (value.isZero()) return halfDigit;
      continue;
    }
    // value = written × 10^k when both have the same significant digits; k is the difference of their exponents.
    if (significantDigits(written) === digits) {
      const halfUnit = halfDigit.times(dec(`1e${value.e - written.e}`));
      // "£1bn", "3 million": a scaled figure of one digit stands for itself, not for anything from 0.5bn to 1.5bn.
      const scaled = value.e - written.e >= 3;
      return scaled ? smaller(halfUnit, value.abs().times(SCALED_FIGURE_TOLERANCE)) : halfUnit;
    }
  }
  if (!value.isInteger()) return ZERO;
  for (const [word, scale] of SCALE_WORDS) {
    if (word.test(exact)) return dec(scale).div(2);
  }
  return dec('0.5');
}

function significantDigits(value: Decimal): string {
  return value.abs().toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

function wholeNumbersOf(interval: Interval): Interval {
  const low = interval.low === null ? null : interval.low.ceil();
  const high = interval.high === null ? null : interval.high.floor();
  if (low !== null && high !== null && low.gt(high)) return interval;
  return { low, high };
}

/** The figure as stated, for a message: "about 100,000 t", "at least 30", "40–50", "£1.2bn", "a third (33.33%)". */
export function describeStated(claim: NumericClaim): string {
  const stated = readStatedValue(claim);
  if (stated === null) return claim.exact;
  const amount = stated.nominalLow.eq(stated.nominalHigh)
    ? formatAmount(stated.nominalLow, claim.unit)
    : `${formatAmount(stated.nominalLow, claim.unit)}–${formatAmount(stated.nominalHigh, claim.unit)}`;
  const figure = claim.unit === 'fraction' ? `"${claim.exact}" (${amount})` : amount;
  return `${qualifierOf(claim)}${figure}`;
}

function qualifierOf(claim: NumericClaim): string {
  if (claim.bound === 'lower') return claim.approximate ? 'just over ' : 'at least ';
  if (claim.bound === 'upper') return claim.approximate ? 'just under ' : 'at most ';
  return claim.approximate ? 'about ' : '';
}

/** The fields of a numeric claim that its stated value and range are read from (for input hashes). */
export function numericInputs(claim: NumericClaim) {
  return {
    id: claim.id,
    exact: claim.exact,
    valueText: claim.valueText,
    lowText: claim.lowText,
    highText: claim.highText,
    unit: claim.unit,
    approximate: claim.approximate,
    bound: claim.bound,
  };
}
