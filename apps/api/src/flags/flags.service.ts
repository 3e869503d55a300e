import { Inject, Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { fetchPage, KEYSET_CURSOR, mapPage, type Page } from '../common/pagination.js';
import { DocumentRepository } from '../store/document.repository.js';
import { DomainError } from '../errors/domain-error.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import { presentFlag, type FlagView } from './flag.presenter.js';
import type { FlagListQuery } from './flag.dto.js';
import { FlagRepository } from '../store/flag.repository.js';

@Injectable()
export class FlagsService {
  constructor(
    private readonly flags: FlagRepository,
    private readonly documents: DocumentRepository,
    private readonly checks: ChecksRunner,
    private readonly ledger: LedgerWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, query: FlagListQuery): Promise<Page<FlagView>> {
    const filter = {
      status: query.status,
      rule: query.rule,
      severity: query.severity,
      documentId: query.documentId,
    };
    const page = await fetchPage(query, this.config.maxPageSize, KEYSET_CURSOR, (after, take) =>
      this.flags.list(actor.workspaceId, filter, after, take),
    );
    return mapPage(page, presentFlag);
  }

  async get(actor: Actor, id: string): Promise<FlagView> {
    const flag = await this.flags.findById(actor.workspaceId, id);
    if (!flag) throw DomainError.notFound('flag', id);
    return presentFlag(flag);
  }

  /** Re-runs the checks of a document on demand; answers its flags. */
  async runChecks(actor: Actor, documentId: string): Promise<FlagView[]> {
    assertActorMay(actor, Permission.SubmitContent, 'run checks');
    const document = await this.documents.findById(actor.workspaceId, documentId);
    if (!document) throw DomainError.notFound('document', documentId);
    await this.ledger.write(actor, (ledger) =>
      this.checks.runForDocument(ledger, actor.workspaceId, documentId),
    );
    return (await this.flags.forDocument(actor.workspaceId, documentId)).map(presentFlag);
  }
}
