import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';

export interface FlagRecord {
  id: string;
  documentId: string;
  rule: string;
  ruleVersion: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  data: unknown;
  inputHash: string;
  fingerprint: string;
  status: 'open' | 'resolved' | 'dismissed';
  reason: string | null;
  note: string | null;
  version: number;
  claimIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

@Injectable()
export class FlagRepository {
  constructor(private readonly prisma: PrismaService) {}

  async forDocument(workspaceId: string, documentId: string): Promise<FlagRecord[]> {
    const rows = await this.prisma.flag.findMany({
      where: { workspaceId, documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: { claims: { select: { claimId: true } } },
    });
    return rows.map(({ claims, workspaceId: _workspaceId, ...row }) => ({
      ...row,
      data: row.data,
      claimIds: claims.map((c) => c.claimId),
    }));
  }
}
