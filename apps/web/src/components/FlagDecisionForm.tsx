import { useState, type FormEvent } from 'react';
import { decideFlag, errorText } from '../api';
import { useDraft } from '../drafts';
import type { Flag, ReasonCode } from '../types';
import type { VersionedWrite } from '../useVersionedWrite';
import { ErrorMessage } from './ErrorMessage';
import { FormActions } from './FormActions';
import { ReasonSelect } from './ReasonSelect';

/** A versioned write to the flag, as FlagDetail runs it. */
export type FlagWrite = VersionedWrite<Flag>;

/**
 * Resolve the flag (the problem was fixed), or dismiss it (not a problem). Nothing is
 * chosen beforehand; dismissing, and closing an error either way, needs a reason and a note.
 */
export function FlagDecisionForm({
  flag,
  write,
  onDecided,
  onCancel,
}: {
  flag: Flag;
  write: FlagWrite;
  /** The decision was written: the form is gone, and focus goes back to the flag. */
  onDecided: () => void;
  /** Cancel: what was typed is dropped, and the flag closes. */
  onCancel: () => void;
}) {
  const [draft, setDraft, discardDraft] = useDraft<{
    decision: 'resolve' | 'dismiss' | null;
    reason: ReasonCode | '';
    note: string;
  }>(`flag-decision:${flag.id}`, { decision: null, reason: '', note: '' });
  const { decision, reason, note } = draft;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dismissing = decision === 'dismiss';
  const needsReason = dismissing || flag.severity === 'error';
  const ids = { reason: `flag-reason-${flag.id}`, note: `flag-note-${flag.id}` };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (decision === null) return;
    setBusy(true);
    setError(null);
    try {
      const written = await write(
        (current) =>
          decideFlag(current, decision, {
            reason: reason || undefined,
            note: note.trim() || undefined,
          }),
        dismissing ? 'Flag dismissed.' : 'Flag resolved.',
      );
      if (written) {
        discardDraft();
        onDecided();
      }
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack decision-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>Decision</legend>
        <div className="radios">
          <label>
            <input
              type="radio"
              name={`decision-${flag.id}`}
              required
              checked={decision === 'resolve'}
              onChange={() => setDraft({ ...draft, decision: 'resolve' })}
            />
            Resolve: the problem is fixed
          </label>
          <label>
            <input
              type="radio"
              name={`decision-${flag.id}`}
              checked={decision === 'dismiss'}
              onChange={() => setDraft({ ...draft, decision: 'dismiss' })}
            />
            Dismiss: not a problem
          </label>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.reason}>Reason{needsReason ? '' : ' (optional)'}</label>
        <ReasonSelect
          id={ids.reason}
          required={needsReason}
          value={reason}
          onChange={(chosen) => setDraft({ ...draft, reason: chosen })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Note{needsReason ? '' : ' (optional)'}</label>
        <textarea
          id={ids.note}
          rows={2}
          required={needsReason}
          value={note}
          onChange={(event) => setDraft({ ...draft, note: event.target.value })}
        />
      </div>
      <ErrorMessage error={error} />
      <FormActions
        primary
        submitLabel={dismissing ? 'Dismiss flag' : 'Resolve flag'}
        pending={busy}
        canSubmit={decision !== null}
        onCancel={() => {
          discardDraft();
          onCancel();
        }}
      />
    </form>
  );
}
