/**
 * A share stated in a sentence of its own, of a part named in a breakdown
 * just before: "Of the total, £1.2m came from individual donors, £600,000 from
 * businesses and £400,000 from a lottery grant. Donations from businesses made
 * up about 35% of the money raised." The share's subject ("Donations from
 * businesses") names the part by a word of its own ("businesses"); the whole
 * is the breakdown's total.
 */
import { endTest } from '../text-helpers.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';
import { contentStems } from './word-stems.js';

/** "made up about 35%", "accounted for 12%", "represented 9%": the verb of a part's share. */
const SHARE_VERB_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:made up|make up|makes up|accounted for|accounts for|account for|represented|represents|represent)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just over|just under|more than|less than)[ \u00a0]+)?$/iu,
);
const OF_AFTER = /^[ \u00a0]+of[ \u00a0]/iu;
/** How many sentences, and at most how many figures, before the share its part may be named. */
const SENTENCES_BACK = 3;
const FIGURES_BACK = 40;
/** Words of a share's subject or whole that name no part: "the share", "the money", "the total". */
const NOT_NAMING = 'share money total sum amount figure part rest';

/**
 * The share-of relations of shares whose part is named, in the sentences just
 * before, by a word of the share's subject; each part must be in a breakdown
 * (`totalOfPart`), whose total is the whole.
 */
export function sharesOfNamedParts(
  context: RelationContext,
  totalOfPart: ReadonlyMap<string, string>,
  related: ReadonlySet<QuantityFrame>,
): Array<{ part: QuantityFrame; share: QuantityFrame }> {
  const found: Array<{ part: QuantityFrame; share: QuantityFrame }> = [];
  // Stem numbers belong to one document's reading: the words that name nothing are stemmed here.
  const notNaming = contentStems(NOT_NAMING);
  const namingStems = (phrase: string) =>
    withoutAll(contentStems(phrase.split(/[,;:–—]/u).pop() ?? ''), notNaming);
  for (const share of context.frames) {
    if (related.has(share) || share.candidate.unit !== '%' || share.direction !== null) continue;
    if (!SHARE_VERB_BEFORE(share.before) || !OF_AFTER.test(share.after)) continue;
    // A figure of its own in the sentence is read by the finders of one sentence.
    if (context.inSentence(share.sentence.index).some((f) => f !== share && !f.isShare)) continue;
    const naming = namingStems(share.before);
    if (naming.size === 0) continue;
    const scored = context.frames
      .slice(Math.max(0, share.index - FIGURES_BACK), share.index)
      .filter(
        (f) =>
          totalOfPart.has(f.candidate.id) &&
          share.sentence.index - f.sentence.index <= SENTENCES_BACK &&
          f.sentence.index < share.sentence.index,
      )
      .map((part) => ({ part, score: sharedCount(naming, ownStems(part)) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || (second && best.score <= second.score)) continue;
    const total = context.frameOf(totalOfPart.get(best.part.candidate.id)!);
    // The whole the share names is the breakdown's total: in words of the total's sentence ("of the money
    // raised" after "raised £2.1m"), or in none of its own ("of the total"); "12% of all visits" is not
    // of "a total of £18m" spent.
    const whole = namingStems(share.after.replace(OF_AFTER, '').split(/[,;.(]/u)[0]);
    if (total && (whole.size === 0 || sharedCount(whole, contentStems(total.sentence.text)) > 0))
      found.push({ part: best.part, share });
  }
  return found;
}

/** The stems of a part's own words: its noun, and what follows it to the next comma ("from businesses"). */
function ownStems(part: QuantityFrame): Set<number> {
  return contentStems(`${part.candidate.nounPhrase ?? ''} ${part.after.split(/[,;.]/u)[0]}`);
}

function withoutAll(stems: Set<number>, left: Set<number>): Set<number> {
  for (const stem of left) stems.delete(stem);
  return stems;
}

function sharedCount(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}
