/** The command line of `npm run bench` and the sizes each benchmark runs at. */
import { Command, InvalidArgumentError } from 'commander';

export const BENCHMARK_NAMES = [
  'extract',
  'ingest',
  'big-article',
  'read',
  'isolation',
  'growth',
  'export',
  'verify',
] as const;
export type BenchmarkName = (typeof BENCHMARK_NAMES)[number];

export interface BenchSizes {
  /** MB of corpus text the extraction rate is measured on. */
  extractMb: number;
  /** Sizes of the linearity series, MB. */
  extractSeriesMb: number[];
  extractRuns: number;
  ingestArticles: number;
  /** The longest the ingest benchmark sends articles: past it, the rate is of those answered. */
  ingestMaxSeconds: number;
  ingestClients: number;
  articleKb: number;
  claimsPer8Kb: number;
  bigArticleKb: number;
  bigArticleClaims: number;
  bigArticleRuns: number;
  readConnections: number;
  readSeconds: number;
  /** Documents ingested for the read benchmarks when the ingest benchmark did not run. */
  readDocuments: number;
  exportEvents: number;
  growthLevels: number[];
  growthSampleArticles: number;
  /** The longest each growth level sends articles. */
  growthSampleSeconds: number;
  growthReadSeconds: number;
  isolationWriters: number;
  isolationConnections: number;
  isolationSeconds: number;
}

export interface BenchOptions {
  quick: boolean;
  json: string | null;
  only: BenchmarkName[];
  chartDir: string;
  /** When set, the API runs with --cpu-prof and writes its profile here when it stops. */
  apiCpuProfileDir: string | null;
  sizes: BenchSizes;
}

const FULL: BenchSizes = {
  extractMb: 4,
  extractSeriesMb: [0.5, 1, 2, 4, 8],
  extractRuns: 3,
  ingestArticles: 5_000,
  ingestMaxSeconds: 300,
  ingestClients: 16,
  articleKb: 8,
  claimsPer8Kb: 30,
  bigArticleKb: 200,
  bigArticleClaims: 5_000,
  bigArticleRuns: 3,
  readConnections: 64,
  readSeconds: 15,
  readDocuments: 200,
  exportEvents: 1_000_000,
  growthLevels: [1_000, 10_000, 50_000],
  growthSampleArticles: 200,
  growthSampleSeconds: 60,
  growthReadSeconds: 10,
  isolationWriters: 16,
  isolationConnections: 8,
  isolationSeconds: 10,
};

const QUICK: BenchSizes = {
  ...FULL,
  extractMb: 1,
  extractSeriesMb: [0.25, 0.5, 1, 2],
  extractRuns: 2,
  ingestArticles: 300,
  ingestMaxSeconds: 30,
  bigArticleRuns: 1,
  readSeconds: 5,
  readDocuments: 100,
  exportEvents: 50_000,
  growthLevels: [200, 600, 1_500],
  growthSampleArticles: 60,
  growthSampleSeconds: 10,
  growthReadSeconds: 3,
  isolationSeconds: 4,
};

const positive = (value: string): number => {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new InvalidArgumentError('must be a positive number');
  return number;
};
const positiveList = (value: string): number[] => value.split(',').map(positive);

/** Flag name → the size it sets. */
const SIZE_FLAGS: Array<[flag: string, size: keyof BenchSizes, list: boolean]> = [
  ['--extract-mb <mb>', 'extractMb', false],
  ['--extract-series-mb <list>', 'extractSeriesMb', true],
  ['--ingest-articles <n>', 'ingestArticles', false],
  ['--ingest-max-seconds <s>', 'ingestMaxSeconds', false],
  ['--ingest-clients <n>', 'ingestClients', false],
  ['--claims-per-8kb <n>', 'claimsPer8Kb', false],
  ['--big-article-kb <kb>', 'bigArticleKb', false],
  ['--big-article-claims <n>', 'bigArticleClaims', false],
  ['--big-article-runs <n>', 'bigArticleRuns', false],
  ['--read-connections <n>', 'readConnections', false],
  ['--read-seconds <s>', 'readSeconds', false],
  ['--export-events <n>', 'exportEvents', false],
  ['--growth-levels <list>', 'growthLevels', true],
  ['--growth-sample-articles <n>', 'growthSampleArticles', false],
  ['--growth-sample-seconds <s>', 'growthSampleSeconds', false],
  ['--isolation-seconds <s>', 'isolationSeconds', false],
];

export function parseBenchOptions(argv: string[]): BenchOptions {
  const program = new Command('bench')
    .description(
      'measure the service as users load it, each against a baseline run at the same time; ' +
        'DATABASE_URL names the PostgreSQL server to use (otherwise an embedded one)',
    )
    .option('--quick', 'every benchmark at small sizes (a few minutes)')
    .option('--json <file>', 'also write the results as JSON to this file')
    .option('--only <names>', `run only these (comma-separated): ${BENCHMARK_NAMES.join(', ')}`)
    .option('--chart-dir <dir>', 'where the SVG charts go', 'docs/benchmarks')
    .option('--api-cpu-prof <dir>', "profile the API's process (node --cpu-prof) into this folder");
  for (const [flag, size, list] of SIZE_FLAGS) {
    if (list) program.option(flag, `sets ${size}`, positiveList);
    else program.option(flag, `sets ${size}`, positive);
  }
  program.parse(argv);
  const flags = program.opts<Record<string, unknown>>();
  const sizes: BenchSizes = { ...(flags.quick ? QUICK : FULL) };
  for (const [flag, size] of SIZE_FLAGS) {
    const key = flag
      .slice(2, flag.indexOf(' '))
      .replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    if (flags[key] !== undefined) (sizes as unknown as Record<string, unknown>)[size] = flags[key];
  }
  return {
    quick: flags.quick === true,
    json: typeof flags.json === 'string' ? flags.json : null,
    only: parseOnly(flags.only as string | undefined),
    chartDir: flags.chartDir as string,
    apiCpuProfileDir: typeof flags.apiCpuProf === 'string' ? flags.apiCpuProf : null,
    sizes,
  };
}

function parseOnly(only: string | undefined): BenchmarkName[] {
  if (!only) return [...BENCHMARK_NAMES];
  const names = only.split(',').map((name) => name.trim());
  for (const name of names)
    if (!(BENCHMARK_NAMES as readonly string[]).includes(name))
      throw new InvalidArgumentError(`unknown benchmark "${name}": ${BENCHMARK_NAMES.join(', ')}`);
  // verify reads the export's file: it needs the export benchmark before it.
  if (names.includes('verify') && !names.includes('export')) names.push('export');
  return BENCHMARK_NAMES.filter((name) => names.includes(name));
}
