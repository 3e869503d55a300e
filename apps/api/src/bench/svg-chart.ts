/** A line chart as SVG text: axes with ticks, one polyline with dots per series, a legend. */

export interface ChartSeries {
  label: string;
  points: Array<{ x: number; y: number }>;
}

export interface LineChart {
  title: string;
  xLabel: string;
  yLabel: string;
  series: ChartSeries[];
  /** A logarithmic x axis, for sizes that grow tenfold (1k, 10k, 50k). */
  logX?: boolean;
  /** A dashed horizontal line, e.g. a target. */
  guide?: { y: number; label: string };
}

const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { left: 70, right: 160, top: 40, bottom: 55 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** About five round tick values from 0 (or `min`) to at least `max`. */
export function niceTicks(min: number, max: number): number[] {
  const span = max - min || Math.abs(max) || 1;
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(min / step) * step; tick < max + step - 1e-9; tick += step)
    ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

function tickLabel(value: number): string {
  if (Math.abs(value) >= 1000) return value.toLocaleString('en', { maximumFractionDigits: 0 });
  return String(Number(value.toPrecision(3)));
}

export function renderLineChart(chart: LineChart): string {
  const points = chart.series.flatMap((s) => s.points);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y).concat(chart.guide ? [chart.guide.y] : []);
  const toX = chart.logX ? Math.log10 : (x: number) => x;
  const xTicks = chart.logX
    ? [...new Set(xs)].sort((a, b) => a - b)
    : niceTicks(Math.min(0, ...xs), Math.max(...xs, 1e-9));
  const yTicks = niceTicks(0, Math.max(...ys, 1e-9));
  const [xMin, xMax] = [toX(xTicks[0]), toX(xTicks[xTicks.length - 1])];
  const [yMin, yMax] = [yTicks[0], yTicks[yTicks.length - 1]];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + ((toX(x) - xMin) / (xMax - xMin || 1)) * plotWidth;
  const py = (y: number) =>
    MARGIN.top + plotHeight - ((y - yMin) / (yMax - yMin || 1)) * plotHeight;
  const bottom = MARGIN.top + plotHeight;
  const f = (n: number) => n.toFixed(1);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15">${escapeXml(chart.title)}</text>`,
  ];
  for (const tick of xTicks) {
    parts.push(
      `<line x1="${f(px(tick))}" y1="${bottom}" x2="${f(px(tick))}" y2="${bottom + 5}" stroke="black"/>`,
      `<text x="${f(px(tick))}" y="${bottom + 18}" text-anchor="middle">${tickLabel(tick)}</text>`,
    );
  }
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${MARGIN.left}" y1="${f(py(tick))}" x2="${MARGIN.left + plotWidth}" y2="${f(py(tick))}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 8}" y="${f(py(tick) + 4)}" text-anchor="end">${tickLabel(tick)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotWidth}" y2="${bottom}" stroke="black"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="black"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 12}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(chart.yLabel)}</text>`,
  );
  if (chart.guide) {
    const y = f(py(chart.guide.y));
    parts.push(
      `<line x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotWidth}" y2="${y}" stroke="#888" stroke-dasharray="6 4"/>`,
      `<text x="${MARGIN.left + plotWidth + 6}" y="${y}" fill="#555">${escapeXml(chart.guide.label)}</text>`,
    );
  }
  chart.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const sorted = [...series.points].sort((a, b) => a.x - b.x);
    const path = sorted.map((p) => `${f(px(p.x))},${f(py(p.y))}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    for (const p of sorted)
      parts.push(`<circle cx="${f(px(p.x))}" cy="${f(py(p.y))}" r="3.5" fill="${colour}"/>`);
    const legendY = MARGIN.top + 10 + index * 20;
    parts.push(
      `<line x1="${WIDTH - MARGIN.right + 16}" y1="${legendY}" x2="${WIDTH - MARGIN.right + 36}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${WIDTH - MARGIN.right + 42}" y="${legendY + 4}">${escapeXml(series.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
