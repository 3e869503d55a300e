import { useRef, useState, type FormEvent } from 'react';
import { correctClaim, errorText } from '../api';
import { useDraft } from '../drafts';
import { closeOnEscape } from '../focus';
import type { Claim, ClaimCorrection } from '../types';
import type { ClaimWrite } from './ClaimPanel';
import { ErrorMessage } from './ErrorMessage';
import { FormActions } from './FormActions';

type Fields = Record<
  'value' | 'low' | 'high' | 'unit' | 'bound' | 'subject' | 'speaker' | 'relayedBy',
  string
> & {
  approximate: boolean;
};

function fieldsOf(claim: Claim): Fields {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    value: text(claim.value),
    low: text(claim.low),
    high: text(claim.high),
    unit: text(claim.unit),
    bound: text(claim.bound),
    subject: text(claim.subject),
    speaker: text(claim.speaker),
    relayedBy: text(claim.relayedBy),
    approximate: claim.approximate,
  };
}

/** The fields that differ from the claim, as `PATCH /claims/:id` takes them (empty = null). */
function changes(claim: Claim, fields: Fields): ClaimCorrection {
  const before = fieldsOf(claim);
  const number = (text: string) => (text.trim() === '' ? null : Number(text));
  const string = (text: string) => (text.trim() === '' ? null : text.trim());
  const correction: ClaimCorrection = {};
  if (fields.value !== before.value) correction.value = number(fields.value);
  if (fields.low !== before.low) correction.low = number(fields.low);
  if (fields.high !== before.high) correction.high = number(fields.high);
  if (fields.unit !== before.unit) correction.unit = string(fields.unit);
  if (fields.bound !== before.bound)
    correction.bound = (string(fields.bound) as Claim['bound']) ?? null;
  if (fields.subject !== before.subject) correction.subject = string(fields.subject);
  if (fields.speaker !== before.speaker) correction.speaker = string(fields.speaker);
  if (fields.relayedBy !== before.relayedBy) correction.relayedBy = string(fields.relayedBy);
  if (fields.approximate !== before.approximate) correction.approximate = fields.approximate;
  return correction;
}

/**
 * Correct what the extractor read. The checks run again and a verdict goes back to review.
 * Only the fields changed are kept (as a draft): the others show the claim as it is now.
 */
export function CorrectionForm({ claim, write }: { claim: Claim; write: ClaimWrite }) {
  const [edits, setEdits, discardEdits] = useDraft<Partial<Fields>>(`correct:${claim.id}`, {});
  const fields: Fields = { ...fieldsOf(claim), ...edits };
  const [open, setOpen] = useState(() => Object.keys(edits).length > 0);
  const summary = useRef<HTMLElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Keeps the fields that differ from the claim: typing a value back drops it from the draft. */
  function edit(change: Partial<Fields>) {
    const claimFields = fieldsOf(claim);
    const changed = Object.entries({ ...edits, ...change }).filter(
      ([name, value]) => claimFields[name as keyof Fields] !== value,
    );
    setEdits(Object.fromEntries(changed));
  }
  const input = (
    name: keyof Omit<Fields, 'approximate'>,
    label: string,
    type: 'text' | 'number' = 'text',
  ) => (
    <div className="field">
      <label htmlFor={`correct-${name}`}>{label}</label>
      <input
        id={`correct-${name}`}
        type={type}
        step={type === 'number' ? 'any' : undefined}
        value={fields[name]}
        onChange={(event) => edit({ [name]: event.target.value })}
      />
    </div>
  );

  /** Esc, Cancel and a correction written close the form; focus goes back to its summary. */
  function close() {
    setOpen(false);
    summary.current?.focus();
  }

  function cancel() {
    discardEdits();
    close();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const correction = changes(claim, fields);
    if (Object.keys(correction).length === 0) {
      setError('Nothing was changed.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const written = await write(
        (current) => correctClaim(current, correction),
        'Claim corrected; the checks ran again.',
      );
      if (written) {
        discardEdits();
        close();
      }
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details
      className="correction"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={closeOnEscape(close)}
    >
      <summary ref={summary}>Correct the extraction</summary>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        {claim.kind === 'numeric' ? (
          <>
            <div className="field-row">
              {input('value', 'Value', 'number')}
              {input('unit', 'Unit')}
            </div>
            <div className="field-row">
              {input('low', 'Range from', 'number')}
              {input('high', 'Range to', 'number')}
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor="correct-bound">Bound</label>
                <select
                  id="correct-bound"
                  value={fields.bound}
                  onChange={(event) => edit({ bound: event.target.value })}
                >
                  <option value="">None</option>
                  <option value="lower">At least (lower)</option>
                  <option value="upper">At most (upper)</option>
                </select>
              </div>
              <div className="field checkbox">
                <input
                  id="correct-approximate"
                  type="checkbox"
                  checked={fields.approximate}
                  onChange={(event) => edit({ approximate: event.target.checked })}
                />
                <label htmlFor="correct-approximate">Approximate (“about”)</label>
              </div>
            </div>
            {input('subject', 'Subject')}
          </>
        ) : (
          <>
            {input('speaker', 'Speaker')}
            {input('relayedBy', 'Relayed by')}
          </>
        )}
        <ErrorMessage error={error} />
        <FormActions submitLabel="Save correction" pending={busy} onCancel={cancel} />
      </form>
    </details>
  );
}
