/**
 * `npm run eval:peer`: the Recognizers-Text English spec cases (Number,
 * Percent, Currency models) through `ledger extract --stdin --jsonl`, with the
 * pass rate per model. `--failures` lists every failing case.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateModel, peerTable } from './peer-evaluation.js';

const SPECS = 'test/fixtures/peer/recognizers-text';
const MODELS = ['NumberModel', 'PercentModel', 'CurrencyModel'];
const CLI = path.resolve('dist/apps/cli/src/main.js');

function showFailures(args: string[]): boolean {
  try {
    return parseArgs({ args, options: { failures: { type: 'boolean' } } }).values.failures ?? false;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run eval:peer [-- --failures]\n`);
    process.exit(2);
  }
}

const failures = showFailures(process.argv.slice(2));
const outcomes = MODELS.map((model) => evaluateModel(CLI, path.join(SPECS, `${model}.json`)));
process.stdout.write(`${peerTable(outcomes)}\n`);
if (failures)
  for (const outcome of outcomes)
    for (const failure of outcome.failures)
      process.stdout.write(
        `${outcome.model}: ${JSON.stringify(failure.input)}\n  expected ${failure.expected.join('; ') || '(nothing)'}\n  found    ${failure.found.join('; ') || '(nothing)'}\n`,
      );
