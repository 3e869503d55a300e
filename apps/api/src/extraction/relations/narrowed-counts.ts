/**
 * A count the next sentence narrows with "only": "The 2012 program allowed an
 * estimated 1.1 million people to become eligible ... But through June 30,
 * 2014, only about 712,000 applied" states a part of the 1.1 million.
 */
import { isCountOrBare, type QuantityFrame } from './frames.js';
import { ONLY_BEFORE, type Breakdown } from './part-wording.js';
import type { RelationContext } from './relation-context.js';

/**
 * A count (or a bare number) after "only" is a part of the one count of the
 * sentence before it, in the same or the previous paragraph: what "only" says is
 * fewer than that count.
 */
export function narrowedCounts(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
  const found: Breakdown[] = [];
  const { sentences } = context.structure;
  for (let s = 1; s < sentences.length; s++) {
    if (sentences[s].paragraph - sentences[s - 1].paragraph > 1) continue;
    for (const part of context.inSentence(s)) {
      if (taken.has(part) || part.inHeadline || !isCountOrBare(part) || !ONLY_BEFORE(part.before))
        continue;
      const wholes = context
        .inSentence(s - 1)
        .filter((whole) => isCountOrBare(whole) && !whole.inHeadline);
      const [whole] = wholes;
      if (
        wholes.length === 1 &&
        whole.candidate.unitKind === 'count' &&
        (part.candidate.unit === null || context.isComparable(whole, part))
      )
        found.push({ total: whole, parts: [part], complete: false });
    }
  }
  return found;
}
