import { numericValues } from '../extraction/numeric-values.js';
import type { ExtractedClaim } from '../extraction/types.js';
import { EMPTY_CLAIM_FIELDS, type ClaimRecord, type NewClaim } from './claim.js';

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
export function checkableClaim(claim: ClaimRecord): ExtractedClaim {
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
    conversionOf: claim.conversionOfId,
  };
}
