import { Command, Option } from 'commander';
import { ROLES, type RoleName } from '../../../api/src/auth/permissions.js';
import { WorkspaceAdminService } from '../../../api/src/workspaces/workspace-admin.service.js';
import { withAppContext } from '../app-context.js';

export function adminCommand(): Command {
  const admin = new Command('admin').description('manage workspaces, members and API keys');

  admin
    .command('create-workspace')
    .argument('<slug>', 'short name: lower-case letters, digits and dashes')
    .option('--name <name>', 'display name (default: the slug)')
    .description('create a workspace (one newsroom)')
    .action(async (slug: string, options: { name?: string }) => {
      const workspace = await withAppContext((app) =>
        app.get(WorkspaceAdminService).createWorkspace(slug, options.name ?? slug),
      );
      console.error(`created workspace ${workspace.slug} (${workspace.id})`);
    });

  admin
    .command('create-user')
    .requiredOption('--workspace <slug>', 'workspace slug')
    .requiredOption('--name <name>', "the member's name")
    .addOption(
      new Option('--role <role>', 'role in the workspace').choices(ROLES).makeOptionMandatory(),
    )
    .description('add a member and print their new API key (shown once)')
    .action(async (options: { workspace: string; name: string; role: RoleName }) => {
      const member = await withAppContext((app) =>
        app.get(WorkspaceAdminService).createMember(options.workspace, options.name, options.role),
      );
      console.error(
        `created ${member.role} ${member.name} (${member.userId}); the key is shown only now:`,
      );
      console.log(member.apiKey);
    });

  admin
    .command('revoke-key')
    .argument('<prefix>', 'the visible prefix of the key (its first 12 characters)')
    .description('revoke an API key')
    .action(async (prefix: string) => {
      await withAppContext((app) => app.get(WorkspaceAdminService).revokeKey(prefix));
      console.error(`revoked ${prefix}`);
    });

  return admin;
}
