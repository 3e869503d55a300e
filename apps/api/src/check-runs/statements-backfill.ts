import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { STATEMENTS_VERSION } from '../checks/cross-document-conflict.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PrismaService } from '../database/prisma.service.js';
import { LedgerEventRepository } from '../ledger/ledger-event.repository.js';
import { ClaimStatementRepository } from '../store/claim-statement.repository.js';
import { ChecksRunner } from './checks-runner.js';

const BATCH = 100;

/**
 * Documents stored before their statements were kept (or under an older
 * version of what a statement is) get them when `ledger serve` starts, in the
 * background: until a document has them, the cross-document check does not
 * compare it with others. Other commands (ingest, admin) and tests open the
 * same modules without starting it.
 */
@Injectable()
export class StatementsBackfill implements OnApplicationShutdown {
  private readonly logger = new Logger(StatementsBackfill.name);
  private running: Promise<{ stored: number; failed: number }> | null = null;
  private stopping = false;

  constructor(
    private readonly prisma: PrismaService,
    private readonly statements: ClaimStatementRepository,
    private readonly events: LedgerEventRepository,
    private readonly runner: ChecksRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts `run` in the background; shutdown waits for the document under way. */
  start(): void {
    this.running ??= this.run().catch((error: unknown) => {
      this.logger.error(`Storing the statements of older documents stopped: ${String(error)}`);
      return { stored: 0, failed: 0 };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  /**
   * Writes the statements of every document that lacks those of the current
   * version, once each: one that fails (its workspace's lock held too long by
   * another process) is left for the next start.
   */
  async run(): Promise<{ stored: number; failed: number }> {
    const done = { stored: 0, failed: 0 };
    let after: string | null = null;
    while (!this.stopping) {
      const batch = await this.statements.documentsKeyedBefore(STATEMENTS_VERSION, after, BATCH);
      if (batch.length === 0) break;
      if (after === null) this.logger.log('Storing the statements of documents stored before them');
      for (const { workspaceId, documentId } of batch) {
        if (this.stopping) break;
        after = documentId;
        try {
          await this.restate(workspaceId, documentId);
          done.stored++;
        } catch (error) {
          done.failed++;
          this.logger.warn(
            `Document ${documentId} keeps no statements until the next start: ${String(error)}`,
          );
        }
      }
    }
    if (done.stored + done.failed > 0)
      this.logger.log(`Stored the statements of ${done.stored} documents (${done.failed} failed)`);
    return done;
  }

  private async restate(workspaceId: string, documentId: string): Promise<void> {
    // The workspace's lock: a writer of the same document would otherwise race this one.
    await this.prisma.$transaction(async (tx) => {
      await this.events.lockWorkspaceChain(tx, workspaceId, this.config.writeWaitMs);
      await this.runner.restateDocument(tx, workspaceId, documentId);
    });
  }
}
