/**
 * Parts of a total across sentences: a breakdown in the next sentence ("It was
 * made up of ...", "Twelve of them ...", "Within this, ..."), a later paragraph
 * breaking down a figure of the lead, a list after a colon, and a part of a
 * whole counted earlier with the same noun ("three of those companies").
 */
import { wordSet } from '../../text/words.js';
import { singularize } from '../units.js';
import { sameValue, type QuantityFrame } from './frames.js';
import {
  COMPARED_BEFORE,
  CONTINUES_LIST,
  OF_BETWEEN,
  SUBSET_WORDING,
  type Breakdown,
} from './part-wording.js';
import type { RelationContext } from './relation-context.js';

/** "It was made up of", "The deal comprised": the sentence breaks down the previous one's total. */
const BREAKDOWN_SENTENCE =
  /^(?:it|this|that|these|those|they|the[ \u00a0]+\p{L}+|the[ \u00a0]+total|the[ \u00a0]+sum|the[ \u00a0]+figure)[ \u00a0]+(?:was|is|were|are|will be|would be)?[ \u00a0]*(?:made up of|comprised|comprises|comprise|consists of|consisted of|consist of|split between|divided into|broken down into|included|includes|include)(?![\p{L}])/iu;
/** "Those include", "Of these,", "It was made up of": a sentence that opens by pointing back. */
const REFERS_BACK_AT_START =
  /^[ \u00a0"“]*(?:(?:of|among|within)[ \u00a0]+)?(?:it|this|that|these|those|they|them)(?![\p{L}])/iu;
/** "Twelve of them", "Of those, 300", "Of these 40": parts of the previous sentence's count. */
const OF_THEM_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom)(?![\p{L}])/iu;
const OF_THOSE_BEFORE =
  /^(?:[\p{L}'’-]+[ \u00a0]+){0,2}?of[ \u00a0]+(?:them|those|these)[ \u00a0,]*$/iu;
/** "Within this, internet fraud totalled £43m": a part of the previous sentence's figure. */
const WITHIN_THIS =
  /^(?:within|of|out of|among)[ \u00a0]+(?:this|that|these|those|them|the total)[ \u00a0]*,/iu;
/** "children younger than 18": a bound, not a part. */
const THAN_BEFORE = /(?:^|[^\p{L}])than[ \u00a0]+$/iu;
/** "analysts had expected a 2bn euro pay-off": a figure someone expected, not one that happened. */
const EXPECTED_BEFORE =
  /(?:^|[^\p{L}])(?:expected|expecting|forecast|forecasting|predicted|predicting|anticipated|hoped for)(?:[ \u00a0]+[\p{L}'’-]+){0,2}[ \u00a0]+$/iu;
/** Between the parts of a breakdown in one sentence: "while", "and", "with another", "respectively", "as well as". */
const ENUMERATION =
  /(?<![\p{L}])(?:while|and|another|respectively|with|whereas|plus|as well as|on top of|in addition to|along with)(?![\p{L}])|,/iu;

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
        (f) => (context.isAdditive(f) || f.candidate.unit === null) && !THAN_BEFORE.test(f.before),
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
      (p) =>
        !COMPARED_BEFORE.test(p.before.slice(-60)) && frames.some((f) => compatible(context, p, f)),
    );
    const adding = totals.filter((p) =>
      addsUp(
        p,
        frames.filter((f) => compatible(context, p, f)),
      ),
    );
    const total = adding[0] ?? totals[totals.length - 1];
    if (!total) continue;
    const parts = frames.filter((f) => compatible(context, total, f));
    const complete =
      parts.length >= 2 &&
      (EXHAUSTIVE.test(sentence.text) ||
        (!within && !SUBSET_WORDING.test(sentence.text.replace(/of (?:them|those|these)/iu, ''))));
    found.push({ total, parts, complete });
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
  const count = (f: QuantityFrame) => f.candidate.unitKind === 'count' || f.candidate.unit === null;
  return context.isComparable(total, part) || (count(total) && count(part));
}

/** "three of those companies", "Four of the “faithless” electors": a part of the things counted before. */
const OF_NAMED_WHOLE =
  /^[ \u00a0]+of[ \u00a0]+(?:those|these|the|its|their)[ \u00a0]+["“‘']?((?:[\p{L}'’-]+["”’']?[ \u00a0]+){0,2}[\p{L}-]+)(?![ \u00a0]*\d)/iu;

/**
 * "NASA announced that nine US companies were eligible ... tapped three of
 * those companies": a part of a whole counted earlier with the same noun, when
 * the article counts that noun once (or with one value).
 */
export function partsOfNamedWholes(
  context: RelationContext,
  taken: Set<QuantityFrame>,
): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (taken.has(frame) || (frame.candidate.unit !== null && frame.candidate.unitKind !== 'count'))
      continue;
    const named = OF_NAMED_WHOLE.exec(frame.after);
    if (!named) continue;
    // "of the planes in its fleet": the noun ends before a preposition; the rest may place the whole.
    const words = named[1].toLowerCase().split(/[ \u00a0]+/);
    const cut = words.findIndex((word, i) => i > 0 && PLACING_WORDS.has(word));
    const nounWords = cut === -1 ? words : words.slice(0, cut);
    const noun = singularize(nounWords[nounWords.length - 1] ?? '');
    const rest = frame.after.slice(
      frame.after.toLowerCase().indexOf(nounWords.join(' ')) + nounWords.join(' ').length,
    );
    const nounAfter = new RegExp(
      String.raw`^[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,2}${noun}`,
      'iu',
    );
    const wholes = context
      .framesBefore(frame)
      .filter(
        (f) =>
          (f.candidate.unitKind === 'count' &&
            (f.candidate.unit === noun || sameNounClass(context, f, noun))) ||
          (f.candidate.unit === null && nounAfter.test(f.after)),
      );
    const placed = wholesPlacedAlike(wholes, rest);
    if (placed.length === 0 || !placed.every((w) => sameValue(w, placed[0]))) continue;
    found.push({ total: placed[placed.length - 1], parts: [frame], complete: false });
  }
  return found;
}

const PLACING_WORDS = wordSet('in of at on for from with its their his her our the');

/** "123 of the planes in its fleet": of several wholes, the nearest whose words before say the same ("a fleet of 270 aircraft"). */
function wholesPlacedAlike(wholes: QuantityFrame[], rest: string): QuantityFrame[] {
  if (wholes.every((w) => sameValue(w, wholes[0]))) return wholes;
  const place =
    /^[ \u00a0]+(?:in|of|at|on)[ \u00a0]+(?:the|its|their|his|her|our)[ \u00a0]+([\p{L}-]{3,})/iu.exec(
      rest,
    )?.[1];
  if (place === undefined) return [];
  const before = new RegExp(
    String.raw`(?<![\p{L}])${place}[ \u00a0]+of[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$`,
    'iu',
  );
  // The nearest such whole: "Its fleet of roughly 400 737 Max jets" earlier is another fleet.
  return wholes.filter((w) => before.test(w.before)).slice(-1);
}

function sameNounClass(context: RelationContext, frame: QuantityFrame, noun: string): boolean {
  return (
    context.nounClassOf(frame.candidate.unit) !== undefined &&
    context.nounClassOf(frame.candidate.unit) === context.nounClassOf(noun)
  );
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
  for (const paragraph of structure.paragraphs) {
    const colon = LIST_FOLLOWS.exec(paragraph.text);
    if (!colon) continue;
    const listStart = paragraph.start + colon.index + colon[0].length;
    const nextParagraph = structure.paragraphs[paragraph.index + 1];
    const listEnd =
      listStart < paragraph.end ? paragraph.end : (nextParagraph?.end ?? paragraph.end);
    const listed = context.frames.filter(
      (f) =>
        f.candidate.start >= listStart &&
        f.candidate.end <= listEnd &&
        context.isAdditive(f) &&
        !taken.has(f),
    );
    if (listed.length < 2) continue;
    const parts = listed.filter((f) => context.isComparable(f, listed[0]));
    const total = [...context.frames]
      .reverse()
      .find(
        (f) =>
          f.candidate.end <= paragraph.start + colon.index &&
          context.isComparable(f, parts[0]) &&
          f.direction === null &&
          !COMPARED_BEFORE.test(f.before.slice(-60)),
      );
    if (total && text.slice(total.candidate.end, listStart).split('\n').length <= 4)
      found.push({ total, parts, complete: false });
  }
  return found;
}

/** Wording that says a list of parts is all of its total. */
const EXHAUSTIVE =
  /(?<![\p{L}])(?:respectively|the remaining|the rest|the remainder|split between|divided between|divided into|on top of)(?![\p{L}])/iu;

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
    if (parts.some((p) => p.direction !== null || COMPARED_BEFORE.test(p.before.slice(-60))))
      continue;
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
          !COMPARED_BEFORE.test(f.before.slice(-60)) &&
          !EXPECTED_BEFORE.test(f.before.slice(-60)) &&
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
  const adding = candidates.filter((c) => addsUp(c, parts));
  // No part itself ("A further 200 jobs"); of several, one more than each part.
  candidates = candidates.filter(
    (c) =>
      !CONTINUES_LIST.test(c.before.trimStart()) &&
      !/(?:^|[^\p{L}])(?:another|a further)[ \u00a0]+$/iu.test(c.before),
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
  if (larger.length > 0) candidates = larger;
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

/** Words in common that tie a breakdown to an earlier total when its figures do not add up to it. */
const MIN_SIMILARITY = 2;
/** The same, when only one earlier figure of the parts' kind could be their total. */
const MIN_SIMILARITY_ALONE = 1;
/** The parts' sum within 5% of the total (the rounding "around 12,800" allows). */
function addsUp(total: QuantityFrame, parts: QuantityFrame[]): boolean {
  const value = total.number;
  if (value === null || parts.some((p) => p.number === null)) return false;
  const sum = parts.reduce((acc, p) => acc + (p.number ?? 0), 0);
  return Math.abs(sum - value) <= 0.05 * value;
}
