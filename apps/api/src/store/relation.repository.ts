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
} from '../records/relation.js';

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
    // One statement for a whole document's relations and their members, each rows given as one JSON parameter.
    const rows = JSON.stringify(
      stored.map(({ id, links }) => ({ id, type: links.type, ...attributesOf(links) })),
    );
    const members = JSON.stringify(
      stored.flatMap(({ id, links }) =>
        membersOf(links).map((member) => ({ relation_id: id, ...member })),
      ),
    );
    await tx.$executeRaw`
      WITH relations AS (
        INSERT INTO claim_relations (id, workspace_id, document_id, type, origin, complete,
          direction, factor, created_by)
        SELECT r.id, ${target.workspaceId}::uuid, ${target.documentId}::uuid,
          r.type::"RelationType", ${target.origin}::"ClaimOrigin", r.complete,
          r.direction::"ChangeDirection", r.factor, ${target.createdBy}::uuid
        FROM json_to_recordset(${rows}::json) AS r(id uuid, type text, complete boolean,
          direction text, factor text)
      )
      INSERT INTO claim_relation_members (workspace_id, relation_id, claim_id, role, position)
      SELECT ${target.workspaceId}::uuid, m.relation_id, m."claimId", m.role::"RelationRole",
        m.position
      FROM json_to_recordset(${members}::json) AS m(relation_id uuid, "claimId" uuid, role text,
        position int)`;
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
