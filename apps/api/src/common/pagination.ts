import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, isUUID, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';

export const DEFAULT_PAGE_SIZE = 50;

/** `?cursor=&limit=` of every list; a limit above the server's cap is lowered to it. */
export class PageQuery {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  limit?: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageSize(query: PageQuery, max: number): number {
  return Math.min(query.limit ?? DEFAULT_PAGE_SIZE, max);
}

/** Keyset position (createdAt, id) of the last item of a page. */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** The rows after a keyset position, in (createdAt, id) order; a Prisma `where` fragment. */
export function afterPosition(after: KeysetPosition | null) {
  if (!after) return {};
  return {
    OR: [
      { createdAt: { gt: after.createdAt } },
      { createdAt: after.createdAt, id: { gt: after.id } },
    ],
  };
}

/** The order of every keyset-paginated list. */
export const KEYSET_ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`, 'utf8').toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string | undefined): KeysetPosition | null {
  if (cursor === undefined || cursor === '') return null;
  const [at, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at);
  if (extra !== undefined || !isUUID(id ?? '') || Number.isNaN(createdAt.getTime())) {
    throw DomainError.invalidInput([
      { field: 'cursor', message: 'is not a cursor this list gave out' },
    ]);
  }
  return { createdAt, id };
}

/** The position after which a list ordered by ledger sequence number continues (0: from the start). */
export function decodeSeqCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  if (!/^\d{1,15}$/.test(cursor)) {
    throw DomainError.invalidInput([
      { field: 'cursor', message: 'is not a cursor this list gave out' },
    ]);
  }
  return Number(cursor);
}

/** Builds a page from `limit + 1` rows fetched in ledger sequence order. */
export function toSeqPage<Row extends { seq: number }, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  return {
    items: items.map(present),
    nextCursor: rows.length > limit ? String(items[items.length - 1].seq) : null,
  };
}

/** Builds a page from `limit + 1` rows fetched in keyset order. */
export function toPage<Row extends KeysetPosition, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
