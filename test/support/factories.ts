import { readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import type { RoleName } from '../../apps/api/src/auth/permissions.js';
import { WorkspaceAdminService } from '../../apps/api/src/workspaces/workspace-admin.service.js';
import type { TestApp } from './test-app.js';

export interface Newsroom {
  workspaceId: string;
  slug: string;
  keys: Record<RoleName, string>;
  userIds: Record<RoleName, string>;
}

let counter = 0;

/** A workspace with one member per role, made through the real admin service. */
export async function createNewsroom(
  app: INestApplicationContext,
  slug = `newsroom-${++counter}`,
): Promise<Newsroom> {
  const admin = app.get(WorkspaceAdminService);
  const workspace = await admin.createWorkspace(slug);
  const keys = {} as Record<RoleName, string>;
  const userIds = {} as Record<RoleName, string>;
  for (const role of ['reporter', 'editor', 'auditor', 'admin'] as const) {
    const member = await admin.createMember(slug, `${role} of ${slug}`, role);
    keys[role] = member.apiKey;
    userIds[role] = member.userId;
  }
  return { workspaceId: workspace.id, slug, keys, userIds };
}

export function bearer(key: string): { Authorization: string } {
  return { Authorization: `Bearer ${key}` };
}

/** The seed article (a wire story: 35 MOUs stated, 11 + 22 given as its parts). */
export const SEED_TEXT = readFileSync(
  new URL('../fixtures/kazakhstan-mous.txt', import.meta.url),
  'utf8',
);

/** The seed article submitted through the API by the newsroom's reporter: the stored document. */
export async function submitSeedArticle<Claim>(
  t: TestApp,
  room: Newsroom,
): Promise<{ id: string; claims: Claim[] }> {
  const res = await t
    .http()
    .post('/v1/documents')
    .set(bearer(room.keys.reporter))
    .send({ title: 'Seed', text: SEED_TEXT })
    .expect(201);
  return res.body as { id: string; claims: Claim[] };
}
