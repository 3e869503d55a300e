import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import type { ClaimRecord } from '../records/claim.js';
import { toRecord } from './claim-record.js';

/** What the cross-document check keeps of a claim that names one quantity. */
export interface QuantityStatement {
  claimId: string;
  quantityKey: string;
  years: string[];
}

export interface StoredStatement {
  claim: ClaimRecord;
  quantityKey: string;
  years: string[];
}

/**
 * The claims' quantity keys and sentence years, which the cross-document
 * check compares instead of other documents' texts.
 */
@Injectable()
export class ClaimStatementRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The document's statements are these, written by the rule's `version`: the
   * claims named keep their key and years, every other claim of the document
   * none. One statement; rows that already hold their values are not rewritten.
   */
  async replaceForDocument(
    tx: Tx,
    workspaceId: string,
    documentId: string,
    statements: QuantityStatement[],
    version: number,
  ): Promise<void> {
    const given = JSON.stringify(
      statements.map((s) => ({ id: s.claimId, key: s.quantityKey, years: s.years })),
    );
    await tx.$executeRaw`
      WITH given AS (
        SELECT * FROM jsonb_to_recordset(${given}::jsonb) AS s(id uuid, key text, years text[])
      ), wanted AS (
        SELECT c.id, g.key, coalesce(g.years, ARRAY[]::text[]) AS years
        FROM claims c LEFT JOIN given g ON g.id = c.id
        WHERE c.workspace_id = ${workspaceId}::uuid AND c.document_id = ${documentId}::uuid
      ), keyed AS (
        UPDATE claims c SET quantity_key = w.key, sentence_years = w.years
        FROM wanted w
        WHERE c.workspace_id = ${workspaceId}::uuid AND c.id = w.id
          AND (c.quantity_key IS DISTINCT FROM w.key OR c.sentence_years <> w.years)
      )
      UPDATE documents SET quantity_keys_version = ${version}
      WHERE workspace_id = ${workspaceId}::uuid AND id = ${documentId}::uuid
        AND quantity_keys_version <> ${version}`;
  }

  /**
   * Claims of other documents of the workspace stated under one of these keys:
   * at most the latest `latestPerKey` of each key, a document's claims of a key
   * all or none. A quantity an archive states a thousand times is compared with
   * its recent statements, not all of them.
   */
  async inOtherDocuments(
    tx: Tx,
    workspaceId: string,
    exceptDocumentId: string,
    quantityKeys: string[],
    latestPerKey: number,
  ): Promise<StoredStatement[]> {
    if (quantityKeys.length === 0) return [];
    const latest = await tx.$queryRaw<Array<{ id: string; key: string; documentId: string }>>`
      SELECT latest.id, k.key, latest.document_id AS "documentId"
      FROM unnest(${quantityKeys}::text[]) AS k(key)
      CROSS JOIN LATERAL (
        SELECT c.id, c.document_id, c.created_at FROM claims c
        WHERE c.workspace_id = ${workspaceId}::uuid AND c.quantity_key = k.key
          AND c.document_id <> ${exceptDocumentId}::uuid
        ORDER BY c.created_at DESC, c.document_id DESC
        LIMIT ${latestPerKey + 1}
      ) latest
      ORDER BY k.key, latest.created_at DESC, latest.document_id DESC`;
    const ids = wholeDocumentsOf(latest, latestPerKey);
    if (ids.length === 0) return [];
    const rows = await tx.claim.findMany({
      where: { workspaceId, id: { in: ids } },
      orderBy: [{ documentId: 'asc' }, { start: 'asc' }, { end: 'asc' }, { id: 'asc' }],
    });
    return rows.flatMap((row) =>
      row.quantityKey === null
        ? []
        : [{ claim: toRecord(row), quantityKey: row.quantityKey, years: row.sentenceYears }],
    );
  }

  /**
   * Up to `take` documents after `afterId` (by id) whose statements were written by
   * an older version of the rule, or never.
   */
  async documentsKeyedBefore(
    version: number,
    afterId: string | null,
    take: number,
  ): Promise<Array<{ workspaceId: string; documentId: string }>> {
    const rows = await this.prisma.document.findMany({
      where: { quantityKeysVersion: { lt: version }, ...(afterId && { id: { gt: afterId } }) },
      select: { workspaceId: true, id: true },
      orderBy: { id: 'asc' },
      take,
    });
    return rows.map((row) => ({ workspaceId: row.workspaceId, documentId: row.id }));
  }
}

/**
 * The ids of the latest claims of each key, given newest first and one more
 * than `latestPerKey` of a key when it has more: then the oldest document read
 * may hold more claims of that key than were read, and its claims of that key
 * are left out.
 */
export function wholeDocumentsOf(
  latest: Array<{ id: string; key: string; documentId: string }>,
  latestPerKey: number,
): string[] {
  const byKey = new Map<string, Array<{ id: string; documentId: string }>>();
  for (const row of latest) {
    const ofKey = byKey.get(row.key);
    if (ofKey) ofKey.push(row);
    else byKey.set(row.key, [row]);
  }
  const ids: string[] = [];
  for (const rows of byKey.values()) {
    const cut = rows.length > latestPerKey ? rows[rows.length - 1].documentId : null;
    for (const row of rows) if (row.documentId !== cut) ids.push(row.id);
  }
  return ids;
}
