/**
 * The fixed phrasings of a change in one sentence: "fell 30% from X to Y",
 * "a 30% fall in profit, from X to Y", "Y, up 30% from X", "rose 30% to Y from
 * X", "rose from X to Y, an increase of 30%" (or "(up 30%)", "a 30% rise", ",
 * or 30%"), "rose to Y from X, an increase of 30%", "Y is 30% higher than X"; two values with a
 * direction or a factor and no change figure ("fell to Y from X", "Y, up from
 * X", "halved to Y from X"); and a change in points and in percent from an
 * unstated value ("fell 102.2 points, or 0.36%, to 27,934.02").
 */
import { readQualifierBefore } from '../qualifiers.js';
import { FALL_WORDS, RISE_WORDS } from '../direction-words.js';
import type { Direction } from './directions.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';

export const DIRECTION = `${[...RISE_WORDS, ...FALL_WORDS].join('|')}`;
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
export const TO_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?to${S}${HEDGE}$`,
  'iu',
);
/** ", official data showed,": an attribution set between the two values of a change. */
const ATTRIBUTION_BETWEEN = String.raw`(?:,${S}(?:[\p{L}'’-]+${S}){0,4}(?:said|says|showed|shows|reported|reports|estimated|added)${OPTIONAL_S})?`;
/** Between the after and the before value: " from ", " in June, official data showed, from ". */
const THEN_FROM = new RegExp(
  String.raw`^${PER}${TIME}${ATTRIBUTION_BETWEEN}${OPTIONAL_S},?${S}from${S}${HEDGE}$`,
  'iu',
);
/** "a profit of £2.8bn, up 12% from £2.5bn": between after value and change, then change and before value. */
const AFTER_THEN_CHANGE = new RegExp(
  String.raw`^${TIME}${OPTIONAL_S}[,(]${OPTIONAL_S}(${DIRECTION})(?:${S}by)?${S}${HEDGE}$`,
  'iu',
);
const CHANGE_THEN_BEFORE = new RegExp(
  String.raw`^${S}(?:from|on|compared with|against)${S}${HEDGE}$`,
  'iu',
);
/**
 * "The 1,300 cases recorded this year are 30% higher than", "1,300 cases is", "a $4.2bn budget for next year, 5%
 * more than": a value, then the verb (or the comma) that compares it.
 */
const VALUE_THEN_COMPARED = new RegExp(
  String.raw`^,?(?:${S}[\p{L}'’-]+){0,4}?(?:${S}(?:is|are|was|were|has been|have been|had been)${S}|${OPTIONAL_S},${S})${HEDGE}$`,
  'iu',
);
/** " higher than the ", " more than last year's ", " below last year's level of ": the comparison, then its base. */
const COMPARED_THEN_BASE = new RegExp(
  String.raw`^${S}(higher|more|greater|bigger|larger|above|lower|less|fewer|smaller|below)${S}than(?:${S}[\p{L}'’-]+){0,4}?${S}${HEDGE}$|^${S}(above|below)(?:${S}[\p{L}'’-]+){0,4}?${S}${HEDGE}$`,
  'iu',
);
const COMPARED_ABOVE = /^(?:higher|more|greater|bigger|larger|above)$/iu;

/** "1.6 million visited, up from 1.36 million" (not "£7.6bn, down £1.3bn on last year": a change). */
const UP_FROM = new RegExp(
  String.raw`^(?:${S}[\p{L}-]+){0,3}?${TIME}${OPTIONAL_S},?${S}(?:(up|down)${S}from|(higher than|lower than|compared with|compared to|against)(?:${S}from)?)${S}${HEDGE}$`,
  'iu',
);
export const FROM_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?from${S}${HEDGE}$`,
  'iu',
);
/** "halving its dividend payment to 17 cents from 34 cents": a change stated as a factor. */
const FACTOR_WORDS: Array<[RegExp, string]> = [
  [/(?:^|[^\p{L}])halv(?:ed|ing|es|e)(?![\p{L}])/iu, '0.5'],
  [/(?:^|[^\p{L}])doubl(?:ed|ing|es|e)(?![\p{L}])/iu, '2'],
  [/(?:^|[^\p{L}])(?:tripl|trebl)(?:ed|ing|es|e)(?![\p{L}])/iu, '3'],
];
/**
 * The factor a factor word in the last 60 characters before two values states
 * ("halving … to 17 cents from 34 cents"), unless a hedge or a bound comes
 * before it ("more than double", "nearly halved").
 */
export function factorStatedIn(before: string): string | null {
  const leadStart = Math.max(0, before.length - 60);
  for (const [word, factor] of FACTOR_WORDS) {
    const match = word.exec(before.slice(leadStart));
    if (!match) continue;
    const wordStart = leadStart + match.index + match[0].search(/\p{L}/u);
    return readQualifierBefore(before, wordStart, false) === null ? factor : null;
  }
  return null;
}

/** A change on another basis than the figures beside it. */
export const OTHER_BASIS =
  /like-for-like|constant[ \u00a0-]+currenc|real terms|inflation[ \u00a0-]+adjusted|underlying|organic|per[ \u00a0]+(?:capita|head)|annuali[sz]ed|seasonally/iu;

export interface Pair {
  from: QuantityFrame;
  to: QuantityFrame;
  direction: Direction | null;
  factor: string | null;
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
export function changesByAmountAndPercent(
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

/** A percentage or points change, or a change in the values' own unit ("fell by £80m"). */
export function isChangeFigure(frame: QuantityFrame): boolean {
  const unit = frame.candidate.unit;
  return unit === '%' || unit === 'pp' || unit === 'fraction';
}

interface SentenceChange {
  change: QuantityFrame;
  pair: Pair;
  direction: Direction;
}

/** The change and both values in one sentence, in the phrasings listed above. */
export function changesInSentences(context: RelationContext): SentenceChange[] {
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
    // "The 1,300 cases recorded this year are 30% higher than the 1,000 of last year": a value compared with its base.
    const compared = VALUE_THEN_COMPARED.test(between12) && COMPARED_THEN_BASE.exec(between23);
    if (compared) {
      const direction = COMPARED_ABOVE.test(compared[1] ?? compared[2]) ? 'rise' : 'fall';
      found.push({ change: second, pair: pair(third, first), direction });
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

export function directionOf(...words: Array<string | null | undefined>): Direction | null {
  const word = words.find((w) => w !== undefined && w !== null);
  if (word === undefined || word === null) return null;
  if (word === 'rise' || word === 'fall') return word;
  return RISE_WORDS.has(word.toLowerCase()) ? 'rise' : 'fall';
}

/**
 * Two values of one quantity with no change figure between them: "fell to Y
 * from X", "rose from X to Y", "Y, up from X", "halved to Y from X".
 */
export function valuePairs(context: RelationContext): Pair[] {
  const pairs: Pair[] = [];
  const { frames } = context;
  for (let i = 0; i + 1 < frames.length; i++) {
    const [first, second] = [frames[i], frames[i + 1]];
    if (first.sentence !== second.sentence || first.isShare !== second.isShare) continue;
    if (!context.hasSameBaseUnit(first, second) && second.candidate.unit !== null) continue;
    if (OTHER_BASIS.test(first.sentence.text)) continue;
    const between = context.between(first, second);
    const lead = first.before.slice(-60);
    const factor = factorStatedIn(first.before);
    const upFrom = UP_FROM.exec(between);
    if (TO_LAST.test(first.before) && THEN_FROM.test(between))
      pairs.push({ from: second, to: first, direction: lastDirection(lead), factor });
    else if (FROM_LAST.test(first.before) && FROM_TO.test(between))
      pairs.push({ from: first, to: second, direction: lastDirection(lead), factor });
    else if (upFrom) {
      const word = (upFrom[1] ?? upFrom[2]).toLowerCase();
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
