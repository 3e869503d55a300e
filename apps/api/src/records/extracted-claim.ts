import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { extract } from '../extraction/extract.js';
import { numericValues } from '../extraction/numeric-values.js';
import type { ExtractedClaim, Extraction } from '../extraction/types.js';
import { EMPTY_CLAIM_FIELDS, type NewClaim } from './claim.js';
import { mapClaimIds, type RelationLinks } from './relation.js';

/** A claim to store with the id it will have. */
export type IdentifiedClaim = NewClaim & { id: string };

/**
 * An extraction as it will be stored: each claim with its new id and its values
 * as the database keeps them ("2.50" is read back as "2.5"), relations naming
 * those ids. Made before the write, so that the checks can run on it first.
 */
export interface StorableExtraction {
  claims: IdentifiedClaim[];
  relations: RelationLinks[];
}

export function storableExtraction(extraction: Extraction): StorableExtraction {
  const storedIds = new Map(extraction.claims.map((claim) => [claim.id, randomUUID()]));
  const idOf = (extractedId: string) => storedIds.get(extractedId) as string;
  return {
    claims: extraction.claims.map((claim) => {
      const stored = newClaimFromExtraction(claim, idOf);
      return {
        ...stored,
        id: idOf(claim.id),
        value: storedDecimal(stored.value),
        low: storedDecimal(stored.low),
        high: storedDecimal(stored.high),
      };
    }),
    relations: extraction.relations.map((relation) => mapClaimIds(relation, idOf)),
  };
}

/** The claims and relations of a text, ready to store; refused when the text holds more than `maxClaims`. */
export function extractStorable(text: string, maxClaims: number): StorableExtraction {
  const extraction = storableExtraction(extract(text));
  if (extraction.claims.length > maxClaims)
    throw new DomainError(
      ErrorCode.TooManyClaims,
      `The text holds ${extraction.claims.length} claims; a document may hold at most ` +
        `${maxClaims}: split it into articles`,
      { claims: extraction.claims.length, limit: maxClaims },
    );
  return extraction;
}

/** A decimal as PostgreSQL's numeric gives it back through Prisma. */
export function storedDecimal(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toString();
}

/** An extractor's claim as it is stored; `idOf` gives the stored id of an extractor id. */
export function newClaimFromExtraction(
  claim: ExtractedClaim,
  idOf: (extractedId: string) => string,
): NewClaim {
  const id = idOf(claim.id);
  const span = {
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
  };
  if (claim.kind === 'quote') {
    return {
      id,
      kind: 'quote',
      origin: 'extracted',
      ...span,
      ...EMPTY_CLAIM_FIELDS,
      speaker: claim.speaker,
      relayedBy: claim.relayedBy,
    };
  }
  return {
    id,
    kind: 'numeric',
    origin: 'extracted',
    ...span,
    value: claim.valueText,
    low: claim.lowText,
    high: claim.highText,
    unit: claim.unit,
    approximate: claim.approximate,
    bound: claim.bound,
    subject: claim.subject,
    speaker: null,
    relayedBy: null,
    conversionOfId: claim.conversionOf ? idOf(claim.conversionOf) : null,
  };
}

/** A stored claim in the extractor's shape, which the checks read. */
export function checkableClaim(claim: IdentifiedClaim): ExtractedClaim {
  const span = {
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
  };
  if (claim.kind === 'quote') {
    return {
      id: claim.id,
      kind: 'quote',
      ...span,
      speaker: claim.speaker,
      relayedBy: claim.relayedBy,
    };
  }
  return {
    id: claim.id,
    kind: 'numeric',
    ...span,
    ...numericValues(claim.value, claim.low, claim.high),
    unit: claim.unit,
    approximate: claim.approximate,
    bound: claim.bound,
    subject: claim.subject,
    conversionOf: claim.conversionOfId ?? null,
  };
}
