import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import type {
  ClaimRelation as RelationRow,
  RelationType as StoredRelationType,
} from '../generated/prisma/client.js';
import {
  attributesOf,
  linksFrom,
  membersOf,
  type RelationLinks,
  type RelationMember,
  type RelationRecord,
  type RelationType,
} from './relation.js';

const STORED_TYPE = {
  'parts-of-total': 'parts_of_total',
  'share-of': 'share_of',
  change: 'change',
  'shares-of-one-group': 'shares_of_one_group',
  'same-quantity': 'same_quantity',
} as const satisfies Record<RelationType, StoredRelationType>;
const TYPE_OF = {
  parts_of_total: 'parts-of-total',
  share_of: 'share-of',
  change: 'change',
  shares_of_one_group: 'shares-of-one-group',
  same_quantity: 'same-quantity',
} as const satisfies Record<StoredRelationType, RelationType>;

const WITH_MEMBERS = {
  members: { select: { claimId: true, role: true, position: true } },
} as const;

@Injectable()
export class RelationRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insertMany(
    tx: Tx,
    target: {
      workspaceId: string;
      documentId: string;
      createdBy: string | null;
      origin: 'extracted' | 'manual';
    },
    relations: RelationLinks[],
  ): Promise<RelationRecord[]> {
    if (relations.length === 0) return [];
    const stored = relations.map((links) => ({ id: randomUUID(), links }));
    await tx.claimRelation.createMany({
      data: stored.map(({ id, links }) => ({
        id,
        workspaceId: target.workspaceId,
        documentId: target.documentId,
        type: STORED_TYPE[links.type],
        ...attributesOf(links),
        origin: target.origin,
        createdBy: target.createdBy,
      })),
    });
    await tx.claimRelationMember.createMany({
      data: stored.flatMap(({ id, links }) =>
        membersOf(links).map((member) => ({
          workspaceId: target.workspaceId,
          relationId: id,
          ...member,
        })),
      ),
    });
    return stored.map(({ id, links }) => ({
      ...links,
      id,
      documentId: target.documentId,
      origin: target.origin,
    }));
  }

  async findById(tx: Tx, workspaceId: string, id: string): Promise<RelationRecord | null> {
    const row = await tx.claimRelation.findUnique({
      where: { workspaceId_id: { workspaceId, id } },
      include: WITH_MEMBERS,
    });
    return row ? toRecord(row) : null;
  }

  async delete(tx: Tx, workspaceId: string, id: string): Promise<void> {
    await tx.claimRelationMember.deleteMany({ where: { workspaceId, relationId: id } });
    await tx.claimRelation.delete({ where: { workspaceId_id: { workspaceId, id } } });
  }

  async forDocument(
    workspaceId: string,
    documentId: string,
    tx: Tx = this.prisma,
  ): Promise<RelationRecord[]> {
    const rows = await tx.claimRelation.findMany({
      where: { workspaceId, documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: WITH_MEMBERS,
    });
    return rows.map(toRecord);
  }
}

function toRecord(row: RelationRow & { members: RelationMember[] }): RelationRecord {
  return {
    ...linksFrom(TYPE_OF[row.type], row.members, {
      complete: row.complete,
      direction: row.direction,
      factor: row.factor,
    }),
    id: row.id,
    documentId: row.documentId,
    origin: row.origin,
  };
}
