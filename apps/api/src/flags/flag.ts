import type { TextSpan } from '../checks/finding.js';
import type { FlagResponse } from './flag.response.js';

export const FLAG_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
export const FLAG_SEVERITIES = ['error', 'warning', 'info'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

export interface FlagRecord {
  id: string;
  documentId: string;
  rule: string;
  ruleVersion: number;
  severity: FlagSeverity;
  message: string;
  data: unknown;
  inputHash: string;
  fingerprint: string;
  status: FlagStatus;
  reason: string | null;
  note: string | null;
  /** Whether the last run of the checks still found it. */
  findingHolds: boolean;
  version: number;
  claimIds: string[];
  /** Every span of the text the finding involves (its claims', then other words), code points. */
  spans: TextSpan[];
  createdAt: Date;
  updatedAt: Date;
}

/** A flag as the API answers it. */
export function presentFlag(flag: FlagRecord): FlagResponse {
  return {
    id: flag.id,
    documentId: flag.documentId,
    rule: flag.rule,
    ruleVersion: flag.ruleVersion,
    severity: flag.severity,
    message: flag.message,
    data: flag.data,
    claims: flag.claimIds,
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
