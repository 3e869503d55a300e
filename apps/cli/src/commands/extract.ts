import { Command } from 'commander';
import type { ExtractOptions } from './run-extract.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract the claims and relations of text files (no database needed)')
    .argument('[files...]', 'UTF-8 text files')
    .option(
      '--json',
      'print the extraction contract as JSON (one document per line for several files)',
    )
    .option('--out <dir>', 'write <dir>/<name>.json for each file instead of printing')
    .option('--stdin', 'read the texts from standard input instead of files (with --jsonl)')
    .option(
      '--jsonl',
      'with --stdin: each input line is a JSON string or {"text": …, "id"?: …}; each output line is its extraction JSON, in order',
    )
    .action(async (files: string[], options: ExtractOptions) => {
      const { runExtract } = await import('./run-extract.js');
      await runExtract(files, options);
    });
}
