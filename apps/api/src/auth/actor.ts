import type { RoleName } from './permissions.js';

/** Who is acting: an authenticated member, or the system itself (CLI, seeding). */
export interface Actor {
  workspaceId: string;
  userId: string | null;
  role: RoleName | 'system';
}

export function systemActor(workspaceId: string): Actor {
  return { workspaceId, userId: null, role: 'system' };
}
