/**
 * How the number libraries compare with our extractor on the labelled
 * articles: speed, and how many labelled numeric claims each finds and how
 * many of its outputs are no claim. Run from the repository root after a build:
 *
 *   node dist/apps/api/src/extraction/bench/evaluate-libraries.js
 *
 * Scoring is by overlap, the same for all three: a labelled (required) numeric
 * claim is found when some output overlaps its span; an output is a false
 * positive when it overlaps no labelled numeric claim (required or optional).
 * Quotes are not scored here (the libraries do not find them).
 */
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { Culture, NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import nlp from 'compromise';
import { extract } from '../extract.js';
import { DocumentText } from '../../text/document-text.js';
import { loadFixture, type LabelledClaim } from '../testing/labelled-fixture.js';
import { FIXTURE_ARTICLES, megabytes } from './corpus.js';

interface Span {
  start: number;
  end: number;
}

type Finder = (text: string) => Span[];

const ours: Finder = (text) =>
  extract(text)
    .claims.filter((c) => c.kind === 'numeric')
    .map((c) => ({ start: c.start, end: c.end }));

const compromiseFinder: Finder = (text) => {
  const doc = nlp(text);
  const spans: Span[] = [];
  for (const view of [doc.numbers(), doc.money(), doc.percentages()]) {
    for (const match of view.json({ offset: true }) as {
      offset: { start: number; length: number };
    }[]) {
      spans.push({ start: match.offset.start, end: match.offset.start + match.offset.length });
    }
  }
  return mergeOverlapping(spans);
};

function recognizersFinder(): Finder {
  const numberWithUnit = new NumberWithUnitRecognizer(Culture.English);
  const numbers = new NumberRecognizer(Culture.English);
  const models = [
    numberWithUnit.getCurrencyModel(),
    numberWithUnit.getDimensionModel(),
    numberWithUnit.getAgeModel(),
    numberWithUnit.getTemperatureModel(),
    numbers.getNumberModel(),
    numbers.getPercentageModel(),
  ];
  return (text) => {
    const spans: Span[] = [];
    for (const sentence of new DocumentText(text).sentences) {
      for (const model of models) {
        for (const result of model.parse(sentence.text))
          spans.push({
            start: sentence.start + result.start,
            end: sentence.start + result.end + 1,
          });
      }
    }
    return mergeOverlapping(spans);
  };
}

/** One span per overlapping group: a library reporting "$1.2" and "$1.2 billion" has found one thing. */
function mergeOverlapping(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

interface Score {
  found: number;
  /** Found with exactly the labelled span ("72,000 units", not "72,000"). */
  sameSpan: number;
  required: number;
  outputs: number;
  falsePositives: number;
}

function score(finder: Finder, text: string, labels: LabelledClaim[]): Score {
  // All fixture texts are in the Basic Multilingual Plane, so UTF-16 indices equal code-point offsets.
  const numeric = labels.filter((l) => l.kind === 'numeric');
  const required = numeric.filter((l) => !l.optional);
  const outputs = finder(text);
  return {
    found: required.filter((label) => outputs.some((o) => overlaps(o, label))).length,
    sameSpan: required.filter((label) =>
      outputs.some((o) => o.start === label.start && o.end === label.end),
    ).length,
    required: required.length,
    outputs: outputs.length,
    falsePositives: outputs.filter((o) => !numeric.some((label) => overlaps(o, label))).length,
  };
}

function throughput(finder: Finder, text: string, repeat: number): number {
  finder(text);
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) finder(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return (megabytes(text) * repeat) / seconds;
}

function main(): void {
  const fixtures = FIXTURE_ARTICLES.map((name) => ({ name, ...loadFixture(name) }));
  const finders: [string, Finder, number][] = [
    ['Claims Ledger extractor', ours, 200],
    ['compromise 14 (numbers + money + percentages, whole text)', compromiseFinder, 2],
    [
      'Recognizers-Text 1.3 (NumberWithUnit + Number, sentence by sentence)',
      recognizersFinder(),
      1,
    ],
  ];
  const allText = fixtures.map((f) => f.text).join('\n');
  console.log(
    `Labelled articles: ${fixtures.map((f) => f.name).join(', ')} (${(megabytes(allText) * 1024).toFixed(1)} KB).`,
  );
  for (const [name, finder, repeat] of finders) {
    const total: Score = { found: 0, sameSpan: 0, required: 0, outputs: 0, falsePositives: 0 };
    const perArticle = fixtures.map((fixture) => {
      const s = score(finder, fixture.text, fixture.labels.claims);
      total.found += s.found;
      total.sameSpan += s.sameSpan;
      total.required += s.required;
      total.outputs += s.outputs;
      total.falsePositives += s.falsePositives;
      return `${fixture.name} ${s.found}/${s.required} found, ${s.falsePositives}/${s.outputs} false`;
    });
    const rate = throughput(finder, allText, repeat);
    console.log(`\n${name}: ${rate.toFixed(3)} MB/s`);
    console.log(
      `  numeric claims found ${total.found}/${total.required} (${((100 * total.found) / total.required).toFixed(0)}%),` +
        ` with the labelled span ${total.sameSpan}/${total.required} (${((100 * total.sameSpan) / total.required).toFixed(0)}%),` +
        ` outputs that are no claim ${total.falsePositives}/${total.outputs} (${((100 * total.falsePositives) / Math.max(1, total.outputs)).toFixed(0)}%)`,
    );
    for (const line of perArticle) console.log(`  ${line}`);
  }
}

main();
