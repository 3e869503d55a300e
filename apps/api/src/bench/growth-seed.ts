/**
 * Fills a workspace to a number of documents fast: copies of ingests the
 * service made, every id made new, written with COPY. The copies' ledger events
 * keep their sequence numbers in order but not a valid hash chain (nothing the
 * growth benchmark measures reads it; the export and verify benchmarks use a
 * workspace of their own).
 */
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchWorkspace } from './bench-workspaces.js';
import {
  INGEST_TABLES,
  textClient,
  type IngestRows,
  type Row,
  type WorkspaceRows,
} from './workspace-rows.js';

/** Columns holding the id of a row written by an ingest: a copy gets new ones. */
const ID_COLUMNS = new Set([
  'id',
  'document_id',
  'document_version_id',
  'relation_id',
  'claim_id',
  'flag_id',
  'conversion_of_id',
]);
const USER_COLUMNS = new Set(['created_by', 'actor_id']);
const COPIES_PER_TRANSACTION = 500;

/** A value in COPY's text format. */
export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/** An ingest's rows for another workspace, with new ids and the seqs after `seq`. */
function copyOf(
  source: IngestRows,
  columns: Map<string, string[]>,
  target: BenchWorkspace,
  seq: { last: number },
): IngestRows {
  const ids = new Map<string, string>();
  const newId = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = randomUUID()));
    return id;
  };
  const copy: IngestRows = new Map();
  for (const table of INGEST_TABLES) {
    const names = columns.get(table)!;
    const rows = source.get(table) ?? [];
    copy.set(
      table,
      rows.map((row) =>
        row.map((value, i): string | null => {
          const name = names[i];
          if (value === null) return null;
          if (name === 'workspace_id') return target.id;
          if (USER_COLUMNS.has(name)) return target.userId;
          if (ID_COLUMNS.has(name)) return newId(value);
          if (table === 'ledger_events' && name === 'seq') return String(++seq.last);
          if (table === 'ledger_events' && name === 'subject_id') return ids.get(value) ?? value;
          return value;
        }),
      ),
    );
  }
  return copy;
}

async function copyRows(
  client: ReturnType<typeof textClient>,
  table: string,
  columns: string[],
  rows: Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const lines = (function* () {
    for (const row of rows) yield `${row.map(copyText).join('\t')}\n`;
  })();
  await pipeline(
    Readable.from(lines),
    client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`)),
  );
}

/** `count` copies of the source's ingests (in turn) into the workspace. */
export async function seedCopies(
  url: string,
  source: WorkspaceRows,
  target: BenchWorkspace,
  count: number,
): Promise<void> {
  const client = textClient(url);
  await client.connect();
  try {
    const head = await client.query<{ seq: string | null }>(
      'SELECT max(seq) AS seq FROM ledger_events WHERE workspace_id = $1',
      [target.id],
    );
    const seq = { last: Number(head.rows[0].seq ?? 0) };
    for (let first = 0; first < count; first += COPIES_PER_TRANSACTION) {
      const copies: IngestRows[] = [];
      for (let i = first; i < Math.min(count, first + COPIES_PER_TRANSACTION); i++)
        copies.push(copyOf(source.ingests[i % source.ingests.length], source.columns, target, seq));
      await client.query('BEGIN');
      for (const table of INGEST_TABLES)
        await copyRows(
          client,
          table,
          source.columns.get(table)!,
          copies.flatMap((c) => c.get(table) ?? []),
        );
      await client.query('COMMIT');
    }
    await client.query(`ANALYZE ${INGEST_TABLES.join(', ')}`);
  } finally {
    await client.end();
  }
}
