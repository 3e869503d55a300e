/**
 * sum-mismatch (error): stated parts that do not add up to their stated total
 * (a parts-of-total relation), beyond the rounding of the stated figures.
 * Example: "a total of 35 MOUs ... Of the 35 MOUs, 11 were signed in the
 * presence of the heads of state, and 22 MOUs were signed at the Business
 * Forum" raises "11 + 22 = 33, but the stated total is 35 (2 unaccounted for)".
 * A relation whose parts are all of the total (`complete`) must add up to it;
 * parts that may be some of it ("including", "of whom", "another", one part as
 * in "30 of 250 staff", a running total as in "bringing the total to") are
 * only checked not to exceed it: "40 of the 35 MOUs" is raised, "including 11
 * and 22" of 35 is not. Bounds are honoured: at least 30 + 8 against at least
 * 38 is consistent.
 */
import type { Decimal } from 'decimal.js';
import type { NumericClaim, PartsOfTotalRelation } from '../extraction/types.js';
import { numericClaim, type CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { intervalToJson, isEntirelyAbove, overlaps, sumIntervals, ZERO } from './interval.js';
import {
  describeStated,
  numericInputs,
  readStatedValue,
  type StatedValue,
} from './stated-value.js';
import { formatAmount, isCountUnit } from './units.js';

export const SUM_MISMATCH: RuleInfo = { name: 'sum-mismatch', version: 3, severity: 'error' };

export function checkSumMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'parts-of-total') continue;
    const finding = checkRelation(context, relation);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkRelation(context: CheckContext, relation: PartsOfTotalRelation): Finding | null {
  const total = numericClaim(context, relation.total);
  const parts = relation.parts.map((id) => numericClaim(context, id));
  if (total === null || parts.length === 0 || !parts.every((part) => part !== null)) return null;
  if (!parts.every((part) => isComparable(total, part))) return null;
  const statedTotal = readStatedValue(total);
  const statedParts = parts.map(readStatedValue);
  if (statedTotal === null || !statedParts.every((part) => part !== null)) return null;

  const exhaustive = parts.length >= 2 && relation.complete;
  const sum = sumIntervals(statedParts.map((part) => part.interval));
  const mismatch = exhaustive
    ? !overlaps(sum, statedTotal.interval)
    : isEntirelyAbove(sum, statedTotal.interval);
  if (!mismatch) return null;

  return createFinding(SUM_MISMATCH, {
    claims: [total.id, ...parts.map((part) => part.id)],
    message: describeMismatch(statedTotal, statedParts, exhaustive),
    data: {
      unit: total.unit,
      total: total.valueText,
      parts: parts.map((part) => part.valueText ?? `${part.lowText}-${part.highText}`),
      sum: nominalSum(statedParts),
      difference: nominalDifference(statedTotal, statedParts)?.toFixed() ?? null,
      exhaustive,
      totalRange: intervalToJson(statedTotal.interval),
      sumRange: intervalToJson(sum),
    },
    inputs: {
      relation: {
        type: relation.type,
        total: relation.total,
        parts: relation.parts,
        complete: relation.complete,
      },
      total: numericInputs(total),
      parts: parts.map(numericInputs),
    },
  });
}

/**
 * Parts in the total's unit, or counts of other things that a breakdown lists
 * ("a crew of seven – two pilots, four flight attendants"); never a currency
 * conversion.
 */
function isComparable(total: NumericClaim, part: NumericClaim): boolean {
  if (part.conversionOf !== null || total.conversionOf !== null) return false;
  return part.unit === total.unit || (isCountUnit(part.unit) && isCountUnit(total.unit));
}

function describeMismatch(total: StatedValue, parts: StatedValue[], exhaustive: boolean): string {
  const unit = total.claim.unit;
  const totalText = describeStated(total.claim);
  if (parts.length === 1) {
    return `${describeStated(parts[0].claim)} is more than the stated total of ${totalText} it is part of`;
  }
  const sumText = `${parts.map((part) => describeStated(part.claim)).join(' + ')} = ${sumQualifier(parts)}${formatSum(parts)}`;
  const difference = nominalDifference(total, parts);
  if (!exhaustive) {
    const excess = difference === null ? '' : ` (${formatAmount(difference.neg(), unit)} too many)`;
    return `${sumText} is more than the stated total of ${totalText} they are part of${excess}`;
  }
  if (difference === null) return `${sumText}, but the stated total is ${totalText}`;
  const remark = difference.isPositive()
    ? `${formatAmount(difference, unit)} unaccounted for`
    : `${formatAmount(difference.neg(), unit)} more than the total`;
  return `${sumText}, but the stated total is ${totalText} (${remark})`;
}

function nominalSums(parts: StatedValue[]): { low: Decimal; high: Decimal } {
  return {
    low: parts.reduce((sum, part) => sum.plus(part.nominalLow), ZERO),
    high: parts.reduce((sum, part) => sum.plus(part.nominalHigh), ZERO),
  };
}

function formatSum(parts: StatedValue[]): string {
  const unit = parts[0].claim.unit;
  const { low, high } = nominalSums(parts);
  return low.eq(high)
    ? formatAmount(low, unit)
    : `${formatAmount(low, unit)}–${formatAmount(high, unit)}`;
}

function nominalSum(parts: StatedValue[]): string {
  const { low, high } = nominalSums(parts);
  return low.eq(high) ? low.toFixed() : `${low.toFixed()}-${high.toFixed()}`;
}

/** The stated total minus the sum of the stated parts, when both are single figures. */
function nominalDifference(total: StatedValue, parts: StatedValue[]): Decimal | null {
  const { low, high } = nominalSums(parts);
  if (!total.nominalLow.eq(total.nominalHigh) || !low.eq(high)) return null;
  return total.nominalLow.minus(low);
}

function sumQualifier(parts: StatedValue[]): string {
  const bounds = new Set(parts.map((part) => part.claim.bound).filter((bound) => bound !== null));
  if (bounds.size === 1) return bounds.has('lower') ? 'at least ' : 'at most ';
  if (bounds.size === 0 && parts.some((part) => part.claim.approximate)) return 'about ';
  return '';
}
