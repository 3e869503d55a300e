import { bearer, createNewsroom, SEED_TEXT, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import {
  startAppBehindProxy,
  startTestApp,
  type AppBehindProxy,
  type TestApp,
} from './support/test-app.js';

/** The app's database goes away and comes back: 503 with Retry-After meanwhile, then service again. */
describe('database outage', () => {
  let t: TestApp;
  let room: Newsroom;
  let behind: AppBehindProxy;
  const http = () => behind.http();

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    behind = await startAppBehindProxy(t);
  });
  afterAll(async () => {
    await behind.close();
    await t.close();
  });

  it('answers 503 with Retry-After while the database is away, and serves again when it is back', async () => {
    await http().get('/v1/documents').set(bearer(room.keys.reporter)).expect(200);

    await behind.proxy.stop();
    const read = await http().get('/v1/documents').set(bearer(room.keys.reporter));
    expectProblem(read, 503);
    expect(Number(read.headers['retry-after'])).toBeGreaterThan(0);
    const write = await http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'During the outage', text: SEED_TEXT });
    expectProblem(write, 503);
    expect(write.headers['retry-after']).toBeDefined();

    await behind.proxy.start();
    await http().get('/v1/documents').set(bearer(room.keys.reporter)).expect(200);
    await http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'After the outage', text: SEED_TEXT })
      .expect(201);
  });
});
