import { useState, type FormEvent } from 'react';
import { ApiError, errorText } from '../api';
import { useAnnounce } from '../announce';
import { useDraft } from '../drafts';
import { closeOnEscape } from '../focus';
import { revisionSummary } from '../labels';
import { useSubmitVersion } from '../mutations';
import type { DocumentDetail, Version } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { FormActions } from './FormActions';

interface Props {
  /** The article as it is now read: its text to correct, its version the one corrected. */
  document: DocumentDetail;
  /** The version was written (`created`), or the text was the current one's. */
  onSubmitted: (result: { version: Version; created: boolean }) => void;
  /** Cancel or Esc: nothing is sent; Esc keeps what was typed as a draft, Cancel drops it. */
  onClose: () => void;
}

/**
 * A corrected text of the article, edited from the current one or pasted over it, sent
 * as its next version. If someone else submitted a version meanwhile (412), what was
 * typed stays, and the form says so: send it again on their version, or cancel.
 */
export function VersionForm({ document, onSubmitted, onClose }: Props) {
  const [text, setText, discardText] = useDraft(`version-text:${document.id}`, document.text);
  const submitVersion = useSubmitVersion();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  // The version that was edited, when someone else's came first.
  const [overtaken, setOvertaken] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text === document.text) {
      setError('Nothing was changed: this is the text of the current version.');
      return;
    }
    setBusy(true);
    setError(null);
    setOvertaken(null);
    try {
      const result = await submitVersion.mutateAsync({ document, text });
      const { version, created } = result;
      discardText();
      announce(
        created && version.revision
          ? `Version ${version.number} submitted: ${revisionSummary(version.revision)}.`
          : `The text is version ${version.number}’s: nothing changed.`,
      );
      onSubmitted(result);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 412)
        setOvertaken(document.version.number);
      else setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    discardText();
    onClose();
  }

  return (
    <section
      className="card version-form"
      aria-labelledby="version-form-title"
      onKeyDown={closeOnEscape(onClose)}
    >
      <h2 id="version-form-title">Submit a corrected version</h2>
      <p className="hint">
        Edit the text of version {document.version.number}, or paste the corrected article over it.
        It becomes version {document.version.number + 1}: each claim keeps its words where they
        stayed, a changed figure goes back to review, and the checks run again.
      </p>
      {overtaken !== null && (
        <div className="stale" role="alert">
          <p>
            Someone else submitted version {document.version.number} while you were editing version{' '}
            {overtaken}. Nothing was changed, and what you typed is kept: check it against their
            text, then submit it again to make it the next version.
          </p>
        </div>
      )}
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="version-text">Corrected text</label>
          <textarea
            id="version-text"
            required
            rows={18}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <ErrorMessage error={error} />
        <FormActions
          primary
          submitLabel="Submit the corrected version"
          pendingLabel="Submitting…"
          pending={busy}
          onCancel={cancel}
        />
      </form>
    </section>
  );
}
