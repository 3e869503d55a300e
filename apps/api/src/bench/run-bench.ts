/**
 * npm run -s bench -- [--quick] [--json FILE] [--only name,name] [size flags]
 *
 * Runs the benchmarks in order, each against its baseline in the same run,
 * prints a table with the ratios, writes the JSON and the charts, and stops
 * everything it started (databases, the API, the baseline server), also on
 * Ctrl-C and on failure. Not part of `npm test`.
 */
import { writeFile } from 'node:fs/promises';
import { bigArticleBench } from './big-article-bench.js';
import { BenchContext, type Benchmark } from './bench-context.js';
import { parseBenchOptions, type BenchmarkName } from './bench-options.js';
import { failedResult, formatTable, type BenchReport, type BenchResult } from './bench-result.js';
import { Cleanup } from './bench-services.js';
import { writeCharts } from './charts.js';
import { exportBench } from './export-bench.js';
import { extractBench } from './extract-bench.js';
import { growthBench } from './growth-bench.js';
import { ingestBench } from './ingest-bench.js';
import { isolationBench } from './isolation-bench.js';
import { gitCommit, loadAverage, machineInfo } from './machine.js';
import { readBench } from './read-bench.js';
import { verifyBench } from './verify-bench.js';

const BENCHMARKS: Record<BenchmarkName, Benchmark> = {
  extract: extractBench,
  ingest: ingestBench,
  'big-article': bigArticleBench,
  read: readBench,
  isolation: isolationBench,
  growth: growthBench,
  export: exportBench,
  verify: verifyBench,
};

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv);
  const started = performance.now();
  const log = (line: string) =>
    process.stderr.write(
      `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
    );
  const cleanup = new Cleanup();
  const stopOn = (signal: NodeJS.Signals) =>
    process.once(signal, () => {
      log(`${signal}: stopping what the bench started`);
      void cleanup.runAll(log).finally(() => process.exit(130));
    });
  stopOn('SIGINT');
  stopOn('SIGTERM');

  const loadAtStart = loadAverage();
  log(`load average ${loadAtStart.join(' ')} on ${options.quick ? 'quick' : 'full'} sizes`);
  const context = new BenchContext(options.sizes, cleanup, log, options.apiCpuProfileDir);
  const results: BenchResult[] = [];
  let failed = false;
  try {
    for (const name of options.only) {
      log(`${name}: start (load average ${loadAverage().join(' ')})`);
      try {
        results.push(await BENCHMARKS[name](context));
      } catch (error) {
        failed = true;
        log(`${name} failed: ${(error as Error).stack ?? String(error)}`);
        results.push(failedResult(name, error));
      }
    }
    const databases = context.servicesStarted()?.databases;
    const report: BenchReport = {
      machine: await machineInfo(
        databases?.ownerUrl ?? null,
        databases?.kind ?? 'none',
        loadAtStart,
      ),
      commit: gitCommit(),
      date: new Date().toISOString(),
      quick: options.quick,
      seconds: Math.round((performance.now() - started) / 1000),
      results,
    };
    console.log(formatTable(results));
    console.log(
      `\n${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB; ` +
        `Node ${report.machine.node}; PostgreSQL ${report.machine.postgres} (${report.machine.database}); ` +
        `load average ${loadAtStart.join(' ')} → ${report.machine.loadAverageAtEnd.join(' ')}; ` +
        `commit ${report.commit}; ${report.seconds} s`,
    );
    if (options.json) await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    for (const file of await writeCharts(options.chartDir, results)) log(`chart: ${file}`);
  } finally {
    await cleanup.runAll(log);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
// Libraries' open handles (the embedded server's exit hooks, keep-alive sockets) must not keep it alive.
process.exit();
