import type { FlagRecord } from '../records/flag.js';
import type { FlagResponse } from './flag.response.js';

/** A flag as the API answers it: its finding and review state, times in ISO 8601. */
export function presentFlag(flag: FlagRecord): FlagResponse {
  return {
    id: flag.id,
    documentId: flag.documentId,
    rule: flag.rule,
    ruleVersion: flag.ruleVersion,
    severity: flag.severity,
    message: flag.message,
    data: flag.data,
    claims: flag.claims,
    spans: flag.spans,
    status: flag.status,
    reason: flag.reason,
    note: flag.note,
    checkStillFails: flag.status === 'resolved' && flag.findingHolds,
    version: flag.version,
    inputHash: flag.inputHash,
    createdAt: flag.createdAt.toISOString(),
    updatedAt: flag.updatedAt.toISOString(),
  };
}

export type FlagView = FlagResponse;
