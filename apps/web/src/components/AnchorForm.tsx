import { useState, type FormEvent } from 'react';
import { anchorClaim, errorText } from '../api';
import { useDraft } from '../drafts';
import { closeOnEscape } from '../focus';
import type { Claim, ClaimAnchor } from '../types';
import type { SelectedWords } from '../useArticleSelection';
import type { ClaimWrite } from './ClaimPanel';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  /** A claim that needs an anchor: its words are an earlier version's. */
  claim: Claim;
  /** Whether the member's role may anchor claims (reporters, editors, admins). */
  mayAnchor: boolean;
  /** The write at the version the panel read; null until it is read. */
  write: ClaimWrite | null;
  /** The words last selected in the current text, or null. */
  selected: SelectedWords | null;
  /** The claim has its words again, or is no longer in the text. */
  onAnchored: () => void;
}

/**
 * A claim a new version left without a place: a person chooses its words in the current
 * text (it goes back to review), or says it is no longer in the text, and why (it is
 * then marked as not a claim).
 */
export function AnchorForm({ claim, mayAnchor, write, selected, onAnchored }: Props) {
  const [note, setNote, discardNote] = useDraft(`anchor-note:${claim.id}`, '');
  const [noteOpen, setNoteOpen] = useState(() => note !== '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(anchor: ClaimAnchor, done: string) {
    if (!write) return;
    setBusy(true);
    setError(null);
    try {
      // Refused as stale, the panel says so and the note stays, to send again.
      if (!(await write((current) => anchorClaim(current, anchor), done))) return;
      discardNote();
      onAnchored();
      // This section is gone with the status it was for: focus stays in the panel.
      document.getElementById('claim-panel-title')?.focus();
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  function anchorHere() {
    if (!selected) return;
    void send(selected, `Anchored to “${selected.exact}”: the claim is back in review.`);
  }

  function noLongerInText(event: FormEvent) {
    event.preventDefault();
    void send(
      { noLongerInText: true, note: note.trim() },
      'Marked as no longer in the text: it is no longer a claim.',
    );
  }

  return (
    <section className="anchor-form" aria-labelledby="anchor-title">
      <h3 id="anchor-title">Needs an anchor</h3>
      <p>
        A new version of the text left it without a place. Its words in an earlier version:{' '}
        <q className="old-words">{claim.exact}</q>
      </p>
      {!mayAnchor && <p className="muted">A reporter or an editor gives it its words again.</p>}
      {mayAnchor && (
        <>
          <h4>Choose its words in the text</h4>
          <p className="hint" id="anchor-hint">
            {selected ? (
              <>
                Selected: <q>{selected.exact}</q>
              </>
            ) : (
              'Select its words in the article, then anchor it there.'
            )}
          </p>
          <button
            type="button"
            className="primary"
            disabled={!selected || !write || busy}
            aria-describedby="anchor-hint"
            onClick={anchorHere}
          >
            Anchor here
          </button>
          <details
            open={noteOpen}
            onToggle={(event) => setNoteOpen(event.currentTarget.open)}
            onKeyDown={noteOpen ? closeOnEscape(() => setNoteOpen(false)) : undefined}
          >
            <summary>No longer in the text</summary>
            <form className="stack" onSubmit={noLongerInText}>
              <div className="field">
                <label htmlFor="anchor-note">Why is it no longer in the text?</label>
                <textarea
                  id="anchor-note"
                  rows={2}
                  required
                  value={note}
                  onChange={(event) => setNote(event.target.value)}
                />
              </div>
              <button type="submit" disabled={!write || busy}>
                Mark as no longer in the text
              </button>
            </form>
          </details>
        </>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
