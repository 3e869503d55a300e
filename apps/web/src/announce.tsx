// Status messages ("Flag dismissed", "Verdict set") for everyone: shown at the foot of
// the screen, read out by screen readers through an aria-live region.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', id: 0 });
  const announce = useCallback(
    (text: string) => setMessage((old) => ({ text, id: old.id + 1 })),
    [],
  );

  useEffect(() => {
    if (!message.text) return;
    const timer = setTimeout(() => setMessage((old) => ({ ...old, text: '' })), 8000);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="status-bar" role="status" aria-live="polite">
        {message.text && <p key={message.id}>{message.text}</p>}
      </div>
    </AnnounceContext.Provider>
  );
}
