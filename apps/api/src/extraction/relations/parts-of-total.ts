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
 * - "won with 20,645 votes to 14,738, a majority of 5,907" (20,645 = 14,738 + 5,907);
 * - a later sentence that breaks down the lead's figure: "to cut 2,850 jobs" ...
 *   "1,100 jobs will go in investment banking while 1,200 and 550 will go in IT
 *   and human resources respectively".
 * `complete` says whether the parts named must add up to the total or only stay
 * within it (wording such as "including", "among them", "another", a list
 * item without a figure, "bringing the total to").
 */
import type { PartsOfTotalRelation } from '../types.js';
import { singularize } from '../units.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';

/** Parts are looked for among this many neighbouring figures (a list of parts is short). */
const MAX_PARTS = 12;

/** "Of the 35 MOUs,", "Among the 538 electors chosen ...,": a total whose parts follow. */
const OF_THE_BEFORE =
  /(?:^|[^\p{L}])(of|among)[ \u00a0]+(?:the|its|their|our|his|her)[ \u00a0]+(?:\p{Lu}[\p{L}&.-]*[ \u00a0]+)?$/iu;
/** "Of the Dow 30 stocks 13 are set to close higher": the first part follows the total's noun at once. */
const PART_FOLLOWS_AT_ONCE = /^(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]+$/u;
/** The comma closing "Of the N X," right away or after up to three words ("Of the £1.2bn budget,"). */
const COMMA_CLOSING_TOTAL = /^(?:[ \u00a0]+[\p{L}][\p{L}'’-]*){0,10},/u;
/** After a total, what opens its parts: ", including", ", of whom", ": ", " – ". */
const SUBSET_FOLLOWS =
  /^(?:[ \u00a0]+[\p{L}'’-]+){0,4}?,?[ \u00a0]+(?:including|of whom|of which|among them|among which|among whom|such as)(?![\p{L}])/iu;
const BREAKDOWN_FOLLOWS =
  /^(?:[ \u00a0]+[\p{L}'’-]+){0,4}?(?:[ \u00a0]*[:–—][ \u00a0]*|[ \u00a0]+-[ \u00a0]+|,?[ \u00a0]+(?:comprising|made up of|consisting of|split between|divided into|broken down into)[ \u00a0]+)(?:\p{L}+[ \u00a0]+)?$/iu;
const TOTAL_BEFORE =
  /(?:^|[^\p{L}])(?:a total of|totall?ing|in all|altogether|overall|combined|together)[ \u00a0,]*$/iu;
const RUNNING_TOTAL_BEFORE =
  /(?:^|[^\p{L}])(?:bring(?:s|ing)?|tak(?:es|ing)|push(?:es|ing)?|rais(?:es|ing))[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:total|tally|toll|number|count)[ \u00a0]+(?:to|of)[ \u00a0]+$/iu;
/** "30 of 250 staff", "38 of its 112 shops", "13 out of 659", "61,000 of the city's 195,000 voters". */
const OF_BETWEEN =
  /^[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:(?:the|its|their|our|his|her|these|those)[ \u00a0]+(?:\p{L}[\p{L}-]*['’]s[ \u00a0]+)?)?$/iu;
/** "30,000 federal workers among the 193,000 public sector employees". */
const AMONG_BETWEEN = /^[ \u00a0]+among[ \u00a0]+(?:the|its|their)[ \u00a0]+$/iu;
/** Wording that says the parts named need not be all of the total. */
const SUBSET_WORDING =
  /(?<![\p{L}])(?:including|includes|included|of whom|of which|among|such as|for example|for instance|e\.g\.|and others|others|some of|so far|to date|another|other|a further|at least)(?![\p{L}])/iu;
/** A clause break between parts: they may be said of different things. */
const CLAUSE_BREAK = /;|(?<![\p{L}])(?:whereas|but|although|though)(?![\p{L}])/iu;
/** "It was made up of", "The deal comprised": the sentence breaks down the previous one's total. */
const BREAKDOWN_SENTENCE =
  /^(?:it|this|that|these|those|they|the[ \u00a0]+\p{L}+|the[ \u00a0]+total|the[ \u00a0]+sum|the[ \u00a0]+figure)[ \u00a0]+(?:was|is|were|are|will be|would be)?[ \u00a0]*(?:made up of|comprised|comprises|comprise|consists of|consisted of|consist of|split between|divided into|broken down into|included|includes|include)(?![\p{L}])/iu;
/** "Twelve of them", "Of those, 300", "Of these 40": parts of the previous sentence's count. */
const OF_THEM_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom)(?![\p{L}])/iu;
const OF_THOSE_BEFORE =
  /^(?:[\p{L}'’-]+[ \u00a0]+){0,2}?of[ \u00a0]+(?:them|those|these)[ \u00a0,]*$/iu;
/** "Within this, internet fraud totalled £43m": a part of the previous sentence's figure. */
const WITHIN_THIS =
  /^(?:within|of|out of|among)[ \u00a0]+(?:this|that|these|those|them|the total)[ \u00a0]*,/iu;
/** A figure given as the base of a comparison: "compared to about 2.8 million last year", "up from 1.36 million". */
const COMPARED_BEFORE =
  /(?:^|[^\p{L}])(?:compared (?:to|with)|from|than|against|versus|vs\.?)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|more than|less than|just over|just under)[ \u00a0]+)?$/iu;
/** "a majority of 5,907", "a margin of 312 votes". */
const MAJORITY_BEFORE =
  /(?:^|[^\p{L}])(?:a|its|his|her|their)[ \u00a0]+majority[ \u00a0]+of[ \u00a0]+$/iu;
/** Between the parts of a breakdown in one sentence: "while", "and", "with another", "respectively". */
const ENUMERATION = /(?<![\p{L}])(?:while|and|another|respectively|with|whereas)(?![\p{L}])|,/iu;

export function findPartsOfTotal(context: RelationContext): PartsOfTotalRelation[] {
  const relations: PartsOfTotalRelation[] = [];
  const taken = new Set<QuantityFrame>();
  const add = (total: QuantityFrame, parts: QuantityFrame[], complete: boolean) => {
    if (parts.length === 0) return;
    relations.push({
      type: 'parts-of-total',
      total: total.candidate.id,
      parts: parts.map((p) => p.candidate.id),
      complete: complete && parts.length >= 2,
    });
    for (const part of parts) taken.add(part);
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
  for (const found of majorities(context)) add(found.total, found.parts, true);
  for (const found of bracketedShares(context)) add(found.total, found.parts, true);
  for (const found of partsOfNamedWholes(context, taken)) add(found.total, found.parts, false);
  for (const found of listsAfterColon(context, taken)) add(found.total, found.parts, false);
  for (const found of laterBreakdowns(context, taken))
    add(found.total, found.parts, found.complete);
  return relations;
}

interface Breakdown {
  total: QuantityFrame;
  parts: QuantityFrame[];
  complete: boolean;
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
  const following = sentenceFrames
    .slice(position + 1, position + 1 + MAX_PARTS)
    .filter(
      (f) =>
        context.isComparable(total, f) ||
        isListedCount(total, f) ||
        (total.candidate.unit === null && f.candidate.unitKind === 'count'),
    );
  const ofThe = OF_THE_BEFORE.exec(before);
  const subset = SUBSET_FOLLOWS.test(after) || ofThe?.[1].toLowerCase() === 'among';
  const ofTheTotal =
    ofThe !== null &&
    (COMMA_CLOSING_TOTAL.test(after) ||
      (/^of$/i.test(ofThe[1]) &&
        isSentenceStart(context, total) &&
        PART_FOLLOWS_AT_ONCE.test(after)));
  const breakdown = BREAKDOWN_FOLLOWS.test(after);
  if ((subset || ofTheTotal || breakdown) && following.length > 0) {
    const parts = following;
    const complete =
      !subset &&
      !SUBSET_WORDING.test(textOf(context, parts[0], parts[parts.length - 1])) &&
      !CLAUSE_BREAK.test(textOf(context, total, parts[parts.length - 1])) &&
      !hasUnnumberedItem(parts[parts.length - 1]);
    return { parts, complete };
  }
  const running = RUNNING_TOTAL_BEFORE.test(before);
  if (TOTAL_BEFORE.test(before) || running) {
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

/**
 * "The SEC agreed a deal totalling $375m ... It was made up of $250m ... and
 * $125m ...": the total is the previous sentence's last comparable figure.
 * "13 out of 659 are MPs ... Twelve of them ..., and one ...": the parts of the
 * previous sentence's count.
 */
function nextSentenceBreakdowns(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  const { sentences } = context.structure;
  for (let s = 1; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentences[s - 1].paragraph !== sentence.paragraph) continue;
    const frames = context
      .inSentence(s)
      .filter((f) => context.isAdditive(f) || f.candidate.unit === null);
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
      !within &&
      !SUBSET_WORDING.test(sentence.text.replace(/of (?:them|those|these)/iu, ''));
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
function partsOfNamedWholes(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (taken.has(frame) || (frame.candidate.unit !== null && frame.candidate.unitKind !== 'count'))
      continue;
    const named = OF_NAMED_WHOLE.exec(frame.after);
    if (!named) continue;
    const noun = singularize(
      named[1]
        .toLowerCase()
        .split(/[ \u00a0]+/)
        .pop() ?? '',
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
    if (wholes.length === 0 || !wholes.every((w) => sameValue(w, wholes[0]))) continue;
    found.push({ total: wholes[wholes.length - 1], parts: [frame], complete: false });
  }
  return found;
}

function sameNounClass(context: RelationContext, frame: QuantityFrame, noun: string): boolean {
  return (
    context.nounClassOf(frame.candidate.unit) !== undefined &&
    context.nounClassOf(frame.candidate.unit) === context.nounClassOf(noun)
  );
}

/**
 * "54% saying they are either uncertain (25%) or pessimistic (29%)": a share
 * spelled out into the shares of its answers, in brackets after each.
 */
function bracketedShares(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (!frame.isShare || /\([ \u00a0]*$/u.test(frame.before)) continue;
    const parts: QuantityFrame[] = [];
    for (const next of context
      .inSentence(frame.sentence.index)
      .filter((f) => f.index > frame.index)) {
      if (!next.isShare || !/\([ \u00a0]*$/u.test(next.before)) break;
      parts.push(next);
    }
    const clause =
      parts.length > 0
        ? context.text.slice(frame.candidate.end, parts[parts.length - 1].candidate.start)
        : '';
    if (parts.length >= 2 && /(?:^|[^\p{L}])(?:either|or|and)(?![\p{L}])/iu.test(clause))
      found.push({
        total: frame,
        parts,
        complete: /(?:^|[^\p{L}])either(?![\p{L}])/iu.test(clause),
      });
  }
  return found;
}

/** "won with 20,645 votes, compared to 14,738 for ..., giving a majority of 5,907": the winner's votes = the runner-up's + the majority. */
function majorities(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (!MAJORITY_BEFORE.test(frame.before)) continue;
    const earlier = context
      .inSentence(frame.sentence.index)
      .filter(
        (f) => f.index < frame.index && context.isAdditive(f) && f.candidate.unitKind === 'count',
      );
    if (earlier.length !== 2) continue;
    found.push({ total: earlier[0], parts: [earlier[1], frame], complete: true });
  }
  return found;
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
function listsAfterColon(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
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
/** "Another 1,700 will go ...": the sentence goes on with the previous sentence's list. */
const CONTINUES_LIST = /^(?:another|a further|the other|the remaining|the rest)(?![\p{L}])/iu;

/**
 * A sentence that lists two or more figures of one kind, coordinated ("A ...
 * while B and C ... respectively", "another"), breaks down a figure stated in
 * an earlier paragraph: the figure of that kind the parts add up to, or else
 * the one such figure (stated once, or restated with the same value), when its
 * sentence has words in common with theirs.
 */
function laterBreakdowns(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
  const found: Breakdown[] = [];
  const { sentences } = context.structure;
  for (let s = 1; s < sentences.length; s++) {
    const frames = context
      .inSentence(s)
      .filter((f) => context.isAdditive(f) && !taken.has(f) && !f.inHeadline);
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
          .filter((f) => !taken.has(f) && context.isComparable(f, parts[0])),
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
  const larger = candidates.filter((c) => exceedsEach(c, parts));
  if (larger.length > 0) candidates = larger;
  if (adding.length > 0) {
    const values = new Set(adding.map((c) => c.candidate.value?.toString() ?? ''));
    return values.size === 1 ? adding[adding.length - 1] : null;
  }
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

function sameValue(a: QuantityFrame, b: QuantityFrame): boolean {
  const [x, y] = [a.candidate.value, b.candidate.value];
  return x !== null && y !== null && x.cmp(y) === 0;
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
