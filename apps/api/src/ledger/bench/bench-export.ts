/**
 * npm run bench:export — seeds a workspace with N ledger events (default
 * 1,000,000; BENCH_EVENTS to change), starts the API as its own process and
 * streams GET /v1/ledger/export through HTTP, sampling the server's resident
 * memory while it streams. Memory should stay flat whatever N is.
 *
 * Uses DATABASE_URL when set (a scratch database is created on that server and
 * dropped at the end), otherwise an embedded PostgreSQL in .data/bench-postgres.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { generateApiKey } from '../../auth/api-key.js';
import { PROJECT_ROOT } from '../../config/app-config.js';
import { startEmbeddedPostgres } from '../../database/embedded-postgres.js';
import { applyMigrations } from '../../database/migrator.js';
import { GENESIS_HASH, sealEvent } from '../../chain/ledger-hash.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const BATCH = 5_000;
const PORT = Number(process.env.BENCH_PORT ?? 39_123);

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(PROJECT_ROOT, '.data/bench-postgres'),
        port: 54333,
      });
  const adminUrl = process.env.DATABASE_URL ?? server!.urlFor('postgres');
  const database = `ledger_bench_${Date.now()}`;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  try {
    await applyMigrations(url.toString());
    const key = await seed(url.toString());
    await measure(url.toString(), key);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await server?.stop();
  }
}

/** A workspace, an auditor with a key, and EVENTS chained events (inserted in batches). */
async function seed(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const workspaceId = randomUUID();
  const userId = randomUUID();
  const key = generateApiKey();
  await client.query(`INSERT INTO workspaces (id, slug, name) VALUES ($1, 'bench', 'Bench')`, [
    workspaceId,
  ]);
  await client.query(`INSERT INTO users (id, workspace_id, name) VALUES ($1, $2, 'Auditor')`, [
    userId,
    workspaceId,
  ]);
  await client.query(
    `INSERT INTO memberships (id, workspace_id, user_id, role) VALUES ($1, $2, $3, 'auditor')`,
    [randomUUID(), workspaceId, userId],
  );
  await client.query(
    `INSERT INTO api_keys (id, workspace_id, user_id, prefix, key_hash) VALUES ($1, $2, $3, $4, $5)`,
    [randomUUID(), workspaceId, userId, key.prefix, key.hash],
  );
  const started = Date.now();
  let prevHash = GENESIS_HASH;
  for (let first = 1; first <= EVENTS; first += BATCH) {
    const rows: unknown[] = [];
    const placeholders: string[] = [];
    for (let seq = first; seq < Math.min(first + BATCH, EVENTS + 1); seq++) {
      const event = sealEvent({
        workspaceId,
        seq,
        at: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString(),
        actor: { id: userId, role: 'editor' },
        action: 'comment.added',
        subject: { type: 'claim', id: randomUUID() },
        data: {
          body: `Bench comment number ${seq}, long enough to look like a real note from an editor.`,
        },
        prevHash,
      });
      prevHash = event.hash;
      const base = rows.length;
      rows.push(
        workspaceId,
        seq,
        event.at,
        userId,
        'editor',
        event.action,
        'claim',
        event.subject.id,
        JSON.stringify(event.data),
        event.prevHash,
        event.hash,
        event.canonical,
      );
      placeholders.push(`(${Array.from({ length: 12 }, (_v, i) => `$${base + i + 1}`).join(',')})`);
    }
    await client.query(
      `INSERT INTO ledger_events (workspace_id, seq, at, actor_id, actor_role, action, subject_type, subject_id, data, prev_hash, hash, canonical) VALUES ${placeholders.join(',')}`,
      rows,
    );
    if ((first - 1) % 100_000 === 0) process.stderr.write(`seeded ${first - 1} events\n`);
  }
  await client.end();
  console.log(
    `seeded ${EVENTS.toLocaleString('en')} events in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return key.key;
}

async function measure(databaseUrl: string, key: string): Promise<void> {
  const api = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'dist/apps/cli/src/main.js'), 'serve'],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(PORT),
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve) =>
    api.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('is running') && resolve()),
  );
  const rss = () =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const idle = rss();
  for (const format of ['ndjson', 'csv'] as const) {
    let peak = idle;
    const samples: number[] = [];
    const sampler = setInterval(() => {
      const now = rss();
      samples.push(now);
      peak = Math.max(peak, now);
    }, 200);
    const started = Date.now();
    const res = await fetch(`http://127.0.0.1:${PORT}/v1/ledger/export?format=${format}`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    const quarter = (q: number) => samples[Math.floor((samples.length - 1) * q)]?.toFixed(0);
    console.log(
      `${format}: ${lines.toLocaleString('en')} lines, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s ` +
        `(${(bytes / 1e6 / seconds).toFixed(1)} MB/s); server RSS idle ${idle.toFixed(0)} MB, ` +
        `at 25/50/75/100% of the stream ${quarter(0.25)}/${quarter(0.5)}/${quarter(0.75)}/${quarter(1)} MB, peak ${peak.toFixed(0)} MB`,
    );
  }
  api.kill('SIGINT');
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
  );
}

await main();
