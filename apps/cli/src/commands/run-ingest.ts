import 'reflect-metadata';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { systemActor, type Actor } from '../../../api/src/auth/actor.js';
import { etagOf } from '../../../api/src/common/etag.js';
import { DocumentsService } from '../../../api/src/documents/documents.service.js';
import { classifyDatabaseError } from '../../../api/src/errors/database-errors.js';
import { DomainError } from '../../../api/src/errors/domain-error.js';
import { normalizeText } from '../../../api/src/text/normalize.js';
import { VersionsService } from '../../../api/src/versions/versions.service.js';
import { WorkspaceAdminService } from '../../../api/src/workspaces/workspace-admin.service.js';
import { withAppContext } from '../app-context.js';
import { readTextFile, UnreadableFileError } from '../read-text-file.js';

export interface IngestOptions {
  workspace: string;
  sourceUrl?: string;
  asVersionOf?: string;
  asNew?: boolean;
}

export async function runIngest(files: string[], options: IngestOptions): Promise<void> {
  if ((options.sourceUrl !== undefined || options.asVersionOf !== undefined) && files.length > 1)
    throw new Error('--source-url and --as-version-of name one article: give one file');
  if (options.asVersionOf !== undefined && options.asNew)
    throw new Error('give --as-version-of or --as-new, not both');
  const failed = await withAppContext(async (app) => {
    const workspace = await app.get(WorkspaceAdminService).workspace(options.workspace);
    const documents = app.get(DocumentsService);
    const versions = app.get(VersionsService);
    const actor = systemActor(workspace.id);
    const bar = process.stderr.isTTY
      ? new SingleBar({ stream: process.stderr }, Presets.shades_classic)
      : null;
    bar?.start(files.length, 0);
    let failures = 0;
    for (const file of files) {
      try {
        const text = await readTextFile(file);
        const line =
          options.asVersionOf === undefined
            ? await ingestFile(documents, actor, file, text, options)
            : await storeVersion(documents, versions, actor, file, text, options.asVersionOf);
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
}

async function ingestFile(
  documents: DocumentsService,
  actor: Actor,
  file: string,
  text: string,
  options: IngestOptions,
): Promise<string> {
  const title = titleOf(text, file);
  const sourceUrl = options.sourceUrl ?? null;
  if (!options.asNew) {
    const sha256 = normalizeText(text).sha256;
    const [earlier] = (await documents.sameArticle(actor, title, sourceUrl)).filter(
      (document) => document.version.sha256 !== sha256,
    );
    if (earlier !== undefined)
      throw new SameArticleError(
        `a document with this title${sourceUrl === null ? '' : ' and source URL'} is there: ` +
          `${earlier.id} (version ${earlier.version.number}); run again with --as-version-of ` +
          `${earlier.id} to store this text as its version ${earlier.version.number + 1}, ` +
          'or with --as-new to store it as a new document',
      );
  }
  const { created, document } = await documents.ingest(actor, {
    title,
    text,
    ...(sourceUrl !== null && { sourceUrl }),
  });
  return `${created ? 'ingested' : 'already there'} ${file} → ${document.id} (${document.claims.length} claims)`;
}

async function storeVersion(
  documents: DocumentsService,
  versions: VersionsService,
  actor: Actor,
  file: string,
  text: string,
  documentId: string,
): Promise<string> {
  const current = await documents.get(actor, documentId);
  const { created, version } = await versions.create(
    actor,
    documentId,
    etagOf(current.version.number),
    { text },
  );
  if (!created) return `already there ${file} → ${documentId} version ${version.number}`;
  const counts = Object.entries(version.revision?.counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');
  return `stored ${file} as version ${version.number} of ${documentId} (claims: ${counts || 'none'})`;
}

/** A file that looks like a new text of an article already stored. */
class SameArticleError extends Error {}

function titleOf(text: string, file: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '');
  return (line?.trim() ?? path.basename(file, path.extname(file))).slice(0, 500);
}

/** Why a file was not ingested, in one line: every failure is reported and the batch goes on. */
export function reasonOf(error: unknown): string {
  if (
    error instanceof UnreadableFileError ||
    error instanceof DomainError ||
    error instanceof SameArticleError
  )
    return error.message;
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
