import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { exportEncoder, readExportEvents, type ExportFormat } from '../export-format.js';
import type { HashedEvent } from '../ledger-hash.js';

/** Pipes events through an export writer and returns the text it wrote. */
export async function encodeEvents(
  encoder: Transform,
  events: readonly HashedEvent[],
): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString('utf8');
      callback();
    },
  });
  await pipeline(Readable.from(events), encoder, sink);
  return text;
}

/** The text as bytes in small chunks, so that characters and records straddle chunks. */
export function* chunked(text: string, size = 5): Generator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The events written as an export of `format` and read back from its bytes, as `ledger verify` reads a file. */
export async function readBackAs(
  format: ExportFormat,
  events: readonly HashedEvent[],
): Promise<AsyncIterable<HashedEvent>> {
  const text = await encodeEvents(exportEncoder(format), events);
  return readExportEvents(format, chunked(text, 64));
}
