import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import { envWithout, runCli, runCliWithClosedStdout, startServer } from './support/cli.js';
import { createTestDatabase } from './support/test-app.js';

describe('the ledger command', () => {
  let database: { url: string; drop(): Promise<void> };
  let env: NodeJS.ProcessEnv;
  let sql: pg.Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { ...envWithout('DATABASE_URL'), DATABASE_URL: database.url, LOG_LEVEL: 'warn' };
    sql = new pg.Pool({ connectionString: database.url, max: 1 });
  });
  afterAll(async () => {
    await sql.end();
    await database.drop();
  });

  it('creates a workspace, refuses a duplicate', async () => {
    const created = await runCli(
      ['admin', 'create-workspace', 'gazette', '--name', 'The Gazette'],
      env,
    );
    expect(created).toMatchObject({ code: 0, stdout: '' });
    expect(created.stderr).toMatch(/created workspace gazette/);
    const again = await runCli(['admin', 'create-workspace', 'gazette'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('creates a member and prints the key once, on stdout alone', async () => {
    const res = await runCli(
      ['admin', 'create-user', '--workspace', 'gazette', '--name', 'Eve', '--role', 'editor'],
      env,
    );
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^clk_[A-Za-z0-9_-]{43}$/);
    const { rows } = await sql.query('SELECT key_hash FROM api_keys');
    expect(JSON.stringify(rows)).not.toContain(res.stdout.trim());
  });

  it('refuses an unknown role and an unknown workspace', async () => {
    const role = await runCli(
      ['admin', 'create-user', '--workspace', 'gazette', '--name', 'X', '--role', 'boss'],
      env,
    );
    expect(role.code).not.toBe(0);
    expect(role.stderr).toMatch(/boss/);
    const workspace = await runCli(
      ['admin', 'create-user', '--workspace', 'nowhere', '--name', 'X', '--role', 'editor'],
      env,
    );
    expect(workspace.code).toBe(1);
    expect(workspace.stderr).toMatch(/workspace nowhere not found/);
  });

  it('revokes a key by its prefix', async () => {
    const created = await runCli(
      ['admin', 'create-user', '--workspace', 'gazette', '--name', 'Temp', '--role', 'reporter'],
      env,
    );
    const prefix = created.stdout.trim().slice(0, 12);
    const res = await runCli(['admin', 'revoke-key', prefix], env);
    expect(res).toMatchObject({ code: 0, stdout: '' });
    expect(res.stderr).toMatch(`revoked ${prefix}`);
    const { rows } = await sql.query('SELECT revoked_at FROM api_keys WHERE prefix = $1', [prefix]);
    expect(rows[0].revoked_at).toBeInstanceOf(Date);
    const again = await runCli(['admin', 'revoke-key', prefix], env);
    expect(again.code).toBe(1);
  });

  it('ingests text files, reporting and skipping the bad ones', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-ingest-'));
    const good = path.join(dir, 'good.txt');
    const crlf = path.join(dir, 'crlf.txt');
    const binary = path.join(dir, 'image.png');
    const latin1 = path.join(dir, 'latin1.txt');
    const blank = path.join(dir, 'blank.txt');
    await writeFile(blank, '  \n\t\n');
    await writeFile(good, 'Council hires 12 wardens\nThe council hired 12 wardens.\n');
    await writeFile(crlf, 'Budget\r\nThe budget rose 5%.\r\n');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(latin1, Buffer.from('caf\xe9 prices', 'latin1'));
    const res = await runCli(
      [
        'ingest',
        '--workspace',
        'gazette',
        good,
        binary,
        path.join(dir, 'missing.txt'),
        latin1,
        blank,
        crlf,
      ],
      env,
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/image\.png: is binary/);
    expect(res.stderr).toMatch(/missing\.txt: no such file/);
    expect(res.stderr).toMatch(/latin1\.txt: is not valid UTF-8/);
    expect(res.stderr).toMatch(/blank\.txt: text holds nothing but white space/);
    expect(res.stderr).toMatch(/ingested .*good\.txt → /);
    expect(res.stderr).toMatch(/2 of 6 files ingested/);
    expect(res.stdout).toBe('');
    const { rows } = await sql.query(
      'SELECT d.title, v.text FROM documents d JOIN document_versions v ON v.document_id = d.id ORDER BY d.title',
    );
    expect(rows).toEqual([
      { title: 'Budget', text: 'Budget\nThe budget rose 5%.\n' },
      {
        title: 'Council hires 12 wardens',
        text: 'Council hires 12 wardens\nThe council hired 12 wardens.\n',
      },
    ]);
    const events = await sql.query(
      `SELECT actor_role FROM ledger_events WHERE action = 'document.ingested'`,
    );
    expect(events.rows).toEqual([{ actor_role: 'system' }, { actor_role: 'system' }]);
  });

  it('exports the history to a file that verifies offline, and names tampering', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-export-'));
    const file = path.join(dir, 'history.ndjson');
    const exported = await runCli(
      ['export', '--workspace', 'gazette', '--format', 'ndjson', '--out', file],
      env,
    );
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    const { rows } = await sql.query<{ n: number; hash: string }>(
      'SELECT count(*)::int AS n, (array_agg(hash ORDER BY seq DESC))[1] AS hash FROM ledger_events',
    );
    expect(exported.stderr).toContain(`wrote ${rows[0].n} events of gazette to ${file}`);
    const verified = await runCli(['verify', file, '--head', rows[0].hash], env);
    expect(verified.stdout.trim()).toBe(`OK ${rows[0].n} events, head ${rows[0].hash}`);
    expect(verified.code).toBe(0);

    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    lines.splice(1, 1);
    await writeFile(file, `${lines.join('\n')}\n`);
    const removed = await runCli(['verify', file], env);
    expect(removed.code).toBe(1);
    expect(removed.stdout + removed.stderr).toMatch(/seq 3/);
  });

  it('exports to standard output when --out is left out or is -, saying so on stderr', async () => {
    const { rows } = await sql.query<{ n: number; hash: string }>(
      'SELECT count(*)::int AS n, (array_agg(hash ORDER BY seq DESC))[1] AS hash FROM ledger_events',
    );
    const exported = await runCli(['export', '--workspace', 'gazette'], env);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`wrote ${rows[0].n} events of gazette to standard output`);
    const lines = exported.stdout.trim().split('\n');
    expect(lines).toHaveLength(rows[0].n);
    expect((JSON.parse(lines[0]) as { seq: number }).seq).toBe(1);

    const dash = await runCli(['export', '--workspace', 'gazette', '--out', '-'], env);
    expect(dash.code).toBe(0);
    expect(dash.stdout).toBe(exported.stdout);

    const file = path.join(await mkdtemp(path.join(tmpdir(), 'ledger-export-')), 'stdout.ndjson');
    await writeFile(file, exported.stdout);
    const verified = await runCli(['verify', file, '--head', rows[0].hash], env);
    expect(verified).toMatchObject({ code: 0 });
  });

  it('stops quietly when its standard output is closed early (`ledger export | head -1`)', async () => {
    const res = await runCliWithClosedStdout(['export', '--workspace', 'gazette'], env);
    expect(res.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(res.code).toBe(0);
  });

  it('filters the export as the API does', async () => {
    const res = await runCli(
      ['export', '--workspace', 'gazette', '--from', '2000-01-01', '--action', 'document.ingested'],
      env,
    );
    expect(res.code).toBe(0);
    const actions = res.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { action: string }).action);
    expect(actions).toEqual(['document.ingested', 'document.ingested']);
  });

  it.each([
    [['--from', 'yesterday'], '--from "yesterday": from must be a valid ISO 8601 date string'],
    [['--to', '2026-02-30T25:00'], '--to "2026-02-30T25:00": to must be a valid ISO 8601'],
    [['--document', '42'], '--document "42": document must be a UUID'],
    [['--actor', 'eve'], '--actor "eve": actor must be a UUID'],
    [['--action', 'x'.repeat(101)], '--action "xxx'],
  ])(
    'refuses an export filter %j with exit code 2, before the database',
    async (filter, message) => {
      // A database that cannot be reached: a command that went as far as it would fail otherwise.
      const unreachable = { ...env, DATABASE_URL: 'postgresql://ledger@127.0.0.1:1/none' };
      const res = await runCli(['export', '--workspace', 'gazette', ...filter], unreachable);
      expect(res).toMatchObject({ code: 2, stdout: '' });
      expect(res.stderr).toContain(`ledger export: ${message}`);
    },
  );

  it('offers to store a corrected article as a version of the one there, and does so with --as-version-of', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-version-'));
    const file = path.join(dir, 'budget.txt');
    const url = 'https://gazette.example/budget';
    const ingest = (...args: string[]) =>
      runCli(['ingest', '--workspace', 'gazette', '--source-url', url, ...args, file], env);
    await writeFile(
      file,
      'Town budget\nThe town spent 40 million on roads and 12 million on parks.\n',
    );
    const first = await ingest();
    expect(first.code).toBe(0);
    const id = /→ ([0-9a-f-]{36})/.exec(first.stderr)?.[1] as string;

    await writeFile(
      file,
      'Town budget\nThe town spent 42 million on roads and 12 million on parks.\n',
    );
    const offered = await ingest();
    expect(offered.code).toBe(2);
    expect(offered.stderr).toContain(
      `a document with this title and source URL is there: ${id} (version 1); run again with --as-version-of ${id}`,
    );
    const stored = await ingest('--as-version-of', id);
    expect(stored.code).toBe(0);
    expect(stored.stderr).toMatch(
      new RegExp(`stored .*budget\\.txt as version 2 of ${id} \\(claims: .*1 changed-value`),
    );
    const again = await ingest('--as-version-of', id);
    expect(again.stderr).toMatch(/already there .* version 2/);
    const { rows } = await sql.query(
      'SELECT number FROM document_versions WHERE document_id = $1 ORDER BY number',
      [id],
    );
    expect(rows).toEqual([{ number: 1 }, { number: 2 }]);

    const both = await runCli(
      ['ingest', '--workspace', 'gazette', '--as-version-of', id, file, file],
      env,
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/name one article: give one file/);
  });

  it('prints its version, read from package.json', async () => {
    const { version } = JSON.parse(
      await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8'),
    ) as { version: string };
    const res = await runCli(['--version'], env);
    expect(res).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('serves the API with /health and the OpenAPI document, and stops on SIGINT', async () => {
    const port = 31_000 + Math.floor(Math.random() * 1000);
    const server = await startServer({ ...env, PORT: String(port) });
    try {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' } },
      });
      const docs = await fetch(`http://127.0.0.1:${port}/docs`);
      expect(docs.status).toBe(200);
      const openApi = (await (await fetch(`http://127.0.0.1:${port}/docs-json`)).json()) as {
        paths: Record<string, unknown>;
      };
      expect(Object.keys(openApi.paths)).toEqual(
        expect.arrayContaining(['/v1/documents', '/v1/claims/{id}', '/v1/ledger/head', '/health']),
      );
    } finally {
      server.child.kill('SIGINT');
    }
    expect(await server.exited).toBe(0);
  });
});
