import { useState, type FormEvent } from 'react';
import { apiKey, errorText, signIn } from '../api';
import type { Me } from '../types';

interface Props {
  /** Why the person must sign in again (their key was refused), if that is why. */
  notice: string | null;
  onSignedIn: (me: Me) => Promise<void>;
}

/** Sign in with an API key; it is kept for this browser tab only (sessionStorage). */
export function SignInScreen({ notice, onSignedIn }: Props) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await signIn(key.trim());
      apiKey.set(key.trim());
      await onSignedIn(me);
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  }

  return (
    <main id="main" className="sign-in">
      <h1>Claims Ledger</h1>
      <p>Review the claims of your newsroom’s articles.</p>
      {notice && (
        <p className="stale" role="alert">
          {notice}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} className="card stack">
        <div className="field">
          <label htmlFor="api-key">API key</label>
          <input
            id="api-key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            autoFocus={notice !== null}
            required
            value={key}
            onChange={(event) => setKey(event.target.value)}
            aria-describedby="api-key-hint"
            aria-invalid={error !== null}
          />
          <p id="api-key-hint" className="hint">
            A key starting with <code>clk_</code>. <code>npm start</code> prints the demo members’
            keys. It is kept until you close this tab.
          </p>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
