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

  async findOwnerByPrefix(prefix: string): Promise<KeyOwner | null> {
    const key = await this.prisma.apiKey.findUnique({
      where: { prefix },
      include: { user: { include: { memberships: true } } },
    });
    const membership = key?.user.memberships.find((m) => m.workspaceId === key.workspaceId);
    if (!key || !membership) return null;
    return {
      keyId: key.id,
      keyHash: key.keyHash,
      revoked: key.revokedAt !== null,
      lastUsedAt: key.lastUsedAt,
      workspaceId: key.workspaceId,
      userId: key.userId,
      role: membership.role,
    };
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
