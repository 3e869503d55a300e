/**
 * A change figure with the two values it joins in its sentence (or, after
 * "that's a drop of nearly 8%", in the sentence before), in any order and
 * wording; which value came first is read from the words before each ("to",
 * "from", "after closing at"), else from the stated direction.
 */
import { isChangeFigure, OTHER_BASIS } from './change-phrasings.js';
import type { Direction } from './directions.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';
import { endTest } from '../text-helpers.js';

/** Before a value, words that make it the value after a change: "to", "to post a new low of", "now at". */
const AFTER_VALUE_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:to|now|reach(?:ed|ing)?|hit(?:ting)?|(?:new|record|all-time)[ \u00a0]+(?:high|low)[ \u00a0]+of|closed at|stood at|standing at|at)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just over|just under)[ \u00a0]+)?$/iu,
);
/** Before a value, words that make it the value before a change: "from", "after closing at", "compared with", "than". */
const BEFORE_VALUE_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:from|after closing at|closing price of|compared (?:with|to)|than|previous(?:ly)?|earlier|prior|down from|up from|last year's|a year earlier of)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just over|just under)[ \u00a0]+)?$/iu,
);
const THAN_AFTER =
  /^[ \u00a0]+(?:(?:higher|lower|more|less|above|below|up|down)[ \u00a0]+(?:than|on|from)[ \u00a0]+(?:the|a|an|its|last|previous)[ \u00a0]|(?:higher|lower|more|less|fewer|above|below)[ \u00a0]+than[ \u00a0]+(?![$£€¥\d]|(?:about|around|some|nearly|almost|roughly)(?![\p{L}]))\p{L})/iu;
/** Between the values of two clauses, each with its own subject. */
const CLAUSE_BREAK = /;|(?<![\p{L}])(?:while|whereas|but)(?![\p{L}])/iu;
/** A relative clause opening between two figures: ", which soared 18%". */
const RELATIVE_CLAUSE = /,[ \u00a0]*(?:which|who)(?![\p{L}])/iu;
/** "That's a drop of nearly 8%": the sentence states the change of values stated just before. */
const CHANGE_OF_THE_LAST =
  /(?:^|[^\p{L}])(?:that['’]s|that is|this is|which is|that was|this was)[ \u00a0]+(?:a|an)[ \u00a0]+\p{L}+[ \u00a0]+of[ \u00a0]+/iu;

/**
 * A change figure with the two values it joins in its sentence, in any order
 * and wording: "dropped about 5.3% on Monday to post a new low of $3.91 after
 * closing at $4.13 on Wednesday"; or with the change in the value's unit:
 * "a roughly 9,500 drop at the Department of Defense to about 731,000, a 1.3
 * percent decline". With "that's a drop of nearly 8%", the values may stand in
 * the sentence before. Which value came first is read from the words before
 * each ("to", "from", "after closing at"), else from the stated direction.
 */
export function changesOfOneSentence(
  context: RelationContext,
  used: Set<QuantityFrame>,
): Array<{
  from: QuantityFrame | null;
  to: QuantityFrame;
  change: QuantityFrame;
  by: QuantityFrame | null;
}> {
  const found = [];
  const { sentences } = context.structure;
  for (let s = 0; s < sentences.length; s++) {
    const changes = context
      .inSentence(s)
      .filter((f) => !used.has(f) && f.direction !== null && isChangeFigure(f));
    if (changes.length !== 1 || OTHER_BASIS.test(sentences[s].text)) continue;
    const change = changes[0];
    // "9.6 percent higher than the same month in 2019", "12% lower than economists expected": a change against a
    // base the sentence names in words.
    if (THAN_AFTER.test(change.after)) continue;
    // "growth of 15% to reach $24.0 billion, surpassing expectations of $23.8 billion": what was expected is no value.
    const here = context.inSentence(s).filter((f) => f !== change && !used.has(f) && !f.isExpected);
    const previous =
      CHANGE_OF_THE_LAST.test(change.before) &&
      s > 0 &&
      sentences[s - 1].paragraph === sentences[s].paragraph
        ? context.inSentence(s - 1).filter((f) => !used.has(f) && !f.isShare)
        : [];
    const pool = [...previous, ...here];
    const by = pool.find((f) => f.direction !== null && !f.isShare);
    // Durations ("a new 52-week low", "in the first nine months") qualify the values; they are none.
    const byUnit = new Map<string, QuantityFrame[]>();
    for (const f of pool) {
      if (f === by || f.direction !== null || f.candidate.unitKind === 'duration') continue;
      const unit = f.baseUnit ?? 'bare';
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), f]);
    }
    const groups = [...byUnit.values()];
    if (by && groups.length === 1 && groups[0].length === 1) {
      const [to] = groups[0];
      // "Police recorded 458,021 more offences, which …, which soared 18% to 175,060": a clause of its own.
      const [first, last] = [by, change].sort((a, b) => a.index - b.index);
      const between = context.between(first, last);
      const ownClause = CLAUSE_BREAK.test(between) || RELATIVE_CLAUSE.test(between);
      if (by.baseUnit === to.baseUnit && AFTER_VALUE_BEFORE(to.before) && !ownClause) {
        found.push({ from: null, to, change, by });
        continue;
      }
    }
    const pairs = groups.filter((group) => group.length === 2);
    if (pairs.length !== 1 || groups.some((group) => group.length > 2)) continue;
    const values = pairs[0];
    if (!isPlausiblePair(values[0], values[1])) continue;
    // "Police funding will rise to $1.1bn, …, while the fire department gets $520m, an increase of 7%": two subjects;
    // "Sales rose 12% in March, but the jobless rate moved down to 3.6% from 3.8%": the change has its own.
    const [first, last] = [values[0], values[1]].sort((a, b) => a.index - b.index);
    if (CLAUSE_BREAK.test(context.between(first, last))) continue;
    if (change.index < first.index && CLAUSE_BREAK.test(context.between(change, first))) continue;
    if (change.index > last.index && CLAUSE_BREAK.test(context.between(last, change))) continue;
    if (change.time !== null && values.some((v) => v.time !== null && v.time !== change.time))
      continue;
    const ordered = orderOfValues(values[0], values[1], change.direction);
    if (ordered) found.push({ ...ordered, change, by: null });
  }
  return found;
}

/** Two values of one thing before and after a change are of one magnitude: not "$45" and "$12bn". */
function isPlausiblePair(a: QuantityFrame, b: QuantityFrame): boolean {
  const [x, y] = [a.number, b.number];
  if (x === null || y === null || x <= 0 || y <= 0) return false;
  return Math.max(x, y) / Math.min(x, y) <= 3;
}

function orderOfValues(
  a: QuantityFrame,
  b: QuantityFrame,
  direction: Direction | null,
): { from: QuantityFrame; to: QuantityFrame } | null {
  const isAfter = (f: QuantityFrame) => AFTER_VALUE_BEFORE(f.before);
  const isBefore = (f: QuantityFrame) => BEFORE_VALUE_BEFORE(f.before);
  // Two figures with no word that makes either a value before or after ("close 38 of its 112 shops"): no change of them;
  // two values after ("Brent fell to $25.18 …, and WTI fell to $20.9") are where two things went.
  if (![a, b].some((f) => isAfter(f) || isBefore(f))) return null;
  if ((isAfter(a) && isAfter(b)) || (isBefore(a) && isBefore(b))) return null;
  if ((isAfter(a) && !isAfter(b)) || (isBefore(b) && !isBefore(a))) return { from: b, to: a };
  if ((isAfter(b) && !isAfter(a)) || (isBefore(a) && !isBefore(b))) return { from: a, to: b };
  if (direction === null) return null;
  const larger = a.candidate.value!.cmp(b.candidate.value!) >= 0 ? a : b;
  const smaller = larger === a ? b : a;
  return direction === 'fall' ? { from: larger, to: smaller } : { from: smaller, to: larger };
}
