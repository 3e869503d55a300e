import type { HashedEvent } from './ledger-hash.js';

/**
 * What one exported event looks like, shared by the export writers
 * (export-format.ts) and the readers the verifier uses (export-readers.ts).
 */

export const EXPORT_FORMATS = ['ndjson', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV header, in column order. `data` holds the RFC 8785 canonical JSON of the event's data. */
export const CSV_COLUMNS = [
  'seq',
  'at',
  'workspaceId',
  'actorId',
  'actorRole',
  'action',
  'subjectType',
  'subjectId',
  'data',
  'prevHash',
  'hash',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Columns after the chain's, for an auditor's spreadsheet filters: what the
 * event's data says in a few words. They repeat `data` (or, for the claim's
 * words, the claim), are not hashed, and `ledger verify` does not read them.
 */
export const AUDIT_COLUMNS = [
  'claimText',
  'value',
  'status',
  'reason',
  'note',
  'commentBody',
] as const;
export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

/** An event as the export streams it: the chain's fields, and the words of the claim it is about. */
export type ExportedEvent = HashedEvent & { claimText?: string | null };

/** The audit columns of an event: from its data, else (the claim's words) from the claim it names. */
export function auditFieldsOf(event: ExportedEvent): Record<AuditColumn, string | null> {
  const data = asRecord(event.data) ?? {};
  const after = asRecord(data.after);
  const status = asRecord(data.status);
  return {
    claimText: text(data.exact) ?? event.claimText ?? null,
    value: text(data.value) ?? text(after?.value),
    status: text(data.to) ?? text(status?.after) ?? text(data.status),
    reason: text(data.reason),
    note: text(data.note),
    commentBody: event.action === 'comment.added' ? text(data.body) : null,
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** A file, line or record that cannot be read as a ledger export. */
export class ExportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFormatError';
  }
}

/**
 * The exported fields of an event, in a fixed order, and nothing else: rows of the
 * database may carry more (documentId, canonical) that are not part of the export.
 */
export function toExportRecord(event: HashedEvent): HashedEvent {
  return {
    seq: event.seq,
    at: event.at,
    workspaceId: event.workspaceId,
    actor: { id: event.actor.id, role: event.actor.role },
    action: event.action,
    subject: { type: event.subject.type, id: event.subject.id },
    data: event.data,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * Injection"): = + - @ tab and CR, and the full-width = + - @ that some
 * spreadsheets normalise to them.
 */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const ESCAPE_PREFIX = "'";

/**
 * One CSV cell of a text field, escaped against formula injection: a text that
 * starts like a formula gets a `'` prefix, so spreadsheets show it as text.
 * So do a text that already starts with `'` and the empty text (written `'`),
 * which makes the escaping exactly reversible and leaves the empty cell for null
 * (a system actor's id): verifying a CSV export needs every value back as it was.
 * csv-stringify's own `escape_formulas` option is not reversible, hence this.
 */
export function escapeCsvCell(value: string | null): string {
  if (value === null) return '';
  const needsPrefix =
    value === '' ||
    value.startsWith(ESCAPE_PREFIX) ||
    FORMULA_STARTS.some((start) => value.startsWith(start));
  return needsPrefix ? ESCAPE_PREFIX + value : value;
}

/** The value escapeCsvCell wrote: an empty cell is null, else one leading `'` is dropped. */
export function unescapeCsvCell(cell: string): string | null {
  if (cell === '') return null;
  return cell.startsWith(ESCAPE_PREFIX) ? cell.slice(ESCAPE_PREFIX.length) : cell;
}

/**
 * Checks that a parsed record has the shape of an exported event and returns only
 * its exported fields; `where` names the record in the error ("line 3").
 */
export function eventFromExportRecord(value: unknown, where: string): HashedEvent {
  const record = objectAt(value, where, 'an event');
  const actor = objectAt(record.actor, where, 'actor');
  const subject = objectAt(record.subject, where, 'subject');
  const seq = record.seq;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    throw new ExportFormatError(`${where}: seq must be a positive integer`);
  }
  if (actor.id !== null && typeof actor.id !== 'string') {
    throw new ExportFormatError(`${where}: actor.id must be a string or null`);
  }
  if (record.data === undefined) throw new ExportFormatError(`${where}: data is missing`);
  return {
    seq,
    at: stringAt(record.at, where, 'at'),
    workspaceId: stringAt(record.workspaceId, where, 'workspaceId'),
    actor: { id: actor.id, role: stringAt(actor.role, where, 'actor.role') },
    action: stringAt(record.action, where, 'action'),
    subject: {
      type: stringAt(subject.type, where, 'subject.type'),
      id: stringAt(subject.id, where, 'subject.id'),
    },
    data: record.data,
    prevHash: stringAt(record.prevHash, where, 'prevHash'),
    hash: stringAt(record.hash, where, 'hash'),
  };
}

function objectAt(value: unknown, where: string, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ExportFormatError(`${where}: ${name} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

function stringAt(value: unknown, where: string, name: string): string {
  if (typeof value !== 'string') throw new ExportFormatError(`${where}: ${name} must be a string`);
  return value;
}
