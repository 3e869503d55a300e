import { isUUID } from 'class-validator';
import type { Cursor } from '../common/pagination.js';
import { DomainError } from '../errors/domain-error.js';

/** Where a claim stands in reading order: (start, end, id). */
export interface ReadingPosition {
  id: string;
  start: number;
  end: number;
}

export function decodeReadingCursor(cursor: string | undefined): ReadingPosition | null {
  if (cursor === undefined || cursor === '') return null;
  const [start, end, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    extra !== undefined ||
    !/^\d{1,9}$/.test(start ?? '') ||
    !/^\d{1,9}$/.test(end ?? '') ||
    !isUUID(id ?? '')
  )
    throw DomainError.invalidInput([
      { field: 'cursor', message: 'is not a cursor this list gave out' },
    ]);
  return { start: Number(start), end: Number(end), id };
}

/**
 * A document's claims in reading order: the cursor names the last claim given,
 * so a claim added meanwhile never shifts the pages.
 */
export const READING_CURSOR: Cursor<ReadingPosition, ReadingPosition | null> = {
  decode: decodeReadingCursor,
  encode: (row) => Buffer.from(`${row.start}|${row.end}|${row.id}`).toString('base64url'),
};
