import { niceTicks, renderLineChart } from './svg-chart.js';

describe('SVG line chart', () => {
  it('picks round ticks that cover the range', () => {
    expect(niceTicks(0, 9.3)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('draws a polyline and a dot per point for each series, with escaped labels', () => {
    const svg = renderLineChart({
      title: 'Rates <growth>',
      xLabel: 'documents',
      yLabel: 'rate',
      logX: true,
      series: [
        {
          label: 'ingest',
          points: [
            { x: 1000, y: 1 },
            { x: 10_000, y: 0.8 },
            { x: 50_000, y: 0.5 },
          ],
        },
        {
          label: 'read',
          points: [
            { x: 1000, y: 1 },
            { x: 50_000, y: 0.9 },
          ],
        },
      ],
      guide: { y: 0.75, label: 'flat within 25%' },
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('Rates &lt;growth&gt;');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).not.toContain('NaN');
  });
});
