import pg from 'pg';
import { roleThatCanRewriteHistory } from '../apps/api/src/database/database.js';
import { envWithout, runCli } from './support/cli.js';
import { createNewsroom, submitSeedArticle } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The service's own database role may read the ledger and append to it, and
 * nothing else: it can neither change nor delete an event, nor switch off or
 * skip the triggers that refuse such changes.
 */
describe("the ledger's append-only promise against the service's own credentials", () => {
  let t: TestApp;
  let asService: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    await submitSeedArticle(t, await createNewsroom(t.app));
    asService = new pg.Client({ connectionString: t.databaseUrl });
    await asService.connect();
  });
  afterAll(async () => {
    await asService.end();
    await t.close();
  });

  it.each([
    ['change an event', `UPDATE ledger_events SET action = 'forged'`, /permission denied/],
    ['delete an event', 'DELETE FROM ledger_events', /permission denied/],
    ['truncate the ledger', 'TRUNCATE ledger_events', /permission denied/],
    ['switch the triggers off', 'ALTER TABLE ledger_events DISABLE TRIGGER ALL', /must be owner/],
    ['skip the triggers', 'SET session_replication_role = replica', /permission denied/],
  ])('refuses the service role to %s', async (_what, sql, refusal) => {
    await expect(asService.query(sql)).rejects.toThrow(refusal);
  });

  it('lets the service role read and append, as the app does', async () => {
    const { rows } = await asService.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM ledger_events',
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('says which connections could rewrite history: the owner, not the service role', async () => {
    expect(await roleThatCanRewriteHistory(t.databaseUrl)).toBeNull();
    const owner = (await t.sql.query<{ role: string }>('SELECT current_user AS role')).rows[0].role;
    const ownerUrl = new URL(t.databaseUrl);
    ownerUrl.username = owner;
    ownerUrl.password = owner === 'postgres' ? 'postgres' : '';
    expect(await roleThatCanRewriteHistory(ownerUrl.toString())).toBe(owner);
  });

  it('warns at start when DATABASE_URL connects as a role that could rewrite history', async () => {
    const owner = (await t.sql.query<{ role: string }>('SELECT current_user AS role')).rows[0].role;
    const ownerUrl = new URL(t.databaseUrl);
    ownerUrl.username = owner;
    ownerUrl.password = owner === 'postgres' ? 'postgres' : '';
    const asOwner = await runCli(['admin', 'create-workspace', 'owner-run'], {
      ...envWithout('DATABASE_URL', 'MIGRATION_DATABASE_URL'),
      DATABASE_URL: ownerUrl.toString(),
    });
    expect(asOwner.stderr).toContain(`DATABASE_URL connects as "${owner}"`);
    const asServiceRole = await runCli(['admin', 'create-workspace', 'service-run'], {
      ...envWithout('DATABASE_URL', 'MIGRATION_DATABASE_URL'),
      DATABASE_URL: t.databaseUrl,
      MIGRATION_DATABASE_URL: ownerUrl.toString(),
    });
    expect(asServiceRole.code).toBe(0);
    expect(asServiceRole.stderr).not.toContain('append-only');
  });
});
