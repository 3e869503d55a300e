/**
 * Parts of a total across sentences: a breakdown in the next sentence ("It was
 * made up of ...", "Twelve of them ...", "Within this, ..."), a later paragraph
 * breaking down a figure of the lead, a list after a colon, and a part of a
 * whole counted earlier with the same noun ("three of those companies"). Here:
 * the next sentence's breakdown, the list after a colon, and what tells a
 * complete breakdown (wording, a sum); the later paragraph's breakdown is in
 * later-breakdowns.ts, the part of a whole named before in named-wholes.ts.
 */
import { isCountOrBare, type QuantityFrame } from './frames.js';
import {
  COMPARED_BEFORE,
  OF_BETWEEN,
  OF_THEM_AFTER,
  ONLY_BEFORE,
  SUBSET_WORDING,
  type Breakdown,
} from './part-wording.js';
import type { RelationContext } from './relation-context.js';
import { endTest } from '../text-helpers.js';

/** "It was made up of", "The deal comprised": the sentence breaks down the previous one's total. */
const BREAKDOWN_SENTENCE =
  /^(?:it|this|that|these|those|they|the[ \u00a0]+\p{L}+|the[ \u00a0]+total|the[ \u00a0]+sum|the[ \u00a0]+figure)[ \u00a0]+(?:was|is|were|are|will be|would be)?[ \u00a0]*(?:made up of|comprised|comprises|comprise|consists of|consisted of|consist of|split between|divided into|broken down into|included|includes|include)(?![\p{L}])/iu;
/** "Those include", "Of these,", "It was made up of": a sentence that opens by pointing back. */
const REFERS_BACK_AT_START =
  /^[ \u00a0"“]*(?:(?:of|among|within)[ \u00a0]+)?(?:it|this|that|these|those|they|them)(?![\p{L}])/iu;
const OF_THOSE_BEFORE =
  /^(?:[\p{L}'’-]+[ \u00a0]+){0,2}?of[ \u00a0]+(?:them|those|these)[ \u00a0,]*$/iu;
/** "Within this, internet fraud totalled £43m": a part of the previous sentence's figure. */
const WITHIN_THIS =
  /^(?:within|of|out of|among)[ \u00a0]+(?:this|that|these|those|them|the total)[ \u00a0]*,/iu;
/** "children younger than 18": a bound, not a part. */
const THAN_BEFORE = endTest(/(?:^|[^\p{L}])than[ \u00a0]+$/iu);

/**
 * "The SEC agreed a deal totalling $375m ... It was made up of $250m ... and
 * $125m ...": the total is the previous sentence's last comparable figure.
 * "13 out of 659 are MPs ... Twelve of them ..., and one ...": the parts of the
 * previous sentence's count.
 */
export function nextSentenceBreakdowns(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  const { sentences } = context.structure;
  for (let s = 1; s < sentences.length; s++) {
    const sentence = sentences[s];
    // A sentence that opens by referring back ("Those include ...") may open a new paragraph.
    const paragraphs = context.structure.paragraphs;
    if (paragraphs[sentences[s - 1].paragraph].isHeadline) continue;
    const newParagraph = sentences[s - 1].paragraph !== sentence.paragraph;
    const frames = context
      .inSentence(s)
      .filter(
        (f) => (context.isAdditive(f) || f.candidate.unit === null) && !THAN_BEFORE(f.before),
      );
    if (frames.length === 0) continue;
    // "13 out of 659 are ... Twelve of them": the count before, not the whole it is out of.
    const previous = context
      .inSentence(s - 1)
      .filter(
        (f) => (context.isAdditive(f) || f.candidate.unit === null) && !isWholeOfPart(context, f),
      );
    const breakdown = BREAKDOWN_SENTENCE.test(sentence.text);
    const within = WITHIN_THIS.test(sentence.text);
    const ofThem =
      within || OF_THEM_AFTER.test(frames[0].after) || OF_THOSE_BEFORE.test(frames[0].before);
    if (!breakdown && !ofThem) continue;
    if (newParagraph && !REFERS_BACK_AT_START.test(sentence.text)) continue;
    const totals = previous.filter(
      (p) => !COMPARED_BEFORE(p.before.slice(-60)) && frames.some((f) => compatible(context, p, f)),
    );
    const adding = totals.filter((p) =>
      addsUp(
        p,
        frames.filter((f) => compatible(context, p, f)),
      ),
    );
    // "440 (235 boys and 205 girls) students sat … Of them, 396 passed": of the counts before, the one the part
    // fits under (a part larger than every one is an error to flag).
    const fitting = totals.filter((p) => {
      const firstPart = frames.find((f) => compatible(context, p, f));
      return firstPart !== undefined && !isLarger(firstPart, p);
    });
    const total = adding[0] ?? fitting[fitting.length - 1] ?? totals[totals.length - 1];
    if (!total) continue;
    const compatibleFrames = frames.filter((f) => compatible(context, total, f));
    const parts = isList(context, compatibleFrames)
      ? compatibleFrames
      : compatibleFrames.slice(0, 1);
    const complete =
      parts.length >= 2 &&
      (EXHAUSTIVE.test(sentence.text) ||
        (!within && !SUBSET_WORDING.test(sentence.text.replace(/of (?:them|those|these)/iu, ''))));
    found.push({ total, parts, complete });
    // "tapped three of those companies ..., only two committed": two is a part of three, not of the whole.
    const subset = compatibleFrames[1];
    if (parts.length === 1 && subset && ONLY_BEFORE(subset.before))
      found.push({ total: parts[0], parts: [subset], complete: false });
  }
  return found;
}

function isLarger(a: QuantityFrame, b: QuantityFrame): boolean {
  return a.number !== null && b.number !== null && a.number > b.number;
}

/** What joins the last two parts of a list: "Twelve of them ..., and one ...", "... while ...". */
const COORDINATOR = /(?<![\p{L}])(?:and|while|whereas|plus|respectively)(?![\p{L}])/iu;

/** Figures in a list: "A, B and C", "A while B"; the last two are joined by a coordinator. */
function isList(context: RelationContext, parts: QuantityFrame[]): boolean {
  return parts.slice(1).every((part, i) => {
    const between = context.between(parts[i], part);
    return COORDINATOR.test(between) || (i < parts.length - 2 && between.includes(','));
  });
}

/** "Together they made up", "Combined, the two sold": a sentence stating the total of the one before. */
const TOTAL_OF_PREVIOUS =
  /^(?:together|combined|altogether|between them|in total|in all)[ \u00a0,]+(?:(?:they|the two|the three|these|those)[ \u00a0]+)?(?:made up|make up|totall?ed|totall?ing|amounted to|came to|accounted for|sold|employ(?:ed)?|had)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|more than)[ \u00a0]+)?$/iu;

/**
 * "Electric cars sold 1.1 million and petrol cars 4.6 million. Together they
 * made up 5.7 million cars.": the figure the next sentence opens with as their
 * total adds up the previous sentence's figures of its kind.
 */
export function totalsOfPreviousSentence(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  const { sentences } = context.structure;
  for (let s = 1; s < sentences.length; s++) {
    const [total] = context.inSentence(s);
    if (!total || !TOTAL_OF_PREVIOUS.test(total.before.trimStart())) continue;
    const parts = context
      .inSentence(s - 1)
      .filter(
        (f) =>
          f.direction === null &&
          !f.isShare &&
          (context.isComparable(total, f) || (isCountOrBare(total) && isCountOrBare(f))),
      );
    if (parts.length >= 2) found.push({ total, parts, complete: true });
  }
  return found;
}

/** "659" in "13 out of 659": the whole a part before it is out of. */
function isWholeOfPart(context: RelationContext, frame: QuantityFrame): boolean {
  const previous = context.frames[frame.index - 1];
  return (
    previous !== undefined && previous.sentence === frame.sentence && OF_BETWEEN.test(frame.before)
  );
}

/** A part of a total, or a bare count that takes the total's noun ("Twelve of them"). */
function compatible(context: RelationContext, total: QuantityFrame, part: QuantityFrame): boolean {
  return context.isComparable(total, part) || (isCountOrBare(total) && isCountOrBare(part));
}

/** "is making the following donations:", "as follows:", "include:": a list of parts comes next. */
const LIST_FOLLOWS =
  /(?:following|as follows|below|these|include|includes|including)[^.:]{0,40}:[ \u00a0]*$/iu;

/**
 * "The fund is contributing nearly $35,000 to local nonprofits. The fund is
 * making the following donations: $7,500 to Stand For Children $6,500 to
 * Oregon Food Bank ...": the figures listed after the colon (on its line or the
 * next) are parts of the last figure of their kind before it, which they must
 * not exceed.
 */
export function listsAfterColon(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
  const found: Breakdown[] = [];
  const { text, structure } = context;
  const { frames } = context;
  for (const paragraph of structure.paragraphs) {
    const colon = endsWithColon(paragraph.text) ? LIST_FOLLOWS.exec(paragraph.text) : null;
    if (!colon) continue;
    const listStart = paragraph.start + colon.index + colon[0].length;
    const nextParagraph = structure.paragraphs[paragraph.index + 1];
    const listEnd =
      listStart < paragraph.end ? paragraph.end : (nextParagraph?.end ?? paragraph.end);
    const listed: QuantityFrame[] = [];
    for (let i = firstStartingAt(frames, listStart); i < frames.length; i++) {
      const f = frames[i];
      if (f.candidate.start >= listEnd) break;
      if (f.candidate.end <= listEnd && context.isAdditive(f) && !taken.has(f)) listed.push(f);
    }
    if (listed.length < 2) continue;
    const parts = listed.filter((f) => context.isComparable(f, listed[0]));
    const colonStart = paragraph.start + colon.index;
    let total: QuantityFrame | undefined;
    for (let i = firstStartingAt(frames, colonStart) - 1; i >= 0 && !total; i--) {
      const f = frames[i];
      if (
        f.candidate.end <= colonStart &&
        context.isComparable(f, parts[0]) &&
        f.direction === null &&
        !COMPARED_BEFORE(f.before.slice(-60))
      )
        total = f;
    }
    if (total && text.slice(total.candidate.end, listStart).split('\n').length <= 4)
      found.push({ total, parts, complete: false });
  }
  return found;
}

/** What LIST_FOLLOWS needs at the end, tested first since most paragraphs end otherwise. */
function endsWithColon(paragraph: string): boolean {
  let end = paragraph.length;
  while (end > 0 && (paragraph[end - 1] === ' ' || paragraph[end - 1] === '\u00a0')) end--;
  return paragraph[end - 1] === ':';
}

/** The index of the first frame (in text order) starting at or after `position`. */
function firstStartingAt(frames: QuantityFrame[], position: number): number {
  let [lo, hi] = [0, frames.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (frames[mid].candidate.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Wording that says a list of parts is all of its total. */
export const EXHAUSTIVE =
  /(?<![\p{L}])(?:respectively|the remaining|the rest|the remainder|split between|divided between|divided into|on top of)(?![\p{L}])/iu;

/** The parts' sum within 5% of the total (the rounding "around 12,800" allows). */
export function addsUp(total: QuantityFrame, parts: QuantityFrame[]): boolean {
  const value = total.number;
  if (value === null || parts.some((p) => p.number === null)) return false;
  const sum = parts.reduce((acc, p) => acc + (p.number ?? 0), 0);
  return Math.abs(sum - value) <= 0.05 * value;
}
