/**
 * change: a stated change between two stated values. The fixed phrasings of
 * one sentence are read in change-phrasings.ts; here besides, a change figure
 * with its two values anywhere in its sentence ("dropped 5.3% to post a new
 * low of $3.91 after closing at $4.13"), or in the sentence before ("that's a
 * drop of nearly 8%"). Across sentences: a change with no values ("has fallen by
 * 9.8%") and, in the next sentence of the paragraph, the values with no
 * change ("a decline from 785 to 708"); or a change in the lead ("profits
 * drop 33%") and a later "fell to Y from X" of the same company, or "Y, up
 * from X a year ago" of the same period. A change put on another basis
 * ("like-for-like", "in real terms") is left out.
 */
import type { ChangeRelation } from '../types.js';
import {
  changesByAmountAndPercent,
  changesInSentences,
  FACTOR_WORDS,
  isChangeFigure,
  OTHER_BASIS,
  valuePairs,
  type Pair,
} from './change-phrasings.js';
import type { Direction, QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';

export function findChanges(context: RelationContext): ChangeRelation[] {
  const relations: ChangeRelation[] = [];
  const used = new Set<QuantityFrame>();
  const relate = (change: QuantityFrame | null, pair: Pair, direction: Direction | null) => {
    relations.push({
      type: 'change',
      from: pair.from.candidate.id,
      to: pair.to.candidate.id,
      change: change?.candidate.id ?? null,
      by: null,
      direction,
      factor: pair.factor,
    });
    for (const frame of [change, pair.from, pair.to]) if (frame) used.add(frame);
  };
  for (const found of changesInSentences(context))
    relate(found.change, found.pair, found.direction);
  for (const found of changesOfOneSentence(context, used)) {
    relations.push({
      type: 'change',
      from: found.from?.candidate.id ?? null,
      to: found.to.candidate.id,
      change: found.change.candidate.id,
      by: found.by?.candidate.id ?? null,
      direction: found.change.direction,
      factor: null,
    });
    for (const frame of [found.from, found.to, found.change, found.by]) if (frame) used.add(frame);
  }
  for (const found of changesByAmountAndPercent(context)) {
    if ([found.by, found.change, found.to].some((f) => used.has(f))) continue;
    relations.push({
      type: 'change',
      from: null,
      to: found.to.candidate.id,
      change: found.change.candidate.id,
      by: found.by.candidate.id,
      direction: found.direction,
      factor: null,
    });
    for (const frame of [found.by, found.change, found.to]) used.add(frame);
  }
  for (const pair of factorsOfEarlierValues(context, used)) relate(null, pair, pair.direction);
  const pairs = valuePairs(context).filter((p) => !used.has(p.from) && !used.has(p.to));
  const changes = context.frames.filter(
    (f) =>
      !used.has(f) &&
      f.direction !== null &&
      isChangeFigure(f) &&
      !OTHER_BASIS.test(f.sentence.text),
  );
  for (const pair of pairs) {
    if (used.has(pair.from) || used.has(pair.to)) continue;
    const change = pair.factor === null ? changeStatedElsewhere(context, pair, changes) : null;
    if (change) {
      changes.splice(changes.indexOf(change), 1);
      relate(change, pair, change.direction);
    } else if (pair.factor !== null || pair.direction !== null) relate(null, pair, pair.direction);
  }
  return relations;
}

/** "halving GM's stake to 10%": a factor and the value it led to, with no "from" after it. */
const FACTOR_TO_BEFORE =
  /(?:^|[^\p{L}])(?:halv|doubl|tripl|trebl)(?:ed|ing|es|e)(?:[ \u00a0]+[\p{L}'’-]+){0,4}[ \u00a0]+to[ \u00a0]+$/iu;
const FROM_AFTER = /^[ \u00a0,]*from(?![\p{L}])/iu;

/**
 * "GM swapped a 6% stake in itself for 20% of Fiat ... halving GM's stake to
 * 10%": a value halved (doubled, tripled) from a figure stated earlier, which
 * is the one earlier figure of its unit that the factor leads from.
 */
function factorsOfEarlierValues(context: RelationContext, used: Set<QuantityFrame>): Pair[] {
  const pairs: Pair[] = [];
  for (const to of context.frames) {
    if (used.has(to) || to.number === null || FROM_AFTER.test(to.after)) continue;
    if (!FACTOR_TO_BEFORE.test(to.before)) continue;
    const factor = FACTOR_WORDS.find(([word]) => word.test(to.before.slice(-60)))?.[1];
    if (factor === undefined) continue;
    const from = context
      .framesBefore(to)
      .filter(
        (f) =>
          !used.has(f) &&
          f.number !== null &&
          f.candidate.unit === to.candidate.unit &&
          Math.abs(f.number * Number(factor) - to.number!) <= 1e-9 * Math.abs(to.number!),
      );
    if (from.length !== 1) continue;
    pairs.push({
      from: from[0],
      to,
      direction: Number(factor) < 1 ? 'fall' : 'rise',
      factor,
    });
  }
  return pairs;
}

/** Before a value, words that make it the value after a change: "to", "to post a new low of", "now at". */
const AFTER_VALUE_BEFORE =
  /(?:^|[^\p{L}])(?:to|now|reach(?:ed|ing)?|hit(?:ting)?|(?:new|record|all-time)[ \u00a0]+(?:high|low)[ \u00a0]+of|closed at|stood at|standing at|at)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just over|just under)[ \u00a0]+)?$/iu;
/** Before a value, words that make it the value before a change: "from", "after closing at", "compared with", "than". */
const BEFORE_VALUE_BEFORE =
  /(?:^|[^\p{L}])(?:from|after closing at|closing price of|compared (?:with|to)|than|previous(?:ly)?|earlier|prior|down from|up from|last year's|a year earlier of)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just over|just under)[ \u00a0]+)?$/iu;
const THAN_AFTER =
  /^[ \u00a0]+(?:higher|lower|more|less|above|below|up|down)[ \u00a0]+(?:than|on|from)[ \u00a0]+(?:the|a|an|its|last|previous)[ \u00a0]/iu;
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
function changesOfOneSentence(
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
    // "9.6 percent higher than the same month in 2019": a change against a base the sentence names in words.
    if (THAN_AFTER.test(change.after)) continue;
    const here = context.inSentence(s).filter((f) => f !== change && !used.has(f));
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
      if (by.baseUnit === to.baseUnit && AFTER_VALUE_BEFORE.test(to.before)) {
        found.push({ from: null, to, change, by });
        continue;
      }
    }
    const pairs = groups.filter((group) => group.length === 2);
    if (pairs.length !== 1 || groups.some((group) => group.length > 2)) continue;
    const values = pairs[0];
    if (!isPlausiblePair(values[0], values[1])) continue;
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
  const isAfter = (f: QuantityFrame) => AFTER_VALUE_BEFORE.test(f.before);
  const isBefore = (f: QuantityFrame) => BEFORE_VALUE_BEFORE.test(f.before);
  // Two figures with no word that makes either a value before or after ("close 38 of its 112 shops"): no change of them.
  if (![a, b].some((f) => isAfter(f) || isBefore(f))) return null;
  if ((isAfter(a) && !isAfter(b)) || (isBefore(b) && !isBefore(a))) return { from: b, to: a };
  if ((isAfter(b) && !isAfter(a)) || (isBefore(a) && !isBefore(b))) return { from: a, to: b };
  if (direction === null) return null;
  const larger = a.candidate.value!.cmp(b.candidate.value!) >= 0 ? a : b;
  const smaller = larger === a ? b : a;
  return direction === 'fall' ? { from: larger, to: smaller } : { from: smaller, to: larger };
}

/**
 * The change figure stated for a pair of values elsewhere: in the sentence
 * before or after it in the paragraph, when that sentence states a change in
 * the same direction and no values ("has fallen by 9.8%. ... a decline from
 * 785 to 708"); or earlier in the article, of the same company or period
 * ("Heineken saw its annual profits drop 33%" ... "Heineken's net income fell
 * to 537m euros ... from 798m euro"), when exactly one such change fits.
 */
function changeStatedElsewhere(
  context: RelationContext,
  pair: Pair,
  changes: QuantityFrame[],
): QuantityFrame | null {
  const sentence = pair.to.sentence.index;
  const fits = changes.filter(
    (change) =>
      change.sentence.index <= sentence + 1 &&
      sentence - change.sentence.index <= MAX_SENTENCES_BACK &&
      change.sentence.index !== sentence &&
      (pair.direction === null || change.direction === pair.direction) &&
      standsAlone(context, change, pair),
  );
  const adjacent = fits.filter(
    (change) =>
      change.paragraph === pair.to.paragraph &&
      Math.abs(change.sentence.index - pair.to.sentence.index) === 1,
  );
  if (adjacent.length === 1) return adjacent[0];
  const earlier = fits.filter(
    (change) =>
      change.sentence.index < pair.to.sentence.index &&
      pair.to.sentence.index - change.sentence.index <= MAX_SENTENCES_BACK &&
      (sharesName(context, change, pair.to) ||
        (change.time !== null && change.time === pair.from.time)),
  );
  return earlier.length === 1 ? earlier[0] : null;
}

/** "303,417 vehicles, up 4 percent", "(up 4%)": a change stated right after the value it is a change of. */
const ATTACHED_TO_VALUE =
  /^(?:[ \u00a0]+[\p{L}\d-]+){0,3}?[ \u00a0]*[,(]?[ \u00a0]*(?:up|down|rising|falling|increasing|decreasing|(?:an?[ \u00a0]+)?(?:increase|decrease|rise|fall|drop|gain|jump)[ \u00a0]+of)[ \u00a0]+(?:by[ \u00a0]+)?$/iu;

/**
 * A change whose values are stated elsewhere: not attached to a value of its
 * own ("303,417 vehicles, up 4 percent"), and no figure of the pair's kind in
 * its sentence ("has fallen by 9.8%": the "18 months" there is no such value).
 */
function standsAlone(context: RelationContext, change: QuantityFrame, pair: Pair): boolean {
  const previous = context.frames[change.index - 1];
  if (previous && previous.sentence === change.sentence && ATTACHED_TO_VALUE.test(change.before))
    return false;
  return context
    .inSentence(change.sentence.index)
    .every(
      (f) =>
        f === change ||
        f.isShare ||
        (!context.hasSameBaseUnit(f, pair.from) &&
          !(f.candidate.unit === null && pair.from.candidate.unit === null)),
    );
}

/** How far back a change stated in the lead may be from its values: an article's length, bounded for a long text. */
const MAX_SENTENCES_BACK = 60;

/** A capitalised name (not the sentence's first word) that both sentences use: the same company. */
function sharesName(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  const y = context.capitalisedWordsOf(b.sentence);
  for (const name of context.capitalisedWordsOf(a.sentence))
    if (!COMMON_CAPITALISED.has(name) && y.has(name)) return true;
  return false;
}

const COMMON_CAPITALISED = new Set([
  'The',
  'It',
  'He',
  'She',
  'They',
  'We',
  'In',
  'On',
  'At',
  'But',
  'And',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'Their',
  'His',
  'Her',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'However',
  'Meanwhile',
  'Both',
  'According',
]);
