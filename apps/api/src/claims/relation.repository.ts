import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

export type RelationType = 'parts-of-total' | 'share-of' | 'same-quantity';

export interface RelationRecord {
  id: string;
  documentId: string;
  type: RelationType;
  fromClaimId: string;
  toClaimId: string;
  origin: 'extracted' | 'manual';
}

const TYPE_OF = {
  parts_of_total: 'parts-of-total',
  share_of: 'share-of',
  same_quantity: 'same-quantity',
} as const;

@Injectable()
export class RelationRepository {
  constructor(private readonly prisma: PrismaService) {}

  async forDocument(workspaceId: string, documentId: string): Promise<RelationRecord[]> {
    const rows = await this.prisma.claimRelation.findMany({
      where: { workspaceId, documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({
      id: row.id,
      documentId: row.documentId,
      type: TYPE_OF[row.type],
      fromClaimId: row.fromClaimId,
      toClaimId: row.toClaimId,
      origin: row.origin,
    }));
  }
}
