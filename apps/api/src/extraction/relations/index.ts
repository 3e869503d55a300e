/**
 * The relations between the numeric claims of a document, found from the
 * frames of its quantities: parts of a total, a share of a whole, a change,
 * shares of one group, the same quantity stated twice. Each kind has its own
 * finder; this runs them all.
 */
import type { DocumentText } from '../../text/document-text.js';
import type { NumericCandidate } from '../numeric-candidate.js';
import type { ExtractedRelation } from '../types.js';
import { findChanges } from './change.js';
import { findPartsOfTotal } from './parts-of-total.js';
import { RelationContext } from './relation-context.js';
import { findSameQuantities } from './same-quantity.js';
import { findShares } from './share-of.js';
import { findSharesOfOneGroup } from './shares-of-one-group.js';

/** Every claim id a relation names, in its order. */
export function claimIdsOf(relation: ExtractedRelation): string[] {
  switch (relation.type) {
    case 'parts-of-total':
      return [relation.total, ...relation.parts];
    case 'share-of':
      return [relation.part, relation.share, ...(relation.total === null ? [] : [relation.total])];
    case 'change':
      return [relation.from, relation.to, relation.change, relation.by].filter(
        (id): id is string => id !== null,
      );
    case 'shares-of-one-group':
      return relation.shares;
    case 'same-quantity':
      return relation.claims;
  }
}

export function findRelations(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
): ExtractedRelation[] {
  const context = new RelationContext(text, structure, candidates);
  const partsOfTotal = findPartsOfTotal(context);
  const totalOfPart = new Map<string, string>();
  for (const relation of partsOfTotal)
    for (const part of relation.parts) totalOfPart.set(part, relation.total);
  const shares = findShares(context, totalOfPart);
  return [
    ...partsOfTotal,
    ...shares,
    ...findChanges(context, shares),
    ...findSharesOfOneGroup(context),
    ...findSameQuantities(context),
  ];
}
