/**
 * Two figures read as one claim, or told apart: ranges ("5-7%", "between 5 and
 * 7", "2 to 3 million"), fractions of two numbers ("one in five", "three out of
 * 10"), ratios ("a two-to-one margin"), the start of a change that takes the unit and scale of its end ("from
 * 5 to 7 per cent"), and four-digit figures paired with a count, so no year
 * ("from 785 to 1062").
 */
import {
  dividedToPlaces,
  type ExactDecimal,
  FRACTION_PLACES,
  timesPowerOfTen,
} from './exact-decimal.js';
import { isSplitOfCount } from './count-splits.js';
import { CHANGE_WORD_BEFORE } from './direction-words.js';
import { isYearDigits, looksLikeYear } from './exclusions.js';
import type { NumericCandidate } from './numeric-candidate.js';
import { readNumeral } from './numerals.js';
import { readQualifierBefore } from './qualifiers.js';
import {
  readQuantity,
  skipCurrencySymbol,
  type Quantity,
  type ReaderContext,
} from './quantity-reader.js';
import { wordSet } from '../text/words.js';
import { endExec } from './text-helpers.js';
import type { UnitKind } from './units.js';

const RANGE_CONNECTOR = /[ \u00a0]*(?:-|–|—)[ \u00a0]*|[ \u00a0]+(to|and|or)[ \u00a0]+/y;
export const FRACTION_CONNECTOR = /[ \u00a0]+(?:in|(out)[ \u00a0]+of)[ \u00a0]+(every[ \u00a0]+)?/y;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \u00a0]+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+$/iu;
/** "by a margin of 48% to 38%", "led 52% to 48%": two figures set against each other, no range. */
const AGAINST_EACH_OTHER_BEFORE =
  /(?:^|[^\p{L}])(?:by|margin of|led|leads|lead|leading|trailed|trails|trailing|beat|beats|won|wins)[ \u00a0]+\(?$/iu;
/** "down by 30 to 126", "lost 2 to 40": a change by an amount before "X to Y" (with CHANGE_WORD_BEFORE). */
const AMOUNT_CHANGE_BEFORE = /(?:^|[^\p{L}])(?:by|lost|added|shed)[ \u00a0]+$/iu;
/** "Biden leads Trump 51 percent to 43 percent", "his lead in the poll was 50 to 41 per cent", "by a two-to-one margin (41 percent to 20 percent)": a pairing, no range. */
const LEAD_BEFORE =
  /(?:^|[^\p{L}])(?:leads?|led|leading|trails?|trailed|trailing|beats?|beating|ahead|margin)(?![\p{L}])(?:[ \u00a0]+[\p{L}'’.]+){0,5}[ \u00a0]+\(?$/iu;
/** "$50-100,000": the last end's thousands, written once, apply to the first. */
const THOUSANDS_WRITTEN_ONCE = /^(\d{1,3})((?:,000)+)$/;

/** A four-digit number is a quantity, not a year, with a currency, a measure unit, or a hedge and a counted noun ("about 2000 people"). */
export function isQuantityNotYear(text: string, quantity: Quantity): boolean {
  if (quantity.hasCurrencyPrefix) return true;
  const kind = quantity.unitKind;
  if (kind === 'percent' || kind === 'currency' || kind === 'measure' || kind === 'times')
    return true;
  if (kind === 'count' && readQualifierBefore(text, quantity.start, false) !== null)
    return !YEAR_MODIFIED_NOUNS.has(quantity.unit?.toLowerCase() ?? '');
  return isPairedWithCount(text, quantity);
}

/** "from 785 to 1062", "from 1178 to 708", "between 950 and 1100": the other end is no year, so neither is this. */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const PAIR_OPENED_BEFORE = endExec(
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:from[ \u00a0]+${NUMBER}[ \u00a0]+to|between[ \u00a0]+${NUMBER}[ \u00a0]+and)[ \u00a0]+$`,
    'iu',
  ),
);
const PAIR_OPENS_BEFORE = endExec(/(?:^|[^\p{L}])(from|between)[ \u00a0]+$/iu);
const PAIR_CLOSED_AFTER = new RegExp(
  String.raw`[ \u00a0]+(to|and)[ \u00a0]+${NUMBER}(?![\p{L}\p{N}])`,
  'iuy',
);

function isPairedWithCount(text: string, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, quantity.start - 40), quantity.start);
  const opened = PAIR_OPENED_BEFORE(before);
  if (opened) return !isYearDigits(opened[1] ?? opened[2]);
  const opens = PAIR_OPENS_BEFORE(before);
  if (!opens) return false;
  PAIR_CLOSED_AFTER.lastIndex = quantity.numeral.end;
  const closed = PAIR_CLOSED_AFTER.exec(text);
  const connector = opens[1].toLowerCase() === 'from' ? 'to' : 'and';
  return closed !== null && closed[1].toLowerCase() === connector && !isYearDigits(closed[2]);
}

/** Nouns a year modifies ("above 2019 levels", "over 2000 prices"); no hedge makes them a count. */
const YEAR_MODIFIED_NOUNS = wordSet(`
  level figure price result rate high low peak average value number standard budget target
  estimate forecast total
`);

interface RangeEnd {
  end: number;
  low: ExactDecimal;
  high: ExactDecimal;
  unit: string | null;
  unitKind: UnitKind | null;
  nounPhrase: string | null;
}

/**
 * "5-7%", "2 to 3 times a week", "between 5 and 7", "£200 to £400", "two or three".
 * Not a range after "from" (a change), with two different units, or when the
 * ends do not rise; a hyphen between digits that is no range is a score or code.
 */
export function readRange(
  context: ReaderContext,
  first: Quantity,
): RangeEnd | 'not-a-quantity' | null {
  const { text } = context;
  if (first.unitKind === 'count' || first.unitKind === 'fraction') return null;
  RANGE_CONNECTOR.lastIndex = first.end;
  const connector = RANGE_CONNECTOR.exec(text);
  if (!connector) return null;
  const word = connector[1]?.toLowerCase();
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  if (word === 'and' && !BETWEEN_BEFORE.test(before)) return null;
  if (
    word === 'to' &&
    (FROM_BEFORE.test(before) ||
      AGAINST_EACH_OTHER_BEFORE.test(before) ||
      LEAD_BEFORE.test(text.slice(Math.max(0, first.start - 48), first.start)))
  )
    return null;
  const secondPosition = skipCurrencySymbol(text, RANGE_CONNECTOR.lastIndex);
  const isHyphen = word === undefined;
  const second = readNumeral(text, secondPosition)
    ? readQuantity(context, secondPosition, true)
    : null;
  const tightHyphen = isHyphen && connector[0].length === 1 && first.numeral.form === 'digits';
  if (!second || second.quantity === undefined)
    return tightHyphen && second ? 'not-a-quantity' : null;
  const last = second.quantity;
  // "between 950 and 1100 people": the four-digit end of a range of counts is a count too.
  const yearAfterCount =
    word !== undefined && looksLikeYear(last.numeral) && !looksLikeYear(first.numeral);
  if (
    last.numeral.fraction ||
    (looksLikeYear(last.numeral) !== looksLikeYear(first.numeral) && !yearAfterCount)
  )
    return null;
  if (first.unit !== null && last.unit !== null && first.unit !== last.unit) return null;
  // "falling 0.9% to 150.6 per dollar": a unit on the first number only is no range ("5-7%" has it on the last).
  if (first.unit !== null && last.unit === null && !first.hasCurrencyPrefix) return null;
  let low = first.value;
  // "2 to 3 million": the scale written once applies to both ends.
  if (!first.numeral.scaled && last.numeral.scaled)
    low = timesPowerOfTen(low, last.numeral.scalePower);
  const thousands = THOUSANDS_WRITTEN_ONCE.exec(last.numeral.digits);
  if (
    thousands &&
    /^\d{1,3}$/.test(first.numeral.digits) &&
    Number(first.numeral.digits) < Number(thousands[1])
  )
    low = timesPowerOfTen(low, (thousands[2].length / 4) * 3);
  if (low.cmp(last.value) >= 0) {
    // "a slim 51-49 margin", "a 6-3 vote": the two sides of a count, each a claim; "won 3-1" is a score.
    const split = isSplitOfCount(text, first.start, last.numeral.end);
    return tightHyphen && !split ? 'not-a-quantity' : null;
  }
  // "down by 30 to 126", "rose 2.1p to 142.2p": a change, then the level it reached, unless both ends are close
  // enough to bound one change ("by 2 to 3 points", "rose 3% to 4%").
  const changeBefore =
    AMOUNT_CHANGE_BEFORE.test(before) ||
    CHANGE_WORD_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start));
  if (word === 'to' && changeBefore && last.value.gt(low.times(3))) return null;
  return {
    end: last.end,
    low,
    high: last.value,
    unit: first.unit ?? last.unit,
    unitKind: first.unitKind ?? last.unitKind,
    nounPhrase: last.nounPhrase,
  };
}

/** "one in five", "three out of 10": a fraction from the span's first number to its last. */
export function readFractionOf(
  context: ReaderContext,
  candidate: NumericCandidate,
  quantity: Quantity,
): void {
  const { text } = context;
  FRACTION_CONNECTOR.lastIndex = quantity.numeral.end;
  const connector = FRACTION_CONNECTOR.exec(text);
  if (!connector) return;
  const denominator = readNumeral(text, FRACTION_CONNECTOR.lastIndex);
  if (!denominator || denominator.fraction || denominator.scaled || looksLikeYear(denominator))
    return;
  if (denominator.value.cmp(quantity.value) <= 0 || denominator.value.isZero()) return;
  // "13 out of 659 (MPs)" counts a part and its whole; "three out of 10", "one out of every five" state a share.
  if (connector[1] && !connector[2] && !isRoundBase(denominator.value)) return;
  candidate.end = denominator.end;
  candidate.value = dividedToPlaces(quantity.value, denominator.value, FRACTION_PLACES);
  candidate.unit = 'fraction';
  candidate.unitKind = 'fraction';
}

/** "-to-" between two numerals: "two-to-one", "3-to-1". */
const RATIO_CONNECTOR = /[-‑]to[-‑]/y;
/** What a ratio may be said of, in its span: "a two-to-one margin". */
const RATIO_NOUN_AFTER = /[ \u00a0]+(?:margin|ratio|majority|split|odds)(?![\p{L}])/iuy;
const RATIO_BEFORE = /(?:^|[^\p{L}])(?:odds of|ratio of|by)[ \u00a0]+$/iu;

/** "a two-to-one margin", "3-to-1 odds": the ratio of the two numbers, unit `ratio`. */
export function readRatioOf(
  context: ReaderContext,
  candidate: NumericCandidate,
  quantity: Quantity,
): void {
  const { text } = context;
  RATIO_CONNECTOR.lastIndex = quantity.numeral.end;
  if (!RATIO_CONNECTOR.test(text)) return;
  const second = readNumeral(text, RATIO_CONNECTOR.lastIndex);
  if (!second || second.fraction || second.value.isZero()) return;
  RATIO_NOUN_AFTER.lastIndex = second.end;
  const noun = RATIO_NOUN_AFTER.test(text);
  // "one-to-one relationships", "a one-to-one meeting": idioms, no ratio.
  if (!noun && !RATIO_BEFORE.test(text.slice(Math.max(0, quantity.start - 12), quantity.start)))
    return;
  candidate.end = noun ? RATIO_NOUN_AFTER.lastIndex : second.end;
  candidate.value = dividedToPlaces(quantity.value, second.value, FRACTION_PLACES);
  candidate.unit = 'ratio';
  candidate.unitKind = 'times';
}

const TO_AFTER = /[ \u00a0]+to[ \u00a0]+/y;

/**
 * "from 32,000 to 38,000 feet", "from 5 to 7 per cent", "from $10 to $12 million":
 * a change's start takes the unit and the scale written only at its end, the
 * scale when both figures are of one size ("from 900 to 1.2 million" keeps 900).
 */
export function readChangeStart(
  context: ReaderContext,
  candidate: NumericCandidate,
  quantity: Quantity,
): void {
  const { text } = context;
  if (quantity.numeral.scaled && candidate.unit !== null) return;
  TO_AFTER.lastIndex = candidate.end;
  if (!TO_AFTER.test(text)) return;
  if (!FROM_BEFORE.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))) return;
  const position = skipCurrencySymbol(text, TO_AFTER.lastIndex);
  if (!readNumeral(text, position)) return;
  const end = readQuantity(context, position, true).quantity;
  if (!end) return;
  const kind = end.unitKind;
  if (
    candidate.unit === null &&
    (kind === 'percent' || kind === 'measure' || kind === 'duration' || kind === 'currency')
  )
    Object.assign(candidate, { unit: end.unit, unitKind: kind });
  if (quantity.numeral.scaled || !end.numeral.scaled || candidate.value === null) return;
  const mantissa = timesPowerOfTen(end.numeral.value, -end.numeral.scalePower);
  const value = candidate.value;
  if (value.gt(0) && mantissa.lte(value.times(10)) && value.lte(mantissa.times(10)))
    candidate.value = timesPowerOfTen(value, end.numeral.scalePower);
}

/** A base a share is given over: up to ten, or a power of ten ("out of 100"). */
function isRoundBase(value: ExactDecimal): boolean {
  return value.lte(10) || /^10+$/.test(value.toString());
}
