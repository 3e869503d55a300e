/**
 * Throughput of the claim extractor against Microsoft Recognizers-Text, on one
 * core (Node runs this on a single thread). Run from the repository root after
 * a build:
 *
 *   npx swc apps -d dist --strip-leading-paths --quiet --config-file .swcrc
 *   node dist/apps/api/src/extraction/bench/bench-extract.js
 *
 * Our extractor runs on the whole ≥ 2 MB text (claims and relations). The
 * recognizers are about a hundred times slower, so they run on a fixed 64 KB
 * sample of the same text, sentence by sentence, and their rate is
 * extrapolated to the whole text. Last, the adversarial inputs
 * (bench/adversarial-inputs.ts) are timed at 500 KB each, so quadratic
 * behaviour shows here rather than in a timed test.
 */
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { Culture, NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { extract } from '../extract.js';
import { DocumentText } from '../../text/document-text.js';
import { ADVERSARIAL_PIECES, repeatTo } from './adversarial-inputs.js';
import { buildCorpus, MEGABYTE, megabytes } from './corpus.js';

const CORPUS_BYTES = 2 * MEGABYTE;
const ADVERSARIAL_LENGTH = 500 * 1024;
const RECOGNIZER_SAMPLE_BYTES = 64 * 1024;
const WARM_UP_RUNS = 3;
const TIMED_RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function measureExtractor(text: string): {
  firstMs: number;
  medianMs: number;
  claims: number;
  relations: number;
} {
  let claims = 0;
  let relations = 0;
  const firstMs = timeMs(() => {
    const extraction = extract(text);
    claims = extraction.claims.length;
    relations = extraction.relations.length;
  });
  for (let i = 1; i < WARM_UP_RUNS; i++) timeMs(() => extract(text)); // let the JIT settle
  const runs = Array.from({ length: TIMED_RUNS }, () => timeMs(() => extract(text)));
  return { firstMs, medianMs: median(runs), claims, relations };
}

/** The floor any extractor pays: one pass of a regular expression finding every digit run (median of runs). */
function measureDigitRuns(text: string): { medianMs: number; runs: number } {
  let runs = 0;
  const count = () => {
    runs = 0;
    for (const _ of text.matchAll(/\d+/g)) runs++;
  };
  for (let i = 0; i < WARM_UP_RUNS; i++) count();
  return { medianMs: median(Array.from({ length: TIMED_RUNS }, () => timeMs(count))), runs };
}

/** The first whole paragraphs of the text that make up about `bytes` bytes. */
function sampleOf(text: string, bytes: number): string {
  let end = text.indexOf('\n', bytes);
  if (end < 0) end = text.length;
  return text.slice(0, end);
}

function measureRecognizers(sample: string): { ms: number; entities: number; sentences: number } {
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
  const sentences = new DocumentText(sample).sentences.map((sentence) => sentence.text);
  // Warm up on a few sentences, as for our extractor.
  for (const sentence of sentences.slice(0, 20)) for (const model of models) model.parse(sentence);
  let entities = 0;
  const ms = timeMs(() => {
    for (const sentence of sentences)
      for (const model of models) entities += model.parse(sentence).length;
  });
  return { ms, entities, sentences: sentences.length };
}

function main(): void {
  const text = buildCorpus(CORPUS_BYTES);
  const size = megabytes(text);
  console.log(
    `Corpus: ${size.toFixed(2)} MB of news text (the fixture articles with varied digits), one core.`,
  );

  const ours = measureExtractor(text);
  const oursRate = size / (ours.medianMs / 1000);
  console.log(
    `Claims Ledger extractor: ${ours.medianMs.toFixed(0)} ms (median of ${TIMED_RUNS}, first run ${ours.firstMs.toFixed(0)} ms)` +
      ` = ${oursRate.toFixed(1)} MB/s; ${ours.claims} claims, ${ours.relations} relations`,
  );

  const floor = measureDigitRuns(text);
  const floorRate = size / (floor.medianMs / 1000);
  console.log(
    `Baseline, one regular-expression pass over every digit run: ${floor.medianMs.toFixed(1)} ms (${floor.runs} runs)` +
      ` = ${floorRate.toFixed(0)} MB/s; the extractor runs at ${(oursRate / floorRate).toFixed(4)} of it.`,
  );

  const sample = sampleOf(text, RECOGNIZER_SAMPLE_BYTES);
  const sampleSize = megabytes(sample);
  const theirs = measureRecognizers(sample);
  const theirsRate = sampleSize / (theirs.ms / 1000);
  console.log(
    `Recognizers-Text (NumberWithUnit currency/dimension/age/temperature + Number number/percentage, English, sentence by sentence):` +
      ` ${theirs.ms.toFixed(0)} ms for a ${(sampleSize * 1024).toFixed(0)} KB sample (${theirs.sentences} sentences, ${theirs.entities} entities)` +
      ` = ${theirsRate.toFixed(3)} MB/s; extrapolated to the ${size.toFixed(2)} MB corpus: ${(size / theirsRate).toFixed(1)} s`,
  );
  console.log(
    `Ratio: ours is ${(oursRate / theirsRate).toFixed(0)}x faster (target: >= 5 MB/s and >= 10x).`,
  );

  console.log('Growth (median of 3 runs each):');
  for (const megabytesWanted of [0.5, 1, 2, 4]) {
    const part = buildCorpus(megabytesWanted * MEGABYTE);
    extract(part);
    const ms = median([0, 1, 2].map(() => timeMs(() => extract(part))));
    const partSize = megabytes(part);
    console.log(
      `  ${partSize.toFixed(2)} MB: ${ms.toFixed(0)} ms (${(ms / partSize).toFixed(0)} ms per MB)`,
    );
  }

  printAdversarialTimes();
}

/**
 * One short piece repeated to 500 KB: a run far above the news text's ms per MB
 * is quadratic behaviour or regex backtracking. One run each (the slow ones
 * would take minutes if repeated).
 */
function printAdversarialTimes(): void {
  console.log('Adversarial inputs: time per 500 KB each (one run after one 50 KB warm-up):');
  for (const [name, piece] of ADVERSARIAL_PIECES) {
    extract(repeatTo(piece, ADVERSARIAL_LENGTH / 10));
    const text = repeatTo(piece, ADVERSARIAL_LENGTH);
    let claims = 0;
    const ms = timeMs(() => (claims = extract(text).claims.length));
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms, ${claims} claims`);
  }
}

main();
