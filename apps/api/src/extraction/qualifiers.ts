/**
 * Hedges and comparatives around a number ("about", "an estimated", "more than",
 * "up to", "or more"). They set `approximate` / `bound` and stay outside the span.
 */
import { isLetter, isSpace } from './text-helpers.js';
import type { Bound } from './types.js';
import { wordTable } from '../text/words.js';

export interface Qualifier {
  approximate: boolean;
  bound: Bound | null;
  /** UTF-16 index where the qualifier phrase starts (it is not part of the span). */
  start: number;
}

interface QualifierMeaning {
  approximate: boolean;
  bound: Bound | null;
}

const MEANINGS = wordTable<QualifierMeaning>({
  about: { approximate: true, bound: null },
  around: { approximate: true, bound: null },
  some: { approximate: true, bound: null },
  nearly: { approximate: true, bound: null },
  almost: { approximate: true, bound: null },
  approximately: { approximate: true, bound: null },
  approx: { approximate: true, bound: null },
  'approx.': { approximate: true, bound: null },
  roughly: { approximate: true, bound: null },
  circa: { approximate: true, bound: null },
  'c.': { approximate: true, bound: null },
  '~': { approximate: true, bound: null },
  estimated: { approximate: true, bound: null },
  'an estimated': { approximate: true, bound: null },
  'estimated at': { approximate: true, bound: null },
  'close to': { approximate: true, bound: null },
  maybe: { approximate: true, bound: null },
  perhaps: { approximate: true, bound: null },
  possibly: { approximate: true, bound: null },
  'just over': { approximate: true, bound: 'lower' },
  'just under': { approximate: true, bound: 'upper' },
  'just below': { approximate: true, bound: 'upper' },
  'just above': { approximate: true, bound: 'lower' },
  'just short of': { approximate: true, bound: 'upper' },
  'short of': { approximate: true, bound: 'upper' },
  'just shy of': { approximate: true, bound: 'upper' },
  'shy of': { approximate: true, bound: 'upper' },
  'slightly more than': { approximate: true, bound: 'lower' },
  'slightly less than': { approximate: true, bound: 'upper' },
  'a little over': { approximate: true, bound: 'lower' },
  'a little under': { approximate: true, bound: 'upper' },
  'more than': { approximate: false, bound: 'lower' },
  'well over': { approximate: false, bound: 'lower' },
  'well above': { approximate: false, bound: 'lower' },
  over: { approximate: false, bound: 'lower' },
  above: { approximate: false, bound: 'lower' },
  'at least': { approximate: false, bound: 'lower' },
  'upwards of': { approximate: false, bound: 'lower' },
  'in excess of': { approximate: false, bound: 'lower' },
  'no fewer than': { approximate: false, bound: 'lower' },
  'no less than': { approximate: false, bound: 'lower' },
  'less than': { approximate: false, bound: 'upper' },
  'fewer than': { approximate: false, bound: 'upper' },
  under: { approximate: false, bound: 'upper' },
  'well under': { approximate: false, bound: 'upper' },
  'well below': { approximate: false, bound: 'upper' },
  below: { approximate: false, bound: 'upper' },
  'up to': { approximate: false, bound: 'upper' },
  'at most': { approximate: false, bound: 'upper' },
  'no more than': { approximate: false, bound: 'upper' },
  'as many as': { approximate: false, bound: 'upper' },
  'as much as': { approximate: false, bound: 'upper' },
});

/** The last word of every qualifier phrase ("than" of "more than", "least" of "at least"). */
interface WordBefore {
  word: string;
  start: number;
}

/**
 * Up to `count` words (or symbols like "~", "c.") ending right before
 * `position`, nearest last, lowercased, with their start positions.
 */
function wordsBefore(text: string, position: number, count: number): WordBefore[] {
  const words: WordBefore[] = [];
  let end = position;
  while (words.length < count) {
    const spacesFrom = end;
    while (end > 0 && spacesFrom - end < 4 && isSpace(text[end - 1])) end--;
    if (end === spacesFrom && words.length > 0) break; // words must be separated by spaces
    let start = end;
    while (start > 0 && end - start < 16 && isWordChar(text[start - 1])) start--;
    if (start === end || isLetter(text[start - 1])) break;
    words.unshift({ word: text.slice(start, end).toLowerCase(), start });
    end = start;
  }
  return words;
}

function isWordChar(char: string | undefined): boolean {
  return isLetter(char) || char === '.' || char === '~';
}

/** The last word of every hedge ("than" of "more than", "least" of "at least"). */
const LAST_WORDS = new Set(
  Object.keys(MEANINGS).map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
);
/** Some hedge's last word right before a position; the lookbehind reads backwards, so nothing is sliced. */
const LAST_WORD_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:${[...LAST_WORDS].map((word) => word.replace(/\./g, '\\.')).join('|')})[ \\u00a0]{0,3})`,
  'iuy',
);
const LONGEST_PHRASE = Math.max(...Object.keys(MEANINGS).map((phrase) => phrase.split(' ').length));

/** The longest hedge phrase ending right before `position`, if any. */
function phraseBefore(text: string, position: number): { phrase: string; start: number } | null {
  // Most numbers have no hedge: one backward-reading regex test before reading words.
  LAST_WORD_BEFORE.lastIndex = position;
  if (!LAST_WORD_BEFORE.test(text)) return null;
  const words = wordsBefore(text, position, LONGEST_PHRASE);
  for (let first = 0; first < words.length; first++) {
    let phrase = words[first].word;
    for (let i = first + 1; i < words.length; i++) phrase += ` ${words[i].word}`;
    if (phrase in MEANINGS) return { phrase, start: words[first].start };
  }
  return null;
}

const QUALIFIER_AFTER =
  /[ \u00a0]+or[ \u00a0]+(more|so|less|fewer|over|under)(?![\p{L}])|(\+)(?![\p{N}])|-(plus)(?![\p{L}])/iuy;

/**
 * Reads a hedge before `start`. `isDuration` drops "over"/"under", which before a
 * duration mean "during" ("over 12 months"). Word lookups, no regex: this runs
 * for every number.
 */
export function readQualifierBefore(
  text: string,
  start: number,
  isDuration: boolean,
): Qualifier | null {
  const found = phraseBefore(text, start);
  if (!found) return null;
  const { phrase } = found;
  if (
    isDuration &&
    (phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below')
  )
    return null;
  const meaning = MEANINGS[phrase];
  let approximate = meaning.approximate;
  let qualifierStart = found.start;
  // "is estimated at about 100,000 tons": the earlier hedge counts too.
  const [at] = wordsBefore(text, found.start, 1);
  const earlier = phraseBefore(text, at?.word === 'at' ? at.start : found.start);
  if (earlier) {
    approximate ||= MEANINGS[earlier.phrase].approximate;
    qualifierStart = earlier.start;
  }
  return { approximate, bound: meaning.bound, start: qualifierStart };
}

/** "100 or more", "500+", "100-plus" after the span: a lower bound; "or so" makes it approximate. */
export function readQualifierAfter(text: string, end: number): QualifierMeaning | null {
  QUALIFIER_AFTER.lastIndex = end;
  const match = QUALIFIER_AFTER.exec(text);
  if (!match) return null;
  const word = (match[1] ?? match[2] ?? match[3]).toLowerCase();
  if (word === 'so') return { approximate: true, bound: null };
  if (word === 'less' || word === 'fewer' || word === 'under')
    return { approximate: false, bound: 'upper' };
  return { approximate: false, bound: 'lower' };
}
