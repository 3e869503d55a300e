import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts/build-if-stale.mjs');

/** What `npm start` and `npm run ledger` run first, on a fake project whose build logs itself. */
describe('build-if-stale', () => {
  let dir: string;
  const stamp = () => path.join(dir, 'dist/.build-stamp');
  const builds = async () =>
    existsSync(path.join(dir, 'builds.log'))
      ? (await readFile(path.join(dir, 'builds.log'), 'utf8')).split('\n').length - 1
      : 0;
  const run = (buildSucceeds = true) =>
    spawnSync(
      process.execPath,
      [
        SCRIPT,
        '--stamp',
        stamp(),
        '--source',
        'src',
        '--source',
        'config.json',
        '--',
        process.execPath,
        '-e',
        `require('fs').appendFileSync('builds.log', 'built\\n'); process.exit(${buildSucceeds ? 0 : 3})`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
  /** Sets the modification time of a file, `secondsAgo` before now. */
  const age = (file: string, secondsAgo: number) => {
    const time = new Date(Date.now() - secondsAgo * 1000);
    return utimes(path.join(dir, file), time, time);
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'build-if-stale-'));
    await mkdir(path.join(dir, 'src/nested'), { recursive: true });
    await writeFile(path.join(dir, 'src/nested/a.ts'), 'export const a = 1;\n');
    await writeFile(path.join(dir, 'config.json'), '{}\n');
    for (const file of ['src/nested/a.ts', 'src/nested', 'src', 'config.json'])
      await age(file, 600);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('builds when there is no build yet, then not again while the build is current', async () => {
    expect(run().status).toBe(0);
    expect(await builds()).toBe(1);
    expect(existsSync(stamp())).toBe(true);
    expect(run().status).toBe(0);
    expect(await builds()).toBe(1);
  });

  it('builds again when a source file, however deep, or a source file given alone is newer', async () => {
    run();
    await age('dist/.build-stamp', 60);
    await age('src/nested/a.ts', 30);
    run();
    expect(await builds()).toBe(2);

    await age('dist/.build-stamp', 60);
    await age('src/nested/a.ts', 600);
    await age('config.json', 30);
    run();
    expect(await builds()).toBe(3);
    run();
    expect(await builds()).toBe(3);
  });

  it('builds again when a source file is renamed, keeping its old time', async () => {
    run();
    await age('dist/.build-stamp', 60);
    await rename(path.join(dir, 'src/nested/a.ts'), path.join(dir, 'src/nested/b.ts'));
    run();
    expect(await builds()).toBe(2);
  });

  it('passes on the exit code of a failed build, and builds again the next time', async () => {
    run();
    await age('dist/.build-stamp', 60);
    await age('src/nested/a.ts', 30);
    expect(run(false).status).toBe(3);
    expect(existsSync(stamp())).toBe(false);
    run();
    expect(await builds()).toBe(3);
  });
});
