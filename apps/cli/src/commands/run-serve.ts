import 'reflect-metadata';
import path from 'node:path';
import { createApp } from '../../../api/src/app.js';
import { StatementsBackfill } from '../../../api/src/check-runs/statements-backfill.js';
import { readConfig } from '../../../api/src/config/app-config.js';
import { openDatabase } from '../../../api/src/database/database.js';
import { seedDemo } from '../demo.js';

export async function runServe(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // Every setting is checked before anything starts (the embedded database included).
  const settings = readConfig();
  const database = await openDatabase(settings.database, log);
  const config = { ...settings, databaseUrl: database.url };
  const app = await createApp(config);
  const seedDemoData = database.embedded || settings.seedDemo;
  const demoKeys = seedDemoData
    ? await seedDemo(app, path.join(settings.dataDir, 'demo-keys.json'))
    : null;
  await app.listen({ port: config.port, host: config.host });
  app.get(StatementsBackfill).start();

  const url = `http://localhost:${config.port}`;
  console.log(`Claims Ledger is running at ${url} (API docs: ${url}/docs)`);
  console.log(
    database.embedded ? 'Database: embedded PostgreSQL in .data/' : 'Database: DATABASE_URL',
  );
  if (demoKeys) {
    console.log('Demo workspace "demo", API keys:');
    for (const key of demoKeys)
      console.log(`  ${key.role.padEnd(9)} ${key.name.padEnd(15)} ${key.apiKey}`);
  } else if (seedDemoData) {
    console.log(
      'Demo workspace exists, but its keys file is gone: create a user with `ledger admin create-user`.',
    );
  }

  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log(`${signal}: stopping, waiting up to ${config.shutdownTimeoutMs} ms for requests under way`);
  const closed = await closeWithin(() => app.close(), config.shutdownTimeoutMs);
  if (!closed) {
    log(`requests still under way after ${config.shutdownTimeoutMs} ms: exiting without them`);
    process.exitCode = 1;
  }
  await database.stop();
}

/** Whether `close` finished within `ms`; past it the process goes on without waiting. */
async function closeWithin(close: () => Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([close().then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
