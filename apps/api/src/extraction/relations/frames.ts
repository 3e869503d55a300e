/**
 * A frame for every quantity the scanner found: besides its value and unit,
 * where it stands (sentence, paragraph, headline), the words between it and
 * its neighbours, the direction of a change it states ("rose 12%"), the whole
 * it is a share or part of ("of voters", "of its 112 shops"), its time ("in
 * 2004", "a year earlier") and the content words around it. The relation
 * finders read frames, never the raw scan.
 */
import type { DocumentText, Sentence } from '../../text/document-text.js';
import { wordSet } from '../../text/words.js';
import type { NumericCandidate } from '../numeric-scanner.js';

export type Direction = 'rise' | 'fall';

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
  /** The whole named right after it: "of voters" → "voters", "of the bank's workforce" → "workforce". */
  whole: string | null;
  /** The time it is said of, when stated next to it: "2004", "year-earlier", "last-year". */
  time: string | null;
}

export const RISE_WORDS = wordSet(`
  rose rise rises risen rising increase increased increases increasing grew grow grows growth growing
  up jump jumped jumps climb climbed climbs climbing surge surged surges gain gained gains soar soared
  soars higher boost boosted hike hiked doubled tripled
`);
export const FALL_WORDS = wordSet(`
  fell fall falls fallen falling drop dropped drops dropping decline declined declines declining
  decrease decreased decreases down cut cuts slump slumped slumps plunge plunged plunges lower
  shrank shrunk slid slip slipped tumble tumbled reduction reduced dip dipped sank halved halving
`);
const DIRECTION_WORD = `(?:${[...RISE_WORDS, ...FALL_WORDS].join('|')})`;
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|an estimated|just over|just under|more than|less than|over|under|a further|another|an annual|an|a)[ \u00a0]+)*`;
/** "rose 12%", "rose by 12%", "up 12%", "an increase of 12%", "a drop of nearly 12%". */
const DIRECTION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${DIRECTION_WORD})(?:[ \u00a0]+["“'‘]?\p{L}+ly["”'’]?)?((?:[ \u00a0]+(?:by|of))?)[ \u00a0]+${HEDGE}$`,
  'iu',
);
/** "12% rise", "12% higher", "12 per cent lower". */
const DIRECTION_AFTER = new RegExp(String.raw`^[ \u00a0]+(${DIRECTION_WORD})(?![\p{L}])`, 'iu');
/** Direction words that state a change of the figure after them even without "by": "up 3p", "down £2m". */
const ADVERBS = wordSet('up down higher lower');

/**
 * A figure referred back to: "the £12bn", "those 35 MOUs", "Of the 35 MOUs",
 * "Unison's 800,000 workers", "its order of 30 jets".
 */
const REFERS_BACK =
  /(?:(?:^|[^\p{L}])(?:the|these|those|this|that|our|its|their|his|her)|\p{Lu}[\p{L}&.-]*['’]s?|(?:^|[^\p{L}])(?:the|this|that|its|their|his|her|our)[ \u00a0]+\p{L}+[ \u00a0]+of)[ \u00a0]+$/iu;
/** What REFERS_BACK needs right before its spaces, tested first since most figures have none of it. */
const REFERS_BACK_WORD_END = /(?:the|these|those|this|that|our|its|their|his|her|of|['’]s?)$/iu;

function refersBack(before: string): boolean {
  let end = before.length;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\u00a0')) end--;
  if (end === before.length || !REFERS_BACK_WORD_END.test(before.slice(Math.max(0, end - 6), end)))
    return false;
  return REFERS_BACK.test(before.slice(-40));
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

const STOP_WORDS = wordSet(`
  the a an and or but of to in on at by for from with as that this these those its their his her our
  was were is are be been being has have had will would could can may might should must do did does
  said says say it they he she we who which what when where than then there also about around more
  less over under up down some nearly almost just only per cent percent pct million billion bn m
  thousand hundred one two three four five six seven eight nine ten not no into out after before
  while whereas such other another each all any both most many much new year years
`);

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

/**
 * The direction of the change a figure states. A percentage after a direction
 * word states a change ("rose 12%"); another figure only with "by" or "of", an
 * adverb or a noun after it ("rose by £3m", "up 3p", "a £3m rise"): in "cuts
 * 2,500 jobs" the jobs are what is cut, no change.
 */
function directionOf(before: string, after: string, isPercentage: boolean): Direction | null {
  // "cut 15% of its workforce": a share of a whole, no change.
  if (/^[ \u00a0]+of[ \u00a0]/u.test(after)) return null;
  const leading = DIRECTION_BEFORE.exec(before.slice(-40));
  let word: string | undefined;
  if (leading && (isPercentage || leading[2] !== '' || ADVERBS.has(leading[1].toLowerCase())))
    word = leading[1];
  word ??= DIRECTION_AFTER.exec(after)?.[1];
  if (word === undefined) return null;
  return RISE_WORDS.has(word.toLowerCase()) ? 'rise' : 'fall';
}

/** The words after a figure up to the first clause break: "in 2012 -- while ..." → "in 2012". */
function clauseStart(after: string): string {
  const end = after.search(
    /[ \u00a0](?:-|--|–|—)[ \u00a0]|[;,]|[ \u00a0](?:and|but|while|as|after|before|when)[ \u00a0]/u,
  );
  return (end < 0 ? after : after.slice(0, end)).slice(0, 30);
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

export interface PlacedStem {
  stem: string;
  /** UTF-16 index of its word in the text. */
  position: number;
}

/** Stems of the words seen, since an article repeats its words. */
const stemOfWord = new Map<string, string | null>();
const MAX_CACHED_WORDS = 50_000;

/** A word's first character: a letter, Latin or beyond (U+00C0–U+024F, U+0370–U+1FFF). */
function isWordStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x1fff)
  );
}

/** A word's later characters: letters, inner apostrophes (' ’) and hyphens. */
function isWordPart(code: number): boolean {
  return isWordStart(code) || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** The content words' stems with their positions; a character loop, since every sentence of a long text passes here. */
export function placedStemsOf(phrase: string, offset: number): PlacedStem[] {
  const stems: PlacedStem[] = [];
  const length = phrase.length;
  for (let i = 0; i < length; i++) {
    if (!isWordStart(phrase.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < length && isWordPart(phrase.charCodeAt(end))) end++;
    const found = stemOfWordOnce(phrase.slice(i, end));
    if (found !== null) stems.push({ stem: found, position: offset + i });
    i = end;
  }
  return stems;
}

/** The stem of a content word, null for a short or common word. */
function stemOfWordOnce(raw: string): string | null {
  let found = stemOfWord.get(raw);
  if (found === undefined) {
    const word = raw.toLowerCase().replace(/['’]s?$/u, '');
    found = word.length < 3 || STOP_WORDS.has(word) ? null : stem(word);
    if (stemOfWord.size >= MAX_CACHED_WORDS) stemOfWord.clear();
    stemOfWord.set(raw, found);
  }
  return found;
}

/** The stems of a sentence without those of the figure's own words. */
export function stemsOutside(stems: PlacedStem[], start: number, end: number): Set<string> {
  const outside = new Set<string>();
  for (const placed of stems)
    if (placed.position < start || placed.position >= end) outside.add(placed.stem);
  return outside;
}

const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ors',
  'ers',
  'ies',
  'or',
  'er',
  'ed',
  'es',
  'ly',
  's',
];

/** A crude stem: one common ending off when four letters remain, then at most six letters ("visitors", "visited" → "visit"). */
export function stem(word: string): string {
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 4);
  return (suffix ? word.slice(0, -suffix.length) : word).slice(0, 6);
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
