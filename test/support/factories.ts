import type { INestApplicationContext } from '@nestjs/common';
import type { RoleName } from '../../apps/api/src/auth/permissions.js';
import { WorkspaceAdminService } from '../../apps/api/src/workspaces/workspace-admin.service.js';

export interface Newsroom {
  workspaceId: string;
  slug: string;
  keys: Record<RoleName, string>;
  userIds: Record<RoleName, string>;
}

let counter = 0;

/** A workspace with one member per role, made through the real admin service. */
export async function createNewsroom(
  app: INestApplicationContext,
  slug = `newsroom-${++counter}`,
): Promise<Newsroom> {
  const admin = app.get(WorkspaceAdminService);
  const workspace = await admin.createWorkspace(slug);
  const keys = {} as Record<RoleName, string>;
  const userIds = {} as Record<RoleName, string>;
  for (const role of ['reporter', 'editor', 'auditor', 'admin'] as const) {
    const member = await admin.createMember(slug, `${role} of ${slug}`, role);
    keys[role] = member.apiKey;
    userIds[role] = member.userId;
  }
  return { workspaceId: workspace.id, slug, keys, userIds };
}

export function bearer(key: string): { Authorization: string } {
  return { Authorization: `Bearer ${key}` };
}
