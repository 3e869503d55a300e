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

/**
 * The fields of a claim an event records (exact decimals kept as strings). Keys in
 * sorted order: the event's canonical JSON is then written in one native pass.
 */
export function claimEventData(claim: ClaimRecord) {
  return {
    approximate: claim.approximate,
    bound: claim.bound,
    conversionOfId: claim.conversionOfId,
    documentId: claim.documentId,
    documentVersionId: claim.documentVersionId,
    end: claim.end,
    exact: claim.exact,
    high: claim.high,
    kind: claim.kind,
    low: claim.low,
    origin: claim.origin,
    relayedBy: claim.relayedBy,
    speaker: claim.speaker,
    start: claim.start,
    status: claim.status,
    subject: claim.subject,
    unit: claim.unit,
    value: claim.value,
  };
}
