/**
 * Accuracy on a labelled corpus (test/fixtures/corpus/README.md): the
 * extractor and the checks run on every article, on its hand-made planted
 * errors and on the planted errors mutate.mjs makes, and the corpus's own
 * scorer compares them with the labels. Used by `npm run eval` and by the
 * accuracy regression test.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractSource } from '../extract-source.js';

/** What score.mjs reports (the fields read here). */
export interface ScoreSummary {
  documents: number;
  numeric: {
    gold: number;
    recall: number | null;
    precision: number | null;
    value_accuracy: number | null;
    unit_accuracy_strict: number | null;
    unit_accuracy_lenient: number | null;
  };
  quote: { gold: number; recall: number | null; speaker_accuracy: number | null };
  relations: { gold: number; recall: number | null };
  flags: {
    perturbed_docs: number;
    perturbed_recall: number | null;
    perturbed_rule_match: number | null;
    clean_docs: number;
    false_flags_total: number;
    false_flags_per_doc: number | null;
  };
}

export interface CorpusEvaluation {
  corpus: string;
  /** The clean articles against their labels. */
  articles: ScoreSummary;
  /** Hand-made planted errors (perturbed/), when the corpus has them. */
  handMade: ScoreSummary | null;
  /** Planted errors made by mutate.mjs from every relation that holds. */
  machineMade: ScoreSummary;
}

/** Extracts every .txt of `textDir` into `predDir/NAME.json`, with the in-document checks' flags. */
export function predictDirectory(textDir: string, predDir: string): void {
  mkdirSync(predDir, { recursive: true });
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt'))) {
    const result = extractSource(readFileSync(path.join(textDir, file), 'utf8'));
    writeFileSync(
      path.join(predDir, `${path.basename(file, '.txt')}.json`),
      JSON.stringify(result),
    );
  }
}

/** Scores predictions with the corpus's scorer, optionally writing its per-document report. */
export function score(
  scorer: string,
  goldDir: string,
  predDir: string,
  verboseOut?: string,
): ScoreSummary {
  const json = path.join(predDir, '.score.json');
  const output = execFileSync(
    process.execPath,
    [scorer, goldDir, predDir, '--json', json, '--verbose'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (verboseOut) {
    writeFileSync(verboseOut, output);
    writeFileSync(verboseOut.replace(/\.txt$/, '.json'), readFileSync(json));
  }
  return (JSON.parse(readFileSync(json, 'utf8')) as { summary: ScoreSummary }).summary;
}

/** Runs the whole evaluation of one corpus folder (articles/, gold/, maybe perturbed/, score.mjs, mutate.mjs). */
export function evaluateCorpus(
  corpusDir: string,
  scriptsDir = corpusDir,
  reportDir?: string,
): CorpusEvaluation {
  const work = mkdtempSync(path.join(tmpdir(), 'ledger-eval-'));
  try {
    const scorer = path.join(scriptsDir, 'score.mjs');
    const report = (name: string) => (reportDir ? path.join(reportDir, `${name}.txt`) : undefined);
    if (reportDir) mkdirSync(reportDir, { recursive: true });

    const predictions = path.join(work, 'articles');
    predictDirectory(path.join(corpusDir, 'articles'), predictions);
    const articles = score(scorer, path.join(corpusDir, 'gold'), predictions, report('articles'));

    let handMade: ScoreSummary | null = null;
    const perturbed = path.join(corpusDir, 'perturbed');
    if (existsSync(perturbed)) {
      const predicted = path.join(work, 'perturbed');
      predictDirectory(perturbed, predicted);
      handMade = score(scorer, perturbed, predicted, report('perturbed'));
    }

    const mutated = path.join(work, 'mutated');
    execFileSync(
      process.execPath,
      [path.join(scriptsDir, 'mutate.mjs'), path.join(corpusDir, 'gold'), mutated],
      {
        encoding: 'utf8',
      },
    );
    const mutatedPredictions = path.join(work, 'mutated-predictions');
    predictDirectory(mutated, mutatedPredictions);
    const machineMade = score(scorer, mutated, mutatedPredictions, report('mutated'));
    return { corpus: corpusDir, articles, handMade, machineMade };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const count = (share: number | null, total: number) =>
  share === null ? 'n/a' : `${Math.round(share * total)} of ${total} (${percent(share)})`;

/** The accuracy table for one corpus, as Markdown. */
export function accuracyTable(evaluation: CorpusEvaluation): string {
  const { articles, handMade, machineMade } = evaluation;
  const rows: Array<[string, string]> = [
    [
      `relations that hold, found by the extractor (${articles.relations.gold} labelled)`,
      percent(articles.relations.recall),
    ],
  ];
  if (handMade)
    rows.push([
      `hand-made planted errors flagged (${handMade.flags.perturbed_docs})`,
      count(handMade.flags.perturbed_recall, handMade.flags.perturbed_docs),
    ]);
  rows.push(
    [
      `machine-made planted errors flagged (mutate.mjs, ${machineMade.flags.perturbed_docs})`,
      count(machineMade.flags.perturbed_recall, machineMade.flags.perturbed_docs),
    ],
    [
      `false flags per clean article (${articles.flags.clean_docs} clean)`,
      articles.flags.false_flags_per_doc === null
        ? 'n/a'
        : articles.flags.false_flags_per_doc.toFixed(3),
    ],
    [
      `numeric claims: recall / precision (${articles.numeric.gold} labelled)`,
      `${percent(articles.numeric.recall)} / ${percent(articles.numeric.precision)}`,
    ],
    [
      `quotes: recall / speaker right (${articles.quote.gold} labelled)`,
      `${percent(articles.quote.recall)} / ${percent(articles.quote.speaker_accuracy)}`,
    ],
  );
  return [
    `| measured on \`${evaluation.corpus}\` | now |`,
    '| --- | --- |',
    ...rows.map(([what, value]) => `| ${what} | ${value} |`),
  ].join('\n');
}
