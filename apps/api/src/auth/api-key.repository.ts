import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import type { RoleName } from './permissions.js';

export interface KeyOwner {
  keyId: string;
  keyHash: string;
  revoked: boolean;
  lastUsedAt: Date | null;
  workspaceId: string;
  userId: string;
  role: RoleName;
}

export interface KeyRecord {
  id: string;
  workspaceId: string;
  userId: string;
  prefix: string;
  revokedAt: Date | null;
}

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The key with this prefix and its owner's role in the key's workspace: one round trip, on every request. */
  async findOwnerByPrefix(prefix: string): Promise<KeyOwner | null> {
    const [owner] = await this.prisma.$queryRaw<KeyOwner[]>`
      SELECT k.id AS "keyId", k.key_hash AS "keyHash", k.revoked_at IS NOT NULL AS revoked,
        k.last_used_at AS "lastUsedAt", k.workspace_id AS "workspaceId", k.user_id AS "userId",
        m.role::text AS role
      FROM api_keys k
      JOIN memberships m ON m.workspace_id = k.workspace_id AND m.user_id = k.user_id
      WHERE k.prefix = ${prefix}`;
    return owner ?? null;
  }

  async touch(keyId: string, at: Date): Promise<void> {
    await this.prisma.apiKey.update({ where: { id: keyId }, data: { lastUsedAt: at } });
  }

  async findByPrefix(prefix: string, tx: Tx = this.prisma): Promise<KeyRecord | null> {
    return tx.apiKey.findUnique({
      where: { prefix },
      select: { id: true, workspaceId: true, userId: true, prefix: true, revokedAt: true },
    });
  }

  async insert(
    tx: Tx,
    key: { workspaceId: string; userId: string; prefix: string; hash: string },
  ): Promise<KeyRecord> {
    return tx.apiKey.create({
      data: {
        workspaceId: key.workspaceId,
        userId: key.userId,
        prefix: key.prefix,
        keyHash: key.hash,
      },
      select: { id: true, workspaceId: true, userId: true, prefix: true, revokedAt: true },
    });
  }

  /** Revokes the key unless it is revoked already; false when it was. */
  async revokeIfActive(tx: Tx, workspaceId: string, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.apiKey.updateMany({
      where: { id, workspaceId, revokedAt: null },
      data: { revokedAt: at },
    });
    return count === 1;
  }
}
