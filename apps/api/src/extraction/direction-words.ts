/**
 * The words of a rise and of a fall ("rose", "up", "cut", "halved"), shared by
 * the scanner (a change before "X to Y" is no range) and the relation finders
 * (relations/directions.ts reads a figure's direction with them).
 */
import { wordSet } from '../text/words.js';

export const RISE_WORDS = wordSet(`
  rose rise rises risen rising increase increased increases increasing grew grow grows growth growing
  up jump jumped jumps climb climbed climbs climbing surge surged surges gain gained gains soar soared
  soars higher boost boosted boosting hike hiked hiking doubled tripled raise raised raises raising
  lift lifted lifting
`);
export const FALL_WORDS = wordSet(`
  fell fall falls fallen falling drop dropped drops dropping decline declined declines declining
  decrease decreased decreases down cut cuts slump slumped slumps plunge plunged plunges lower
  shrank shrunk slid slip slipped tumble tumbled reduction reduced reduce reduces reducing dip
  dipped sank halved halving cutting lowered lowering lowers trimmed trimming
`);

/** The nouns of a change: "the 60 percent reduction", "a 25% salary increase". */
export const CHANGE_NOUNS = wordSet(`
  reduction cut drop fall decline decrease increase rise jump gain growth hike raise boost
`);
/** One of CHANGE_NOUNS, as a regex alternation. */
export const CHANGE_NOUN = `(?:${[...CHANGE_NOUNS].join('|')})`;

/** "rose ", "fell by ", "up ": a word of a change right before a figure (tested on the text before it). */
export const CHANGE_WORD_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[...RISE_WORDS, ...FALL_WORDS].join('|')})[ \u00a0]+(?:by[ \u00a0]+)?$`,
  'iu',
);
