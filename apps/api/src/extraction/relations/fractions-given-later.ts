/**
 * A word fraction given as a percentage later in the article ("almost two
 * thirds in 1999" ... "63% supported a ban"): one of the ways same-quantity.ts
 * finds one quantity stated twice.
 */
import type { QuantityFrame } from './frames.js';
import { MAX_FIGURES_APART, REPEAT_SIMILARITY, type RelationContext } from './relation-context.js';

/** How far a word fraction may be from the percentage that gives it: "almost two thirds" and 63%. */
const FRACTION_TOLERANCE = 0.1;
const HEDGED_FRACTION_TOLERANCE = 0.2;

/**
 * A word fraction given as a percentage later in the article: "Less than half
 * the UK wants a ban compared to almost two thirds in 1999" ... "The Mail on
 * Sunday survey found that 63% supported a hunting ban". The percentage must
 * agree with the fraction, and its sentence must say clearly most in common
 * with the fraction's among the percentages that agree; a bound ("less than
 * half") restates no value.
 */
export function fractionsGivenLater(
  context: RelationContext,
): Array<[QuantityFrame, QuantityFrame]> {
  const links: Array<[QuantityFrame, QuantityFrame]> = [];
  const { frames } = context;
  for (const fraction of frames) {
    const { unit, bound, approximate } = fraction.candidate;
    if (unit !== 'fraction' || bound !== null || fraction.direction !== null) continue;
    if (fraction.number === null) continue;
    const percent = fraction.number * 100;
    const tolerance = percent * (approximate ? HEDGED_FRACTION_TOLERANCE : FRACTION_TOLERANCE);
    const scored = frames
      .slice(fraction.index + 1, fraction.index + 1 + MAX_FIGURES_APART)
      .filter(
        (f) =>
          f.candidate.unit === '%' &&
          f.sentence !== fraction.sentence &&
          f.direction === null &&
          f.number !== null &&
          Math.abs(f.number - percent) <= tolerance &&
          (f.time === null || fraction.time === null || f.time === fraction.time),
      )
      .map((f) => ({ f, score: context.similarity(fraction, f) }))
      .filter((x) => x.score >= REPEAT_SIMILARITY)
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (best && (!second || best.score >= 1.5 * second.score)) links.push([fraction, best.f]);
  }
  return links;
}
