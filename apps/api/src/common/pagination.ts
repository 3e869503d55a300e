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

/** How a list's cursor names the position after which its next page starts. */
export interface Cursor<Row, Position> {
  /** The position a cursor names; what an absent cursor names is the list's start. */
  decode(cursor: string | undefined): Position;
  /** The cursor of the position right after a row. */
  encode(row: Row): string;
}

/** Lists in (createdAt, id) order. */
export const KEYSET_CURSOR: Cursor<KeysetPosition, KeysetPosition | null> = {
  decode: decodeCursor,
  encode: encodeCursor,
};

/** Lists in ledger sequence order. */
export const SEQ_CURSOR: Cursor<{ seq: number }, number> = {
  decode: decodeSeqCursor,
  encode: (row) => String(row.seq),
};

/**
 * One page of a list: the rows after the cursor's position, fetched one more
 * than the page holds to learn whether another page follows.
 */
export async function fetchPage<Row, Position>(
  query: PageQuery,
  maxPageSize: number,
  cursor: Cursor<NoInfer<Row>, Position>,
  fetch: (after: Position, take: number) => Promise<Row[]>,
): Promise<Page<Row>> {
  const limit = pageSize(query, maxPageSize);
  return pageFrom(await fetch(cursor.decode(query.cursor), limit + 1), limit, cursor);
}

/** The first `limit` rows as a page, with a next cursor when there are more. */
export function pageFrom<Row>(
  rows: Row[],
  limit: number,
  cursor: Pick<Cursor<NoInfer<Row>, unknown>, 'encode'>,
): Page<Row> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? cursor.encode(last) : null,
  };
}

export function mapPage<T, U>(page: Page<T>, present: (item: T) => U): Page<U> {
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}
