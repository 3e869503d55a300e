import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.js';
import type { Tx } from '../database/transaction.js';
import { PrismaService } from '../database/prisma.service.js';
import type { HashedEvent } from '../chain/ledger-hash.js';

export interface StoredEvent extends HashedEvent {
  documentId: string | null;
  canonical: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
  at: string;
}

/** Rows of one multi-row INSERT: 13 parameters each, far below PostgreSQL's 65,535 a statement. */
const EVENTS_PER_INSERT = 1000;

export const ADVISORY_LOCK_NAMESPACE = 0x4c454447; // "LEDG"

/** Which events a page holds: a time window, a document, a member, an action. */
export interface EventFilter {
  from?: string;
  to?: string;
  documentId?: string;
  actorId?: string;
  action?: string;
}

@Injectable()
export class LedgerEventRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Serialises appends to one workspace's chain until the transaction ends,
   * waiting at most `maxWaitMs` for another process's writer (then the
   * database answers lock_not_available, a busy database).
   */
  async lockWorkspaceChain(tx: Tx, workspaceId: string, maxWaitMs: number): Promise<void> {
    const lockTimeout = `${Math.max(1, Math.trunc(maxWaitMs))}ms`;
    // One round trip: the materialized CTE sets the timeout before the lock is asked for.
    await tx.$executeRaw`
      WITH timeout AS MATERIALIZED (SELECT set_config('lock_timeout', ${lockTimeout}, true))
      SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_NAMESPACE}::int, hashtext(${workspaceId}))
      FROM timeout`;
  }

  async head(workspaceId: string, tx: Tx = this.prisma): Promise<ChainHead | null> {
    const last = await tx.ledgerEvent.findFirst({
      where: { workspaceId },
      orderBy: { seq: 'desc' },
      select: { seq: true, hash: true, at: true },
    });
    return last ? { seq: Number(last.seq), hash: last.hash, at: last.at.toISOString() } : null;
  }

  /**
   * Appends the events in multi-row INSERTs of up to EVENTS_PER_INSERT rows, each value a
   * parameter of its own (one JSON parameter of them all took twice as long to send and read).
   */
  async insertMany(tx: Tx, events: StoredEvent[]): Promise<void> {
    for (let first = 0; first < events.length; first += EVENTS_PER_INSERT) {
      const rows = events.slice(first, first + EVENTS_PER_INSERT).map(
        (event) =>
          Prisma.sql`(${event.workspaceId}::uuid, ${event.seq}::bigint, ${event.at}::timestamptz,
              ${event.actor.id}::uuid, ${event.actor.role}, ${event.action}, ${event.subject.type},
              ${event.subject.id}, ${event.documentId}::uuid, ${JSON.stringify(event.data ?? null)}::jsonb,
              ${event.prevHash}, ${event.hash}, ${event.canonical})`,
      );
      await tx.$executeRaw`
        INSERT INTO ledger_events (workspace_id, seq, at, actor_id, actor_role, action, subject_type,
          subject_id, document_id, data, prev_hash, hash, canonical)
        VALUES ${Prisma.join(rows)}`;
    }
  }

  /**
   * Events after `afterSeq` that pass the filter, in order, each with the document it
   * is about (for a link; not part of the hashed event). The stored canonical text is
   * the source of truth.
   */
  async page(
    workspaceId: string,
    afterSeq: number,
    limit: number,
    filter: EventFilter = {},
  ): Promise<Array<HashedEvent & { documentId: string | null }>> {
    const rows = await this.prisma.ledgerEvent.findMany({
      where: {
        workspaceId,
        seq: { gt: BigInt(afterSeq) },
        at: {
          ...(filter.from && { gte: new Date(filter.from) }),
          ...(filter.to && { lt: new Date(filter.to) }),
        },
        ...(filter.documentId && { documentId: filter.documentId }),
        ...(filter.actorId && { actorId: filter.actorId }),
        ...(filter.action && { action: filter.action }),
      },
      orderBy: { seq: 'asc' },
      take: limit,
      select: { canonical: true, hash: true, documentId: true },
    });
    return rows.map((row) => ({
      ...(JSON.parse(row.canonical) as Omit<HashedEvent, 'hash'>),
      hash: row.hash,
      documentId: row.documentId,
    }));
  }

  /** Events about any of the subjects, in seq order. */
  /** The events of these subjects after `afterSeq`, in order, at most `take`. */
  async forSubjects(
    workspaceId: string,
    subjects: Array<{ type: string; id: string }>,
    afterSeq: number,
    take: number,
  ): Promise<HashedEvent[]> {
    if (subjects.length === 0) return [];
    const rows = await this.prisma.ledgerEvent.findMany({
      where: {
        workspaceId,
        seq: { gt: BigInt(afterSeq) },
        OR: subjects.map((subject) => ({ subjectType: subject.type, subjectId: subject.id })),
      },
      orderBy: { seq: 'asc' },
      take,
      select: { canonical: true, hash: true },
    });
    return rows.map((row) => ({
      ...(JSON.parse(row.canonical) as Omit<HashedEvent, 'hash'>),
      hash: row.hash,
    }));
  }
}
