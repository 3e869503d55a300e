import { useState } from 'react';
import {
  useMutation,
  useQueryClient,
  type QueryKey,
  type UseQueryResult,
} from '@tanstack/react-query';
import { StaleError, type Versioned } from './api';
import { useAnnounce } from './announce';

/**
 * A write to a claim or flag at the version it was read at, as its forms run it:
 * true when it was written, false when someone else changed it first (412).
 */
export type VersionedWrite<T> = (
  write: (current: Versioned<T>) => Promise<Versioned<T>>,
  done: string,
) => Promise<boolean>;

/**
 * Writes with the ETag the resource (the query `queryKey`, `loaded`) was read at since it
 * opened; until then there is no `write`. `changed` marks what else the write changed as
 * stale; what it answers is waited for (a claim's history), so that the panel shows the
 * write and its history line at once. The answer then replaces the resource in the cache.
 * A 412 shows the resource as it is now and says why (`stale`), and the form keeps what
 * was typed, to send again on the new version.
 */
export function useVersionedWrite<T>(
  queryKey: QueryKey,
  loaded: UseQueryResult<Versioned<T>>,
  changed: () => Promise<unknown> | void,
) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [stale, setStale] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (send: () => Promise<Versioned<T>>) => send(),
  });

  const writeFrom =
    (current: Versioned<T>): VersionedWrite<T> =>
    async (change, done) => {
      let written: Versioned<T>;
      let refused: StaleError<T> | null = null;
      try {
        written = await mutation.mutateAsync(() => change(current));
      } catch (caught) {
        if (!(caught instanceof StaleError)) throw caught;
        refused = caught as StaleError<T>;
        written = refused.current;
      }
      await changed();
      queryClient.setQueryData(queryKey, written);
      setStale(refused?.message ?? null);
      announce(refused?.message ?? done);
      return refused === null;
    };
  const current = loaded.isFetchedAfterMount ? loaded.data : undefined;
  return { stale, write: current ? writeFrom(current) : null };
}
