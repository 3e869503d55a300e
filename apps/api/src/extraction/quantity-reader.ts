/**
 * Reads one quantity at a numeral: currency before it, the numeral, and the
 * unit or counted noun after it ("£30,000", "100,000 tons", "5 trillion won",
 * "72,000 units", "60-day", "45-year-old"). Ranges, fractions, rates and hedges
 * are put together by numeric-scanner.ts.
 */
import { isAddressOrMaturity } from './addresses-and-maturities.js';
import { isLayoutNumber } from './layout-numbers.js';
import { readYearOldAfter } from './ages.js';
import { readCountedNoun } from './counted-noun.js';
import { ExactDecimal, timesPowerOfTen } from './exact-decimal.js';
import {
  isDate,
  isDecade,
  isGluedCode,
  isInsideName,
  isModelBeforeNoun,
  isOrdinal,
  isTime,
  type NameContext,
} from './exclusions.js';
import { SPLIT_NOUN_AFTER } from './count-splits.js';
import type { Numeral } from './numeral-vocabulary.js';
import { readNumeral } from './numerals.js';
import { isLetter, isSpace } from './text-helpers.js';
import { readCurrencyBefore, readCurrencyCodeAfter } from './currencies.js';
import { durationOfNoun, readHyphenCompound, readUnitAfter, type UnitKind } from './units.js';
import { wordTable } from '../text/words.js';

export interface Quantity {
  /** Start of the span: the currency symbol if there is one, else the numeral. */
  start: number;
  end: number;
  numeral: Numeral;
  value: ExactDecimal;
  unit: string | null;
  unitKind: UnitKind | null;
  /** The counted noun as written ("newsroom jobs"), for the subject. */
  nounPhrase: string | null;
  hasCurrencyPrefix: boolean;
  /** A hyphenated measure ("60-day", "nine-member"). */
  compound: boolean;
  /** A "+" or "-plus" between the number and its noun ("14+ passengers", "40,000-plus fans"): a lower bound. */
  plusBeforeNoun: boolean;
}

export type QuantityResult =
  { quantity: Quantity; skipTo?: undefined } | { quantity?: undefined; skipTo: number };

/** After an excluded number, skip what is glued to it ("6:15", "10-12", "2023/24", "4G"). */
const GLUED_CONTINUATION = /(?:[-–/.:,]?[\p{L}\p{N}]+)*/uy;
const HALF_PERIOD =
  /[ \u00a0]+an?[ \u00a0]+(hour|day|week|month|year|century|decade|mile)(?![\p{L}])/iuy;
const HALF_ARTICLE = /[ \u00a0]+an?[ \u00a0]/y;
const PLUS_AFTER = /\+|[-‑]plus(?![\p{L}])/uy;
const DIMENSION_AFTER = /[-‑](?:long|high|wide|deep|tall|thick)(?![\p{L}])/uy;
/** "-point", " percentage point", " of a percentage point" after "a quarter", "half". */
const FRACTION_OF_A_POINT =
  /(?:-|[ \u00a0]+(?:of[ \u00a0]+a[ \u00a0]+)?)(?:percentage[ \u00a0-]+)?point(?![\p{L}-])/iuy;
const HALF_PERIOD_UNITS = wordTable<string>({
  hour: 'h',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  century: 'century',
  decade: 'decade',
  mile: 'mi',
});

export function skipGlued(text: string, position: number): number {
  GLUED_CONTINUATION.lastIndex = position;
  GLUED_CONTINUATION.test(text);
  return Math.max(position, GLUED_CONTINUATION.lastIndex);
}

export interface ReaderContext extends NameContext {
  /** Whether the position lies in a headline (title case: units are lowercased). */
  inHeadline(position: number): boolean;
}

/**
 * The quantity whose numeral starts at `position`, or where to resume scanning
 * when the number there is not a claim (a date, a code, a name).
 * `isRangeEnd`: the number follows a range connector ("5-7%"), so what stands
 * before it says nothing about codes or names.
 */
export function readQuantity(
  context: ReaderContext,
  position: number,
  isRangeEnd = false,
): QuantityResult {
  const { text } = context;
  const numeral = readNumeral(text, position);
  if (!numeral) return { skipTo: skipGlued(text, position + 1) };
  const currency = numeral.form === 'digits' ? readCurrencyBefore(text, numeral.start) : null;
  if (isExcludedNumeral(context, numeral, currency !== null || isRangeEnd))
    return { skipTo: skipGlued(text, numeral.end) };

  // "-0.4%", "minus 5%", "minus five percent"; "rose to plus 11".
  const signStart = currency === null && !isRangeEnd ? negativeSignStart(text, numeral.start) : -1;
  const plusStart =
    currency === null && !isRangeEnd && signStart < 0 ? plusSignStart(text, numeral.start) : -1;
  const quantity: Quantity = {
    start:
      currency?.start ?? (signStart >= 0 ? signStart : plusStart >= 0 ? plusStart : numeral.start),
    end: numeral.end,
    numeral,
    value: signStart >= 0 ? numeral.value.negated() : numeral.value,
    compound: false,
    unit: currency?.unit ?? null,
    unitKind: currency ? 'currency' : null,
    nounPhrase: null,
    hasCurrencyPrefix: currency !== null,
    plusBeforeNoun: false,
  };
  if (numeral.fraction) {
    readFractionUnit(text, quantity);
    return { quantity };
  }
  if (currency) return { quantity };

  // "a 100m-long bridge", "the 50m-high tower": metres, not millions.
  DIMENSION_AFTER.lastIndex = numeral.end;
  if (
    numeral.scalePower === 6 &&
    /\dm$/.test(text.slice(numeral.start, numeral.end)) &&
    DIMENSION_AFTER.test(text)
  ) {
    Object.assign(quantity, {
      end: DIMENSION_AFTER.lastIndex,
      value: timesPowerOfTen(quantity.value, -6),
      unit: 'm',
      unitKind: 'measure',
    });
    return { quantity };
  }
  const yearOldEnd = readYearOldAfter(text, numeral.end);
  if (yearOldEnd >= 0) {
    Object.assign(quantity, { end: yearOldEnd, unit: 'year', unitKind: 'age' });
    return { quantity };
  }
  const unit = readUnitAfter(text, numeral.end) ?? readCurrencyCodeAfter(text, numeral.end);
  if (unit) {
    Object.assign(quantity, { end: unit.end, unit: unit.unit, unitKind: unit.kind });
    return { quantity };
  }
  if (isLetter(text[numeral.end])) return { skipTo: skipGlued(text, numeral.end) }; // "4G", "3D", "737MAX"
  const balance = BALANCE_BEFORE.exec(text.slice(Math.max(0, quantity.start - 40), quantity.start));
  if (balance && numeral.form === 'digits') {
    // "a positive balance of plus 3": a survey's net balance, in percent of those asked.
    if (balance[1]) quantity.start -= balance[1].length;
    Object.assign(quantity, { unit: '%', unitKind: 'percent' });
    return { quantity };
  }
  const compound = readHyphenCompound(text, numeral.end);
  if (compound) {
    Object.assign(quantity, {
      end: compound.end,
      unit: compound.unit,
      unitKind: compound.kind,
      compound: true,
    });
    return { quantity };
  }
  // "a 7-2 vote": the noun after a split names the split, not what its second side counts.
  if (
    /\d[-–]$/.test(text.slice(Math.max(0, numeral.start - 2), numeral.start)) &&
    SPLIT_NOUN_AFTER.test(text.slice(numeral.end, numeral.end + 12))
  )
    return { quantity };
  // "14+ passengers", "40,000-plus fans": the noun after a "+" is counted too (the "+" is read as a lower bound).
  PLUS_AFTER.lastIndex = numeral.end;
  const plus = PLUS_AFTER.test(text);
  const noun = readCountedNoun(
    text,
    plus ? PLUS_AFTER.lastIndex : numeral.end,
    context.inHeadline(numeral.end),
    numeral.value.gt(1),
  );
  if (!noun) return { quantity };
  if (!isRangeEnd && isModelBeforeNoun(text, numeral, noun)) return { skipTo: noun.end };
  // "12 others": in the span, counting what was counted before (see counted-noun-inheritance.ts).
  if (/^others$/i.test(noun.phrase)) {
    quantity.end = noun.end;
    return { quantity };
  }
  // "20,537 flying hours" is counted like any noun ("of which 6,100 were ..."), in the unit its head names.
  Object.assign(quantity, {
    end: noun.end,
    unit: durationOfNoun(noun.unit) ?? noun.unit,
    unitKind: 'count',
    nounPhrase: noun.phrase,
    plusBeforeNoun: plus,
  });
  return { quantity };
}

/** `ignoreBefore`: a currency symbol or range connector stands before the number, so no code or name can. */
function isExcludedNumeral(context: NameContext, numeral: Numeral, ignoreBefore: boolean): boolean {
  const { text } = context;
  if (numeral.form === 'digits') {
    if (isGluedCode(text, numeral, ignoreBefore)) return true;
    if (isOrdinal(text, numeral) || isDecade(text, numeral) || isTime(text, numeral)) return true;
  }
  if (isDate(text, numeral) || isAddressOrMaturity(text, numeral)) return true;
  if (isLayoutNumber(context, numeral)) return true;
  return !ignoreBefore && isInsideName(context, numeral);
}

/** "half an hour" is a duration of 0.5 h; other word fractions have unit `fraction`. */
function readFractionUnit(text: string, quantity: Quantity): void {
  // "a quarter-point cut", "half a percentage point" below: a fraction of a percentage point.
  FRACTION_OF_A_POINT.lastIndex = quantity.numeral.end;
  if (FRACTION_OF_A_POINT.test(text)) {
    Object.assign(quantity, {
      end: FRACTION_OF_A_POINT.lastIndex,
      unit: 'pp',
      unitKind: 'measure',
    });
    return;
  }
  HALF_PERIOD.lastIndex = quantity.numeral.end;
  const period = quantity.numeral.firstWord === 'half' ? HALF_PERIOD.exec(text) : null;
  if (period) {
    quantity.end = HALF_PERIOD.lastIndex;
    quantity.unit = HALF_PERIOD_UNITS[period[1].toLowerCase()];
    quantity.unitKind = 'duration';
    return;
  }
  // "half a percentage point", "half a per cent": 0.5 of the unit.
  HALF_ARTICLE.lastIndex = quantity.numeral.end;
  const halfOf = quantity.numeral.firstWord === 'half' && HALF_ARTICLE.test(text);
  const unit = halfOf ? readUnitAfter(text, HALF_ARTICLE.lastIndex - 1) : null;
  if (unit && unit.kind !== 'currency') {
    Object.assign(quantity, { end: unit.end, unit: unit.unit, unitKind: unit.kind });
    return;
  }
  quantity.unit = 'fraction';
  quantity.unitKind = 'fraction';
}

/** "a positive balance of plus 3", "a balance of minus 10": a survey's net balance (rises less falls). */
const BALANCE_BEFORE =
  /(?<![\p{L}])balance[ \u00a0]+(?:of|was|at|stood at|was at)[ \u00a0]+(?:minus[ \u00a0]+|[-−])?((?:plus|\+)[ \u00a0]*)?$/iu;

/** "minus 0.1%", "-0.4%", "−3": the sign belongs to the number when it stands after a space or at the start. */
const NEGATIVE_SIGN_BEFORE = /(?:(?<![\p{L}])minus[ \u00a0]+|(?<![\p{L}\p{N}.,)\]-])[-−])$/u;

function negativeSignStart(text: string, numberStart: number): number {
  const from = Math.max(0, numberStart - 6);
  const match = NEGATIVE_SIGN_BEFORE.exec(text.slice(from, numberStart));
  return match ? from + match.index : -1;
}

/** "rose to plus 11", "at plus 3": a sign after a verb's preposition; "11 plus 22" is a sum. */
const PLUS_SIGN_BEFORE =
  /(?<![\p{L}])(?:to|of|at|from|is|was|were|are|stood|stands)[ \u00a0]+(plus[ \u00a0]+)$/iu;

function plusSignStart(text: string, numberStart: number): number {
  if (
    !isSpace(text[numberStart - 1]) ||
    !/^plus$/i.test(text.substring(numberStart - 5, numberStart - 1))
  )
    return -1;
  const from = Math.max(0, numberStart - 16);
  const match = PLUS_SIGN_BEFORE.exec(text.slice(from, numberStart));
  return match ? numberStart - match[1].length : -1;
}

/** A currency symbol at `position` starting a second range end ("£200 to £400"): the index after it. */
const CURRENCY_SYMBOL_AT = /(?:US|HK|A|C|NZ|S)?[$£€¥₩₹₽₺₴₦₱₪₸][ \u00a0]?/y;

export function skipCurrencySymbol(text: string, position: number): number {
  CURRENCY_SYMBOL_AT.lastIndex = position;
  return CURRENCY_SYMBOL_AT.test(text) ? CURRENCY_SYMBOL_AT.lastIndex : position;
}
