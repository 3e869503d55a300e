import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../../../api/src/chain/export-record.js';
import type { ExportOptions } from './run-export.js';

export function exportCommand(): Command {
  return new Command('export')
    .description(
      "write a workspace's review history to standard output or a file (verify it with `ledger verify`)",
    )
    .option('--workspace <slug>', 'workspace slug (may be left out when there is only one)')
    .addOption(
      new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('ndjson'),
    )
    .option('--out <file>', 'file to write (default: standard output, as with -)')
    .option('--from <time>', 'events at or after this ISO 8601 time')
    .option('--to <time>', 'events before this ISO 8601 time')
    .option('--document <id>', 'only events about this document (UUID)')
    .option('--actor <id>', 'only events by this member (UUID)')
    .option('--action <action>', 'only events with this action')
    .option('--bom', 'CSV: start with a UTF-8 byte order mark (for Excel)')
    .action(async (options: ExportOptions) => {
      const { runExport } = await import('./run-export.js');
      await runExport(options);
    });
}
