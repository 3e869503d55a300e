import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';

/** The built `ledger` command (npm test builds before it runs the tests). */
export const CLI = path.join(PROJECT_ROOT, 'dist/apps/cli/src/main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `ledger` command; `input`, when given, is written to its standard input. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...env, NO_COLOR: '1' },
      cwd: PROJECT_ROOT,
    });
    child.stdin.end(input ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs the built `ledger` command with its standard output closed before it
 * writes anything, as `ledger export | head -1` closes it once head has read
 * its line; resolves with the exit code and what went to stderr.
 */
export function runCliWithClosedStdout(
  args: string[],
  env: NodeJS.ProcessEnv,
  input?: string,
): Promise<Omit<CliResult, 'stdout'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...env, NO_COLOR: '1' },
      cwd: PROJECT_ROOT,
    });
    child.stdout.destroy();
    child.stdin.end(input ?? '');
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `ledger serve` and resolves once it prints that it is running. */
export function startServer(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' },
    cwd: PROJECT_ROOT,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (
        /is running at/.test(output) &&
        /API keys:|Database: DATABASE_URL|keys file is gone/.test(output)
      ) {
        clearTimeout(timer);
        setTimeout(() => resolve({ child, output: () => output, exited }), 200);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** The environment of this process without DATABASE_URL. */
export function envWithout(...names: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of names) delete env[name];
  return env;
}
