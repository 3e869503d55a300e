/** What every benchmark answers, how its target is judged, and how a run is printed and saved. */

/** One condition of a target, e.g. "≥ 0.3 of the baseline", and whether the run met it. */
export interface TargetCheck {
  label: string;
  met: boolean;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The baseline's value in the same unit, measured in the same run; null where there is none. */
  baseline: number | null;
  /** value / baseline; null without a baseline. */
  ratio: number | null;
  target: string;
  met: boolean;
  /** Everything else measured: sizes, second metrics, each condition of the target. */
  details: Record<string, unknown>;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  database: 'DATABASE_URL' | 'embedded' | 'none';
  platform: string;
  /** Load average (1, 5, 15 minutes) when the run started and when it ended. */
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
}

export interface BenchReport {
  machine: MachineInfo;
  commit: string;
  date: string;
  quick: boolean;
  seconds: number;
  results: BenchResult[];
}

export function ratioOf(value: number, baseline: number | null): number | null {
  if (baseline === null || !Number.isFinite(baseline) || baseline === 0) return null;
  return value / baseline;
}

export function atLeast(label: string, measured: number, bound: number): TargetCheck {
  return { label: `${label} ≥ ${bound}`, met: measured >= bound };
}

export function atMost(label: string, measured: number, bound: number): TargetCheck {
  return { label: `${label} ≤ ${bound}`, met: measured <= bound };
}

/**
 * A result whose target is the list of checks, all of which must hold. The ratio
 * is value / baseline unless given (a time compares as baseline / value: a share
 * of the baseline's speed).
 */
export function resultOf(
  measured: { name: string; value: number; unit: string; baseline: number | null; ratio?: number },
  checks: TargetCheck[],
  details: Record<string, unknown> = {},
): BenchResult {
  return {
    ...measured,
    ratio: measured.ratio ?? ratioOf(measured.value, measured.baseline),
    target: checks.map((check) => check.label).join('; '),
    met: checks.every((check) => check.met),
    details: { ...details, checks },
  };
}

/** A benchmark that could not run to its end: reported, never met. */
export function failedResult(name: string, error: unknown): BenchResult {
  return {
    name,
    value: Number.NaN,
    unit: '',
    baseline: null,
    ratio: null,
    target: '',
    met: false,
    details: { error: error instanceof Error ? error.message : String(error) },
  };
}

/**
 * The lowest rate of a series as a share of its highest: 1 when flat, 0.75 when
 * some size runs 25% slower than the fastest.
 */
export function flatness(rates: number[]): number {
  const finite = rates.filter((rate) => Number.isFinite(rate) && rate > 0);
  if (finite.length === 0) return 0;
  return Math.min(...finite) / Math.max(...finite);
}

/** Three significant digits, thousands grouped: 0.0512, 21.3, 4,120. */
export function formatNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, 2 - magnitude);
  return value.toLocaleString('en', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

export function formatRow(result: BenchResult): string[] {
  return [
    result.name,
    `${formatNumber(result.value)} ${result.unit}`.trim(),
    result.baseline === null ? '—' : `${formatNumber(result.baseline)} ${result.unit}`,
    formatNumber(result.ratio),
    result.target,
    result.met ? 'yes' : 'NO',
  ];
}

const HEADER = ['benchmark', 'value', 'baseline', 'ratio', 'target', 'met'];

/** The results as a plain-text table for the terminal. */
export function formatTable(results: BenchResult[]): string {
  const rows = [HEADER, ...results.map(formatRow)];
  const widths = HEADER.map((_title, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The results as a Markdown table, for BENCHMARKS.md. */
export function formatMarkdownTable(results: BenchResult[]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    line(HEADER),
    line(HEADER.map(() => '---')),
    ...results.map((r) => line(formatRow(r))),
  ].join('\n');
}
