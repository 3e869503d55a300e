/**
 * Finds the numeric claims of a text in one pass: a global regex finds every
 * digit or number word, and each one is read in place with sticky regexes over
 * a few characters around it. Nothing here scans the text twice.
 */
import { appositiveAgeOf, isAgedBefore } from './ages.js';
import {
  dividedToPlaces,
  ExactDecimal,
  FRACTION_PLACES,
  timesPowerOfTen,
} from './exact-decimal.js';
import {
  endOfYear,
  isDefiniteWordNumeral,
  isGappedCount,
  isYearDigits,
  looksLikeYear,
  SPLIT_NOUN_AFTER,
} from './exclusions.js';
import {
  ARTICLE_NUMERAL_WORDS,
  NUMERAL_START_WORDS,
  readNumeral,
  VULGAR_FRACTION_CHARS,
} from './numerals.js';
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
import { wordSet } from '../text/words.js';
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
  `\\d|[${VULGAR_FRACTION_CHARS}]|\\b(?:${NUMERAL_START_WORDS.join('|')})\\b|\\ban?(?=[ \\u00a0]+(?:${ARTICLE_NUMERAL_WORDS.join('|')})\\b)`,
  'gi',
);

const RANGE_CONNECTOR = /[ \u00a0]*(?:-|–|—)[ \u00a0]*|[ \u00a0]+(to|and|or)[ \u00a0]+/y;
const FRACTION_CONNECTOR = /[ \u00a0]+(?:in|(out)[ \u00a0]+of)[ \u00a0]+(every[ \u00a0]+)?/y;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \u00a0]+$/iu;
const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+$/iu;
/** "by a margin of 48% to 38%", "led 52% to 48%": two figures set against each other, no range. */
const AGAINST_EACH_OTHER_BEFORE =
  /(?:^|[^\p{L}])(?:by|margin of|led|leads|lead|leading|trailed|trails|trailing|beat|beats|won|wins)[ \u00a0]+\(?$/iu;
const BY_BEFORE = /(?:^|[^\p{L}])by[ \u00a0]+$/iu;
/** "Biden leads Trump 51 percent to 43 percent", "his lead in the poll was 50 to 41 per cent", "by a two-to-one margin (41 percent to 20 percent)": a pairing, no range. */
const LEAD_BEFORE =
  /(?:^|[^\p{L}])(?:leads?|led|leading|trails?|trailed|trailing|beats?|beating|ahead|margin)(?![\p{L}])(?:[ \u00a0]+[\p{L}'’.]+){0,5}[ \u00a0]+\(?$/iu;
/** "$50-100,000": the last end's thousands, written once, apply to the first. */
const THOUSANDS_WRITTEN_ONCE = /^(\d{1,3})((?:,000)+)$/;
/** Tested at the span's start: the lookbehind reads backwards, no slice needed. */
const DEFINITE_BEFORE = /(?<=(?:^|[^\p{L}])(?:the|these|those)[ \u00a0]+)/iuy;
/** Hedges and words that make "one" a count ("at least one", "only one") rather than a pronoun or article. */
const DURATION_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:for|within|in|after|than|about|nearly|almost|only|just|least|to|over|under|around|some)[ \u00a0]+$/iu;
const COUNTING_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:only|just|at least|more than|fewer than|less than|exactly|about|nearly|almost|up to|no more than)[ \u00a0]+$/iu;

/** "Twelve of them represent Labour, and one is a Liberal Democrat": "one" closing a list of counts, as the subject of its verb. */
const LIST_CLOSING_ONE_BEFORE = /(?:,|(?:^|[^\p{L}])(?:and|while|whereas))[ \u00a0]+$/iu;
const VERB_AFTER_ONE =
  /[ \u00a0]+(?:is|was|are|were|has|had|went|came|won|lost|got|voted|died|remains|remained)(?![\p{L}])/iuy;
/** An earlier count in the same clause chain: digits or a number word, with no sentence end between. */
const COUNT_EARLIER_IN_SENTENCE = new RegExp(
  `(?:\\d|(?<![\\p{L}])(?:${NUMERAL_START_WORDS.join('|')})(?![\\p{L}]))[^.!?]*$`,
  'iu',
);

function isListClosingOne(text: string, candidate: NumericCandidate, end: number): boolean {
  const before = text.slice(Math.max(0, candidate.start - 150), candidate.start);
  if (!LIST_CLOSING_ONE_BEFORE.test(before.slice(-12))) return false;
  VERB_AFTER_ONE.lastIndex = end;
  return VERB_AFTER_ONE.test(text) && COUNT_EARLIER_IN_SENTENCE.test(before);
}

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
  return withCentsJoined(text, candidates);
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount, in dollars. */
const DOLLARS_WORD = /(?:dollars?|bucks?)$/i;
const CENTS_AFTER_DOLLARS = /^[ \u00a0]+(?:and[ \u00a0]+)?$/i;

function withCentsJoined(text: string, candidates: NumericCandidate[]): NumericCandidate[] {
  const joined: NumericCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const [dollars, cents] = [candidates[i], candidates[i + 1]];
    if (
      cents !== undefined &&
      dollars.unit !== null &&
      dollars.unitKind === 'currency' &&
      dollars.value !== null &&
      dollars.value.isInteger() &&
      DOLLARS_WORD.test(text.slice(dollars.start, dollars.end)) &&
      cents.unit === 'cent' &&
      cents.value !== null &&
      cents.value.lt(100) &&
      CENTS_AFTER_DOLLARS.test(text.slice(dollars.end, cents.start))
    ) {
      dollars.value = dollars.value.plus(cents.value.dividedBy(100));
      dollars.end = cents.end;
      joined.push(dollars);
      i++;
      continue;
    }
    joined.push(candidates[i]);
  }
  return joined;
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
  } else {
    if (quantity.unitKind === null) readFractionOf(context, candidate, quantity);
    if (candidate.unitKind !== 'fraction') readChangeStart(context, candidate, quantity);
  }
  readRateOf(context, candidate);
  readHedgesOf(text, candidate);
  if (
    numeral.form === 'words' &&
    numeral.firstWord === 'one' &&
    numeral.value.eq(1) &&
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
  if (kind === 'count' && readQualifierBefore(text, quantity.start, false) !== null)
    return !YEAR_MODIFIED_NOUNS.has(quantity.unit?.toLowerCase() ?? '');
  return isPairedWithCount(text, quantity);
}

/** "from 785 to 1062", "from 1178 to 708", "between 950 and 1100": the other end is no year, so neither is this. */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const PAIR_OPENED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:from[ \u00a0]+${NUMBER}[ \u00a0]+to|between[ \u00a0]+${NUMBER}[ \u00a0]+and)[ \u00a0]+$`,
  'iu',
);
const PAIR_OPENS_BEFORE = /(?:^|[^\p{L}])(from|between)[ \u00a0]+$/iu;
const PAIR_CLOSED_AFTER = new RegExp(
  String.raw`[ \u00a0]+(to|and)[ \u00a0]+${NUMBER}(?![\p{L}\p{N}])`,
  'iuy',
);

function isPairedWithCount(text: string, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, quantity.start - 40), quantity.start);
  const opened = PAIR_OPENED_BEFORE.exec(before);
  if (opened) return !isYearDigits(opened[1] ?? opened[2]);
  const opens = PAIR_OPENS_BEFORE.exec(before);
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

/** Word numerals that are no quantity: "the two countries" (a referring expression), "zero tolerance". */
function isIdiomaticWord(text: string, quantity: Quantity): boolean {
  if (
    !quantity.compound &&
    isDefiniteWordNumeral(text, quantity.numeral) &&
    !restatesEarlierCount(text, quantity)
  )
    return true;
  if (quantity.numeral.firstWord === 'zero') return quantity.unitKind !== 'percent';
  if (quantity.numeral.fraction && quantity.numeral.firstWord === 'half')
    return !isHalfAQuantity(text, quantity);
  if (quantity.numeral.fraction) return !isFractionAQuantity(text, quantity);
  return false;
}

/** How far back a definite count ("The five unions") looks for the count it restates. */
const RESTATED_COUNT_WINDOW = 5000;

/**
 * "Five public sector unions met ..." ... "The five unions which met Mr
 * Prescott": a definite count that restates a count of the same noun stated
 * earlier is a claim (the guideline leaves definite counts optional; "the two
 * countries" with no earlier count stays out).
 */
function restatesEarlierCount(text: string, quantity: Quantity): boolean {
  const noun = quantity.unit;
  if (quantity.unitKind !== 'count' || noun === null) return false;
  const numeral = text.slice(quantity.numeral.start, quantity.numeral.end);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const earlier = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escape(numeral)}|${quantity.numeral.value.toString()})(?:[ \\u00a0]+[\\p{L}'’-]+){0,3}?[ \\u00a0]+${escape(noun)}`,
    'iu',
  );
  return earlier.test(
    text.slice(Math.max(0, quantity.start - RESTATED_COUNT_WINDOW), quantity.start),
  );
}

const OF_AFTER = /[ \u00a0]+of[ \u00a0]/y;
/** "a quarter of 2004", "one quarter of the financial year": a period, not a share. */
const QUARTER_OF_A_YEAR =
  /[ \u00a0]+of[ \u00a0]+(?:(?:the|this|that|last|next|each|every)[ \u00a0]+)?(?:(?:financial|fiscal|calendar)[ \u00a0]+)?(?:year|\d{4})(?![\p{L}\p{N}'’])/iuy;
const WHO_AFTER = /[ \u00a0]+who(?![\p{L}])/iuy;
/** "fell by a third", "cut by a quarter": a change stated as a fraction. */
const BY_FRACTION_BEFORE =
  /(?:^|[^\p{L}])(?:\p{L}+ed|rose|fell|grew|shrank|cut|risen|fallen|grown|shrunk)[ \u00a0]+by[ \u00a0]+(?:(?:about|around|nearly|almost|more than|less than|over|just over|just under|roughly|some)[ \u00a0]+)?$/iu;
/** "a third, 32 percent,", "a quarter - 24% -", "a quarter (24%)": the fraction restated at once as a percentage. */
const RESTATED_AS_PERCENTAGE =
  /[ \u00a0]*(?:,|\(|[–—]|[ \u00a0]-)[ \u00a0]*\d+(?:\.\d+)?[ \u00a0]*(?:%|per[ \u00a0]?cent|pct)(?![\p{L}])/iuy;
const CLAUSE_MARK_AFTER = /[ \u00a0]*(?:[,.;:!?()–—]|-[ \u00a0]|$)/y;

/**
 * "two thirds" and "a third of" are shares. A singular one without "of" is one
 * only as the subject of a verb ("a quarter said", "a third who say") or hedged
 * before a clause mark ("almost a quarter (21%)"); "a third term", "a quarter
 * earlier" are not.
 */
function isFractionAQuantity(text: string, quantity: Quantity): boolean {
  const end = quantity.numeral.end;
  OF_AFTER.lastIndex = end;
  const singular = text[end - 1] !== 's';
  if (OF_AFTER.test(text)) {
    QUARTER_OF_A_YEAR.lastIndex = end;
    return !(singular && quantity.numeral.value.eq(0.25) && QUARTER_OF_A_YEAR.test(text));
  }
  if (!singular) return true;
  if (BY_FRACTION_BEFORE.test(text.slice(Math.max(0, quantity.start - 24), quantity.start)))
    return true;
  VERB_AFTER_FRACTION.lastIndex = end;
  WHO_AFTER.lastIndex = end;
  if (VERB_AFTER_FRACTION.test(text) || WHO_AFTER.test(text)) return true;
  RESTATED_AS_PERCENTAGE.lastIndex = end;
  if (RESTATED_AS_PERCENTAGE.test(text)) return true;
  CLAUSE_MARK_AFTER.lastIndex = end;
  return CLAUSE_MARK_AFTER.test(text) && readQualifierBefore(text, quantity.start, false) !== null;
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
const SUBJECT_VERBS =
  'are|were|is|was|have|has|had|will|would|could|can|may|might|should|must|do|did|does|say|says|said|think|thought|feel|felt|want|wanted|expect|expected|believe|believed|agree|agreed|disagree|support|oppose|cite|cited|prefer|favour|favor|plan|vote|voted|use|used|report|reported';
/**
 * The verb of "half said no", "half cite skills": an auxiliary, a verb of saying
 * or opinion, or a past form. A noun after "half" ("half price") is no subject's verb.
 */
const VERB_AFTER_HALF = new RegExp(
  `[ \\u00a0]+(?:${SUBJECT_VERBS}|\\p{Ll}{2,}ed)(?![\\p{L}-])`,
  'uy',
);
/** Listed verbs only: "-ed" after "a third" may be a participle before its noun ("a third undisclosed buyer"). */
const VERB_AFTER_FRACTION = new RegExp(`[ \\u00a0]+(?:${SUBJECT_VERBS})(?![\\p{L}-])`, 'uy');

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
  if (candidate.value?.isNegative()) return true; // "minus one"
  // "one out of 20 patients": a part of its whole.
  FRACTION_CONNECTOR.lastIndex = quantity.numeral.end;
  const connector = FRACTION_CONNECTOR.exec(text);
  if (connector?.[1] && readNumeral(text, FRACTION_CONNECTOR.lastIndex)) return true;
  if (isListClosingOne(text, candidate, quantity.numeral.end)) return true;
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
    const split = SPLIT_NOUN_AFTER.test(text.slice(last.numeral.end, last.numeral.end + 12));
    return tightHyphen && !split ? 'not-a-quantity' : null;
  }
  // "down by 30 to 126": a change, then the level it reached, unless both ends are close enough to bound one change ("by 2 to 3 points").
  if (word === 'to' && BY_BEFORE.test(before) && last.value.gt(low.times(3))) return null;
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

const TO_AFTER = /[ \u00a0]+to[ \u00a0]+/y;

/**
 * "from 32,000 to 38,000 feet", "from 5 to 7 per cent", "from $10 to $12 million":
 * a change's start takes the unit and the scale written only at its end, the
 * scale when both figures are of one size ("from 900 to 1.2 million" keeps 900).
 */
function readChangeStart(
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

/** Between two conversions of one amount in one bracket: "($2bn; £1.1bn)", "($2bn, £1.1bn)". */
const NEXT_CONVERSION_BETWEEN = /^[ \u00a0]*[;,/][ \u00a0]*$/u;

/** "$2.4bn (£1.9bn)", "£1.9bn, or $2.4bn", "1.55bn euros ($2bn; £1.1bn)": the later amounts convert the first. */
function linkConversions(text: string, candidates: NumericCandidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const original = candidates[i - 1];
    const conversion = candidates[i];
    if (original.unitKind !== 'currency' || conversion.unitKind !== 'currency') continue;
    if (original.unit === conversion.unit || conversion.qualifierStart - original.end > 12)
      continue;
    const between = text.slice(original.end, conversion.qualifierStart);
    if (original.conversionOf !== null && NEXT_CONVERSION_BETWEEN.test(between))
      conversion.conversionOf = original.conversionOf;
    else if (CONVERSION_BETWEEN.test(between)) conversion.conversionOf = original;
  }
}
