import { Permission, roleMay, type RoleName } from '../auth/permissions.js';
import type { ClaimStatus } from '../records/claim.js';
import type { FlagSeverity, FlagStatus } from '../records/flag.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/**
 * The review workflow (docs/DESIGN.md, "Review workflow") as pure decisions: each
 * assert function returns when the change is allowed and throws a DomainError
 * saying why when it is not. The caller loads the claim or flag, asks, then writes.
 *
 * Checks run in this order, so one request always gets the same answer:
 * role (403 Forbidden), malformed reason code (400 InvalidInput, field `reason`),
 * then the rules of the state graph, four eyes, reasons, notes and flags (409 Conflict).
 */

export const VERDICTS = ['verified', 'disputed', 'incorrect', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const REASON_CODES = [
  'rounding',
  'different-scope',
  'source-error',
  'extraction-error',
  'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The statuses `POST /v1/claims/:id/transitions` accepts as `to`. */
export const CLAIM_TRANSITION_TARGETS = [
  'in_review',
  ...VERDICTS,
  'not_a_claim',
  'unreviewed',
] as const;

/**
 * Where each claim status may go. `needs_anchor` leaves only by re-anchoring,
 * not by review. A claim under no verdict may be marked `not_a_claim` (a false
 * extraction), and restored from there to `unreviewed`.
 */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  unreviewed: ['in_review', 'not_a_claim'],
  in_review: [...VERDICTS, 'not_a_claim'],
  verified: ['in_review'],
  disputed: ['in_review'],
  incorrect: ['in_review'],
  unverifiable: ['in_review'],
  needs_anchor: [],
  not_a_claim: ['unreviewed'],
};

export type FlagDecision = 'resolved' | 'dismissed';

/** A member's role, or the system itself (CLI, seeding), which never reviews. */
export type ReviewerRole = RoleName | 'system';

/** What a transition does: the ledger action and the response can name it. */
export type ClaimTransitionKind = 'start-review' | 'set-verdict' | 'reopen' | 'reject' | 'restore';

/** An open flag of severity `error` on the claim: it blocks `verified`. */
export interface OpenErrorFlag {
  id: string;
  rule: string;
}

export interface ClaimTransitionRequest {
  from: ClaimStatus;
  to: ClaimStatus;
  actorRole: ReviewerRole;
  /** Null only for the system actor. */
  actorUserId: string | null;
  createdBy: string | null;
  correctedBy: string | null;
  reason?: string | null;
  note?: string | null;
  /** The claim's flags that are open and of severity `error`; the caller filters. */
  openErrorFlags: readonly OpenErrorFlag[];
}

export interface FlagDecisionRequest {
  from: FlagStatus;
  to: FlagDecision;
  /** An error flag is never closed without a reason, whichever way. */
  severity: FlagSeverity;
  actorRole: ReviewerRole;
  reason?: string | null;
  note?: string | null;
}

export function isVerdict(status: string): status is Verdict {
  return (VERDICTS as readonly string[]).includes(status);
}

export function isReasonCode(value: string): value is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(value);
}

/** Decides a claim status change; returns what kind of change it is, or throws why not. */
export function assertClaimTransition(request: ClaimTransitionRequest): ClaimTransitionKind {
  const { from, to, actorRole } = request;
  const kind = transitionKind(from, to);
  const permission = kind === 'start-review' ? Permission.StartReview : Permission.Decide;
  assertRoleMay(actorRole, permission, TRANSITION_ACTIONS[kind]);
  assertReasonWellFormed(request.reason);
  if (!CLAIM_TRANSITIONS[from].includes(to)) {
    throw conflict(refusedTransitionMessage(from, to), { from, to });
  }
  if (kind === 'set-verdict') assertVerdictAllowed(request);
  if (kind === 'reopen' && !hasText(request.reason)) {
    throw conflict(`reopening a ${from} verdict needs a reason code (${REASON_CODES.join(', ')})`, {
      field: 'reason',
    });
  }
  if (kind === 'reject' || kind === 'restore') assertReasonGiven(kind, request);
  return kind;
}

/** Decides resolving or dismissing a flag; throws why not. */
export function assertFlagDecision(request: FlagDecisionRequest): void {
  const { from, to, actorRole } = request;
  if (actorRole === 'reporter') {
    throw new DomainError(
      ErrorCode.Forbidden,
      'a reporter may comment on a flag but not resolve or dismiss it; an editor or admin does',
    );
  }
  assertRoleMay(
    actorRole,
    Permission.Decide,
    to === 'resolved' ? 'resolve a flag' : 'dismiss a flag',
  );
  assertReasonWellFormed(request.reason);
  if (from !== 'open') {
    throw conflict(`the flag is already ${from}; only an open flag can be ${to}`, { from, to });
  }
  if (to === 'dismissed' || request.severity === 'error') {
    const decision = to === 'dismissed' ? 'dismissing a flag' : 'resolving an error flag';
    if (!hasText(request.reason)) {
      throw conflict(`${decision} needs a reason code (${REASON_CODES.join(', ')})`, {
        field: 'reason',
      });
    }
    if (!hasText(request.note)) {
      throw conflict(`${decision} needs a note saying why`, { field: 'note' });
    }
  }
}

/** Comments on flags are open to everyone who may submit content (reporters included). */
export function assertMayCommentOnFlag(actorRole: ReviewerRole): void {
  assertRoleMay(actorRole, Permission.SubmitContent, 'comment on a flag');
}

const TRANSITION_ACTIONS: Record<ClaimTransitionKind, string> = {
  'start-review': "change a claim's status",
  'set-verdict': 'set a verdict',
  reopen: 'reopen a verdict',
  reject: 'mark a claim as not a claim',
  restore: 'restore a claim marked as not a claim',
};

function transitionKind(from: ClaimStatus, to: ClaimStatus): ClaimTransitionKind {
  if (to === 'not_a_claim') return 'reject';
  if (from === 'not_a_claim') return 'restore';
  if (isVerdict(to)) return 'set-verdict';
  if (to === 'in_review' && isVerdict(from)) return 'reopen';
  return 'start-review';
}

function assertVerdictAllowed(request: ClaimTransitionRequest): void {
  const { to, actorUserId } = request;
  if (actorUserId === null) {
    throw new DomainError(
      ErrorCode.Forbidden,
      'a verdict is set by an identified member, not by the system',
    );
  }
  if (actorUserId === request.createdBy) {
    throw conflict('four eyes: you created this claim, so another editor must set its verdict', {
      rule: 'four-eyes',
    });
  }
  if (actorUserId === request.correctedBy) {
    throw conflict(
      'four eyes: you last corrected this claim, so another editor must set its verdict',
      {
        rule: 'four-eyes',
      },
    );
  }
  if (to !== 'verified') {
    if (!hasText(request.reason)) {
      throw conflict(`a ${to} verdict needs a reason code (${REASON_CODES.join(', ')})`, {
        field: 'reason',
      });
    }
    if (!hasText(request.note)) {
      throw conflict(`a ${to} verdict needs a note saying why`, { field: 'note' });
    }
  }
  const flags = request.openErrorFlags;
  if (to === 'verified' && flags.length > 0) {
    const rules = [...new Set(flags.map((flag) => flag.rule))];
    const named =
      rules.length === 1 ? rules[0] : `${rules.slice(0, -1).join(', ')} and ${rules.at(-1)}`;
    const one = flags.length === 1;
    // Words a reviewer reads; the flags' ids go along for a link.
    throw conflict(
      `Resolve or dismiss the open ${named} flag${one ? '' : 's'} first: ${one ? 'it blocks' : 'they block'} verified`,
      { openErrorFlags: flags.map((flag) => flag.id) },
    );
  }
}

/** Marking a claim as not a claim needs a reason code and a note; restoring it, a reason code. */
function assertReasonGiven(kind: 'reject' | 'restore', request: ClaimTransitionRequest): void {
  const doing = kind === 'reject' ? 'marking a claim as not a claim' : 'restoring a claim';
  if (!hasText(request.reason)) {
    throw conflict(`${doing} needs a reason code (${REASON_CODES.join(', ')})`, {
      field: 'reason',
    });
  }
  if (kind === 'reject' && !hasText(request.note)) {
    throw conflict(`${doing} needs a note saying why`, { field: 'note' });
  }
}

function refusedTransitionMessage(from: ClaimStatus, to: ClaimStatus): string {
  if (from === to) return `the claim is already ${from}`;
  if (from === 'needs_anchor') {
    return 'the claim needs an anchor: re-anchor it to the current text before reviewing it';
  }
  if (from === 'not_a_claim') {
    return 'the claim is marked as not a claim: restore it to unreviewed before reviewing it';
  }
  if (to === 'not_a_claim') {
    return `the claim has the verdict ${from}: reopen it to in_review before marking it as not a claim`;
  }
  if (to === 'unreviewed' || to === 'needs_anchor') {
    return `no transition to ${to}: a review goes unreviewed → in_review → a verdict`;
  }
  if (from === 'unreviewed')
    return `the claim is unreviewed: move it to in_review before setting ${to}`;
  return `the claim already has the verdict ${from}: reopen it to in_review before setting ${to}`;
}

function assertRoleMay(role: ReviewerRole, permission: Permission, action: string): void {
  if (role === 'system' || !roleMay(role, permission)) {
    throw new DomainError(ErrorCode.Forbidden, `the ${role} role may not ${action}`, { role });
  }
}

function assertReasonWellFormed(reason: string | null | undefined): void {
  if (reason === null || reason === undefined || isReasonCode(reason)) return;
  throw DomainError.invalidInput([
    { field: 'reason', message: `must be one of ${REASON_CODES.join(', ')}` },
  ]);
}

function hasText(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

function conflict(message: string, details: Record<string, unknown>): DomainError {
  return new DomainError(ErrorCode.Conflict, message, details);
}
