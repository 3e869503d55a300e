import type { FormEvent, RefObject } from 'react';
import { closeOnEscape } from '../focus';
import { STATUS_LABELS } from '../labels';
import type { ReasonCode, TransitionTarget } from '../types';
import { FormActions } from './FormActions';
import { ReasonSelect } from './ReasonSelect';

/** What the reason form holds: the status asked for, and why. */
export interface ReasonDraft {
  to: TransitionTarget | null;
  reason: ReasonCode | '';
  note: string;
}

interface Props {
  draft: ReasonDraft & { to: TransitionTarget };
  busy: boolean;
  reasonField: RefObject<HTMLSelectElement | null>;
  onChange: (draft: ReasonDraft) => void;
  onSubmit: () => void;
  /** Cancel: the form closes and what was typed is dropped. */
  onCancel: () => void;
  /** Esc: the form closes, nothing is written; what was typed is kept for next time. */
  onEscape: () => void;
}

/** Why a claim goes to a status: a verdict but verified, a reopened verdict, not a claim, restored. */
export function ReasonForm({
  draft,
  busy,
  reasonField,
  onChange,
  onSubmit,
  onCancel,
  onEscape,
}: Props) {
  const target = draft.to;
  const reopening = target === 'in_review';
  const restoring = target === 'unreviewed';
  const rejecting = target === 'not_a_claim';
  const question = reopening
    ? 'Why reopen the verdict?'
    : restoring
      ? 'Why restore it as a claim?'
      : rejecting
        ? 'Why is it not a claim?'
        : `Why ${STATUS_LABELS[target].toLowerCase()}?`;
  const submitLabel = reopening
    ? 'Reopen'
    : restoring
      ? 'Restore as a claim'
      : rejecting
        ? 'Mark as not a claim'
        : `Set ${STATUS_LABELS[target].toLowerCase()}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form className="reason-form stack" onSubmit={submit} onKeyDown={closeOnEscape(onEscape)}>
      <fieldset>
        <legend>{question}</legend>
        <div className="field">
          <label htmlFor="status-reason">Reason</label>
          <ReasonSelect
            id="status-reason"
            selectRef={reasonField}
            required
            value={draft.reason}
            onChange={(reason) => onChange({ ...draft, reason })}
          />
        </div>
        <div className="field">
          <label htmlFor="status-note">Note{reopening || restoring ? ' (optional)' : ''}</label>
          <textarea
            id="status-note"
            rows={3}
            required={!reopening && !restoring}
            value={draft.note}
            onChange={(event) => onChange({ ...draft, note: event.target.value })}
          />
        </div>
      </fieldset>
      <FormActions primary submitLabel={submitLabel} pending={busy} onCancel={onCancel} />
    </form>
  );
}
