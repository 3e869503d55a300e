/**
 * Which of a counted noun a count is about, in the words before the noun
 * ("maintenance" of "1,000 maintenance workers"), so that two counts of one
 * noun can be told to name the same kind of it.
 */
import { wordSet } from '../../text/words.js';
import type { QuantityFrame } from './frames.js';
import { stem } from './word-stems.js';

/**
 * Counts of one noun that say which of it in the same word: "1,000
 * maintenance workers" ... "close to 1,000 maintenance and cleaning workers".
 */
export function sameKindOfCount(a: QuantityFrame, b: QuantityFrame): boolean {
  const kindOfA = kindWordsOf(a);
  return kindOfA.length > 0 && kindWordsOf(b).some((word) => kindOfA.includes(word));
}

/** The content words before a count's noun in its subject: "maintenance", "cleaning" of "maintenance and cleaning workers". */
function kindWordsOf(frame: QuantityFrame): string[] {
  const { unit, unitKind, subject } = frame.candidate;
  if (unitKind !== 'count' || unit === null || subject === null) return [];
  const words = subject.toLowerCase().split(/[ \u00a0]+/);
  const noun = words.findIndex((word) => stem(word) === stem(unit.toLowerCase()));
  return words
    .slice(0, Math.max(0, noun))
    .filter(
      (word) => word.length >= 4 && /^\p{L}[\p{L}'’-]*$/u.test(word) && !NOT_KIND_WORDS.has(word),
    );
}

const NOT_KIND_WORDS = wordSet(
  'more than less fewer about around some other their these those with from',
);
