import type { Response } from 'supertest';
import { bearer, createNewsroom, submitSeedArticle, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Whatever a careless or hostile client sends, a refusal is a 400 problem that
 * names the field, and it changes nothing: no row, no ledger event.
 */
describe('refused input', () => {
  let t: TestApp;
  let room: Newsroom;
  let claimId: string;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    const seed = await submitSeedArticle<{ id: string; kind: string }>(t, room);
    claimId = seed.claims.find((claim) => claim.kind === 'numeric')!.id;
  });
  afterAll(() => t.close());

  const rowCounts = async () => {
    const { rows } = await t.sql.query<{ events: string; comments: string; evidence: string }>(
      `SELECT (SELECT count(*) FROM ledger_events) AS events,
              (SELECT count(*) FROM comments) AS comments,
              (SELECT count(*) FROM evidence) AS evidence`,
    );
    return rows[0];
  };

  function expectFieldRefused(res: Response, field: string): void {
    expectProblem(res, 400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  }

  const claimEtag = async () =>
    (await t.http().get(`/v1/claims/${claimId}`).set(bearer(room.keys.editor)).expect(200)).headers
      .etag;

  describe.each([
    ['a NUL character', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
  ])('a string with %s', (_what, bad) => {
    it('in a comment body, an evidence note or a claim unit: 400 naming the field, nothing stored', async () => {
      const before = await rowCounts();
      const comment = await t
        .http()
        .post(`/v1/claims/${claimId}/comments`)
        .set(bearer(room.keys.editor))
        .send({ body: bad });
      expectFieldRefused(comment, 'body');
      const evidence = await t
        .http()
        .post(`/v1/claims/${claimId}/evidence`)
        .set(bearer(room.keys.editor))
        .send({ note: bad, stance: 'supports' });
      expectFieldRefused(evidence, 'note');
      const correction = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.editor))
        .set('If-Match', await claimEtag())
        .send({ unit: bad });
      expectFieldRefused(correction, 'unit');
      expect(await rowCounts()).toEqual(before);
    });
  });

  it('refuses a NUL character in a filter (?q=, ?rule=, ?action=) with 400 naming the filter', async () => {
    for (const [path, field] of [
      ['/v1/documents?q=a%00b', 'q'],
      ['/v1/flags?rule=%00', 'rule'],
      ['/v1/ledger/export?action=claim%00', 'action'],
    ]) {
      const res = await t.http().get(path).set(bearer(room.keys.auditor));
      expectFieldRefused(res, field);
    }
  });

  it('refuses JSON nested 5,000 deep with 400 before validating it', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const before = await rowCounts();
    for (const [path, body] of [
      ['/v1/documents', `{"title":"Deep","text":${deep}}`],
      [`/v1/claims/${claimId}/comments`, `{"body":${deep}}`],
    ]) {
      const res = await t
        .http()
        .post(path)
        .set(bearer(room.keys.reporter))
        .set('content-type', 'application/json')
        .send(body);
      expectProblem(res, 400);
      expect(res.body.detail).toMatch(/nested/);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a forged cursor whose id is not a UUID with 400 naming the cursor', async () => {
    const forged = Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64url');
    for (const path of ['/v1/claims', '/v1/documents', '/v1/flags', '/v1/ledger/events']) {
      const res = await t.http().get(`${path}?cursor=${forged}`).set(bearer(room.keys.auditor));
      expectFieldRefused(res, 'cursor');
    }
  });

  it('refuses an article of only spaces with 400 naming the text', async () => {
    const res = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Blank', text: ' \n\t \u00a0 \n' });
    expectFieldRefused(res, 'text');
  });

  it('answers a malformed URL with a 400 problem that does not echo it', async () => {
    const res = await t.http().get('/v1/documents/%E0%A4%A<script>').set(bearer(room.keys.auditor));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(res.text).not.toContain('script');
  });

  it('answers an over-long URL with a 414 problem that does not echo it', async () => {
    const res = await t
      .http()
      .get(`/v1/documents/${'x'.repeat(3000)}`)
      .set(bearer(room.keys.auditor));
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 414, title: 'URI Too Long' });
    expect(res.text).not.toContain('xxxxxxxx');
  });

  it('answers headers larger than the server accepts with a 431 problem', async () => {
    const res = await t
      .http()
      .get(`/v1/flags?cursor=${'x'.repeat(20_000)}`)
      .set(bearer(room.keys.auditor));
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });
});
