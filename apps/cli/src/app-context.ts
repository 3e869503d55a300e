import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../api/src/app.module.js';
import { readConfig } from '../../api/src/config/app-config.js';
import { openDatabase } from '../../api/src/database/database.js';
import { StderrLogger } from './stderr-logger.js';

/**
 * Runs a command against the service's modules without HTTP: the database from
 * DATABASE_URL or the embedded server (shared with a running `ledger serve`).
 */
export async function withAppContext<T>(
  work: (app: INestApplicationContext) => Promise<T>,
): Promise<T> {
  // Checked before the database opens; a command logs only warnings unless LOG_LEVEL says otherwise.
  const settings = readConfig({ LOG_LEVEL: 'warn', ...process.env });
  const database = await openDatabase(settings.database, (line) =>
    process.stderr.write(`${line}\n`),
  );
  const config = { ...settings, databaseUrl: database.url, logFd: 2 as const };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: new StderrLogger({ logLevels: ['error', 'warn'] }),
  });
  try {
    return await work(app);
  } finally {
    await app.close();
    await database.stop();
  }
}
