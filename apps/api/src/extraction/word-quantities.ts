/**
 * Which word numerals are quantities: "the two countries" (a referring
 * expression, unless it restates an earlier count) and "zero tolerance" are
 * not; "half of", "half said", "a third of", "a quarter (24%)" are, "the
 * second half", "a third term" are not; "one" counts something only with a
 * unit, a scale, a fraction, a counting hedge or as a list's last count.
 */
import { isDefiniteWordNumeral, isGappedCount } from './exclusions.js';
import type { NumericCandidate } from './numeric-candidate.js';
import { FRACTION_CONNECTOR } from './numeric-ranges.js';
import { readNumeral } from './numerals.js';
import { NUMERAL_START_WORDS } from './numeral-vocabulary.js';
import { readQualifierBefore } from './qualifiers.js';
import type { Quantity } from './quantity-reader.js';
import { wordSet } from '../text/words.js';

/** Word numerals that are no quantity: "the two countries" (a referring expression), "zero tolerance". */
export function isIdiomaticWord(text: string, quantity: Quantity): boolean {
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
/** "a third higher than the average", "a quarter more": a fraction stated as a difference. */
const COMPARED_AFTER =
  /[ \u00a0]+(?:higher|lower|more|less|fewer|bigger|smaller|larger|greater|cheaper|dearer)(?![\p{L}-])/iuy;
const CLAUSE_MARK_AFTER = /[ \u00a0]*(?:[,.;:!?()–—]|-[ \u00a0]|$)/y;

/**
 * "two thirds" and "a third of" are shares. A singular one without "of" is one
 * only as the subject of a verb ("a quarter said", "a third who say") or hedged
 * before a clause mark ("almost a quarter (21%)"); "a third term", "a quarter
 * earlier" are not.
 */
function isFractionAQuantity(text: string, quantity: Quantity): boolean {
  if (quantity.unit === 'pp') return true; // "a quarter-point cut"
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
  COMPARED_AFTER.lastIndex = end;
  if (VERB_AFTER_FRACTION.test(text) || WHO_AFTER.test(text) || COMPARED_AFTER.test(text))
    return true;
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

/**
 * "one" counts something only with a unit, a scale, a fraction or a counting
 * hedge; "one of the men" is a pronoun, "One day, ..." an adverb.
 */
export function keepsOne(text: string, candidate: NumericCandidate, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, candidate.start - 16), candidate.start);
  const kind = candidate.unitKind;
  // "a one-year contract", "its one-yen bid", not "one-off"
  if (quantity.compound) return kind === 'duration' || kind === 'measure' || kind === 'currency';
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
  if (isOneMore(text, candidate, quantity.numeral.end)) return true;
  return COUNTING_ONE_BEFORE.test(before);
}

/** "One other Texas elector", "one additional patient": one added to those counted; "one other thing" is an idiom. */
const OTHER_AFTER_ONE = /[ \u00a0]+(?:other|further|additional)[ \u00a0]/iuy;
const IDIOMATIC_ONES = wordSet('time thing way day reason point issue question word step chance');

function isOneMore(text: string, candidate: NumericCandidate, end: number): boolean {
  OTHER_AFTER_ONE.lastIndex = end;
  return (
    OTHER_AFTER_ONE.test(text) &&
    candidate.unitKind === 'count' &&
    candidate.unit !== null &&
    !IDIOMATIC_ONES.has(candidate.unit.toLowerCase())
  );
}
