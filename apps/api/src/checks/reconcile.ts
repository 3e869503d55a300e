import type { Finding, TextSpan } from './finding.js';

/** The reason recorded when a flag is resolved because its finding no longer holds. */
export const NO_LONGER_HOLDS = 'no-longer-holds';

/** What reconciliation needs to know of a stored flag. */
export interface StoredFlagState {
  id: string;
  fingerprint: string;
  inputHash: string;
  status: 'open' | 'resolved' | 'dismissed';
  reason: string | null;
  findingHolds: boolean;
  spans: TextSpan[];
}

export type FlagChange<F extends StoredFlagState> =
  | { kind: 'raise'; finding: Finding }
  | { kind: 'update'; flag: F; finding: Finding; reopen: boolean }
  | { kind: 'resolve'; flag: F }
  | { kind: 'holds'; flag: F; holds: boolean };

export interface ReconcileOptions {
  /** Resolve open flags no finding holds any more: only when the run looked at everything. */
  resolveMissing: boolean;
  /**
   * Update (and reopen) flags whose finding changed; false for a run that saw only
   * part of a finding's inputs (another document's conflicts with one new
   * document), which may only raise what is missing. Defaults to true.
   */
  updateExisting?: boolean;
}

/**
 * Turns a fresh run of the checks into changes to the stored flags. A flag is
 * known by its fingerprint (rule + claims), so re-running never duplicates one.
 * A finding whose inputs changed updates its flag and reopens it, even if a
 * person had dismissed or resolved it; with the same inputs a dismissed flag
 * stays dismissed. An open flag whose finding no longer holds is resolved,
 * unless `resolveMissing` is false (a partial run that did not look at it), and
 * reopened if the finding comes back. A flag whose finding holds with the same
 * inputs but names other spans (stored before spans were, or found on other
 * words) gets the finding's spans, its status unchanged. Every flag notes whether
 * the run found it (`holds`): a flag a person resolved whose finding still holds
 * says that its check still fails.
 */
export function reconcileFlags<F extends StoredFlagState>(
  stored: F[],
  findings: Finding[],
  options: ReconcileOptions,
): FlagChange<F>[] {
  const byFingerprint = new Map(stored.map((flag) => [flag.fingerprint, flag]));
  const found = new Set<string>();
  const changes: FlagChange<F>[] = [];
  for (const finding of findings) {
    if (found.has(finding.fingerprint)) continue;
    found.add(finding.fingerprint);
    const flag = byFingerprint.get(finding.fingerprint);
    if (!flag) changes.push({ kind: 'raise', finding });
    else if (options.updateExisting === false) continue;
    else if (flag.inputHash !== finding.inputHash || wasResolvedAutomatically(flag)) {
      changes.push({ kind: 'update', flag, finding, reopen: flag.status !== 'open' });
    } else if (!sameSpans(flag.spans, finding.spans)) {
      changes.push({ kind: 'update', flag, finding, reopen: false });
    } else if (!flag.findingHolds) {
      changes.push({ kind: 'holds', flag, holds: true });
    }
  }
  if (options.resolveMissing) {
    for (const flag of stored) {
      if (found.has(flag.fingerprint)) continue;
      if (flag.status === 'open') changes.push({ kind: 'resolve', flag });
      else if (flag.findingHolds) changes.push({ kind: 'holds', flag, holds: false });
    }
  }
  return changes;
}

function wasResolvedAutomatically(flag: StoredFlagState): boolean {
  return flag.status === 'resolved' && flag.reason === NO_LONGER_HOLDS;
}

/** The same spans, in any order. */
function sameSpans(a: TextSpan[], b: TextSpan[]): boolean {
  const keys = (spans: TextSpan[]) =>
    spans.map((span) => JSON.stringify([span.start, span.end, span.exact])).sort();
  const [left, right] = [keys(a), keys(b)];
  return left.length === right.length && left.every((key, i) => key === right[i]);
}
