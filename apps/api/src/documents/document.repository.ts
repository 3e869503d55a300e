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

@Injectable()
export class DocumentRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The document whose text (any version) has this SHA-256 in the workspace. */
  async findByTextHash(
    tx: Tx,
    workspaceId: string,
    sha256: string,
  ): Promise<DocumentRecord | null> {
    const version = await tx.documentVersion.findUnique({
      where: { workspaceId_sha256: { workspaceId, sha256 } },
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
      include: {
        versions: {
          orderBy: { number: 'desc' },
          take: 1,
          select: { id: true, number: true, sha256: true, length: true },
        },
      },
    });
    return rows.map((row) => toRecord(row, { ...row.versions[0], text: '' }));
  }
}

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
