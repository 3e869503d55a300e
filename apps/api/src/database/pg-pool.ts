import { Injectable, OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { Readable } from 'node:stream';

/**
 * Plain node-postgres for what Prisma cannot do: stream a long result through
 * a cursor, a batch at a time, so that an export holds constant memory.
 */
@Injectable()
export class PgPool implements OnModuleDestroy {
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  }

  /** Rows of a query as an object stream; the connection is released when it ends or fails. */
  async stream(sql: string, values: unknown[]): Promise<Readable> {
    const client = await this.pool.connect();
    const rows = client.query(new QueryStream(sql, values, { batchSize: 500 }));
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error);
    };
    rows.on('end', () => release());
    rows.on('error', (error) => release(error));
    rows.on('close', () => release());
    return rows;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
