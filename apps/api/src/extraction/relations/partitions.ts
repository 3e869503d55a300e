/**
 * Shares whose categories split one group of people: "65% were white, 11.9%
 * black, 15% Hispanic and 7% of another race", "58% are women and 41% men".
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
