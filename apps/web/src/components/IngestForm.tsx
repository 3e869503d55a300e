import { useEffect, useState, type FormEvent } from 'react';
import { errorText } from '../api';
import { useAnnounce } from '../announce';
import { plural } from '../labels';
import { useIngestDocument } from '../mutations';
import { documentHref, navigate } from '../router';
import { ErrorMessage } from './ErrorMessage';

const EMPTY = { title: '', publisher: '', sourceUrl: '', publishedAt: '', text: '' };

/** Paste an article: the API extracts its claims and runs the checks, then the article opens. */
export function IngestForm() {
  const announce = useAnnounce();
  const ingest = useIngestDocument();
  const [fields, setFields] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // While the server reads a long article: how long it has been at it, so the page is seen to work.
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!busy) return;
    setSeconds(0);
    const timer = window.setInterval(() => setSeconds((count) => count + 1), 1000);
    return () => window.clearInterval(timer);
  }, [busy]);
  const size = new Blob([fields.text]).size;

  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { document, created } = await ingest.mutateAsync({
        title: fields.title.trim(),
        text: fields.text,
        publisher: fields.publisher.trim() || undefined,
        sourceUrl: fields.sourceUrl.trim() || undefined,
        publishedAt: fields.publishedAt ? new Date(fields.publishedAt).toISOString() : undefined,
      });
      announce(
        created
          ? `Ingested “${document.title}”: ${plural(document.claims.length, 'claim')}, ${plural(document.flags.length, 'flag')}.`
          : `This text is already in the ledger as “${document.title}”.`,
      );
      navigate(documentHref(document.id));
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="ingest-title">
      <h2 id="ingest-title">Ingest an article</h2>
      <form onSubmit={(event) => void submit(event)} className="stack">
        <div className="field">
          <label htmlFor="ingest-title-input">Title</label>
          <input id="ingest-title-input" required value={fields.title} onChange={set('title')} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ingest-publisher">Publisher (optional)</label>
            <input id="ingest-publisher" value={fields.publisher} onChange={set('publisher')} />
          </div>
          <div className="field">
            <label htmlFor="ingest-published">Published (optional)</label>
            <input
              id="ingest-published"
              type="date"
              value={fields.publishedAt}
              onChange={set('publishedAt')}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="ingest-url">Source URL (optional)</label>
          <input id="ingest-url" type="url" value={fields.sourceUrl} onChange={set('sourceUrl')} />
        </div>
        <div className="field">
          <label htmlFor="ingest-text">Text</label>
          <textarea
            id="ingest-text"
            required
            rows={10}
            value={fields.text}
            onChange={set('text')}
          />
        </div>
        <ErrorMessage error={error} />
        {busy && (
          <div className="ingest-progress" role="status">
            <progress aria-label="Ingesting the article" />
            <p>
              Sending {formatSize(size)}, extracting its claims and running the checks
              {seconds > 0 ? ` (${seconds} s)` : ''}…
            </p>
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Ingesting…' : 'Ingest'}
        </button>
      </form>
    </section>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
}
