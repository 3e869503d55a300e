/**
 * change: a stated change between two stated values. The fixed phrasings of
 * one sentence are read in change-phrasings.ts; besides, a change figure with
 * its two values anywhere in its sentence ("dropped 5.3% to post a new low of
 * $3.91 after closing at $4.13"), or in the sentence before ("that's a drop of
 * nearly 8%"), in changes-of-one-sentence.ts. Across sentences
 * (changes-stated-elsewhere.ts): a change with no values ("has fallen by
 * 9.8%") and, in the next sentence of the paragraph, the values with no
 * change ("a decline from 785 to 708"); or a change in the lead ("profits
 * drop 33%") and a later "fell to Y from X" of the same company, or "Y, up
 * from X a year ago" of the same period. Here: all of them put together, and a
 * value halved (doubled, tripled) from a figure stated earlier. A change put
 * on another basis ("like-for-like", "in real terms") is left out.
 */
import type { ChangeRelation, ShareOfRelation } from '../types.js';
import {
  changesByAmountAndPercent,
  changesInSentences,
  factorStatedIn,
  isChangeFigure,
  OTHER_BASIS,
  valuePairs,
  type Pair,
} from './change-phrasings.js';
import { changesOfOneSentence } from './changes-of-one-sentence.js';
import { changeStatedElsewhere } from './changes-stated-elsewhere.js';
import type { Direction } from './directions.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';
import { endTest } from '../text-helpers.js';

/** `shares`: the document's shares, whose wholes in their own sentence are no values of a change. */
export function findChanges(
  context: RelationContext,
  shares: ShareOfRelation[] = [],
): ChangeRelation[] {
  const relations: ChangeRelation[] = [];
  const used = new Set<QuantityFrame>();
  const relate = (change: QuantityFrame | null, pair: Pair, direction: Direction | null) => {
    relations.push({
      type: 'change',
      from: pair.from.candidate.id,
      to: pair.to.candidate.id,
      change: change?.candidate.id ?? null,
      by: null,
      direction,
      factor: pair.factor,
    });
    for (const frame of [change, pair.from, pair.to]) if (frame) used.add(frame);
  };
  for (const found of changesInSentences(context))
    relate(found.change, found.pair, found.direction);
  for (const found of changesOfOneSentence(
    context,
    new Set([...used, ...wholesBesideShares(context, shares)]),
  )) {
    relations.push({
      type: 'change',
      from: found.from?.candidate.id ?? null,
      to: found.to.candidate.id,
      change: found.change.candidate.id,
      by: found.by?.candidate.id ?? null,
      direction: found.change.direction,
      factor: null,
    });
    for (const frame of [found.from, found.to, found.change, found.by]) if (frame) used.add(frame);
  }
  for (const found of changesByAmountAndPercent(context)) {
    if ([found.by, found.change, found.to].some((f) => used.has(f))) continue;
    relations.push({
      type: 'change',
      from: null,
      to: found.to.candidate.id,
      change: found.change.candidate.id,
      by: found.by.candidate.id,
      direction: found.direction,
      factor: null,
    });
    for (const frame of [found.by, found.change, found.to]) used.add(frame);
  }
  for (const pair of factorsOfEarlierValues(context, used)) relate(null, pair, pair.direction);
  const pairs = valuePairs(context).filter((p) => !used.has(p.from) && !used.has(p.to));
  const changes = context.frames.filter(
    (f) =>
      !used.has(f) &&
      f.direction !== null &&
      isChangeFigure(f) &&
      !OTHER_BASIS.test(f.sentence.text),
  );
  for (const pair of pairs) {
    if (used.has(pair.from) || used.has(pair.to)) continue;
    const change = pair.factor === null ? changeStatedElsewhere(context, pair, changes) : null;
    if (change) {
      changes.splice(changes.indexOf(change), 1);
      relate(change, pair, change.direction);
    } else if (pair.factor !== null || pair.direction !== null) relate(null, pair, pair.direction);
  }
  return relations;
}

/** "rose 6% to $46.2bn, about half of the company's total revenue of $94.9bn": the whole, in its share's sentence. */
function wholesBesideShares(context: RelationContext, shares: ShareOfRelation[]): QuantityFrame[] {
  return shares.flatMap((relation) => {
    const whole = relation.total === null ? undefined : context.frameOf(relation.total);
    const share = context.frameOf(relation.share);
    return whole && share && whole.sentence === share.sentence ? [whole] : [];
  });
}

/** "halving GM's stake to 10%": a factor and the value it led to, with no "from" after it. */
const FACTOR_TO_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:halv|doubl|tripl|trebl)(?:ed|ing|es|e)(?:[ \u00a0]+[\p{L}'’-]+){0,4}[ \u00a0]+to[ \u00a0]+$/iu,
);
const FROM_AFTER = /^[ \u00a0,]*from(?![\p{L}])/iu;

/**
 * "GM swapped a 6% stake in itself for 20% of Fiat ... halving GM's stake to
 * 10%": a value halved (doubled, tripled) from a figure stated earlier, which
 * is the one earlier figure of its unit that the factor leads from.
 */
function factorsOfEarlierValues(context: RelationContext, used: Set<QuantityFrame>): Pair[] {
  const pairs: Pair[] = [];
  for (const to of context.frames) {
    if (used.has(to) || to.number === null || FROM_AFTER.test(to.after)) continue;
    if (!FACTOR_TO_BEFORE(to.before)) continue;
    const factor = factorStatedIn(to.before);
    if (factor === null) continue;
    const from = context
      .framesBefore(to)
      .filter(
        (f) =>
          !used.has(f) &&
          f.number !== null &&
          f.candidate.unit === to.candidate.unit &&
          Math.abs(f.number * Number(factor) - to.number!) <= 1e-9 * Math.abs(to.number!),
      );
    if (from.length !== 1) continue;
    pairs.push({
      from: from[0],
      to,
      direction: Number(factor) < 1 ? 'fall' : 'rise',
      factor,
    });
  }
  return pairs;
}
