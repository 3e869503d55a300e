// What the signed-in member may do, as GET /v1/me lists it (the server's role table,
// README "Authentication and roles"). The UI shows only the actions the member may
// take; the API enforces the same rules anyway.
import type { Permission } from './types';

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

export function permissionsOf(granted: Permission[]): Permissions {
  return {
    submit: granted.includes('submit-content'),
    startReview: granted.includes('start-review'),
    decide: granted.includes('decide'),
    export: granted.includes('export-history'),
  };
}
