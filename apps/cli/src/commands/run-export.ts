import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Presets, SingleBar } from 'cli-progress';
import { storedEventsEncoder, type ExportFormat } from '../../../api/src/chain/export-format.js';
import { ExportQuery } from '../../../api/src/ledger/ledger-export.dto.js';
import {
  LedgerExportService,
  type ExportFilter,
} from '../../../api/src/ledger/ledger-export.service.js';
import { WorkspaceAdminService } from '../../../api/src/workspaces/workspace-admin.service.js';
import { withAppContext } from '../app-context.js';

export interface ExportOptions {
  workspace?: string;
  format: ExportFormat;
  out?: string;
  from?: string;
  to?: string;
  document?: string;
  actor?: string;
  action?: string;
  bom?: boolean;
}

export async function runExport(options: ExportOptions): Promise<void> {
  const filter: ExportFilter = {
    from: options.from,
    to: options.to,
    documentId: options.document,
    actorId: options.actor,
    action: options.action,
  };
  const refusal = invalidFilter(filter);
  if (refusal !== null) {
    process.stderr.write(`ledger export: ${refusal}\n`);
    process.exitCode = 2;
    return;
  }
  const file = options.out === undefined || options.out === '-' ? null : options.out;
  await withAppContext(async (app) => {
    const workspace = await app.get(WorkspaceAdminService).workspaceForCli(options.workspace);
    const exports = app.get(LedgerExportService);
    const total = await exports.count(workspace.id, filter);
    // Not over the events themselves when both go to the same terminal.
    const bar =
      process.stderr.isTTY && !(file === null && process.stdout.isTTY)
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
      await exports.storedEvents(workspace.id, filter, options.format === 'csv'),
      progress,
      storedEventsEncoder(options.format, { bom: options.bom }),
      file === null ? process.stdout : createWriteStream(file),
    );
    bar?.stop();
    process.stderr.write(
      `wrote ${total} events of ${workspace.slug} to ${file ?? 'standard output'}\n`,
    );
  });
}

/** The command's option for each filter whose name differs. */
const OPTION_OF_FILTER: Record<string, string> = { documentId: 'document', actorId: 'actor' };

/**
 * Why the filters cannot be used, naming the option, or null: they are checked
 * by the rules of GET /v1/ledger/export's query (ExportQuery), so that a value
 * such as `--from yesterday` is refused here rather than handed to PostgreSQL.
 */
export function invalidFilter(filter: ExportFilter): string | null {
  const [error] = validateSync(plainToInstance(ExportQuery, filter), { stopAtFirstError: true });
  if (error === undefined) return null;
  const option = OPTION_OF_FILTER[error.property] ?? error.property;
  const reasons = Object.values(error.constraints ?? {})
    .map((reason) => reason.replace(error.property, option))
    .join('; ');
  return `--${option} ${JSON.stringify(error.value)}: ${reasons}`;
}
