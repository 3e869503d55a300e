import { useState, type FormEvent } from 'react';
import { decideFlag, errorText } from '../api';
import type { Flag, ReasonCode } from '../types';
import type { VersionedWrite } from '../useVersionedWrite';
import { ErrorMessage } from './ErrorMessage';
import { ReasonSelect } from './ReasonSelect';

/** A versioned write to the flag, as FlagDetail runs it. */
export type FlagWrite = VersionedWrite<Flag>;

/**
 * Resolve the flag (the problem was fixed), or dismiss it (not a problem). Nothing is
 * chosen beforehand; dismissing, and closing an error either way, needs a reason and a note.
 */
export function FlagDecisionForm({ flag, write }: { flag: Flag; write: FlagWrite }) {
  const [decision, setDecision] = useState<'resolve' | 'dismiss' | null>(null);
  const [reason, setReason] = useState<ReasonCode | ''>('');
  const [note, setNote] = useState('');
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
      await write(
        (current) =>
          decideFlag(current, decision, {
            reason: reason || undefined,
            note: note.trim() || undefined,
          }),
        dismissing ? 'Flag dismissed.' : 'Flag resolved.',
      );
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
              onChange={() => setDecision('resolve')}
            />
            Resolve: the problem is fixed
          </label>
          <label>
            <input
              type="radio"
              name={`decision-${flag.id}`}
              checked={decision === 'dismiss'}
              onChange={() => setDecision('dismiss')}
            />
            Dismiss: not a problem
          </label>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.reason}>Reason{needsReason ? '' : ' (optional)'}</label>
        <ReasonSelect id={ids.reason} required={needsReason} value={reason} onChange={setReason} />
      </div>
      <div className="field">
        <label htmlFor={ids.note}>Note{needsReason ? '' : ' (optional)'}</label>
        <textarea
          id={ids.note}
          rows={2}
          required={needsReason}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      <button type="submit" className="primary" disabled={busy || decision === null}>
        {dismissing ? 'Dismiss flag' : 'Resolve flag'}
      </button>
    </form>
  );
}
