/**
 * The rows the service wrote for a workspace, read back as text and grouped by
 * the ingest that wrote them, so that a baseline can write "the same rows"
 * without the service, and the growth benchmark can copy them to fill a workspace.
 */
import pg from 'pg';

/** The tables an ingest writes, in an order that satisfies their foreign keys. */
export const INGEST_TABLES = [
  'documents',
  'document_versions',
  'claims',
  'claim_relations',
  'claim_relation_members',
  'flags',
  'flag_claims',
  'ledger_events',
] as const;
export type IngestTable = (typeof INGEST_TABLES)[number];

/** The workspace itself and its members: written once, before any ingest. */
const SETUP_TABLES = ['workspaces', 'users', 'memberships', 'api_keys'] as const;

export type Row = Array<string | null>;

export interface TableRows {
  table: string;
  columns: string[];
  rows: Row[];
}

/** The rows of one ingest: a document and everything its transaction wrote. */
export type IngestRows = Map<IngestTable, Row[]>;

export interface WorkspaceRows {
  columns: Map<string, string[]>;
  /** The workspace, its members and its events before the first document. */
  setup: TableRows[];
  /** One entry per ingest, in the order the ingests committed. */
  ingests: IngestRows[];
}

/** A client that leaves every value as PostgreSQL's text: read back, it is written back unchanged. */
export function textClient(url: string): pg.Client {
  return new pg.Client({
    connectionString: url,
    types: { getTypeParser: () => (value: string) => value },
  });
}

async function readTable(client: pg.Client, sql: string, values: unknown[]): Promise<TableRows> {
  const result = await client.query({ text: sql, values, rowMode: 'array' });
  return { table: '', columns: result.fields.map((f) => f.name), rows: result.rows as Row[] };
}

export async function readWorkspaceRows(url: string, workspaceId: string): Promise<WorkspaceRows> {
  const client = textClient(url);
  await client.connect();
  try {
    const columns = new Map<string, string[]>();
    const tables = new Map<string, TableRows>();
    for (const table of [...SETUP_TABLES, ...INGEST_TABLES]) {
      const key = table === 'workspaces' ? 'id' : 'workspace_id';
      const order = table === 'ledger_events' ? ' ORDER BY seq' : '';
      const read = await readTable(client, `SELECT * FROM ${table} WHERE ${key} = $1${order}`, [
        workspaceId,
      ]);
      columns.set(table, read.columns);
      tables.set(table, { ...read, table });
    }
    return { columns, ...groupByIngest(tables) };
  } finally {
    await client.end();
  }
}

/**
 * Each ingest appends its events as one run of seqs that starts with its
 * document.ingested event; every row is put with the ingest whose events name it.
 */
function groupByIngest(tables: Map<string, TableRows>): Omit<WorkspaceRows, 'columns'> {
  const events = tables.get('ledger_events')!;
  const col = (table: string, name: string) => tables.get(table)!.columns.indexOf(name);
  const [action, subjectId] = [col('ledger_events', 'action'), col('ledger_events', 'subject_id')];
  const ingestOf = new Map<string, number>();
  const ingests: IngestRows[] = [];
  const setupEvents: Row[] = [];
  for (const event of events.rows) {
    if (event[action] === 'document.ingested') ingests.push(new Map([['ledger_events', []]]));
    const current = ingests[ingests.length - 1];
    if (!current) {
      setupEvents.push(event);
      continue;
    }
    current.get('ledger_events')!.push(event);
    ingestOf.set(event[subjectId]!, ingests.length - 1);
  }
  const documentOf = (table: string, row: Row) => ingestOf.get(row[col(table, 'document_id')]!);
  const ingestOfFlag = new Map<string, number>();
  const placeBy: Record<Exclude<IngestTable, 'ledger_events'>, (row: Row) => number | undefined> = {
    documents: (row) => ingestOf.get(row[col('documents', 'id')]!),
    document_versions: (row) => documentOf('document_versions', row),
    claims: (row) => documentOf('claims', row),
    claim_relations: (row) => documentOf('claim_relations', row),
    claim_relation_members: (row) =>
      ingestOf.get(row[col('claim_relation_members', 'relation_id')]!),
    // A flag goes with its document's ingest (another document's ingest may have raised it):
    // replayed concurrently, its rows then never come before their document's.
    flags: (row) => {
      const ingest = documentOf('flags', row);
      if (ingest !== undefined) ingestOfFlag.set(row[col('flags', 'id')]!, ingest);
      return ingest;
    },
    flag_claims: (row) => ingestOfFlag.get(row[col('flag_claims', 'flag_id')]!),
  };
  for (const [table, place] of Object.entries(placeBy) as Array<
    [IngestTable, (row: Row) => number | undefined]
  >) {
    for (const row of tables.get(table)!.rows) {
      const ingest = ingests[place(row) ?? -1];
      if (!ingest) continue; // a row no ingest wrote (a manual claim): not part of the workload
      const rows = ingest.get(table) ?? [];
      rows.push(row);
      ingest.set(table, rows);
    }
  }
  const setup = SETUP_TABLES.map((table) => tables.get(table)!);
  setup.push({ ...events, rows: setupEvents });
  return { setup, ingests };
}

/** The most parameters one statement may have in PostgreSQL's protocol. */
const MAX_PARAMETERS = 65_535;
/** Larger statements take longer to parse and plan than they save in round trips. */
const ROWS_PER_STATEMENT = 500;

/** Rows into a table with multi-row INSERT statements, as many rows a statement as fit. */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: string[],
  rows: Row[],
): Promise<void> {
  const perStatement = Math.max(
    1,
    Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)),
  );
  const names = columns.map((c) => pg.escapeIdentifier(c)).join(', ');
  for (let first = 0; first < rows.length; first += perStatement) {
    const batch = rows.slice(first, first + perStatement);
    const tuples = batch.map(
      (_row, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
    );
    await client.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')}`, batch.flat());
  }
}

/** One ingest's rows in one transaction, a multi-row INSERT a table; `msByTable` adds up the time of each. */
export async function insertIngest(
  client: pg.ClientBase,
  columns: Map<string, string[]>,
  ingest: IngestRows,
  msByTable: Record<string, number> = {},
): Promise<void> {
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    msByTable[name] = (msByTable[name] ?? 0) + performance.now() - started;
  };
  await client.query('BEGIN');
  try {
    for (const table of INGEST_TABLES) {
      const rows = ingest.get(table);
      if (rows?.length)
        await timed(table, () => insertRows(client, table, columns.get(table)!, rows));
    }
    await timed('COMMIT', () => client.query('COMMIT'));
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export function countRows(ingests: IngestRows[]): number {
  let count = 0;
  for (const ingest of ingests) for (const rows of ingest.values()) count += rows.length;
  return count;
}
