import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../../api/src/errors/domain-error.js';
import { extractSource, type ExtractionWithFlags } from '../extract-source.js';
import { readTextFile, UnreadableFileError } from '../read-text-file.js';

export interface ExtractOptions {
  json?: boolean;
  out?: string;
  stdin?: boolean;
  jsonl?: boolean;
}

export async function runExtract(files: string[], options: ExtractOptions): Promise<void> {
  if (options.stdin) {
    if (!options.jsonl || files.length > 0) {
      process.stderr.write(
        'ledger extract: --stdin reads JSON lines: use --stdin --jsonl, with no files\n',
      );
      process.exitCode = 2;
      return;
    }
    if (!(await extractJsonLines(process.stdin, process.stdout))) process.exitCode = 2;
    return;
  }
  if (files.length === 0) {
    process.stderr.write('ledger extract: give one or more files, or --stdin --jsonl\n');
    process.exitCode = 2;
    return;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  let failed = false;
  for (const file of files) {
    try {
      await emit(file, extractSource(await readTextFile(file)), options, files.length > 1);
    } catch (error) {
      if (!(error instanceof UnreadableFileError || error instanceof DomainError)) throw error;
      failed = true;
      process.stderr.write(`ledger extract: ${file}: ${error.message}\n`);
    }
  }
  if (failed) process.exitCode = 2;
}

async function emit(
  file: string,
  result: ExtractionWithFlags,
  options: ExtractOptions,
  several: boolean,
): Promise<void> {
  if (options.out) {
    const target = path.join(options.out, `${path.basename(file, path.extname(file))}.json`);
    await writeFile(target, `${JSON.stringify(result, null, 2)}\n`);
  } else if (options.json) {
    process.stdout.write(
      several ? `${JSON.stringify({ file, ...result })}\n` : `${JSON.stringify(result, null, 2)}\n`,
    );
  } else {
    process.stdout.write(summary(file, result));
  }
}

function summary(file: string, result: ExtractionWithFlags): string {
  const lines = [
    `${file}: ${result.claims.length} claims, ${result.relations.length} relations, ${result.flags.length} flags`,
  ];
  for (const claim of result.claims) {
    const what =
      claim.kind === 'quote'
        ? `speaker ${claim.speaker ?? '(unresolved)'}`
        : `${claim.value ?? `${claim.low}–${claim.high}`} ${claim.unit ?? ''}${claim.approximate ? ' (approximate)' : ''}`;
    const exact = claim.exact.length > 60 ? `${claim.exact.slice(0, 57)}...` : claim.exact;
    lines.push(
      `  ${claim.id.padEnd(4)} ${String(claim.start).padStart(6)}-${String(claim.end).padEnd(6)} ${JSON.stringify(exact)}  ${what}`,
    );
  }
  for (const relation of result.relations)
    lines.push(`  ${relation.type}: ${JSON.stringify(relation)}`);
  for (const flag of result.flags)
    lines.push(`  ${flag.severity} ${flag.rule} [${flag.claims.join(', ')}]: ${flag.message}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A pipeline's batch mode: one JSON text per input line (a string, or an
 * object with "text" and an optional "id"), one extraction JSON per output
 * line, in order, in one process. A line that cannot be read or extracted
 * gives {"line", "error"} in its place; the answer is false when any did.
 */
export async function extractJsonLines(input: Readable, output: Writable): Promise<boolean> {
  let allRead = true;
  async function* extractions(): AsyncGenerator<string> {
    let number = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      number++;
      if (line.trim() === '') continue;
      const result = extractLine(line, number);
      if ('error' in result) allRead = false;
      yield `${JSON.stringify(result)}\n`;
    }
  }
  // The pipeline waits while the output is full, and stops reading when it is closed.
  await pipeline(extractions, output);
  return allRead;
}

function extractLine(line: string, number: number): object {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { line: number, error: 'not JSON: give a JSON string or {"text": "…"}' };
  }
  const item =
    typeof parsed === 'string' ? { text: parsed } : (parsed as { text?: unknown; id?: unknown });
  if (item === null || typeof item !== 'object' || typeof item.text !== 'string')
    return { line: number, error: 'no text: give a JSON string or {"text": "…"}' };
  const id = 'id' in item && item.id !== undefined ? { id: item.id } : {};
  try {
    return { ...id, ...extractSource(item.text) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ...id, line: number, error: error.message };
  }
}
