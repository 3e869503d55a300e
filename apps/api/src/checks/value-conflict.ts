/**
 * value-conflict (error): one quantity stated with two values in one document.
 * Example: headline "35 MOUs Signed During Visit", body "the two countries
 * signed a total of 33 MOUs" raises "The headline states 35 MOUs, but the body
 * states 33".
 * One quantity is recognised three ways:
 * - claims linked by a same-quantity relation (by the extractor or a person);
 * - a headline figure that the body never restates, where every figure of the
 *   body in the same unit (a count, money or a percentage; not the parts of a
 *   breakdown) states one other value;
 * - a figure restated at once in another form: a fraction as a percentage
 *   ("nearly a third of voters, 3 per cent") or words as digits ("twelve (12)").
 * Values that agree within their rounding are not raised, nor currency
 * conversions, nor figures in different units, nor a headline figure when the
 * body states several candidates.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { numericClaim } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { overlaps } from './interval.js';
import { describeStated, numericInputs, readShareInPercent, readStatedValue, type StatedValue } from './stated-value.js';
import { isShareUnit, unitKind } from './units.js';

export const VALUE_CONFLICT: RuleInfo = { name: 'value-conflict', version: 1, severity: 'error' };

const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just over|just under|more than|less than)[ \u00a0]+)?`;
/** Between a figure and its restatement: ", ", " (", " – ", ", or ", with "of voters" after a fraction. */
const APPOSITION = new RegExp(
  String.raw`^(?:[ \u00a0]+of[ \u00a0]+[\p{L}'’ -]{1,40}?)?[ \u00a0]*(?:,|\(|[–—]|,?[ \u00a0]+or)[ \u00a0]*${HEDGE}$`,
  'iu',
);
/** "3 per cent of them": a share of a part, not a restatement. */
const OF_AFTER = /^[ \u00a0]+of(?![\p{L}])/iu;

export function checkValueConflict(context: CheckContext): Finding[] {
  return [...fromSameQuantityRelations(context), ...fromHeadline(context), ...fromRestatements(context)];
}

/** The two claims' ranges on one scale (percent for shares), or null when they are not the same kind of figure. */
function comparable(a: NumericClaim, b: NumericClaim): [StatedValue, StatedValue] | null {
  if (a.conversionOf !== null || b.conversionOf !== null || a.unit === null || b.unit === null) return null;
  const read = a.unit === b.unit ? readStatedValue : isShareUnit(a.unit) && isShareUnit(b.unit) ? readShareInPercent : null;
  if (read === null) return null;
  const [x, y] = [read(a), read(b)];
  return x && y ? [x, y] : null;
}

function disagree(a: NumericClaim, b: NumericClaim): boolean {
  const pair = comparable(a, b);
  return pair !== null && !overlaps(pair[0].interval, pair[1].interval);
}

function conflictFinding(claims: NumericClaim[], message: string, how: string, read: unknown): Finding {
  return createFinding(VALUE_CONFLICT, {
    claims: claims.map((claim) => claim.id),
    message,
    data: {
      recognisedBy: how,
      values: claims.map((claim) => ({ claimId: claim.id, exact: claim.exact, value: claim.valueText ?? `${claim.lowText}-${claim.highText}`, unit: claim.unit })),
    },
    inputs: { recognisedBy: how, claims: claims.map(numericInputs), read },
  });
}

function fromSameQuantityRelations(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'same-quantity') continue;
    const claims = relation.claims.map((id) => numericClaim(context, id)).filter((claim) => claim !== null);
    const conflicting = claims.some((a, i) => claims.slice(i + 1).some((b) => disagree(a, b)));
    if (!conflicting) continue;
    const values = [...new Set(claims.map((claim) => describeStated(claim)))];
    findings.push(
      conflictFinding(claims, `One quantity is stated as ${values.join(' and as ')}`, 'same-quantity', {
        relation: { type: relation.type, claims: relation.claims },
      }),
    );
  }
  return findings;
}

function fromHeadline(context: CheckContext): Finding[] {
  const headline = context.text.headline;
  if (headline === null) return [];
  const related = new Set(context.relations.flatMap((r) => (r.type === 'same-quantity' ? r.claims : [])));
  const breakdownParts = new Set(context.relations.flatMap((r) => (r.type === 'parts-of-total' && r.parts.length >= 2 ? r.parts : [])));
  const findings: Finding[] = [];
  for (const claim of context.numericClaims) {
    const range = context.text.rangeOf(claim);
    if (range === null || !context.text.isInHeadline(range) || related.has(claim.id)) continue;
    if (claim.unit === null || !['count', 'currency', 'percent'].includes(unitKind(claim.unit))) continue;
    const body = context.numericClaims.filter((other) => {
      const otherRange = context.text.rangeOf(other);
      return otherRange !== null && otherRange.start >= headline.end && other.unit === claim.unit && !breakdownParts.has(other.id) && comparable(claim, other) !== null;
    });
    if (body.length === 0 || body.some((other) => !disagree(claim, other))) continue;
    const oneValue = body.every((a, i) => body.slice(i + 1).every((b) => !disagree(a, b)));
    if (!oneValue) continue;
    findings.push(
      conflictFinding(
        [claim, ...body],
        `The headline states ${describeStated(claim)}, but the body states ${describeStated(body[0])} ("${body[0].exact}")`,
        'headline',
        { headline: headline.text },
      ),
    );
  }
  return findings;
}

function fromRestatements(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const claims = context.numericClaims;
  for (let i = 0; i + 1 < claims.length; i++) {
    const [first, second] = [claims[i], claims[i + 1]];
    const firstRange = context.text.rangeOf(first);
    const secondRange = context.text.rangeOf(second);
    if (firstRange === null || secondRange === null || firstRange.end > secondRange.start) continue;
    if (context.text.sentenceAt(firstRange.start) !== context.text.sentenceAt(secondRange.start)) continue;
    const between = context.text.text.slice(firstRange.end, secondRange.start);
    const after = context.text.text.slice(secondRange.end, secondRange.end + 12);
    if (!APPOSITION.test(between) || OF_AFTER.test(after) || !isOtherForm(first, second)) continue;
    if (!disagree(first, second)) continue;
    findings.push(
      conflictFinding(
        [first, second],
        `${describeStated(first)} is restated as ${describeStated(second)} ("${first.exact}${between}${second.exact}")`,
        'restatement',
        { between },
      ),
    );
  }
  return findings;
}

/** A fraction and a percentage, or the same unit once in words and once in digits. */
function isOtherForm(a: NumericClaim, b: NumericClaim): boolean {
  if (a.unit === null || b.unit === null) return false;
  if (isShareUnit(a.unit) && isShareUnit(b.unit)) return a.unit !== b.unit;
  const hasDigits = (claim: NumericClaim) => /\d/.test(claim.exact);
  return a.unit === b.unit && hasDigits(a) !== hasDigits(b);
}
