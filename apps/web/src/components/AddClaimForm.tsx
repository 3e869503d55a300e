import { useState, type FormEvent } from 'react';
import { errorText } from '../api';
import { useDraft } from '../drafts';
import { closeOnEscape } from '../focus';
import { useAddClaim } from '../mutations';
import type { Claim } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FormActions } from './FormActions';

interface Props {
  documentId: string;
  /** The selected words (code points of the article's text). */
  span: { start: number; end: number; exact: string };
  /** The claim was added, and the article read again with it. */
  onCreated: (claim: Claim) => void;
  /** Cancel or Esc: nothing is written, and the form and what was typed in it are dropped. */
  onCancel: () => void;
}

interface NewClaimFields {
  kind: 'numeric' | 'quote';
  value: string;
  unit: string;
  speaker: string;
}

/** A claim the extractor missed, from words selected in the article: a number or a quote. */
export function AddClaimForm({ documentId, span, onCreated, onCancel }: Props) {
  const [fields, setFields, discardFields] = useDraft<NewClaimFields>(
    `add-claim:${documentId}:${span.start}-${span.end}`,
    { kind: 'numeric', value: '', unit: '', speaker: '' },
  );
  const { kind, value, unit, speaker } = fields;
  const addClaim = useAddClaim(documentId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const details =
        kind === 'numeric'
          ? { value: Number(value), unit: unit.trim() || null }
          : { speaker: speaker.trim() || null };
      const created = await addClaim.mutateAsync({ kind, ...span, ...details });
      discardFields();
      onCreated(created);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    discardFields();
    onCancel();
  }

  return (
    <section className="card" aria-labelledby="add-claim-title" onKeyDown={closeOnEscape(cancel)}>
      <h2 id="add-claim-title">Add “{span.exact}” as a claim</h2>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>Kind</legend>
          <div className="radios">
            <label>
              <input
                type="radio"
                name="add-claim-kind"
                checked={kind === 'numeric'}
                onChange={() => setFields({ ...fields, kind: 'numeric' })}
              />
              A number
            </label>
            <label>
              <input
                type="radio"
                name="add-claim-kind"
                checked={kind === 'quote'}
                onChange={() => setFields({ ...fields, kind: 'quote' })}
              />
              A quote
            </label>
          </div>
        </fieldset>
        {kind === 'numeric' ? (
          <div className="field-row">
            <div className="field">
              <label htmlFor="add-claim-value">Value</label>
              <input
                id="add-claim-value"
                type="number"
                step="any"
                required
                value={value}
                onChange={(event) => setFields({ ...fields, value: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="add-claim-unit">Unit (optional)</label>
              <input
                id="add-claim-unit"
                value={unit}
                onChange={(event) => setFields({ ...fields, unit: event.target.value })}
              />
            </div>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="add-claim-speaker">Speaker (optional)</label>
            <input
              id="add-claim-speaker"
              value={speaker}
              onChange={(event) => setFields({ ...fields, speaker: event.target.value })}
            />
          </div>
        )}
        <ErrorMessage error={error} />
        <FormActions primary submitLabel="Add the claim" pending={busy} onCancel={cancel} />
      </form>
    </section>
  );
}
