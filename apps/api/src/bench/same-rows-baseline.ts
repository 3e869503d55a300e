/**
 * The write baseline of ingest: the rows the service wrote for a workspace,
 * written again into the floor database with plain `pg`, one transaction an
 * article with a multi-row INSERT a table, from as many clients as the service had.
 */
import pg from 'pg';
import type { Services } from './bench-context.js';
import {
  countRows,
  insertIngest,
  insertRows,
  readWorkspaceRows,
  textClient,
  type WorkspaceRows,
} from './workspace-rows.js';

export interface SameRowsRun {
  seconds: number;
  ingests: number;
  rows: number;
  claims: number;
  /** Time in each table's INSERTs and in COMMIT, all clients added up. */
  msByTable: Record<string, number>;
}

export async function readServiceRows(
  services: Services,
  workspaceId: string,
): Promise<WorkspaceRows> {
  return readWorkspaceRows(services.databases.ownerUrl, workspaceId);
}

export async function writeSameRows(
  services: Services,
  rows: WorkspaceRows,
  clients: number,
): Promise<SameRowsRun> {
  const setup = textClient(services.databases.floorUrl);
  await setup.connect();
  try {
    for (const table of rows.setup) await insertRows(setup, table.table, table.columns, table.rows);
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString: services.databases.floorUrl, max: clients });
  try {
    // Connections opened before the clock starts, as the service's pool is.
    const warm = await Promise.all(Array.from({ length: clients }, () => pool.connect()));
    for (const client of warm) client.release();
    let next = 0;
    const msByTable: Record<string, number> = {};
    const started = performance.now();
    const writer = async () => {
      while (next < rows.ingests.length) {
        const ingest = rows.ingests[next++];
        const client = await pool.connect();
        try {
          await insertIngest(client, rows.columns, ingest, msByTable);
        } finally {
          client.release();
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, writer));
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds,
      ingests: rows.ingests.length,
      rows: countRows(rows.ingests),
      claims: rows.ingests.reduce((sum, ingest) => sum + (ingest.get('claims')?.length ?? 0), 0),
      msByTable,
    };
  } finally {
    await pool.end();
  }
}
