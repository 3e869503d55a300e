// Words and symbols for the API's codes. Every status has a symbol as well as a
// colour (styles.css), so that it is never told by colour alone.
import type { ClaimStatus, ReasonCode, Severity, Stance, TransitionTarget } from './types';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  in_review: 'In review',
  verified: 'Verified',
  disputed: 'Disputed',
  incorrect: 'Incorrect',
  unverifiable: 'Unverifiable',
  needs_anchor: 'Needs anchor',
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

/** A reason code as the API answers it (any string), in words. */
export function reasonLabel(code: string): string {
  return REASON_LABELS[code as ReasonCode] ?? code;
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
