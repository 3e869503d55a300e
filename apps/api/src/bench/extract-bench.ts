/**
 * extract: MB/s of article text on one core (this process's thread), against one
 * pass of a regular expression that finds every digit run in the same text;
 * and the rate at sizes from 0.5 to 8 MB, which should stay flat.
 */
import { extract } from '../extraction/extract.js';
import { corpusText, MEGABYTE } from './articles.js';
import type { BenchContext } from './bench-context.js';
import { atLeast, flatness, resultOf, type BenchResult } from './bench-result.js';
import { median } from './http-load.js';

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median time of `runs` runs after one warm-up run. */
function medianMs(runs: number, run: () => unknown): number {
  run();
  return median(Array.from({ length: runs }, () => timeMs(run)));
}

function megabytesOf(text: string): number {
  return Buffer.byteLength(text, 'utf8') / MEGABYTE;
}

function countDigitRuns(text: string): number {
  let runs = 0;
  for (const _match of text.matchAll(/\d+/g)) runs++;
  return runs;
}

export interface ExtractSeriesPoint {
  megabytes: number;
  ms: number;
  megabytesPerSecond: number;
}

export function extractBench(context: BenchContext): Promise<BenchResult> {
  const { extractMb, extractSeriesMb, extractRuns } = context.sizes;
  const text = corpusText(extractMb * MEGABYTE);
  const size = megabytesOf(text);
  let claims = 0;
  const extractMs = medianMs(extractRuns + 2, () => (claims = extract(text).claims.length));
  const digitRunMs = medianMs(7, () => countDigitRuns(text));
  const rate = size / (extractMs / 1000);
  const baseline = size / (digitRunMs / 1000);
  context.log(`extract: ${size.toFixed(2)} MB in ${extractMs.toFixed(0)} ms, ${claims} claims`);

  const series: ExtractSeriesPoint[] = [];
  for (const megabytes of extractSeriesMb) {
    const part = corpusText(megabytes * MEGABYTE);
    const ms = medianMs(extractRuns, () => extract(part));
    const partSize = megabytesOf(part);
    series.push({ megabytes: partSize, ms, megabytesPerSecond: partSize / (ms / 1000) });
    context.log(`extract: ${partSize.toFixed(2)} MB in ${ms.toFixed(0)} ms`);
  }
  const linearity = flatness(series.map((point) => point.megabytesPerSecond));
  return Promise.resolve(
    resultOf(
      { name: 'extract', value: rate, unit: 'MB/s', baseline },
      [
        atLeast('MB/s', rate, 20),
        atLeast('ratio', rate / baseline, 0.05),
        atLeast(
          `slowest / fastest MB/s from ${extractSeriesMb[0]} to ${extractSeriesMb.at(-1)} MB`,
          linearity,
          0.75,
        ),
      ],
      { megabytes: size, claims, extractMs, digitRunMs, series, linearity },
    ),
  );
}
