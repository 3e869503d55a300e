import { isUUID } from 'class-validator';
import type { Page } from '../common/pagination.js';
import { DomainError } from '../errors/domain-error.js';

interface Placed {
  id: string;
  start: number;
  end: number;
}

/**
 * A document's claims a page at a time, in reading order (start, end, id), as
 * the document view shows them; the cursor names the last claim given, so a
 * claim added meanwhile never shifts the pages.
 */
export function claimsInReadingOrder<T extends Placed>(
  claims: T[],
  cursor: string | undefined,
  limit: number,
): Page<T> {
  const after = decodeReadingCursor(cursor);
  const sorted = [...claims].sort(inReadingOrder);
  const first = after === null ? 0 : sorted.findIndex((claim) => inReadingOrder(claim, after) > 0);
  const rest = first === -1 ? [] : sorted.slice(first);
  const items = rest.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rest.length > limit && last
        ? Buffer.from(`${last.start}|${last.end}|${last.id}`).toString('base64url')
        : null,
  };
}

function inReadingOrder(a: Placed, b: Placed): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function decodeReadingCursor(cursor: string | undefined): Placed | null {
  if (cursor === undefined || cursor === '') return null;
  const [start, end, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (
    extra !== undefined ||
    !/^\d+$/.test(start ?? '') ||
    !/^\d+$/.test(end ?? '') ||
    !isUUID(id ?? '')
  )
    throw DomainError.invalidInput([
      { field: 'cursor', message: 'is not a cursor this list gave out' },
    ]);
  return { start: Number(start), end: Number(end), id };
}
