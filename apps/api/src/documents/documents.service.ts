import { Inject, Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { checksCoverage } from '../checks/run-checks.js';
import { presentClaim, type ClaimView } from '../claims/claim.presenter.js';
import { ClaimsService } from '../claims/claims.service.js';
import { RelationRepository } from '../store/relation.repository.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  fetchPage,
  KEYSET_CURSOR,
  mapPage,
  pageFrom,
  type Page,
  type PageQuery,
} from '../common/pagination.js';
import { DomainError } from '../errors/domain-error.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import { FlagRepository } from '../store/flag.repository.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { normalizeText, unstorableTextError } from '../text/normalize.js';
import { READING_CURSOR } from './claims-in-reading-order.js';
import { extractStorable } from '../records/extracted-claim.js';
import {
  buildClaimReviews,
  claimInSentence,
  type ClaimReviewJsonLd,
} from '../claimreview/claim-review.js';
import { DocumentText } from '../text/document-text.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import type { CreateDocumentDto, DocumentListQuery } from './document.dto.js';
import {
  presentDocument,
  presentDocumentSummary,
  type DocumentView,
} from './document.presenter.js';
import { DocumentRepository, type DocumentRecord } from '../store/document.repository.js';
import type { DocumentListItemResponse } from './document.response.js';

export type DocumentListItem = DocumentListItemResponse;

export interface IngestResult {
  created: boolean;
  document: DocumentView;
}

@Injectable()
export class DocumentsService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly claimsService: ClaimsService,
    private readonly claims: ClaimRepository,
    private readonly relations: RelationRepository,
    private readonly flags: FlagRepository,
    private readonly checks: ChecksRunner,
    private readonly ledger: LedgerWriter,
    private readonly workspaces: WorkspaceRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores a new document with the claims and relations extracted from it, or
   * answers the existing one with the same normalised text.
   */
  async ingest(actor: Actor, dto: CreateDocumentDto): Promise<IngestResult> {
    assertActorMay(actor, Permission.SubmitContent, 'submit documents');
    const stored = normalizeText(dto.text);
    if (!/\S/u.test(stored.text))
      throw unstorableTextError('text', 'holds nothing but white space');
    // Extracted, given its ids and checked before the transaction: the workspace's lock
    // is held for the writes alone (and the check against other documents).
    const extraction = extractStorable(stored.text, this.config.maxClaimsPerDocument);
    const checks = this.checks.prepareNewDocument(stored.text, extraction);
    const { created, document } = await this.ledger.write(actor, async (ledger) => {
      const existing = await this.documents.findByTextHash(
        ledger.tx,
        actor.workspaceId,
        stored.sha256,
      );
      if (existing) return { created: false, document: existing };
      const document = await this.documents.insert(
        ledger.tx,
        {
          workspaceId: actor.workspaceId,
          createdBy: actor.userId,
          title: dto.title.trim(),
          sourceUrl: dto.sourceUrl ?? null,
          publisher: dto.publisher ?? null,
          publishedAt: dto.publishedAt ? new Date(dto.publishedAt) : null,
          language: dto.language ?? null,
        },
        stored,
      );
      ledger.record({
        action: 'document.ingested',
        subject: { type: 'document', id: document.id },
        documentId: document.id,
        data: {
          title: document.title,
          sourceUrl: document.sourceUrl,
          publisher: document.publisher,
          publishedAt: document.publishedAt?.toISOString() ?? null,
          language: document.language,
          versionId: document.version.id,
          sha256: stored.sha256,
          length: stored.length,
        },
      });
      await this.claimsService.storeExtraction(
        ledger,
        actor,
        { documentId: document.id, versionId: document.version.id },
        extraction,
      );
      await this.checks.runPrepared(ledger, actor.workspaceId, document.id, checks);
      return { created: true, document };
    });
    return { created, document: await this.detailOf(document) };
  }

  /**
   * Documents of the workspace that look like the same article (same title and
   * source URL): a new text of one of them is a version, not a new document.
   */
  async sameArticle(
    actor: Actor,
    title: string,
    sourceUrl: string | null,
  ): Promise<DocumentListItem[]> {
    const documents = await this.documents.findByTitleAndSource(
      actor.workspaceId,
      title.trim(),
      sourceUrl,
    );
    return documents.map(presentDocumentSummary);
  }

  async get(actor: Actor, id: string): Promise<DocumentView> {
    const document = await this.documents.findById(actor.workspaceId, id);
    if (!document) throw DomainError.notFound('document', id);
    return this.detailOf(document);
  }

  /** schema.org ClaimReview JSON-LD for each claim of the document that has a verdict. */
  async claimReviews(actor: Actor, id: string): Promise<ClaimReviewJsonLd[]> {
    const document = await this.documents.findById(actor.workspaceId, id);
    if (!document) throw DomainError.notFound('document', id);
    const text = new DocumentText(document.version.text);
    const [claims, workspace] = await Promise.all([
      this.claims.forDocument(actor.workspaceId, id),
      this.workspaces.findById(actor.workspaceId),
    ]);
    return buildClaimReviews(
      document,
      claims.map((claim) => ({
        id: claim.id,
        kind: claim.kind,
        exact: claim.exact,
        sentence: claimInSentence(text, claim),
        status: claim.status,
        speaker: claim.speaker,
        reviewedAt: claim.updatedAt,
      })),
      {
        webUiUrl: this.config.publicUrl,
        organization: { name: workspace?.name ?? 'Newsroom', url: this.config.organizationUrl },
      },
    );
  }

  async list(actor: Actor, query: DocumentListQuery): Promise<Page<DocumentListItem>> {
    const titleContains = query.q?.trim() || undefined;
    const page = await fetchPage(query, this.config.maxPageSize, KEYSET_CURSOR, (after, take) =>
      this.documents.list(actor.workspaceId, titleContains, after, take),
    );
    const tallies = await this.documents.tallies(
      actor.workspaceId,
      page.items.map((row) => row.id),
    );
    return mapPage(page, (document) => ({
      ...presentDocumentSummary(document),
      ...tallies.get(document.id),
    }));
  }

  /** A document's claims after the first page of its view, in reading order. */
  async claimsPage(actor: Actor, id: string, query: PageQuery): Promise<Page<ClaimView>> {
    const document = await this.documents.findById(actor.workspaceId, id);
    if (!document) throw DomainError.notFound('document', id);
    const page = await fetchPage(query, this.config.maxPageSize, READING_CURSOR, (after, take) =>
      this.claims.inReadingOrder(actor.workspaceId, id, after, take),
    );
    const flags = await this.flags.forClaims(actor.workspaceId, page.items);
    return mapPage(page, (claim) => presentClaim(claim, flags));
  }

  /** The document view: its text, relations and flags whole, its claims' first page. */
  private async detailOf(document: DocumentRecord): Promise<DocumentView> {
    const { workspaceId, id } = document;
    const pageSize = this.config.maxPageSize;
    const [firstClaims, claimCounts, relations, flags] = await Promise.all([
      this.claims.inReadingOrder(workspaceId, id, null, pageSize + 1),
      this.claims.countByKind(workspaceId, id),
      this.relations.forDocument(workspaceId, id),
      this.flags.forDocument(workspaceId, id),
    ]);
    return presentDocument(
      document,
      mapPage(pageFrom(firstClaims, pageSize, READING_CURSOR), (claim) =>
        presentClaim(claim, flags),
      ),
      relations,
      flags,
      checksCoverage(claimCounts, relations),
    );
  }
}
