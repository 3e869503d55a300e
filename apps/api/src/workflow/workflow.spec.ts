import { FLAG_STATUSES } from '../records/flag.js';
import { ROLES } from '../auth/permissions.js';
import { CLAIM_STATUSES, type ClaimStatus } from '../records/claim.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import {
  assertClaimTransition,
  assertFlagDecision,
  assertMayCommentOnFlag,
  REASON_CODES,
  type ClaimTransitionRequest,
  type FlagDecision,
  type ReviewerRole,
} from './workflow.js';

const ACTORS: readonly ReviewerRole[] = [...ROLES, 'system'];
const VERDICT_LIST: readonly ClaimStatus[] = ['verified', 'disputed', 'incorrect', 'unverifiable'];

/** The allowed moves of the review workflow (docs/DESIGN.md, "Review workflow"), by hand. */
const ALLOWED: Record<string, readonly ReviewerRole[]> = {
  'unreviewed→in_review': ['reporter', 'editor', 'admin'],
  'in_review→verified': ['editor', 'admin'],
  'in_review→disputed': ['editor', 'admin'],
  'in_review→incorrect': ['editor', 'admin'],
  'in_review→unverifiable': ['editor', 'admin'],
  'verified→in_review': ['editor', 'admin'],
  'disputed→in_review': ['editor', 'admin'],
  'incorrect→in_review': ['editor', 'admin'],
  'unverifiable→in_review': ['editor', 'admin'],
  'unreviewed→not_a_claim': ['editor', 'admin'],
  'in_review→not_a_claim': ['editor', 'admin'],
  'not_a_claim→unreviewed': ['editor', 'admin'],
};

/** A refusal is 403 when the role may never make such a move, 409 when the move is wrong. */
function expectedRefusal(from: ClaimStatus, to: ClaimStatus, role: ReviewerRole): ErrorCode {
  if (role === 'auditor' || role === 'system') return ErrorCode.Forbidden;
  const decides =
    VERDICT_LIST.includes(to) ||
    (to === 'in_review' && VERDICT_LIST.includes(from)) ||
    to === 'not_a_claim' ||
    from === 'not_a_claim';
  if (role === 'reporter' && decides) return ErrorCode.Forbidden;
  return ErrorCode.Conflict;
}

/** A request that passes every rule but the role and the state graph. */
function request(overrides: Partial<ClaimTransitionRequest>): ClaimTransitionRequest {
  return {
    from: 'in_review',
    to: 'verified',
    actorRole: 'editor',
    actorUserId: 'editor-2',
    createdBy: 'reporter-1',
    correctedBy: null,
    reason: 'source-error',
    note: 'the ministry release says 33',
    openErrorFlags: [],
    ...overrides,
  };
}

function refusal(decide: () => unknown): DomainError {
  try {
    decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal, the decision passed');
}

describe('assertClaimTransition: every (from, to, role)', () => {
  const cases = CLAIM_STATUSES.flatMap((from) =>
    CLAIM_STATUSES.flatMap((to) => ACTORS.map((role) => ({ from, to, role }))),
  );

  it('covers all combinations', () => {
    expect(cases).toHaveLength(CLAIM_STATUSES.length * CLAIM_STATUSES.length * ACTORS.length);
  });

  it.each(cases)('$from → $to by $role', ({ from, to, role }) => {
    const attempt = () => assertClaimTransition(request({ from, to, actorRole: role }));
    if (ALLOWED[`${from}→${to}`]?.includes(role)) {
      const kind =
        to === 'not_a_claim'
          ? 'reject'
          : from === 'not_a_claim'
            ? 'restore'
            : VERDICT_LIST.includes(to)
              ? 'set-verdict'
              : from === 'unreviewed'
                ? 'start-review'
                : 'reopen';
      expect(attempt()).toBe(kind);
    } else {
      expect(refusal(attempt).code).toBe(expectedRefusal(from, to, role));
    }
  });
});

describe('assertClaimTransition: rules beyond the graph', () => {
  it('explains a refused move', () => {
    expect(refusal(() => assertClaimTransition(request({ from: 'unreviewed' }))).message).toBe(
      'the claim is unreviewed: move it to in_review before setting verified',
    );
    expect(
      refusal(() => assertClaimTransition(request({ from: 'disputed', to: 'incorrect' }))).message,
    ).toBe(
      'the claim already has the verdict disputed: reopen it to in_review before setting incorrect',
    );
    expect(
      refusal(() => assertClaimTransition(request({ from: 'in_review', to: 'in_review' }))).message,
    ).toBe('the claim is already in_review');
    expect(refusal(() => assertClaimTransition(request({ from: 'needs_anchor' }))).message).toMatch(
      /re-anchor/,
    );
  });

  it('marks a false extraction as not a claim with a reason code and a note, and restores it with a reason code', () => {
    const reject = request({ from: 'unreviewed', to: 'not_a_claim', note: 'a district number' });
    expect(assertClaimTransition({ ...reject, reason: 'extraction-error' })).toBe('reject');
    const noReason = refusal(() => assertClaimTransition({ ...reject, reason: null }));
    expect(noReason.message).toBe(
      `marking a claim as not a claim needs a reason code (${REASON_CODES.join(', ')})`,
    );
    expect(noReason.details).toEqual({ field: 'reason' });
    expect(refusal(() => assertClaimTransition({ ...reject, note: ' ' })).details).toEqual({
      field: 'note',
    });
    const restore = request({ from: 'not_a_claim', to: 'unreviewed', note: null });
    expect(assertClaimTransition(restore)).toBe('restore');
    expect(refusal(() => assertClaimTransition({ ...restore, reason: null })).details).toEqual({
      field: 'reason',
    });
    expect(
      refusal(() => assertClaimTransition(request({ from: 'verified', to: 'not_a_claim' })))
        .message,
    ).toBe(
      'the claim has the verdict verified: reopen it to in_review before marking it as not a claim',
    );
    expect(
      refusal(() => assertClaimTransition(request({ from: 'not_a_claim', to: 'in_review' })))
        .message,
    ).toBe('the claim is marked as not a claim: restore it to unreviewed before reviewing it');
  });

  it('names the role that may not act', () => {
    const error = refusal(() =>
      assertClaimTransition(request({ actorRole: 'reporter', actorUserId: 'reporter-9' })),
    );
    expect(error.code).toBe(ErrorCode.Forbidden);
    expect(error.message).toBe('the reporter role may not set a verdict');
  });

  it('refuses a verdict by whoever created the claim (four eyes)', () => {
    const error = refusal(() =>
      assertClaimTransition(request({ actorUserId: 'editor-2', createdBy: 'editor-2' })),
    );
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toMatch(/^four eyes: you created this claim/);
  });

  it('refuses a verdict by whoever last corrected the claim (four eyes)', () => {
    const error = refusal(() =>
      assertClaimTransition(request({ to: 'incorrect', correctedBy: 'editor-2' })),
    );
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toMatch(/^four eyes: you last corrected this claim/);
  });

  it('lets the creator start the review and reopen a verdict', () => {
    const own = { actorUserId: 'editor-2', createdBy: 'editor-2', correctedBy: 'editor-2' };
    expect(assertClaimTransition(request({ ...own, from: 'unreviewed', to: 'in_review' }))).toBe(
      'start-review',
    );
    expect(assertClaimTransition(request({ ...own, from: 'verified', to: 'in_review' }))).toBe(
      'reopen',
    );
  });

  it('refuses a verdict from an actor without a user id', () => {
    const error = refusal(() => assertClaimTransition(request({ actorUserId: null })));
    expect(error.code).toBe(ErrorCode.Forbidden);
  });

  it.each(['disputed', 'incorrect', 'unverifiable'] as const)(
    'requires a reason code and a note for %s',
    (to) => {
      const noReason = refusal(() => assertClaimTransition(request({ to, reason: null })));
      expect(noReason.code).toBe(ErrorCode.Conflict);
      expect(noReason.message).toBe(
        `a ${to} verdict needs a reason code (${REASON_CODES.join(', ')})`,
      );
      expect(noReason.details).toEqual({ field: 'reason' });
      for (const note of [undefined, null, '', '   ']) {
        const noNote = refusal(() => assertClaimTransition(request({ to, note })));
        expect(noNote.code).toBe(ErrorCode.Conflict);
        expect(noNote.message).toBe(`a ${to} verdict needs a note saying why`);
      }
    },
  );

  it('accepts verified without a reason or a note', () => {
    expect(assertClaimTransition(request({ reason: undefined, note: undefined }))).toBe(
      'set-verdict',
    );
  });

  it('accepts every reason code', () => {
    for (const reason of REASON_CODES) {
      expect(assertClaimTransition(request({ to: 'disputed', reason }))).toBe('set-verdict');
    }
  });

  it('answers 400 naming the field for a malformed reason code', () => {
    for (const reason of ['typo', '', 'ROUNDING']) {
      const error = refusal(() => assertClaimTransition(request({ to: 'disputed', reason })));
      expect(error.code).toBe(ErrorCode.InvalidInput);
      expect(error.details).toEqual({
        errors: [{ field: 'reason', message: `must be one of ${REASON_CODES.join(', ')}` }],
      });
    }
  });

  it('requires a reason code to reopen a verdict, but no note', () => {
    const reopen = { from: 'verified', to: 'in_review' } as const;
    const error = refusal(() => assertClaimTransition(request({ ...reopen, reason: null })));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toMatch(/^reopening a verified verdict needs a reason code/);
    expect(assertClaimTransition(request({ ...reopen, reason: 'other', note: null }))).toBe(
      'reopen',
    );
  });

  it('blocks verified while an error flag is open, naming the flags', () => {
    const openErrorFlags = [
      { id: 'f1', rule: 'sum-mismatch' },
      { id: 'f2', rule: 'value-conflict' },
    ];
    const error = refusal(() => assertClaimTransition(request({ openErrorFlags })));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toBe(
      'Resolve or dismiss the open sum-mismatch and value-conflict flags first: they block verified',
    );
    expect(
      refusal(() =>
        assertClaimTransition(request({ openErrorFlags: [{ id: 'f1', rule: 'sum-mismatch' }] })),
      ).message,
    ).toBe('Resolve or dismiss the open sum-mismatch flag first: it blocks verified');
    expect(error.details).toEqual({ openErrorFlags: ['f1', 'f2'] });
  });

  it('lets an open error flag stand for the other verdicts', () => {
    const openErrorFlags = [{ id: 'f1', rule: 'sum-mismatch' }];
    expect(assertClaimTransition(request({ to: 'incorrect', openErrorFlags }))).toBe('set-verdict');
  });
});

describe('assertFlagDecision: every (from, to, role)', () => {
  const decisions: readonly FlagDecision[] = ['resolved', 'dismissed'];
  const cases = FLAG_STATUSES.flatMap((from) =>
    decisions.flatMap((to) => ACTORS.map((role) => ({ from, to, role }))),
  );

  it.each(cases)('$from → $to by $role', ({ from, to, role }) => {
    const attempt = () =>
      assertFlagDecision({
        from,
        to,
        severity: 'error',
        actorRole: role,
        reason: 'rounding',
        note: 'within rounding',
      });
    if (role === 'reporter' || role === 'auditor' || role === 'system') {
      expect(refusal(attempt).code).toBe(ErrorCode.Forbidden);
    } else if (from !== 'open') {
      const error = refusal(attempt);
      expect(error.code).toBe(ErrorCode.Conflict);
      expect(error.message).toBe(`the flag is already ${from}; only an open flag can be ${to}`);
    } else {
      expect(attempt()).toBeUndefined();
    }
  });
});

describe('assertFlagDecision: reasons', () => {
  const open = { from: 'open', actorRole: 'editor', severity: 'warning' } as const;

  it('tells a reporter they may comment but not decide', () => {
    const error = refusal(() =>
      assertFlagDecision({ ...open, to: 'resolved', actorRole: 'reporter' }),
    );
    expect(error.message).toMatch(
      /^a reporter may comment on a flag but not resolve or dismiss it/,
    );
  });

  it('requires a reason code and a note to dismiss', () => {
    const noReason = refusal(() => assertFlagDecision({ ...open, to: 'dismissed', note: 'n' }));
    expect(noReason.code).toBe(ErrorCode.Conflict);
    expect(noReason.details).toEqual({ field: 'reason' });
    const noNote = refusal(() =>
      assertFlagDecision({ ...open, to: 'dismissed', reason: 'rounding', note: ' ' }),
    );
    expect(noNote.code).toBe(ErrorCode.Conflict);
    expect(noNote.details).toEqual({ field: 'note' });
  });

  it('resolves a warning without a reason', () => {
    expect(assertFlagDecision({ ...open, to: 'resolved' })).toBeUndefined();
  });

  it('requires a reason code and a note to resolve an error flag too', () => {
    const error = { ...open, severity: 'error', to: 'resolved' } as const;
    const noReason = refusal(() => assertFlagDecision({ ...error, note: 'fixed in the copy' }));
    expect(noReason.code).toBe(ErrorCode.Conflict);
    expect(noReason.message).toBe(
      `resolving an error flag needs a reason code (${REASON_CODES.join(', ')})`,
    );
    expect(noReason.details).toEqual({ field: 'reason' });
    const noNote = refusal(() => assertFlagDecision({ ...error, reason: 'source-error' }));
    expect(noNote.details).toEqual({ field: 'note' });
    expect(
      assertFlagDecision({ ...error, reason: 'source-error', note: 'fixed in the copy' }),
    ).toBeUndefined();
  });

  it('answers 400 for a malformed reason code', () => {
    const error = refusal(() =>
      assertFlagDecision({ ...open, to: 'dismissed', reason: 'because', note: 'n' }),
    );
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.message).toBe(`reason: must be one of ${REASON_CODES.join(', ')}`);
  });
});

describe('assertMayCommentOnFlag', () => {
  it.each(ACTORS)('%s', (role) => {
    if (role === 'auditor' || role === 'system') {
      expect(refusal(() => assertMayCommentOnFlag(role)).code).toBe(ErrorCode.Forbidden);
    } else {
      expect(assertMayCommentOnFlag(role)).toBeUndefined();
    }
  });
});
