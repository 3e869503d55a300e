/**
 * value-conflict (error): one quantity stated with two values in one document
 * (a same-quantity relation: the headline's figure and the body's, a figure
 * restated in words or as a percentage, a figure repeated). Example: headline
 * "35 MOUs Signed During Visit", body "the two countries signed a total of 33
 * MOUs" raises 'One quantity is stated as 35 and as 33'. Not raised: values
 * that agree within their rounding ("almost two thirds" and 63%), a headline
 * that drops the body's decimals ("50 million" over "50.8 million"), currency
 * conversions, and figures in different units.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { numericClaim } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { overlaps, overlapsBeyondAPoint } from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  readStatedValue,
  type StatedValue,
} from './stated-value.js';
import { isCountUnit, isShareUnit } from './units.js';

export const VALUE_CONFLICT: RuleInfo = { name: 'value-conflict', version: 4, severity: 'error' };

export function checkValueConflict(context: CheckContext): Finding[] {
  return fromSameQuantityRelations(context);
}

/** The two claims' ranges on one scale (percent for shares), or null when they are not the same kind of figure. */
function comparable(a: NumericClaim, b: NumericClaim): [StatedValue, StatedValue] | null {
  // Bare numbers ("Twelve (15)") have no unit and compare with each other; counts of
  // nouns a relation says are one quantity ("2,850 staff", "2,850 jobs") compare too,
  // and so do a bare number and a count ("purchase 30 of Boeing's jets", "its order of 30 Boeing jets").
  const read =
    a.unit === b.unit || (isCountOrBare(a.unit) && isCountOrBare(b.unit))
      ? readStatedValue
      : isShareUnit(a.unit) && isShareUnit(b.unit)
        ? readShareInPercent
        : null;
  if (read === null) return null;
  const [x, y] = [read(a), read(b)];
  return x && y ? [x, y] : null;
}

function isCountOrBare(unit: string | null): boolean {
  return unit === null || isCountUnit(unit);
}

function disagree(a: NumericClaim, b: NumericClaim): boolean {
  const pair = comparable(a, b);
  if (pair === null) return false;
  const [x, y] = [pair[0].interval, pair[1].interval];
  // "up to 2,500" and "2,500" share their one value by design; only rounded figures meet by chance.
  return a.bound === null && b.bound === null ? !overlapsBeyondAPoint(x, y) : !overlaps(x, y);
}

function fromSameQuantityRelations(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'same-quantity') continue;
    const claims = relation.claims
      .map((id) => numericClaim(context, id))
      .filter((claim) => claim !== null);
    const pair = conflictingPair(context, claims);
    if (pair === null) continue;
    const stated = statedAs(context, pair);
    findings.push(
      createFinding(VALUE_CONFLICT, {
        claims: claims.map((claim) => claim.id),
        message: conflictMessage(context, claims, pair, stated),
        data: {
          statedAs: stated,
          values: claims.map((claim) => ({
            claimId: claim.id,
            exact: claim.exact,
            value: claim.valueText ?? `${claim.lowText}-${claim.highText}`,
            unit: claim.unit,
          })),
        },
        inputs: {
          relation: { type: relation.type, claims: relation.claims },
          claims: claims.map(numericInputs),
        },
      }),
    );
  }
  return findings;
}

/**
 * The first two claims whose values disagree beyond their rounding (and a headline's dropped decimals).
 * Claims stated alike (one figure repeated all over a long text) are compared once, by the first of them:
 * a later one disagrees with exactly the claims the first disagrees with, so the pair found is the same.
 */
function conflictingPair(
  context: CheckContext,
  claims: NumericClaim[],
): [NumericClaim, NumericClaim] | null {
  const seen = new Set<string>();
  const distinct: Array<{ claim: NumericClaim; inHeadline: boolean }> = [];
  for (const claim of claims) {
    const inHeadline = context.text.isInHeadline(claim);
    const key = statedAlikeKey(claim, inHeadline);
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push({ claim, inHeadline });
  }
  for (let i = 0; i < distinct.length; i++)
    for (let j = i + 1; j < distinct.length; j++) {
      const [a, b] = [distinct[i], distinct[j]];
      if (!disagree(a.claim, b.claim)) continue;
      if (a.inHeadline && !b.inHeadline && dropsDecimals(a.claim, b.claim)) continue;
      if (b.inHeadline && !a.inHeadline && dropsDecimals(b.claim, a.claim)) continue;
      return [a.claim, b.claim];
    }
  return null;
}

/** What `disagree` and `dropsDecimals` read of a claim: equal keys, equal answers. */
function statedAlikeKey(claim: NumericClaim, inHeadline: boolean): string {
  const stated = readStatedValue(claim);
  const { low, high } = stated?.interval ?? { low: null, high: null };
  return [
    claim.unit,
    claim.bound,
    claim.approximate,
    inHeadline,
    stated?.nominalLow.toString(),
    stated?.nominalHigh.toString(),
    low?.toString(),
    high?.toString(),
  ].join('|');
}

/**
 * "Apple sells 50 million iPhones" over "sold 50.8 million": a headline keeps
 * the whole part of the body's figure, one unit of its last digit wide.
 */
function dropsDecimals(headline: NumericClaim, body: NumericClaim): boolean {
  const [h, b] = [readStatedValue(headline), readStatedValue(body)];
  if (h === null || b === null || headline.approximate || headline.bound !== null) return false;
  const { low, high } = h.interval;
  if (low === null || high === null || !h.nominalLow.eq(h.nominalHigh)) return false;
  const unit = high.minus(low);
  return b.nominalLow.gte(h.nominalLow) && b.nominalHigh.lt(h.nominalLow.plus(unit));
}

type StatedAs = 'headline-and-body' | 'restated-at-once' | 'repeated';

/** How the two values are stated: in the headline and the body, one right after the other, or apart. */
function statedAs(context: CheckContext, [a, b]: [NumericClaim, NumericClaim]): StatedAs {
  const [x, y] = [context.text.rangeOf(a), context.text.rangeOf(b)];
  if (x === null || y === null) return 'repeated';
  if (context.text.isInHeadline(x) !== context.text.isInHeadline(y)) return 'headline-and-body';
  return context.text.sentenceAt(x.start) === context.text.sentenceAt(y.start)
    ? 'restated-at-once'
    : 'repeated';
}

function conflictMessage(
  context: CheckContext,
  claims: NumericClaim[],
  [a, b]: [NumericClaim, NumericClaim],
  stated: StatedAs,
): string {
  if (stated === 'headline-and-body') {
    const inHeadline = (claim: NumericClaim) => {
      const range = context.text.rangeOf(claim);
      return range !== null && context.text.isInHeadline(range);
    };
    const [headline, body] = inHeadline(a) ? [a, b] : [b, a];
    return `The headline states ${withWords(headline)}, but the body states ${withWords(body)}`;
  }
  if (stated === 'restated-at-once') return `${withWords(a)} is restated as ${withWords(b)}`;
  const values = [...new Set(claims.map((claim) => describeStated(claim)))];
  return `One quantity is stated as ${values.join(' and as ')}`;
}

/** 12 ("Twelve"), 33 ("33 memorandums of understanding (MOUs)"), "a third" (33.33%). */
function withWords(claim: NumericClaim): string {
  const described = describeStated(claim);
  return claim.unit === 'fraction' || described.endsWith(claim.exact)
    ? described
    : `${described} ("${claim.exact}")`;
}
