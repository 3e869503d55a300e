/**
 * Hedges and comparatives around a number ("about", "an estimated", "more than",
 * "up to", "or more"). They set `approximate` / `bound` and stay outside the span.
 */
import { isLetter } from './text-helpers.js';
import type { Bound } from './types.js';

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

const MEANINGS: Record<string, QualifierMeaning> = {
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
  'more than': { approximate: false, bound: 'lower' },
  'well over': { approximate: false, bound: 'lower' },
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
  below: { approximate: false, bound: 'upper' },
  'up to': { approximate: false, bound: 'upper' },
  'at most': { approximate: false, bound: 'upper' },
  'no more than': { approximate: false, bound: 'upper' },
  'as many as': { approximate: false, bound: 'upper' },
  'as much as': { approximate: false, bound: 'upper' },
};

const PHRASES = Object.keys(MEANINGS)
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/\./g, '\\.').replace(/ /g, '[ \\u00a0]+'));

/** The last word of every qualifier phrase ("than" of "more than", "least" of "at least"). */
const QUALIFIER_LAST_WORDS = new Set(
  Object.keys(MEANINGS).map((phrase) => phrase.split(' ').pop() as string),
);

/** The word (or symbol) right before `position`, lowercased, across spaces. */
function lastWordBefore(text: string, position: number): string {
  let end = position;
  while (end > 0 && position - end < 4 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0'))
    end--;
  let start = end;
  while (
    start > 0 &&
    end - start < 16 &&
    (isLetter(text[start - 1]) || text[start - 1] === '.' || text[start - 1] === '~')
  )
    start--;
  return text.slice(start, end).toLowerCase();
}

/** The qualifier phrase that ends right before the number (window ends at the number). */
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${PHRASES.join('|')})[ \\u00a0]*$`, 'iu');
/** A second hedge before the first: "estimated at about". */
const SECOND_QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${PHRASES.join('|')})[ \\u00a0]+(?:at[ \\u00a0]+)?$`,
  'iu',
);

const QUALIFIER_AFTER =
  /[ \u00a0]+or[ \u00a0]+(more|so|less|fewer|over|under)(?![\p{L}])|(\+)(?![\p{N}])|-(plus)(?![\p{L}])/iuy;

/**
 * Reads a hedge before `start`. `isDuration` drops "over"/"under", which before a
 * duration mean "during" ("over 12 months").
 */
export function readQualifierBefore(
  text: string,
  start: number,
  isDuration: boolean,
): Qualifier | null {
  if (!QUALIFIER_LAST_WORDS.has(lastWordBefore(text, start))) return null; // most numbers have no hedge: skip the regex
  const from = Math.max(0, start - 24);
  const window = text.slice(from, start);
  const match = QUALIFIER_BEFORE.exec(window);
  if (!match) return null;
  const phrase = match[1].toLowerCase().replace(/\s+/g, ' ');
  if (
    isDuration &&
    (phrase === 'over' || phrase === 'under' || phrase === 'above' || phrase === 'below')
  )
    return null;
  const meaning = MEANINGS[phrase];
  const phraseStart = from + match.index + match[0].indexOf(match[1]);
  if (phraseStart === from && from > 0 && isLetter(text[from - 1])) return null; // the window cut a word
  let approximate = meaning.approximate;
  let qualifierStart = phraseStart;
  // "is estimated at about 100,000 tons": the earlier hedge counts too.
  const earlier = SECOND_QUALIFIER_BEFORE.exec(
    text.slice(Math.max(0, phraseStart - 20), phraseStart),
  );
  if (earlier && !(earlier.index === 0 && isLetter(text[Math.max(0, phraseStart - 20) - 1]))) {
    approximate ||= MEANINGS[earlier[1].toLowerCase().replace(/\s+/g, ' ')]?.approximate ?? false;
    qualifierStart = Math.max(0, phraseStart - 20) + earlier.index + earlier[0].indexOf(earlier[1]);
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
