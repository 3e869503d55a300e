/** The charts of a run: extraction rate against text size, and growth rates against documents. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResult } from './bench-result.js';
import type { ExtractSeriesPoint } from './extract-bench.js';
import type { GrowthLevel } from './growth-bench.js';
import { renderLineChart } from './svg-chart.js';

/** Writes extract.svg and growth.svg into `dir` for the results that have them; returns the files. */
export async function writeCharts(dir: string, results: BenchResult[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  const extract = results.find((r) => r.name === 'extract')?.details.series as
    ExtractSeriesPoint[] | undefined;
  if (extract?.length) {
    const file = path.join(dir, 'extract.svg');
    await writeFile(
      file,
      renderLineChart({
        title: 'Extraction rate against text size (one core)',
        xLabel: 'text size (MB)',
        yLabel: 'MB/s',
        series: [
          {
            label: 'extract()',
            points: extract.map((p) => ({ x: p.megabytes, y: p.megabytesPerSecond })),
          },
        ],
        guide: { y: 20, label: 'target 20 MB/s' },
      }),
    );
    written.push(file);
  }
  const growth = results.find((r) => r.name === 'growth')?.details.levels as
    GrowthLevel[] | undefined;
  if (growth?.length) {
    const relative = (pick: (level: GrowthLevel) => number) =>
      growth.map((level) => ({ x: level.documents, y: pick(level) / pick(growth[0]) }));
    const file = path.join(dir, 'growth.svg');
    await writeFile(
      file,
      renderLineChart({
        title: 'Rates as the workspace grows (1 = the smallest size)',
        xLabel: 'documents in the workspace',
        yLabel: 'rate / rate at the smallest size',
        logX: true,
        series: [
          { label: 'ingest articles/s', points: relative((l) => l.ingestPerSecond) },
          { label: 'read requests/s', points: relative((l) => l.readPerSecond) },
        ],
        guide: { y: 0.75, label: 'flat within 25%' },
      }),
    );
    written.push(file);
  }
  return written;
}
