import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT, readInt } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { applyMigrations } from './migrator.js';

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL with its data in
 * ./.data. Either way the migrations are applied before the URL is returned.
 */
export async function openDatabase(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => undefined,
): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: () => Promise.resolve() };
  }
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(PROJECT_ROOT, '.data'), 'postgres');
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = await startEmbeddedPostgres({
    dataDir,
    port: readInt(env, 'EMBEDDED_PG_PORT', 54329),
    log,
  });
  try {
    await ensureDatabase(server.urlFor('postgres'), 'ledger');
    const url = server.urlFor('ledger');
    await applyMigrations(url);
    return { url, embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export async function ensureDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`);
  } finally {
    await client.end();
  }
}
