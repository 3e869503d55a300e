// Jest loads this file outside its module mapping, so it uses the built code
// (`npm test` builds first). Once per run: a template database with every
// migration applied; each test file clones it (CREATE DATABASE ... TEMPLATE),
// which is much faster than migrating a database per file.
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../../dist/apps/api/src/config/app-config.js';
import { startEmbeddedPostgres } from '../../dist/apps/api/src/database/embedded-postgres.js';
import { applyMigrations } from '../../dist/apps/api/src/database/migrator.js';
import { ensureAppRole } from '../../dist/apps/api/src/database/database.js';

export const TEMPLATE_DATABASE = 'ledger_test_template';
/** Must match test/support/database-server.ts: the role test apps connect as, a member of ledger_writer. */
export const TEST_APP_ROLE = 'ledger_test_app';

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  let embedded = null;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(PROJECT_ROOT, '.data/test-postgres'),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54331),
    });
    adminUrl = embedded.urlFor('postgres');
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ledger_test_file_%'`,
    );
    for (const row of rows)
      await client.query(
        `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(row.datname)} WITH (FORCE)`,
      );
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await client.end();
  }
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await applyMigrations(templateUrl.toString());
  await ensureAppRole(templateUrl.toString(), TEST_APP_ROLE, TEST_APP_ROLE);
  process.env.LEDGER_TEST_SERVER_URL = adminUrl;
  globalThis.ledgerTestServer = embedded;
}
