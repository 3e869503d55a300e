import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../api/src/config/project-root.js';
import { adminCommand } from './commands/admin.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { verifyCommand } from './commands/verify.js';

const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

// A reader that stops early (`ledger export | head -1`) closes standard output: a command
// streaming to it learns so from its pipeline and ends; any other write to it is dropped.
process.stdout.on('error', (error) => {
  if (!isClosedPipe(error)) throw error;
});

const program = new Command('ledger')
  .description(
    'Claims Ledger: claims of news articles, checked, reviewed and kept in a verifiable history',
  )
  .version(version)
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(adminCommand())
  .addCommand(ingestCommand())
  .addCommand(extractCommand())
  .addCommand(exportCommand())
  .addCommand(verifyCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A closed standard output is the reader's choice, not a failure of the command.
  if (!isClosedPipe(error)) {
    process.stderr.write(`ledger: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
// Exit explicitly: open handles of libraries must not keep a finished command alive.
process.exit(process.exitCode ?? 0);

/** The error of a write to a pipe whose reader has gone. */
function isClosedPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
