import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import { afterPosition, KEYSET_ORDER, type KeysetPosition } from '../common/pagination.js';

export type Stance = 'supports' | 'contradicts' | 'context';
export type CommentSubject = 'claim' | 'flag';

export interface CommentRecord {
  id: string;
  subjectType: CommentSubject;
  subjectId: string;
  authorId: string;
  body: string;
  createdAt: Date;
}

export interface EvidenceRecord {
  id: string;
  claimId: string;
  url: string | null;
  note: string;
  stance: Stance;
  authorId: string;
  createdAt: Date;
}

const COMMENT_FIELDS = {
  id: true,
  subjectType: true,
  subjectId: true,
  authorId: true,
  body: true,
  createdAt: true,
} as const;
const EVIDENCE_FIELDS = {
  id: true,
  claimId: true,
  url: true,
  note: true,
  stance: true,
  authorId: true,
  createdAt: true,
} as const;

/** Comments on claims and flags, and evidence for claims. */
@Injectable()
export class DiscussionRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insertComment(
    tx: Tx,
    comment: {
      workspaceId: string;
      subjectType: CommentSubject;
      subjectId: string;
      authorId: string;
      body: string;
    },
  ): Promise<CommentRecord> {
    return tx.comment.create({ data: comment, select: COMMENT_FIELDS });
  }

  async comments(
    workspaceId: string,
    subjectType: CommentSubject,
    subjectId: string,
    after: KeysetPosition | null,
    take: number,
  ): Promise<CommentRecord[]> {
    return this.prisma.comment.findMany({
      where: { workspaceId, subjectType, subjectId, ...afterPosition(after) },
      orderBy: KEYSET_ORDER,
      take,
      select: COMMENT_FIELDS,
    });
  }

  async insertEvidence(
    tx: Tx,
    evidence: {
      workspaceId: string;
      claimId: string;
      url: string | null;
      note: string;
      stance: Stance;
      authorId: string;
    },
  ): Promise<EvidenceRecord> {
    return tx.evidence.create({ data: evidence, select: EVIDENCE_FIELDS });
  }

  async findComment(workspaceId: string, id: string): Promise<CommentRecord | null> {
    return this.prisma.comment.findFirst({ where: { workspaceId, id }, select: COMMENT_FIELDS });
  }

  async findEvidence(workspaceId: string, id: string): Promise<EvidenceRecord | null> {
    return this.prisma.evidence.findFirst({ where: { workspaceId, id }, select: EVIDENCE_FIELDS });
  }

  async evidence(
    workspaceId: string,
    claimId: string,
    after: KeysetPosition | null,
    take: number,
  ): Promise<EvidenceRecord[]> {
    return this.prisma.evidence.findMany({
      where: { workspaceId, claimId, ...afterPosition(after) },
      orderBy: KEYSET_ORDER,
      take,
      select: EVIDENCE_FIELDS,
    });
  }
}
