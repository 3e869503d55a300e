/**
 * Workspaces and members for the benchmarks, made through the service's own
 * code (WorkspaceAdminService, as `ledger admin` does) in this process.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { readConfig } from '../config/app-config.js';
import { WorkspaceAdminService } from '../workspaces/workspace-admin.service.js';

export interface BenchWorkspace {
  id: string;
  slug: string;
  /** An editor's id and API key: may submit articles, read and export. */
  userId: string;
  apiKey: string;
}

export class BenchWorkspaces {
  private constructor(private readonly app: INestApplicationContext) {}

  static async open(appUrl: string, signingKeyFile: string): Promise<BenchWorkspaces> {
    const config = {
      ...readConfig({ LOG_LEVEL: 'warn' }),
      databaseUrl: appUrl,
      signingKeyFile,
      logFd: 2 as const,
    };
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    return new BenchWorkspaces(app);
  }

  async create(slug: string): Promise<BenchWorkspace> {
    const admin = this.app.get(WorkspaceAdminService);
    const workspace = await admin.createWorkspace(slug, `Bench ${slug}`);
    const editor = await admin.createMember(slug, 'Bench editor', 'editor');
    return { id: workspace.id, slug, userId: editor.userId, apiKey: editor.apiKey };
  }

  close(): Promise<void> {
    return this.app.close();
  }
}
