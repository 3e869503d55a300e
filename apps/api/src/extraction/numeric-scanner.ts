/**
 * Finds the numeric claims of a text in one pass: a global regex finds every
 * digit or number word, and each one is read in place with sticky regexes over
 * a few characters around it. Nothing here scans the text twice. Here: the
 * scan loop and the reading of one candidate (its rate, hedges and age);
 * ranges and pairs are read in numeric-ranges.ts, which word numerals are
 * quantities is decided in word-quantities.ts, and cents and currency
 * conversions are joined and linked in currency-links.ts.
 */
import { appositiveAgeOf, isAgedBefore } from './ages.js';
import { readExchangeRateAfter } from './currencies.js';
import { linkConversions, withCentsJoined } from './currency-links.js';
import { VULGAR_FRACTION_CHARS } from './digit-numerals.js';
import { endOfYear, looksLikeYear } from './exclusions.js';
import { newCandidate, type NumericCandidate } from './numeric-candidate.js';
import {
  isQuantityNotYear,
  readChangeStart,
  readFractionOf,
  readRange,
  readRatioOf,
} from './numeric-ranges.js';
import { ARTICLE_NUMERAL_WORDS, NUMERAL_START_WORDS } from './numeral-vocabulary.js';
import { readQualifierAfter, readQualifierBefore } from './qualifiers.js';
import { readQuantity, skipGlued, type Quantity, type ReaderContext } from './quantity-reader.js';
import type { DocumentText } from '../text/document-text.js';
import { readRateAfter } from './units.js';
import { isIdiomaticWord, keepsOne } from './word-quantities.js';

const NUMERAL_CANDIDATES = new RegExp(
  `\\d|[${VULGAR_FRACTION_CHARS}]|\\b(?:${NUMERAL_START_WORDS.join('|')})\\b|\\ban?(?=[ \\u00a0]+(?:${ARTICLE_NUMERAL_WORDS.join('|')})\\b)`,
  'gi',
);

/** Tested at the span's start: the lookbehind reads backwards, no slice needed. */
const DEFINITE_BEFORE = /(?<=(?:^|[^\p{L}])(?:the|these|those)[ \u00a0]+)/iuy;

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
    if (quantity.unitKind === null) readRatioOf(context, candidate, quantity);
    if (quantity.unitKind === null && candidate.unit === null)
      readFractionOf(context, candidate, quantity);
    if (candidate.unitKind !== 'fraction') readChangeStart(context, candidate, quantity);
  }
  readRateOf(context, candidate);
  readHedgesOf(text, candidate, quantity.plusBeforeNoun);
  if (
    numeral.form === 'words' &&
    numeral.firstWord === 'one' &&
    numeral.value.eq(1) &&
    !keepsOne(text, candidate, quantity)
  ) {
    return { candidate: null, resumeAt: candidate.end };
  }
  markAges(text, candidate, quantity);
  if (isWeightInPounds(text, candidate))
    Object.assign(candidate, { unit: 'lb', unitKind: 'measure' });
  DEFINITE_BEFORE.lastIndex = candidate.qualifierStart;
  candidate.definite = DEFINITE_BEFORE.test(text);
  return { candidate, resumeAt: candidate.end };
}

/** Words of a body's or a thing's size near "200 pounds": it weighs that much, it costs no money. */
const WEIGHT_NEAR =
  /(?<![\p{L}])(?:tall|weigh\p{L}*|heav(?:y|ier|iest)|light(?:er|est)|inch(?:es)?|feet|foot|ounces?|kilo(?:gram)?s?|kg|lbs?)(?![\p{L}])/iu;

/** "5 feet 11 inches tall and 200 pounds": pounds written as a word, beside a size, are a weight. */
function isWeightInPounds(text: string, candidate: NumericCandidate): boolean {
  if (candidate.unit !== 'GBP' || !/pounds?$/iu.test(text.slice(candidate.start, candidate.end)))
    return false;
  // In its clause only: "… 200 pounds tall; he owes 200 pounds" is money the second time.
  const before = text
    .slice(Math.max(0, candidate.start - 60), candidate.start)
    .split(/[;.!?]/u)
    .pop();
  const after = text.slice(candidate.end, candidate.end + 40).split(/[;.!?]/u)[0];
  return WEIGHT_NEAR.test(`${before} ${after}`);
}

/**
 * "a year", "per month", "every week" → unit/period; "150.6 per dollar" → an exchange rate; "17
 * cents a share", "$7,176 per student" → the span takes in what the amount is for.
 */
function readRateOf(context: ReaderContext, candidate: NumericCandidate): void {
  const { text } = context;
  const rate = readRateAfter(text, candidate.end);
  if (rate && candidate.unitKind === 'fraction') return;
  if (rate?.period) {
    candidate.end = rate.end;
    candidate.unit = `${candidate.unit ?? ''}/${rate.period}`;
    return;
  }
  if (candidate.unitKind === null) {
    const sentenceStart = context.structure.sentenceAt(candidate.start).start;
    const exchangeRate = readExchangeRateAfter(text, candidate.end, sentenceStart, candidate.start);
    if (exchangeRate)
      return void Object.assign(candidate, {
        end: exchangeRate.end,
        unit: exchangeRate.unit,
        unitKind: 'currency',
      });
  }
  if (rate) candidate.end = rate.end;
}

/** "about", "more than", "up to" before the span; "or more", "+" after it. */
function readHedgesOf(text: string, candidate: NumericCandidate, plusBeforeNoun: boolean): void {
  const hedge = readQualifierBefore(text, candidate.start, candidate.unitKind === 'duration');
  if (hedge)
    Object.assign(candidate, {
      approximate: hedge.approximate,
      bound: hedge.bound,
      qualifierStart: hedge.start,
    });
  // "14+ passengers", "40,000-plus fans": a "+" between the number and its noun is a lower bound.
  const trailing = plusBeforeNoun
    ? ({ approximate: false, bound: 'lower' } as const)
    : readQualifierAfter(text, candidate.end);
  if (trailing) {
    candidate.approximate ||= trailing.approximate;
    candidate.bound ??= trailing.bound;
  }
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
