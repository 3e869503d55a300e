import type { FieldError } from '../errors/domain-error.js';
import type { ExtractedRelation } from '../extraction/types.js';

/**
 * A relation between claims, in the extraction contract's shape; stored
 * relations name claims by their ids.
 */
export type RelationLinks = ExtractedRelation;
export type RelationType = RelationLinks['type'];
export const RELATION_TYPES = [
  'parts-of-total',
  'share-of',
  'same-quantity',
] as const satisfies readonly RelationType[];
export type RelationRole = 'total' | 'part' | 'share' | 'mention';

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
    case 'same-quantity':
      return relation.claims.map((claimId, i) => ({
        claimId,
        role: 'mention' as const,
        position: i,
      }));
  }
}

/** A relation a person asked for, or what is wrong with the request (fields named). */
export function relationFromRequest(request: {
  type: RelationType;
  total?: string;
  parts?: string[];
  part?: string;
  share?: string;
  claims?: string[];
}): { links: RelationLinks } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const need = (field: 'total' | 'part' | 'share', value: string | undefined) => {
    if (!value) errors.push({ field, message: `a ${request.type} relation needs ${field}` });
    return value ?? '';
  };
  const needList = (field: 'parts' | 'claims', value: string[] | undefined, min: number) => {
    if (!value || value.length < min)
      errors.push({ field, message: `a ${request.type} relation needs at least ${min} ${field}` });
    return value ?? [];
  };
  let links: RelationLinks;
  switch (request.type) {
    case 'parts-of-total':
      links = {
        type: request.type,
        total: need('total', request.total),
        parts: needList('parts', request.parts, 1),
      };
      break;
    case 'share-of':
      links = {
        type: request.type,
        part: need('part', request.part),
        share: need('share', request.share),
        total: request.total ?? null,
      };
      break;
    case 'same-quantity':
      links = { type: request.type, claims: needList('claims', request.claims, 2) };
      break;
  }
  const ids = membersOf(links)
    .map((member) => member.claimId)
    .filter(Boolean);
  if (new Set(ids).size !== ids.length)
    errors.push({ field: 'type', message: 'a claim appears twice in the relation' });
  return errors.length > 0 ? { errors } : { links };
}

/** The inverse of membersOf. */
export function linksFrom(type: RelationType, members: RelationMember[]): RelationLinks {
  const ordered = [...members].sort((a, b) => a.position - b.position);
  const withRole = (role: RelationRole) =>
    ordered.filter((m) => m.role === role).map((m) => m.claimId);
  switch (type) {
    case 'parts-of-total':
      return { type, total: withRole('total')[0], parts: withRole('part') };
    case 'share-of':
      return {
        type,
        part: withRole('part')[0],
        share: withRole('share')[0],
        total: withRole('total')[0] ?? null,
      };
    case 'same-quantity':
      return { type, claims: withRole('mention') };
  }
}

/** The same relation with its claim ids replaced (extraction ids → stored ids). */
export function mapClaimIds(relation: RelationLinks, idOf: (id: string) => string): RelationLinks {
  return linksFrom(
    relation.type,
    membersOf(relation).map((member) => ({ ...member, claimId: idOf(member.claimId) })),
  );
}
