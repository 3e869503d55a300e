/**
 * parts-of-total: a stated total and stated parts of it, in the ways news
 * writes a breakdown:
 * - "Of the 35 MOUs, 11 were signed ... and 22 ...", "a total of 5: 2 to A and
 *   3 to B", "a crew of seven – two pilots, four flight attendants";
 * - "300 jobs, including 45 ...", "20,537 hours, of which 6,100 ...";
 * - "A and B, a total of N", "A and B, bringing the total to N" (a running total);
 * - "38 of its 112 shops", "61,000 of the city's 195,000 voters";
 * - "It was made up of $250m ... and $125m ..." after the total's sentence;
 * - "Twelve of them ..., and one ..." after the sentence stating the total;
 * - "... 1.1 million and ... 4.6 million. Together they made up 5.7 million";
 * - "allowed 1.1 million people ... But ... only about 712,000 applied";
 * - "won with 20,645 votes to 14,738, a majority of 5,907" (20,645 = 14,738 + 5,907);
 * - a later sentence that breaks down the lead's figure: "to cut 2,850 jobs" ...
 *   "1,100 jobs will go in investment banking while 1,200 and 550 will go in IT
 *   and human resources respectively".
 * `complete` says whether the parts named must add up to the total or only stay
 * within it (wording such as "including", "among them", "another", a list
 * item without a figure, "bringing the total to").
 */
import type { PartsOfTotalRelation } from '../types.js';
import { listsAfterColon, nextSentenceBreakdowns, totalsOfPreviousSentence } from './breakdowns.js';
import { laterBreakdowns } from './later-breakdowns.js';
import { partsOfNamedWholes } from './named-wholes.js';
import { narrowedCounts } from './narrowed-counts.js';
import {
  bracketedShares,
  deathsAmongCases,
  majorities,
  partsAfterWith,
  partsByWording,
  surveyBalances,
} from './parts-by-wording.js';
import { exactSums, relationKey } from './exact-sums.js';
import {
  inOtherBodyParagraphs,
  MAX_RESTATED_RATIO,
  partsAddUpPast,
  type QuantityFrame,
} from './frames.js';
import {
  BREAKDOWN_FOLLOWS,
  CONTINUES_LIST,
  OF_BETWEEN,
  OF_THEM_AFTER,
  RUNNING_TOTAL_BEFORE,
  SUBSET_FOLLOWS,
  SUBSET_WORDING,
  TOTAL_BEFORE,
} from './part-wording.js';
import type { RelationContext } from './relation-context.js';
import { endExec } from '../text-helpers.js';
import { isAdditionInOtherState, withoutSubBreakdowns, withoutSubsumed } from './part-pruning.js';

/** Parts are looked for among this many neighbouring figures (a list of parts is short). */
const MAX_PARTS = 12;

/** "Of the 35 MOUs,", "Among the 538 electors chosen ...,": a total whose parts follow. */
const OF_THE_BEFORE = endExec(
  /(?:^|[^\p{L}])([Oo]f|[Aa]mong)[ \u00a0]+(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)[ \u00a0]+(?:\p{Lu}[\p{L}&.-]*[ \u00a0]+)?$/u,
);
/** "Of the Dow 30 stocks 13 are set to close higher": the first part follows the total's noun at once. */
const PART_FOLLOWS_AT_ONCE = /^(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]+$/u;
/** The comma closing "Of the N X," right away or after up to three words ("Of the £1.2bn budget,"). */
const COMMA_CLOSING_TOTAL = /^(?:[ \u00a0]+[\p{L}][\p{L}'’-]*){0,10},/u;
/** "30,000 federal workers among the 193,000 public sector employees". */
const AMONG_BETWEEN = /^[ \u00a0]+among[ \u00a0]+(?:the|its|their)[ \u00a0]+$/iu;
/** A clause break between parts: they may be said of different things. */
const CLAUSE_BREAK = /;|(?<![\p{L}])(?:whereas|but|although|though)(?![\p{L}])/iu;

export function findPartsOfTotal(context: RelationContext): PartsOfTotalRelation[] {
  const relations: PartsOfTotalRelation[] = [];
  const taken = new Set<QuantityFrame>();
  const takenAsParts = new Set<QuantityFrame>();
  const known = new Set<string>();
  const add = (total: QuantityFrame, allParts: QuantityFrame[], complete: boolean) => {
    const parts = withoutSubBreakdowns(context.text, allParts);
    if (parts.length < allParts.length) complete = false;
    if (parts.length === 0 || partsFarPastTotal(total, parts) || hasVanishingPart(total, parts))
      return;
    known.add(relationKey(total, parts));
    relations.push({
      type: 'parts-of-total',
      total: total.candidate.id,
      parts: parts.map((p) => p.candidate.id),
      complete: complete && parts.length >= 2,
    });
    for (const part of parts) {
      taken.add(part);
      takenAsParts.add(part);
    }
    taken.add(total);
  };
  for (const frame of context.frames) {
    // A bare number can be a total of listed counts: "a crew of seven – two pilots, four flight attendants".
    if (!context.isAdditive(frame) && frame.candidate.unitKind !== null) continue;
    const found = withinSentence(context, frame);
    if (found)
      add(
        frame,
        [...found.parts, ...restInNextSentence(context, frame, found.parts)],
        found.complete,
      );
  }
  for (const found of nextSentenceBreakdowns(context))
    add(found.total, found.parts, found.complete);
  for (const found of totalsOfPreviousSentence(context)) add(found.total, found.parts, true);
  for (const found of majorities(context)) add(found.total, found.parts, true);
  for (const found of bracketedShares(context)) add(found.total, found.parts, true);
  for (const found of partsOfNamedWholes(context, taken)) add(found.total, found.parts, false);
  for (const found of narrowedCounts(context, taken)) add(found.total, found.parts, false);
  for (const found of listsAfterColon(context, taken)) add(found.total, found.parts, false);
  for (const found of laterBreakdowns(context, taken, takenAsParts))
    add(found.total, found.parts, found.complete);
  for (const found of partsAfterWith(context, taken)) add(found.total, found.parts, false);
  for (const found of partsByWording(context, taken)) add(found.total, found.parts, false);
  for (const found of surveyBalances(context)) add(found.total, found.parts, true);
  for (const found of deathsAmongCases(context)) add(found.total, found.parts, false);
  for (const found of exactSums(context, known)) add(found.total, found.parts, found.complete);
  return withoutSubsumed(context, relations);
}

/**
 * "$1.2 trillion over 10 years, including": the wording of a subset after a
 * figure of another kind that stands right after the total.
 */
function subsetPastOtherFigure(
  context: RelationContext,
  total: QuantityFrame,
  next: QuantityFrame | undefined,
): boolean {
  if (!next || context.isComparable(total, next) || next.candidate.start - total.candidate.end > 40)
    return false;
  const end = Math.min(next.candidate.end + 60, total.sentence.end);
  return SUBSET_FOLLOWS.test(context.text.slice(total.candidate.end, end));
}

/** Parts that add up to far more than the total ("8.4 million people" against "killed 50 people"): other things. */
function partsFarPastTotal(total: QuantityFrame, parts: QuantityFrame[]): boolean {
  return (
    parts.some((part) => inOtherBodyParagraphs(total, part)) &&
    partsAddUpPast(total, parts, MAX_RESTATED_RATIO)
  );
}

/** How small a part may be beside its total: "$7.65 a share" is no part of "$35 billion" of revenue. */
const MIN_PART_RATIO = 1e-6;

function hasVanishingPart(total: QuantityFrame, parts: QuantityFrame[]): boolean {
  const whole = total.number;
  return (
    whole !== null && parts.some((p) => p.number !== null && p.number < whole * MIN_PART_RATIO)
  );
}

function withinSentence(
  context: RelationContext,
  total: QuantityFrame,
): { parts: QuantityFrame[]; complete: boolean } | null {
  const { text } = context;
  const sentenceFrames = context.inSentence(total.sentence.index);
  const position = sentenceFrames.indexOf(total);
  const previous = sentenceFrames[position - 1];
  const after = total.after;
  const before = text.slice(
    Math.max(total.sentence.start, total.candidate.qualifierStart - 40),
    total.candidate.qualifierStart,
  );
  // "30 of 250 staff", "30,000 federal workers among the 193,000 public sector employees":
  // a part stands right before the total, which then opens no list of parts.
  if (
    previous &&
    (OF_BETWEEN.test(total.before) || AMONG_BETWEEN.test(total.before)) &&
    (context.isComparable(previous, total) ||
      isListedCount(total, previous) ||
      (previous.candidate.unit === null && total.candidate.unitKind === 'count'))
  )
    return { parts: [previous], complete: false };
  const ofThe = OF_THE_BEFORE(before);
  const subset =
    SUBSET_FOLLOWS.test(after) ||
    ofThe?.[1].toLowerCase() === 'among' ||
    subsetPastOtherFigure(context, total, sentenceFrames[position + 1]);
  const ofTheTotal =
    ofThe !== null &&
    (COMMA_CLOSING_TOTAL.test(after) ||
      (/^of$/i.test(ofThe[1]) &&
        isSentenceStart(context, total) &&
        PART_FOLLOWS_AT_ONCE.test(after)));
  const breakdown = BREAKDOWN_FOLLOWS.test(after);
  const partsAfter = () =>
    sentenceFrames
      .slice(position + 1, position + 1 + MAX_PARTS)
      .filter(
        (f) =>
          context.isComparable(total, f) ||
          isListedCount(total, f) ||
          (total.candidate.unit === null && f.candidate.unitKind === 'count'),
      );
  // "28 will remain open, with 15 of them run by volunteers": a part of the part before, not another.
  const listed = (subset || ofTheTotal || breakdown ? partsAfter() : []).filter(
    (f, i) => i === 0 || !OF_THEM_AFTER.test(f.after),
  );
  const addition = listed.findIndex((f) => isAdditionInOtherState(context, total, f));
  const following = addition < 0 ? listed : listed.slice(0, addition);
  if (following.length > 0) {
    const parts = following;
    const complete =
      !subset &&
      !SUBSET_WORDING.test(textOf(context, parts[0], parts[parts.length - 1])) &&
      !CLAUSE_BREAK.test(textOf(context, total, parts[parts.length - 1])) &&
      !hasUnnumberedItem(parts[parts.length - 1]);
    return { parts, complete };
  }
  const running = RUNNING_TOTAL_BEFORE(before);
  if (TOTAL_BEFORE(before) || running) {
    const parts = sentenceFrames
      .slice(Math.max(0, position - MAX_PARTS), position)
      .filter((f) => context.isComparable(total, f));
    if (parts.length >= 2 || (running && parts.length >= 1)) return { parts, complete: !running };
  }
  return null;
}

/**
 * "Of the 400 beds, 150 are in Leeds and 200 in York. The remaining 50 are in
 * Hull.": the next sentence of the paragraph names the rest of the total.
 */
function restInNextSentence(
  context: RelationContext,
  total: QuantityFrame,
  parts: QuantityFrame[],
): QuantityFrame[] {
  if (parts.length < 2) return [];
  const next = context.structure.sentences[total.sentence.index + 1];
  if (!next || next.paragraph !== total.paragraph || !CONTINUES_LIST.test(next.text)) return [];
  return context
    .inSentence(next.index)
    .filter((f) => context.isComparable(total, f) || f.candidate.unit === null)
    .slice(0, 1);
}

/** The figure's "Of the ..." opens its sentence. */
function isSentenceStart(context: RelationContext, frame: QuantityFrame): boolean {
  return /^[ \u00a0"“]*(?:of|among)[ \u00a0]/iu.test(
    context.text.slice(frame.sentence.start, frame.candidate.qualifierStart),
  );
}

/** In a list after "a crew of seven –", counts of different nouns ("two pilots, four flight attendants") are parts too. */
function isListedCount(total: QuantityFrame, frame: QuantityFrame): boolean {
  return total.candidate.unitKind === 'count' && frame.candidate.unitKind === 'count';
}

/** "four flight attendants and, unusually, a flight engineer": the list goes on with an item that has no figure. */
function hasUnnumberedItem(last: QuantityFrame): boolean {
  return /^[^,.;:–—]*(?:,|[ \u00a0]and)[ \u00a0]+(?:[\p{L},]+[ \u00a0]+)*?(?:a|an|one|the|several|some|others?)[ \u00a0]/iu.test(
    last.after,
  );
}

function textOf(context: RelationContext, first: QuantityFrame, last: QuantityFrame): string {
  return context.text.slice(first.candidate.qualifierStart, last.candidate.end);
}
