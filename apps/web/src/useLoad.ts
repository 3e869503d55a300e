import { errorText } from './api';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** Loads again (after a write); the old data stays on screen meanwhile. */
  reload: () => Promise<void>;
  /** Replaces the data with what a write answered, without a request. */
  set: (data: T) => void;
}

/** Runs `load` when `key` changes; an answer to an older key is ignored. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const result = await loadRef.current();
      if (request !== latest.current) return;
      setData(result);
      setError(null);
    } catch (caught) {
      if (request === latest.current) setError(errorText(caught));
    }
  }, []);

  useEffect(() => {
    setData(null);
    setError(null);
    void reload();
  }, [key, reload]);

  return { data, error, reload, set: setData };
}
