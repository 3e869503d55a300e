/**
 * Parts of a total found by their arithmetic: figures of one kind near each
 * other of which one is exactly the sum of two or three others ("increasing
 * funding to $7,176 per student, a $50 rise" over the "$7,126" before;
 * "seven in total ... five ... and two"). A sum that holds to the last
 * written digit is no coincidence when the figures are precise, or when the
 * total says it is one ("a total of $515m" ... "a deal totalling $375m" ...
 * "a $140m deal"); counts of things named differently add up to a precise
 * total when a part is precise too ("976 diplomats, with 63 waiting" …
 * "1,039 officers"). These relations
 * hold by construction, so they never raise a flag on the text they were
 * found in; they let a reviewer see the arithmetic, and a later correction
 * of one figure be checked against the others.
 */
import { isBare, isCountOrBare, isPrecise, type QuantityFrame } from './frames.js';
import type { Breakdown } from './part-wording.js';
import { MAX_FIGURES_APART, type RelationContext } from './relation-context.js';

/** How many sentences around a total its parts are looked for in, unless it says it is a total or is precise. */
const NEAR_SENTENCES = 2;
/** Three parts are looked for among at most this many near figures (the search is cubic in it). */
const MAX_TRIPLE_CANDIDATES = 24;
/** "a total of", "totalling", "in all" (not "in all 50 states"), "altogether", "combined": a figure that says it is a sum. */
const STATED_TOTAL =
  /(?:^|[^\p{L}])(?:a total of|totall?ing|in total|in all(?![ \u00a0]*$)|altogether|combined|all told)(?![\p{L}])/iu;

export function exactSums(context: RelationContext, known: Set<string>): Breakdown[] {
  const found: Breakdown[] = [];
  const { frames } = context;
  const addable = frames.map((f) => canAdd(context, f) && f.number !== null && f.number > 0);
  const valueKeys = frames.map((f, i) => (addable[i] ? valueKey(f.number!) : NaN));
  const byKind = new Map<string, QuantityFrame[]>();
  for (const frame of frames) {
    const key = addable[frame.index] ? context.kindKey(frame) : null;
    if (key === null) continue;
    const list = byKind.get(key);
    if (list) list.push(frame);
    else byKind.set(key, [frame]);
  }
  for (const total of frames) {
    if (!addable[total.index]) continue;
    const value = total.number!;
    const statedTotal =
      STATED_TOTAL.test(total.before.slice(-30)) || STATED_TOTAL.test(total.after.slice(0, 20));
    const precise = isPrecise(total);
    const near = (f: QuantityFrame) =>
      statedTotal || Math.abs(f.sentence.index - total.sentence.index) <= NEAR_SENTENCES;
    const fits = (f: QuantityFrame) =>
      addable[f.index] &&
      f !== total &&
      f.number! < value &&
      Math.abs(f.index - total.index) <= MAX_FIGURES_APART &&
      (sameKind(context, total, f) || (precise && isCountOrBare(total) && isCountOrBare(f)));
    const candidates = statedTotal
      ? frames
          .slice(Math.max(0, total.index - MAX_FIGURES_APART), total.index + MAX_FIGURES_APART + 1)
          .filter(fits)
      : nearOrOfItsKind(context, total, precise ? byKind : null).filter(fits);
    if (candidates.length < 2) continue;
    const pairs = withinOneNearSentence(pairsSummingTo(total, candidates, valueKeys), total);
    const sums =
      pairs.length > 0
        ? pairs
        : triplesSummingTo(total, candidates.filter(near).slice(0, MAX_TRIPLE_CANDIDATES));
    if (sums.length !== 1) continue;
    const parts = sums[0];
    if (!statedTotal && !precise && !parts.some(isPrecise)) continue;
    // Counts of things named differently ("976 diplomats, with 63 waiting" … "1,039 officers") add up by more
    // than chance only when a part is precise too: not "a majority of 160", "three seats", "163 MPs".
    if (!parts.some(isPrecise) && parts.some((part) => !sameKind(context, total, part))) continue;
    const key = relationKey(total, parts);
    if (known.has(key)) continue;
    known.add(key);
    found.push({ total, parts, complete: true });
  }
  return found;
}

/**
 * The figures a total may be the sum of, in text order: those of the sentences
 * around it, and, for a precise total, those of its own kind anywhere in the
 * window (found through the frames grouped by kind, so a long text stays fast).
 */
function nearOrOfItsKind(
  context: RelationContext,
  total: QuantityFrame,
  byKind: Map<string, QuantityFrame[]> | null,
): QuantityFrame[] {
  const near: QuantityFrame[] = [];
  const sentence = total.sentence.index;
  for (let s = sentence - NEAR_SENTENCES; s <= sentence + NEAR_SENTENCES; s++)
    near.push(...context.inSentence(s));
  const key = byKind === null ? null : context.kindKey(total);
  const ofItsKind = key === null ? undefined : byKind?.get(key);
  if (ofItsKind === undefined) return near;
  const last = total.index + MAX_FIGURES_APART;
  const merged: QuantityFrame[] = [];
  let i = 0;
  let j = lowerBound(ofItsKind, total.index - MAX_FIGURES_APART);
  while (i < near.length || (j < ofItsKind.length && ofItsKind[j].index <= last)) {
    const ofKind = j < ofItsKind.length && ofItsKind[j].index <= last ? ofItsKind[j] : null;
    if (ofKind === null || (i < near.length && near[i].index < ofKind.index)) {
      merged.push(near[i++]);
      continue;
    }
    if (near[i] === ofKind) i++;
    merged.push(ofKind);
    j++;
  }
  return merged;
}

/** The first position in frames (in text order) whose index is at least `index`. */
function lowerBound(frames: QuantityFrame[], index: number): number {
  let [lo, hi] = [0, frames.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (frames[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same set of figures as total and parts, whichever finder found it. */
export function relationKey(total: QuantityFrame, parts: QuantityFrame[]): string {
  return [total.index, ...parts.map((p) => p.index).sort((a, b) => a - b)].join(',');
}

/** An amount or a count stated as a level: no share, no conversion, no bound, no range. */
function canAdd(context: RelationContext, frame: QuantityFrame): boolean {
  const { candidate } = frame;
  if (frame.isShare || candidate.conversionOf !== null || candidate.bound !== null) return false;
  if (candidate.low !== null) return false;
  return context.isAdditive(frame) || candidate.unit === null || frame.direction !== null;
}

/** One kind of thing: the same unit or class of counted noun, or a bare number beside a count ("976 diplomats, with 63"). */
function sameKind(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  if (context.isComparable(a, b) || context.hasSameBaseUnit(a, b)) return true;
  return (isBare(a) || isBare(b)) && isCountOrBare(a) && isCountOrBare(b);
}

/**
 * A value rounded to 12 significant digits, to find a sum's missing part among
 * the values seen; a whole number below 10^12 is its own key.
 */
function valueKey(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12));
}

/**
 * The pairs, in text order, whose values add up exactly to the total: one
 * pass, looking up the value each figure still lacks among those seen (keyed
 * to 12 digits, then confirmed in exact decimals). `valueKeys`: each frame's
 * key, by frame index.
 */
function pairsSummingTo(
  total: QuantityFrame,
  candidates: QuantityFrame[],
  valueKeys: number[],
): QuantityFrame[][] {
  const seen = new Map<number, QuantityFrame[]>();
  const pairs: QuantityFrame[][] = [];
  for (const frame of candidates) {
    if (seen.size > 0)
      for (const earlier of seen.get(valueKey(total.number! - frame.number!)) ?? [])
        if (addsUpExactly(total, [earlier, frame])) pairs.push([earlier, frame]);
    const own = valueKeys[frame.index];
    const list = seen.get(own);
    if (list) list.push(frame);
    else seen.set(own, [frame]);
  }
  return pairs;
}

/**
 * Of several pairs that add up to the total, the one stated in one sentence
 * near it: "seven in total … five were faithless to the Democrat and two to the
 * Republican", not "Four … came from Washington. Three of them …".
 */
function withinOneNearSentence(pairs: QuantityFrame[][], total: QuantityFrame): QuantityFrame[][] {
  if (pairs.length < 2) return pairs;
  const together = pairs.filter(
    ([a, b]) =>
      a.sentence === b.sentence &&
      Math.abs(a.sentence.index - total.sentence.index) <= NEAR_SENTENCES,
  );
  return together.length === 1 ? together : pairs;
}

function triplesSummingTo(total: QuantityFrame, candidates: QuantityFrame[]): QuantityFrame[][] {
  const values = candidates.map((f) => f.number!);
  const close = (sum: number) => Math.abs(sum - total.number!) <= total.number! * 1e-9;
  const triples: QuantityFrame[][] = [];
  for (let i = 0; i < candidates.length; i++)
    for (let j = i + 1; j < candidates.length; j++)
      for (let k = j + 1; k < candidates.length; k++) {
        if (!close(values[i] + values[j] + values[k])) continue;
        const parts = [candidates[i], candidates[j], candidates[k]];
        if (addsUpExactly(total, parts)) triples.push(parts);
      }
  return triples;
}

function addsUpExactly(total: QuantityFrame, parts: QuantityFrame[]): boolean {
  const sum = parts.reduce(
    (acc, p) => acc.plus(p.candidate.value!),
    total.candidate.value!.minus(total.candidate.value!),
  );
  return sum.eq(total.candidate.value!);
}
