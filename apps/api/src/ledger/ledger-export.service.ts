import { type Readable, pipeline } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { PgPool } from '../database/pg-pool.js';
import {
  EXPORT_CONTENT_TYPES,
  storedEventsEncoder,
  type ExportFormat,
} from '../chain/export-format.js';
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
    const rows = await this.storedEvents(actor.workspaceId, query, format === 'csv');
    const encoder = storedEventsEncoder(format, { bom: query.bom === 'true' });
    const body = pipeline(rows, encoder, (error) => {
      if (error) rows.destroy(error);
    });
    return {
      contentType: EXPORT_CONTENT_TYPES[format],
      filename: `${await this.fileNameOf(actor.workspaceId, query)}.${format}`,
      body,
    };
  }

  /**
   * The events as stored (StoredExportEvent), in seq order, through a cursor, for
   * storedEventsEncoder; `withClaimText` adds the words of the claim each is about
   * (CSV's claimText column).
   */
  async storedEvents(
    workspaceId: string,
    filter: ExportFilter,
    withClaimText: boolean,
  ): Promise<Readable> {
    const { where, values } = whereClause(workspaceId, filter);
    const claimText = withClaimText
      ? `(SELECT c.exact FROM claims c WHERE c.id = CASE WHEN e.subject_type = 'claim' THEN e.subject_id::uuid END)`
      : 'NULL';
    return this.pool.stream(
      `SELECT e.canonical, e.hash, ${claimText} AS "claimText" FROM ledger_events e WHERE ${where} ORDER BY seq`,
      values,
    );
  }

  /**
   * What the export holds, in its name: the workspace, the head of its chain when
   * exported, and the filters ("ledger-gazette-seq-120-action-claim.set-verdict").
   */
  private async fileNameOf(workspaceId: string, filter: ExportFilter): Promise<string> {
    const rows = await this.pool.stream(
      `SELECT w.slug, (SELECT coalesce(max(seq), 0) FROM ledger_events e WHERE e.workspace_id = w.id)::bigint AS head
       FROM workspaces w WHERE w.id = $1`,
      [workspaceId],
    );
    let name = `ledger-${workspaceId}`;
    for await (const row of rows) {
      const { slug, head } = row as { slug: string; head: string };
      name = `ledger-${slug}-seq-${head}`;
    }
    const moment = (iso: string) => new Date(iso).toISOString().replace(/[-:]|\.\d+/g, '');
    const parts = [
      filter.from && `from-${moment(filter.from)}`,
      filter.to && `to-${moment(filter.to)}`,
      filter.documentId && `document-${filter.documentId.slice(0, 8)}`,
      filter.actorId && `actor-${filter.actorId.slice(0, 8)}`,
      filter.action && `action-${filter.action.replace(/[^\w.-]/g, '_')}`,
    ];
    return [name, ...parts.filter(Boolean)].join('-');
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
