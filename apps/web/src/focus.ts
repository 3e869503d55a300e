// Keyboard focus around forms that open and close: Esc closes them, and focus goes back
// to the span or button that opened them; and focus on a claim's span or the selected flag.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** A keydown handler that runs `close` on Esc, once: the innermost form or panel closes. */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };
}

/**
 * Remembers what had the focus when a form opened; `returnFocus` puts it back there once
 * the form is closed and the screen re-rendered, or on the element `fallbackId` names when
 * the opener is gone (a verdict's button, once the verdict is set).
 */
export function useReturnFocus(fallbackId: string) {
  const opener = useRef<Element | null>(null);
  const [closings, setClosings] = useState(0);

  useEffect(() => {
    if (closings === 0) return;
    const element = opener.current;
    const back =
      element instanceof HTMLElement &&
      element !== document.body &&
      element.isConnected &&
      !element.matches(':disabled')
        ? element
        : document.getElementById(fallbackId);
    back?.focus();
  }, [closings, fallbackId]);

  return {
    remember: () => (opener.current = document.activeElement),
    returnFocus: () => setClosings((count) => count + 1),
  };
}

/** A claim's first span in the article's text (the one in the tab order), if it is marked there. */
export function spanOf(claimId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-claim="${claimId}"][data-first]`);
}

/** Focus on the selected flag's link: in the claim's sheet when it opened there, else in the list. */
export function focusSelectedFlag() {
  const inSheet = document.querySelector<HTMLElement>('.claim-sheet .claim-flag[aria-current]');
  if (!inSheet) {
    document.querySelector<HTMLElement>('.flag-item.selected .flag-message')?.focus();
    return;
  }
  inSheet.focus({ preventScroll: true });
  // The decision form is under the link: the sheet scrolls to show both.
  inSheet.closest('li')?.scrollIntoView({ block: 'start' });
}
