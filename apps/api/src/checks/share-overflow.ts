/**
 * share-overflow (error): shares of one whole (a shares-of-one-group relation:
 * poll answers, the parts of a vote) that add up to more than 100% beyond the
 * rounding of the stated figures. Example: "The poll found 48% for, 27%
 * against and 30% undecided" raises "48% + 27% + 30% = 105%, more than the
 * whole (5 points over 100%)".
 */
import type { NumericClaim, SharesOfOneGroupRelation } from '../extraction/types.js';
import { numericClaim, type CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { HUNDRED, intervalToJson, sumIntervals, ZERO } from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  type StatedValue,
} from './stated-value.js';
import { groupDigits } from './units.js';

/** The answer words right after a share, up to the clause's end: "for", "said no", "of the vote". */
const ANSWER_LABEL =
  /^[ \u00a0]+((?:[\p{L}'’-]+[ \u00a0]?){1,5}?)(?=[ \u00a0]*(?:[,;.:)–—]|$)|[ \u00a0]+(?:and|while|whereas|but|with|or|compared)(?![\p{L}]))/iu;

function answerLabel(context: CheckContext, claim: NumericClaim): string {
  const range = context.text.rangeOf(claim);
  if (range === null) return '';
  const sentence = context.text.sentenceAt(range.start);
  return ANSWER_LABEL.exec(context.text.text.slice(range.end, sentence.end))?.[1].trim() ?? '';
}

export const SHARE_OVERFLOW: RuleInfo = { name: 'share-overflow', version: 2, severity: 'error' };

export function checkShareOverflow(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'shares-of-one-group') continue;
    const claims = relation.shares.map((id) => numericClaim(context, id));
    const shares = claims.map((claim) => (claim === null ? null : readShareInPercent(claim)));
    if (!shares.every((share) => share !== null) || shares.length < 2) continue;
    const finding = checkShares(context, relation, shares);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkShares(
  context: CheckContext,
  relation: SharesOfOneGroupRelation,
  shares: StatedValue[],
): Finding | null {
  const sum = sumIntervals(shares.map((share) => share.interval));
  if (sum.low === null || !sum.low.gt(HUNDRED)) return null;
  const nominal = shares.reduce((total, share) => total.plus(share.nominalLow), ZERO);
  const claims: NumericClaim[] = shares.map((share) => share.claim);
  const labels = claims.map((claim) => answerLabel(context, claim));
  const terms = claims.map(
    (claim, i) => `${describeStated(claim)}${labels[i] ? ` ${labels[i]}` : ''}`,
  );
  return createFinding(SHARE_OVERFLOW, {
    claims: claims.map((claim) => claim.id),
    message:
      `${terms.join(' + ')} = ${groupDigits(nominal)}%, ` +
      `more than the whole (${groupDigits(nominal.minus(HUNDRED))} points over 100%)`,
    data: {
      sharesPercent: shares.map((share) => share.nominalLow.toFixed()),
      labels,
      sumPercent: nominal.toFixed(),
      sumRange: intervalToJson(sum),
    },
    inputs: {
      relation: { type: relation.type, shares: relation.shares },
      claims: claims.map(numericInputs),
    },
  });
}
