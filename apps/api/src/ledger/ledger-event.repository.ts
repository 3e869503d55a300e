import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transaction.js';
import { PrismaService } from '../database/prisma.service.js';
import type { HashedEvent } from './ledger-hash.js';

export interface StoredEvent extends HashedEvent {
  documentId: string | null;
  canonical: string;
}

export interface ChainHead {
  seq: number;
  hash: string;
  at: string;
}

export const ADVISORY_LOCK_NAMESPACE = 0x4c454447; // "LEDG"

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
    await tx.$executeRaw`SELECT set_config('lock_timeout', ${lockTimeout}, true)`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_NAMESPACE}::int, hashtext(${workspaceId}))`;
  }

  async head(workspaceId: string, tx: Tx = this.prisma): Promise<ChainHead | null> {
    const last = await tx.ledgerEvent.findFirst({
      where: { workspaceId },
      orderBy: { seq: 'desc' },
      select: { seq: true, hash: true, at: true },
    });
    return last ? { seq: Number(last.seq), hash: last.hash, at: last.at.toISOString() } : null;
  }

  async insertMany(tx: Tx, events: StoredEvent[]): Promise<void> {
    await tx.ledgerEvent.createMany({
      data: events.map((event) => ({
        workspaceId: event.workspaceId,
        seq: BigInt(event.seq),
        at: new Date(event.at),
        actorId: event.actor.id,
        actorRole: event.actor.role,
        action: event.action,
        subjectType: event.subject.type,
        subjectId: event.subject.id,
        documentId: event.documentId,
        data: event.data as object,
        prevHash: event.prevHash,
        hash: event.hash,
        canonical: event.canonical,
      })),
    });
  }

  /** Events after `afterSeq`, in order; the stored canonical text is the source of truth. */
  async page(workspaceId: string, afterSeq: number, limit: number): Promise<HashedEvent[]> {
    const rows = await this.prisma.ledgerEvent.findMany({
      where: { workspaceId, seq: { gt: BigInt(afterSeq) } },
      orderBy: { seq: 'asc' },
      take: limit,
      select: { canonical: true, hash: true },
    });
    return rows.map((row) => ({
      ...(JSON.parse(row.canonical) as Omit<HashedEvent, 'hash'>),
      hash: row.hash,
    }));
  }

  /** Events about any of the subjects, in seq order. */
  async forSubjects(
    workspaceId: string,
    subjects: Array<{ type: string; id: string }>,
  ): Promise<HashedEvent[]> {
    if (subjects.length === 0) return [];
    const rows = await this.prisma.ledgerEvent.findMany({
      where: {
        workspaceId,
        OR: subjects.map((subject) => ({ subjectType: subject.type, subjectId: subject.id })),
      },
      orderBy: { seq: 'asc' },
      select: { canonical: true, hash: true },
    });
    return rows.map((row) => ({
      ...(JSON.parse(row.canonical) as Omit<HashedEvent, 'hash'>),
      hash: row.hash,
    }));
  }
}
