/**
 * The change figure of a pair of values stated in another sentence: the one
 * before or after it in the paragraph ("has fallen by 9.8%. ... a decline from
 * 785 to 708"), or earlier in the article, of the same company (a capitalised
 * name both sentences use) or the same period, when exactly one change fits and
 * it stands alone (no value of its own).
 */
import type { Pair } from './change-phrasings.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';

/**
 * The change figure stated for a pair of values elsewhere: in the sentence
 * before or after it in the paragraph, when that sentence states a change in
 * the same direction and no values ("has fallen by 9.8%. ... a decline from
 * 785 to 708"); or earlier in the article, of the same company or period
 * ("Heineken saw its annual profits drop 33%" ... "Heineken's net income fell
 * to 537m euros ... from 798m euro"), when exactly one such change fits.
 */
export function changeStatedElsewhere(
  context: RelationContext,
  pair: Pair,
  changes: QuantityFrame[],
): QuantityFrame | null {
  const sentence = pair.to.sentence.index;
  const fits = changes.filter(
    (change) =>
      change.sentence.index <= sentence + 1 &&
      sentence - change.sentence.index <= MAX_SENTENCES_BACK &&
      change.sentence.index !== sentence &&
      (pair.direction === null || change.direction === pair.direction) &&
      standsAlone(context, change, pair),
  );
  const adjacent = fits.filter(
    (change) =>
      change.paragraph === pair.to.paragraph &&
      Math.abs(change.sentence.index - pair.to.sentence.index) === 1,
  );
  if (adjacent.length === 1) return adjacent[0];
  const earlier = fits.filter(
    (change) =>
      change.sentence.index < pair.to.sentence.index &&
      pair.to.sentence.index - change.sentence.index <= MAX_SENTENCES_BACK &&
      (sharesName(context, change, pair.to) ||
        (change.time !== null && change.time === pair.from.time)),
  );
  return earlier.length === 1 ? earlier[0] : null;
}

/**
 * "303,417 vehicles, up 4 percent", "(up 4%)", "1.6 billion journeys on Britain's railways in the year to
 * March, up 7%": a change stated right after the value it is a change of, a few words on.
 */
const ATTACHED_TO_VALUE =
  /^(?:[ \u00a0]+[\p{L}\d'’-]+){0,10}?[ \u00a0]*[,(]?[ \u00a0]*(?:up|down|rising|falling|increasing|decreasing|(?:an?[ \u00a0]+)?(?:increase|decrease|rise|fall|drop|gain|jump)[ \u00a0]+of)[ \u00a0]+(?:by[ \u00a0]+)?$/iu;

/** Between a change and the value it leads to: " in premarket trading to ", " to about ". */
const TO_AFTER_CHANGE =
  /(?:^|[^\p{L}])to[ \u00a0]+(?:(?:about|around|nearly|almost|some|roughly)[ \u00a0]+)?$/iu;

/**
 * A change whose values are stated elsewhere: not attached to a value of its
 * own ("303,417 vehicles, up 4 percent", "rose 1.5% to $265.30"), and no figure of the pair's kind in
 * its sentence ("has fallen by 9.8%": the "18 months" there is no such value).
 */
function standsAlone(context: RelationContext, change: QuantityFrame, pair: Pair): boolean {
  const previous = context.frames[change.index - 1];
  if (previous && previous.sentence === change.sentence && ATTACHED_TO_VALUE.test(change.before))
    return false;
  // "rose 1.5% in premarket trading to $265.30": the change of the value it leads to.
  const next = context.frames[change.index + 1];
  if (
    next &&
    next.sentence === change.sentence &&
    TO_AFTER_CHANGE.test(context.between(change, next))
  )
    return false;
  return context
    .inSentence(change.sentence.index)
    .every(
      (f) =>
        f === change ||
        f.isShare ||
        (!context.hasSameBaseUnit(f, pair.from) &&
          !(f.candidate.unit === null && pair.from.candidate.unit === null)),
    );
}

/** How far back a change stated in the lead may be from its values: an article's length, bounded for a long text. */
const MAX_SENTENCES_BACK = 60;

/** A capitalised name (not the sentence's first word) that both sentences use: the same company. */
function sharesName(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  const y = context.capitalisedWordsOf(b.sentence);
  for (const name of context.capitalisedWordsOf(a.sentence))
    if (!COMMON_CAPITALISED.has(name) && y.has(name)) return true;
  return false;
}

const COMMON_CAPITALISED = new Set([
  'The',
  'It',
  'He',
  'She',
  'They',
  'We',
  'In',
  'On',
  'At',
  'But',
  'And',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'Their',
  'His',
  'Her',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'However',
  'Meanwhile',
  'Both',
  'According',
]);
