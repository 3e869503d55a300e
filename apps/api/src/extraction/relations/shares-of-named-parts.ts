/**
 * A share stated in a sentence of its own, of a part named in a breakdown
 * just before: "Of the total, £1.2m came from individual donors, £600,000 from
 * businesses and £400,000 from a lottery grant. Donations from businesses made
 * up about 35% of the money raised." The share's subject ("Donations from
 * businesses") names the part by a word of its own ("businesses"); the whole
 * is the breakdown's total.
 */
import { wordSet } from '../../text/words.js';
import { endTest } from '../text-helpers.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';
import { stem } from './word-stems.js';

/** "made up about 35%", "accounted for 12%", "represented 9%": the verb of a part's share. */
const SHARE_VERB_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:made up|make up|makes up|accounted for|accounts for|account for|represented|represents|represent)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|just over|just under|more than|less than)[ \u00a0]+)?$/iu,
);
const OF_AFTER = /^[ \u00a0]+of[ \u00a0]/iu;
/** How many sentences, and at most how many figures, before the share its part may be named. */
const SENTENCES_BACK = 3;
const FIGURES_BACK = 40;
/** Words of a subject that name no part: "the", "it", "this", "share", "money". */
const NOT_NAMING = wordSet(`
  the a an its their his her our this that these those it they them which who of from by with and
  or in on at for to share shares money total sum amount figure part rest all
`);

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
  let frameById: Map<string, QuantityFrame> | null = null;
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
      .map((part) => ({ part, score: sharedStems(naming, part) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || (second && best.score <= second.score)) continue;
    frameById ??= new Map(context.frames.map((frame) => [frame.candidate.id, frame]));
    const total = frameById.get(totalOfPart.get(best.part.candidate.id)!);
    if (total && isWholeOf(share, total)) found.push({ part: best.part, share });
  }
  return found;
}

/**
 * The whole the share names is the breakdown's total: in words of the total's sentence ("of the money
 * raised" after "raised £2.1m"), or in none of its own ("of the total"); "12% of all visits" is not of
 * "a total of £18m" spent.
 */
function isWholeOf(share: QuantityFrame, total: QuantityFrame): boolean {
  const whole = namingStems(share.after.replace(OF_AFTER, '').split(/[,;.(]/u)[0]);
  if (whole.size === 0) return true;
  const words = total.sentence.text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const stems = new Set(words.map((word) => stem(word.replace(/['’]s?$/u, ''))));
  for (const s of whole) if (stems.has(s)) return true;
  return false;
}

/** The stems of the words that name what the share is of: "Donations from businesses" → donati, busine. */
function namingStems(subject: string): Set<string> {
  const clause = subject.split(/[,;:–—]/u).pop() ?? '';
  const words = clause.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(
    words
      .map((word) => word.replace(/['’]s?$/u, ''))
      .filter((word) => word.length >= 3 && !NOT_NAMING.has(word))
      .map(stem),
  );
}

/** How many of the naming stems the part's own words hold: its noun and what follows it to the next comma. */
function sharedStems(naming: Set<string>, part: QuantityFrame): number {
  const own = `${part.candidate.nounPhrase ?? ''} ${part.after.split(/[,;.]/u)[0]}`;
  const stems = new Set(
    (own.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((word) => stem(word)),
  );
  let shared = 0;
  for (const s of naming) if (stems.has(s)) shared++;
  return shared;
}
