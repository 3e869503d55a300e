import { Timestamp } from './Timestamp';
import { plural } from '../labels';
import type { HistoryEntry } from '../types';
import { ErrorMessage } from './ErrorMessage';

/** The claim's events in the ledger, oldest first, each with who did what and when. */
export function HistoryTimeline({
  entries,
  error,
}: {
  entries: HistoryEntry[] | null;
  error: string | null;
}) {
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">History{entries && ` (${plural(entries.length, 'event')})`}</h3>
      <ErrorMessage error={error} />
      {entries === null && !error && <p className="loading">Loading…</p>}
      <ol className="timeline">
        {entries?.map((entry) => (
          <li key={entry.seq}>
            <Timestamp at={entry.at} />
            <span className="summary">{entry.summary}</span>
            <span className="seq">event #{entry.seq}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
