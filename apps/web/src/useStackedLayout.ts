import { useSyncExternalStore } from 'react';

// As in styles/phone.css: below this width the side column stacks under the article's text,
// and an open claim is a sheet over the text instead.
const STACKED = window.matchMedia('(max-width: 900px)');

function subscribe(onChange: () => void): () => void {
  STACKED.addEventListener('change', onChange);
  return () => STACKED.removeEventListener('change', onChange);
}

/** True on a phone or a narrow window. */
export function useStackedLayout(): boolean {
  return useSyncExternalStore(subscribe, () => STACKED.matches);
}
