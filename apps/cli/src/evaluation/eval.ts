/**
 * `npm run eval`: the accuracy of the extractor and the checks on the labelled
 * corpora of test/fixtures, printed as Markdown tables. `--report DIR` writes
 * the scorer's per-article lists of misses (the work queue) into DIR.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { accuracyTable, evaluateCorpus } from './corpus-evaluation.js';

const CORPORA = ['test/fixtures/corpus', 'test/fixtures/validation'];

const reportIndex = process.argv.indexOf('--report');
const reportDir = reportIndex >= 0 ? process.argv[reportIndex + 1] : undefined;
const scripts = CORPORA[0];
for (const corpus of CORPORA) {
  if (!readdirSync(path.join(corpus, 'gold')).some((file) => file.endsWith('.json'))) continue;
  const evaluation = evaluateCorpus(
    corpus,
    scripts,
    reportDir ? path.join(reportDir, path.basename(corpus)) : undefined,
  );
  process.stdout.write(`${accuracyTable(evaluation)}\n\n`);
}
if (reportDir)
  process.stdout.write(`per-article misses: ${reportDir}/*/{articles,perturbed,mutated}.txt\n`);
