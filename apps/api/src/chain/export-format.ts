import { Transform } from 'node:stream';
import canonicalize from 'canonicalize';
import { stringify } from 'csv-stringify/sync';
import {
  AUDIT_COLUMNS,
  auditFieldsOf,
  CSV_COLUMNS,
  escapeCsvCell,
  toExportRecord,
  type CsvColumn,
  type ExportedEvent,
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
  AUDIT_COLUMNS,
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

export interface ExportOptions {
  /** CSV only: start with a UTF-8 byte order mark, by which Excel knows the encoding. */
  bom?: boolean;
}

/** The writer of one format. */
export function exportEncoder(format: ExportFormat, options: ExportOptions = {}): Transform {
  switch (format) {
    case 'ndjson':
      return ndjsonEncoder();
    case 'csv':
      return csvEncoder(options);
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

/** The CSV header: the chain's columns, then the auditor's. */
const CSV_HEADER = [...CSV_COLUMNS, ...AUDIT_COLUMNS];

/**
 * CSV by RFC 4180 (CRLF line ends) with the CSV_HEADER header, even when there
 * is no event. Every text cell is escaped against formula injection by
 * escapeCsvCell; `data` is canonical JSON.
 */
export function csvEncoder(options: ExportOptions = {}): Transform {
  const lines = (rows: (string | number)[][], first: boolean) =>
    stringify(rows, {
      header: first,
      bom: first && options.bom === true,
      columns: CSV_HEADER,
      record_delimiter: 'windows',
    });
  return eventTransform(
    (event, index) => lines([csvRow(event)], index === 0),
    (count) => (count === 0 ? lines([], true) : ''),
  );
}

function csvRow(event: ExportedEvent): (string | number)[] {
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
  const audit = auditFieldsOf(event);
  return [
    ...CSV_COLUMNS.map((column) => (column === 'seq' ? event.seq : escapeCsvCell(texts[column]))),
    ...AUDIT_COLUMNS.map((column) => escapeCsvCell(audit[column])),
  ];
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
