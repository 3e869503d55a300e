/**
 * A later sentence that lists two or more figures of one kind breaks down a
 * figure stated in an earlier paragraph ("to cut 2,850 jobs" ... "1,100 jobs
 * will go in investment banking while 1,200 and 550 will go in IT and human
 * resources respectively"): the total is the earlier figure the parts add up
 * to, or else the one their wording or their sentence's words point to.
 */
import { addsUp, EXHAUSTIVE } from './breakdowns.js';
import { partsAddUpPast, sameValue, type QuantityFrame } from './frames.js';
import { COMPARED_BEFORE, CONTINUES_LIST, type Breakdown } from './part-wording.js';
import type { RelationContext } from './relation-context.js';
import { endTest } from '../text-helpers.js';

/** "another 300", "a further 300": an addition, no part. */
const FURTHER_BEFORE = endTest(/(?:^|[^\p{L}])(?:another|a further)[ \u00a0]+$/iu);
/** Between the parts of a breakdown in one sentence: "while", "and", "with another", "respectively", "as well as". */
const ENUMERATION =
  /(?<![\p{L}])(?:while|and|another|respectively|with|whereas|plus|as well as|on top of|in addition to|along with)(?![\p{L}])|,/iu;

/**
 * A sentence that lists two or more figures of one kind, coordinated ("A ...
 * while B and C ... respectively", "another"), breaks down a figure stated in
 * an earlier paragraph: the figure of that kind the parts add up to, or else
 * the one such figure (stated once, or restated with the same value), when its
 * sentence has words in common with theirs.
 */
export function laterBreakdowns(
  context: RelationContext,
  taken: Set<QuantityFrame>,
  takenAsParts: Set<QuantityFrame>,
): Breakdown[] {
  const found: Breakdown[] = [];
  const { sentences } = context.structure;
  for (let s = 1; s < sentences.length; s++) {
    const frames = context
      .inSentence(s)
      .filter((f) => context.isAdditive(f) && !takenAsParts.has(f) && !f.inHeadline);
    if (frames.length === 0) continue;
    let parts = frames.filter((f) => context.isComparable(frames[0], f));
    if (parts.length !== frames.length) continue;
    if (
      CONTINUES_LIST.test(sentences[s].text) &&
      sentences[s - 1].paragraph === sentences[s].paragraph
    )
      parts = [
        ...context
          .inSentence(s - 1)
          .filter((f) => !takenAsParts.has(f) && context.isComparable(f, parts[0])),
        ...parts,
      ];
    if (parts.length < 2) continue;
    if (
      !parts
        .slice(1)
        .every(
          (p, i) =>
            ENUMERATION.test(context.between(parts[i], p)) || p.sentence !== parts[i].sentence,
        )
    )
      continue;
    // "1,200 in 2003 and 1,500 in 2004": one figure at two times, no breakdown.
    // "10bn euros, up 8.1% from 9.26bn euros": a change, no breakdown.
    if (parts.some((p) => p.direction !== null || COMPARED_BEFORE(p.before.slice(-60)))) continue;
    if (new Set(parts.flatMap((p) => (p.time === null ? [] : [p.time]))).size > 1) continue;
    const firstSentence = parts[0].sentence.index;
    const candidates = context
      .framesBefore(parts[0])
      .filter(
        (f) =>
          f.sentence.index < firstSentence &&
          context.isComparable(f, parts[0]) &&
          f.direction === null &&
          f.time === null &&
          !COMPARED_BEFORE(f.before.slice(-60)) &&
          !f.isExpected &&
          !taken.has(f),
      );
    const wording = parts.map((p) => p.sentence.text).join(' ');
    const total = pickTotal(context, candidates, parts, EXHAUSTIVE.test(wording));
    if (total === null) continue;
    found.push({ total, parts, complete: addsUp(total, parts) || EXHAUSTIVE.test(wording) });
  }
  return found;
}

function pickTotal(
  context: RelationContext,
  candidates: QuantityFrame[],
  parts: QuantityFrame[],
  exhaustive: boolean,
): QuantityFrame | null {
  // No total equals one of its parts ("8GB of memory and a 512GB drive" after "512GB").
  candidates = candidates.filter((c) => !parts.some((p) => sameValue(p, c)));
  const adding = candidates.filter((c) => addsUp(c, parts));
  // No part itself ("A further 200 jobs"); of several, one more than each part.
  candidates = candidates.filter(
    (c) => !CONTINUES_LIST.test(c.before.trimStart()) && !FURTHER_BEFORE(c.before),
  );
  if (adding.length > 0) {
    const values = new Set(adding.map((c) => c.candidate.value?.toString() ?? ''));
    return values.size === 1 ? adding[adding.length - 1] : null;
  }
  // "It blamed an $850m payout ... Under the settlement, it took a charge of $618m, on top of the $232m":
  // parts said to make a whole belong to the one such figure of the sentence right before them,
  // even when it is smaller than a part (then the text is wrong, and the check says so).
  const previousSentence = parts[0].sentence.index - 1;
  const adjacent = candidates.filter(
    (c) => c.sentence.index === previousSentence && c.paragraph === parts[0].paragraph,
  );
  if (exhaustive && adjacent.length === 1) return adjacent[0];
  const larger = candidates.filter((c) => exceedsEach(c, parts));
  // A total smaller than a part is kept for the check to question (a misprint in one figure), but not one the
  // parts pass twice over.
  candidates =
    larger.length > 0 ? larger : candidates.filter((c) => !partsAddUpPast(c, parts, MAX_OVERSHOOT));
  // "... 1,200 and 550 will go in IT and human resources respectively": a breakdown of the one figure stated before.
  if (exhaustive && candidates.length > 0 && candidates.every((c) => sameValue(c, candidates[0])))
    return candidates[candidates.length - 1];
  // The figures do not add up to any: the one whose sentence says clearly most in common with theirs.
  const scored = candidates
    .map((c) => ({ c, score: context.similarity(c, parts[0]) }))
    .sort((a, b) => b.score - a.score || b.c.index - a.c.index);
  const [best, second] = scored;
  if (!best || best.score < (second ? MIN_SIMILARITY : MIN_SIMILARITY_ALONE)) return null;
  if (second && !sameValue(second.c, best.c) && second.score * 1.5 > best.score) return null;
  return best.c;
}

function exceedsEach(total: QuantityFrame, parts: QuantityFrame[]): boolean {
  const value = total.candidate.value;
  return (
    value === null ||
    parts.every((p) => p.candidate.value === null || value.cmp(p.candidate.value) > 0)
  );
}

/** How many times a total, with nothing saying the figures break it down, its parts may add up to. */
const MAX_OVERSHOOT = 2;

/** Words in common that tie a breakdown to an earlier total when its figures do not add up to it. */
const MIN_SIMILARITY = 2;
/** The same, when only one earlier figure of the parts' kind could be their total. */
const MIN_SIMILARITY_ALONE = 1;
