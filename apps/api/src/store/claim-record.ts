/**
 * The claims table's rows as records, and new claims as records the way they
 * will be stored.
 */
import { randomUUID } from 'node:crypto';
import type { Claim as ClaimRow } from '../generated/prisma/client.js';
import type { ClaimRecord, NewClaim } from '../records/claim.js';
import { storedDecimal } from '../records/extracted-claim.js';

/**
 * A claim as it will be stored in a document's version, before any review.
 * Field by field: spreading the claim into the record took 2.5 times as long as
 * inserting a big article's claims.
 */
export function newClaimRecord(
  target: {
    workspaceId: string;
    documentId: string;
    documentVersionId: string;
    createdBy: string | null;
  },
  claim: NewClaim,
  now: Date,
): ClaimRecord {
  return {
    id: claim.id ?? randomUUID(),
    workspaceId: target.workspaceId,
    documentId: target.documentId,
    documentVersionId: target.documentVersionId,
    kind: claim.kind,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    // As the database gives them back: "2.50" is read as "2.5".
    value: storedDecimal(claim.value),
    low: storedDecimal(claim.low),
    high: storedDecimal(claim.high),
    unit: claim.unit,
    approximate: claim.approximate,
    bound: claim.bound,
    subject: claim.subject,
    speaker: claim.speaker,
    relayedBy: claim.relayedBy,
    conversionOfId: claim.conversionOfId ?? null,
    origin: claim.origin,
    status: 'unreviewed',
    statusReason: null,
    statusNote: null,
    version: 1,
    assigneeId: null,
    createdBy: target.createdBy,
    correctedBy: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The claim of a row; the quantity key and years stay with the cross-document
 * check's repository. Field by field: copying a row with object rest is ten
 * times slower, and was 4% of the API's time serving claims pages.
 */
export function toRecord(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    documentId: row.documentId,
    documentVersionId: row.documentVersionId,
    kind: row.kind,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    value: row.value?.toString() ?? null,
    low: row.low?.toString() ?? null,
    high: row.high?.toString() ?? null,
    unit: row.unit,
    approximate: row.approximate,
    bound: row.bound,
    subject: row.subject,
    speaker: row.speaker,
    relayedBy: row.relayedBy,
    conversionOfId: row.conversionOfId,
    origin: row.origin,
    status: row.status,
    statusReason: row.statusReason,
    statusNote: row.statusNote,
    version: row.version,
    assigneeId: row.assigneeId,
    createdBy: row.createdBy,
    correctedBy: row.correctedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
