import { bearer, createNewsroom, submitSeedArticle, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { whileWorkspaceLocked } from './support/locks.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Writers of one workspace wait in the process, not on a pooled database
 * connection: reads and other workspaces go on while they wait, and a writer
 * that waits too long answers 503 with Retry-After.
 */
describe('writers waiting for a workspace', () => {
  let t: TestApp;
  let busy: Newsroom;
  let other: Newsroom;
  let claimId: string;

  beforeAll(async () => {
    t = await startTestApp({ writeWaitMs: 2_000 });
    busy = await createNewsroom(t.app);
    other = await createNewsroom(t.app);
    const seed = await submitSeedArticle<{ id: string }>(t, busy);
    claimId = seed.claims[0].id;
    await submitSeedArticle(t, other);
  });
  afterAll(() => t.close());

  const whileLocked = <T>(workspaceId: string, work: () => Promise<T>) =>
    whileWorkspaceLocked(t.sql, workspaceId, work);

  const comment = (n: number) =>
    t
      .http()
      .post(`/v1/claims/${claimId}/comments`)
      .set(bearer(busy.keys.editor))
      .send({ body: `Queued comment ${n}` })
      .then((res) => res);

  it('serves reads of another workspace while twelve writers wait for one', async () => {
    await whileLocked(busy.workspaceId, async () => {
      const writers = Array.from({ length: 12 }, (_, i) => comment(i));
      const read = t
        .http()
        .get('/v1/documents')
        .set(bearer(other.keys.reporter))
        .then((res) => res.status);
      const stuck = new Promise<string>((resolve) => setTimeout(() => resolve('stuck'), 1_500));
      expect(await Promise.race([read, stuck])).toBe(200);
      for (const res of await Promise.all(writers)) {
        expectProblem(res, 503);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    });
  });

  it('writes again once the workspace is free, and stored none of the refused comments', async () => {
    const res = await comment(99);
    expect(res.status).toBe(201);
    const { rows } = await t.sql.query(`SELECT body FROM comments WHERE body LIKE 'Queued%'`);
    expect(rows).toEqual([{ body: 'Queued comment 99' }]);
  });
});
