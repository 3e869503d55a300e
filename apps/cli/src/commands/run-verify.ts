import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  CheckpointError,
  loadPublicKey,
  parseCheckpoint,
  type CheckpointReference,
} from '../../../api/src/chain/checkpoint.js';
import {
  detectExportFormat,
  ExportFormatError,
  readExportEvents,
} from '../../../api/src/chain/export-format.js';
import {
  describeVerification,
  leavesUnproven,
  verifyExport,
  type ExportVerification,
} from '../../../api/src/chain/verify-export.js';
import { readTextFile, UnreadableFileError } from '../read-text-file.js';

export interface VerifyOptions {
  head?: string;
  checkpoint?: string;
  publicKey?: string;
  strict?: boolean;
}

/** Where `ledger verify` prints: process.stdout and process.stderr, or a test's buffers. */
export interface VerifyOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Exit codes: 0 the chain verifies, 1 it does not, 2 the input cannot be used,
 * 3 (with --strict) it verifies but leaves something unproven: the end of a full
 * export not anchored by --head, or what a filtered export cannot show.
 */
export type VerifyExitCode = 0 | 1 | 2 | 3;

/** The first bytes read to tell the format; the CSV header line fits many times over. */
const DETECTION_BYTES = 64 * 1024;

/** Verifies `file`, prints one line, and returns the exit code. */
export async function runVerify(
  file: string,
  options: VerifyOptions,
  output: VerifyOutput,
): Promise<VerifyExitCode> {
  try {
    const verification = await verifyFile(file, options);
    output.stdout.write(`${describeVerification(verification)}\n`);
    if (!verification.ok) return 1;
    return options.strict === true && leavesUnproven(verification) ? 3 : 0;
  } catch (error) {
    if (!(error instanceof UnusableInputError)) throw error;
    output.stderr.write(`ledger verify: ${error.message}\n`);
    return 2;
  }
}

/** An export, checkpoint, key or option that cannot be used; the message names it. */
class UnusableInputError extends Error {}

async function verifyFile(file: string, options: VerifyOptions): Promise<ExportVerification> {
  if (options.head !== undefined && !/^[0-9a-f]{64}$/i.test(options.head)) {
    throw new UnusableInputError('--head must be a hash of 64 hexadecimal digits');
  }
  if (options.publicKey !== undefined && options.checkpoint === undefined) {
    throw new UnusableInputError('--public-key checks a checkpoint: give --checkpoint FILE too');
  }
  const checkpoint =
    options.checkpoint === undefined ? undefined : await readCheckpoint(options.checkpoint);
  const publicKeyPem =
    options.publicKey === undefined ? undefined : await readPublicKey(options.publicKey);
  const format = detectExportFormat(await readStart(file));
  if (format === null) {
    throw new UnusableInputError(
      `${file}: not a ledger export (expected NDJSON, a JSON array, or CSV with the export header)`,
    );
  }
  try {
    const events = readExportEvents(format, createReadStream(file));
    return await verifyExport(events, { expectedHead: options.head, checkpoint, publicKeyPem });
  } catch (error) {
    if (error instanceof ExportFormatError)
      throw new UnusableInputError(`${file}: ${error.message}`);
    throw asFileError(file, error);
  }
}

async function readStart(file: string): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(
        Buffer.alloc(DETECTION_BYTES),
        0,
        DETECTION_BYTES,
        0,
      );
      return new TextDecoder().decode(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asFileError(file, error);
  }
}

async function readCheckpoint(file: string): Promise<CheckpointReference> {
  const text = await readInputFile(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UnusableInputError(`${file}: a checkpoint must be JSON`);
  }
  try {
    return parseCheckpoint(value);
  } catch (error) {
    if (error instanceof CheckpointError) throw new UnusableInputError(`${file}: ${error.message}`);
    throw error;
  }
}

async function readPublicKey(file: string): Promise<string> {
  const pem = await readInputFile(file);
  try {
    loadPublicKey(pem);
  } catch (error) {
    if (error instanceof CheckpointError) throw new UnusableInputError(`${file}: ${error.message}`);
    throw error;
  }
  return pem;
}

async function readInputFile(file: string): Promise<string> {
  try {
    return await readTextFile(file);
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new UnusableInputError(`${file}: ${error.message}`);
    throw error;
  }
}

/** A file system error as a one-line reason; anything else is passed on unchanged. */
function asFileError(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return error; // errno codes only
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : `cannot be read (${code})`;
  return new UnusableInputError(`${file}: ${reason}`);
}
