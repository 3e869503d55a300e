import { isUUID } from 'class-validator';
import type { Page } from '../common/pagination.js';
import { DomainError } from '../errors/domain-error.js';

/** Where a claim stands in reading order: (start, end, id). */
export interface ReadingPosition {
  id: string;
  start: number;
  end: number;
}

/**
 * A page of a document's claims from `limit + 1` of them fetched in reading
 * order after a position; the cursor names the last claim given, so a claim
 * added meanwhile never shifts the pages.
 */
export function toReadingPage<T extends ReadingPosition, Item>(
  rows: T[],
  limit: number,
  present: (row: T) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(present),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(`${last.start}|${last.end}|${last.id}`).toString('base64url')
        : null,
  };
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
