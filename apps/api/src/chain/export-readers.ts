import { pipeline, Readable } from 'node:stream';
import { CsvError, parse as csvParser } from 'csv-parse';
import { parse as parseCsvText } from 'csv-parse/sync';
import {
  AUDIT_COLUMNS,
  CSV_COLUMNS,
  eventFromExportRecord,
  ExportFormatError,
  unescapeCsvCell,
  type CsvColumn,
  type ExportFormat,
} from './export-record.js';
import { splitJsonArray } from './json-array-reader.js';
import type { HashedEvent } from './ledger-hash.js';

/**
 * Reads ledger exports back into events, one at a time, in file order: the
 * verifier streams a file of any size through these in constant memory.
 * Anything that is not an export throws ExportFormatError naming where.
 */

/** Bytes or text as they come from a file stream (a Readable is one). */
export type ExportSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** Which format a file is, from its first bytes; null when it is not an export. */
export function detectExportFormat(head: string): ExportFormat | null {
  const text = head.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return 'ndjson';
  const firstLine = text.split('\n', 1)[0].replace(/\r$/, '');
  try {
    const [header] = parseCsvText(firstLine);
    return sameColumns(header) ? 'csv' : null;
  } catch {
    return null;
  }
}

export function readExportEvents(
  format: ExportFormat,
  source: ExportSource,
): AsyncGenerator<HashedEvent> {
  switch (format) {
    case 'ndjson':
      return readNdjsonEvents(source);
    case 'json':
      return readJsonArrayEvents(source);
    case 'csv':
      return readCsvEvents(source);
  }
}

/** One JSON event per line; blank lines are skipped. */
export async function* readNdjsonEvents(source: ExportSource): AsyncGenerator<HashedEvent> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  for await (const text of decodeUtf8(source)) {
    for (const line of splitter.push(text)) {
      lineNumber++;
      if (line.trim() !== '') yield eventOfLine(line, lineNumber);
    }
  }
  for (const line of splitter.end()) {
    lineNumber++;
    if (line.trim() !== '') yield eventOfLine(line, lineNumber);
  }
}

function eventOfLine(line: string, lineNumber: number): HashedEvent {
  const where = `line ${lineNumber}`;
  return eventFromExportRecord(parseJson(line, where), where);
}

/** A line ends at LF, CRLF or a lone CR, as readline ends it. */
const LINE_END = /\r\n|\n|\r/;

/**
 * Splits a text read in chunks into its lines, without their line ends. A CR
 * at the end of a chunk is held back: the next chunk may start with its LF.
 */
export class LineSplitter {
  private rest = '';

  /** The lines that end in `chunk`. */
  push(chunk: string): string[] {
    let text = this.rest + chunk;
    const heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    const lines = text.split(LINE_END);
    this.rest = (lines.pop() ?? '') + (heldCr ? '\r' : '');
    return lines;
  }

  /** The last line, if the text does not end with a line end. */
  end(): string[] {
    const rest = this.rest;
    this.rest = '';
    if (rest.endsWith('\r')) return [rest.slice(0, -1)];
    return rest === '' ? [] : [rest];
  }
}

/** A JSON array of events, however it is laid out. */
export async function* readJsonArrayEvents(source: ExportSource): AsyncGenerator<HashedEvent> {
  let index = 0;
  for await (const item of splitJsonArray(decodeUtf8(source))) {
    index++;
    const where = `array item ${index}`;
    yield eventFromExportRecord(parseJson(item, where), where);
  }
}

/** The CSV of csvEncoder: the header, then one row per event. */
export async function* readCsvEvents(source: ExportSource): AsyncGenerator<HashedEvent> {
  // Blank lines (a file saved with a newline or two at its end) hold no event.
  const parser = csvParser({
    bom: true,
    info: true,
    // RFC 4180's CRLF as written, or LF once an editor saved the file again; mixed too.
    record_delimiter: ['\r\n', '\n'],
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  });
  const input = Readable.from(decodeUtf8(source));
  // Errors of the source reach the parser, which ends the loop below with them.
  pipeline(input, parser, () => {});
  let sawHeader = false;
  let rowNumber = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<CsvRecord>) {
      if (!sawHeader) {
        if (!sameColumns(record)) {
          throw new ExportFormatError('the CSV header is not the export header');
        }
        sawHeader = true;
        continue;
      }
      rowNumber++;
      const where = `CSV row ${rowNumber} (line ${info.lines})`;
      yield eventFromExportRecord(recordFromCsvRow(record, where), where);
    }
  } catch (error) {
    if (error instanceof CsvError) throw new ExportFormatError(`CSV: ${error.message}`);
    throw error;
  } finally {
    input.destroy(); // stop reading the source when the consumer stops early
  }
  if (!sawHeader) throw new ExportFormatError('empty input, not a CSV export');
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function recordFromCsvRow(row: string[], where: string): unknown {
  const cell = (column: CsvColumn): string | null =>
    unescapeCsvCell(row[CSV_COLUMNS.indexOf(column)]);
  const seq = cell('seq') ?? '';
  const data = cell('data');
  return {
    seq: /^[1-9]\d*$/.test(seq) ? Number(seq) : seq,
    at: cell('at'),
    workspaceId: cell('workspaceId'),
    actor: { id: cell('actorId'), role: cell('actorRole') },
    action: cell('action'),
    subject: { type: cell('subjectType'), id: cell('subjectId') },
    data: data === null ? undefined : parseJson(data, `${where}: data`),
    prevHash: cell('prevHash'),
    hash: cell('hash'),
  };
}

/** The export's header: the chain's columns, with the auditor's after them (or, in older exports, without). */
function sameColumns(header: readonly string[] | undefined): boolean {
  if (header === undefined) return false;
  const expected =
    header.length === CSV_COLUMNS.length ? CSV_COLUMNS : [...CSV_COLUMNS, ...AUDIT_COLUMNS];
  return (
    header.length === expected.length && expected.every((column, index) => header[index] === column)
  );
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ExportFormatError(`${where}: not JSON (${(error as Error).message})`);
  }
}

/** Strict UTF-8: a byte that is not UTF-8 would otherwise turn into U+FFFD unseen. */
async function* decodeUtf8(source: ExportSource): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of source) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      throw new ExportFormatError('not valid UTF-8');
    }
    throw error;
  }
}
