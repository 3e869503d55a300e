import 'reflect-metadata';
import type { RoleName } from '../../../api/src/auth/permissions.js';
import { WorkspaceAdminService } from '../../../api/src/workspaces/workspace-admin.service.js';
import { withAppContext } from '../app-context.js';

export async function createWorkspace(slug: string, name: string): Promise<void> {
  const workspace = await withAppContext((app) =>
    app.get(WorkspaceAdminService).createWorkspace(slug, name),
  );
  console.error(`created workspace ${workspace.slug} (${workspace.id})`);
}

export async function createUser(workspace: string, name: string, role: RoleName): Promise<void> {
  const member = await withAppContext((app) =>
    app.get(WorkspaceAdminService).createMember(workspace, name, role),
  );
  console.error(
    `created ${member.role} ${member.name} (${member.userId}); the key is shown only now:`,
  );
  console.log(member.apiKey);
}

export async function revokeKey(prefix: string): Promise<void> {
  await withAppContext((app) => app.get(WorkspaceAdminService).revokeKey(prefix));
  console.error(`revoked ${prefix}`);
}
