/**
 * Exact decimals for stated figures, on decimal.js (the checks use it too).
 * Stated figures are decimal ("1.2bn", "36.3%"); binary floating point would
 * turn 1.2 × 10^9 into 1199999999.9999998, and the checks compare figures
 * exactly.
 *
 * `ExactDecimal` is a decimal.js clone (the global `Decimal` settings, which the
 * checks rely on, stay untouched): a precision of 10^9 significant digits, so
 * sums and products of stated figures are never rounded, and plain notation
 * in `toString()` ("1200000000", "0.0245", never "1.2e+9"). The only rounding
 * is `dividedToPlaces`, for word fractions and "one in five".
 */
import { Decimal } from 'decimal.js';

export const ExactDecimal = Decimal.clone({
  precision: 1e9,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type ExactDecimal = Decimal;

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/** Parses "1,234.56" or "36.3" (thousands commas allowed); null if not a plain decimal. */
export function parseDecimal(text: string): ExactDecimal | null {
  const plain = text.includes(',') ? text.replace(/,/g, '') : text;
  return PLAIN_DECIMAL.test(plain) ? new ExactDecimal(plain) : null;
}

/** `value` × 10^power, exactly ("1.2" and 9 give 1200000000). */
export function timesPowerOfTen(value: ExactDecimal, power: number): ExactDecimal {
  return value.times(new ExactDecimal(`1e${power}`));
}

/**
 * The decimals a fraction in words is given to: "a third" is 0.333333333333,
 * as close to 1/3 as a reader's arithmetic needs (to twelve places).
 */
export const FRACTION_PLACES = 12;

/**
 * dividend / divisor rounded half-up to `places` decimals (a third to 4 places = 0.3333),
 * for positive operands. decimal.js would divide to the clone's full precision,
 * so this takes the exact integer quotient of the scaled dividend and rounds on
 * its remainder.
 */
export function dividedToPlaces(
  dividend: ExactDecimal,
  divisor: ExactDecimal,
  places: number,
): ExactDecimal {
  if (divisor.isZero()) throw new RangeError('division by zero');
  const scaled = timesPowerOfTen(dividend, places);
  const whole = scaled.dividedToIntegerBy(divisor);
  const remainder = scaled.minus(whole.times(divisor));
  const rounded = remainder.times(2).gte(divisor) ? whole.plus(1) : whole;
  return timesPowerOfTen(rounded, -places);
}
