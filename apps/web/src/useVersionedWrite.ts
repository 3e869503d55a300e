import { useState } from 'react';
import { StaleError, type Versioned } from './api';
import { useAnnounce } from './announce';
import type { Loaded } from './useLoad';

/**
 * A write to a claim or flag at the version it was read at, as its forms run it:
 * true when it was written, false when someone else changed it first (412).
 */
export type VersionedWrite<T> = (
  write: (current: Versioned<T>) => Promise<Versioned<T>>,
  done: string,
) => Promise<boolean>;

/**
 * Writes with the ETag the resource was read at. A 412 shows the resource as it
 * is now and says why (`stale`), and the form keeps what was typed, to send again
 * on the new version. `after` runs once the write is over either way.
 */
export function useVersionedWrite<T>(loaded: Loaded<Versioned<T>>, after: () => void) {
  const announce = useAnnounce();
  const [stale, setStale] = useState<string | null>(null);
  const writeFrom =
    (current: Versioned<T>): VersionedWrite<T> =>
    async (change, done) => {
      let ok = false;
      try {
        loaded.set(await change(current));
        setStale(null);
        announce(done);
        ok = true;
      } catch (caught) {
        if (!(caught instanceof StaleError)) throw caught;
        loaded.set(caught.current as Versioned<T>);
        setStale(caught.message);
        announce(caught.message);
      }
      after();
      return ok;
    };
  return { stale, write: loaded.data ? writeFrom(loaded.data) : null };
}
