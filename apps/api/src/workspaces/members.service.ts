import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { grantsOf } from '../auth/permissions.js';
import { DomainError } from '../errors/domain-error.js';
import type { MeResponse, MemberResponse } from './members.response.js';
import { WorkspaceRepository } from './workspace.repository.js';

export type Me = MeResponse;

/** Who the caller is, and who else is in the workspace (for assigning work). */
@Injectable()
export class MembersService {
  constructor(private readonly workspaces: WorkspaceRepository) {}

  async me(actor: Actor): Promise<Me> {
    const [workspace, member] = await Promise.all([
      this.workspaces.findById(actor.workspaceId),
      actor.userId ? this.workspaces.findMember(actor.workspaceId, actor.userId) : null,
    ]);
    if (!workspace) throw DomainError.notFound('workspace', actor.workspaceId);
    // Only an API key reaches GET /v1/me, and every key has a member's role.
    if (actor.role === 'system') throw new Error('GET /v1/me answers an API key, not the system');
    return {
      userId: actor.userId,
      name: member?.name ?? null,
      role: actor.role,
      permissions: grantsOf(actor.role),
      workspace,
    };
  }

  members(actor: Actor): Promise<MemberResponse[]> {
    return this.workspaces.members(actor.workspaceId);
  }
}
