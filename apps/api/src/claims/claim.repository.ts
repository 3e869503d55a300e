import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import type { Claim as ClaimRow } from '../generated/prisma/client.js';
import { afterPosition, KEYSET_ORDER, type KeysetPosition } from '../common/pagination.js';
import type { ClaimFields, ClaimKind, ClaimRecord, ClaimStatus, NewClaim } from './claim.js';
import type { Span } from '../text/span.js';

export interface ClaimFilter {
  documentId?: string;
  status?: ClaimStatus;
  kind?: ClaimKind;
  assigneeId?: string;
}

export type ClaimChanges = Partial<ClaimFields & Span>;

@Injectable()
export class ClaimRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insertMany(
    tx: Tx,
    target: {
      workspaceId: string;
      documentId: string;
      documentVersionId: string;
      createdBy: string | null;
    },
    claims: NewClaim[],
  ): Promise<ClaimRecord[]> {
    if (claims.length === 0) return [];
    const rows = await tx.claim.createManyAndReturn({
      data: claims.map((claim) => ({ ...target, ...claim })),
    });
    return rows.map(toRecord);
  }

  async findById(
    workspaceId: string,
    id: string,
    tx: Tx = this.prisma,
  ): Promise<ClaimRecord | null> {
    const row = await tx.claim.findUnique({ where: { workspaceId_id: { workspaceId, id } } });
    return row ? toRecord(row) : null;
  }

  async findMany(tx: Tx, workspaceId: string, ids: string[]): Promise<ClaimRecord[]> {
    const rows = await tx.claim.findMany({ where: { workspaceId, id: { in: ids } } });
    return rows.map(toRecord);
  }

  async forDocument(
    workspaceId: string,
    documentId: string,
    tx: Tx = this.prisma,
  ): Promise<ClaimRecord[]> {
    const rows = await tx.claim.findMany({
      where: { workspaceId, documentId },
      orderBy: [{ start: 'asc' }, { end: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toRecord);
  }

  /** What other documents of the workspace count in any of these units: unit and subject of each numeric claim. */
  async subjectsInOtherDocuments(
    tx: Tx,
    workspaceId: string,
    exceptDocumentId: string,
    units: string[],
  ): Promise<Array<{ documentId: string; unit: string; subject: string }>> {
    if (units.length === 0) return [];
    const rows = await tx.claim.findMany({
      where: {
        workspaceId,
        kind: 'numeric',
        unit: { in: units },
        subject: { not: null },
        documentId: { not: exceptDocumentId },
      },
      select: { documentId: true, unit: true, subject: true },
    });
    return rows.flatMap((row) =>
      row.unit !== null && row.subject !== null
        ? [{ documentId: row.documentId, unit: row.unit, subject: row.subject }]
        : [],
    );
  }

  async list(
    workspaceId: string,
    filter: ClaimFilter,
    after: KeysetPosition | null,
    take: number,
  ): Promise<ClaimRecord[]> {
    const rows = await this.prisma.claim.findMany({
      where: { workspaceId, ...filter, ...afterPosition(after) },
      orderBy: KEYSET_ORDER,
      take,
    });
    return rows.map(toRecord);
  }

  /**
   * Applies changes only if the claim is still at `version`; answers the claim
   * as it is now, or null when someone else changed it first.
   */
  async updateAtVersion(
    tx: Tx,
    workspaceId: string,
    id: string,
    version: number,
    changes: ClaimChanges & {
      status?: ClaimStatus;
      statusReason?: string | null;
      statusNote?: string | null;
      correctedBy?: string;
      assigneeId?: string | null;
    },
  ): Promise<ClaimRecord | null> {
    const { count } = await tx.claim.updateMany({
      where: { workspaceId, id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count === 0) return null;
    return this.findById(workspaceId, id, tx);
  }
}

function toRecord(row: ClaimRow): ClaimRecord {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    documentId: row.documentId,
    documentVersionId: row.documentVersionId,
    kind: row.kind,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    value: row.value?.toString() ?? null,
    low: row.low?.toString() ?? null,
    high: row.high?.toString() ?? null,
    unit: row.unit,
    approximate: row.approximate,
    bound: row.bound,
    subject: row.subject,
    speaker: row.speaker,
    relayedBy: row.relayedBy,
    conversionOfId: row.conversionOfId,
    origin: row.origin,
    status: row.status,
    statusReason: row.statusReason,
    statusNote: row.statusNote,
    version: row.version,
    assigneeId: row.assigneeId,
    createdBy: row.createdBy,
    correctedBy: row.correctedBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
