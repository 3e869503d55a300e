// What each role may do (README, "Authentication and roles"). The UI shows only the
// actions the signed-in member may take; the API enforces the same rules anyway.
import type { Role } from './types';

export interface Permissions {
  /** Ingest articles, correct claims, add evidence and comments. */
  submit: boolean;
  /** Move a claim to in_review. */
  startReview: boolean;
  /** Set or reopen a verdict, resolve or dismiss a flag, assign a claim. */
  decide: boolean;
  /** Export the review history. */
  export: boolean;
}

const PERMISSIONS: Record<Role, Permissions> = {
  reporter: { submit: true, startReview: true, decide: false, export: false },
  editor: { submit: true, startReview: true, decide: true, export: true },
  auditor: { submit: false, startReview: false, decide: false, export: true },
  admin: { submit: true, startReview: true, decide: true, export: true },
};

export function permissionsOf(role: Role): Permissions {
  return PERMISSIONS[role];
}
