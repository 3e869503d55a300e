import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import { LedgerEventRepository, type StoredEvent } from './ledger-event.repository.js';
import { GENESIS_HASH, sealEvent } from '../chain/ledger-hash.js';
import { WorkspaceWriteQueue } from './workspace-write-queue.js';

/** What a write path says happened; the writer adds seq, time, actor and hashes. */
export interface EventDraft {
  action: string;
  subject: { type: string; id: string };
  documentId?: string | null;
  data: unknown;
}

export interface LedgerTransaction {
  tx: Tx;
  /** Records an event; it is inserted before the transaction commits. */
  record: (draft: EventDraft) => void;
}

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

/**
 * The one way to change data: `write` waits its turn among the workspace's
 * writers of this process, opens a transaction, takes the workspace's chain
 * lock as its first statement, runs the change, and appends the change's
 * events to the hash chain before committing. Either all of it commits or none.
 */
@Injectable()
export class LedgerWriter {
  private readonly queue: WorkspaceWriteQueue;

  constructor(
    private readonly prisma: PrismaService,
    private readonly events: LedgerEventRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.queue = new WorkspaceWriteQueue(config.writeWaitMs);
  }

  async write<T>(actor: Actor, change: (ledger: LedgerTransaction) => Promise<T>): Promise<T> {
    return this.queue.run(actor.workspaceId, () =>
      this.prisma.$transaction(async (tx) => {
        await this.events.lockWorkspaceChain(tx, actor.workspaceId, this.config.writeWaitMs);
        const drafts: EventDraft[] = [];
        const result = await change({ tx, record: (draft) => void drafts.push(draft) });
        if (drafts.length > 0) await this.append(tx, actor, drafts);
        return result;
      }, TRANSACTION_OPTIONS),
    );
  }

  private async append(tx: Tx, actor: Actor, drafts: EventDraft[]): Promise<void> {
    const head = await this.events.head(actor.workspaceId, tx);
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const at = new Date().toISOString();
    const sealed: StoredEvent[] = drafts.map((draft) => {
      const event = sealEvent({
        workspaceId: actor.workspaceId,
        seq: ++seq,
        at,
        actor: { id: actor.userId, role: actor.role },
        action: draft.action,
        subject: draft.subject,
        data: draft.data ?? null,
        prevHash,
      });
      prevHash = event.hash;
      return { ...event, documentId: draft.documentId ?? null };
    });
    await this.events.insertMany(tx, sealed);
  }
}
