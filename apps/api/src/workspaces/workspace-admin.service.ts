import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { systemActor } from '../auth/actor.js';
import { generateApiKey } from '../auth/api-key.js';
import { ApiKeyRepository } from '../auth/api-key.repository.js';
import type { RoleName } from '../auth/permissions.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { WorkspaceRepository, type WorkspaceRecord } from './workspace.repository.js';

export interface CreatedMember {
  userId: string;
  name: string;
  role: RoleName;
  /** The API key in full: shown once, never stored. */
  apiKey: string;
  keyPrefix: string;
}

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Workspaces, members and keys: what `ledger admin` does (operators, not the API). */
@Injectable()
export class WorkspaceAdminService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly keys: ApiKeyRepository,
    private readonly ledger: LedgerWriter,
  ) {}

  async createWorkspace(slug: string, name = slug): Promise<WorkspaceRecord> {
    if (!SLUG_PATTERN.test(slug)) {
      throw DomainError.invalidInput([
        {
          field: 'slug',
          message: 'lower-case letters, digits and dashes, starting with a letter or digit',
        },
      ]);
    }
    const id = randomUUID();
    return this.ledger.write(systemActor(id), async ({ tx, record }) => {
      const workspace = await this.workspaces.insertUnlessSlugTaken(tx, { id, slug, name });
      if (!workspace) throw new DomainError(ErrorCode.Conflict, `workspace ${slug} already exists`);
      record({
        action: 'workspace.created',
        subject: { type: 'workspace', id },
        data: { slug, name },
      });
      return workspace;
    });
  }

  async workspace(slug: string): Promise<WorkspaceRecord> {
    const workspace = await this.workspaces.findBySlug(slug);
    if (!workspace) throw DomainError.notFound('workspace', slug);
    return workspace;
  }

  /** The named workspace, or the only one there is when none is named. */
  async workspaceForCli(slug: string | undefined): Promise<WorkspaceRecord> {
    if (slug) return this.workspace(slug);
    const all = await this.workspaces.all();
    if (all.length === 1) return all[0];
    throw DomainError.invalidInput([
      {
        field: 'workspace',
        message:
          all.length === 0
            ? 'there is no workspace yet'
            : `name one of: ${all.map((w) => w.slug).join(', ')}`,
      },
    ]);
  }

  async createMember(slug: string, name: string, role: RoleName): Promise<CreatedMember> {
    const workspace = await this.workspace(slug);
    if (!name.trim())
      throw DomainError.invalidInput([{ field: 'name', message: 'must not be empty' }]);
    return this.ledger.write(systemActor(workspace.id), async ({ tx, record }) => {
      const member = await this.workspaces.insertMember(tx, workspace.id, name.trim(), role);
      const key = generateApiKey();
      const stored = await this.keys.insert(tx, {
        workspaceId: workspace.id,
        userId: member.userId,
        ...key,
      });
      record({
        action: 'member.added',
        subject: { type: 'user', id: member.userId },
        data: { name: member.name, role },
      });
      record({
        action: 'key.created',
        subject: { type: 'api-key', id: stored.id },
        data: { userId: member.userId, prefix: key.prefix },
      });
      return { ...member, apiKey: key.key, keyPrefix: key.prefix };
    });
  }

  async revokeKey(prefix: string): Promise<void> {
    const key = await this.keys.findByPrefix(prefix);
    if (!key) throw DomainError.notFound('API key', prefix);
    await this.ledger.write(systemActor(key.workspaceId), async ({ tx, record }) => {
      if (!(await this.keys.revokeIfActive(tx, key.workspaceId, key.id, new Date())))
        throw new DomainError(ErrorCode.Conflict, `API key ${prefix} is already revoked`);
      record({
        action: 'key.revoked',
        subject: { type: 'api-key', id: key.id },
        data: { userId: key.userId, prefix },
      });
    });
  }
}
