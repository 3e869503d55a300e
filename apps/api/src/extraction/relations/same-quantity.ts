/**
 * same-quantity: one quantity stated more than once.
 * - A headline's figure and the body's figure of the same thing ("Marsh cuts
 *   2,500 jobs" / "Up to 2,500 jobs are to go"; "Storm leaves 4 dead" / "three
 *   people were killed"): the body figure in the same unit whose sentence
 *   says most in common with the headline, among the first paragraphs
 *   (headline-restatements.ts).
 * - A figure restated at once in another form: "Nearly two thirds - 65% -",
 *   "Almost a quarter (21%)", "three quarters of respondents (73%)", "twelve
 *   (12)", "The same share ... - 92 percent".
 * - A figure repeated in the body with the same value, of the same kind of
 *   thing, in sentences with words in common ("save £35bn" ... "the £35bn
 *   saved"), or referred back to ("the £12bn", "Of the 35 MOUs"), or a count
 *   whose words before its noun share one ("1,000 maintenance workers" ...
 *   "close to 1,000 maintenance and cleaning workers").
 * - A figure repeated with another value, when its words say it is the same
 *   quantity: "the £X" that refers back to a figure stated with the same
 *   words, of which it is the only candidate.
 * - A word fraction given as a percentage later ("almost two thirds in 1999"
 *   ... "63% supported a ban").
 */
import type { SameQuantityRelation } from '../types.js';
import {
  areFarApart,
  isBare,
  isCountOrBare,
  isPrecise,
  sameValue,
  type QuantityFrame,
} from './frames.js';
import { headlineLinks, headlineRepeatedInBody } from './headline-restatements.js';
import { MAX_FIGURES_APART, REPEAT_SIMILARITY, type RelationContext } from './relation-context.js';
import { fractionsGivenLater } from './fractions-given-later.js';
import { sameKindOfCount } from './count-kinds.js';
import { CHANGE_NOUN } from '../direction-words.js';

/** Between a figure and its restatement in another form: " - ", " (", ", or ", " – ", maybe after its noun. */
const RESTATED_AS =
  /^(?:[ \u00a0]+(?:of[ \u00a0]+)?(?:the[ \u00a0]+)?[\p{L}'’-]+(?:[ \u00a0]+[\p{L}'’-]+){0,2})?[ \u00a0]*(?:\(|[–—]|[ \u00a0]-|,[ \u00a0]*or|,)[ \u00a0]*(?:(?:about|around|some|nearly|almost|roughly|approximately|just over|just under)[ \u00a0]+)?$/iu;
/** A restatement ends right after it: "- 65% -", "(21%)". */
const RESTATEMENT_END = /^[ \u00a0]*(?:[)–—,;:.]|[ \u00a0]-[ \u00a0]|$|of[ \u00a0])/u;
const SAME_SHARE_BEFORE =
  /(?:^|[^\p{L}])the same (?:share|proportion|percentage|number|amount)(?![\p{L}])/iu;

/** "Unison's ", "Amicus' ": the name owning the figure after it. */
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}&.-]*)['’]s?[ \u00a0]+$/u;

const CONFLICT_SIMILARITY = 5;

export function findSameQuantities(context: RelationContext): SameQuantityRelation[] {
  const links: Array<[QuantityFrame, QuantityFrame]> = [
    ...headlineLinks(context),
    ...headlineRepeatedInBody(context),
    ...restatements(context),
    ...repeats(context),
    ...fractionsGivenLater(context),
  ];
  const plausible = links.filter(([a, b]) => !areFarApart(a, b));
  return groups(context, plausible).map((group) => ({
    type: 'same-quantity',
    claims: group.map((f) => f.candidate.id),
  }));
}

/** Two figures in one unit, or a percentage and a fraction. */
function comparableForRestatement(
  context: RelationContext,
  a: QuantityFrame,
  b: QuantityFrame,
): boolean {
  if (a.isShare && b.isShare) return true;
  // "A crew of seven – two pilots, ...": a noun read from the sentence before may be wrong, a list may follow.
  if (a.candidate.unitFromContext || b.candidate.unitFromContext) return context.isComparable(a, b);
  return isRepeatable(context, a, b);
}

/** "Nearly two thirds - 65% -", "Almost a quarter (21%)", "twelve (12)", "The same share ... - 92 percent". */
function restatements(context: RelationContext): Array<[QuantityFrame, QuantityFrame]> {
  const links: Array<[QuantityFrame, QuantityFrame]> = [];
  const { frames } = context;
  for (let i = 0; i + 1 < frames.length; i++) {
    const [a, b] = [frames[i], frames[i + 1]];
    if (a.sentence !== b.sentence || !comparableForRestatement(context, a, b)) continue;
    // Restated in another form: a fraction as a percentage, words as digits.
    const otherForm = a.candidate.unit !== b.candidate.unit || isWordsAndDigits(context, a, b);
    if (!otherForm) continue;
    if (!RESTATED_AS.test(context.between(a, b)) || !RESTATEMENT_END.test(b.after)) continue;
    if (a.candidate.unit === b.candidate.unit && !isWordsAndDigits(context, a, b)) continue;
    // "at least 27 people were injured, three of them critically": after a comma alone, words and digits of one
    // unit restate one value only when they have it ("Twelve (15)" in brackets is a restatement, to be checked).
    const afterComma = /,[ \u00a0]*$/u.test(context.between(a, b));
    if (afterComma && a.candidate.unit === b.candidate.unit && !sameValue(a, b)) continue;
    links.push([a, b]);
  }
  for (const frame of frames) {
    if (!frame.isShare || !SAME_SHARE_BEFORE.test(frame.before)) continue;
    const earlier = frames.filter(
      (f) =>
        f.index < frame.index &&
        f.isShare &&
        f.paragraph === frame.paragraph &&
        f.direction === null,
    );
    if (earlier.length > 0) links.push([earlier[0], frame]);
  }
  return links;
}

function isWordsAndDigits(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  const digits = (f: QuantityFrame) =>
    /\d/.test(context.text.slice(f.candidate.start, f.candidate.end));
  return digits(a) !== digits(b);
}

/**
 * A body figure repeated: the same value and unit, in a sentence with words in
 * common with an earlier mention, or referring back to it ("the £12bn"); and
 * a definite reference with another value ("the £53bn saved", "the 60 percent
 * reduction"), when its sentence says much in common with exactly one earlier
 * figure of that unit and no earlier figure has its value.
 */
function repeats(context: RelationContext): Array<[QuantityFrame, QuantityFrame]> {
  const links: Array<[QuantityFrame, QuantityFrame]> = [];
  const body = context.frames.filter((f) => !f.inHeadline);
  const byValue = new Map<string, QuantityFrame[]>();
  for (let j = 0; j < body.length; j++) {
    const later = body[j];
    const value = valueKey(later);
    const sameValued = byValue.get(value) ?? [];
    if (sameValued.length === 0) byValue.set(value, sameValued);
    // The latest few mentions of the value: a long text repeats small values many times.
    const equal = sameValued
      .slice(-MAX_EQUAL)
      .filter(
        (f) =>
          later.index - f.index <= MAX_FIGURES_APART &&
          f.sentence !== later.sentence &&
          isRepeatable(context, f, later) &&
          sameTime(f, later) &&
          f.direction === later.direction,
      );
    sameValued.push(later);
    const definite = later.refersBack;
    // With equal values, either mention may refer to the other: "its two pilots" ... "two pilots, four flight attendants".
    const sharing = equal.findLast(
      (f) =>
        !oppositeBounds(context, f, later) &&
        (definite ||
          f.refersBack ||
          (isPrecise(later) && later.candidate.unitKind !== 'duration') ||
          sameKindOfCount(f, later) ||
          context.similarity(f, later) >= REPEAT_SIMILARITY),
    );
    if (sharing) {
      links.push([sharing, later]);
      continue;
    }
    // "In addition to the 49 percent who said they opposed it": a share referred back to by its answer.
    const referredShare = later.isShare && /^[ \u00a0]+(?:who|that)(?![\p{L}])/iu.test(later.after);
    // "the 60 percent reduction": a change stated before, referred back to.
    const referredChange = later.direction !== null && CHANGE_NOUN_AFTER.test(later.after);
    // "the $51.1 billion that analysts are looking for" is what was expected, not the figure stated before.
    if (
      !definite ||
      later.isExpected ||
      equal.length > 0 ||
      !(referredShare || referredChange || (canConflict(later) && !later.isShare))
    )
      continue;
    // "Unison's 600,000 workers" restates a figure of Unison's, not of Amicus.
    const owner = POSSESSOR_BEFORE.exec(later.before)?.[1];
    const scored = body
      .slice(Math.max(0, j - MAX_FIGURES_APART), j)
      .filter((f) => f.sentence !== later.sentence && isRepeatable(context, f, later))
      .filter((f) => f.direction === later.direction && f.time === later.time)
      .filter((f) => owner === undefined || f.sentence.text.includes(owner))
      .map((f) => ({ f, score: context.similarity(f, later) }))
      .filter((x) => x.score >= CONFLICT_SIMILARITY)
      .sort((a, b) => b.score - a.score);
    if (scored.length === 1) links.push([scored[0].f, later]);
  }
  return links;
}

/**
 * Said of one time. A change's time is often stated once: "fell by 15% last
 * year" and "was down 15% to £148.3m" are one fall.
 */
function sameTime(a: QuantityFrame, b: QuantityFrame): boolean {
  if (a.time === b.time) return true;
  return a.direction !== null && (a.time === null || b.time === null);
}

const SHORT_OF = /^(?:nearly|almost|just under|close to|just short of|short of)(?![\p{L}])/iu;

/** "nearly half" and "more than half" are two quantities, on either side of the figure. */
function oppositeBounds(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  const [sideOfA, sideOfB] = [sideOf(context, a), sideOf(context, b)];
  return sideOfA !== sideOfB && sideOfA !== 'at' && sideOfB !== 'at';
}

/** Which side of the figure the quantity lies: "more than half" above, "nearly half" below. */
function sideOf(context: RelationContext, frame: QuantityFrame): 'above' | 'below' | 'at' {
  const { bound, qualifierStart, start } = frame.candidate;
  if (bound === 'lower') return 'above';
  if (bound === 'upper' || SHORT_OF.test(context.text.slice(qualifierStart, start))) return 'below';
  return 'at';
}

/**
 * Figures that may restate each other: of one kind of thing, or a count and a
 * bare number ("among the 4,000" after "4,000 work-related emails") or one
 * whose noun was read from the sentence before.
 */
function isRepeatable(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  if (context.isComparable(a, b)) return true;
  if (a.isShare || b.isShare) return a.candidate.unit === b.candidate.unit;
  const nounUnstated = (f: QuantityFrame) => isBare(f) || f.candidate.unitFromContext;
  return (nounUnstated(a) || nounUnstated(b)) && isCountOrBare(a) && isCountOrBare(b);
}

const CHANGE_NOUN_AFTER = new RegExp(String.raw`^[ \u00a0-]+${CHANGE_NOUN}(?![\p{L}])`, 'iu');

/** How many earlier mentions of the same value a repeat is compared with. */
const MAX_EQUAL = 20;

function valueKey(frame: QuantityFrame): string {
  const { value, low, high } = frame.candidate;
  return value !== null ? value.toString() : `${low?.toString()}-${high?.toString()}`;
}

/** Money and counts are restated as such; "the 30-year bond" names a kind of bond, no quantity restated. */
function canConflict(frame: QuantityFrame): boolean {
  const kind = frame.candidate.unitKind;
  return kind === 'currency' || kind === 'count' || frame.candidate.unit === null;
}

/** The links joined into groups: each group is one quantity. */
function groups(
  context: RelationContext,
  links: Array<[QuantityFrame, QuantityFrame]>,
): QuantityFrame[][] {
  // Union-find with path halving: a long text links thousands of mentions.
  const parent = new Map<QuantityFrame, QuantityFrame>();
  const root = (f: QuantityFrame): QuantityFrame => {
    let r = f;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) {
      const grand = parent.get(up) ?? up;
      parent.set(r, grand);
      r = grand;
    }
    return r;
  };
  for (const [a, b] of links) {
    for (const f of [a, b]) if (!parent.has(f)) parent.set(f, f);
    parent.set(root(b), root(a));
  }
  const byRoot = new Map<QuantityFrame, QuantityFrame[]>();
  for (const frame of parent.keys()) {
    const r = root(frame);
    const group = byRoot.get(r);
    if (group) group.push(frame);
    else byRoot.set(r, [frame]);
  }
  const order = (f: QuantityFrame) => f.candidate.start;
  return [...byRoot.values()]
    .filter((group) => group.length >= 2)
    .map((group) => group.sort((a, b) => order(a) - order(b)))
    .sort((a, b) => order(a[0]) - order(b[0]));
}
