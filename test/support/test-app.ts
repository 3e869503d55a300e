import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.js';
import { readConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { ResponseContract } from './response-contract.js';
import { TcpProxy } from './tcp-proxy.js';
import { asAppRole, databaseUrl, TEMPLATE_DATABASE, withAdminClient } from './database-server.js';

export interface TestApp {
  app: NestFastifyApplication;
  /** supertest against the app, without a listening port. */
  http: () => ReturnType<typeof request>;
  /** What the app connects with: a member of ledger_writer, as in production. */
  databaseUrl: string;
  /** A direct connection to the file's database as its owner, for what HTTP cannot show. */
  sql: pg.Pool;
  /** The OpenAPI document every answer of `app` is checked against. */
  contract: ResponseContract;
  /** Fails when an answer did not match the OpenAPI document. */
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

/** The configuration of an app under test on this database URL. */
function testConfig(databaseUrl: string, overrides: Partial<AppConfig>): AppConfig {
  return {
    ...readConfig({}),
    databaseUrl,
    logLevel: 'silent',
    // Swagger's UI and the web UI need @fastify/static, which requires an ESM-only
    // package that Jest on Node 20 cannot load; both are tested against a real
    // server (cli.e2e-spec, the browser tests).
    apiDocs: false,
    webUi: false,
    rateLimitPerMinute: 100_000,
    authFailuresPerMinute: 100_000,
    ...overrides,
  };
}

/** An app whose every answer is checked against its OpenAPI document (`contract`). */
async function createCheckedApp(
  config: AppConfig,
): Promise<{ app: NestFastifyApplication; contract: ResponseContract }> {
  let contract: ResponseContract | undefined;
  const app = await createApp(config, (created) => {
    contract = ResponseContract.attachTo(created, config.publicUrl);
  });
  return { app, contract: contract! };
}

function assertKeptTo(contract: ResponseContract): void {
  const violations = [...new Set(contract.violations)];
  if (violations.length > 0)
    throw new Error(`Answers that do not match the OpenAPI document:\n${violations.join('\n')}`);
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const { app, contract } = await createCheckedApp(testConfig(database.appUrl, overrides));
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  return {
    app,
    http: () => request(app.getHttpServer()),
    databaseUrl: database.appUrl,
    sql,
    contract,
    close: async () => {
      await sql.end();
      await app.close();
      await database.drop();
      assertKeptTo(contract);
    },
  };
}

export interface AppBehindProxy {
  http: () => ReturnType<typeof request>;
  /** Stop it to take the database away from this app, start it to give it back. */
  proxy: TcpProxy;
  close(): Promise<void>;
}

/** A second app on the test app's database, reached through a proxy the test can cut. */
export async function startAppBehindProxy(t: TestApp): Promise<AppBehindProxy> {
  const target = new URL(t.databaseUrl);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  await proxy.start();
  const { app, contract } = await createCheckedApp(testConfig(proxy.urlFor(t.databaseUrl), {}));
  return {
    http: () => request(app.getHttpServer()),
    proxy,
    close: async () => {
      await proxy.start();
      await app.close();
      await proxy.stop();
      assertKeptTo(contract);
    },
  };
}
