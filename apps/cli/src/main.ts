import 'reflect-metadata';
import { Command } from 'commander';
import { adminCommand } from './commands/admin.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { serveCommand } from './commands/serve.js';
import { verifyCommand } from './commands/verify.js';

const program = new Command('ledger')
  .description(
    'Claims Ledger: claims of news articles, checked, reviewed and kept in a verifiable history',
  )
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
  process.stderr.write(`ledger: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
// Exit explicitly: open handles of libraries must not keep a finished command alive.
process.exit(process.exitCode ?? 0);
