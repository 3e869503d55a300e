/**
 * change-mismatch for a stated change figure: "fell 30% from £200m to £120m"
 * (a change in %, relative, or in points or the values' own unit, the
 * difference), and "fell 102.2 points, or 0.36%, to 27,934.02" (an amount and
 * its percentage). A stated change stands for ±1 in its last digit, signed by
 * its direction.
 */
import type { Decimal } from 'decimal.js';
import type { ChangeRelation, NumericClaim } from '../extraction/types.js';
import { CHANGE_MISMATCH, relationInputs, type Direction } from './change-mismatch-rule.js';
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding } from './finding.js';
import {
  addIntervals,
  dec,
  HUNDRED,
  overlaps,
  subtractIntervals,
  ZERO,
  type Interval,
} from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  readStatedValue,
  roundingHalfUnit,
} from './stated-value.js';
import { baseUnitOf, formatAmount, groupDigits } from './units.js';

export function checkStatedChange(
  context: CheckContext,
  relation: ChangeRelation,
  change: NumericClaim,
  before: NumericClaim,
  after: NumericClaim,
): Finding | null {
  const direction: Direction = relation.direction ?? inferredDirection(before, after);
  // Bare numbers ("from 1,200 to 1,500") have no unit; they compare with each other.
  if (baseUnitOf(before.unit) !== baseUnitOf(after.unit) || change.unit === null) return null;
  const beforeValue = readStatedValue(before);
  const afterValue = readStatedValue(after);
  if (beforeValue === null || afterValue === null || change.valueText === null) return null;
  if (
    !beforeValue.nominalLow.eq(beforeValue.nominalHigh) ||
    !afterValue.nominalLow.eq(afterValue.nominalHigh)
  )
    return null;
  const changeRange = signedChangeRange(change, direction);
  const x = beforeValue.nominalLow;
  const y = afterValue.nominalLow;

  // A change in % is relative; in points, or in the values' own unit, it is the difference.
  // Between two percentages a change in % may mean either.
  const canBeRelative = (change.unit === '%' || change.unit === 'fraction') && x.isPositive();
  const canBeDifference =
    change.unit === before.unit || (before.unit === '%' && change.unit === 'pp');
  if (!canBeRelative && !canBeDifference) return null;
  if (canBeRelative && relativeChangeFits(beforeValue.interval, afterValue.interval, changeRange))
    return null;
  const difference = subtractIntervals(afterValue.interval, beforeValue.interval);
  if (canBeDifference && overlaps(difference, changeRange)) return null;

  const relative = canBeRelative;
  const actual = relative ? y.minus(x).times(HUNDRED).div(x) : y.minus(x);
  const actualWord = actual.isNegative() ? 'fall' : 'rise';
  const actualText = relative
    ? `a ${groupDigits(actual.abs().toDecimalPlaces(1))}% ${actualWord}`
    : `a ${actualWord} of ${formatAmount(actual.abs(), change.unit === '%' ? 'pp' : change.unit)}`;
  return createFinding(CHANGE_MISMATCH, {
    claims: [change.id, before.id, after.id],
    message:
      `From ${describeStated(before)} to ${describeStated(after)} is ${actualText}, ` +
      // "a 30% fall", but "a rise of about 15%" (not "a about 15% rise").
      (change.unit === 'fraction' || change.approximate || change.bound !== null
        ? `but the stated change is a ${direction} of ${describeStated(change)}`
        : `but the stated change is a ${describeStated(change)} ${direction}`),
    data: {
      unit: before.unit,
      before: before.valueText,
      after: after.valueText,
      statedChange: change.valueText,
      statedChangeUnit: change.unit,
      direction,
      actualChange: actual.toDecimalPlaces(4).toFixed(),
      actualChangeUnit: relative ? '%' : change.unit,
    },
    inputs: {
      relation: relationInputs(relation),
      sentence: context.text.sentenceOf(change)?.text ?? null,
      change: numericInputs(change),
      before: numericInputs(before),
      after: numericInputs(after),
    },
  });
}

/** A change linked by a person without a direction goes the way the values go. */
function inferredDirection(before: NumericClaim, after: NumericClaim): Direction {
  const [x, y] = [readStatedValue(before)?.nominalLow, readStatedValue(after)?.nominalLow];
  return x !== undefined && y !== undefined && y.lt(x) ? 'fall' : 'rise';
}

/**
 * "fell 102.2 points, or 0.36%, to 27,934.02": the value before is the value
 * after plus the fall (minus the rise), and the change in percent of it must
 * be the stated percentage, ±1 in its last digit.
 */
export function checkAmountAndPercent(
  relation: ChangeRelation,
  by: NumericClaim,
  change: NumericClaim,
  after: NumericClaim,
): Finding | null {
  const amount = readStatedValue(by);
  const afterValue = readStatedValue(after);
  if (amount === null || afterValue === null || change.valueText === null) return null;
  const direction: Direction = relation.direction ?? 'rise';
  const before: Interval =
    direction === 'fall'
      ? addIntervals(afterValue.interval, amount.interval)
      : subtractIntervals(afterValue.interval, amount.interval);
  if (before.low === null || before.high === null || !before.low.isPositive()) return null;
  const stated = signedChangeRange(change, 'rise');
  // |change| / before × 100, at its smallest and largest.
  const low = amount.interval.low?.times(HUNDRED).div(before.high) ?? null;
  const high = amount.interval.high?.times(HUNDRED).div(before.low) ?? null;
  if (overlaps({ low, high }, stated)) return null;
  const x =
    direction === 'fall'
      ? afterValue.nominalLow.plus(amount.nominalLow)
      : afterValue.nominalLow.minus(amount.nominalLow);
  const actual = amount.nominalLow.times(HUNDRED).div(x);
  return createFinding(CHANGE_MISMATCH, {
    claims: [by.id, change.id, after.id],
    message:
      `A ${direction} of ${describeStated(by)} to ${describeStated(after)} is ` +
      `${groupDigits(actual.toDecimalPlaces(2))}% of ${formatAmount(x, after.unit ?? by.unit)}, ` +
      `but the stated change is ${describeStated(change)}`,
    data: {
      unit: by.unit,
      by: by.valueText,
      after: after.valueText,
      impliedBefore: x.toFixed(),
      statedChange: change.valueText,
      actualChange: actual.toDecimalPlaces(4).toFixed(),
      direction,
    },
    inputs: {
      relation: relationInputs(relation),
      by: numericInputs(by),
      change: numericInputs(change),
      after: numericInputs(after),
    },
  });
}

/**
 * The stated change with ±1 in its last digit (wider if "about" widens it more),
 * signed by its direction: "a 30% fall" is -31 to -29. A bound ("more than 30%")
 * leaves one end open.
 */
function signedChangeRange(change: NumericClaim, direction: Direction): Interval {
  // "fell by a third": a fraction in words is a change in percent, ±10% of itself.
  const inPercent = change.unit === 'fraction' ? readShareInPercent(change) : null;
  const value = inPercent?.nominalLow ?? dec(change.valueText ?? '0');
  const lastDigit =
    inPercent !== null ? ZERO : roundingHalfUnit(change.exact, value, 'first').times(2);
  const widened = inPercent?.interval ?? readStatedValue(change)?.interval;
  let low: Decimal | null = value.minus(lastDigit);
  let high: Decimal | null = value.plus(lastDigit);
  if (widened?.low && widened.low.lt(low)) low = widened.low;
  if (widened?.high && widened.high.gt(high)) high = widened.high;
  if (change.bound === 'lower') high = null;
  if (change.bound === 'upper') low = ZERO;
  if (direction === 'rise') return { low, high };
  return { low: high === null ? null : high.neg(), high: low.neg() };
}

/** Some before x and after y in their ranges with (y / x − 1) × 100 in the change range (compared by multiplying: exact). */
function relativeChangeFits(before: Interval, after: Interval, change: Interval): boolean {
  if (before.low === null || !before.low.isPositive()) return true;
  const ratioTooLow =
    change.low !== null &&
    after.high !== null &&
    after.high.times(HUNDRED).lt(before.low.times(HUNDRED.plus(change.low)));
  const ratioTooHigh =
    change.high !== null &&
    after.low !== null &&
    before.high !== null &&
    after.low.times(HUNDRED).gt(before.high.times(HUNDRED.plus(change.high)));
  return !ratioTooLow && !ratioTooHigh;
}
