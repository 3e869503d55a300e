import { useEffect, useImperativeHandle, useRef, useState, type RefObject } from 'react';
import { errorText, transitionClaim } from '../api';
import { useAnnounce } from '../announce';
import { useDraft } from '../drafts';
import { useReturnFocus } from '../focus';
import { STATUS_LABELS, VERDICTS } from '../labels';
import { documentHref } from '../router';
import { useSession } from '../session';
import type { Claim, ReasonCode, TransitionTarget } from '../types';
import type { ClaimWrite } from './ClaimPanel';
import { ErrorMessage } from './ErrorMessage';
import { ReasonForm, type ReasonDraft } from './ReasonForm';

/** What the keyboard shortcuts ask of the form: `v` sets verified, `d` opens the disputed form... */
export interface StatusFormHandle {
  request: (to: TransitionTarget) => void;
}

interface Props {
  claim: Claim;
  write: ClaimWrite;
  handle: RefObject<StatusFormHandle | null>;
}

const VERDICT_STATUSES: string[] = VERDICTS;

/** How long a verdict set by one key waits, undoable, before it is written. */
const UNDO_MS = 4000;

/**
 * The review actions the role and the claim's status allow: start the review, set a
 * verdict (all but verified need a reason and a note), reopen a verdict (a reason),
 * mark a false extraction as not a claim (a reason and a note), or restore it (a reason).
 */
export function StatusForm({ claim, write, handle }: Props) {
  const { can, me } = useSession();
  const announce = useAnnounce();
  // The reason form's fields, and whether it is open (`to`): kept if the key is refused.
  const [draft, setDraft, discardDraft] = useDraft<ReasonDraft>(`status:${claim.id}`, {
    to: null,
    reason: '',
    note: '',
  });
  const { remember, returnFocus } = useReturnFocus('status-form-title');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonField = useRef<HTMLSelectElement>(null);
  // A verdict from a single key press, not yet written: a stray key must not reach the ledger.
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => () => window.clearTimeout(pending ?? undefined), [pending]);

  function verifyAfterPause() {
    const timer = window.setTimeout(() => {
      setPending(null);
      void send('verified');
    }, UNDO_MS);
    setPending(timer);
    announce(`Verified in ${UNDO_MS / 1000} seconds: Undo cancels it.`);
  }

  function undo() {
    window.clearTimeout(pending ?? undefined);
    setPending(null);
    announce('Not verified: nothing was written.');
  }

  function verifyNow() {
    window.clearTimeout(pending ?? undefined);
    setPending(null);
    void send('verified');
  }
  const hasVerdict = VERDICT_STATUSES.includes(claim.status);
  // An open error flag on the claim blocks verified (the server says so too).
  const blocking = claim.flags.filter(
    (flag) => flag.status === 'open' && flag.severity === 'error',
  );
  const blockedBecause =
    blocking.length > 0
      ? `Resolve or dismiss the open ${[...new Set(blocking.map((flag) => flag.rule))].join(' and ')} flag${blocking.length === 1 ? '' : 's'} first.`
      : null;
  const mayReject = claim.status === 'unreviewed' || claim.status === 'in_review';

  async function send(to: TransitionTarget, details: { reason?: ReasonCode; note?: string } = {}) {
    setBusy(true);
    setError(null);
    try {
      const written = await write(
        (current) => transitionClaim(current, { to, ...details }),
        `Claim is now ${STATUS_LABELS[to].toLowerCase()}.`,
      );
      // Refused as stale, the form keeps the reason and note to send again.
      if (!written) return;
      discardDraft();
      // The button that was pressed is gone with the old status: focus stays in the section.
      returnFocus();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  /** Verified and starting a review go at once; the others ask why first. */
  function choose(to: TransitionTarget) {
    remember();
    const reopening = to === 'in_review' && hasVerdict;
    if (to === 'verified' || (to === 'in_review' && !reopening)) {
      void send(to);
      return;
    }
    setDraft({ ...draft, to });
    setError(null);
    requestAnimationFrame(() => reasonField.current?.focus());
  }

  /** A shortcut: the role may move a claim to review, but perhaps not judge it. */
  function request(to: TransitionTarget) {
    remember();
    const judging = to !== 'in_review' || hasVerdict;
    if (judging && !can.decide) {
      announce(`Your role (${me.role}) cannot set or reopen a verdict.`);
      return;
    }
    if (to === 'verified' && claim.status === 'in_review' && blockedBecause) {
      announce(blockedBecause);
      return;
    }
    if (to === 'verified' && claim.status === 'in_review') {
      if (pending === null) verifyAfterPause();
      return;
    }
    choose(to);
  }

  useImperativeHandle(handle, () => ({ request }));

  /** Closes the reason form; Esc keeps what was typed, Cancel drops it. */
  function close(keep: boolean) {
    if (keep) setDraft({ ...draft, to: null });
    else discardDraft();
    returnFocus();
  }

  return (
    <section aria-labelledby="status-form-title">
      <h3 id="status-form-title" tabIndex={-1}>
        Review
      </h3>
      <div className="actions">
        {claim.status === 'unreviewed' && can.startReview && (
          <button
            type="button"
            onClick={() => choose('in_review')}
            disabled={busy}
            aria-keyshortcuts="r"
          >
            Start review <kbd>r</kbd>
          </button>
        )}
        {claim.status === 'in_review' &&
          can.decide &&
          VERDICTS.map((verdict) => (
            <button
              key={verdict}
              type="button"
              className={`verdict status-${verdict}`}
              onClick={() => choose(verdict)}
              disabled={busy || (verdict === 'verified' && blockedBecause !== null)}
              aria-describedby={
                verdict === 'verified' && blockedBecause ? 'verified-blocked' : undefined
              }
              aria-keyshortcuts={VERDICT_KEYS[verdict]}
            >
              {STATUS_LABELS[verdict]}
              {verdict === 'verified' ? '' : '…'} <kbd>{VERDICT_KEYS[verdict]}</kbd>
            </button>
          ))}
        {hasVerdict && can.decide && (
          <button
            type="button"
            onClick={() => choose('in_review')}
            disabled={busy}
            aria-keyshortcuts="r"
          >
            Reopen… <kbd>r</kbd>
          </button>
        )}
        {claim.status === 'in_review' && can.decide && blockedBecause && (
          <p id="verified-blocked" className="muted">
            {blockedBecause}{' '}
            {blocking.map((flag) => (
              <a
                key={flag.id}
                href={documentHref(claim.documentId, { claim: claim.id, flag: flag.id })}
              >
                Open the {flag.rule} flag
              </a>
            ))}
          </p>
        )}
        {mayReject && can.decide && (
          <button type="button" onClick={() => choose('not_a_claim')} disabled={busy}>
            Not a claim…
          </button>
        )}
        {claim.status === 'not_a_claim' && (
          <p className="muted">
            Marked as not a claim
            {claim.statusNote ? `: ${claim.statusNote}` : ''}. It is left out of the checks.
          </p>
        )}
        {claim.status === 'not_a_claim' && can.decide && (
          <button type="button" onClick={() => choose('unreviewed')} disabled={busy}>
            Restore as a claim…
          </button>
        )}
        {claim.status === 'in_review' && !can.decide && (
          <p className="muted">An editor sets the verdict.</p>
        )}
        {claim.status === 'needs_anchor' && (
          <p className="muted">The text changed: the claim must be re-anchored first.</p>
        )}
      </div>
      {pending !== null && (
        <div className="pending-verdict actions">
          <p>Setting verified in a few seconds.</p>
          <button type="button" className="primary" onClick={undo}>
            Undo
          </button>
          <button type="button" onClick={verifyNow}>
            Set it now
          </button>
        </div>
      )}
      {draft.to && (
        <ReasonForm
          draft={{ ...draft, to: draft.to }}
          busy={busy}
          reasonField={reasonField}
          onChange={setDraft}
          onSubmit={() =>
            void send(draft.to as TransitionTarget, {
              reason: draft.reason || undefined,
              note: draft.note.trim() || undefined,
            })
          }
          onCancel={() => close(false)}
          onEscape={() => close(true)}
        />
      )}
      <ErrorMessage error={error} />
    </section>
  );
}

const VERDICT_KEYS: Partial<Record<TransitionTarget, string>> = {
  in_review: 'r',
  verified: 'v',
  disputed: 'd',
  incorrect: 'x',
  unverifiable: 'u',
};
