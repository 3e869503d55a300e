import { Command } from 'commander';
import type { IngestOptions } from './run-ingest.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'store text files as documents of a workspace (the first non-empty line is the title); ' +
        'a text of an article already there (same title and source URL) is refused with the ' +
        "offer to store it as that document's next version",
    )
    .requiredOption('--workspace <slug>', 'workspace slug')
    .option('--source-url <url>', "the article's public URL (one file only)")
    .option(
      '--as-version-of <id>',
      'store the file as the next version of this document: its claims are re-anchored (one file only)',
    )
    .option('--as-new', 'store the file as a new document even if one has its title and source URL')
    .argument('<files...>', 'UTF-8 text files')
    .action(async (files: string[], options: IngestOptions) => {
      const { runIngest } = await import('./run-ingest.js');
      await runIngest(files, options);
    });
}
