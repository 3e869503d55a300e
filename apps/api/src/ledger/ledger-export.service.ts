import { Transform, type Readable, pipeline } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { PgPool } from '../database/pg-pool.js';
import { EXPORT_CONTENT_TYPES, exportEncoder, type ExportFormat } from './export-format.js';
import type { HashedEvent } from './ledger-hash.js';
import type { ExportQuery } from './ledger-export.dto.js';

export interface ExportFilter {
  from?: string;
  to?: string;
  documentId?: string;
  actorId?: string;
  action?: string;
}

/**
 * Streams a workspace's history from the database, in seq order, through a
 * cursor: memory stays flat however long the history is.
 */
@Injectable()
export class LedgerExportService {
  constructor(private readonly pool: PgPool) {}

  async export(
    actor: Actor,
    query: ExportQuery,
  ): Promise<{ contentType: string; filename: string; body: Readable }> {
    assertActorMay(actor, Permission.ExportHistory, 'export the history');
    const format: ExportFormat = query.format ?? 'ndjson';
    const events = await this.events(actor.workspaceId, query);
    const body = pipeline(events, exportEncoder(format), (error) => {
      if (error) events.destroy(error);
    });
    return {
      contentType: EXPORT_CONTENT_TYPES[format],
      filename: `ledger-${actor.workspaceId}.${format}`,
      body,
    };
  }

  /** The events as objects, for the CLI's export. */
  async events(workspaceId: string, filter: ExportFilter): Promise<Readable> {
    const { where, values } = whereClause(workspaceId, filter);
    const rows = await this.pool.stream(
      `SELECT canonical, hash FROM ledger_events WHERE ${where} ORDER BY seq`,
      values,
    );
    const toEvent = new Transform({
      objectMode: true,
      transform(row: { canonical: string; hash: string }, _encoding, done) {
        done(null, { ...(JSON.parse(row.canonical) as Omit<HashedEvent, 'hash'>), hash: row.hash });
      },
    });
    return pipeline(rows, toEvent, (error) => {
      if (error) rows.destroy(error);
    });
  }

  async count(workspaceId: string, filter: ExportFilter): Promise<number> {
    const { where, values } = whereClause(workspaceId, filter);
    const rows = await this.pool.stream(
      `SELECT count(*)::bigint AS n FROM ledger_events WHERE ${where}`,
      values,
    );
    for await (const row of rows) return Number((row as { n: string }).n);
    return 0;
  }
}

function whereClause(
  workspaceId: string,
  filter: ExportFilter,
): { where: string; values: unknown[] } {
  const values: unknown[] = [workspaceId];
  const conditions = ['workspace_id = $1'];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${values.length}`));
  };
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at < ?', filter.to);
  if (filter.documentId) add('document_id = ?', filter.documentId);
  if (filter.actorId) add('actor_id = ?', filter.actorId);
  if (filter.action) add('action = ?', filter.action);
  return { where: conditions.join(' AND '), values };
}
