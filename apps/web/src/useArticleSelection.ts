import { useEffect } from 'react';
import { useDraft } from './drafts';
import { selectedSpan } from './text';

/** Words selected in the article's text: their span in code points, and the words. */
export interface SelectedWords {
  start: number;
  end: number;
  exact: string;
}

/**
 * The words last selected in the article's text (`.article-text`), while `enabled`: a
 * claim to add, or the new place of a claim that needs an anchor. Kept as a draft of
 * the article `documentId` until `discard` drops it; `clear` deselects the words too,
 * once they were used.
 */
export function useArticleSelection(documentId: string, enabled: boolean) {
  const [selected, setSelected, discardSelected] = useDraft<SelectedWords | null>(
    `add-claim-words:${documentId}`,
    null,
  );
  useEffect(() => {
    if (!enabled) return;
    const update = () => {
      const container = document.querySelector<HTMLElement>('.article-text');
      const span = container ? selectedSpan(container, window.getSelection()) : null;
      // A click elsewhere clears the selection, not the form being filled in.
      if (span) setSelected(span);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [enabled]);

  function clear() {
    discardSelected();
    window.getSelection()?.removeAllRanges();
  }

  return { selected: enabled ? selected : null, discard: discardSelected, clear };
}
