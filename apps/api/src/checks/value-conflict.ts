/**
 * value-conflict (error): one quantity stated with two values in one document
 * (a same-quantity relation: the headline's figure and the body's, a figure
 * restated in words or as a percentage, a figure repeated). Example: headline
 * "35 MOUs Signed During Visit", body "the two countries signed a total of 33
 * MOUs" raises 'One quantity is stated as 35 and as 33'. Not raised: values
 * that agree within their rounding ("almost two thirds" and 63%), currency
 * conversions, and figures in different units.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { numericClaim } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { overlaps } from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  readStatedValue,
  type StatedValue,
} from './stated-value.js';
import { isShareUnit, unitKind } from './units.js';

export const VALUE_CONFLICT: RuleInfo = { name: 'value-conflict', version: 2, severity: 'error' };

export function checkValueConflict(context: CheckContext): Finding[] {
  return fromSameQuantityRelations(context);
}

/** The two claims' ranges on one scale (percent for shares), or null when they are not the same kind of figure. */
function comparable(a: NumericClaim, b: NumericClaim): [StatedValue, StatedValue] | null {
  // Bare numbers ("Twelve (15)") have no unit and compare with each other; counts of
  // nouns a relation says are one quantity ("2,850 staff", "2,850 jobs") compare too.
  const read =
    a.unit === b.unit || (isCount(a.unit) && isCount(b.unit))
      ? readStatedValue
      : isShareUnit(a.unit) && isShareUnit(b.unit)
        ? readShareInPercent
        : null;
  if (read === null) return null;
  const [x, y] = [read(a), read(b)];
  return x && y ? [x, y] : null;
}

function isCount(unit: string | null): boolean {
  return unit !== null && unitKind(unit) === 'count';
}

function disagree(a: NumericClaim, b: NumericClaim): boolean {
  const pair = comparable(a, b);
  return pair !== null && !overlaps(pair[0].interval, pair[1].interval);
}

function conflictFinding(
  claims: NumericClaim[],
  message: string,
  how: string,
  read: unknown,
): Finding {
  return createFinding(VALUE_CONFLICT, {
    claims: claims.map((claim) => claim.id),
    message,
    data: {
      recognisedBy: how,
      values: claims.map((claim) => ({
        claimId: claim.id,
        exact: claim.exact,
        value: claim.valueText ?? `${claim.lowText}-${claim.highText}`,
        unit: claim.unit,
      })),
    },
    inputs: { recognisedBy: how, claims: claims.map(numericInputs), read },
  });
}

function fromSameQuantityRelations(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'same-quantity') continue;
    const claims = relation.claims
      .map((id) => numericClaim(context, id))
      .filter((claim) => claim !== null);
    const conflicting = claims.some((a, i) => claims.slice(i + 1).some((b) => disagree(a, b)));
    if (!conflicting) continue;
    const values = [...new Set(claims.map((claim) => describeStated(claim)))];
    findings.push(
      conflictFinding(
        claims,
        `One quantity is stated as ${values.join(' and as ')}`,
        'same-quantity',
        {
          relation: { type: relation.type, claims: relation.claims },
        },
      ),
    );
  }
  return findings;
}
