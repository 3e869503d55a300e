/**
 * The direction of a change a figure states: the words of a rise and of a
 * fall, and reading them before the figure ("rose 12%", "up 3p", "an increase
 * of 12%") or after it ("a 12% fall", "12 per cent lower").
 */
import { wordSet } from '../../text/words.js';
import { CHANGE_NOUN, FALL_WORDS, RISE_WORDS } from '../direction-words.js';
import { endExec } from '../text-helpers.js';

export type Direction = 'rise' | 'fall';

const DIRECTION_WORD = `(?:${[...RISE_WORDS, ...FALL_WORDS].join('|')})`;
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|an estimated|just over|just under|more than|less than|over|under|a further|another|an annual|an|a)[ \u00a0]+)*`;
/** "rose 12%", "rose by 12%", "up 12%", "an increase of 12%", "a drop of nearly 12%". */
const DIRECTION_BEFORE = endExec(
  new RegExp(
    String.raw`(?:^|[^\p{L}])(${DIRECTION_WORD})(?:[ \u00a0]+["“'‘]?\p{L}+ly["”'’]?)?((?:[ \u00a0]+(?:by|of))?)[ \u00a0]+${HEDGE}$`,
    'iu',
  ),
);
/** " salary increase", " price rise": the thing that changes, then the noun of its change. */
const DIRECTION_AFTER_NOUN = new RegExp(
  String.raw`^[ \u00a0]+\p{Ll}+[ \u00a0]+(${CHANGE_NOUN})(?![\p{L}])`,
  'u',
);
/** " more offences", " fewer journeys", " more than last year": the figure is how much more or fewer. */
const COMPARATIVE_AFTER = /^[ \u00a0]+(more|fewer)(?![\p{L}])/iu;
/** "cut the budget deficit by $127bn", "raise spending on schools by 5%": the change of what the verb acts on. */
const DIRECTION_OF_OBJECT_BEFORE = endExec(
  new RegExp(
    String.raw`(?:^|[^\p{L}])(${DIRECTION_WORD})(?:[ \u00a0]+[\p{L}'’-]+){1,4}[ \u00a0]+by[ \u00a0]+${HEDGE}$`,
    'iu',
  ),
);
/** "12% rise", "12% higher", "12 per cent lower". */
const DIRECTION_AFTER = new RegExp(String.raw`^[ \u00a0]+(${DIRECTION_WORD})(?![\p{L}])`, 'iu');
/** Direction words that state a change of the figure after them even without "by": "up 3p", "down £2m". */
const ADVERBS = wordSet('up down higher lower');

/**
 * The direction of the change a figure states. A percentage after a direction
 * word states a change ("rose 12%"); another figure only with "by" or "of", an
 * adverb or a noun after it ("rose by £3m", "up 3p", "a £3m rise"): in "cuts
 * 2,500 jobs" the jobs are what is cut, no change.
 */
export function directionOf(
  before: string,
  after: string,
  isPercentage: boolean,
): Direction | null {
  // "cut 15% of its workforce": a share of a whole, no change.
  if (/^[ \u00a0]+of[ \u00a0]/u.test(after)) return null;
  const leading = DIRECTION_BEFORE(before.slice(-40));
  let word: string | undefined;
  if (leading && (isPercentage || leading[2] !== '' || ADVERBS.has(leading[1].toLowerCase())))
    word = leading[1];
  word ??= DIRECTION_AFTER.exec(after)?.[1];
  // "a 25% salary increase", "a 5% price rise": a percentage's change named after the thing that changes.
  if (word === undefined && isPercentage) word = DIRECTION_AFTER_NOUN.exec(after)?.[1];
  // "Police recorded 458,021 more offences", "1 million fewer journeys": a difference, no level.
  const comparative = COMPARATIVE_AFTER.exec(after)?.[1].toLowerCase();
  if (word === undefined && comparative !== undefined)
    return comparative === 'more' ? 'rise' : 'fall';
  // Only a figure right after "by" can be what a verb moves its object by: most are not, and the test is dear.
  if (word === undefined && /[^\p{L}]by[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$/u.test(before.slice(-24)))
    word = DIRECTION_OF_OBJECT_BEFORE(before.slice(-60))?.[1];
  if (word === undefined) return null;
  return RISE_WORDS.has(word.toLowerCase()) ? 'rise' : 'fall';
}
