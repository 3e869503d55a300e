import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { verifyChain, type HashedEvent } from '../../apps/api/src/chain/ledger-hash.js';
import { bearer, createNewsroom, type Newsroom } from '../support/factories.js';
import {
  startAppBehindProxy,
  startTestApp,
  type AppBehindProxy,
  type TestApp,
} from '../support/test-app.js';

const ARTICLES_DIR = path.join(PROJECT_ROOT, 'test/fixtures/corpus/articles');
const INGESTS = 48;
const CONCURRENCY = 4;

/**
 * A bulk ingest while the database goes away and comes back: every write the
 * API acknowledged is there, whole (document, claims, events); nothing is half
 * stored; the hash chain verifies.
 */
describe('the database stopped in the middle of a bulk ingest', () => {
  let t: TestApp;
  let room: Newsroom;
  let behind: AppBehindProxy;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    behind = await startAppBehindProxy(t);
  });
  afterAll(async () => {
    await behind.close();
    await t.close();
  });

  it('keeps every acknowledged article whole and no partial one', async () => {
    const articles = readdirSync(ARTICLES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(path.join(ARTICLES_DIR, name), 'utf8'));
    const texts = Array.from(
      { length: INGESTS },
      (_, i) => `${articles[i % articles.length]}\n\nFiled as copy ${i}.`,
    );
    const acknowledged: Array<{ id: string; claims: number }> = [];
    const refused: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < texts.length) {
        const i = next++;
        if (i === INGESTS / 3) await behind.proxy.stop();
        if (i === (INGESTS * 2) / 3) await behind.proxy.start();
        const res = await behind
          .http()
          .post('/v1/documents')
          .set(bearer(room.keys.reporter))
          .send({ title: `Copy ${i}`, text: texts[i] });
        if (res.status === 201)
          acknowledged.push({ id: res.body.id, claims: res.body.claims.length });
        else refused.push(res.status);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((status) => status === 503)).toBe(true);
    expect(acknowledged.length).toBeGreaterThan(INGESTS / 3);

    const { rows: documents } = await t.sql.query<{ id: string; claims: number; events: number }>(
      `SELECT d.id,
              (SELECT count(*)::int FROM claims c WHERE c.document_id = d.id) AS claims,
              (SELECT count(*)::int FROM ledger_events e
                WHERE e.document_id = d.id AND e.action = 'document.ingested') AS events
         FROM documents d`,
    );
    const stored = new Map(documents.map((row) => [row.id, row]));
    for (const { id, claims } of acknowledged)
      expect(stored.get(id)).toEqual({ id, claims, events: 1 });
    for (const row of documents) expect(row.events).toBe(1);
    const { rows: claimEvents } = await t.sql.query<{ claims: number; events: number }>(
      `SELECT (SELECT count(*)::int FROM claims) AS claims,
              (SELECT count(*)::int FROM ledger_events WHERE action = 'claim.extracted') AS events`,
    );
    expect(claimEvents[0].events).toBe(claimEvents[0].claims);

    const chain: HashedEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: HashedEvent[]; nextCursor: string | null } } = await t
        .http()
        .get('/v1/ledger/events')
        .query({ limit: 200, ...(cursor ? { cursor } : {}) })
        .set(bearer(room.keys.auditor))
        .expect(200);
      chain.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(verifyChain(chain)).toMatchObject({ ok: true, count: chain.length });
    console.log(
      `outage during ingest: ${acknowledged.length} acknowledged and whole, ${refused.length} answered 503, ${documents.length} stored`,
    );
  });
});
