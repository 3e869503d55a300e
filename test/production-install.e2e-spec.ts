// A production install as an operator makes it: the packed release (npm pack, which
// ships dist/) installed with NODE_ENV=production and no dev dependencies, started
// with `npm start`. No build tool is there, and none is needed.
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import { envWithout } from './support/cli.js';
import { createTestDatabase } from './support/test-app.js';

const INSTALL_TIMEOUT_MS = 240_000;

describe('a production install of the packed release', () => {
  let folder: string;
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ledger-release-'));
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it(
    'installs without build tools, starts with npm start and serves the API and the UI',
    async () => {
      // `npm test` has built dist/ already; prepack would build it again.
      const packed = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', folder], {
        cwd: PROJECT_ROOT,
      });
      expect(packed.code).toBe(0);
      const [tarball] = (await readdir(folder)).filter((name) => name.endsWith('.tgz'));
      expect((await run('tar', ['-xzf', tarball], { cwd: folder })).code).toBe(0);
      const release = path.join(folder, 'package');
      expect(await readdir(release)).not.toContain('apps');
      await copyFile(
        path.join(PROJECT_ROOT, 'package-lock.json'),
        path.join(release, 'package-lock.json'),
      );

      const env = { ...envWithout('DATABASE_URL', 'LEDGER_DEMO'), NODE_ENV: 'production' };
      const installed = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: release, env });
      expect(installed.output).toContain('using the dist/ that came with it');
      expect(installed.code).toBe(0);
      const tools = await readdir(path.join(release, 'node_modules'));
      // The build and test tools stay out. (The prisma CLI comes along: @prisma/client names it
      // as an optional peer, which the lock file keeps outside --omit=dev; dist/ never runs it.)
      for (const tool of ['vite', '@swc', 'jest', 'eslint', 'playwright-core'])
        expect(tools).not.toContain(tool);

      const port = 36_000 + Math.floor(Math.random() * 1000);
      const server = spawn('npm', ['start'], {
        cwd: release,
        env: { ...env, DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'warn' },
        detached: true,
      });
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => server.on('close', resolve));
      try {
        await waitUntil(
          () => output.includes('is running at'),
          60_000,
          () => output,
        );
        expect(output).not.toMatch(/vite|swc/i);
        expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
        const ui = await fetch(`http://127.0.0.1:${port}/`);
        expect(ui.status).toBe(200);
        expect(await ui.text()).toContain('<div id="root">');
        expect((await fetch(`http://127.0.0.1:${port}/docs-json`)).status).toBe(200);
      } finally {
        process.kill(-server.pid!, 'SIGTERM');
        await exited;
      }
    },
    INSTALL_TIMEOUT_MS + 120_000,
  );
});

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), INSTALL_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function waitUntil(done: () => boolean, timeoutMs: number, describe: () => string) {
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out:\n${describe()}`);
}
