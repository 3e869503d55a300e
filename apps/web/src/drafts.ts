// What a person types in a form, kept as it is typed: when the key is refused (401) the
// app asks to sign in again, and each form shows its draft afterwards. A draft is never
// sent by itself; it is dropped once written, or discarded.
import { useState } from 'react';

const PREFIX = 'claims-ledger.draft.';

/**
 * A form's state, kept in sessionStorage (this tab only) under `name`, the form and the
 * claim or flag it is about, while it differs from `empty`. `discard` drops it.
 */
export function useDraft<T>(name: string, empty: T): [T, (value: T) => void, () => void] {
  const key = PREFIX + name;
  const [value, setValue] = useState<T>(() => {
    const stored = sessionStorage.getItem(key);
    return stored === null ? empty : (JSON.parse(stored) as T);
  });

  function update(next: T) {
    setValue(next);
    if (JSON.stringify(next) === JSON.stringify(empty)) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(next));
  }

  function discard() {
    setValue(empty);
    sessionStorage.removeItem(key);
  }

  return [value, update, discard];
}

export function hasDrafts(): boolean {
  return Object.keys(sessionStorage).some((key) => key.startsWith(PREFIX));
}

/** Signing out drops every draft: the next person in this tab does not see them. */
export function discardDrafts(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
