/**
 * A relation a person asks for (POST /v1/claims/:id/relations): its fields
 * checked for its type, turned into links, and the claims it names checked
 * against their kinds and units.
 */
import { isShareUnit } from '../checks/units.js';
import type { FieldError } from '../errors/domain-error.js';
import type { ChangeRelation } from '../extraction/types.js';
import type { ClaimKind } from './claim.js';
import {
  membersOf,
  type ChangeDirection,
  type RelationLinks,
  type RelationRole,
  type RelationType,
} from './relation.js';

/** What a person may send to link claims: RelationDto without its validation decorators, so the domain stays free of class-validator. */
interface RelationRequest {
  type: RelationType;
  total?: string;
  parts?: string[];
  complete?: boolean;
  part?: string;
  share?: string;
  from?: string;
  to?: string;
  change?: string;
  by?: string;
  direction?: ChangeDirection;
  factor?: string;
  shares?: string[];
  claims?: string[];
}

/** A positive exact decimal: "0.5", "2", "1.25". */
const DECIMAL = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,12})?$/;

const FIELDS_OF: Record<RelationType, Array<keyof RelationRequest>> = {
  'parts-of-total': ['total', 'parts', 'complete'],
  'share-of': ['part', 'share', 'total'],
  change: ['from', 'to', 'change', 'by', 'direction', 'factor'],
  'shares-of-one-group': ['shares'],
  'same-quantity': ['claims'],
};

/** A relation a person asked for, or what is wrong with the request (fields named). */
export function relationFromRequest(
  request: RelationRequest,
): { links: RelationLinks } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const need = (field: 'total' | 'part' | 'share' | 'to', value: string | undefined) => {
    if (!value) errors.push({ field, message: `a ${request.type} relation needs ${field}` });
    return value ?? '';
  };
  const needList = (
    field: 'parts' | 'claims' | 'shares',
    value: string[] | undefined,
    min: number,
  ) => {
    if (!value || value.length < min)
      errors.push({ field, message: `a ${request.type} relation needs at least ${min} ${field}` });
    return value ?? [];
  };
  const allowed = new Set<string>(['type', ...FIELDS_OF[request.type]]);
  for (const [field, value] of Object.entries(request)) {
    if (value !== undefined && !allowed.has(field))
      errors.push({ field, message: `a ${request.type} relation takes no ${field}` });
  }
  let links: RelationLinks;
  switch (request.type) {
    case 'parts-of-total': {
      const parts = needList('parts', request.parts, 1);
      if (request.complete === true && parts.length < 2)
        errors.push({
          field: 'complete',
          message: 'a parts-of-total relation with one part cannot be complete',
        });
      links = {
        type: request.type,
        total: need('total', request.total),
        parts,
        complete: request.complete ?? parts.length >= 2,
      };
      break;
    }
    case 'share-of':
      links = {
        type: request.type,
        part: need('part', request.part),
        share: need('share', request.share),
        total: request.total ?? null,
      };
      break;
    case 'change':
      links = {
        type: request.type,
        from: request.from ?? null,
        to: need('to', request.to),
        change: request.change ?? null,
        by: request.by ?? null,
        direction: request.direction ?? null,
        factor: request.factor ?? null,
      };
      errors.push(...changeErrors(links));
      break;
    case 'shares-of-one-group':
      links = { type: request.type, shares: needList('shares', request.shares, 2) };
      break;
    case 'same-quantity':
      links = { type: request.type, claims: needList('claims', request.claims, 2) };
      break;
  }
  const seen = new Set<string>();
  for (const member of membersOf(links)) {
    if (member.claimId === '') continue;
    if (seen.has(member.claimId))
      errors.push({
        field: fieldOf(links.type, member.role),
        message: `claim ${member.claimId} appears twice in the relation`,
      });
    seen.add(member.claimId);
  }
  return errors.length > 0 ? { errors } : { links };
}

/** The request field that names a member of this role. */
function fieldOf(type: RelationType, role: RelationRole): keyof RelationRequest {
  if (role === 'part') return type === 'parts-of-total' ? 'parts' : 'part';
  if (role === 'share') return type === 'shares-of-one-group' ? 'shares' : 'share';
  if (role === 'mention') return 'claims';
  return role;
}

/**
 * What is wrong with the claims a relation links, which the checks could not
 * read: relations link numbers, and where they name shares, percentages or
 * fractions.
 */
export function memberClaimErrors(
  links: RelationLinks,
  claims: Array<{ id: string; kind: ClaimKind; unit: string | null }>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const member of membersOf(links)) {
    const claim = claims.find((c) => c.id === member.claimId);
    if (!claim) continue;
    const field = fieldOf(links.type, member.role);
    if (claim.kind !== 'numeric')
      errors.push({ field, message: `claim ${claim.id} is a quote; relations link numbers` });
    else if (member.role === 'share' && !isShareUnit(claim.unit))
      errors.push({ field, message: `claim ${claim.id} is not a percentage or fraction` });
  }
  return errors;
}

/**
 * A change needs the value before, or the change in the values' own unit when
 * the value before is not stated; a factor is an exact positive decimal other
 * than 1 that goes the stated way, applied to the value before, instead of a
 * change claim.
 */
function changeErrors(relation: ChangeRelation): FieldError[] {
  if (relation.from === null && relation.by === null)
    return [
      {
        field: 'from',
        message:
          "a change relation needs from (or by, the change in the values' unit, when the value before is not stated)",
      },
    ];
  if (relation.factor === null) return [];
  if (!DECIMAL.test(relation.factor) || Number(relation.factor) === 0)
    return [
      {
        field: 'factor',
        message: 'factor must be a positive decimal number as a string, such as "0.5" or "2"',
      },
    ];
  if (relation.from === null)
    return [{ field: 'factor', message: 'a factor needs from, the value it multiplies' }];
  if (relation.change !== null || relation.by !== null)
    return [
      {
        field: 'factor',
        message: 'a change relation takes a factor or a stated change (change, by), not both',
      },
    ];
  const factor = Number(relation.factor);
  if (factor === 1) return [{ field: 'factor', message: 'a factor of 1 states no change' }];
  const implied: ChangeDirection = factor > 1 ? 'rise' : 'fall';
  if (relation.direction !== null && relation.direction !== implied)
    return [
      {
        field: 'direction',
        message: `a factor of ${relation.factor} is a ${implied}, not a ${relation.direction}`,
      },
    ];
  return [];
}
