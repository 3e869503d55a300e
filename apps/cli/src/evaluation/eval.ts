/**
 * `npm run eval`: the accuracy of the extractor and the checks on the labelled
 * corpora of test/fixtures, printed as Markdown tables. `--report DIR` writes
 * the scorer's per-article lists of misses (the work queue) into DIR.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { accuracyTable, evaluateCorpus } from './corpus-evaluation.js';

const CORPORA = ['test/fixtures/corpus', 'test/fixtures/validation'];

function reportDirOf(args: string[]): string | undefined {
  try {
    return parseArgs({ args, options: { report: { type: 'string' } } }).values.report;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run eval [-- --report DIR]\n`);
    process.exit(2);
  }
}

const reportDir = reportDirOf(process.argv.slice(2));
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
