import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import {
  EXPORT_FORMATS,
  exportEncoder,
  type ExportFormat,
} from '../../../api/src/ledger/export-format.js';
import { LedgerExportService } from '../../../api/src/ledger/ledger-export.service.js';
import { WorkspaceAdminService } from '../../../api/src/workspaces/workspace-admin.service.js';
import { withAppContext } from '../app-context.js';

interface ExportOptions {
  workspace?: string;
  format: ExportFormat;
  out: string;
  from?: string;
  to?: string;
  document?: string;
  actor?: string;
  action?: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description("write a workspace's review history to a file (verify it with `ledger verify`)")
    .option('--workspace <slug>', 'workspace slug (may be left out when there is only one)')
    .addOption(
      new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('ndjson'),
    )
    .requiredOption('--out <file>', 'file to write')
    .option('--from <time>', 'events at or after this ISO 8601 time')
    .option('--to <time>', 'events before this ISO 8601 time')
    .option('--document <id>', 'only events about this document')
    .option('--actor <id>', 'only events by this member')
    .option('--action <action>', 'only events with this action')
    .action(async (options: ExportOptions) => {
      await withAppContext(async (app) => {
        const workspace = await app.get(WorkspaceAdminService).workspaceForCli(options.workspace);
        const exports = app.get(LedgerExportService);
        const total = await exports.count(workspace.id, options);
        const bar = process.stderr.isTTY
          ? new SingleBar({ stream: process.stderr }, Presets.shades_classic)
          : null;
        bar?.start(total, 0);
        const progress = new Transform({
          objectMode: true,
          transform(event, _encoding, done) {
            bar?.increment();
            done(null, event);
          },
        });
        await pipeline(
          await exports.events(workspace.id, options),
          progress,
          exportEncoder(options.format),
          createWriteStream(options.out),
        );
        bar?.stop();
        console.log(`wrote ${total} events of ${workspace.slug} to ${options.out}`);
      });
    });
}
