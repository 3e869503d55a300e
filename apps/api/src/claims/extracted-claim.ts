import type { ExtractedClaim } from '../extraction/types.js';
import type { NewClaim } from './claim.js';

/** An extractor's claim as it is stored. */
export function newClaimFromExtraction(claim: ExtractedClaim, id: string): NewClaim {
  const span = { start: claim.start, end: claim.end, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix };
  if (claim.kind === 'quote') {
    return {
      id,
      kind: 'quote',
      origin: 'extracted',
      ...span,
      value: null,
      low: null,
      high: null,
      unit: null,
      approximate: false,
      bound: null,
      subject: null,
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
  };
}
