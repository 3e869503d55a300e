/**
 * Shares whose categories split one group of people: "65% were white, 11.9%
 * black, 15% Hispanic and 7% of another race", "58% are women and 41% men";
 * and named parts of a whole split between them: "split between North America
 * (55%), Europe (30%) and Asia (20%)".
 */
import type { QuantityFrame } from './frames.js';

/**
 * Categories that split people one way: race, sex, where they live, party. "65%
 * were white, 11.9% black, 15% Hispanic and 7% of another race" are shares of one group.
 */
const PARTITIONS: string[][] = [
  [
    'white',
    'black',
    'hispanic',
    'latino',
    'latina',
    'latinx',
    'asian',
    'asian american',
    'african american',
    'native american',
    'american indian',
    'pacific islander',
    'multiracial',
    'mixed race',
    'biracial',
  ],
  ['male', 'female', 'men', 'women', 'boys', 'girls'],
  ['urban', 'rural', 'suburban'],
  ['democrats', 'republicans', 'independents'],
];
const PARTITION_OF = new Map(
  PARTITIONS.flatMap((words, partition) => words.map((word) => [word, partition])),
);
/** The category right after a share: "were white", "Hispanic", "of another race". */
const CATEGORY_AFTER =
  /^[ \u00a0]+(?:(?:were|are|was|is|identified as|described themselves as)[ \u00a0]+)?(?:of[ \u00a0]+)?(another|other|some other|the rest|[\p{L}-]+(?:[ \u00a0][\p{L}-]+)?)(?![\p{L}-])/iu;

/** The partition a share's category belongs to, 'rest' for "another race", or null. */
function partitionOf(share: QuantityFrame): number | 'rest' | null {
  const category = CATEGORY_AFTER.exec(share.after);
  if (!category) return null;
  const words = category[1].toLowerCase().replace(/-/g, ' ');
  if (/^(?:another|other|some other|the rest)$/.test(words)) return 'rest';
  return PARTITION_OF.get(words) ?? PARTITION_OF.get(words.split(' ')[0]) ?? null;
}

export function areCategoriesOfOnePartition(a: QuantityFrame, b: QuantityFrame): boolean {
  const [x, y] = [partitionOf(a), partitionOf(b)];
  return typeof x === 'number' && (x === y || y === 'rest');
}

/** "), Europe (", ") and the Asia-Pacific region (": the next named part of a list, its share in brackets. */
const NAMED_IN_BRACKETS =
  /^[ \u00a0]*\)[ \u00a0]*(?:,|,?[ \u00a0]*and)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]*\([ \u00a0]*$/u;
/** "was split between", "divided among", "broken down by region into": a whole shared out in the list after. */
const SPLIT_WORDING =
  /(?:^|[^\p{L}])(?:split|divided|broken[ \u00a0]+down|shared)(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]+(?:between|among|into)[ \u00a0]/iu;

/** "split between North America (55%), Europe (30%)": the next named part of a whole split in the sentence. */
export function areNamedPartsOfASplit(text: string, a: QuantityFrame, between: string): boolean {
  return (
    NAMED_IN_BRACKETS.test(between) &&
    SPLIT_WORDING.test(text.slice(a.sentence.start, a.candidate.qualifierStart))
  );
}

/**
 * The preposition that opens a share's phrase after a list separator: " by housing associations",
 * " from advertising"; "in London" and "for women" name other wholes as often ("60% in London").
 */
const PREPOSITION_AFTER = /^[ \u00a0]+(by|from)[ \u00a0]+\p{L}/iu;
/** Between two shares of a list: the first's phrase, then ", " or " and ". */
const LIST_SEPARATOR_AT_END = /(?:,|[ \u00a0]and)[ \u00a0]+$/u;

/**
 * "82% were built by private developers, 15% by housing associations and 3% by
 * councils": shares listed with one preposition each, as parts of one whole,
 * in a sentence that states no change ("rose 5% in London, 3% in Paris").
 */
export function areParallelParts(
  sentenceFrames: QuantityFrame[],
  a: QuantityFrame,
  b: QuantityFrame,
  between: string,
): boolean {
  const preposition = PREPOSITION_AFTER.exec(b.after)?.[1].toLowerCase();
  if (preposition === undefined || !LIST_SEPARATOR_AT_END.test(between)) return false;
  if (!` ${between.toLowerCase()}`.includes(` ${preposition} `)) return false;
  return a.candidate.unit === b.candidate.unit && sentenceFrames.every((f) => f.direction === null);
}
