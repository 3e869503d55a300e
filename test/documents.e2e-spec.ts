import { bearer, createNewsroom, SEED_TEXT, type Newsroom } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { expectProblem } from './support/problem.js';

describe('documents', () => {
  let t: TestApp;
  let room: Newsroom;

  beforeAll(async () => {
    t = await startTestApp({ bodyLimitBytes: 64 * 1024 });
    room = await createNewsroom(t.app);
  });
  afterAll(() => t.close());

  it('stores a new document (201) with its hash and code-point length', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({
        title: 'Seed',
        text: SEED_TEXT,
        publisher: 'The Asia Business Daily',
        language: 'en',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      title: 'Seed',
      text: SEED_TEXT,
      publisher: 'The Asia Business Daily',
      version: {
        number: 1,
        sha256: 'a2076efe05e9a8c5a4e0e7ecbb98eeddee6d186150dbcec6136f94d71383bfdd',
        length: 8125,
      },
    });
    const claims = res.body.claims as Array<{
      id: string;
      exact: string;
      value: number | null;
      unit: string | null;
      speaker: string | null;
      kind: string;
    }>;
    const total = claims.find((c) => c.exact === '35 memorandums of understanding (MOUs)');
    const parts = ['11', '22 MOUs'].map((exact) =>
      claims.find((c) => c.exact === exact && c.kind === 'numeric'),
    );
    expect(total).toMatchObject({ value: 35, unit: 'MOU' });
    expect(parts).toEqual([
      expect.objectContaining({ value: 11, unit: 'MOU' }),
      expect.objectContaining({ value: 22, unit: 'MOU' }),
    ]);
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: 'quote', speaker: 'Park Chun-seop' }),
    );
    const sum = (
      res.body.relations as Array<{ type: string; total: string; parts: string[] }>
    ).find((r) => r.type === 'parts-of-total' && r.parts.join() === parts.map((p) => p?.id).join());
    expect(claims.find((c) => c.id === sum?.total)).toMatchObject({ value: 35, unit: 'MOU' });
    // Each extracted claim and relation has its own event, in the same chain.
    const events = await t.sql.query<{ action: string; subject_id: string }>(
      `SELECT action, subject_id FROM ledger_events WHERE document_id = $1 ORDER BY seq`,
      [res.body.id],
    );
    expect(events.rows[0].action).toBe('document.ingested');
    expect(
      events.rows
        .filter((e) => e.action === 'claim.extracted')
        .map((e) => e.subject_id)
        .sort(),
    ).toEqual(claims.map((c) => c.id).sort());
    expect(events.rows.filter((e) => e.action === 'relation.created')).toHaveLength(
      res.body.relations.length,
    );
  });

  it('answers the existing document (200) for the same text, without a new event', async () => {
    const first = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.editor))
      .send({ title: 'One', text: 'Same words, 12 of them.' })
      .expect(201);
    const head = await t.http().get('/v1/ledger/head').set(bearer(room.keys.editor)).expect(200);
    const again = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Other title', text: 'Same words, 12 of them.' })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.title).toBe('One');
    const headAfter = await t
      .http()
      .get('/v1/ledger/head')
      .set(bearer(room.keys.editor))
      .expect(200);
    expect(headAfter.body.seq).toBe(head.body.seq);
  });

  it('normalises CRLF and CR to LF, then NFC, so both spellings are one document', async () => {
    const decomposed = 'Cafe\u0301 prices\r\nrose 5%\rin May.';
    const composed = 'Caf\u00e9 prices\nrose 5%\nin May.';
    const first = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'NFC', text: decomposed })
      .expect(201);
    expect(first.body.text).toBe(composed);
    expect(first.body.version.length).toBe(Array.from(composed).length);
    const second = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'NFC', text: composed })
      .expect(200);
    expect(second.body.id).toBe(first.body.id);
  });

  it.each([
    ['a NUL character', 'before\u0000after'],
    ['a lone high surrogate', 'before\ud83dafter'],
    ['a lone low surrogate', 'before\ude00after'],
  ])('refuses text with %s (400, field named) and stores nothing', async (_name, text) => {
    const before = await t.sql.query('SELECT count(*)::int AS n FROM documents');
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Bad', text })
      .expect(400);
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'text' })]);
    const after = await t.sql.query('SELECT count(*)::int AS n FROM documents');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('names each invalid field', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({
        title: 42,
        text: 'ok',
        sourceUrl: 'not a url',
        publishedAt: 'yesterday',
        extra: true,
      })
      .expect(400);
    expectProblem(res, 400);
    const fields = (res.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    expect(fields).toEqual(['extra', 'publishedAt', 'sourceUrl', 'title']);
  });

  it('says first what is wrong with the type of a missing field, not its length', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({})
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'title', message: 'title must be a string' },
      { field: 'text', message: 'text must be a string' },
    ]);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Big', text: 'x'.repeat(70 * 1024) })
      .expect(413);
    expectProblem(res, 413);
  });

  it('refuses an article with more claims than a document may hold (422), storing nothing', async () => {
    const small = await startTestApp({ maxClaimsPerDocument: 10 });
    try {
      const newsroom = await createNewsroom(small.app);
      const text = Array.from({ length: 11 }, (_, i) => `Plant ${i} made ${i + 100} cars.`).join(
        ' ',
      );
      const res = await small
        .http()
        .post('/v1/documents')
        .set(bearer(newsroom.keys.reporter))
        .send({ title: 'Roundup', text });
      expectProblem(res, 422);
      expect(res.body).toMatchObject({
        type: 'urn:claims-ledger:problem:too-many-claims',
        limit: 10,
      });
      const { rows } = await small.sql.query('SELECT count(*)::int AS n FROM documents');
      expect(rows[0].n).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('refuses malformed JSON (400) and other media types (415)', async () => {
    const bad = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .set('content-type', 'application/json')
      .send('{"title":')
      .expect(400);
    expectProblem(bad, 400);
    const text = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .set('content-type', 'text/plain')
      .send('hello')
      .expect(415);
    expectProblem(text, 415);
  });

  it('lists documents by cursor, capping the limit', async () => {
    const other = await startTestApp({ maxPageSize: 3 });
    try {
      const newsroom = await createNewsroom(other.app);
      for (let i = 0; i < 5; i++) {
        await other
          .http()
          .post('/v1/documents')
          .set(bearer(newsroom.keys.reporter))
          .send({ title: `Doc ${i}`, text: `Text number ${i}` })
          .expect(201);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: Array<{ title: string }>; nextCursor: string | null } } =
          await other
            .http()
            .get('/v1/documents')
            .query({ limit: 100, ...(cursor ? { cursor } : {}) })
            .set(bearer(newsroom.keys.auditor))
            .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...res.body.items.map((d: { title: string }) => d.title));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['Doc 0', 'Doc 1', 'Doc 2', 'Doc 3', 'Doc 4']);
      const bad = await other
        .http()
        .get('/v1/documents?cursor=nonsense')
        .set(bearer(newsroom.keys.auditor))
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    } finally {
      await other.close();
    }
  });

  it("shows a document's claims a page at a time, in reading order", async () => {
    const paged = await startTestApp({ maxPageSize: 4 });
    try {
      const newsroom = await createNewsroom(paged.app);
      const text = Array.from({ length: 10 }, (_, i) => `Plant ${i} made ${i + 100} cars.`).join(
        ' ',
      );
      const created = await paged
        .http()
        .post('/v1/documents')
        .set(bearer(newsroom.keys.reporter))
        .send({ title: 'Plants', text })
        .expect(201);
      expect(created.body.claims).toHaveLength(4);
      const starts: number[] = created.body.claims.map((claim: { start: number }) => claim.start);
      let cursor: string | null = created.body.claimsNextCursor;
      while (cursor) {
        const page = await paged
          .http()
          .get(`/v1/documents/${created.body.id}/claims`)
          .query({ cursor })
          .set(bearer(newsroom.keys.auditor))
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(4);
        starts.push(...page.body.items.map((claim: { start: number }) => claim.start));
        cursor = page.body.nextCursor;
      }
      const { rows } = await paged.sql.query<{ start: number }>(
        'SELECT start FROM claims ORDER BY start',
      );
      expect(starts).toEqual(rows.map((row) => row.start));
      const forged = await paged
        .http()
        .get(`/v1/documents/${created.body.id}/claims`)
        .query({ cursor: 'bm90LWEtY3Vyc29y' })
        .set(bearer(newsroom.keys.auditor));
      expectProblem(forged, 400);
    } finally {
      await paged.close();
    }
  });

  it('shows one document with its text, claims, relations, flags and what the checks read', async () => {
    const created = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Show', text: 'Show me 3 things.' })
      .expect(201);
    const res = await t
      .http()
      .get(`/v1/documents/${created.body.id}`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(res.body).toMatchObject({
      id: created.body.id,
      text: 'Show me 3 things.',
      relations: [],
      flags: [],
      // What the checks read: no flag is not "the numbers are right".
      checks: {
        rules: expect.arrayContaining(['sum-mismatch', 'change-mismatch', 'share-overflow']),
        relations: 0,
        relationsByType: {
          'parts-of-total': 0,
          'share-of': 0,
          change: 0,
          'shares-of-one-group': 0,
          'same-quantity': 0,
        },
        numericClaims: 1,
        quotes: 0,
      },
    });
    expect(created.body.checks).toEqual(res.body.checks);
    expect(res.body.claims).toEqual([
      expect.objectContaining({
        kind: 'numeric',
        origin: 'extracted',
        exact: '3 things',
        start: 8,
        end: 16,
        value: 3,
        status: 'unreviewed',
      }),
    ]);
  });

  it('raises no flag on figures that are right, and names who spoke, in news phrasing', async () => {
    const text = [
      'Jobless rate moved down to 3.6% from a previous 3.8% in March',
      'Employers added 431,000 jobs, some 12% lower than economists expected, but the jobless rate moved down to 3.6 percent from 3.8% in February.',
      'The cloud segment grew 15% to reach $24.0 billion, surpassing expectations of $23.8 billion.',
      '"Hiring has held up in every region," the chief economist of job site ZipRecruiter, Cathy Barrera, told reporters.',
      'At least 12 died in the storm.',
    ].join('\n');
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Jobs report', text })
      .expect(201);
    expect(res.body.flags).toEqual([]);
    const claims = res.body.claims as Array<{
      id: string;
      exact: string;
      unit: string | null;
      speaker?: string;
    }>;
    expect(claims.find((c) => c.exact === '12')).toMatchObject({ unit: 'person' });
    expect(claims.find((c) => c.exact.startsWith('Hiring'))).toMatchObject({
      speaker: 'Cathy Barrera',
    });
    // "12% lower than economists expected" is no change of the jobless rate; what was expected is no value.
    const ids = (exact: string) => claims.filter((c) => c.exact === exact).map((c) => c.id);
    const changes = (
      res.body.relations as Array<{ type: string; change: string | null; from: string }>
    ).filter((r) => r.type === 'change');
    expect(changes.some((r) => r.change !== null && ids('12%').includes(r.change))).toBe(false);
    expect(changes.some((r) => ids('$23.8 billion').includes(r.from))).toBe(false);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await t
      .http()
      .get('/v1/documents/00000000-0000-4000-8000-000000000000')
      .set(bearer(room.keys.reporter))
      .expect(404);
    expectProblem(missing, 404);
    const malformed = await t
      .http()
      .get('/v1/documents/nope')
      .set(bearer(room.keys.reporter))
      .expect(400);
    expect(malformed.body.errors).toEqual([{ field: 'id', message: 'must be a UUID' }]);
  });
});

describe('document list tallies, search, me and members', () => {
  it('counts claims by status and open flags by severity, and searches titles', async () => {
    const t = await startTestApp();
    try {
      const room = await createNewsroom(t.app);
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.reporter))
        .send({ title: '35 MOUs signed', text: SEED_TEXT })
        .expect(201);
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.reporter))
        .send({ title: 'Council', text: 'It hired 12 wardens.' })
        .expect(201);
      const all = await t.http().get('/v1/documents').set(bearer(room.keys.auditor)).expect(200);
      expect(all.body.items).toHaveLength(2);
      const seed = all.body.items[0];
      expect(seed.claimsByStatus.unreviewed).toBeGreaterThan(30);
      expect(seed.openFlagsBySeverity).toMatchObject({ error: 1, warning: 1 });
      expect(all.body.items[1]).toMatchObject({
        claimsByStatus: { unreviewed: 1 },
        openFlagsBySeverity: {},
      });
      const found = await t
        .http()
        .get('/v1/documents')
        .query({ q: 'mous' })
        .set(bearer(room.keys.auditor))
        .expect(200);
      expect(found.body.items.map((d: { title: string }) => d.title)).toEqual(['35 MOUs signed']);

      const me = await t.http().get('/v1/me').set(bearer(room.keys.editor)).expect(200);
      expect(me.body).toMatchObject({
        userId: room.userIds.editor,
        role: 'editor',
        permissions: ['read', 'submit-content', 'start-review', 'decide', 'export-history'],
        workspace: { id: room.workspaceId, slug: room.slug },
      });
      // The role table as the web UI reads it: what each role may do, from the server's grants.
      const permissionsOf = async (key: string) =>
        (await t.http().get('/v1/me').set(bearer(key)).expect(200)).body.permissions;
      expect(await permissionsOf(room.keys.reporter)).toEqual([
        'read',
        'submit-content',
        'start-review',
      ]);
      expect(await permissionsOf(room.keys.auditor)).toEqual(['read', 'export-history']);
      const members = await t.http().get('/v1/members').set(bearer(room.keys.reporter)).expect(200);
      expect(members.body.map((m: { role: string }) => m.role).sort()).toEqual([
        'admin',
        'auditor',
        'editor',
        'reporter',
      ]);
    } finally {
      await t.close();
    }
  });
});
