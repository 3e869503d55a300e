import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { RoleName } from '../../api/src/auth/permissions.js';
import { PROJECT_ROOT } from '../../api/src/config/app-config.js';
import { DocumentsService } from '../../api/src/documents/documents.service.js';
import { WorkspaceAdminService } from '../../api/src/workspaces/workspace-admin.service.js';
import { WorkspaceRepository } from '../../api/src/workspaces/workspace.repository.js';

export interface DemoKey {
  name: string;
  role: RoleName;
  apiKey: string;
}

const DEMO_SLUG = 'demo';
const DEMO_MEMBERS: Array<{ name: string; role: RoleName }> = [
  { name: 'Rita Reporter', role: 'reporter' },
  { name: 'Eddie Editor', role: 'editor' },
  { name: 'Audrey Auditor', role: 'auditor' },
  { name: 'Ada Admin', role: 'admin' },
];
const SEED_ARTICLE = path.join(PROJECT_ROOT, 'prisma/seed/kazakhstan-mous.txt');

/**
 * The demo workspace: one member per role and the seed article. Runs once; the
 * keys are kept in a local file (the database has only their hashes) so that
 * later starts can print them again.
 */
export async function seedDemo(
  app: INestApplicationContext,
  keysFile: string,
): Promise<DemoKey[] | null> {
  const existing = await app.get(WorkspaceRepository).findBySlug(DEMO_SLUG);
  if (existing) {
    return existsSync(keysFile)
      ? (JSON.parse(await readFile(keysFile, 'utf8')) as DemoKey[])
      : null;
  }
  const admin = app.get(WorkspaceAdminService);
  const workspace = await admin.createWorkspace(DEMO_SLUG, 'Demo newsroom');
  const keys: DemoKey[] = [];
  for (const member of DEMO_MEMBERS) {
    const created = await admin.createMember(DEMO_SLUG, member.name, member.role);
    keys.push({ name: created.name, role: created.role, apiKey: created.apiKey });
    if (member.role === 'reporter') {
      const text = await readFile(SEED_ARTICLE, 'utf8');
      await app.get(DocumentsService).ingest(
        { workspaceId: workspace.id, userId: created.userId, role: 'reporter' },
        {
          title: text.split('\n')[0],
          text,
          publisher: 'The Asia Business Daily',
          language: 'en',
        },
      );
    }
  }
  await writeFile(keysFile, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  return keys;
}
