import { useEffect, useRef } from 'react';
import { useSession } from '../session';

/** The keyboard shortcuts, in a modal dialog (`?` opens it, Escape closes it). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { can } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  const shortcuts: [string[], string][] = [
    [['j', 'n'], 'Next claim in the article'],
    [['k', 'p'], 'Previous claim in the article'],
    [['f'], 'Focus the selected flag and its decision form; again: the next open flag'],
    [['Esc'], 'Close the form you are in (nothing is saved), or the claim'],
  ];
  if (can.startReview) shortcuts.push([['r'], 'Move the claim to in review']);
  if (can.decide) {
    shortcuts.push(
      [['v'], 'Verdict: verified (written after a few seconds; Undo cancels it)'],
      [['d'], 'Verdict: disputed (opens the reason form)'],
      [['x'], 'Verdict: incorrect (opens the reason form)'],
      [['u'], 'Verdict: unverifiable (opens the reason form)'],
    );
  }
  shortcuts.push([['?'], 'Show this help']);

  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="shortcuts-title" className="shortcuts">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p>In an article, when you are not typing in a field:</p>
      <dl>
        {shortcuts.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
