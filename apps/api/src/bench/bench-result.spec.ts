import {
  atLeast,
  atMost,
  failedResult,
  flatness,
  formatMarkdownTable,
  formatNumber,
  formatTable,
  resultOf,
} from './bench-result.js';

describe('bench results', () => {
  it('is met only when every check holds, with the ratio value / baseline', () => {
    const result = resultOf({ name: 'extract', value: 21.3, unit: 'MB/s', baseline: 410 }, [
      atLeast('MB/s', 21.3, 20),
      atLeast('ratio', 21.3 / 410, 0.05),
    ]);
    expect(result).toMatchObject({
      name: 'extract',
      value: 21.3,
      unit: 'MB/s',
      baseline: 410,
      target: 'MB/s ≥ 20; ratio ≥ 0.05',
      met: true,
    });
    expect(result.ratio).toBeCloseTo(0.052, 3);

    const missed = resultOf({ name: 'read', value: 900, unit: 'req/s', baseline: 1000 }, [
      atLeast('ratio', 0.9, 0.6),
      atMost('p99 ms', 75, 50),
    ]);
    expect(missed.met).toBe(false);
    expect(missed.details.checks).toEqual([
      { label: 'ratio ≥ 0.6', met: true },
      { label: 'p99 ms ≤ 50', met: false },
    ]);
  });

  it('takes a given ratio (a time compares as baseline / value) and none without a baseline', () => {
    expect(
      resultOf({ name: 'big-article', value: 4, unit: 's', baseline: 1, ratio: 0.25 }, []).ratio,
    ).toBe(0.25);
    expect(resultOf({ name: 'growth', value: 0.9, unit: '', baseline: null }, []).ratio).toBeNull();
  });

  it('keeps the JSON shape the issue names', () => {
    const json = JSON.parse(
      JSON.stringify(resultOf({ name: 'x', value: 1, unit: 'u', baseline: 2 }, [])),
    ) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['name', 'value', 'unit', 'baseline', 'ratio', 'target', 'met']),
    );
  });

  it('reports a benchmark that failed as not met, with its error', () => {
    expect(failedResult('export', new Error('boom'))).toMatchObject({
      met: false,
      details: { error: 'boom' },
    });
  });

  it('measures flatness as the slowest rate over the fastest', () => {
    expect(flatness([10, 8, 9])).toBeCloseTo(0.8);
    expect(flatness([])).toBe(0);
  });

  it('prints three significant digits and tables with every result', () => {
    expect(formatNumber(0.05123)).toBe('0.0512');
    expect(formatNumber(21.34)).toBe('21.3');
    expect(formatNumber(4123.4)).toBe('4,123');
    expect(formatNumber(null)).toBe('—');
    const results = [
      resultOf({ name: 'ingest', value: 12, unit: 'articles/s', baseline: 60 }, [
        atLeast('ratio', 0.2, 0.3),
      ]),
    ];
    expect(formatTable(results)).toMatch(/ingest\s+12.0 articles\/s\s+60.0 articles\/s\s+0.200/);
    expect(formatMarkdownTable(results).split('\n')).toHaveLength(3);
  });
});
