import { randomUUID } from 'node:crypto';
import { ADVISORY_LOCK_NAMESPACE } from '../apps/api/src/ledger/ledger-event.repository.js';
import { WorkspaceAdminService } from '../apps/api/src/workspaces/workspace-admin.service.js';
import { bearer, createNewsroom, submitSeedArticle, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Claim {
  id: string;
  exact: string;
  kind: string;
  documentId: string;
}

/** Rules are checked inside the workspace's lock, on the state being committed. */
describe('rules that hold under concurrency', () => {
  let t: TestApp;
  let room: Newsroom;
  let claims: Claim[];
  let documentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    const seed = await submitSeedArticle<Claim>(t, room);
    claims = seed.claims;
    documentId = seed.id;
  });
  afterAll(() => t.close());

  const etag = async (id: string) =>
    (await t.http().get(`/v1/claims/${id}`).set(bearer(room.keys.editor)).expect(200)).headers.etag;
  const waitingForTheLock = async () => {
    for (let i = 0; i < 200; i++) {
      const { rows } = await t.sql.query<{ waiting: string }>(
        `SELECT count(*) AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      if (Number(rows[0].waiting) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the request never waited for the workspace lock');
  };

  it('refuses verified when an error flag opened while the verdict waited for the lock', async () => {
    const claim = claims.find((c) => c.kind === 'numeric' && c.exact === '35 MOUs')!;
    await t
      .http()
      .post(`/v1/claims/${claim.id}/transitions`)
      .set(bearer(room.keys.editor))
      .set('If-Match', await etag(claim.id))
      .send({ to: 'in_review' })
      .expect(200);
    await t.sql.query(`UPDATE flags SET status = 'resolved' WHERE rule = 'sum-mismatch'`);

    // Another writer holds the workspace's lock and, before it lets go, commits
    // an open error flag on the claim (as a correction of a sibling claim does).
    const writer = await t.sql.connect();
    try {
      await writer.query('BEGIN');
      await writer.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [
        ADVISORY_LOCK_NAMESPACE,
        room.workspaceId,
      ]);
      const verdict = t
        .http()
        .post(`/v1/claims/${claim.id}/transitions`)
        .set(bearer(room.keys.editor))
        .set('If-Match', await etag(claim.id))
        .send({ to: 'verified' })
        .then((res) => res);
      await waitingForTheLock();
      const flagId = randomUUID();
      await writer.query(
        `INSERT INTO flags (id, workspace_id, document_id, rule, rule_version, severity, message, data, input_hash, fingerprint)
         VALUES ($1, $2, $3, 'sum-mismatch', 3, 'error', 'The parts no longer add up', '{}', 'x', 'concurrent')`,
        [flagId, room.workspaceId, documentId],
      );
      await writer.query(
        'INSERT INTO flag_claims (workspace_id, flag_id, claim_id) VALUES ($1, $2, $3)',
        [room.workspaceId, flagId, claim.id],
      );
      await writer.query('COMMIT');
      const res = await verdict;
      expectProblem(res, 409);
      expect(res.body.detail).toMatch(/sum-mismatch/);
    } finally {
      writer.release();
    }
    const { rows } = await t.sql.query<{ status: string }>(
      'SELECT status FROM claims WHERE id = $1',
      [claim.id],
    );
    expect(rows[0].status).toBe('in_review');
  });

  it('revokes a key once when two revocations race, with one event', async () => {
    const admin = t.app.get(WorkspaceAdminService);
    const member = await admin.createMember(room.slug, 'Racing revoker', 'reporter');
    const { rows: keys } = await t.sql.query<{ prefix: string }>(
      'SELECT prefix FROM api_keys WHERE user_id = $1',
      [member.userId],
    );
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => admin.revokeKey(keys[0].prefix)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const failure of results.filter((r) => r.status === 'rejected'))
      expect(String(failure.reason)).toMatch(/already revoked/);
    const { rows } = await t.sql.query(
      `SELECT 1 FROM ledger_events WHERE action = 'key.revoked' AND data->>'prefix' = $1`,
      [keys[0].prefix],
    );
    expect(rows).toHaveLength(1);
  });

  it('creates a workspace once when two creations of one slug race, and says the slug is taken', async () => {
    const admin = t.app.get(WorkspaceAdminService);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => admin.createWorkspace('racing-slug')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const failure of results.filter((r) => r.status === 'rejected'))
      expect(String(failure.reason)).toMatch(/workspace racing-slug already exists/);
  });
});
