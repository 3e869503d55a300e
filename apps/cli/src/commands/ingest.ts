import path from 'node:path';
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { systemActor } from '../../../api/src/auth/actor.js';
import { DocumentsService } from '../../../api/src/documents/documents.service.js';
import { classifyDatabaseError } from '../../../api/src/errors/database-errors.js';
import { DomainError } from '../../../api/src/errors/domain-error.js';
import { WorkspaceAdminService } from '../../../api/src/workspaces/workspace-admin.service.js';
import { withAppContext } from '../app-context.js';
import { readTextFile, UnreadableFileError } from '../read-text-file.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'store text files as documents of a workspace (the first non-empty line is the title)',
    )
    .requiredOption('--workspace <slug>', 'workspace slug')
    .argument('<files...>', 'UTF-8 text files')
    .action(async (files: string[], options: { workspace: string }) => {
      const failed = await withAppContext(async (app) => {
        const workspace = await app.get(WorkspaceAdminService).workspace(options.workspace);
        const documents = app.get(DocumentsService);
        const actor = systemActor(workspace.id);
        const bar = process.stderr.isTTY
          ? new SingleBar({ stream: process.stderr }, Presets.shades_classic)
          : null;
        bar?.start(files.length, 0);
        let failures = 0;
        for (const file of files) {
          try {
            const text = await readTextFile(file);
            const { created, document } = await documents.ingest(actor, {
              title: titleOf(text, file),
              text,
            });
            const line = `${created ? 'ingested' : 'already there'} ${file} → ${document.id} (${document.claims.length} claims)`;
            if (bar) bar.increment();
            else console.error(line);
          } catch (error) {
            failures++;
            bar?.increment();
            process.stderr.write(`${bar ? '\n' : ''}ledger ingest: ${file}: ${reasonOf(error)}\n`);
          }
        }
        bar?.stop();
        console.error(
          `${files.length - failures} of ${files.length} files ingested into ${workspace.slug}`,
        );
        return failures;
      });
      if (failed > 0) process.exitCode = 2;
    });
}

function titleOf(text: string, file: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '');
  return (line?.trim() ?? path.basename(file, path.extname(file))).slice(0, 500);
}

/** Why a file was not ingested, in one line: every failure is reported and the batch goes on. */
export function reasonOf(error: unknown): string {
  if (error instanceof UnreadableFileError || error instanceof DomainError) return error.message;
  switch (classifyDatabaseError(error)) {
    case 'unavailable':
      return 'the database is not reachable: run the command again for this file';
    case 'busy':
      return 'the database was busy: run the command again for this file';
    case 'conflict':
    case 'invalid-input':
    case 'not-found':
    case null: {
      const message = error instanceof Error ? error.message : String(error);
      const lines = message.split('\n').map((line) => line.trim());
      return `not stored: ${lines.filter((line) => line !== '').at(-1) ?? 'unknown error'}`;
    }
  }
}
