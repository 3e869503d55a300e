/**
 * What a benchmark run starts and must stop again, also on Ctrl-C or failure:
 * its databases, the API as its own process, the bare Fastify baseline server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../config/app-config.js';
import { ensureAppRole } from '../database/database.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { applyMigrations } from '../database/migrator.js';

/** Undo steps, run last-in first-out once, whichever way the run ends. */
export class Cleanup {
  private readonly steps: Array<{ what: string; run: () => Promise<void> }> = [];
  private done = false;

  add(what: string, run: () => Promise<void>): void {
    this.steps.push({ what, run });
  }

  async runAll(log: (line: string) => void): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        log(`cleanup: ${step.what} failed: ${(error as Error).message}`);
      }
    }
  }
}

/** The role the API connects as, a member of ledger_writer only (password = name, as in the tests). */
const BENCH_APP_ROLE = 'ledger_bench_app';
const EMBEDDED_PORT = 54333;

export interface BenchDatabases {
  kind: 'DATABASE_URL' | 'embedded';
  /** The service's database as its owner. */
  ownerUrl: string;
  /** The same database as the service connects to it. */
  appUrl: string;
  /** A second database with the same schema, for the baselines that write "the same rows". */
  floorUrl: string;
}

function withDatabase(serverUrl: string, database: string, user?: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  if (user) {
    url.username = user;
    url.password = user;
  }
  return url.toString();
}

/**
 * Two fresh databases (ledger_bench_<pid> and ..._floor), migrated as the tests'
 * template is, on DATABASE_URL's server or an embedded one; both dropped at cleanup.
 */
export async function openBenchDatabases(
  cleanup: Cleanup,
  log: (line: string) => void,
): Promise<BenchDatabases> {
  let adminUrl = process.env.DATABASE_URL;
  const kind = adminUrl ? 'DATABASE_URL' : 'embedded';
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(PROJECT_ROOT, '.data/bench-postgres'),
      port: Number(process.env.BENCH_EMBEDDED_PG_PORT ?? EMBEDDED_PORT),
      log,
    });
    cleanup.add('stop the embedded PostgreSQL', () => server.stop());
    adminUrl = server.urlFor('postgres');
  }
  const names = [`ledger_bench_${process.pid}`, `ledger_bench_${process.pid}_floor`];
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of names) {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      cleanup.add(`drop database ${name}`, () => dropDatabase(adminUrl, name));
    }
  } finally {
    await admin.end();
  }
  const [ownerUrl, floorUrl] = names.map((name) => withDatabase(adminUrl, name));
  for (const url of [ownerUrl, floorUrl]) await applyMigrations(url);
  await ensureAppRole(ownerUrl, BENCH_APP_ROLE, BENCH_APP_ROLE);
  return { kind, ownerUrl, appUrl: withDatabase(adminUrl, names[0], BENCH_APP_ROLE), floorUrl };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident memory of the process, in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/** A node process started with `args`, ready once its standard output says `readyWhen`. */
async function startProcess(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyWhen: string,
  cleanup: Cleanup,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const stop = () => stopProcess(child);
  cleanup.add(`stop ${name}`, stop);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    // Read standard output to the end: a full pipe would block the server.
    child.stdout.on('data', (chunk: Buffer) => {
      if (output.includes(readyWhen)) return;
      output += chunk.toString();
      if (output.includes(readyWhen)) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`${name} exited (${code}) before it was ready:\n${stderr}`)),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    rssMb: () => residentMegabytes(child.pid!),
    stop,
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The API as users run it (`ledger serve`), on a free port, logging warnings only. */
export async function startApi(
  databases: BenchDatabases,
  dataDir: string,
  cleanup: Cleanup,
  cpuProfileDir: string | null = null,
): Promise<ServerProcess> {
  const port = await freePort();
  const profile = cpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`]
    : [];
  return startProcess(
    'the API',
    [...profile, path.join(PROJECT_ROOT, 'dist/apps/cli/src/main.js'), 'serve'],
    {
      DATABASE_URL: databases.appUrl,
      MIGRATION_DATABASE_URL: databases.ownerUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      RATE_LIMIT_PER_MINUTE: '100000000',
      API_DOCS: 'false',
      WEB_UI: 'false',
      DATA_DIR: dataDir,
      LEDGER_SIGNING_KEY_FILE: path.join(dataDir, 'ledger-signing-key.pem'),
    },
    port,
    'is running',
    cleanup,
  );
}

/** The bare Fastify route of the read baseline (baseline-server.ts), on the service's database. */
export async function startBaselineServer(
  databases: BenchDatabases,
  cleanup: Cleanup,
): Promise<ServerProcess> {
  const port = await freePort();
  return startProcess(
    'the baseline server',
    [path.join(PROJECT_ROOT, 'dist/apps/api/src/bench/baseline-server.js')],
    { DATABASE_URL: databases.appUrl, PORT: String(port) },
    port,
    'listening',
    cleanup,
  );
}
