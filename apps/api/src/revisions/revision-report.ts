/**
 * What a new version did, as it is stored with the version and shown in the
 * diff between two versions: each claim's outcome, the flags the checks opened
 * or closed, the verdicts that went stale.
 */
import type { ClaimStatus } from '../records/claim.js';
import type { ClaimOutcome, ClaimOutcomeKind } from './revision-plan.js';

export interface FlagChange {
  flagId: string;
  rule: string;
  message: string;
}

export interface RevisionReport {
  fromVersion: number;
  toVersion: number;
  counts: Record<ClaimOutcomeKind, number>;
  claims: ClaimOutcome[];
  flagsOpened: FlagChange[];
  flagsClosed: FlagChange[];
  staleVerdicts: Array<{ claimId: string; verdict: ClaimStatus }>;
}

interface FlagState extends FlagChange {
  status: string;
}

export function buildRevisionReport(
  fromVersion: number,
  toVersion: number,
  outcomes: ClaimOutcome[],
  flagsBefore: FlagState[],
  flagsAfter: FlagState[],
): RevisionReport {
  const openBefore = new Set(flagsBefore.filter((f) => f.status === 'open').map((f) => f.flagId));
  const openAfter = new Set(flagsAfter.filter((f) => f.status === 'open').map((f) => f.flagId));
  const change = ({ flagId, rule, message }: FlagState): FlagChange => ({ flagId, rule, message });
  return {
    fromVersion,
    toVersion,
    counts: countOutcomes(outcomes),
    claims: outcomes,
    flagsOpened: flagsAfter
      .filter((f) => openAfter.has(f.flagId) && !openBefore.has(f.flagId))
      .map(change),
    flagsClosed: flagsAfter
      .filter((f) => openBefore.has(f.flagId) && !openAfter.has(f.flagId))
      .map(change),
    staleVerdicts: outcomes.flatMap((o) =>
      o.staleVerdict === null ? [] : [{ claimId: o.claimId, verdict: o.staleVerdict }],
    ),
  };
}

/**
 * The reports of consecutive versions as one, from the first one's old
 * version to the last one's new version: each claim's first place and last
 * place, and the strongest thing that happened to it on the way.
 */
export function combineRevisionReports(reports: RevisionReport[]): RevisionReport {
  if (reports.length === 1) return reports[0];
  const byClaim = new Map<string, ClaimOutcome>();
  for (const report of reports) {
    for (const outcome of report.claims) {
      const earlier = byClaim.get(outcome.claimId);
      byClaim.set(outcome.claimId, earlier === undefined ? outcome : combined(earlier, outcome));
    }
  }
  const claims = [...byClaim.values()];
  const flagStatus = new Map<string, { first: boolean; last: boolean; change: FlagChange }>();
  for (const report of reports) {
    const mark = (change: FlagChange, open: boolean) => {
      const known = flagStatus.get(change.flagId);
      flagStatus.set(change.flagId, { first: known?.first ?? !open, last: open, change });
    };
    report.flagsOpened.forEach((change) => mark(change, true));
    report.flagsClosed.forEach((change) => mark(change, false));
  }
  const flags = [...flagStatus.values()];
  return {
    fromVersion: reports[0].fromVersion,
    toVersion: reports[reports.length - 1].toVersion,
    counts: countOutcomes(claims),
    claims,
    flagsOpened: flags.filter((f) => !f.first && f.last).map((f) => f.change),
    flagsClosed: flags.filter((f) => f.first && !f.last).map((f) => f.change),
    staleVerdicts: claims.flatMap((o) =>
      o.staleVerdict === null ? [] : [{ claimId: o.claimId, verdict: o.staleVerdict }],
    ),
  };
}

/** Which outcome wins when a claim went through two: losing its place, then a new value, then a move. */
const PRECEDENCE: ClaimOutcomeKind[] = [
  'new',
  'lost',
  'needs-anchor',
  'changed-value',
  'moved',
  'kept',
];

function combined(earlier: ClaimOutcome, later: ClaimOutcome): ClaimOutcome {
  const outcome =
    earlier.outcome === 'new'
      ? 'new'
      : later.outcome === 'lost' || later.outcome === 'needs-anchor'
        ? later.outcome
        : PRECEDENCE.find((kind) => kind === earlier.outcome || kind === later.outcome)!;
  return {
    claimId: earlier.claimId,
    outcome,
    reason: later.reason,
    before: earlier.before,
    after: later.after,
    staleVerdict: earlier.staleVerdict ?? later.staleVerdict,
  };
}

export function countOutcomes(outcomes: ClaimOutcome[]): Record<ClaimOutcomeKind, number> {
  const counts: Record<ClaimOutcomeKind, number> = {
    kept: 0,
    moved: 0,
    'changed-value': 0,
    lost: 0,
    'needs-anchor': 0,
    new: 0,
  };
  for (const { outcome } of outcomes) counts[outcome]++;
  return counts;
}
