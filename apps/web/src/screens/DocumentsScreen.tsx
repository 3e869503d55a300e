import { useState, type FormEvent } from 'react';
import { CountList } from '../components/CountList';
import { ErrorMessage } from '../components/ErrorMessage';
import { IngestForm } from '../components/IngestForm';
import {
  formatDate,
  SEVERITIES,
  SEVERITY_LABELS,
  SEVERITY_SYMBOLS,
  STATUS_LABELS,
  STATUS_SYMBOLS,
  STATUSES,
} from '../labels';
import { useDocumentList } from '../queries';
import { documentHref } from '../router';
import { useSession } from '../session';
import type { DocumentSummary } from '../types';

/** The workspace's articles with their tallies; search by title; ingest a new one. */
export function DocumentsScreen() {
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const documents = useDocumentList(q);

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    setQ(search.trim());
  }

  return (
    <div className="documents-screen">
      <h1>Documents</h1>
      <form role="search" className="search" onSubmit={submitSearch}>
        <label htmlFor="document-search">Search titles</label>
        <input
          id="document-search"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="submit">Search</button>
      </form>
      <ErrorMessage error={documents.error} />
      {documents.items?.length === 0 && (
        <p>{q ? `No article’s title contains “${q}”.` : 'No articles yet.'}</p>
      )}
      <ul className="document-list">
        {documents.items?.map((document) => (
          <DocumentItem key={document.id} document={document} />
        ))}
      </ul>
      {documents.more && (
        <button type="button" onClick={documents.more}>
          Show more articles
        </button>
      )}
      {can.submit && <IngestForm />}
    </div>
  );
}

function DocumentItem({ document }: { document: DocumentSummary }) {
  const date = document.publishedAt
    ? `Published ${formatDate(document.publishedAt)}`
    : `Added ${formatDate(document.createdAt)}`;
  return (
    <li className="card document-item">
      <h2>
        <a href={documentHref(document.id)}>{document.title}</a>
      </h2>
      <p className="meta">
        {document.publisher && <span>{document.publisher} · </span>}
        {date}
      </p>
      <CountList
        label="Claims"
        empty="no claims"
        entries={STATUSES.map((status) => ({
          key: status,
          className: `status-${status}`,
          symbol: STATUS_SYMBOLS[status],
          label: STATUS_LABELS[status],
          count: document.claimsByStatus[status] ?? 0,
        }))}
      />
      <CountList
        label="Open flags"
        empty="none"
        entries={SEVERITIES.map((severity) => ({
          key: severity,
          className: `severity-${severity}`,
          symbol: SEVERITY_SYMBOLS[severity],
          label: SEVERITY_LABELS[severity],
          count: document.openFlagsBySeverity[severity] ?? 0,
        }))}
      />
    </li>
  );
}
