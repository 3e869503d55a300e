/** Where and on what a run measured: machine, load, PostgreSQL, commit. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import pg from 'pg';
import { PROJECT_ROOT } from '../config/app-config.js';
import type { MachineInfo } from './bench-result.js';

export function loadAverage(): number[] {
  return loadavg().map((load) => Number(load.toFixed(2)));
}

export async function machineInfo(
  databaseUrl: string | null,
  database: MachineInfo['database'],
  loadAverageAtStart: number[],
): Promise<MachineInfo> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: databaseUrl ? await postgresVersion(databaseUrl) : 'not used',
    database,
    platform: `${platform()} ${release()}`,
    loadAverageAtStart,
    loadAverageAtEnd: loadAverage(),
  };
}

async function postgresVersion(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  } finally {
    await client.end();
  }
}

/** The commit measured, with "+changes" when the work tree differs from it. */
export function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    return `${head.trim()}${status.trim() ? '+changes' : ''}`;
  } catch {
    return 'unknown';
  }
}
