import type { TextSpan } from '../checks/finding.js';

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
