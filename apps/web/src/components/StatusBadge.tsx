import { SEVERITY_LABELS, SEVERITY_SYMBOLS, STATUS_LABELS, STATUS_SYMBOLS } from '../labels';
import type { ClaimStatus, FlagStatus, Severity } from '../types';

/** A claim's status: symbol, word and colour. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`badge status-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span> <span>{STATUS_LABELS[status]}</span>
    </span>
  );
}

/** A flag's severity, and its status when it is no longer open. */
export function SeverityBadge({ severity, status }: { severity: Severity; status?: FlagStatus }) {
  return (
    <>
      <span className={`badge severity-${severity}`}>
        <span aria-hidden="true">{SEVERITY_SYMBOLS[severity]}</span>{' '}
        <span>{SEVERITY_LABELS[severity]}</span>
      </span>
      {status && status !== 'open' && <span className="badge flag-closed">{status}</span>}
    </>
  );
}
