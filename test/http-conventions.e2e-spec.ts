import {
  bearer,
  createNewsroom,
  SEED_TEXT,
  submitSeedArticle,
  type Newsroom,
} from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** What clients and caches of the API can rely on, whatever the route. */
describe('HTTP conventions', () => {
  let t: TestApp;
  let room: Newsroom;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
  });
  afterAll(() => t.close());

  it('answers every /v1 route with Cache-Control: no-store, refusals included', async () => {
    for (const [path, key] of [
      ['/v1/documents', room.keys.reporter],
      ['/v1/claims', room.keys.reporter],
      ['/v1/documents', 'clk_not-a-key'],
    ]) {
      const res = await t.http().get(path).set(bearer(key));
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('ignores query parameters it does not know (a cache-buster), and still checks the known ones', async () => {
    await t
      .http()
      .get('/v1/claims?_=1733500000&utm_source=mail')
      .set(bearer(room.keys.reporter))
      .expect(200);
    const bad = await t.http().get('/v1/claims?status=maybe&_=1').set(bearer(room.keys.reporter));
    expectProblem(bad, 400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });

  it('still refuses a body field it does not know', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'T', text: 'Twelve wardens.', colour: 'blue' });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'colour' })]);
  });

  it('says which media type it accepts when it refuses one (415)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.reporter))
        .set('content-type', type)
        .send('title=T&text=Twelve');
      expectProblem(res, 415);
      expect(res.body.detail).toContain('application/json');
    }
  });

  it('lets no other origin call the API by default', async () => {
    const res = await t
      .http()
      .options('/v1/documents')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'GET');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets the origins of CORS_ORIGINS call it, with the headers the API uses', async () => {
    const open = await startTestApp({ corsOrigins: ['https://desk.example.org'] });
    try {
      const allowed = await open
        .http()
        .options('/v1/documents')
        .set('origin', 'https://desk.example.org')
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'authorization, content-type');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://desk.example.org');
      expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
      const other = await open.http().get('/health').set('origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  describe('with an article', () => {
    let documentId: string;
    let claimIds: string[];

    beforeAll(async () => {
      const seed = await submitSeedArticle<{ id: string; kind: string }>(t, room);
      documentId = seed.id;
      claimIds = seed.claims.filter((claim) => claim.kind === 'numeric').map((claim) => claim.id);
    });

    const as = (key: string) => ({
      get: (path: string) => t.http().get(path).set(bearer(key)),
      post: (path: string, body: object) => t.http().post(path).set(bearer(key)).send(body),
    });

    it('names what every 201 created in Location, a path that answers it', async () => {
      const editor = as(room.keys.editor);
      const again = await as(room.keys.reporter).post('/v1/documents', {
        title: 'Other',
        text: 'Twelve wardens and 30 volunteers.',
      });
      expect(again.status).toBe(201);
      const created = [
        again,
        await editor.post(`/v1/documents/${documentId}/claims`, {
          kind: 'quote',
          start: 0,
          end: 10,
          exact: [...SEED_TEXT].slice(0, 10).join(''),
          speaker: 'Kim Tae-hyo',
        }),
        await editor.post(`/v1/claims/${claimIds[0]}/comments`, { body: 'Checked.' }),
        await editor.post(`/v1/claims/${claimIds[0]}/evidence`, {
          note: 'The ministry list.',
          stance: 'supports',
        }),
      ];
      for (const res of created) {
        expect(res.status).toBe(201);
        const location = String(res.headers.location);
        expect(location).toMatch(/^\/v1\//);
        const read = await editor.get(location).expect(200);
        expect(read.body.id).toBe(res.body.id);
      }
      const relation = await editor.post(`/v1/claims/${claimIds[0]}/relations`, {
        type: 'same-quantity',
        claims: [claimIds[0], claimIds[1]],
      });
      expect(relation.status).toBe(201);
      expect(relation.headers.location).toBe(
        `/v1/claims/${claimIds[0]}/relations/${relation.body.id}`,
      );
      await t.http().delete(relation.headers.location).set(bearer(room.keys.editor)).expect(204);
      // The same text again is the existing document: 200, nothing created, no Location.
      const existing = await as(room.keys.reporter).post('/v1/documents', {
        title: 'Seed',
        text: SEED_TEXT,
      });
      expect(existing.status).toBe(200);
      expect(existing.headers.location).toBeUndefined();
    });

    it('answers 304 without a body to If-None-Match with the current ETag, 200 once it changed', async () => {
      const path = `/v1/claims/${claimIds[2]}`;
      const first = await as(room.keys.editor).get(path).expect(200);
      const etag = String(first.headers.etag);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"v999", ${etag}`, '*']) {
        const res = await as(room.keys.editor).get(path).set('if-none-match', ifNoneMatch);
        expect(res.status).toBe(304);
        expect(res.headers.etag).toBe(etag);
        expect(res.text ?? '').toBe('');
      }
      await as(room.keys.editor).get(path).set('if-none-match', '"v999"').expect(200);
      await t
        .http()
        .post(`${path}/transitions`)
        .set(bearer(room.keys.editor))
        .set('if-match', etag)
        .send({ to: 'in_review' })
        .expect(200);
      const changed = await as(room.keys.editor).get(path).set('if-none-match', etag).expect(200);
      expect(changed.headers.etag).not.toBe(etag);
      const flags = await as(room.keys.editor).get(`/v1/flags?documentId=${documentId}`);
      const flagPath = `/v1/flags/${flags.body.items[0].id}`;
      const flag = await as(room.keys.editor).get(flagPath).expect(200);
      await as(room.keys.editor).get(flagPath).set('if-none-match', flag.headers.etag).expect(304);
    });

    it('answers 405 naming the methods in Allow for a known path asked with another, 404 for an unknown path', async () => {
      for (const [method, path, allow] of [
        ['put', '/v1/documents', 'GET, HEAD, POST'],
        ['delete', `/v1/claims/${claimIds[0]}`, 'GET, HEAD, PATCH'],
        ['get', `/v1/claims/${claimIds[0]}/relations/${claimIds[1]}`, 'DELETE'],
        ['post', '/v1/ledger/head', 'GET, HEAD'],
      ] as const) {
        const res = await t.http()[method](path).set(bearer(room.keys.editor));
        expectProblem(res, 405);
        expect(res.headers.allow).toBe(allow);
        expect(res.body.detail).toContain(allow);
      }
      expectProblem(await t.http().get('/v1/nothing-here').set(bearer(room.keys.editor)), 404);
      expectProblem(await t.http().put('/v1/nothing/here').set(bearer(room.keys.editor)), 404);
    });
  });
});
