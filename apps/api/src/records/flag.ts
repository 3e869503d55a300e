import type { Finding } from '../checks/finding.js';

export const FLAG_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];
export const FLAG_SEVERITIES = ['error', 'warning', 'info'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

/**
 * A flag: the finding it records (rule, version, severity, claims, spans,
 * message, data, fingerprint, input hash: the check's own shape) and where a
 * person's review of it stands.
 */
export interface FlagRecord extends Finding {
  id: string;
  documentId: string;
  status: FlagStatus;
  reason: string | null;
  note: string | null;
  /** Whether the last run of the checks still found it. */
  findingHolds: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The finding a flag (or a fresh run of the checks) states, without the flag's review state. */
export function findingOf(finding: Finding): Finding {
  const { rule, ruleVersion, severity, message, data, claims, spans, fingerprint, inputHash } =
    finding;
  return { rule, ruleVersion, severity, message, data, claims, spans, fingerprint, inputHash };
}
