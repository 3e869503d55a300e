import { extract } from './extract.js';
import { buildCorpus } from './bench/corpus.js';

/**
 * Guards against anything quadratic or any catastrophic regex backtracking:
 * those would take minutes here. Limits are generous (CI machines are shared
 * and slow); the real numbers come from bench/bench-extract.ts.
 */
const LIMIT_SECONDS = 10;
const TEST_TIMEOUT_MS = 60_000;
function seconds(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const KB = 1024;
const repeatTo = (piece: string, length: number): string =>
  piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

describe('extraction time', () => {
  it(
    'extracts 2 MB of news text in a few seconds at most',
    () => {
      const text = buildCorpus(2 * 1024 * KB);
      extract(text.slice(0, 100 * KB)); // warm up
      expect(seconds(() => extract(text))).toBeLessThan(LIMIT_SECONDS);
    },
    TEST_TIMEOUT_MS,
  );

  it.each<[string, string]>([
    ['one huge number', '1'],
    ['digit groups', ',000'],
    ['quotation marks only', '"'],
    ['curly marks only', '“'],
    ['apostrophes', "'a "],
    ['capitalised words', 'Aaa Bbb '],
    ['name particles', 'of '],
    ['numbers in one sentence', '5% 5 people, '],
    ['totals and parts', 'Of the 35 MOUs, 11 were signed and 22 MOUs '],
    ['pronoun attributions', '"We agree," he said. '],
    ['hyphens', '5-'],
    ['unclosed quotes on every line', '"a\n'],
    ['abbreviations', 'Mr. '],
  ])(
    'stays fast on 500 KB of %s',
    (_name, piece) => {
      const text = repeatTo(piece, 500 * KB);
      expect(seconds(() => extract(text))).toBeLessThan(LIMIT_SECONDS);
    },
    TEST_TIMEOUT_MS,
  );
});
