/**
 * A frame for every quantity the scanner found: besides its value and unit,
 * where it stands (sentence, paragraph, headline), the words between it and
 * its neighbours, the direction of a change it states ("rose 12%"), the whole
 * it is a share or part of ("of voters", "of its 112 shops"), its time ("in
 * 2004", "a year earlier") and the content words around it. The relation
 * finders read frames, never the raw scan. The direction is read in
 * directions.ts, the content words' stems in word-stems.ts.
 */
import { wordSet } from '../../text/words.js';
import type { DocumentText, Sentence } from '../../text/document-text.js';
import type { NumericCandidate } from '../numeric-candidate.js';
import { directionOf, type Direction } from './directions.js';
import { endTest } from '../text-helpers.js';

export interface QuantityFrame {
  /** Position among all frames of the document. */
  index: number;
  candidate: NumericCandidate;
  sentence: Sentence;
  paragraph: number;
  inHeadline: boolean;
  /** A percentage or a fraction in words: a share of something. */
  isShare: boolean;
  /** The unit without a rate's period: "cent/share" → "cent"; null when the figure has no unit. */
  baseUnit: string | null;
  /** The value as a JS number, for rough comparisons (the checks use exact decimals); null for a range. */
  number: number | null;
  /** The sentence's text from the previous frame in it (or the sentence start) to this frame's hedge. */
  before: string;
  /** The sentence's text from this frame to the next frame in it (or the sentence end). */
  after: string;
  /** Where `before` starts in the text. */
  beforeStart: number;
  /** Where `after` ends in the text. */
  afterEnd: number;
  /** Referred back to: "the £12bn", "its two pilots", "Unison's 600,000 workers", "its order of 30 jets". */
  refersBack: boolean;
  /** A change this figure states: "rose 12%", "a 12% fall", "up 12%", "an increase of 12%". */
  direction: Direction | null;
  /** An average, a price or a rate ("the average price was $39,014"): never a part or a total of others. */
  isAverage: boolean;
  /** A figure someone expected, not one that happened: "analysts had expected a 2bn euro pay-off", "expectations of $23.8bn". */
  isExpected: boolean;
  /** The whole named right after it: "of voters" → "voters", "of the bank's workforce" → "workforce". */
  whole: string | null;
  /** The time it is said of, when stated next to it: "2004", "year-earlier", "last-year". */
  time: string | null;
}

/**
 * A figure referred back to: "the £12bn", "those 35 MOUs", "Of the 35 MOUs",
 * "Unison's 800,000 workers", "its order of 30 jets".
 */
const REFERS_BACK = endTest(
  /(?:(?:^|[^\p{L}])(?:the|these|those|this|that|our|its|their|his|her)|\p{Lu}[\p{L}&.-]*['’]s?|(?:^|[^\p{L}])(?:the|this|that|its|their|his|her|our)[ \u00a0]+\p{L}+[ \u00a0]+of)[ \u00a0]+$/iu,
);
/** What REFERS_BACK needs right before its spaces, tested first since most figures have none of it. */
const REFERS_BACK_WORD_END = /(?:the|these|those|this|that|our|its|their|his|her|of|['’]s?)$/iu;

/**
 * "analysts had expected", "expected Apple to report quarterly earnings of", "surpassing expectations of", "the
 * FactSet consensus of", "estimates of about"; not "higher than expected at" nor a plan reported ("is expected to cut
 * 2,850 jobs").
 */
const EXPECTED_BEFORE = endTest(
  /(?:(?<!(?:than|as|is|are|was|were|be|been))(?:^|[^\p{L}])(?:expected|expecting|forecast|forecasting|predicted|predicting|anticipated|hoped for)(?:[ \u00a0]+[\p{L}'’-]+){0,8}|(?:expectations?|estimates?|forecasts?|consensus|projections?|predictions?)[ \u00a0]+(?:of|for|at)(?:[ \u00a0]+(?:about|around|some|nearly|almost|roughly))?)[ \u00a0]+$/iu,
);

/** "the $51.1 billion that analysts are looking for", "192,000 jobs anticipated in the June survey": expected. */
const EXPECTED_AFTER =
  /^[ \u00a0]+(?:(?:forecast|expected|anticipated|projected|predicted)[ \u00a0]+(?:in|by|for|at|earlier|previously|last)(?![\p{L}])|(?:that|which)[ \u00a0]+(?:analysts|economists|investors|traders|markets?|the market|Wall Street)[ \u00a0]+(?:(?:had|have|are|were)[ \u00a0]+)?(?:expected|expect|expecting|forecast|forecasting|predicted|predicting|projected|looking for|anticipated|anticipating)(?![\p{L}]))/iu;

/** What EXPECTED_BEFORE and EXPECTED_AFTER need, tested first since most figures have none of it. */
const EXPECTATION_WORD =
  /expect|forecast|predict|anticipat|hoped|estimate|consensus|projection|looking for/i;

function isExpected(before: string, after: string): boolean {
  const near = before.slice(-60);
  if (!EXPECTATION_WORD.test(near) && !EXPECTATION_WORD.test(after.slice(0, 60))) return false;
  return EXPECTED_BEFORE(near) || EXPECTED_AFTER.test(after);
}

/** "that" right before the figure, and the word before it, if any. */
const THAT_BEFORE = /(?:^|[^\p{L}'’-])(?:([\p{L}'’-]+)[ \u00a0]+)?that[ \u00a0]+$/iu;
/** Words after which "that" points back ("of that £12bn"); after a verb or noun it opens a clause ("estimates that 4 million"). */
const BEFORE_POINTING_THAT = wordSet('of from to with for on in by at and or but');

function refersBack(before: string): boolean {
  let end = before.length;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\u00a0')) end--;
  if (end === before.length || !REFERS_BACK_WORD_END.test(before.slice(Math.max(0, end - 6), end)))
    return false;
  const tail = before.slice(-40);
  const that = THAT_BEFORE.exec(tail);
  if (that && that[1] !== undefined && !BEFORE_POINTING_THAT.has(that[1].toLowerCase()))
    return false;
  return REFERS_BACK(tail);
}

/** "the average retail price of a new vehicle was $39,014", "a median salary of": a figure that does not add up with others. */
const AVERAGE_BEFORE =
  /(?:^|[^\p{L}])(?:average|median|mean|typical|per[ \u00a0]+(?:head|capita|person)|price|prices|rate|salary|wage)(?![\p{L}])(?:[ \u00a0]+[\p{L}'’-]+){0,8}[ \u00a0]+(?:was|is|of|at|to|were|are|stood at|reached|rose to|fell to)?[ \u00a0]*(?:about|around|nearly|almost|some)?[ \u00a0]*$/iu;

/** What AVERAGE_BEFORE needs somewhere, tested first since most figures have none of it. */
const AVERAGE_WORD =
  /average|median|mean|typical|per[ \u00a0]+(?:head|capita|person)|price|rate|salary|wage/i;

function isAverage(before: string): boolean {
  return AVERAGE_WORD.test(before) && AVERAGE_BEFORE.test(before);
}

/** "of voters", "of Trump voters", "of the bank's workforce", "of those polled", "of the total": the words of the whole. */
const WHOLE_AFTER =
  /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|our|all|these|those|this)[ \u00a0]+)?((?:\p{Lu}[\p{L}&.-]*[ \u00a0]+)*\p{Lu}[\p{L}&.-]*(?:['’]s[ \u00a0]+[\p{Ll}-]+|[ \u00a0]+[\p{Ll}-]+s(?![\p{L}]))?|(?:[\p{Ll}-]+[ \u00a0]+){0,2}[\p{Ll}-]+)/u;

const YEAR = /(?:^|[^\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
const RELATIVE_TIME =
  /(?:^|[^\p{L}])(a year (?:earlier|before|ago)|the previous year|the year before|last year|this year|(?:the )?same (?:period|month|quarter) (?:last|a) year)(?![\p{L}])/iu;

/** A number without unit or counted noun ("among the 4,000"). */
export function isBare(frame: QuantityFrame): boolean {
  return frame.candidate.unit === null;
}

/** A count of things, or a bare number that may count them. */
export function isCountOrBare(frame: QuantityFrame): boolean {
  return frame.candidate.unitKind === 'count' || frame.candidate.unit === null;
}

/** Two figures stated with one value, or one range. */
export function sameValue(a: QuantityFrame, b: QuantityFrame): boolean {
  const [x, y] = [a.candidate, b.candidate];
  if (x.value !== null && y.value !== null) return x.value.cmp(y.value) === 0;
  return (
    x.low !== null &&
    y.low !== null &&
    x.high !== null &&
    y.high !== null &&
    x.low.cmp(y.low) === 0 &&
    x.high.cmp(y.high) === 0
  );
}

/**
 * How many times larger one figure may be than another paragraph's figure that
 * restates it, or than another paragraph's total its parts may add up to:
 * figures this far apart in value and in the text are about different things
 * ("killed 50 people" and "water to 8.4 million people" pages later). Within a
 * paragraph, or against the headline, such a gap is the misprint the checks are
 * for ("£500" in the headline, "£5,000" in the body).
 */
export const MAX_RESTATED_RATIO = 3;

/** Figures of different paragraphs of the body. */
export function inOtherBodyParagraphs(a: QuantityFrame, b: QuantityFrame): boolean {
  return a.paragraph !== b.paragraph && !a.inHeadline && !b.inHeadline;
}

/** A figure's value on a percentage scale when it is a fraction in words ("a third" → 33.3). */
function comparableNumber(frame: QuantityFrame, other: QuantityFrame): number | null {
  if (frame.number === null) return null;
  const asPercent = frame.candidate.unit === 'fraction' && other.candidate.unit === '%';
  return asPercent ? frame.number * 100 : frame.number;
}

/** Parts whose values add up to more than `ratio` times a positive total's. */
export function partsAddUpPast(
  total: QuantityFrame,
  parts: QuantityFrame[],
  ratio: number,
): boolean {
  if (total.number === null || total.number <= 0 || parts.some((part) => part.number === null))
    return false;
  return parts.reduce((sum, part) => sum + part.number!, 0) > ratio * total.number;
}

/** Two positive figures of different body paragraphs, more than MAX_RESTATED_RATIO apart in value. */
export function areFarApart(a: QuantityFrame, b: QuantityFrame): boolean {
  if (!inOtherBodyParagraphs(a, b)) return false;
  const [x, y] = [comparableNumber(a, b), comparableNumber(b, a)];
  if (x === null || y === null || x <= 0 || y <= 0) return false;
  return Math.max(x, y) > MAX_RESTATED_RATIO * Math.min(x, y);
}

/** "($2bn; £1.1bn)", "(£195.3m)": an amount converted into other currencies. */
const BRACKETED_CONVERSION = /[ \u00a0]*\([^()]*\d[^()]*\)/gu;

export function withoutConversions(text: string): string {
  return text.includes('(') ? text.replace(BRACKETED_CONVERSION, '') : text;
}

/** Frames of the candidates, each bounded by its neighbours in this list. */
export function buildFrames(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
): QuantityFrame[] {
  const frames: QuantityFrame[] = [];
  const sentenceAt = structure.sentenceCursor();
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const sentence = structure.sentences[sentenceAt(candidate.start)];
    const previous = candidates[i - 1];
    const next = candidates[i + 1];
    const beforeStart =
      previous && previous.end > sentence.start && previous.end <= candidate.qualifierStart
        ? previous.end
        : sentence.start;
    const afterEnd =
      next && next.qualifierStart < sentence.end ? next.qualifierStart : sentence.end;
    const before = withoutConversions(text.slice(beforeStart, candidate.qualifierStart));
    const after = withoutConversions(text.slice(candidate.end, Math.max(candidate.end, afterEnd)));
    const isShare = candidate.unit === '%' || candidate.unit === 'fraction';
    frames.push({
      index: i,
      candidate,
      sentence,
      paragraph: sentence.paragraph,
      inHeadline: structure.paragraphs[sentence.paragraph].isHeadline,
      isShare,
      baseUnit: baseUnitOf(candidate.unit),
      number: candidate.value?.toNumber() ?? null,
      before,
      after,
      beforeStart,
      afterEnd: Math.max(candidate.end, afterEnd),
      refersBack: refersBack(before),
      direction: directionOf(
        before,
        after,
        candidate.unit === '%' || candidate.unit === 'pp' || candidate.unit === 'fraction',
      ),
      isAverage: isAverage(
        text.slice(
          Math.max(sentence.start, candidate.qualifierStart - 60),
          candidate.qualifierStart,
        ),
      ),
      isExpected: isExpected(before, after),
      whole: WHOLE_AFTER.exec(after)?.[1].toLowerCase() ?? null,
      time: timeOf(clauseStart(after)),
    });
  }
  return frames;
}

function baseUnitOf(unit: string | null): string | null {
  if (unit === null) return null;
  const slash = unit.indexOf('/');
  return slash < 0 ? unit : unit.slice(0, slash);
}

/** The words after a figure up to the first clause break: "in 2012 -- while ..." → "in 2012". */
function clauseStart(after: string): string {
  // Only 30 characters are kept and a break is under 10 long: the first 40 decide.
  const head = after.slice(0, 40);
  const end = head.search(
    /[ \u00a0](?:-|--|–|—)[ \u00a0]|[;,]|[ \u00a0](?:and|but|while|as|after|before|when)[ \u00a0]/u,
  );
  return (end < 0 ? head : head.slice(0, end)).slice(0, 30);
}

/** The time stated right after a figure: a year, or a time relative to now. */
export function timeOf(after: string): string | null {
  const relative = RELATIVE_TIME.exec(after);
  const year = YEAR.exec(after);
  if (relative && (!year || relative.index < year.index)) {
    const phrase = relative[1].toLowerCase();
    if (/earlier|before|ago|previous|same/.test(phrase) || phrase === 'last year')
      return 'year-earlier';
    return 'this-year';
  }
  return year ? year[1] : null;
}

/** Equal within rounding: "17 pct" and "17.3 percent", "$2bn" and "$1.95bn". */
export function closeValue(a: QuantityFrame, b: QuantityFrame): boolean {
  const [p, q] = [a.number, b.number];
  if (p === null || q === null) return sameValue(a, b);
  return Math.abs(p - q) <= 0.06 * Math.max(Math.abs(p), Math.abs(q));
}

/** A figure too specific to repeat or add up by chance: "£402.4m", "20,645", "1,039" (three significant digits). */
export function isPrecise(frame: QuantityFrame): boolean {
  const value = frame.candidate.value;
  if (value === null) return false;
  return value.toString().replace(/^0\.0*|\.|0+$/g, '').length >= 3;
}
