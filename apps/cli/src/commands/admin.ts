import { Command, Option } from 'commander';
import { ROLES, type RoleName } from '../../../api/src/auth/permissions.js';

export function adminCommand(): Command {
  const admin = new Command('admin').description('manage workspaces, members and API keys');
  admin
    .command('create-workspace')
    .argument('<slug>', 'short name: lower-case letters, digits and dashes')
    .option('--name <name>', 'display name (default: the slug)')
    .description('create a workspace (one newsroom)')
    .action(async (slug: string, options: { name?: string }) => {
      const { createWorkspace } = await import('./run-admin.js');
      await createWorkspace(slug, options.name ?? slug);
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
      const { createUser } = await import('./run-admin.js');
      await createUser(options.workspace, options.name, options.role);
    });
  admin
    .command('revoke-key')
    .argument('<prefix>', 'the visible prefix of the key (its first 12 characters)')
    .description('revoke an API key')
    .action(async (prefix: string) => {
      const { revokeKey } = await import('./run-admin.js');
      await revokeKey(prefix);
    });
  return admin;
}
