import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseSettings } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { applyMigrations } from './migrator.js';

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The login role the service uses on the embedded server: a member of ledger_writer, nothing more. */
const EMBEDDED_APP_ROLE = 'ledger_app';

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL with its data in
 * DATA_DIR. Either way the migrations are applied (as MIGRATION_DATABASE_URL's
 * role when it is set: the tables' owner) before the URL is returned. On the
 * embedded server the service connects as a role that may only read and append
 * to the ledger's events; with DATABASE_URL, a role that could rewrite history
 * is warned about.
 */
export async function openDatabase(
  settings: DatabaseSettings,
  log: (line: string) => void = () => undefined,
): Promise<RunningDatabase> {
  if (settings.url) {
    await applyMigrations(settings.migrationUrl ?? settings.url);
    const role = await roleThatCanRewriteHistory(settings.url);
    if (role !== null)
      log(
        `warning: DATABASE_URL connects as "${role}", which can disable the ledger's append-only ` +
          'triggers; connect as a member of the role ledger_writer and give the owner as ' +
          'MIGRATION_DATABASE_URL (see the README, "Production database")',
      );
    return { url: settings.url, embedded: false, stop: () => Promise.resolve() };
  }
  const dataDir = settings.embeddedDataDir;
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir, port: settings.embeddedPort, log });
  try {
    await ensureDatabase(server.urlFor('postgres'), 'ledger');
    const ownerUrl = server.urlFor('ledger');
    await applyMigrations(ownerUrl);
    const password = await appRolePassword(
      path.join(path.dirname(dataDir), 'postgres-app-password'),
    );
    await ensureAppRole(ownerUrl, EMBEDDED_APP_ROLE, password);
    const url = new URL(ownerUrl);
    url.username = EMBEDDED_APP_ROLE;
    url.password = password;
    return { url: url.toString(), embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** A login role that is a member of ledger_writer and nothing else, with this password. */
export async function ensureAppRole(
  ownerUrl: string,
  role: string,
  password: string,
): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const name = pg.escapeIdentifier(role);
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (!rowCount) await client.query(`CREATE ROLE ${name} LOGIN`);
    await client.query(`ALTER ROLE ${name} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    await client.query(`GRANT ledger_writer TO ${name}`);
  } finally {
    await client.end();
  }
}

/** The embedded app role's password, made once and kept beside the data (owner-only). */
async function appRolePassword(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('hex');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/**
 * The role a URL connects as when that role could disable or skip the append-only
 * triggers of ledger_events (a superuser, or the table's owner); null otherwise.
 */
export async function roleThatCanRewriteHistory(databaseUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; can: boolean }>(
      `SELECT current_user AS role,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
              OR pg_has_role(current_user, t.tableowner, 'USAGE') AS can
         FROM pg_tables t WHERE t.schemaname = 'public' AND t.tablename = 'ledger_events'`,
    );
    return rows[0]?.can ? rows[0].role : null;
  } finally {
    await client.end();
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
