import { Command } from 'commander';

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the HTTP API (embedded PostgreSQL and demo data when DATABASE_URL is unset)')
    .action(async () => {
      const { runServe } = await import('./run-serve.js');
      await runServe();
    });
}
