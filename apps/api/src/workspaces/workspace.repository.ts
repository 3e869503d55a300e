import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import { classifyDatabaseError } from '../errors/database-errors.js';
import type { RoleName } from '../auth/permissions.js';

export interface WorkspaceRecord {
  id: string;
  slug: string;
  name: string;
}

export interface MemberRecord {
  userId: string;
  name: string;
  role: RoleName;
}

@Injectable()
export class WorkspaceRepository {
  constructor(private readonly prisma: PrismaService) {}

  async all(): Promise<WorkspaceRecord[]> {
    return this.prisma.workspace.findMany({
      orderBy: { slug: 'asc' },
      select: { id: true, slug: true, name: true },
    });
  }

  async findById(id: string): Promise<WorkspaceRecord | null> {
    return this.prisma.workspace.findUnique({
      where: { id },
      select: { id: true, slug: true, name: true },
    });
  }

  async findBySlug(slug: string, tx: Tx = this.prisma): Promise<WorkspaceRecord | null> {
    return tx.workspace.findUnique({
      where: { slug },
      select: { id: true, slug: true, name: true },
    });
  }

  /** Inserts the workspace; null when another has its slug (even one created at the same moment). */
  async insertUnlessSlugTaken(tx: Tx, workspace: WorkspaceRecord): Promise<WorkspaceRecord | null> {
    try {
      return await tx.workspace.create({
        data: workspace,
        select: { id: true, slug: true, name: true },
      });
    } catch (error) {
      if (classifyDatabaseError(error) === 'conflict') return null;
      throw error;
    }
  }

  async insertMember(
    tx: Tx,
    workspaceId: string,
    name: string,
    role: RoleName,
  ): Promise<MemberRecord> {
    const user = await tx.user.create({
      data: { workspaceId, name },
      select: { id: true, name: true },
    });
    await tx.membership.create({ data: { workspaceId, userId: user.id, role } });
    return { userId: user.id, name: user.name, role };
  }

  async findMember(workspaceId: string, userId: string): Promise<MemberRecord | null> {
    const row = await this.prisma.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    return row ? { userId: row.user.id, name: row.user.name, role: row.role } : null;
  }

  async members(workspaceId: string): Promise<MemberRecord[]> {
    const rows = await this.prisma.membership.findMany({
      where: { workspaceId },
      orderBy: { createdAt: 'asc' },
      select: { role: true, user: { select: { id: true, name: true } } },
    });
    return rows.map((row) => ({ userId: row.user.id, name: row.user.name, role: row.role }));
  }
}
