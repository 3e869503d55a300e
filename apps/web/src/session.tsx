// Who is signed in: the member, the workspace's members (to show names) and what the role may do.
import { createContext, useContext } from 'react';
import { permissionsOf, type Permissions } from './permissions';
import type { Me, Member } from './types';

export interface Session {
  me: Me;
  members: Member[];
  can: Permissions;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in session');
  return session;
}

export function makeSession(me: Me, members: Member[], signOut: () => void): Session {
  return { me, members, can: permissionsOf(me.permissions), signOut };
}

/** A member's name for an id, as the API gives ids only. */
export function memberName(members: Member[], userId: string | null): string {
  if (!userId) return 'nobody';
  return members.find((member) => member.userId === userId)?.name ?? 'a former member';
}
