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
 * The rule's name is in change-mismatch-rule.ts; a stated change figure is
 * checked in stated-change-checks.ts, a change stated by its direction or a
 * factor word in direction-and-factor-checks.ts.
 */
import { numericClaim, type CheckContext } from './check-context.js';
import { checkDirection, checkFactor } from './direction-and-factor-checks.js';
import type { Finding } from './finding.js';
import { checkAmountAndPercent, checkStatedChange } from './stated-change-checks.js';

export { CHANGE_MISMATCH } from './change-mismatch-rule.js';

export function checkChangeMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'change') continue;
    const claim = (id: string | null) => (id === null ? null : numericClaim(context, id));
    const [before, after, change, by] = [
      relation.from,
      relation.to,
      relation.change,
      relation.by,
    ].map(claim);
    if (after === null) continue;
    const finding =
      before !== null && change !== null
        ? checkStatedChange(context, relation, change, before, after)
        : before !== null && relation.factor !== null
          ? checkFactor(relation, relation.factor, before, after)
          : before !== null && relation.direction !== null && change === null && by === null
            ? checkDirection(relation, relation.direction, before, after)
            : by !== null && change !== null
              ? checkAmountAndPercent(relation, by, change, after)
              : null;
    if (finding) findings.push(finding);
  }
  return findings;
}
