/**
 * change: a stated change between two stated values.
 * In one sentence: "fell 30% from X to Y", "a 30% fall in profit, from X to
 * Y", "Y, up 30% from X", "rose 30% to Y from X", "rose from X to Y, an
 * increase of 30%" (or "(up 30%)", "a 30% rise", ", or 30%"), "rose to Y from
 * X, an increase of 30%"; "halved its dividend to Y from X" (a factor, no
 * change figure). Across sentences: a change with no values ("has fallen by
 * 9.8%") and, in the next sentence of the paragraph, the values with no
 * change ("a decline from 785 to 708"); or a change in the lead ("profits
 * drop 33%") and a later "fell to Y from X" of the same company, or "Y, up
 * from X a year ago" of the same period. A change put on another basis
 * ("like-for-like", "in real terms") is left out.
 */
import type { ChangeRelation } from '../types.js';
import { FALL_WORDS, RISE_WORDS, type Direction, type QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';

const DIRECTION = `${[...RISE_WORDS, ...FALL_WORDS].join('|')}`;
const S = String.raw`[ \u00a0]+`;
const OPTIONAL_S = String.raw`[ \u00a0]*`;
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|an estimated|just over|just under|more than|less than|over|under)${S})?`;
/** A short time phrase after a value: "in 2022", "a year earlier", "last year", "in the previous quarter". */
const TIME = String.raw`(?:${S}(?:in|on|at|during|for)${S}(?:the${S})?[\p{L}\p{N}-]+(?:${S}[\p{N}]{4})?|${S}a year (?:earlier|before|ago)|${S}last year|${S}the previous year)?`;
/** A per-unit phrase the scanner left outside a value: "17 cents a share". */
const PER = String.raw`(?:${S}(?:a|an|per)${S}\p{L}+)?`;
/**
 * What a change noun may name before "from": "a 30% fall in pre-tax profit, from";
 * or what it is compared with: "by 25 percent compared with those in the same group in other states, from".
 */
const CHANGED_THING = String.raw`(?:${S}(?:in|of)${S}[\p{L}-]+(?:${S}[\p{L}-]+){0,2}|${S}(?:compared (?:with|to)|against|versus)${S}[\p{L}-]+(?:${S}[\p{L}-]+){0,8})?`;

/** Between change and before value: "fell 30% from", "a 30% fall in profit, from", "down 30%, from". */
const CHANGE_THEN_FROM = new RegExp(
  String.raw`^(?:${S}(${DIRECTION}))?${CHANGED_THING}${OPTIONAL_S},?${S}from${S}${HEDGE}$`,
  'iu',
);
/** Between before and after value: " to ", " in 2022 to ". */
const FROM_TO = new RegExp(String.raw`^${PER}${TIME}${OPTIONAL_S},?${S}to${S}${HEDGE}$`, 'iu');
/** Between after value and change: ", an increase of ", " (up ", ", or ", ", a ". */
const TO_THEN_CHANGE = new RegExp(
  String.raw`^${TIME}${OPTIONAL_S}[,(–—-]?${OPTIONAL_S}(?:(?:a|an)${S})?(?:(${DIRECTION})(?:${S}(?:of|by))?${S}|(or)${S})?${HEDGE}$`,
  'iu',
);
/** "rose 30% to £260m from £200m". */
const CHANGE_THEN_TO = new RegExp(String.raw`^(?:${S}(${DIRECTION}))?${S}to${S}${HEDGE}$`, 'iu');
const TO_THEN_FROM = new RegExp(
  String.raw`^${TIME}${OPTIONAL_S},?${S}(?:from|compared with|compared to|against|versus|vs\.?)${S}${HEDGE}$`,
  'iu',
);
/** Before the after value, and between it and the before value: "rose to £1.5bn from £982m". */
const TO_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?to${S}${HEDGE}$`,
  'iu',
);
const THEN_FROM = new RegExp(String.raw`^${PER}${TIME}${OPTIONAL_S},?${S}from${S}${HEDGE}$`, 'iu');
/** "a profit of £2.8bn, up 12% from £2.5bn": between after value and change, then change and before value. */
const AFTER_THEN_CHANGE = new RegExp(
  String.raw`^${TIME}${OPTIONAL_S}[,(]${OPTIONAL_S}(${DIRECTION})(?:${S}by)?${S}${HEDGE}$`,
  'iu',
);
const CHANGE_THEN_BEFORE = new RegExp(
  String.raw`^${S}(?:from|on|compared with|against)${S}${HEDGE}$`,
  'iu',
);
/** "1.6 million visited, up from 1.36 million": the two values with a direction and no change figure. */
const UP_FROM = new RegExp(
  String.raw`^(?:${S}[\p{L}-]+){0,3}?${TIME}${OPTIONAL_S},?${S}(up|down|higher than|lower than|compared with|compared to|against)(?:${S}from)?${S}${HEDGE}$`,
  'iu',
);
const FROM_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?from${S}${HEDGE}$`,
  'iu',
);
/** "halving its dividend payment to 17 cents from 34 cents": a change stated as a factor. */
const FACTOR_WORDS: Array<[RegExp, string]> = [
  [/(?:^|[^\p{L}])halv(?:ed|ing|es|e)(?![\p{L}])/iu, '0.5'],
  [/(?:^|[^\p{L}])doubl(?:ed|ing|es|e)(?![\p{L}])/iu, '2'],
  [/(?:^|[^\p{L}])(?:tripl|trebl)(?:ed|ing|es|e)(?![\p{L}])/iu, '3'],
];
/** A change on another basis than the figures beside it. */
const OTHER_BASIS =
  /like-for-like|constant[ \u00a0-]+currenc|real terms|inflation[ \u00a0-]+adjusted|underlying|organic|per[ \u00a0]+(?:capita|head)|annuali[sz]ed|seasonally/iu;

interface Pair {
  from: QuantityFrame;
  to: QuantityFrame;
  direction: Direction | null;
  factor: string | null;
}

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

/** Between an amount of change and its percentage: "fell 102.2 points, or 0.36%, to", "rose 3p (1.2%) to". */
const AMOUNT_OR_PERCENT = /^[ \u00a0]*(?:,[ \u00a0]*or|\()[ \u00a0]*$/iu;
const PERCENT_THEN_TO = /^[ \u00a0]*[),]?[ \u00a0]*(?:to|at)[ \u00a0]+$/iu;
/** "fell", "lost", "added", "gained", "was down", right before the amount. */
const AMOUNT_DIRECTION = new RegExp(
  String.raw`(?:^|[^\p{L}])(${DIRECTION}|lost|losing|loses|added|adding|adds|shed|sheds|shedding)(?:${S}by)?${S}$`,
  'iu',
);

/**
 * "the Dow fell 102.2 points, or 0.36%, to 27,934.02", "shares rose 3p (1.2%)
 * to 262p": a change in the value's unit and in percent, from a value the
 * sentence leaves to be worked out (the value after, minus the change).
 */
function changesByAmountAndPercent(
  context: RelationContext,
): Array<{ by: QuantityFrame; change: QuantityFrame; to: QuantityFrame; direction: Direction }> {
  const found = [];
  const { frames } = context;
  for (let i = 0; i + 2 < frames.length; i++) {
    const [by, change, to] = [frames[i], frames[i + 1], frames[i + 2]];
    if (by.sentence !== change.sentence || change.sentence !== to.sentence) continue;
    if (change.candidate.unit !== '%' || by.isShare || to.isShare) continue;
    if (
      !context.hasSameBaseUnit(by, to) &&
      !(by.candidate.unit !== null && to.candidate.unit === null)
    )
      continue;
    const word = AMOUNT_DIRECTION.exec(by.before)?.[1]?.toLowerCase();
    if (word === undefined) continue;
    if (
      !AMOUNT_OR_PERCENT.test(context.between(by, change)) ||
      !PERCENT_THEN_TO.test(context.between(change, to))
    )
      continue;
    const rises = RISE_WORDS.has(word) || word.startsWith('add');
    found.push({ by, change, to, direction: rises ? ('rise' as const) : ('fall' as const) });
  }
  return found;
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
      const unit = baseUnit(f);
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), f]);
    }
    const groups = [...byUnit.values()];
    if (by && groups.length === 1 && groups[0].length === 1) {
      const [to] = groups[0];
      if (baseUnit(by) === baseUnit(to) && AFTER_VALUE_BEFORE.test(to.before)) {
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

function baseUnit(frame: QuantityFrame): string {
  return frame.candidate.unit?.split('/')[0] ?? 'bare';
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

/** A percentage or points change, or a change in the values' own unit ("fell by £80m"). */
function isChangeFigure(frame: QuantityFrame): boolean {
  const unit = frame.candidate.unit;
  return unit === '%' || unit === 'pp' || unit === 'fraction';
}

interface SentenceChange {
  change: QuantityFrame;
  pair: Pair;
  direction: Direction;
}

/** The change and both values in one sentence, in the phrasings listed above. */
function changesInSentences(context: RelationContext): SentenceChange[] {
  const found: SentenceChange[] = [];
  const { frames } = context;
  const pair = (from: QuantityFrame, to: QuantityFrame): Pair => ({
    from,
    to,
    direction: null,
    factor: null,
  });
  for (let i = 0; i + 2 < frames.length; i++) {
    const [first, second, third] = [frames[i], frames[i + 1], frames[i + 2]];
    if (first.sentence !== second.sentence || second.sentence !== third.sentence) continue;
    if (OTHER_BASIS.test(first.sentence.text)) continue;
    const between12 = context.between(first, second);
    const between23 = context.between(second, third);
    const a = CHANGE_THEN_FROM.exec(between12);
    if (a && FROM_TO.test(between23)) {
      const direction = directionOf(a[1], first.direction);
      if (direction) found.push({ change: first, pair: pair(second, third), direction });
      continue;
    }
    const e = AFTER_THEN_CHANGE.exec(between12);
    if (e && CHANGE_THEN_BEFORE.test(between23)) {
      found.push({ change: second, pair: pair(third, first), direction: directionOf(e[1])! });
      continue;
    }
    const c = CHANGE_THEN_TO.exec(between12);
    if (c && TO_THEN_FROM.test(between23)) {
      const direction = directionOf(c[1], first.direction);
      if (direction) found.push({ change: first, pair: pair(third, second), direction });
      continue;
    }
    // "rose from X to Y, an increase of 30%", "(up 30%)", "a 30% rise", ", or 30%": the change word must be there,
    // or "or" after a direction verb; a bare "from X to Y, 30% ..." may be a share of something else.
    const b = TO_THEN_CHANGE.exec(between23);
    if (b === null) continue;
    const afterChange = /^[ \u00a0]+(\p{L}+)/u.exec(third.after)?.[1];
    const trailing =
      afterChange &&
      (RISE_WORDS.has(afterChange.toLowerCase()) || FALL_WORDS.has(afterChange.toLowerCase()))
        ? afterChange
        : undefined;
    const fromBefore = FROM_BEFORE.exec(first.before);
    if (fromBefore && FROM_TO.test(between12)) {
      const direction = directionOf(b[1], trailing, b[2] ? fromBefore[1] : undefined);
      if (direction) found.push({ change: third, pair: pair(first, second), direction });
      continue;
    }
    const toBefore = TO_BEFORE.exec(first.before);
    if (toBefore && THEN_FROM.test(between12)) {
      const direction = directionOf(b[1], trailing, b[2] ? toBefore[1] : undefined);
      if (direction) found.push({ change: third, pair: pair(second, first), direction });
    }
  }
  return found.filter(
    (f) => isChangeFigure(f.change) || f.change.candidate.unit === f.pair.from.candidate.unit,
  );
}

function directionOf(...words: Array<string | null | undefined>): Direction | null {
  const word = words.find((w) => w !== undefined && w !== null);
  if (word === undefined || word === null) return null;
  if (word === 'rise' || word === 'fall') return word;
  return RISE_WORDS.has(word.toLowerCase()) ? 'rise' : 'fall';
}

/**
 * Two values of one quantity with no change figure between them: "fell to Y
 * from X", "rose from X to Y", "Y, up from X", "halved to Y from X".
 */
function valuePairs(context: RelationContext): Pair[] {
  const pairs: Pair[] = [];
  const { frames } = context;
  for (let i = 0; i + 1 < frames.length; i++) {
    const [first, second] = [frames[i], frames[i + 1]];
    if (first.sentence !== second.sentence || first.isShare !== second.isShare) continue;
    if (!context.hasSameBaseUnit(first, second) && second.candidate.unit !== null) continue;
    if (OTHER_BASIS.test(first.sentence.text)) continue;
    const between = context.between(first, second);
    const lead = first.before.slice(-60);
    const factor = FACTOR_WORDS.find(([word]) => word.test(lead))?.[1] ?? null;
    const upFrom = UP_FROM.exec(between);
    if (TO_LAST.test(first.before) && THEN_FROM.test(between))
      pairs.push({ from: second, to: first, direction: lastDirection(lead), factor });
    else if (FROM_LAST.test(first.before) && FROM_TO.test(between))
      pairs.push({ from: first, to: second, direction: lastDirection(lead), factor });
    else if (upFrom) {
      const word = upFrom[1].toLowerCase();
      const direction =
        word === 'up' || word === 'higher than'
          ? 'rise'
          : word === 'down' || word === 'lower than'
            ? 'fall'
            : null;
      pairs.push({ from: second, to: first, direction, factor });
    }
  }
  return pairs;
}

const TO_LAST = new RegExp(String.raw`(?:^|[^\p{L}])to${S}${HEDGE}$`, 'iu');
const FROM_LAST = new RegExp(String.raw`(?:^|[^\p{L}])from${S}${HEDGE}$`, 'iu');

/** The last direction word in a text: "its net income fell to" → fall. */
function lastDirection(text: string): Direction | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (RISE_WORDS.has(words[i])) return 'rise';
    if (FALL_WORDS.has(words[i])) return 'fall';
  }
  return null;
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
  const fits = changes.filter(
    (change) =>
      change.sentence !== pair.to.sentence &&
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
