/**
 * verify: events/s of `ledger verify` over the export benchmark's NDJSON file,
 * against `sha256sum` of the same file (the floor of hashing its bytes).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../config/app-config.js';
import type { BenchContext } from './bench-context.js';
import { atLeast, resultOf, type BenchResult } from './bench-result.js';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'dist/apps/cli/src/main.js');

async function secondsOf(
  command: string,
  args: string[],
): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  const { stdout } = await run(command, args, { maxBuffer: 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, stdout };
}

export async function verifyBench(context: BenchContext): Promise<BenchResult> {
  const file = context.exportFile;
  if (!file) throw new Error('verify needs the export benchmark first');
  // A command that does nothing: what starting the CLI costs, inside each verify.
  const startup = await secondsOf(process.execPath, [CLI, '--version']);
  const verify = await secondsOf(process.execPath, [CLI, 'verify', file.path]);
  if (!/^OK/m.test(verify.stdout))
    throw new Error(`ledger verify did not verify: ${verify.stdout}`);
  const hash = await secondsOf('sha256sum', [file.path]);
  const rate = file.events / verify.seconds;
  const baseline = file.events / hash.seconds;
  const megabytes = file.bytes / 1024 / 1024;
  context.log(
    `verify: ${file.events} events (${megabytes.toFixed(0)} MB) in ${verify.seconds.toFixed(1)} s; ` +
      `sha256sum ${hash.seconds.toFixed(2)} s`,
  );
  return resultOf(
    { name: 'verify', value: rate, unit: 'events/s', baseline },
    [atLeast("ratio (the file's bytes/s)", rate / baseline, 0.5)],
    {
      events: file.events,
      bytes: file.bytes,
      seconds: verify.seconds,
      cliStartupSeconds: startup.seconds,
      megabytesPerSecond: megabytes / verify.seconds,
      baselineSeconds: hash.seconds,
      baselineMegabytesPerSecond: megabytes / hash.seconds,
      output: verify.stdout.trim(),
    },
  );
}
