import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import { afterPosition, KEYSET_ORDER, type KeysetPosition } from '../common/pagination.js';
import type {
  ClaimFields,
  ClaimKind,
  ClaimMeasure,
  ClaimRecord,
  ClaimStatus,
  NewClaim,
} from '../records/claim.js';
import type { Span } from '../text/span.js';
import { newClaimRecord, toRecord } from './claim-record.js';

export interface ClaimFilter {
  documentId?: string;
  status?: ClaimStatus;
  kind?: ClaimKind;
  /** A member's id; null for the claims no one is assigned. */
  assigneeId?: string | null;
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
    const now = new Date();
    const records = claims.map((claim) => newClaimRecord(target, claim, now));
    const column = <T>(pick: (claim: ClaimRecord) => T) => records.map(pick);
    // One statement for the whole document: thousands of claims insert in one round trip.
    await tx.$executeRaw`
      INSERT INTO claims (id, workspace_id, document_id, document_version_id, kind, start, "end",
        exact, prefix, suffix, value, low, high, unit, approximate, bound, subject, speaker,
        relayed_by, conversion_of_id, origin, created_by, created_at, updated_at)
      SELECT c.id, ${target.workspaceId}::uuid, ${target.documentId}::uuid,
        ${target.documentVersionId}::uuid, c.kind::"ClaimKind", c.start, c."end", c.exact,
        c.prefix, c.suffix, c.value::numeric, c.low::numeric, c.high::numeric, c.unit,
        c.approximate, c.bound::"Bound", c.subject, c.speaker, c.relayed_by, c.conversion_of_id,
        c.origin::"ClaimOrigin", ${target.createdBy}::uuid, ${now}, ${now}
      FROM unnest(
        ${column((c) => c.id)}::uuid[], ${column((c) => c.kind)}::text[],
        ${column((c) => c.start)}::int[], ${column((c) => c.end)}::int[],
        ${column((c) => c.exact)}::text[], ${column((c) => c.prefix)}::text[],
        ${column((c) => c.suffix)}::text[], ${column((c) => c.value)}::text[],
        ${column((c) => c.low)}::text[], ${column((c) => c.high)}::text[],
        ${column((c) => c.unit)}::text[], ${column((c) => c.approximate)}::boolean[],
        ${column((c) => c.bound)}::text[], ${column((c) => c.subject)}::text[],
        ${column((c) => c.speaker)}::text[], ${column((c) => c.relayedBy)}::text[],
        ${column((c) => c.conversionOfId)}::uuid[], ${column((c) => c.origin)}::text[]
      ) AS c(id, kind, start, "end", exact, prefix, suffix, value, low, high, unit, approximate,
        bound, subject, speaker, relayed_by, conversion_of_id, origin)`;
    return records;
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

  /** How many claims of each kind a document holds. */
  async countByKind(workspaceId: string, documentId: string): Promise<Record<ClaimKind, number>> {
    const groups = await this.prisma.claim.groupBy({
      by: ['kind'],
      where: { workspaceId, documentId },
      _count: { _all: true },
    });
    const counts: Record<ClaimKind, number> = { numeric: 0, quote: 0 };
    for (const group of groups) counts[group.kind] = group._count._all;
    return counts;
  }

  /** A document's claims after a position in reading order (start, end, id), at most `take`. */
  async inReadingOrder(
    workspaceId: string,
    documentId: string,
    after: { start: number; end: number; id: string } | null,
    take: number,
  ): Promise<ClaimRecord[]> {
    const rows = await this.prisma.claim.findMany({
      where: {
        workspaceId,
        documentId,
        ...(after && {
          OR: [
            { start: { gt: after.start } },
            { start: after.start, end: { gt: after.end } },
            { start: after.start, end: after.end, id: { gt: after.id } },
          ],
        }),
      },
      orderBy: [{ start: 'asc' }, { end: 'asc' }, { id: 'asc' }],
      take,
    });
    return rows.map(toRecord);
  }

  async list(
    workspaceId: string,
    filter: ClaimFilter,
    after: KeysetPosition | null,
    take: number,
  ): Promise<ClaimRecord[]> {
    // Claims marked as no claim are listed only when asked for by status.
    const status = filter.status ?? { not: 'not_a_claim' as const };
    const rows = await this.prisma.claim.findMany({
      where: { workspaceId, ...filter, status, ...afterPosition(after) },
      orderBy: KEYSET_ORDER,
      take,
    });
    return rows.map(toRecord);
  }

  /**
   * Puts claims on a new version of their document's text: new offsets and
   * quote selector, and for a corrected figure its new value and status. The
   * version of a claim goes up only where something a reviewer sees changed.
   * One statement for the whole document.
   */
  async rebase(
    tx: Tx,
    workspaceId: string,
    documentVersionId: string,
    claims: Array<
      Span &
        ClaimMeasure & {
          id: string;
          status: ClaimStatus;
          changed: boolean;
        }
    >,
  ): Promise<void> {
    if (claims.length === 0) return;
    const column = <T>(pick: (claim: (typeof claims)[number]) => T) => claims.map(pick);
    await tx.$executeRaw`
      UPDATE claims SET document_version_id = ${documentVersionId}::uuid, start = c.start,
        "end" = c."end", exact = c.exact, prefix = c.prefix, suffix = c.suffix,
        value = c.value::numeric, low = c.low::numeric, high = c.high::numeric, unit = c.unit,
        approximate = c.approximate, bound = c.bound::"Bound", status = c.status::"ClaimStatus",
        version = claims.version + CASE WHEN c.changed THEN 1 ELSE 0 END,
        updated_at = CASE WHEN c.changed THEN now() ELSE claims.updated_at END
      FROM unnest(
        ${column((c) => c.id)}::uuid[], ${column((c) => c.start)}::int[],
        ${column((c) => c.end)}::int[], ${column((c) => c.exact)}::text[],
        ${column((c) => c.prefix)}::text[], ${column((c) => c.suffix)}::text[],
        ${column((c) => c.value)}::text[], ${column((c) => c.low)}::text[],
        ${column((c) => c.high)}::text[], ${column((c) => c.unit)}::text[],
        ${column((c) => c.approximate)}::boolean[], ${column((c) => c.bound)}::text[],
        ${column((c) => c.status)}::text[], ${column((c) => c.changed)}::boolean[]
      ) AS c(id, start, "end", exact, prefix, suffix, value, low, high, unit, approximate, bound,
        status, changed)
      WHERE claims.workspace_id = ${workspaceId}::uuid AND claims.id = c.id`;
  }

  /** Claims a new version of the text left without a place: a person anchors them. */
  async markNeedsAnchor(
    tx: Tx,
    workspaceId: string,
    claims: Array<{ id: string; reason: string }>,
  ): Promise<void> {
    if (claims.length === 0) return;
    await tx.$executeRaw`
      UPDATE claims SET status = 'needs_anchor', status_reason = c.reason, status_note = NULL,
        version = claims.version + 1, updated_at = now()
      FROM unnest(${claims.map((c) => c.id)}::uuid[], ${claims.map((c) => c.reason)}::text[])
        AS c(id, reason)
      WHERE claims.workspace_id = ${workspaceId}::uuid AND claims.id = c.id`;
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
      documentVersionId?: string;
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
