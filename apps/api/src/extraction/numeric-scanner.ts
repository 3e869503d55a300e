/**
 * Finds the numeric claims of a text in one pass: a global regex finds every
 * digit or number word, and each one is read in place with sticky regexes over
 * a few characters around it. Nothing here scans the text twice.
 */
import { appositiveAgeOf, isAgedBefore } from './ages.js';
import { dividedToPlaces, ExactDecimal, timesPowerOfTen } from './exact-decimal.js';
import { endOfYear, isDefiniteWordNumeral, isGappedCount, looksLikeYear } from './exclusions.js';
import { ARTICLE_NUMERAL_WORDS, NUMERAL_START_WORDS, readNumeral } from './numerals.js';
import { readQualifierAfter, readQualifierBefore } from './qualifiers.js';
import {
  readQuantity,
  skipCurrencySymbol,
  skipGlued,
  type Quantity,
  type ReaderContext,
} from './quantity-reader.js';
import type { DocumentText } from '../text/document-text.js';
import type { Bound } from './types.js';
import { readExchangeRateAfter, readRateAfter, type UnitKind } from './units.js';

export interface NumericCandidate {
  /** UTF-16 span. */
  start: number;
  end: number;
  value: ExactDecimal | null;
  low: ExactDecimal | null;
  high: ExactDecimal | null;
  unit: string | null;
  unitKind: UnitKind | null;
  /** The counted noun as written, when it is in the span. */
  nounPhrase: string | null;
  approximate: boolean;
  bound: Bound | null;
  subject: string | null;
  /** For an age in "Jane Doe, 34", the person. */
  ageOf: string | null;
  /** The original amount this bracketed currency conversion converts. */
  conversionOf: NumericCandidate | null;
  /** Preceded by "the"/"these"/"those": refers back to a stated quantity ("Of the 35 MOUs"). */
  definite: boolean;
  /** Start of the hedge before the span ("about"), or `start`. */
  qualifierStart: number;
  /** The claim id ("n3"), given once all numbers are found. */
  id: string;
}

const NUMERAL_CANDIDATES = new RegExp(
  `\\d|\\b(?:${NUMERAL_START_WORDS.join('|')})\\b|\\ban?(?=[ \\u00a0]+(?:${ARTICLE_NUMERAL_WORDS.join('|')})\\b)`,
  'gi',
);

const RANGE_CONNECTOR = /[ \u00a0]*(?:-|–|—)[ \u00a0]*|[ \u00a0]+(to|and|or)[ \u00a0]+/y;
const FRACTION_CONNECTOR = /[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+/y;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \u00a0]+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+$/iu;
/** Tested at the span's start: the lookbehind reads backwards, no slice needed. */
const DEFINITE_BEFORE = /(?<=(?:^|[^\p{L}])(?:the|these|those)[ \u00a0]+)/iuy;
/** Hedges and words that make "one" a count ("at least one", "only one") rather than a pronoun or article. */
const DURATION_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:for|within|in|after|than|about|nearly|almost|only|just|least|to|over|under|around|some)[ \u00a0]+$/iu;
const COUNTING_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:only|just|at least|more than|fewer than|less than|exactly|about|nearly|almost|up to|no more than)[ \u00a0]+$/iu;

export function scanNumericClaims(text: string, structure: DocumentText): NumericCandidate[] {
  const context: ReaderContext = {
    text,
    structure,
    inHeadline: (position) => structure.paragraphAt(position).isHeadline,
  };
  const candidates: NumericCandidate[] = [];
  const finder = new RegExp(NUMERAL_CANDIDATES.source, NUMERAL_CANDIDATES.flags);
  for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
    const { candidate, resumeAt } = readCandidate(context, match.index);
    if (candidate) candidates.push(candidate);
    finder.lastIndex = Math.max(resumeAt, match.index + 1);
  }
  linkConversions(text, candidates);
  return candidates;
}

interface CandidateResult {
  candidate: NumericCandidate | null;
  resumeAt: number;
}

function readCandidate(context: ReaderContext, position: number): CandidateResult {
  const { text } = context;
  const first = readQuantity(context, position);
  if (first.quantity === undefined) return { candidate: null, resumeAt: first.skipTo };
  const quantity = first.quantity;
  const numeral = quantity.numeral;
  if (looksLikeYear(numeral) && !isQuantityNotYear(text, quantity))
    return { candidate: null, resumeAt: endOfYear(text, numeral.end) };

  const range = readRange(context, quantity);
  if (range === 'not-a-quantity')
    return { candidate: null, resumeAt: skipGlued(text, quantity.end) };
  if (!range && numeral.form === 'words' && isIdiomaticWord(text, quantity))
    return { candidate: null, resumeAt: numeral.end };

  const candidate = newCandidate(quantity);
  if (range) {
    Object.assign(candidate, {
      end: range.end,
      value: null,
      low: range.low,
      high: range.high,
      unit: range.unit,
      unitKind: range.unitKind,
      nounPhrase: range.nounPhrase,
    });
  } else if (quantity.unitKind === null) {
    readFractionOf(context, candidate, quantity);
  }
  readRateOf(context, candidate);
  readHedgesOf(text, candidate);
  if (
    numeral.form === 'words' &&
    numeral.firstWord === 'one' &&
    !numeral.scaled &&
    !keepsOne(text, candidate, quantity)
  ) {
    return { candidate: null, resumeAt: candidate.end };
  }
  markAges(text, candidate, quantity);
  DEFINITE_BEFORE.lastIndex = candidate.qualifierStart;
  candidate.definite = DEFINITE_BEFORE.test(text);
  return { candidate, resumeAt: candidate.end };
}

/** "a year", "per month", "every week" → unit/period; "150.6 per dollar" → an exchange rate. */
function readRateOf(context: ReaderContext, candidate: NumericCandidate): void {
  const { text } = context;
  const rate = readRateAfter(text, candidate.end);
  if (rate) {
    if (candidate.unitKind === 'fraction') return;
    candidate.end = rate.end;
    candidate.unit = `${candidate.unit ?? ''}/${rate.period}`;
    return;
  }
  if (candidate.unitKind !== null) return;
  const sentenceStart = context.structure.sentenceAt(candidate.start).start;
  const exchangeRate = readExchangeRateAfter(text, candidate.end, sentenceStart, candidate.start);
  if (exchangeRate)
    Object.assign(candidate, {
      end: exchangeRate.end,
      unit: exchangeRate.unit,
      unitKind: 'currency',
    });
}

/** "about", "more than", "up to" before the span; "or more", "+" after it. */
function readHedgesOf(text: string, candidate: NumericCandidate): void {
  const hedge = readQualifierBefore(text, candidate.start, candidate.unitKind === 'duration');
  if (hedge)
    Object.assign(candidate, {
      approximate: hedge.approximate,
      bound: hedge.bound,
      qualifierStart: hedge.start,
    });
  const trailing = readQualifierAfter(text, candidate.end);
  if (trailing) {
    candidate.approximate ||= trailing.approximate;
    candidate.bound ??= trailing.bound;
  }
}

function newCandidate(quantity: Quantity): NumericCandidate {
  return {
    start: quantity.start,
    end: quantity.end,
    value: quantity.value,
    low: null,
    high: null,
    unit: quantity.unit,
    unitKind: quantity.unitKind,
    nounPhrase: quantity.nounPhrase,
    approximate: false,
    bound: null,
    subject: null,
    ageOf: null,
    conversionOf: null,
    definite: false,
    qualifierStart: quantity.start,
    id: '',
  };
}

/** A four-digit number is a quantity, not a year, with a currency, a measure unit, or a hedge and a counted noun ("about 2000 people"). */
function isQuantityNotYear(text: string, quantity: Quantity): boolean {
  if (quantity.hasCurrencyPrefix) return true;
  const kind = quantity.unitKind;
  if (kind === 'percent' || kind === 'currency' || kind === 'measure' || kind === 'times')
    return true;
  if (kind === 'count' && readQualifierBefore(text, quantity.start, false) !== null) return true;
  return false;
}

/** Word numerals that are no quantity: "the two countries" (a referring expression), "zero tolerance". */
function isIdiomaticWord(text: string, quantity: Quantity): boolean {
  if (!quantity.compound && isDefiniteWordNumeral(text, quantity.numeral)) return true;
  if (quantity.numeral.firstWord === 'zero') return quantity.unitKind !== 'percent';
  if (quantity.numeral.fraction && quantity.numeral.firstWord === 'half')
    return !isHalfAQuantity(text, quantity);
  return false;
}

const HALF_FOLLOWERS = /[ \u00a0]+(?:of|the|its|their|his|her|our|a|an)(?![\p{L}])/iuy;
const HALF_HEDGES =
  /(?:^|[^\p{L}])(?:nearly|almost|about|around|more than|less than|over|under|just over|just under|roughly|some|only|fewer than|at least|well over|up to|by)[ \u00a0]+$/iu;

/** "half of", "nearly half", "half the staff" are fractions; "the second half", "half-time" are not. */
function isHalfAQuantity(text: string, quantity: Quantity): boolean {
  if (quantity.unitKind === 'duration') return true;
  const before = text.slice(Math.max(0, quantity.start - 16), quantity.start);
  if (
    /(?:first|second|other|latter|later|earlier|back|front|top|bottom|upper|lower)[ \u00a0]+$/i.test(
      before,
    )
  )
    return false;
  if (text[quantity.numeral.end] === '-') return false;
  HALF_FOLLOWERS.lastIndex = quantity.numeral.end;
  if (HALF_FOLLOWERS.test(text) || HALF_HEDGES.test(before)) return true;
  return isHalfASubject(text, quantity.start, quantity.numeral.end);
}

/** A clause starts right before: the text's start, a sentence or clause mark, or a conjunction. */
const CLAUSE_STARTS_HERE =
  /(?<=(?:^|[.!?;:,]["”’)]?)[ \u00a0\r\n]*|(?:^|[^\p{L}])(?:and|but|while|whereas|yet)[ \u00a0]+)/iuy;
/**
 * The verb of "half said no", "half cite skills": an auxiliary, a verb of saying
 * or opinion, or a past form. A noun after "half" ("half price") is no subject's verb.
 */
const VERB_AFTER_HALF =
  /[ \u00a0]+(?:are|were|is|was|have|has|had|will|would|could|can|may|might|should|must|do|did|does|say|says|said|think|thought|want|wanted|expect|expected|believe|believed|agree|disagree|support|oppose|cite|cited|prefer|favour|favor|plan|\p{Ll}{2,}ed)(?![\p{L}-])/uy;

/** "Half said no", "42% cite cost, half cite skills": "half" alone as the subject of a clause states a share. */
function isHalfASubject(text: string, start: number, end: number): boolean {
  CLAUSE_STARTS_HERE.lastIndex = start;
  if (!CLAUSE_STARTS_HERE.test(text)) return false;
  VERB_AFTER_HALF.lastIndex = end;
  return VERB_AFTER_HALF.test(text);
}

/**
 * "one" counts something only with a unit, a scale, a fraction or a counting
 * hedge; "one of the men" is a pronoun, "One day, ..." an adverb.
 */
function keepsOne(text: string, candidate: NumericCandidate, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, candidate.start - 16), candidate.start);
  const kind = candidate.unitKind;
  if (quantity.compound) return kind === 'duration' || kind === 'measure'; // "a one-year contract", not "one-off"
  if (kind === 'duration') return DURATION_ONE_BEFORE.test(before);
  if (
    kind === 'percent' ||
    kind === 'currency' ||
    kind === 'measure' ||
    kind === 'times' ||
    kind === 'fraction'
  )
    return true;
  if (candidate.low !== null || isGappedCount(text, quantity.numeral)) return true;
  return COUNTING_ONE_BEFORE.test(before);
}

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
function readRange(context: ReaderContext, first: Quantity): RangeEnd | 'not-a-quantity' | null {
  const { text } = context;
  if (first.unitKind === 'count' || first.unitKind === 'fraction') return null;
  RANGE_CONNECTOR.lastIndex = first.end;
  const connector = RANGE_CONNECTOR.exec(text);
  if (!connector) return null;
  const word = connector[1]?.toLowerCase();
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  if (word === 'and' && !BETWEEN_BEFORE.test(before)) return null;
  if (word === 'to' && FROM_BEFORE.test(before)) return null;
  const secondPosition = skipCurrencySymbol(text, RANGE_CONNECTOR.lastIndex);
  const isHyphen = word === undefined;
  const second = readNumeral(text, secondPosition)
    ? readQuantity(context, secondPosition, true)
    : null;
  const tightHyphen = isHyphen && connector[0].length === 1 && first.numeral.form === 'digits';
  if (!second || second.quantity === undefined)
    return tightHyphen && second ? 'not-a-quantity' : null;
  const last = second.quantity;
  if (last.numeral.fraction || looksLikeYear(last.numeral) !== looksLikeYear(first.numeral))
    return null;
  if (first.unit !== null && last.unit !== null && first.unit !== last.unit) return null;
  // "falling 0.9% to 150.6 per dollar": a unit on the first number only is no range ("5-7%" has it on the last).
  if (first.unit !== null && last.unit === null && !first.hasCurrencyPrefix) return null;
  let low = first.value;
  // "2 to 3 million": the scale written once applies to both ends.
  if (!first.numeral.scaled && last.numeral.scaled)
    low = timesPowerOfTen(low, last.numeral.scalePower);
  if (low.cmp(last.value) >= 0) return tightHyphen ? 'not-a-quantity' : null;
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
function readFractionOf(
  context: ReaderContext,
  candidate: NumericCandidate,
  quantity: Quantity,
): void {
  const { text } = context;
  FRACTION_CONNECTOR.lastIndex = quantity.numeral.end;
  if (!FRACTION_CONNECTOR.test(text)) return;
  const denominator = readNumeral(text, FRACTION_CONNECTOR.lastIndex);
  if (!denominator || denominator.fraction || denominator.scaled || looksLikeYear(denominator))
    return;
  if (denominator.value.cmp(quantity.value) <= 0 || denominator.value.isZero()) return;
  candidate.end = denominator.end;
  candidate.value = dividedToPlaces(quantity.value, denominator.value, 4);
  candidate.unit = 'fraction';
  candidate.unitKind = 'fraction';
}

/** Ages: "aged 34", "45-year-old", "Jane Doe, 34,". */
function markAges(text: string, candidate: NumericCandidate, quantity: Quantity): void {
  if (candidate.unitKind === 'age') return;
  if (
    candidate.unitKind === null ||
    (candidate.unitKind === 'duration' && candidate.unit === 'year')
  ) {
    if (isAgedBefore(text, candidate.qualifierStart)) {
      candidate.unit = 'year';
      candidate.unitKind = 'age';
      return;
    }
  }
  if (
    candidate.unitKind === null &&
    candidate.value !== null &&
    quantity.numeral.form === 'digits'
  ) {
    const person = appositiveAgeOf(
      text,
      candidate.start,
      candidate.end,
      candidate.value.toNumber(),
    );
    if (person) {
      candidate.unit = 'year';
      candidate.unitKind = 'age';
      candidate.ageOf = person;
    }
  }
}

const CONVERSION_BETWEEN =
  /^(?:[ \u00a0]*\([ \u00a0]*|,?[ \u00a0]+or[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)$/iu;

/** "$2.4bn (£1.9bn)", "£1.9bn, or $2.4bn": the second amount converts the first. */
function linkConversions(text: string, candidates: NumericCandidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const original = candidates[i - 1];
    const conversion = candidates[i];
    if (original.unitKind !== 'currency' || conversion.unitKind !== 'currency') continue;
    if (original.unit === conversion.unit || conversion.qualifierStart - original.end > 12)
      continue;
    if (CONVERSION_BETWEEN.test(text.slice(original.end, conversion.qualifierStart)))
      conversion.conversionOf = original;
  }
}
