import type pg from 'pg';
import { ADVISORY_LOCK_NAMESPACE } from '../../apps/api/src/ledger/ledger-event.repository.js';

/** Runs `work` while another session (as another process would) holds the workspace's write lock. */
export async function whileWorkspaceLocked<T>(
  sql: pg.Pool,
  workspaceId: string,
  work: () => Promise<T>,
): Promise<T> {
  const holder = await sql.connect();
  try {
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [
      ADVISORY_LOCK_NAMESPACE,
      workspaceId,
    ]);
    return await work();
  } finally {
    await holder.query('ROLLBACK');
    holder.release();
  }
}
