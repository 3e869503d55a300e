import { Transform } from 'node:stream';
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
import { canonicalJson } from './canonical-json.js';
import { exportRecordJson } from './export-line.js';
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

/** An event as the ledger stores it: its canonical JSON, its hash, and the words of its claim. */
export interface StoredExportEvent {
  canonical: string;
  hash: string;
  claimText: string | null;
}

/** How an encoder reads its input: events as objects, or as stored. */
interface EventSource<T> {
  /** The event's JSON text in the export (JSON.stringify of toExportRecord). */
  json(item: T): string;
  event(item: T): ExportedEvent;
}

const EVENT_OBJECTS: EventSource<ExportedEvent> = {
  json: (event) => JSON.stringify(toExportRecord(event)),
  event: (event) => event,
};

const STORED_EVENTS: EventSource<StoredExportEvent> = {
  json: (stored) => exportRecordJson(stored.canonical, stored.hash),
  event: (stored) => ({
    ...(JSON.parse(stored.canonical) as Omit<HashedEvent, 'hash'>),
    hash: stored.hash,
    claimText: stored.claimText,
  }),
};

/** The writer of one format, for events as objects (ExportedEvent). */
export function exportEncoder(format: ExportFormat, options: ExportOptions = {}): Transform {
  return encoderOf(format, options, EVENT_OBJECTS);
}

/**
 * The writer of one format for events as stored (StoredExportEvent), with the
 * same output: NDJSON and JSON lines are cut from the canonical JSON, not parsed.
 */
export function storedEventsEncoder(format: ExportFormat, options: ExportOptions = {}): Transform {
  return encoderOf(format, options, STORED_EVENTS);
}

function encoderOf<T>(
  format: ExportFormat,
  options: ExportOptions,
  source: EventSource<T>,
): Transform {
  switch (format) {
    case 'ndjson':
      return ndjsonOf(source);
    case 'csv':
      return csvOf(options, source);
    case 'json':
      return jsonArrayOf(source);
  }
}

/** One JSON event per line, each line ending with "\n". */
export function ndjsonEncoder(): Transform {
  return ndjsonOf(EVENT_OBJECTS);
}

function ndjsonOf<T>(source: EventSource<T>): Transform {
  return eventTransform<T>(
    (item) => `${source.json(item)}\n`,
    () => '',
  );
}

/** A JSON array: "[", one event per line joined by ",", "]". */
export function jsonArrayEncoder(): Transform {
  return jsonArrayOf(EVENT_OBJECTS);
}

function jsonArrayOf<T>(source: EventSource<T>): Transform {
  return eventTransform<T>(
    (item, index) => `${index === 0 ? '[\n' : ',\n'}${source.json(item)}`,
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
  return csvOf(options, EVENT_OBJECTS);
}

function csvOf<T>(options: ExportOptions, source: EventSource<T>): Transform {
  const lines = (rows: (string | number)[][], first: boolean) =>
    stringify(rows, {
      header: first,
      bom: first && options.bom === true,
      columns: CSV_HEADER,
      record_delimiter: 'windows',
    });
  return eventTransform<T>(
    (item, index) => lines([csvRow(source.event(item))], index === 0),
    (count) => (count === 0 ? lines([], true) : ''),
  );
}

function csvRow(event: ExportedEvent): (string | number)[] {
  const data = canonicalJson(event.data);
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

/** Text is passed on in pieces of about this many characters, not one piece per event. */
const CHUNK_CHARACTERS = 64 * 1024;

/** A Transform that writes `encode(item, index)` for each item and `finish(count)` at the end. */
function eventTransform<T>(
  encode: (item: T, index: number) => string,
  finish: (count: number) => string,
): Transform {
  let count = 0;
  let pending = '';
  return new Transform({
    writableObjectMode: true,
    transform(item: T, _encoding, callback) {
      try {
        pending += encode(item, count++);
      } catch (error) {
        callback(error as Error);
        return;
      }
      if (pending.length < CHUNK_CHARACTERS) {
        callback();
        return;
      }
      const text = pending;
      pending = '';
      callback(null, text);
    },
    flush(callback) {
      const text = pending + finish(count);
      pending = '';
      callback(null, text === '' ? undefined : text);
    },
  });
}
