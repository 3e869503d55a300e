import type { FlagRecord } from '../records/flag.js';
import { annotationTarget } from '../text/annotation-target.js';
import type { ClaimRecord } from '../records/claim.js';
import type { ClaimResponse } from './claim.response.js';

/** A claim as the API answers it, with the flags (of `flags`) that name it; field by field, as toRecord. */
export function presentClaim(claim: ClaimRecord, flags: FlagRecord[]): ClaimResponse {
  return {
    id: claim.id,
    documentId: claim.documentId,
    documentVersionId: claim.documentVersionId,
    kind: claim.kind,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    value: toNumber(claim.value),
    low: toNumber(claim.low),
    high: toNumber(claim.high),
    unit: claim.unit,
    approximate: claim.approximate,
    bound: claim.bound,
    subject: claim.subject,
    speaker: claim.speaker,
    relayedBy: claim.relayedBy,
    conversionOfId: claim.conversionOfId,
    origin: claim.origin,
    status: claim.status,
    statusReason: claim.statusReason,
    statusNote: claim.statusNote,
    version: claim.version,
    assigneeId: claim.assigneeId,
    createdBy: claim.createdBy,
    correctedBy: claim.correctedBy,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    flags: flags
      .filter((flag) => flag.claims.includes(claim.id))
      .map((flag) => ({
        id: flag.id,
        rule: flag.rule,
        severity: flag.severity,
        status: flag.status,
        message: flag.message,
      })),
    target: annotationTarget(claim),
  };
}

export type ClaimView = ClaimResponse;

function toNumber(decimal: string | null): number | null {
  return decimal === null ? null : Number(decimal);
}

/** The fields of a claim an event records (exact decimals kept as strings). */
export function claimEventData(claim: ClaimRecord) {
  return {
    documentId: claim.documentId,
    documentVersionId: claim.documentVersionId,
    kind: claim.kind,
    origin: claim.origin,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    unit: claim.unit,
    approximate: claim.approximate,
    bound: claim.bound,
    subject: claim.subject,
    speaker: claim.speaker,
    relayedBy: claim.relayedBy,
    conversionOfId: claim.conversionOfId,
    status: claim.status,
  };
}
