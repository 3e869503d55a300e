import { Timestamp } from '../components/Timestamp';
import { useState, type FormEvent } from 'react';
import { errorText, exportLedger, getLedgerPublicKey } from '../api';
import { useAnnounce } from '../announce';
import { ErrorMessage } from '../components/ErrorMessage';
import { errorOf, useLatestDocuments, useLedgerEvents, useLedgerHead } from '../queries';
import { documentHref } from '../router';
import { saveFile } from '../saveFile';
import { useSession } from '../session';
import type { ExportFilters, LedgerEvent } from '../types';

/** The actions the ledger records, for the export's action filter. */
const ACTIONS = [
  'document.ingested',
  'claim.extracted',
  'claim.created',
  'claim.corrected',
  'claim.start-review',
  'claim.set-verdict',
  'claim.reopen',
  'claim.reject',
  'claim.restore',
  'claim.assigned',
  'flag.raised',
  'flag.updated',
  'flag.resolved',
  'flag.dismissed',
  'flag.reopened',
  'comment.added',
  'evidence.added',
  'relation.created',
  'relation.removed',
  'member.added',
  'key.created',
  'key.revoked',
];

const PUBLIC_KEY_FILE = 'ledger-public-key.pem';
const checkpointFile = (seq: number) => `checkpoint-seq-${seq}.json`;

async function downloadPublicKey(): Promise<void> {
  const { publicKey } = await getLedgerPublicKey();
  saveFile(new Blob([publicKey], { type: 'application/x-pem-file' }), PUBLIC_KEY_FILE);
}

/** The head of the review history's hash chain, and its export (NDJSON, CSV) with filters. */
export function AuditScreen() {
  const { can } = useSession();
  const head = useLedgerHead();
  return (
    <div className="audit-screen">
      <h1>Audit</h1>
      <section className="card" aria-labelledby="head-title">
        <h2 id="head-title">Ledger head</h2>
        <p>
          Write the head down somewhere else: an export that ends with the same hash has not been
          altered.
        </p>
        <ErrorMessage error={errorOf(head)} />
        {head.data && (
          <dl className="details">
            <div>
              <dt>Sequence</dt>
              <dd>{head.data.seq}</dd>
            </div>
            <div>
              <dt>Hash</dt>
              <dd className="hash">{head.data.hash}</dd>
            </div>
            <div>
              <dt>At</dt>
              <dd>
                <Timestamp at={head.data.at} />
              </dd>
            </div>
            {head.data.signature && (
              <div>
                <dt>Signature</dt>
                <dd className="hash">{head.data.signature}</dd>
              </div>
            )}
          </dl>
        )}
        <div className="actions">
          <button type="button" onClick={() => void head.refetch()}>
            Refresh the head
          </button>
          {head.data && (
            <button
              type="button"
              onClick={() =>
                saveFile(
                  new Blob([`${JSON.stringify(head.data, null, 2)}\n`], {
                    type: 'application/json',
                  }),
                  checkpointFile(head.data.seq),
                )
              }
            >
              Download the checkpoint
            </button>
          )}
          <button type="button" onClick={() => void downloadPublicKey()}>
            Download the public key
          </button>
        </div>
        {head.data && (
          <>
            <p>Check an export against them (the signed head proves the chain up to it):</p>
            <pre className="command">
              <code>
                npm run -s ledger -- verify EXPORT-FILE --checkpoint {checkpointFile(head.data.seq)}{' '}
                --public-key {PUBLIC_KEY_FILE}
              </code>
            </pre>
          </>
        )}
      </section>
      {can.export ? (
        <ExportForm />
      ) : (
        <p>Exports of the review history are open to editors, auditors and admins.</p>
      )}
    </div>
  );
}

function ExportForm() {
  const { members } = useSession();
  const announce = useAnnounce();
  // The filter offers the latest 100 articles; older ones are rarely audited one by one.
  const documents = useLatestDocuments();
  const [filters, setFilters] = useState({ from: '', to: '', document: '', actor: '', action: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: keyof typeof filters) => (event: { target: { value: string } }) =>
    setFilters({ ...filters, [name]: event.target.value });

  const chosen = (): ExportFilters => ({
    from: filters.from ? new Date(filters.from).toISOString() : undefined,
    to: filters.to ? new Date(filters.to).toISOString() : undefined,
    documentId: filters.document || undefined,
    actorId: filters.actor || undefined,
    action: filters.action || undefined,
  });

  async function download(format: 'ndjson' | 'csv') {
    setBusy(true);
    setError(null);
    const query = chosen();
    try {
      const { blob, filename } = await exportLedger(format, query);
      if (await isEmptyExport(blob, format)) {
        setError('Nothing matches these filters: no file was saved.');
        return;
      }
      saveFile(blob, filename);
      announce(`Exported ${filename}.`);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void download('ndjson');
  }

  const [listed, setListed] = useState<ExportFilters | null>(null);

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Export the review history</h2>
      <form className="stack" onSubmit={submit}>
        <fieldset>
          <legend>Filters (all optional)</legend>
          <div className="field-row">
            <div className="field">
              <label htmlFor="export-from">From</label>
              <input
                id="export-from"
                type="datetime-local"
                value={filters.from}
                onChange={set('from')}
              />
            </div>
            <div className="field">
              <label htmlFor="export-to">Before</label>
              <input id="export-to" type="datetime-local" value={filters.to} onChange={set('to')} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="export-document">Document</label>
            <select id="export-document" value={filters.document} onChange={set('document')}>
              <option value="">All documents</option>
              {documents.data?.items.map((document) => (
                <option key={document.id} value={document.id}>
                  {document.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="export-actor">Member</label>
              <select id="export-actor" value={filters.actor} onChange={set('actor')}>
                <option value="">Everyone</option>
                {members.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name} ({member.role})
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="export-action">Action</label>
              <select id="export-action" value={filters.action} onChange={set('action')}>
                <option value="">All actions</option>
                {ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {action}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Export NDJSON
          </button>
          <button type="button" disabled={busy} onClick={() => void download('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={() => setListed(chosen())}>
            Show the events
          </button>
        </div>
      </form>
      {listed && <EventList filters={listed} />}
    </section>
  );
}

/** An export without a single event: NDJSON of no line, or CSV of its header alone. */
async function isEmptyExport(blob: Blob, format: 'ndjson' | 'csv'): Promise<boolean> {
  if (format === 'ndjson') return blob.size === 0;
  // A header is a few hundred bytes; a file with events is read no further.
  if (blob.size > 1024) return false;
  return (await blob.text()).trim().split(/\r?\n/).length <= 1;
}

/** The events the filters select, a page at a time, each opening its claim or flag. */
function EventList({ filters }: { filters: ExportFilters }) {
  const { members } = useSession();
  const events = useLedgerEvents(filters);
  const who = (event: LedgerEvent) =>
    members.find((member) => member.userId === event.actor.id)?.name ?? event.actor.role;
  return (
    <section aria-labelledby="events-title">
      <h3 id="events-title">Events</h3>
      <ErrorMessage error={events.error} />
      {events.items?.length === 0 && <p className="muted">Nothing matches these filters.</p>}
      <ol className="plain event-list">
        {events.items?.map((event) => (
          <li key={event.seq}>
            <span className="muted">#{event.seq}</span> <Timestamp at={event.at} /> · {who(event)} ·{' '}
            <code>{event.action}</code> · <SubjectLink event={event} />
          </li>
        ))}
      </ol>
      {events.more && (
        <button type="button" onClick={events.more}>
          Show more events
        </button>
      )}
    </section>
  );
}

function SubjectLink({ event }: { event: LedgerEvent }) {
  const { type, id } = event.subject;
  if (event.documentId && (type === 'claim' || type === 'flag'))
    return (
      <a href={documentHref(event.documentId, type === 'claim' ? { claim: id } : { flag: id })}>
        the {type}
      </a>
    );
  if (event.documentId && type === 'document')
    return <a href={documentHref(event.documentId)}>the article</a>;
  return <span>{type}</span>;
}
