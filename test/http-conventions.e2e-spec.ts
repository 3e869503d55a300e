import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
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
});
