/**
 * What every relation finder reads: the document's text model and the frames
 * of its quantities, with the questions they all ask of them (which frames
 * share a sentence, which measure the same kind of thing, how much two
 * figures' sentences have in common).
 */
import type { DocumentText } from '../../text/document-text.js';
import { wordSet } from '../../text/words.js';
import type { NumericCandidate } from '../numeric-scanner.js';
import { buildFrames, stemsOf, withoutConversions, type QuantityFrame } from './frames.js';

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

export class RelationContext {
  /** The frames of every figure but currency conversions, in text order. */
  readonly frames: QuantityFrame[];
  /** Currency conversions ("$2.4bn (£1.9bn)": the £1.9bn), which only restate. */
  readonly conversions: QuantityFrame[];
  /** Frames by sentence index. */
  private readonly bySentence = new Map<number, QuantityFrame[]>();
  /** In how many sentences each stem occurs: common words of the article say little. */
  private readonly sentencesWithStem = new Map<string, number>();

  constructor(
    readonly text: string,
    readonly structure: DocumentText,
    candidates: NumericCandidate[],
  ) {
    this.frames = buildFrames(
      text,
      structure,
      candidates.filter((c) => c.conversionOf === null),
    );
    this.conversions = buildFrames(
      text,
      structure,
      candidates.filter((c) => c.conversionOf !== null),
    );
    for (const frame of this.frames) {
      const list = this.bySentence.get(frame.sentence.index) ?? [];
      list.push(frame);
      this.bySentence.set(frame.sentence.index, list);
    }
    for (const sentence of structure.sentences)
      for (const s of stemsOf(sentence.text))
        this.sentencesWithStem.set(s, (this.sentencesWithStem.get(s) ?? 0) + 1);
  }

  inSentence(sentence: number): QuantityFrame[] {
    return this.bySentence.get(sentence) ?? [];
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
    const [x, y] = [a.candidate, b.candidate];
    if (x.unit === null || y.unit === null) return false;
    if (x.conversionOf !== null || y.conversionOf !== null) return false;
    if (x.unit === y.unit) return true;
    if (x.unitKind !== 'count' || y.unitKind !== 'count') return false;
    if (x.unit.toLowerCase() === y.unit.toLowerCase()) return true;
    const [cx, cy] = [this.nounClassOf(x.unit), this.nounClassOf(y.unit)];
    return cx !== undefined && cx === cy;
  }

  /** The same unit, a rate's per-period part aside: "17 cents a share" and "34 cents". */
  hasSameBaseUnit(a: QuantityFrame, b: QuantityFrame): boolean {
    const base = (unit: string | null) => unit?.split('/')[0] ?? null;
    const [x, y] = [base(a.candidate.unit), base(b.candidate.unit)];
    return x !== null && x === y;
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
    const { unit, unitKind } = frame.candidate;
    if (frame.isAverage) return false;
    if (unit === null || NOT_ADDITIVE.has(unit) || unit.includes('/')) return false;
    return unitKind === 'count' || unitKind === 'currency' || unitKind === 'measure';
  }

  /**
   * What two figures' sentences say in common: the shared content words,
   * each weighted by how rare it is in the article (a word in every sentence
   * says nothing).
   */
  similarity(a: QuantityFrame, b: QuantityFrame): number {
    return this.shared(a.stems, b.stems) + this.shared(a.near, b.near);
  }

  private shared(a: Set<string>, b: Set<string>): number {
    const sentences = this.structure.sentences.length;
    let score = 0;
    for (const s of a) {
      if (!b.has(s)) continue;
      score += Math.log(1 + sentences / (this.sentencesWithStem.get(s) ?? 1));
    }
    return score;
  }
}
