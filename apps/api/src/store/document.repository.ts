import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import { afterPosition, KEYSET_ORDER, type KeysetPosition } from '../common/pagination.js';
import type {
  Document as DocumentRow,
  DocumentVersion as VersionRow,
} from '../generated/prisma/client.js';

export interface DocumentMetadata {
  title: string;
  sourceUrl: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  language: string | null;
}

export interface DocumentRecord extends DocumentMetadata {
  id: string;
  workspaceId: string;
  createdBy: string | null;
  createdAt: Date;
  version: VersionRecord;
}

export interface DocumentTallies {
  claimsByStatus: Record<string, number>;
  openFlagsBySeverity: Record<string, number>;
}

export interface VersionRecord {
  id: string;
  number: number;
  sha256: string;
  length: number;
  text: string;
}

/** A version as listed: no text, with what it did to its predecessor. */
export interface VersionSummary {
  id: string;
  documentId: string;
  number: number;
  sha256: string;
  length: number;
  createdBy: string | null;
  createdAt: Date;
  /** The stored revision report (revisions/revision-report.ts), null for the first version. */
  revision: unknown;
}

export type VersionWithText = VersionSummary & { text: string };

@Injectable()
export class DocumentRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The document whose text (any version) has this SHA-256 in the workspace. */
  async findByTextHash(
    tx: Tx,
    workspaceId: string,
    sha256: string,
  ): Promise<DocumentRecord | null> {
    const version = await tx.documentVersion.findFirst({
      where: { workspaceId, sha256 },
      orderBy: { createdAt: 'asc' },
      select: { documentId: true },
    });
    return version ? this.findById(workspaceId, version.documentId, tx) : null;
  }

  async insert(
    tx: Tx,
    document: DocumentMetadata & { workspaceId: string; createdBy: string | null },
    text: { text: string; sha256: string; length: number },
  ): Promise<DocumentRecord> {
    const row = await tx.document.create({ data: document });
    const version = await tx.documentVersion.create({
      data: { workspaceId: document.workspaceId, documentId: row.id, number: 1, ...text },
    });
    return toRecord(row, version);
  }

  /** The document with its latest version. */
  async findById(
    workspaceId: string,
    id: string,
    tx: Tx = this.prisma,
  ): Promise<DocumentRecord | null> {
    const row = await tx.document.findUnique({
      where: { workspaceId_id: { workspaceId, id } },
      include: { versions: { orderBy: { number: 'desc' }, take: 1 } },
    });
    return row ? toRecord(row, row.versions[0]) : null;
  }

  /** The id of the document's latest version, without its text; null for no such document. */
  async currentVersionId(
    workspaceId: string,
    id: string,
    tx: Tx = this.prisma,
  ): Promise<string | null> {
    const version = await tx.documentVersion.findFirst({
      where: { workspaceId, documentId: id },
      orderBy: { number: 'desc' },
      select: { id: true },
    });
    return version?.id ?? null;
  }

  /** Per document: its claims by status and its open flags by severity. */
  async tallies(workspaceId: string, documentIds: string[]): Promise<Map<string, DocumentTallies>> {
    const [claims, flags] = await Promise.all([
      this.prisma.claim.groupBy({
        by: ['documentId', 'status'],
        where: { workspaceId, documentId: { in: documentIds } },
        _count: { _all: true },
      }),
      this.prisma.flag.groupBy({
        by: ['documentId', 'severity'],
        where: { workspaceId, documentId: { in: documentIds }, status: 'open' },
        _count: { _all: true },
      }),
    ]);
    const tallies = new Map<string, DocumentTallies>(
      documentIds.map((id) => [id, { claimsByStatus: {}, openFlagsBySeverity: {} }]),
    );
    for (const row of claims)
      tallies.get(row.documentId)!.claimsByStatus[row.status] = row._count._all;
    for (const row of flags)
      tallies.get(row.documentId)!.openFlagsBySeverity[row.severity] = row._count._all;
    return tallies;
  }

  async versionText(
    workspaceId: string,
    versionId: string,
    tx: Tx = this.prisma,
  ): Promise<string | null> {
    const version = await tx.documentVersion.findUnique({
      where: { workspaceId_id: { workspaceId, id: versionId } },
      select: { text: true },
    });
    return version?.text ?? null;
  }

  /** The documents with this title and source URL (null: none), oldest first. */
  async findByTitleAndSource(
    workspaceId: string,
    title: string,
    sourceUrl: string | null,
  ): Promise<DocumentRecord[]> {
    const rows = await this.prisma.document.findMany({
      where: { workspaceId, title, sourceUrl },
      orderBy: KEYSET_ORDER,
      include: CURRENT_VERSION_WITHOUT_TEXT,
    });
    return rows.map((row) => toRecord(row, { ...row.versions[0], text: '' }));
  }

  /** A new version of a document's text, numbered after the current one. */
  async insertVersion(
    tx: Tx,
    version: {
      workspaceId: string;
      documentId: string;
      number: number;
      text: string;
      sha256: string;
      length: number;
      createdBy: string | null;
    },
  ): Promise<VersionRecord> {
    const row = await tx.documentVersion.create({ data: version });
    return {
      id: row.id,
      number: row.number,
      sha256: row.sha256,
      length: row.length,
      text: row.text,
    };
  }

  /**
   * Records what a version did to its predecessor's claims (set once, in its own
   * transaction) and answers the version as it now is.
   */
  async setRevision(
    tx: Tx,
    workspaceId: string,
    versionId: string,
    revision: object,
  ): Promise<VersionWithText> {
    return tx.documentVersion.update({
      where: { workspaceId_id: { workspaceId, id: versionId } },
      data: { revision },
      select: { ...VERSION_SUMMARY, text: true },
    });
  }

  /** A document's versions, oldest first, without their texts. */
  async versions(workspaceId: string, documentId: string): Promise<VersionSummary[]> {
    return this.prisma.documentVersion.findMany({
      where: { workspaceId, documentId },
      orderBy: { number: 'asc' },
      select: VERSION_SUMMARY,
    });
  }

  /** Versions `from` to `to` (numbers, both included) of a document, with their texts. */
  async versionsBetween(
    workspaceId: string,
    documentId: string,
    from: number,
    to: number,
    tx: Tx = this.prisma,
  ): Promise<VersionWithText[]> {
    return tx.documentVersion.findMany({
      where: { workspaceId, documentId, number: { gte: from, lte: to } },
      orderBy: { number: 'asc' },
      select: { ...VERSION_SUMMARY, text: true },
    });
  }

  /** Documents oldest first, each with its latest version but without its text. */
  async list(
    workspaceId: string,
    titleContains: string | undefined,
    after: KeysetPosition | null,
    take: number,
  ): Promise<DocumentRecord[]> {
    const rows = await this.prisma.document.findMany({
      where: {
        workspaceId,
        ...(titleContains && { title: { contains: titleContains, mode: 'insensitive' as const } }),
        ...afterPosition(after),
      },
      orderBy: KEYSET_ORDER,
      take,
      include: CURRENT_VERSION_WITHOUT_TEXT,
    });
    return rows.map((row) => toRecord(row, { ...row.versions[0], text: '' }));
  }
}

/** The current version of each document listed, without its text. */
const CURRENT_VERSION_WITHOUT_TEXT = {
  versions: {
    orderBy: { number: 'desc' as const },
    take: 1,
    select: { id: true, number: true, sha256: true, length: true },
  },
};

const VERSION_SUMMARY = {
  id: true,
  documentId: true,
  number: true,
  sha256: true,
  length: true,
  createdBy: true,
  createdAt: true,
  revision: true,
} as const;

function toRecord(
  row: DocumentRow,
  version: Pick<VersionRow, 'id' | 'number' | 'sha256' | 'length' | 'text'>,
): DocumentRecord {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    title: row.title,
    sourceUrl: row.sourceUrl,
    publisher: row.publisher,
    publishedAt: row.publishedAt,
    language: row.language,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    version: {
      id: version.id,
      number: version.number,
      sha256: version.sha256,
      length: version.length,
      text: version.text,
    },
  };
}
