/**
 * Test helper: the relations the extractor finds in a text, with every claim
 * id replaced by the claim's exact words, for readable expectations.
 */
import { extract } from '../extract.js';
import type { ExtractedRelation } from '../types.js';

export type RelationByText = Record<string, unknown>;

export function relationsByText(text: string, type?: ExtractedRelation['type']): RelationByText[] {
  const { claims, relations } = extract(text);
  const exact = new Map(claims.map((claim) => [claim.id, claim.exact]));
  const words = (value: unknown): unknown =>
    typeof value === 'string'
      ? (exact.get(value) ?? value)
      : Array.isArray(value)
        ? value.map(words)
        : value;
  return relations
    .filter((relation) => type === undefined || relation.type === type)
    .map((relation) =>
      Object.fromEntries(Object.entries(relation).map(([key, value]) => [key, words(value)])),
    );
}
