import { Timestamp } from './Timestamp';
import { useRef, useState, type FormEvent } from 'react';
import { errorText } from '../api';
import { useAnnounce } from '../announce';
import { useDraft } from '../drafts';
import { closeOnEscape } from '../focus';
import { STANCE_LABELS } from '../labels';
import { useAddEvidence } from '../mutations';
import { errorOf, useEvidence } from '../queries';
import { memberName, useSession } from '../session';
import type { Stance } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FormActions } from './FormActions';

const STANCES = Object.keys(STANCE_LABELS) as Stance[];

/** Sources that support, contradict or give context to the claim. */
export function EvidenceSection({ claimId }: { claimId: string }) {
  const { members, can } = useSession();
  const announce = useAnnounce();
  const evidence = useEvidence(claimId);
  const addEvidence = useAddEvidence(claimId);
  const [fields, setFields, discardFields] = useDraft<{
    stance: Stance;
    note: string;
    url: string;
  }>(`evidence:${claimId}`, { stance: 'supports', note: '', url: '' });
  const [open, setOpen] = useState(() => fields.note !== '' || fields.url !== '');
  const summary = useRef<HTMLElement>(null);
  const [error, setError] = useState<string | null>(null);

  /** Esc, Cancel and evidence saved close the form; focus goes back to its summary. */
  function close() {
    setOpen(false);
    summary.current?.focus();
  }

  function cancel() {
    discardFields();
    close();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addEvidence.mutateAsync({
        stance: fields.stance,
        note: fields.note.trim(),
        url: fields.url.trim() || undefined,
      });
      discardFields();
      close();
      announce('Evidence added.');
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      <ErrorMessage error={errorOf(evidence)} />
      {evidence.data?.length === 0 && <p className="muted">No evidence yet.</p>}
      <ul className="plain">
        {evidence.data?.map((item) => (
          <li key={item.id}>
            <span className={`badge stance-${item.stance}`}>{STANCE_LABELS[item.stance]}</span>{' '}
            {item.note}
            {item.url && (
              <>
                {' '}
                <a href={item.url} target="_blank" rel="noreferrer noopener">
                  source
                </a>
              </>
            )}
            <p className="meta">
              {memberName(members, item.authorId)}, <Timestamp at={item.createdAt} />
            </p>
          </li>
        ))}
      </ul>
      {can.submit && (
        <details
          open={open}
          onToggle={(event) => setOpen(event.currentTarget.open)}
          onKeyDown={closeOnEscape(close)}
        >
          <summary ref={summary}>Add evidence</summary>
          <form className="stack" onSubmit={(event) => void submit(event)}>
            <div className="field">
              <label htmlFor="evidence-stance">Stance</label>
              <select
                id="evidence-stance"
                value={fields.stance}
                onChange={(event) => setFields({ ...fields, stance: event.target.value as Stance })}
              >
                {STANCES.map((stance) => (
                  <option key={stance} value={stance}>
                    {STANCE_LABELS[stance]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="evidence-note">What the source says</label>
              <textarea
                id="evidence-note"
                rows={2}
                required
                value={fields.note}
                onChange={(event) => setFields({ ...fields, note: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="evidence-url">Source URL (optional)</label>
              <input
                id="evidence-url"
                type="url"
                value={fields.url}
                onChange={(event) => setFields({ ...fields, url: event.target.value })}
              />
            </div>
            <ErrorMessage error={error} />
            <FormActions submitLabel="Save evidence" onCancel={cancel} />
          </form>
        </details>
      )}
    </section>
  );
}
