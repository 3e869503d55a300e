/**
 * Figures read as parts of a total that are not: an addition in another state
 * ("including 220 homes, and another 150 damaged"), the parts of a part in
 * brackets ("5 of those hits (2 for Ogunjobi, 3 for Garrett)"), and a breakdown
 * another breakdown of the same total holds with more parts.
 */
import type { PartsOfTotalRelation } from '../types.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';

/** "another 150 damaged", "and damaged another 150": an addition and what became of it. */
const ADDITION_BEFORE = /(?:^|[^\p{L}])(?:(\p{Ll}+ed)[ \u00a0]+)?(?:another|a further)[ \u00a0]+$/u;
const STATE_AFTER = /^[ \u00a0]+(\p{Ll}+ed)(?![\p{L}])/u;

/**
 * "310 structures have been destroyed, including 220 homes, and another 150 damaged": a figure
 * added to the list in another state than the total's ("damaged", not "destroyed") is outside it;
 * "cut 300 jobs, 200 in London and another 100 in Leeds" is a part.
 */
export function isAdditionInOtherState(
  context: RelationContext,
  total: QuantityFrame,
  frame: QuantityFrame,
): boolean {
  const addition = ADDITION_BEFORE.exec(frame.before);
  if (addition === null) return false;
  const state = addition[1] ?? STATE_AFTER.exec(frame.after)?.[1];
  if (state === undefined) return false;
  const clauseEnd = frame.candidate.qualifierStart - (frame.before.length - addition.index);
  const clause = context.text.slice(total.sentence.start, clauseEnd).toLowerCase();
  return !clause.split(/[^\p{L}]+/u).includes(state);
}

/**
 * Parts without those that break down another part in brackets after it: "5
 * of those hits were from two players (2 for Ogunjobi, 3 for Garrett)" lists 2
 * and 3 inside the 5.
 */
export function withoutSubBreakdowns(text: string, parts: QuantityFrame[]): QuantityFrame[] {
  const inner = new Set<QuantityFrame>();
  parts.forEach((part, i) => {
    if (part.number === null || part.number <= 0) return;
    for (let start = i + 1; start < parts.length; start++) {
      if (parts[start].sentence !== part.sentence) continue;
      const between = text.slice(part.candidate.end, parts[start].candidate.qualifierStart);
      if (!/\([^)]*$/u.test(between)) continue;
      let sum = 0;
      for (let end = start; end < parts.length && parts[end].number !== null; end++) {
        sum += parts[end].number!;
        if (end > start && Math.abs(sum - part.number) <= 1e-9 * part.number)
          parts.slice(start, end + 1).forEach((p) => inner.add(p));
      }
    }
  });
  return inner.size === 0 ? parts : parts.filter((p) => !inner.has(p));
}

/**
 * Without a breakdown whose parts another breakdown of its total holds, and more of the total's kind:
 * "won 118 of the 200 seats. … won 64 seats, while independents shared the remaining 18" is 118 + 64
 * + 18, not 64 + 18. A figure of another kind that happens to make up the sum ("213 staff" beside "8
 * MOUs" and "62") leaves the breakdown as it is.
 */
export function withoutSubsumed(
  context: RelationContext,
  relations: PartsOfTotalRelation[],
): PartsOfTotalRelation[] {
  const byTotal = new Map<string, PartsOfTotalRelation[]>();
  for (const relation of relations) {
    const list = byTotal.get(relation.total);
    if (list) list.push(relation);
    else byTotal.set(relation.total, [relation]);
  }
  const ofTotalsKind = (total: string, part: string) =>
    context.isComparable(context.frameOf(total)!, context.frameOf(part)!);
  return relations.filter((relation) => {
    const others = byTotal.get(relation.total)!;
    if (others.length === 1) return true;
    const parts = new Set(relation.parts);
    return !others.some(
      (other) =>
        other !== relation &&
        other.parts.length > parts.size &&
        relation.parts.every((part) => other.parts.includes(part)) &&
        other.parts.every((part) => parts.has(part) || ofTotalsKind(relation.total, part)),
    );
  });
}
