/** Who may do what (README.md, "Authentication and roles"). */
export const ROLES = ['reporter', 'editor', 'auditor', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];

export enum Permission {
  Read = 'read',
  SubmitContent = 'submit-content',
  StartReview = 'start-review',
  Decide = 'decide',
  ExportHistory = 'export-history',
  ManageWorkspace = 'manage-workspace',
}

const GRANTS: Record<RoleName, readonly Permission[]> = {
  reporter: [Permission.Read, Permission.SubmitContent, Permission.StartReview],
  editor: [
    Permission.Read,
    Permission.SubmitContent,
    Permission.StartReview,
    Permission.Decide,
    Permission.ExportHistory,
  ],
  auditor: [Permission.Read, Permission.ExportHistory],
  admin: [
    Permission.Read,
    Permission.SubmitContent,
    Permission.StartReview,
    Permission.Decide,
    Permission.ExportHistory,
    Permission.ManageWorkspace,
  ],
};

export function roleMay(role: RoleName, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** What a role may do, in the order Permission lists them (GET /v1/me answers them). */
export function grantsOf(role: RoleName): Permission[] {
  return Object.values(Permission).filter((permission) => GRANTS[role].includes(permission));
}

export function isRole(value: string): value is RoleName {
  return (ROLES as readonly string[]).includes(value);
}
