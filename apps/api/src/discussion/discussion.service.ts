import { Inject, Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { fetchPage, KEYSET_CURSOR, type Page, type PageQuery } from '../common/pagination.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { FlagRepository } from '../store/flag.repository.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import type { CommentDto, EvidenceDto } from './discussion.dto.js';
import type { CommentResponse, EvidenceResponse } from './discussion.response.js';
import { DiscussionRepository, type CommentSubject } from './discussion.repository.js';

@Injectable()
export class DiscussionService {
  constructor(
    private readonly discussion: DiscussionRepository,
    private readonly claims: ClaimRepository,
    private readonly flags: FlagRepository,
    private readonly ledger: LedgerWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async comment(
    actor: Actor,
    subjectType: CommentSubject,
    subjectId: string,
    dto: CommentDto,
  ): Promise<CommentResponse> {
    assertActorMay(actor, Permission.SubmitContent, 'comment');
    const documentId = await this.documentOf(actor, subjectType, subjectId);
    return this.ledger.write(actor, async (ledger) => {
      const comment = await this.discussion.insertComment(ledger.tx, {
        workspaceId: actor.workspaceId,
        subjectType,
        subjectId,
        authorId: authorOf(actor),
        body: dto.body,
      });
      ledger.record({
        action: 'comment.added',
        subject: { type: subjectType, id: subjectId },
        documentId,
        data: { commentId: comment.id, body: comment.body },
      });
      return comment;
    });
  }

  async comments(
    actor: Actor,
    subjectType: CommentSubject,
    subjectId: string,
    query: PageQuery,
  ): Promise<Page<CommentResponse>> {
    await this.documentOf(actor, subjectType, subjectId);
    return fetchPage(query, this.config.maxPageSize, KEYSET_CURSOR, (after, take) =>
      this.discussion.comments(actor.workspaceId, subjectType, subjectId, after, take),
    );
  }

  async addEvidence(actor: Actor, claimId: string, dto: EvidenceDto): Promise<EvidenceResponse> {
    assertActorMay(actor, Permission.SubmitContent, 'add evidence');
    const documentId = await this.documentOf(actor, 'claim', claimId);
    return this.ledger.write(actor, async (ledger) => {
      const evidence = await this.discussion.insertEvidence(ledger.tx, {
        workspaceId: actor.workspaceId,
        claimId,
        url: dto.url ?? null,
        note: dto.note,
        stance: dto.stance,
        authorId: authorOf(actor),
      });
      ledger.record({
        action: 'evidence.added',
        subject: { type: 'claim', id: claimId },
        documentId,
        data: {
          evidenceId: evidence.id,
          url: evidence.url,
          note: evidence.note,
          stance: evidence.stance,
        },
      });
      return evidence;
    });
  }

  async evidence(actor: Actor, claimId: string, query: PageQuery): Promise<Page<EvidenceResponse>> {
    await this.documentOf(actor, 'claim', claimId);
    return fetchPage(query, this.config.maxPageSize, KEYSET_CURSOR, (after, take) =>
      this.discussion.evidence(actor.workspaceId, claimId, after, take),
    );
  }

  async commentById(actor: Actor, id: string): Promise<CommentResponse> {
    const comment = await this.discussion.findComment(actor.workspaceId, id);
    if (!comment) throw DomainError.notFound('comment', id);
    return comment;
  }

  async evidenceById(actor: Actor, id: string): Promise<EvidenceResponse> {
    const evidence = await this.discussion.findEvidence(actor.workspaceId, id);
    if (!evidence) throw DomainError.notFound('evidence', id);
    return evidence;
  }

  /** The document of the claim or flag, which must exist in the actor's workspace. */
  private async documentOf(actor: Actor, subjectType: CommentSubject, id: string): Promise<string> {
    const subject =
      subjectType === 'claim'
        ? await this.claims.findById(actor.workspaceId, id)
        : await this.flags.findById(actor.workspaceId, id);
    if (!subject) throw DomainError.notFound(subjectType, id);
    return subject.documentId;
  }
}

function authorOf(actor: Actor): string {
  if (!actor.userId)
    throw new DomainError(ErrorCode.Forbidden, 'only a member can write comments and evidence');
  return actor.userId;
}
