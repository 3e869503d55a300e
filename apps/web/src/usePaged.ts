import { useState } from 'react';
import { errorText } from './api';
import type { Page } from './types';
import { useLoad } from './useLoad';

export interface Paged<T> {
  /** Null until the first page answers. */
  items: T[] | null;
  error: string | null;
  /** Loads the next page; null when there is none. */
  more: (() => Promise<void>) | null;
}

/** A cursor-paginated list (`{items, nextCursor}`): the first page, then more on demand. */
export function usePaged<T>(load: (cursor?: string) => Promise<Page<T>>, key: string): Paged<T> {
  const first = useLoad(() => load(), key);
  const [extra, setExtra] = useState<{ key: string; items: T[]; nextCursor: string | null } | null>(
    null,
  );
  const [error, setError] = useState<{ key: string; text: string } | null>(null);
  const current = extra?.key === key ? extra : null;
  const nextCursor = current ? current.nextCursor : first.data?.nextCursor;
  const more = nextCursor
    ? async () => {
        try {
          const page = await load(nextCursor);
          setExtra({
            key,
            items: [...(current?.items ?? []), ...page.items],
            nextCursor: page.nextCursor,
          });
        } catch (caught) {
          setError({ key, text: errorText(caught) });
        }
      }
    : null;
  return {
    items: first.data ? [...first.data.items, ...(current?.items ?? [])] : null,
    error: first.error ?? (error?.key === key ? error.text : null),
    more,
  };
}
