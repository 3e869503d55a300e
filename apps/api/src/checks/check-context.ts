/**
 * One document prepared for the rules: its text split into lines and sentences,
 * and its claims by id and in document order.
 */
import type {
  ExtractedClaim,
  ExtractedRelation,
  NumericClaim,
  QuoteClaim,
} from '../extraction/types.js';
import { DocumentText } from '../text/document-text.js';
import type { CheckInput } from './run-checks.js';

export interface CheckContext {
  text: DocumentText;
  /** All claims, in document order (start, then end, then id). */
  claims: ExtractedClaim[];
  numericClaims: NumericClaim[];
  quoteClaims: QuoteClaim[];
  relations: ExtractedRelation[];
  claimById: Map<string, ExtractedClaim>;
}

export function buildContext(input: CheckInput): CheckContext {
  const claims = [...input.claims].sort(
    (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    text: new DocumentText(input.text),
    claims,
    numericClaims: claims.filter((claim): claim is NumericClaim => claim.kind === 'numeric'),
    quoteClaims: claims.filter((claim): claim is QuoteClaim => claim.kind === 'quote'),
    relations: input.relations,
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
  };
}

/** The numeric claim with this id, or null (unknown id, or a quote). */
export function numericClaim(context: CheckContext, id: string): NumericClaim | null {
  const claim = context.claimById.get(id);
  return claim?.kind === 'numeric' ? claim : null;
}
