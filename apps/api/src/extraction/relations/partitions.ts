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
