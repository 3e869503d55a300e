import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { roleMay, type Permission, type RoleName } from './permissions.js';

/** Who is acting: an authenticated member, or the system itself (CLI, seeding). */
export interface Actor {
  workspaceId: string;
  userId: string | null;
  role: RoleName | 'system';
}

export function systemActor(workspaceId: string): Actor {
  return { workspaceId, userId: null, role: 'system' };
}

/** The service-side access check behind a route's @Requires(): the system actor may do anything. */
export function assertActorMay(actor: Actor, permission: Permission, action: string): void {
  if (actor.role !== 'system' && !roleMay(actor.role, permission)) {
    throw new DomainError(ErrorCode.Forbidden, `the role ${actor.role} may not ${action}`);
  }
}
