// How the UI loads and keeps what it read (TanStack Query): what is retried, and for how long
// an answer is used as it is.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './http';

/** Tries of a read that failed for a passing reason, after the first. */
const RETRIES = 3;

/**
 * A failure that may pass: the server could not be reached, or it failed (5xx, a 503
 * while the database is away or the workspace busy). A 4xx is an answer: never retried.
 */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < RETRIES && isTransient(error),
        // 0.5 s, 1 s, 2 s.
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        // What was read in the last 30 s is shown as it is, not read again; a write
        // marks what it changed as stale (mutations.ts), and it is read again at once.
        staleTime: 30_000,
        // Not behind the reviewer's back: a claim read again while a form is open
        // would take another member's change without a word (the 412 says it).
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      // A write is sent once: the person sees why it failed and decides.
      mutations: { retry: false },
    },
  });
}
