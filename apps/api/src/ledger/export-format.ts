import { Transform } from 'node:stream';
import canonicalize from 'canonicalize';
import { stringify } from 'csv-stringify/sync';
import {
  CSV_COLUMNS,
  escapeCsvCell,
  toExportRecord,
  type CsvColumn,
  type ExportFormat,
} from './export-record.js';
import type { HashedEvent } from './ledger-hash.js';

/**
 * Ledger exports (GET /v1/ledger/export): each writer is a Transform stream in
 * object mode, events in and text out, so the server pipes a database cursor
 * through it to the response with back-pressure and constant memory. Every event
 * keeps its `prevHash` and `hash`, so `ledger verify` can re-compute the chain.
 * The readers of the same formats live in export-readers.ts and are re-exported here.
 */

export {
  CSV_COLUMNS,
  EXPORT_FORMATS,
  ExportFormatError,
  escapeCsvCell,
  unescapeCsvCell,
  toExportRecord,
  type ExportFormat,
} from './export-record.js';
export {
  detectExportFormat,
  readCsvEvents,
  readExportEvents,
  readJsonArrayEvents,
  readNdjsonEvents,
  type ExportSource,
} from './export-readers.js';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The writer of one format. */
export function exportEncoder(format: ExportFormat): Transform {
  switch (format) {
    case 'ndjson':
      return ndjsonEncoder();
    case 'csv':
      return csvEncoder();
    case 'json':
      return jsonArrayEncoder();
  }
}

/** One JSON event per line, each line ending with "\n". */
export function ndjsonEncoder(): Transform {
  return eventTransform(
    (event) => `${JSON.stringify(toExportRecord(event))}\n`,
    () => '',
  );
}

/** A JSON array: "[", one event per line joined by ",", "]". */
export function jsonArrayEncoder(): Transform {
  return eventTransform(
    (event, index) => `${index === 0 ? '[\n' : ',\n'}${JSON.stringify(toExportRecord(event))}`,
    (count) => (count === 0 ? '[]\n' : '\n]\n'),
  );
}

/**
 * CSV with the CSV_COLUMNS header, even when there is no event. Every text cell
 * is escaped against formula injection by escapeCsvCell; `data` is canonical JSON.
 */
export function csvEncoder(): Transform {
  return eventTransform(
    (event, index) => csvLines([csvRow(event)], index === 0),
    (count) => (count === 0 ? csvLines([], true) : ''),
  );
}

function csvLines(rows: (string | number)[][], withHeader: boolean): string {
  return stringify(rows, { header: withHeader, columns: [...CSV_COLUMNS] });
}

function csvRow(event: HashedEvent): (string | number)[] {
  const data = canonicalize(event.data);
  if (data === undefined) throw new Error(`event seq ${event.seq}: data cannot be canonicalised`);
  const texts: Record<Exclude<CsvColumn, 'seq'>, string | null> = {
    at: event.at,
    workspaceId: event.workspaceId,
    actorId: event.actor.id,
    actorRole: event.actor.role,
    action: event.action,
    subjectType: event.subject.type,
    subjectId: event.subject.id,
    data,
    prevHash: event.prevHash,
    hash: event.hash,
  };
  return CSV_COLUMNS.map((column) => (column === 'seq' ? event.seq : escapeCsvCell(texts[column])));
}

/** A Transform that writes `encode(event, index)` for each event and `finish(count)` at the end. */
function eventTransform(
  encode: (event: HashedEvent, index: number) => string,
  finish: (count: number) => string,
): Transform {
  let count = 0;
  return new Transform({
    writableObjectMode: true,
    transform(event: HashedEvent, _encoding, callback) {
      try {
        callback(null, encode(event, count++));
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      const tail = finish(count);
      callback(null, tail === '' ? undefined : tail);
    },
  });
}
