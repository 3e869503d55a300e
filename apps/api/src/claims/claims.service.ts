import { Inject, Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  fetchPage,
  KEYSET_CURSOR,
  mapPage,
  SEQ_CURSOR,
  type Page,
  type PageQuery,
} from '../common/pagination.js';
import { assertCurrentVersion, staleVersion, versionFromIfMatch } from '../common/etag.js';
import { DocumentRepository } from '../store/document.repository.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import { FlagRepository } from '../store/flag.repository.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { LedgerEventRepository } from '../ledger/ledger-event.repository.js';
import { isVerdict } from '../workflow/workflow.js';
import { LedgerWriter, type LedgerTransaction } from '../ledger/ledger-writer.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { historyEntry, type HistoryEntry } from './claim-history.js';
import { CodePointIndex } from '../text/code-points.js';
import { verifySpan, type Span } from '../text/span.js';
import {
  claimFieldErrors,
  EMPTY_CLAIM_FIELDS,
  decimalFromNumber,
  type ClaimFields,
  type ClaimRecord,
  type ClaimStatus,
} from '../records/claim.js';
import { ClaimListQuery, CorrectClaimDto, CreateClaimDto } from './claim.dto.js';
import { claimEventData, presentClaim, type ClaimView } from './claim.presenter.js';
import { ClaimRepository, type ClaimChanges } from '../store/claim.repository.js';
import type { StorableExtraction } from '../records/extracted-claim.js';
import { RelationRepository } from '../store/relation.repository.js';

@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly relations: RelationRepository,
    private readonly documents: DocumentRepository,
    private readonly flags: FlagRepository,
    private readonly checks: ChecksRunner,
    private readonly ledger: LedgerWriter,
    private readonly events: LedgerEventRepository,
    private readonly workspaces: WorkspaceRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createManual(actor: Actor, documentId: string, dto: CreateClaimDto): Promise<ClaimView> {
    assertActorMay(actor, Permission.SubmitContent, 'add claims');
    const document = await this.documents.findById(actor.workspaceId, documentId);
    if (!document) throw DomainError.notFound('document', documentId);
    const fields = fieldsFrom(dto, EMPTY_CLAIM_FIELDS);
    assertValidFields(dto.kind, fields);
    const span = verifySpan(
      new CodePointIndex(document.version.text),
      dto.start,
      dto.end,
      dto.exact,
    );
    const created = await this.ledger.write(actor, async (ledger) => {
      const [claim] = await this.claims.insertMany(
        ledger.tx,
        {
          workspaceId: actor.workspaceId,
          documentId,
          documentVersionId: document.version.id,
          createdBy: requireUser(actor),
        },
        [{ kind: dto.kind, origin: 'manual', ...span, ...fields }],
      );
      ledger.record({
        action: 'claim.created',
        subject: { type: 'claim', id: claim.id },
        documentId,
        data: claimEventData(claim),
      });
      await this.checks.runForDocument(ledger, actor.workspaceId, documentId);
      return claim;
    });
    return this.present(actor, created);
  }

  /**
   * The extractor's claims and relations in a version of a document (a new
   * document's, or a new version's new ones), each with its event.
   */
  async storeExtraction(
    ledger: LedgerTransaction,
    actor: Actor,
    into: { documentId: string; versionId: string },
    extraction: StorableExtraction,
  ): Promise<void> {
    const target = {
      workspaceId: actor.workspaceId,
      documentId: into.documentId,
      createdBy: actor.userId,
    };
    const claims = await this.claims.insertMany(
      ledger.tx,
      { ...target, documentVersionId: into.versionId },
      extraction.claims,
    );
    for (const claim of claims) {
      ledger.record({
        action: 'claim.extracted',
        subject: { type: 'claim', id: claim.id },
        documentId: into.documentId,
        data: claimEventData(claim),
      });
    }
    const relations = await this.relations.insertMany(
      ledger.tx,
      { ...target, origin: 'extracted' },
      extraction.relations,
    );
    for (const { id, documentId, origin, ...links } of relations) {
      ledger.record({
        action: 'relation.created',
        subject: { type: 'relation', id },
        documentId,
        data: { ...links, origin },
      });
    }
  }

  async get(actor: Actor, id: string): Promise<ClaimView> {
    return this.present(actor, await this.find(actor, id));
  }

  async list(actor: Actor, query: ClaimListQuery): Promise<Page<ClaimView>> {
    const filter = {
      documentId: query.documentId,
      status: query.status,
      kind: query.kind,
      assigneeId: assigneeFilter(actor, query.assignee),
    };
    const page = await fetchPage(query, this.config.maxPageSize, KEYSET_CURSOR, (after, take) =>
      this.claims.list(actor.workspaceId, filter, after, take),
    );
    const flags = await this.flags.forClaims(actor.workspaceId, page.items);
    return mapPage(page, (claim) => presentClaim(claim, flags));
  }

  /** A person's correction of a claim's fields or span, at the version they read. */
  async correct(
    actor: Actor,
    id: string,
    ifMatch: string | undefined,
    dto: CorrectClaimDto,
  ): Promise<ClaimView> {
    assertActorMay(actor, Permission.SubmitContent, 'correct claims');
    const version = versionFromIfMatch(ifMatch);
    const current = await this.find(actor, id);
    assertCurrentVersion('claim', id, version, current.version);
    const fields = fieldsFrom(dto, current);
    assertValidFields(current.kind, fields);
    const span = await this.correctedSpan(actor, current, dto);
    const changes = changedFields(current, { ...fields, ...span });
    if (Object.keys(changes).length === 0) {
      throw DomainError.invalidInput([
        { field: 'body', message: 'names no field that differs from the claim' },
      ]);
    }
    const status: ClaimStatus | undefined = isVerdict(current.status) ? 'in_review' : undefined;
    const updated = await this.ledger.write(actor, async (ledger) => {
      const claim = await this.claims.updateAtVersion(ledger.tx, actor.workspaceId, id, version, {
        ...changes,
        ...(status && { status }),
        correctedBy: requireUser(actor),
      });
      if (!claim) throw staleVersion('claim', id, version);
      const before = Object.fromEntries(
        Object.keys(changes).map((key) => [key, current[key as keyof ClaimChanges]]),
      );
      ledger.record({
        action: 'claim.corrected',
        subject: { type: 'claim', id },
        documentId: claim.documentId,
        data: {
          before,
          after: changes,
          ...(status && { status: { before: current.status, after: status } }),
          version: claim.version,
        },
      });
      await this.checks.runForDocument(ledger, actor.workspaceId, claim.documentId);
      return claim;
    });
    return this.present(actor, updated);
  }

  /** The events of the claim and of the flags that name it, oldest first, each with a readable summary. */
  async history(actor: Actor, id: string, query: PageQuery): Promise<Page<HistoryEntry>> {
    const claim = await this.find(actor, id);
    const flags = await this.flags.forClaims(actor.workspaceId, [claim]);
    const subjects = [
      { type: 'claim', id },
      ...flags.map((flag) => ({ type: 'flag', id: flag.id })),
    ];
    const [events, members] = await Promise.all([
      fetchPage(query, this.config.maxPageSize, SEQ_CURSOR, (after, take) =>
        this.events.forSubjects(actor.workspaceId, subjects, after, take),
      ),
      this.workspaces.members(actor.workspaceId),
    ]);
    const names = new Map(members.map((member) => [member.userId, member.name]));
    return mapPage(events, (event) => historyEntry(event, names));
  }

  private async present(actor: Actor, claim: ClaimRecord): Promise<ClaimView> {
    return presentClaim(claim, await this.flags.forClaims(actor.workspaceId, [claim]));
  }

  private async find(actor: Actor, id: string): Promise<ClaimRecord> {
    const claim = await this.claims.findById(actor.workspaceId, id);
    if (!claim) throw DomainError.notFound('claim', id);
    return claim;
  }

  private async correctedSpan(
    actor: Actor,
    claim: ClaimRecord,
    dto: CorrectClaimDto,
  ): Promise<Span | undefined> {
    if (dto.start === undefined || dto.end === undefined || dto.exact === undefined)
      return undefined;
    const text = await this.documents.versionText(actor.workspaceId, claim.documentVersionId);
    if (text === null) throw DomainError.notFound('document version', claim.documentVersionId);
    return verifySpan(new CodePointIndex(text), dto.start, dto.end, dto.exact);
  }
}

/** The fields after applying a request: given fields replace, absent ones stay. */
function fieldsFrom(dto: CreateClaimDto | CorrectClaimDto, base: ClaimFields): ClaimFields {
  const pick = <K extends keyof ClaimFields>(
    key: K,
    given: ClaimFields[K] | undefined,
  ): ClaimFields[K] => (given === undefined ? base[key] : given);
  return {
    value: dto.value === undefined ? base.value : decimalFromNumber(dto.value),
    low: dto.low === undefined ? base.low : decimalFromNumber(dto.low),
    high: dto.high === undefined ? base.high : decimalFromNumber(dto.high),
    unit: pick('unit', dto.unit),
    approximate: pick('approximate', dto.approximate),
    bound: pick('bound', dto.bound),
    subject: pick('subject', dto.subject),
    speaker: pick('speaker', dto.speaker),
    relayedBy: pick('relayedBy', dto.relayedBy),
  };
}

function assertValidFields(kind: ClaimRecord['kind'], fields: ClaimFields): void {
  const errors = claimFieldErrors(kind, fields);
  if (errors.length > 0) throw DomainError.invalidInput(errors);
}

function changedFields(current: ClaimRecord, next: ClaimFields & Partial<Span>): ClaimChanges {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined && value !== current[key as keyof ClaimRecord]) changes[key] = value;
  }
  return changes;
}

function requireUser(actor: Actor): string {
  if (!actor.userId) throw new DomainError(ErrorCode.Forbidden, 'only a member can write claims');
  return actor.userId;
}

/** `me`, `none` (no one) or a member id, as the claims' assignee filter. */
function assigneeFilter(actor: Actor, assignee: string | undefined): string | null | undefined {
  if (assignee === 'none') return null;
  if (assignee === 'me') return actor.userId ?? undefined;
  return assignee;
}
