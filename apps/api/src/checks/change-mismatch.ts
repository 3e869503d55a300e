/**
 * change-mismatch (error): a stated change that disagrees with the stated
 * before and after values. Example: "Sales fell 30% from £200m to £120m" raises
 * "From £200m to £120m is a 40% fall, but the stated change is a 30% fall".
 * The change is read where one sentence ties it to both values: "fell 30% from
 * X to Y", "a 30% fall in profit, from X to Y", "rose from X to Y, an increase
 * of 30%", "(up 30%)" or ", or 30%" after "from X to Y", "rose 30% to Y from
 * X", "rose to Y from X, an increase of 30%" and "Y, up 30% from X". A change
 * in % is relative; in percentage points (or in the values' own unit, "fell by
 * £80m") it is the difference; between two percentages a change in % may mean
 * either. A stated change stands for ±1 in its last digit, since reporters
 * truncate changes as often as they round them (+52.7% reported as 52% is
 * fine); the before and after values keep their usual rounding. A change whose
 * base is not stated ("fell 30% to £120m"), or that the sentence puts on
 * another basis ("like-for-like", "in real terms", "underlying"), is not raised.
 */
import type { Decimal } from 'decimal.js';
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { dec, HUNDRED, overlaps, subtractIntervals, ZERO, type Interval } from './interval.js';
import { findStatedChanges, type Direction, type StatedChange } from './stated-changes.js';
import {
  describeStated,
  numericInputs,
  readStatedValue,
  roundingHalfUnit,
} from './stated-value.js';
import { formatAmount, groupDigits } from './units.js';

export const CHANGE_MISMATCH: RuleInfo = { name: 'change-mismatch', version: 1, severity: 'error' };

export function checkChangeMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const stated of findStatedChanges(context)) {
    const finding = checkChange(context, stated);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkChange(context: CheckContext, stated: StatedChange): Finding | null {
  const { change, before, after } = stated;
  // Bare numbers ("from 1,200 to 1,500") have no unit; they compare with each other.
  if (before.unit !== after.unit || change.unit === null) return null;
  const beforeValue = readStatedValue(before);
  const afterValue = readStatedValue(after);
  if (beforeValue === null || afterValue === null || change.valueText === null) return null;
  if (
    !beforeValue.nominalLow.eq(beforeValue.nominalHigh) ||
    !afterValue.nominalLow.eq(afterValue.nominalHigh)
  )
    return null;
  const changeRange = signedChangeRange(change, stated.direction);
  const x = beforeValue.nominalLow;
  const y = afterValue.nominalLow;

  // A change in % is relative; in points, or in the values' own unit, it is the difference.
  // Between two percentages a change in % may mean either.
  const canBeRelative = change.unit === '%' && x.isPositive();
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
      `but the stated change is a ${describeStated(change)} ${stated.direction}`,
    data: {
      unit: before.unit,
      before: before.valueText,
      after: after.valueText,
      statedChange: change.valueText,
      statedChangeUnit: change.unit,
      direction: stated.direction,
      actualChange: actual.toDecimalPlaces(4).toFixed(),
      actualChangeUnit: relative ? '%' : change.unit,
    },
    inputs: {
      sentence: context.text.sentenceOf(change)?.text ?? null,
      direction: stated.direction,
      change: numericInputs(change),
      before: numericInputs(before),
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
  const value = dec(change.valueText ?? '0');
  const lastDigit = roundingHalfUnit(change.exact, value, 'first').times(2);
  const widened = readStatedValue(change)?.interval;
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
