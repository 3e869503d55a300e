/**
 * change-mismatch for a change stated with no figure: by its direction only
 * ("rose to £3bn from £4bn": the values go the other way, beyond their
 * rounding), or by a factor word ("halved to Y from X": Y must be X × ½ within
 * its rounding and ±5% of the factor).
 */
import type { Decimal } from 'decimal.js';
import type { ChangeRelation, NumericClaim } from '../extraction/types.js';
import { CHANGE_MISMATCH, relationInputs, type Direction } from './change-mismatch-rule.js';
import { createFinding, type Finding } from './finding.js';
import { dec, HUNDRED, isEntirelyAbove, overlaps } from './interval.js';
import { describeStated, numericInputs, readStatedValue } from './stated-value.js';
import { baseUnitOf, groupDigits } from './units.js';

/** A factor stated in a word ("halved") stands for ±5% of itself. */
const FACTOR_WIDENING = dec('0.05');

/** "rose to £3bn from £4bn": the values go the other way than the text says, beyond their rounding. */
export function checkDirection(
  relation: ChangeRelation,
  direction: Direction,
  before: NumericClaim,
  after: NumericClaim,
): Finding | null {
  if (baseUnitOf(before.unit) !== baseUnitOf(after.unit)) return null;
  const [x, y] = [readStatedValue(before), readStatedValue(after)];
  if (x === null || y === null) return null;
  const wrongWay =
    direction === 'rise'
      ? isEntirelyAbove(x.interval, y.interval)
      : isEntirelyAbove(y.interval, x.interval);
  if (!wrongWay) return null;
  const actual = direction === 'rise' ? 'fell' : 'rose';
  return createFinding(CHANGE_MISMATCH, {
    claims: [before.id, after.id],
    message: `The text says it ${direction === 'rise' ? 'rose' : 'fell'}, but from ${describeStated(before)} to ${describeStated(after)} it ${actual}`,
    data: { unit: before.unit, before: before.valueText, after: after.valueText, direction },
    inputs: {
      relation: relationInputs(relation),
      before: numericInputs(before),
      after: numericInputs(after),
    },
  });
}

/** "halved to Y from X": Y must be X × ½ within its rounding and ±5% of the factor. */
export function checkFactor(
  relation: ChangeRelation,
  factorText: string,
  before: NumericClaim,
  after: NumericClaim,
): Finding | null {
  const beforeValue = readStatedValue(before);
  const afterValue = readStatedValue(after);
  if (beforeValue === null || afterValue === null) return null;
  if (baseUnitOf(before.unit) !== baseUnitOf(after.unit)) return null;
  const factor = dec(factorText);
  const expected = {
    low: beforeValue.interval.low?.times(factor.times(dec(1).minus(FACTOR_WIDENING))) ?? null,
    high: beforeValue.interval.high?.times(factor.times(dec(1).plus(FACTOR_WIDENING))) ?? null,
  };
  if (overlaps(expected, afterValue.interval)) return null;
  const x = beforeValue.nominalLow;
  const y = afterValue.nominalLow;
  if (x.isZero()) return null;
  const actual = y.minus(x).times(HUNDRED).div(x);
  const stated = factor.minus(1).times(HUNDRED);
  const word = (value: Decimal) => (value.isNegative() ? 'fall' : 'rise');
  return createFinding(CHANGE_MISMATCH, {
    claims: [before.id, after.id],
    message:
      `From ${describeStated(before)} to ${describeStated(after)} is a ` +
      `${groupDigits(actual.abs().toDecimalPlaces(1))}% ${word(actual)}, but the text states a ` +
      `${groupDigits(stated.abs().toDecimalPlaces(1))}% ${word(stated)} (× ${factor.toFixed()})`,
    data: {
      unit: before.unit,
      before: before.valueText,
      after: after.valueText,
      factor: factor.toFixed(),
      actualChange: actual.toDecimalPlaces(4).toFixed(),
      actualChangeUnit: '%',
    },
    inputs: {
      relation: relationInputs(relation),
      before: numericInputs(before),
      after: numericInputs(after),
    },
  });
}
