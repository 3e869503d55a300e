import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.js';
import { readConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { asAppRole, databaseUrl, TEMPLATE_DATABASE, withAdminClient } from './database-server.js';

export interface TestApp {
  app: NestFastifyApplication;
  /** supertest against the app, without a listening port. */
  http: () => ReturnType<typeof request>;
  /** What the app connects with: a member of ledger_writer, as in production. */
  databaseUrl: string;
  /** A direct connection to the file's database as its owner, for what HTTP cannot show. */
  sql: pg.Pool;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template: `url` as its owner, `appUrl` as the service. */
export async function createTestDatabase(): Promise<{
  url: string;
  appUrl: string;
  drop(): Promise<void>;
}> {
  const server = process.env.LEDGER_TEST_SERVER_URL;
  if (!server)
    throw new Error(
      'LEDGER_TEST_SERVER_URL is unset: run the e2e tests through jest (global setup)',
    );
  const name = `ledger_test_file_${randomBytes(6).toString('hex')}`;
  await withAdminClient(server, (client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`),
  );
  return {
    url: databaseUrl(server, name),
    appUrl: asAppRole(databaseUrl(server, name)),
    drop: () =>
      withAdminClient(server, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp({
    ...readConfig({}),
    databaseUrl: database.appUrl,
    logLevel: 'silent',
    // Swagger's UI and the web UI need @fastify/static, which requires an ESM-only
    // package that Jest on Node 20 cannot load; both are tested against a real
    // server (cli.e2e-spec, the browser tests).
    apiDocs: false,
    webUi: false,
    rateLimitPerMinute: 100_000,
    authFailuresPerMinute: 100_000,
    ...overrides,
  });
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    http: () => request(app.getHttpServer()),
    databaseUrl: database.appUrl,
    sql,
    close: async () => {
      await sql.end();
      await app.close();
      await database.drop();
    },
  };
}
