// Runs a build command only when a source is newer than the last build it made:
//
//   node scripts/build-if-stale.mjs --stamp FILE --source PATH [--source PATH...] [--if-exists PATH] -- COMMAND [ARGS...]
//
// With --if-exists, nothing is built where that path is absent (a packed release
// ships dist/ without its sources).
//
// A source is a file or a folder (everything below it counts: a file renamed or
// removed changes its folder). The stamp is removed before a build and written
// after a successful one, with the time the build started: a failed or stopped
// build is run again next time, and so is one whose source changed meanwhile.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals: command } = parseArgs({
  options: {
    stamp: { type: 'string' },
    source: { type: 'string', multiple: true },
    'if-exists': { type: 'string' },
  },
  allowPositionals: true,
});
if (!values.stamp || !values.source || command.length === 0) {
  process.stderr.write(
    'usage: build-if-stale.mjs --stamp FILE --source PATH [--source PATH...] -- COMMAND [ARGS...]\n',
  );
  process.exit(2);
}

// Without the sources (a packed release ships dist/ alone) there is nothing to build from.
const sourcesHere = values['if-exists'];
if (sourcesHere !== undefined && (await modifiedAt(sourcesHere)) === null) process.exit(0);

const builtAt = await modifiedAt(values.stamp);
if (builtAt !== null && !(await anyModifiedAfter(values.source, builtAt))) process.exit(0);

const startedAt = new Date();
await rm(values.stamp, { force: true });
const build = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
if (build.error) throw build.error;
if (build.status !== 0) process.exit(build.status ?? 1);
await mkdir(path.dirname(values.stamp), { recursive: true });
await writeFile(values.stamp, '');
await utimes(values.stamp, startedAt, startedAt);

/** The modification time of a file in milliseconds, or null when there is none. */
async function modifiedAt(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

async function anyModifiedAfter(sources, time) {
  for (const source of sources) {
    const info = await stat(source);
    if (info.mtimeMs > time) return true;
    if (!info.isDirectory()) continue;
    const entries = await readdir(source, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if ((await stat(path.join(entry.parentPath, entry.name))).mtimeMs > time) return true;
    }
  }
  return false;
}
