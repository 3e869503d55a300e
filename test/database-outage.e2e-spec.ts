import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../apps/api/src/app.js';
import { readConfig } from '../apps/api/src/config/app-config.js';
import { bearer, createNewsroom, SEED_TEXT, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The app's database goes away and comes back: 503 with Retry-After meanwhile, then service again. */
describe('database outage', () => {
  let t: TestApp;
  let room: Newsroom;
  let proxy: TcpProxy;
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    const target = new URL(t.databaseUrl);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    app = await createApp({
      ...readConfig({}),
      databaseUrl: proxy.urlFor(t.databaseUrl),
      logLevel: 'silent',
      apiDocs: false,
      webUi: false,
      rateLimitPerMinute: 100_000,
      authFailuresPerMinute: 100_000,
    });
  });
  afterAll(async () => {
    await proxy.start();
    await app.close();
    await proxy.stop();
    await t.close();
  });

  it('answers 503 with Retry-After while the database is away, and serves again when it is back', async () => {
    await http().get('/v1/documents').set(bearer(room.keys.reporter)).expect(200);

    await proxy.stop();
    const read = await http().get('/v1/documents').set(bearer(room.keys.reporter));
    expectProblem(read, 503);
    expect(Number(read.headers['retry-after'])).toBeGreaterThan(0);
    const write = await http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'During the outage', text: SEED_TEXT });
    expectProblem(write, 503);
    expect(write.headers['retry-after']).toBeDefined();

    await proxy.start();
    await http().get('/v1/documents').set(bearer(room.keys.reporter)).expect(200);
    await http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'After the outage', text: SEED_TEXT })
      .expect(201);
  });
});
