/**
 * Numbers that are not numeric claims (docs/annotation-guideline.md, "Not
 * numeric claims"): dates and times, years, ordinals, numbers inside names, titles,
 * codes and URLs, and "one" used as a pronoun or article.
 */
import { NUMERAL_START_WORDS, type Numeral } from './numeral-vocabulary.js';
import { isSplitOfCount } from './count-splits.js';
import type { DocumentText } from '../text/document-text.js';
import { isDigit, isLetter, isSpace, isUpperLetter, wordBefore } from './text-helpers.js';
import { wordSet } from '../text/words.js';

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';

/** "June 12", "Sept. 5", "Monday 12", "Dec. 3 to 7", "July 10 and 11" before the number (the window ends at the number). */
const DATE_WORD_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${MONTHS}|${WEEKDAYS})\\.?[ \\u00a0]+(?:the[ \\u00a0]+)?(?:\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]*(?:to|and|or|[-–])[ \\u00a0]*)?$`,
  'u',
);
/** "12 June", "3rd of October", "12-14 June", "16 or 17 March", "16 18 December" (a lost dash) after the number. */
const MONTH_AFTER = new RegExp(
  `(?:st|nd|rd|th)?(?:[ \\u00a0]?[-–][ \\u00a0]?\\d{1,2}(?:st|nd|rd|th)?|[ \\u00a0]+(?:(?:and|to|or)[ \\u00a0]+)?\\d{1,2}(?:st|nd|rd|th)?)?(?:[ \\u00a0]+of)?[ \\u00a0]+(?:${MONTHS})(?![\\p{L}])`,
  'uy',
);
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}])/iuy;
/** "6:15", "10am", "10 a.m.", "9 p.m--", "17:00 GMT", "3 o'clock"; "3 to 9 p.m.": the first end of a range of times. */
const TIME_AFTER =
  /(?:[ \u00a0]*(?:to|until|till|and|-|–)[ \u00a0]*\d{1,2}(?::\d\d)?(?=[ \u00a0]?(?:a\.m|p\.m|am|pm)(?![\p{L}])))?(?::\d|[ \u00a0]?(?:a\.m\.?|p\.m\.?|am|pm|o['’]clock|GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|KST|hrs|local time)(?![\p{L}]))/uy;
const DECADE_SUFFIX = /['’]?s(?![\p{L}])/uy;
/** "70%", "35 per cent", "2 percentage points" after the number: a share, never a day or a name's number. */
const PERCENT_AFTER =
  /[ \u00a0]?(?:%|(?:per[ \u00a0]?cent|percent|percentage[ \u00a0]+points?)(?![\p{L}]))/uy;

/** Words before a number that make it a label, not a quantity ("Article 50", "room 101", "No. 10"). */
/** Indexes and lists named by how many members they have. */
const STOCK_INDEXES = wordSet('dow ftse fortune nasdaq russell stoxx s&p');
const MEMBERS_AFTER =
  /^[ \u00a0]+(?:stocks|companies|firms|members|shares|constituents|components)(?![\p{L}])/iu;

const LABEL_WORDS = wordSet(`
  article articles section sections clause chapter rule page pages room level tier phase stage
  category grade type model series season episode volume vol vol. part act scene verse gate
  terminal platform line route flight channel number no no. nos nos. item figure fig. table
  exhibit paragraph schedule appendix annex division league zone band class lot plot block ward
  precinct highway interstate bus tram version windows boeing airbus covid apollo ftse junction
  exit seat row lane bay pier berth door match game round heat size formula iphone galaxy
  playstation xbox dow nasdaq kospi nikkei cac dax stoxx hang sensex pixel
`);

/** Capitalised words that may stand before a number without making it part of a name. */
const ORDINARY_CAPITALISED = wordSet(`
  the a an of in on at by for from to with and or but about around some nearly almost
  approximately roughly over under only just more less fewer than up between another all those
  these its their his her our my your each every both estimated exactly precisely additional still
  like since after before during until within across among including plus then when while if as so
  yet also even already via per another nearly barely fully some total least most i we they he she
  it you another other latest just further another below above beyond circa c.
`);

export interface NameContext {
  text: string;
  structure: DocumentText;
}

/** The number is glued to letters, symbols or other digits that make it a code, URL, phone or version. */
export function isGluedCode(text: string, numeral: Numeral, hasCurrencyPrefix: boolean): boolean {
  const before = text[numeral.start - 1];
  const after = text[numeral.end];
  if (!hasCurrencyPrefix) {
    if (isLetter(before) || isDigit(before)) return true;
    if (before === '-' || before === '‑' || before === '–') {
      const beforeHyphen = text[numeral.start - 2];
      if (isLetter(beforeHyphen)) return true;
      // "a slim 51-49 margin": the second side of a split is a count; "A320-200" is a code.
      if (isDigit(beforeHyphen)) {
        let first = numeral.start - 2;
        while (first > 0 && isDigit(text[first - 1])) first--;
        if (!isSplitOfCount(text, first, numeral.end)) return true;
      }
    }
    if (before !== undefined && '/#_@\\+=^|'.includes(before)) return true;
    if (
      (before === '.' || before === ',') &&
      (isLetter(text[numeral.start - 2]) || isDigit(text[numeral.start - 2]))
    )
      return true;
    if (before === "'" || before === '’') {
      // "'23" (a year) but not an opening single quote after a space.
      if (!isLetter(text[numeral.start - 2])) return numeral.digits.length === 2;
      return true;
    }
  }
  // "777x jets", "737X": a letter glued to a three-digit model number; "10x", "100x" are multiples.
  if (
    (after === 'x' || after === 'X') &&
    /^\d{3,}$/.test(numeral.digits) &&
    !numeral.digits.endsWith('0') &&
    !numeral.scaled
  )
    return true;
  if (after === '/' || after === '_' || after === '@' || after === '\\')
    return isDigit(text[numeral.end + 1]) || isLetter(text[numeral.end + 1]);
  if ((after === '.' || after === ',') && isDigit(text[numeral.end + 1])) return true;
  if (after === ':' && isDigit(text[numeral.end + 1])) return true;
  // "020 7946 0958": digit groups that start with 0, or stand between other digit groups, are phone numbers.
  if (numeral.form !== 'digits') return false;
  if (numeral.digits.startsWith('0') && numeral.digits.length > 1 && !numeral.digits.includes('.'))
    return true;
  const betweenDigitGroups =
    before === ' ' &&
    isDigit(text[numeral.start - 2]) &&
    after === ' ' &&
    isDigit(text[numeral.end + 1]);
  if (betweenDigitGroups && !numeral.scaled) return true;
  return false;
}

export function isOrdinal(text: string, numeral: Numeral): boolean {
  if (numeral.form !== 'digits') return false;
  ORDINAL_SUFFIX.lastIndex = numeral.end;
  return ORDINAL_SUFFIX.test(text);
}

export function isDecade(text: string, numeral: Numeral): boolean {
  if (numeral.form !== 'digits' || numeral.scaled) return false;
  DECADE_SUFFIX.lastIndex = numeral.end;
  return DECADE_SUFFIX.test(text);
}

export function isTime(text: string, numeral: Numeral): boolean {
  if (numeral.form !== 'digits' || numeral.scaled) return false;
  if (text[numeral.start - 1] === ':' && isDigit(text[numeral.start - 2])) return true;
  TIME_AFTER.lastIndex = numeral.end;
  return TIME_AFTER.test(text);
}

export function isDate(text: string, numeral: Numeral): boolean {
  if (numeral.scaled || numeral.fraction || isPercentage(text, numeral)) return false;
  const window = text.slice(Math.max(0, numeral.start - 24), numeral.start);
  // Month and weekday names are capitalised: most windows need no regex.
  if (/[A-Z]/.test(window) && DATE_WORD_BEFORE.test(window)) return true;
  MONTH_AFTER.lastIndex = numeral.end;
  return MONTH_AFTER.test(text);
}

/** The number is a percentage: "%", "per cent" or "percentage points" follows it. */
function isPercentage(text: string, numeral: Numeral): boolean {
  PERCENT_AFTER.lastIndex = numeral.end;
  return PERCENT_AFTER.test(text);
}

/** A plain four-digit integer from 1000 to 2199 that reads as a year ("2023", "in 1998", "2019 results"). */
export function looksLikeYear(numeral: Numeral): boolean {
  return numeral.form === 'digits' && !numeral.scaled && isYearDigits(numeral.digits);
}

/** Four digits from 1000 to 2199, as written: "2023" (not "2,023" or "2023.5"). */
export function isYearDigits(digits: string): boolean {
  return /^\d{4}$/.test(digits) && Number(digits) >= 1000 && Number(digits) <= 2199;
}

/** After a year, "2023-24" or "2023/24" (a fiscal year) continues it. */
const YEAR_CONTINUATION = /[-–/]\d{2,4}(?!\d)/y;

export function endOfYear(text: string, end: number): number {
  YEAR_CONTINUATION.lastIndex = end;
  return YEAR_CONTINUATION.test(text) ? YEAR_CONTINUATION.lastIndex : end;
}

/**
 * A number inside a name, title or code: "Article 50", "Boeing 737", "Channel 4",
 * "FTSE 100", "Group of 20", "Formula One", "room 101", "No. 10".
 */
export function isInsideName(context: NameContext, numeral: Numeral): boolean {
  const { text, structure } = context;
  if (numeral.form === 'words' && isUpperLetter(text[numeral.start])) {
    const inHeadline = structure.paragraphAt(numeral.start).isHeadline;
    if (!inHeadline && !isSentenceStart(context, numeral.start)) return true; // "Formula One", "Channel Four"
  }
  const previous = wordBefore(text, numeral.start);
  if (previous === null) return false;
  const lower = previous.text.toLowerCase();
  // "Of the Dow 30 stocks 13 …", "Fortune 500 companies": an index named by its count of members, counting them.
  if (STOCK_INDEXES.has(lower) && MEMBERS_AFTER.test(text.slice(numeral.end, numeral.end + 16)))
    return false;
  if (LABEL_WORDS.has(lower)) return true;
  // "… won by Clinton. Three of them": a name does not run over the end of a sentence ("No. 10" is a label).
  if (/[!?;]$|\p{Ll}{3,}\.$/u.test(previous.text)) return false;
  if (isPercentage(text, numeral) || numeral.scaled) return false; // "the Conservatives 35%", "Fiat 1.55bn euros": names carry no percent or scale
  if (PAIRED_PERCENTAGE_AFTER.test(text.slice(numeral.end, numeral.end + 24))) return false; // "leads Trump 62 to 32 per cent"
  if (lower === 'of') return isNameWithOf(context, previous.start);
  if (!isUpperLetter(previous.text[0])) return false;
  if (structure.paragraphAt(numeral.start).isHeadline || isGappedCount(text, numeral)) return false;
  if (ORDINARY_CAPITALISED.has(lower)) return false;
  if (/['’]s?$/.test(previous.text)) return false; // possessive: "Britain's 4 largest banks"
  if (/^\p{Lu}{2,}s$/u.test(previous.text)) return false; // a plural acronym counts, never names: "MPs 13"
  if (isSentenceStart(context, previous.start)) return false;
  return true;
}

/** "62 to 32 per cent": the first figure of a pair whose unit is written once. */
const PAIRED_PERCENTAGE_AFTER =
  /^[ \u00a0]*(?:to|-|–)[ \u00a0]*\d+(?:\.\d+)?[ \u00a0]*(?:%|per[ \u00a0]?cent|pct)/iu;

/** "Group of 20", "G-20" style names: a capitalised non-initial word, then "of", then the number. */
function isNameWithOf(context: NameContext, ofStart: number): boolean {
  const head = wordBefore(context.text, ofStart);
  if (head === null || !isUpperLetter(head.text[0])) return false;
  if (ORDINARY_CAPITALISED.has(head.text.toLowerCase())) return false;
  return (
    !isSentenceStart(context, head.start) && !context.structure.paragraphAt(head.start).isHeadline
  );
}

/** True when only opening punctuation stands between the sentence start and `position`. */
function isSentenceStart(context: NameContext, position: number): boolean {
  const sentence = context.structure.sentenceAt(position);
  // Walk back: in ordinary text the first character before already decides.
  for (let i = position - 1; i >= sentence.start; i--) {
    const char = context.text[i];
    if (!isSpace(char) && !'"“‘\'([—–-*•·'.includes(char)) return false;
  }
  return true;
}

/** Determiners that make "the 777 program", "a 911 call" one thing named by a number. */
const SINGULAR_DETERMINERS = wordSet(`
  the a an this that its their his her our your my whose
`);

/**
 * A model or route number before a singular noun: "the 777 program", "its
 * popular 737 Max jet", "the 401 bus". A count above one takes a plural noun,
 * but a lone singular word after a bare count may be its verb ("only 5
 * survive") and a lowercase one before the head a unit ("a 10 point lead"): so
 * a name word must follow the number, or a determiner stand before it.
 */
export function isModelBeforeNoun(
  text: string,
  numeral: Numeral,
  noun: { phrase: string; singularHead: boolean },
): boolean {
  if (numeral.form !== 'digits' || numeral.scaled || !noun.singularHead) return false;
  if (!/^\d+$/.test(numeral.digits) || numeral.value.lte(1)) return false;
  if (/\s/.test(noun.phrase)) return isUpperLetter(noun.phrase[0]);
  const previous = wordBefore(text, numeral.start);
  return previous !== null && SINGULAR_DETERMINERS.has(previous.text.toLowerCase());
}

/**
 * Words that mark a word numeral as a definite referring expression ("the two
 * countries"): optional claims we skip. "all three pilots" and "its two pilots"
 * state how many there are, so "all" and possessive pronouns are not here.
 */
const DEFINITE_DETERMINERS = wordSet(`
  the these those both other
`);

export function isDefiniteWordNumeral(text: string, numeral: Numeral): boolean {
  if (numeral.form !== 'words' || numeral.scaled || numeral.fraction) return false;
  const previous = wordBefore(text, numeral.start);
  if (previous === null) return false;
  // "the trust's two A&E units": a possessive works as a determiner.
  return (
    DEFINITE_DETERMINERS.has(previous.text.toLowerCase()) || /\p{L}['’]s?$/u.test(previous.text)
  );
}

const CLAUSE_END_AFTER = /^(?:[,.;:)]|[ \u00a0]+and[ \u00a0])/u;
/**
 * "… 72 seats and Reform UK five": a name after "and" or a comma, with a count before it in the
 * sentence ("and the Pick 6" names a product).
 */
const NAME_AFTER_COUNT_AND = new RegExp(
  String.raw`(?:\d|(?<![\p{L}])(?:${NUMERAL_START_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join('|')})(?![\p{L}]))[^.!?]*?(?:,|(?<![\p{L}])and)[ \u00a0]+(?:\p{Lu}[\p{L}&'’.-]*[ \u00a0]+){1,3}$`,
  'u',
);

/**
 * A count whose noun is gapped after a plural name or after a name coordinated
 * with an earlier count: "the Greens four and independents one", "took 72 seats
 * and Reform UK five" (each counts the seats named before).
 */
export function isGappedCount(text: string, numeral: Numeral): boolean {
  const previous = wordBefore(text, numeral.start);
  if (previous === null || !CLAUSE_END_AFTER.test(text.slice(numeral.end, numeral.end + 5)))
    return false;
  if (/\p{L}{2,}s$/u.test(previous.text) && !/(?:ss|us|is|['’]s)$/.test(previous.text)) return true;
  return (
    isUpperLetter(previous.text[0]) &&
    NAME_AFTER_COUNT_AND.test(text.slice(Math.max(0, numeral.start - 120), numeral.start))
  );
}
