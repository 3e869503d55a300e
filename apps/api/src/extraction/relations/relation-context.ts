/**
 * What every relation finder reads: the document's text model and the frames
 * of its quantities, with the questions they all ask of them (which frames
 * share a sentence, which measure the same kind of thing, how much two
 * figures' sentences have in common).
 */
import type { DocumentText, Sentence } from '../../text/document-text.js';
import { wordSet } from '../../text/words.js';
import type { NumericCandidate } from '../numeric-candidate.js';
import { buildFrames, withoutConversions, type QuantityFrame } from './frames.js';
import { SentenceStems } from './word-stems.js';

/** Counted nouns that name the same kind of thing in news prose ("jobs" cut, "positions" to go, "staff" laid off). */
const NOUN_CLASSES: string[][] = [
  [
    'job',
    'position',
    'post',
    'role',
    'staff',
    'worker',
    'employee',
    'personnel',
    'redundancy',
    'civil servant',
    'servant',
  ],
  ['person', 'people', 'resident', 'individual', 'adult', 'citizen', 'civilian'],
  ['aircraft', 'plane', 'jet', 'airliner'],
  ['vote', 'ballot'],
  ['seat', 'constituency'],
  ['child', 'kid'],
  ['visitor', 'tourist', 'arrival', 'traveller', 'traveler'],
];
const NOUN_CLASS = new Map(NOUN_CLASSES.flatMap((nouns, i) => nouns.map((noun) => [noun, i])));
const JOB_CLASS = 0;

/** Units that are not amounts of a thing: a change or a rate is never a part or a total. */
const NOT_ADDITIVE = wordSet('% pp bp fraction');
/** "11.1 assists per game", "three meals a day": a rate, stated per something. */
const RATE_AFTER =
  /^[ \u00a0]*(?:per|a|an|each)[ \u00a0]+(?:game|match|season|day|night|week|month|year|hour|minute|head|person|capita|share|visit|shift)(?![\p{L}])/iu;
/** "a 16-inch screen", "a 10-mile race": a measure naming a kind of thing. */
const MEASURE_AS_MODIFIER = /\d[-‑]\p{L}/u;

/**
 * How many figures apart two related figures may stand: three times as many as
 * the longest labelled article holds (50), and a bound that keeps a long text
 * linear. Every finder that looks back or around a figure reads this far.
 */
export const MAX_FIGURES_APART = 150;
/** How much two figures' sentences must say in common (`similarity`) for one to repeat the other. */
export const REPEAT_SIMILARITY = 3;
/** How many characters on either side of a figure count as its near words. */
const NEAR_CHARACTERS = 60;
/** A "sentence" with more figures than this is a table or a list, no prose: no relation is read in it. */
const MAX_FIGURES_PER_SENTENCE = 40;

function withoutCrowdedSentences(
  structure: DocumentText,
  candidates: NumericCandidate[],
): NumericCandidate[] {
  const sentenceAt = structure.sentenceCursor();
  const sentenceOf = candidates.map((candidate) => sentenceAt(candidate.start));
  const counts = new Map<number, number>();
  for (const sentence of sentenceOf) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
  return candidates.filter((_, i) => (counts.get(sentenceOf[i]) ?? 0) <= MAX_FIGURES_PER_SENTENCE);
}

function kindKeyOf(frame: QuantityFrame): string | null {
  const { unit, unitKind, conversionOf } = frame.candidate;
  if (unit === null || conversionOf !== null) return null;
  if (unitKind !== 'count') return `unit:${unit}`;
  const nounClass = NOUN_CLASS.get(unit.toLowerCase());
  return nounClass === undefined ? `count:${unit.toLowerCase()}` : `class:${nounClass}`;
}

export class RelationContext {
  /** The frames of every figure but currency conversions, in text order. */
  readonly frames: QuantityFrame[];
  /** Currency conversions ("$2.4bn (£1.9bn)": the £1.9bn), which only restate. */
  readonly conversions: QuantityFrame[];
  /** What each of `frames` measures (`kindKey`), by frame index. */
  private readonly kindKeys: Array<string | null>;
  /** Per frame, computed when first asked: whether it is an amount that adds up with others. */
  private readonly additive: Array<boolean | undefined> = [];
  /** Per frame, computed when first compared: the content stems of its sentence but its own words. */
  private readonly sentenceStemsOf = new Map<QuantityFrame, Set<number>>();
  /** Per frame, computed when first compared: the content stems of `before` and `after`. */
  private readonly nearStemsOf = new Map<QuantityFrame, Set<number>>();
  private readonly capitalisedWords = new Map<Sentence, Set<string>>();
  /** Frames by claim id, made when first asked. */
  private framesById: Map<string, QuantityFrame> | null = null;
  /** Frames by sentence index. */
  private readonly bySentence = new Map<number, QuantityFrame[]>();
  /** The content stems of each sentence, with their positions. */
  private readonly stemsBySentence: SentenceStems;

  constructor(
    readonly text: string,
    readonly structure: DocumentText,
    candidates: NumericCandidate[],
  ) {
    this.stemsBySentence = new SentenceStems(structure.sentences);
    this.frames = buildFrames(
      text,
      structure,
      withoutCrowdedSentences(
        structure,
        candidates.filter((c) => c.conversionOf === null),
      ),
    );
    this.conversions = buildFrames(
      text,
      structure,
      candidates.filter((c) => c.conversionOf !== null),
    );
    this.kindKeys = this.frames.map((frame) => kindKeyOf(frame));
    for (const frame of this.frames) {
      const list = this.bySentence.get(frame.sentence.index) ?? [];
      list.push(frame);
      this.bySentence.set(frame.sentence.index, list);
    }
  }

  /** The frame of a claim id ("n12"), or undefined for a conversion or a figure in a crowded sentence. */
  frameOf(id: string): QuantityFrame | undefined {
    this.framesById ??= new Map(this.frames.map((frame) => [frame.candidate.id, frame]));
    return this.framesById.get(id);
  }

  inSentence(sentence: number): QuantityFrame[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /**
   * The frames before one, nearest last, as far back as `MAX_FIGURES_APART`.
   */
  framesBefore(frame: QuantityFrame): QuantityFrame[] {
    return this.frames.slice(Math.max(0, frame.index - MAX_FIGURES_APART), frame.index);
  }

  /** The capitalised words of a sentence ("Heineken", "Carlsberg"), without a possessive "'s". */
  capitalisedWordsOf(sentence: Sentence): Set<string> {
    let words = this.capitalisedWords.get(sentence);
    if (words === undefined) {
      words = new Set(
        [...sentence.text.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)].map((match) => match[0]),
      );
      this.capitalisedWords.set(sentence, words);
    }
    return words;
  }

  /** The text between two frames (a before b), without bracketed currency conversions ("($701m; £371m)"). */
  between(a: QuantityFrame, b: QuantityFrame): string {
    return withoutConversions(
      this.text.slice(a.candidate.end, Math.max(a.candidate.end, b.candidate.qualifierStart)),
    );
  }

  /**
   * Whether two figures measure the same kind of thing, so one can be a part,
   * a total or a restatement of the other: the same unit, or counts of nouns
   * of one class ("jobs", "positions"); never a currency conversion.
   */
  isComparable(a: QuantityFrame, b: QuantityFrame): boolean {
    const key = this.kindKey(a);
    return key !== null && key === this.kindKey(b);
  }

  /**
   * What a figure measures, as a key equal for comparable figures: its unit, or
   * for a count the class of its noun ("class:0" for jobs, positions, staff).
   * Null for a figure without unit or a currency conversion.
   */
  kindKey(frame: QuantityFrame): string | null {
    return this.frames[frame.index] === frame ? this.kindKeys[frame.index] : kindKeyOf(frame);
  }

  /** The same unit, a rate's per-period part aside: "17 cents a share" and "34 cents". */
  hasSameBaseUnit(a: QuantityFrame, b: QuantityFrame): boolean {
    return a.baseUnit !== null && a.baseUnit === b.baseUnit;
  }

  /** The class of nouns a counted noun belongs to ("position" → jobs), if any. */
  nounClassOf(noun: string | null): number | undefined {
    return noun === null ? undefined : NOUN_CLASS.get(noun.toLowerCase());
  }

  /** A count of jobs, staff or workers. */
  isJobCount(frame: QuantityFrame): boolean {
    return frame.candidate.unit !== null && NOUN_CLASS.get(frame.candidate.unit) === JOB_CLASS;
  }

  /** An amount or a count of things: something parts can add up to. */
  isAdditive(frame: QuantityFrame): boolean {
    let additive = this.additive[frame.index];
    if (additive === undefined) this.additive[frame.index] = additive = this.readAdditive(frame);
    return additive;
  }

  private readAdditive(frame: QuantityFrame): boolean {
    const { unit, unitKind } = frame.candidate;
    if (frame.isAverage || frame.isExpected || RATE_AFTER.test(frame.after)) return false;
    if (unit === null || NOT_ADDITIVE.has(unit) || unit.includes('/')) return false;
    const { start, end } = frame.candidate;
    if (unitKind === 'measure' && MEASURE_AS_MODIFIER.test(this.text.slice(start, end)))
      return false;
    return unitKind === 'count' || unitKind === 'currency' || unitKind === 'measure';
  }

  /**
   * What two figures' sentences say in common: the shared content words,
   * each weighted by how rare it is in the article (a word in every sentence
   * says nothing).
   */
  similarity(a: QuantityFrame, b: QuantityFrame): number {
    return (
      this.shared(this.sentenceStems(a), this.sentenceStems(b)) +
      this.shared(this.nearStems(a), this.nearStems(b))
    );
  }

  /** Content words of the frame's sentence, reduced to stems, without the figure's own words. */
  private sentenceStems(frame: QuantityFrame): Set<number> {
    let stems = this.sentenceStemsOf.get(frame);
    if (stems === undefined) {
      const { qualifierStart, end } = frame.candidate;
      stems = this.stemsBySentence.outside(frame.sentence.index, qualifierStart, end);
      this.sentenceStemsOf.set(frame, stems);
    }
    return stems;
  }

  /** Content stems of the words next to the figure: within NEAR_CHARACTERS of it, and not beyond its neighbours. */
  private nearStems(frame: QuantityFrame): Set<number> {
    let stems = this.nearStemsOf.get(frame);
    if (stems === undefined) {
      const { qualifierStart, end } = frame.candidate;
      const from = Math.max(frame.beforeStart, qualifierStart - NEAR_CHARACTERS);
      const to = Math.min(frame.afterEnd, end + NEAR_CHARACTERS);
      stems = this.stemsBySentence.around(frame.sentence.index, from, qualifierStart, end, to);
      this.nearStemsOf.set(frame, stems);
    }
    return stems;
  }

  private shared(a: Set<number>, b: Set<number>): number {
    const sentences = this.structure.sentences.length;
    const { sentencesWith } = this.stemsBySentence;
    let score = 0;
    for (const s of a) {
      if (!b.has(s)) continue;
      score += Math.log(1 + sentences / sentencesWith[s]);
    }
    return score;
  }
}
