/**
 * Exact decimal arithmetic on the range of true values a stated figure allows.
 * Never binary floating point: 0.1 + 0.2 is 0.3 here.
 */
import { Decimal } from 'decimal.js';

/** decimal.js rounds every operation to `precision` significant digits; 60 keeps sums and products of stated figures exact. */
const ExactDecimal = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

export function dec(value: string | number): Decimal {
  return new ExactDecimal(value);
}

export const ZERO = dec(0);
export const HUNDRED = dec(100);

/** The closed range of true values a statement allows; null means unbounded on that side. */
export interface Interval {
  low: Decimal | null;
  high: Decimal | null;
}

export function exactly(value: Decimal): Interval {
  return { low: value, high: value };
}

export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.low === null ? null : a.low.plus(b.low),
    high: a.high === null || b.high === null ? null : a.high.plus(b.high),
  };
}

export function sumIntervals(intervals: Interval[]): Interval {
  return intervals.reduce(addIntervals, exactly(ZERO));
}

/** b - a: the smallest and largest difference. */
export function subtractIntervals(b: Interval, a: Interval): Interval {
  return {
    low: b.low === null || a.high === null ? null : b.low.minus(a.high),
    high: b.high === null || a.low === null ? null : b.high.minus(a.low),
  };
}

export function scaleInterval(interval: Interval, factor: Decimal): Interval {
  return {
    low: interval.low === null ? null : interval.low.times(factor),
    high: interval.high === null ? null : interval.high.times(factor),
  };
}

export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high !== null && b.low !== null && a.high.lt(b.low)) return false;
  if (b.high !== null && a.low !== null && b.high.lt(a.low)) return false;
  return true;
}

/**
 * The ranges share more than one value: "$2bn" (1.5bn to 2.5bn) and "$3bn"
 * (2.5bn to 3.5bn) meet only at 2.5bn, which one text would not round both ways.
 */
export function overlapsBeyondAPoint(a: Interval, b: Interval): boolean {
  if (!overlaps(a, b)) return false;
  const touches = (x: Interval, y: Interval) =>
    x.high !== null && y.low !== null && x.high.eq(y.low) && x.low !== null && x.low.lt(x.high);
  return !touches(a, b) && !touches(b, a);
}

/** True when every value of `a` is above every value of `b`. */
export function isEntirelyAbove(a: Interval, b: Interval): boolean {
  return a.low !== null && b.high !== null && a.low.gt(b.high);
}

export function intervalToJson(interval: Interval): { low: string | null; high: string | null } {
  return { low: interval.low?.toFixed() ?? null, high: interval.high?.toFixed() ?? null };
}
