import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex';
import { DomainError } from '../errors/domain-error.js';

/**
 * Writes of one workspace wait their turn here, in the process, before they
 * open a transaction: a queue of writers in one workspace holds no database
 * connection, so reads and other workspaces never wait for it. A writer that
 * waits longer than `maxWaitMs` is refused as busy (503 with Retry-After).
 * The database's advisory lock still orders writers of other processes (a CLI
 * command beside the server).
 */
export class WorkspaceWriteQueue {
  private readonly queues = new Map<string, Mutex>();

  constructor(private readonly maxWaitMs: number) {}

  async run<T>(workspaceId: string, write: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(workspaceId);
    if (!queue) {
      queue = new Mutex();
      this.queues.set(workspaceId, queue);
    }
    let release: () => void;
    try {
      release = await withTimeout(queue, this.maxWaitMs).acquire();
    } catch (error) {
      if (error === E_TIMEOUT) throw busy(this.maxWaitMs);
      throw error;
    }
    try {
      return await write();
    } finally {
      release();
      if (!queue.isLocked()) this.queues.delete(workspaceId);
    }
  }
}

function busy(waitedMs: number): DomainError {
  return DomainError.busy(
    `Other writes of this workspace kept it busy for ${Math.round(waitedMs / 1000)} s: retry the request`,
    Math.max(1, Math.ceil(waitedMs / 1000)),
  );
}
