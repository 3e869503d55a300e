// Words and symbols for the API's codes. Every status has a symbol as well as a
// colour (styles/badges.css), so that it is never told by colour alone.
import type {
  ClaimStatus,
  Outcome,
  ReasonCode,
  Revision,
  Severity,
  Stance,
  TransitionTarget,
} from './types';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  in_review: 'In review',
  verified: 'Verified',
  disputed: 'Disputed',
  incorrect: 'Incorrect',
  unverifiable: 'Unverifiable',
  needs_anchor: 'Needs an anchor',
  not_a_claim: 'Not a claim',
};

export const STATUS_SYMBOLS: Record<ClaimStatus, string> = {
  unreviewed: '○',
  in_review: '◐',
  verified: '✓',
  disputed: '!',
  incorrect: '✗',
  unverifiable: '?',
  needs_anchor: '⚓',
  not_a_claim: '⊘',
};

export const STATUSES = Object.keys(STATUS_LABELS) as ClaimStatus[];

export const VERDICTS: TransitionTarget[] = ['verified', 'disputed', 'incorrect', 'unverifiable'];

export const REASON_LABELS: Record<ReasonCode, string> = {
  rounding: 'Rounding',
  'different-scope': 'Different scope',
  'source-error': 'Error in the source',
  'extraction-error': 'Extraction error',
  other: 'Other',
};

export const REASONS = Object.keys(REASON_LABELS) as ReasonCode[];

/** Why a claim needs an anchor (its status reason), and why one is no longer a claim. */
export const ANCHOR_REASON_LABELS: Record<string, string> = {
  lost: 'Its words are no longer in the text',
  ambiguous: 'Its words fit two places in the text',
  'digits-changed': 'Its figure changed, and no number stands there',
  'no-longer-in-text': 'No longer in the text',
};

/** A reason code as the API answers it (any string), in words. */
export function reasonLabel(code: string): string {
  return REASON_LABELS[code as ReasonCode] ?? ANCHOR_REASON_LABELS[code] ?? code;
}

/** What a new version did to each claim, in the order the diff lists them. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  'changed-value': 'Changed value',
  moved: 'Moved',
  'needs-anchor': 'Needs an anchor',
  lost: 'Lost',
  new: 'New',
  kept: 'Kept',
};

export const OUTCOMES = Object.keys(OUTCOME_LABELS) as Outcome[];

/** "2 changed value, 37 kept; 1 flag closed; 1 verdict went stale": what a version did. */
export function revisionSummary(revision: Revision): string {
  const claims = OUTCOMES.filter((outcome) => revision.counts[outcome] > 0).map(
    (outcome) => `${revision.counts[outcome]} ${OUTCOME_LABELS[outcome].toLowerCase()}`,
  );
  const parts = [`claims: ${claims.join(', ') || 'none'}`];
  if (revision.flagsOpened > 0) parts.push(`${plural(revision.flagsOpened, 'flag')} opened`);
  if (revision.flagsClosed > 0) parts.push(`${plural(revision.flagsClosed, 'flag')} closed`);
  if (revision.staleVerdicts > 0)
    parts.push(`${plural(revision.staleVerdicts, 'verdict')} went stale`);
  return parts.join('; ');
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};
export const SEVERITY_SYMBOLS: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** A moment to the second, with its time zone ("7 Dec 2026, 04:30:12 UTC"). */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' });
}

/** "1 flag", "2 flags". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
