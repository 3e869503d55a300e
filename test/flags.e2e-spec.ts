import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import type { Span } from './support/check-articles.js';
import {
  bearer,
  createNewsroom,
  SEED_TEXT,
  submitSeedArticle,
  type Newsroom,
} from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Flag {
  id: string;
  rule: string;
  severity: string;
  status: string;
  message: string;
  claims: string[];
  spans: Span[];
  version: number;
}
interface Claim {
  id: string;
  exact: string;
  kind: string;
  start: number;
  end: number;
  version: number;
  flags: Array<{ id: string; rule: string }>;
}

describe('flags', () => {
  let t: TestApp;
  let room: Newsroom;
  let documentId: string;
  let claims: Claim[];

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    const seed = await submitSeedArticle<Claim>(t, room);
    documentId = seed.id;
    claims = seed.claims;
  });
  afterAll(() => t.close());

  const flagsOf = async (query: Record<string, string> = {}) =>
    (
      await t
        .http()
        .get('/v1/flags')
        .query({ documentId, ...query })
        .set(bearer(room.keys.editor))
        .expect(200)
    ).body.items as Flag[];
  const claimAt = (exact: string) =>
    claims.find((c) => c.exact === exact && c.kind === 'numeric') as Claim;

  it('raises exactly the sum mismatch and the name variant on the seed article at ingest', async () => {
    const flags = (await flagsOf()).filter((f) => f.severity !== 'info');
    expect(flags.map((f) => f.rule).sort()).toEqual(['name-variant', 'sum-mismatch']);
    const sum = flags.find((f) => f.rule === 'sum-mismatch') as Flag;
    expect(sum).toMatchObject({ severity: 'error', status: 'open' });
    expect(sum.message).toContain('11 + 22 = 33');
    expect(sum.message).toContain('35');
    expect(sum.claims).toEqual(expect.arrayContaining([claimAt('11').id, claimAt('22 MOUs').id]));
    const events = await t.sql.query(
      `SELECT subject_id FROM ledger_events WHERE action = 'flag.raised' AND document_id = $1`,
      [documentId],
    );
    expect(events.rows.map((r) => r.subject_id).sort()).toEqual(
      (await flagsOf()).map((f) => f.id).sort(),
    );
  });

  it('shows flags inline in the document and on each claim it names', async () => {
    const doc = await t
      .http()
      .get(`/v1/documents/${documentId}`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(doc.body.flags.map((f: Flag) => f.rule)).toEqual(
      expect.arrayContaining(['sum-mismatch', 'name-variant']),
    );
    const eleven = await t
      .http()
      .get(`/v1/claims/${claimAt('11').id}`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(eleven.body.flags).toEqual([
      expect.objectContaining({ rule: 'sum-mismatch', status: 'open' }),
    ]);
  });

  it('stores a second article whose name-variant finding matches one in the workspace, with its own flag', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Seed, follow-up', text: `${SEED_TEXT}\nThe visit ended on Friday.` })
      .expect(201);
    const theirs = (
      await t
        .http()
        .get('/v1/flags')
        .query({ documentId: res.body.id, rule: 'name-variant' })
        .set(bearer(room.keys.editor))
        .expect(200)
    ).body.items as Flag[];
    const ours = await flagsOf({ rule: 'name-variant' });
    expect(theirs).toHaveLength(1);
    expect(ours).toHaveLength(1);
    expect(theirs[0].id).not.toBe(ours[0].id);
  });

  it("names every span a flag involves: its claims', and a name-variant's spellings", async () => {
    const doc = await t
      .http()
      .get(`/v1/documents/${documentId}`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    const codePoints = Array.from(doc.body.text as string);
    const textAt = (span: Span) => codePoints.slice(span.start, span.end).join('');
    const flags = await flagsOf();

    const sum = flags.find((f) => f.rule === 'sum-mismatch') as Flag;
    const spanOf = (claim: Claim) => ({ start: claim.start, end: claim.end, exact: claim.exact });
    expect(sum.spans.map((span) => span.exact)).toEqual(['35 MOUs', '11', '22 MOUs']);
    expect(sum.spans).toEqual(
      expect.arrayContaining(
        sum.claims.map((id) => spanOf(claims.find((claim) => claim.id === id) as Claim)),
      ),
    );

    // The name is no claim: the flag names no claims, and the spans of both spellings.
    const variant = flags.find((f) => f.rule === 'name-variant') as Flag;
    expect(variant.claims).toEqual([]);
    expect(variant.spans.map((span) => span.exact)).toEqual([
      'Yoon Suk-yeol',
      'Yoon Suk-yeol',
      'Yoon Seok-yeol',
      'Yoon Suk-yeol',
    ]);
    for (const span of [...sum.spans, ...variant.spans]) expect(textAt(span)).toBe(span.exact);
    const one = await t
      .http()
      .get(`/v1/flags/${variant.id}`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(one.body.spans).toEqual(variant.spans);
    const raised = await t.sql.query<{ data: { spans: Span[] } }>(
      `SELECT data FROM ledger_events WHERE action = 'flag.raised' AND subject_id = $1`,
      [variant.id],
    );
    expect(raised.rows[0].data.spans).toEqual(variant.spans);
  });

  it('never duplicates a flag when the checks run again', async () => {
    const before = await flagsOf();
    const head = await t.http().get('/v1/ledger/head').set(bearer(room.keys.editor)).expect(200);
    const res = await t
      .http()
      .post(`/v1/documents/${documentId}/checks`)
      .set(bearer(room.keys.reporter))
      .expect(200);
    expect(res.body.map((f: Flag) => f.id).sort()).toEqual(before.map((f) => f.id).sort());
    const after = await t.http().get('/v1/ledger/head').set(bearer(room.keys.editor)).expect(200);
    expect(after.body.seq).toBe(head.body.seq);
  });

  it('finds at ingest exactly what the checks find on the stored claims later (real articles)', async () => {
    const newsroom = await createNewsroom(t.app);
    const dir = path.join(PROJECT_ROOT, 'test/fixtures/corpus/articles');
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .slice(0, 8);
    const ids: string[] = [];
    for (const name of names) {
      const res = await t
        .http()
        .post('/v1/documents')
        .set(bearer(newsroom.keys.reporter))
        .send({ title: name, text: readFileSync(path.join(dir, name), 'utf8') })
        .expect(201);
      ids.push(res.body.id);
    }
    const head = async () =>
      (await t.http().get('/v1/ledger/head').set(bearer(newsroom.keys.editor)).expect(200)).body
        .seq as number;
    const before = await head();
    for (const id of ids)
      await t
        .http()
        .post(`/v1/documents/${id}/checks`)
        .set(bearer(newsroom.keys.reporter))
        .expect(200);
    expect(await head()).toBe(before);
  });

  it('resolves a flag by itself when a correction makes the numbers add up, and reopens it when they stop', async () => {
    const eleven = claimAt('11');
    const sumFlag = (await flagsOf({ rule: 'sum-mismatch' }))[0];
    const fixed = await t
      .http()
      .patch(`/v1/claims/${eleven.id}`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', `"v${eleven.version}"`)
      .send({ value: 13 })
      .expect(200);
    expect(fixed.body.flags).toEqual([
      expect.objectContaining({ id: sumFlag.id, status: 'resolved' }),
    ]);
    const resolved = await t
      .http()
      .get(`/v1/flags/${sumFlag.id}`)
      .set(bearer(room.keys.editor))
      .expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', reason: 'no-longer-holds' });
    expect(resolved.headers.etag).toBe(`"v${resolved.body.version}"`);
    const resolvedEvent = await t.sql.query(
      `SELECT data FROM ledger_events WHERE action = 'flag.resolved' AND subject_id = $1`,
      [sumFlag.id],
    );
    expect(resolvedEvent.rows[0].data).toMatchObject({ automatic: true });

    await t
      .http()
      .patch(`/v1/claims/${eleven.id}`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', `"v${fixed.body.version}"`)
      .send({ value: 11 })
      .expect(200);
    const reopened = await t
      .http()
      .get(`/v1/flags/${sumFlag.id}`)
      .set(bearer(room.keys.editor))
      .expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', reason: null });
    expect((await flagsOf({ rule: 'sum-mismatch' })).map((f) => f.id)).toEqual([sumFlag.id]);
  });

  it('says so when a flag resolved by hand still fails its check, until a correction makes it hold', async () => {
    // A newsroom of its own: this flag stays resolved.
    const own = await createNewsroom(t.app);
    const seed = await submitSeedArticle<Claim>(t, own);
    const as = (key: string) => ({
      get: (route: string) => t.http().get(route).set(bearer(key)),
      post: (route: string) => t.http().post(route).set(bearer(key)),
    });
    const editor = as(own.keys.editor);
    const sumFlag = (
      await editor.get(`/v1/flags?documentId=${seed.id}&rule=sum-mismatch`).expect(200)
    ).body.items[0] as Flag;
    const resolved = await editor
      .post(`/v1/flags/${sumFlag.id}/resolve`)
      .set('If-Match', `"v${sumFlag.version}"`)
      .send({ reason: 'source-error', note: 'Fixed in the article.' })
      .expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', checkStillFails: true });
    // The checks run again: the numbers still do not add up, and the flag stays resolved.
    await editor.post(`/v1/documents/${seed.id}/checks`).expect(200);
    const still = await editor.get(`/v1/flags/${sumFlag.id}`).expect(200);
    expect(still.body).toMatchObject({ status: 'resolved', checkStillFails: true });

    const eleven = seed.claims.find((c) => c.exact === '11' && c.kind === 'numeric') as Claim;
    await t
      .http()
      .patch(`/v1/claims/${eleven.id}`)
      .set(bearer(own.keys.reporter))
      .set('If-Match', `"v${eleven.version}"`)
      .send({ value: 13 })
      .expect(200);
    const fixed = await editor.get(`/v1/flags/${sumFlag.id}`).expect(200);
    expect(fixed.body).toMatchObject({
      status: 'resolved',
      reason: 'source-error',
      checkStillFails: false,
    });
    const noted = await t.sql.query(
      `SELECT data FROM ledger_events WHERE action = 'flag.updated' AND subject_id = $1 ORDER BY seq`,
      [sumFlag.id],
    );
    expect(noted.rows.at(-1)?.data).toEqual({ findingHolds: { before: true, after: false } });
  });

  it('moves the spans a flag highlights when a correction moves a claim, and says so in its history', async () => {
    const sumFlag = (await flagsOf({ rule: 'sum-mismatch' }))[0];
    const eleven = await t
      .http()
      .get(`/v1/claims/${claimAt('11').id}`)
      .set(bearer(room.keys.editor))
      .expect(200);
    // The same words elsewhere in the text ("on the 11th"): the numbers are unchanged, only the span moves.
    const moved = { start: 6763, end: 6765, exact: '11' };
    await t
      .http()
      .patch(`/v1/claims/${eleven.body.id}`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', eleven.headers.etag)
      .send(moved)
      .expect(200);
    const updated = await t
      .http()
      .get(`/v1/flags/${sumFlag.id}`)
      .set(bearer(room.keys.editor))
      .expect(200);
    expect(updated.body).toMatchObject({ status: 'open', version: sumFlag.version + 1 });
    expect(updated.body.spans).toContainEqual(moved);
    expect(updated.body.spans).not.toContainEqual({ start: 559, end: 561, exact: '11' });
    const history = await t
      .http()
      .get(`/v1/claims/${eleven.body.id}/history`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(history.body.items.map((event: { summary: string }) => event.summary)).toContainEqual(
      expect.stringContaining('updated the spans a flag highlights'),
    );
  });

  it('filters by status, rule and severity, and refuses unknown values', async () => {
    expect((await flagsOf({ severity: 'error' })).every((f) => f.severity === 'error')).toBe(true);
    expect((await flagsOf({ rule: 'name-variant' })).map((f) => f.rule)).toEqual(['name-variant']);
    expect(await flagsOf({ status: 'dismissed' })).toEqual([]);
    const bad = await t
      .http()
      .get('/v1/flags')
      .query({ severity: 'fatal' })
      .set(bearer(room.keys.editor))
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'severity' })]);
  });

  it('filters by documentId, as claims do, and refuses the old name "document" rather than ignore it', async () => {
    expect((await flagsOf()).length).toBeGreaterThan(0);
    const old = await t
      .http()
      .get('/v1/flags')
      .query({ document: documentId })
      .set(bearer(room.keys.editor));
    expectProblem(old, 400);
    expect(old.body.errors).toEqual([
      { field: 'document', message: 'is now called documentId, as on claims' },
    ]);
  });

  it('hides flags of other workspaces', async () => {
    const rival = await createNewsroom(t.app);
    const [flag] = await flagsOf();
    expectProblem(await t.http().get(`/v1/flags/${flag.id}`).set(bearer(rival.keys.editor)), 404);
    const list = await t.http().get('/v1/flags').set(bearer(rival.keys.editor)).expect(200);
    expect(list.body.items).toEqual([]);
    expectProblem(
      await t.http().post(`/v1/documents/${documentId}/checks`).set(bearer(rival.keys.editor)),
      404,
    );
  });

  describe('across documents', () => {
    const first =
      'Forum deals\nOfficials said 22 MOUs were signed at the Korea-Kazakhstan Business Forum.';
    const second =
      'Forum report\nIn all, 24 MOUs were signed at the Korea-Kazakhstan Business Forum, the ministry said.';

    it('raises a cross-document conflict on both documents of one workspace, and nothing across workspaces', async () => {
      const newsroom = await createNewsroom(t.app);
      const other = await createNewsroom(t.app);
      const a = await t
        .http()
        .post('/v1/documents')
        .set(bearer(newsroom.keys.reporter))
        .send({ title: 'A', text: first })
        .expect(201);
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(other.keys.reporter))
        .send({ title: 'B elsewhere', text: second })
        .expect(201);
      expect(a.body.flags.filter((f: Flag) => f.rule === 'cross-document-conflict')).toEqual([]);
      const b = await t
        .http()
        .post('/v1/documents')
        .set(bearer(newsroom.keys.reporter))
        .send({ title: 'B', text: second })
        .expect(201);
      expect(b.body.flags).toContainEqual(
        expect.objectContaining({ rule: 'cross-document-conflict', severity: 'warning' }),
      );
      const aAfter = await t
        .http()
        .get(`/v1/documents/${a.body.id}`)
        .set(bearer(newsroom.keys.reporter))
        .expect(200);
      expect(aAfter.body.flags).toContainEqual(
        expect.objectContaining({ rule: 'cross-document-conflict' }),
      );
      const elsewhere = await t
        .http()
        .get('/v1/flags')
        .query({ rule: 'cross-document-conflict' })
        .set(bearer(other.keys.editor))
        .expect(200);
      expect(elsewhere.body.items).toEqual([]);
    });

    it('finds the latest statements of other documents by their quantity key, by index', async () => {
      const client = await t.sql.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL enable_seqscan = off');
        const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(
          `EXPLAIN (FORMAT JSON) SELECT latest.id
            FROM unnest(ARRAY[E'MOU\\nsigned korea-kazakhstan business forum', E'%\\nx y']) AS k(key)
            CROSS JOIN LATERAL (
              SELECT c.id FROM claims c
              WHERE c.workspace_id = '${randomUUID()}' AND c.quantity_key = k.key
                AND c.document_id <> '${randomUUID()}'
              ORDER BY c.created_at DESC, c.document_id DESC LIMIT 21
            ) latest`,
        );
        const plan = JSON.stringify(rows[0]['QUERY PLAN']);
        expect(plan).toContain('claims_workspace_id_quantity_key_created_at_document_id_idx');
        expect(plan).not.toContain('"Sort"'); // read newest first from the index, not all sorted
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }
    });

    it('raises one flag per article when many articles state one quantity differently, not one per pair', async () => {
      const newsroom = await createNewsroom(t.app);
      const counts = [22, 23, 24, 25, 26, 27];
      for (const count of counts)
        await t
          .http()
          .post('/v1/documents')
          .set(bearer(newsroom.keys.reporter))
          .send({
            title: `Forum report ${count}`,
            text: `Forum report\nOfficials said ${count} MOUs were signed at the Korea-Kazakhstan Business Forum.`,
          })
          .expect(201);
      const flags = (
        await t
          .http()
          .get('/v1/flags')
          .query({ rule: 'cross-document-conflict', limit: 200 })
          .set(bearer(newsroom.keys.editor))
          .expect(200)
      ).body.items as Array<Flag & { data: { otherDocumentCount: number } }>;
      expect(flags).toHaveLength(counts.length);
      const last = flags.find((flag) => flag.message.includes('states 27'));
      expect(last?.message).toMatch(/5 other documents state 22 and 23 and 24 and 25 and 26$/);
    });
  });
});
