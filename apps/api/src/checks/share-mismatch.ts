/**
 * share-mismatch (error): a stated percentage that disagrees with its stated
 * part and stated whole (a share-of relation with a total) beyond the rounding
 * of the stated digits. Example: "30 of its 250 staff, or 20%" raises "30 of
 * 250 is 12%, but the stated share is 20% (which implies a total of 150 ± 4)".
 * Likewise 72,000 units at 36.3% imply a total of 198,347 ± 274, so a stated
 * total of 210,000 is raised. A percentage with no stated total is not raised:
 * there is nothing to check it against.
 */
import type { Decimal } from 'decimal.js';
import type { ShareOfRelation } from '../extraction/types.js';
import { numericClaim, type CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { HUNDRED, intervalToJson, ZERO, type Interval } from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  readStatedValue,
} from './stated-value.js';
import { formatAmount, groupDigits, isCountUnit, isShareUnit } from './units.js';

export const SHARE_MISMATCH: RuleInfo = { name: 'share-mismatch', version: 2, severity: 'error' };

export function checkShareMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'share-of' || relation.total === null) continue;
    const finding = checkRelation(context, relation, relation.total);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkRelation(
  context: CheckContext,
  relation: ShareOfRelation,
  totalId: string,
): Finding | null {
  const part = numericClaim(context, relation.part);
  const share = numericClaim(context, relation.share);
  const total = numericClaim(context, totalId);
  if (part === null || share === null || total === null) return null;
  // A bare part ("29.2%, or about 5.09 million, of the total") counts what its total counts.
  if (!isShareUnit(share.unit)) return null;
  // Counts of nouns the relation ties together ("2,850 jobs" of "100,000 staff") compare too.
  if (part.unit !== null && total.unit !== null && part.unit !== total.unit) {
    if (!isCountUnit(part.unit) || !isCountUnit(total.unit)) return null;
  }
  if (part.conversionOf !== null || total.conversionOf !== null) return null;
  const statedPart = readStatedValue(part);
  const statedTotal = readStatedValue(total);
  const statedShare = readShareInPercent(share);
  if (statedPart === null || statedTotal === null || statedShare === null) return null;
  if (
    !statedPart.nominalLow.eq(statedPart.nominalHigh) ||
    !statedTotal.nominalLow.eq(statedTotal.nominalHigh)
  )
    return null;
  if (statedTotal.nominalLow.isZero() || statedShare.nominalLow.isZero()) return null;
  if (!disagree(statedPart.interval, statedTotal.interval, statedShare.interval)) return null;

  const partValue = statedPart.nominalLow;
  const totalValue = statedTotal.nominalLow;
  const shareValue = statedShare.nominalLow;
  const impliedShare = partValue.times(HUNDRED).div(totalValue);
  const impliedTotal = impliedTotalOf(
    statedPart.interval,
    statedShare.interval,
    partValue,
    shareValue,
  );
  const unit = part.unit;
  const impliedTotalText = impliedTotal.plusMinus.isZero()
    ? formatAmount(impliedTotal.value, unit)
    : `${formatAmount(impliedTotal.value, unit)} ± ${formatAmount(impliedTotal.plusMinus, unit)}`;
  return createFinding(SHARE_MISMATCH, {
    claims: [part.id, share.id, total.id],
    message:
      `${describeStated(part)} of ${describeStated(total)} is ${groupDigits(roundForDisplay(impliedShare))}%, ` +
      `but the stated share is ${describeStated(share)} (which implies a total of ${impliedTotalText})`,
    data: {
      unit,
      part: part.valueText,
      total: total.valueText,
      sharePercent: shareValue.toFixed(),
      impliedSharePercent: impliedShare.toDecimalPlaces(4).toFixed(),
      impliedTotal: impliedTotal.value.toFixed(),
      impliedTotalRange: intervalToJson(impliedTotal.range),
    },
    inputs: {
      relation: {
        type: relation.type,
        part: relation.part,
        share: relation.share,
        total: relation.total,
      },
      part: numericInputs(part),
      share: numericInputs(share),
      total: numericInputs(total),
    },
  });
}

/** No part p, total t and share s in their ranges with p / t × 100 = s (compared by multiplying: exact). */
function disagree(part: Interval, total: Interval, share: Interval): boolean {
  const shareTooHigh =
    share.low !== null &&
    part.high !== null &&
    total.low !== null &&
    part.high.times(HUNDRED).lt(share.low.times(total.low));
  const shareTooLow =
    share.high !== null &&
    part.low !== null &&
    total.high !== null &&
    part.low.times(HUNDRED).gt(share.high.times(total.high));
  return shareTooHigh || shareTooLow;
}

/** The total the part and the share imply: part × 100 / share, with the range their rounding allows. */
function impliedTotalOf(part: Interval, share: Interval, partValue: Decimal, shareValue: Decimal) {
  const value = roundForDisplay(partValue.times(HUNDRED).div(shareValue));
  const low =
    part.low !== null && share.high !== null && !share.high.isZero()
      ? part.low.times(HUNDRED).div(share.high)
      : null;
  const high =
    part.high !== null && share.low !== null && share.low.isPositive()
      ? part.high.times(HUNDRED).div(share.low)
      : null;
  let plusMinus = ZERO;
  for (const end of [low, high]) {
    if (end !== null && end.minus(value).abs().gt(plusMinus)) plusMinus = end.minus(value).abs();
  }
  return {
    value,
    plusMinus: plusMinus.toDecimalPlaces(value.decimalPlaces()),
    range: { low, high },
  };
}

/** Whole numbers for figures of 100 and more, one decimal below (198347.1 → 198,347; 12.04 → 12). */
function roundForDisplay(value: Decimal): Decimal {
  return value.abs().gte(100) ? value.toDecimalPlaces(0) : value.toDecimalPlaces(1);
}
