import { useState, type FormEvent } from 'react';
import { createClaim, errorText } from '../api';
import type { Claim } from '../types';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  documentId: string;
  /** The selected words (code points of the article's text). */
  span: { start: number; end: number; exact: string };
  onCreated: (claim: Claim) => void;
  onCancel: () => void;
}

/** A claim the extractor missed, from words selected in the article: a number or a quote. */
export function AddClaimForm({ documentId, span, onCreated, onCancel }: Props) {
  const [kind, setKind] = useState<'numeric' | 'quote'>('numeric');
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
  const [speaker, setSpeaker] = useState('');
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
      onCreated(await createClaim(documentId, { kind, ...span, ...details }));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="add-claim-title">
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
                onChange={() => setKind('numeric')}
              />
              A number
            </label>
            <label>
              <input
                type="radio"
                name="add-claim-kind"
                checked={kind === 'quote'}
                onChange={() => setKind('quote')}
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
                onChange={(event) => setValue(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="add-claim-unit">Unit (optional)</label>
              <input
                id="add-claim-unit"
                value={unit}
                onChange={(event) => setUnit(event.target.value)}
              />
            </div>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="add-claim-speaker">Speaker (optional)</label>
            <input
              id="add-claim-speaker"
              value={speaker}
              onChange={(event) => setSpeaker(event.target.value)}
            />
          </div>
        )}
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Add the claim
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
