import {
  RELATION_TYPES,
  type ChangeRelation,
  type ExtractedRelation,
} from '../extraction/types.js';

/**
 * A relation between claims, in the extraction contract's shape; stored
 * relations name claims by their ids.
 */
export type RelationLinks = ExtractedRelation;
export type RelationType = RelationLinks['type'];
export { RELATION_TYPES };
export type RelationRole = 'total' | 'part' | 'share' | 'mention' | 'from' | 'to' | 'change' | 'by';
export type ChangeDirection = NonNullable<ChangeRelation['direction']>;
export const CHANGE_DIRECTIONS = ['rise', 'fall'] as const satisfies readonly ChangeDirection[];

export type RelationRecord = RelationLinks & {
  id: string;
  documentId: string;
  origin: 'extracted' | 'manual';
};

export interface RelationMember {
  claimId: string;
  role: RelationRole;
  position: number;
}

/** What a relation says besides its members (a column each where it is stored). */
export interface RelationAttributes {
  /** parts-of-total only. */
  complete: boolean | null;
  /** change only. */
  direction: ChangeDirection | null;
  /** change only: an exact decimal string. */
  factor: string | null;
}

/** The claims of a relation with their roles, in order. */
export function membersOf(relation: RelationLinks): RelationMember[] {
  switch (relation.type) {
    case 'parts-of-total':
      return [
        { claimId: relation.total, role: 'total', position: 0 },
        ...relation.parts.map((claimId, i) => ({
          claimId,
          role: 'part' as const,
          position: i + 1,
        })),
      ];
    case 'share-of':
      return [
        { claimId: relation.part, role: 'part', position: 0 },
        { claimId: relation.share, role: 'share', position: 1 },
        ...(relation.total
          ? [{ claimId: relation.total, role: 'total' as const, position: 2 }]
          : []),
      ];
    case 'change':
      return [
        ...(relation.from ? [{ claimId: relation.from, role: 'from' as const, position: 0 }] : []),
        { claimId: relation.to, role: 'to', position: 1 },
        ...(relation.change
          ? [{ claimId: relation.change, role: 'change' as const, position: 2 }]
          : []),
        ...(relation.by ? [{ claimId: relation.by, role: 'by' as const, position: 3 }] : []),
      ];
    case 'shares-of-one-group':
      return relation.shares.map((claimId, i) => ({
        claimId,
        role: 'share' as const,
        position: i,
      }));
    case 'same-quantity':
      return relation.claims.map((claimId, i) => ({
        claimId,
        role: 'mention' as const,
        position: i,
      }));
  }
}

export function attributesOf(relation: RelationLinks): RelationAttributes {
  return {
    complete: relation.type === 'parts-of-total' ? relation.complete : null,
    direction: relation.type === 'change' ? relation.direction : null,
    factor: relation.type === 'change' ? relation.factor : null,
  };
}

/** The inverse of membersOf and attributesOf. */
export function linksFrom(
  type: RelationType,
  members: RelationMember[],
  attributes: RelationAttributes,
): RelationLinks {
  const ordered = [...members].sort((a, b) => a.position - b.position);
  const withRole = (role: RelationRole) =>
    ordered.filter((m) => m.role === role).map((m) => m.claimId);
  switch (type) {
    case 'parts-of-total': {
      const parts = withRole('part');
      return {
        type,
        total: withRole('total')[0],
        parts,
        complete: attributes.complete ?? parts.length >= 2,
      };
    }
    case 'share-of':
      return {
        type,
        part: withRole('part')[0],
        share: withRole('share')[0],
        total: withRole('total')[0] ?? null,
      };
    case 'change':
      return {
        type,
        from: withRole('from')[0] ?? null,
        to: withRole('to')[0],
        change: withRole('change')[0] ?? null,
        by: withRole('by')[0] ?? null,
        direction: attributes.direction,
        factor: attributes.factor,
      };
    case 'shares-of-one-group':
      return { type, shares: withRole('share') };
    case 'same-quantity':
      return { type, claims: withRole('mention') };
  }
}

/** The same relation with its claim ids replaced (extraction ids → stored ids). */
export function mapClaimIds(relation: RelationLinks, idOf: (id: string) => string): RelationLinks {
  return linksFrom(
    relation.type,
    membersOf(relation).map((member) => ({ ...member, claimId: idOf(member.claimId) })),
    attributesOf(relation),
  );
}
