import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { apiKey, getMe, getMembers, setUnauthorizedHandler } from './api';
import { AnnounceProvider } from './announce';
import { Header } from './components/Header';
import { ShortcutsHelp } from './components/ShortcutsHelp';
import { discardDrafts, hasDrafts } from './drafts';
import { useRoute } from './router';
import { AuditScreen } from './screens/AuditScreen';
import { DocumentScreen } from './screens/DocumentScreen';
import { DocumentsScreen } from './screens/DocumentsScreen';
import { QueueScreen } from './screens/QueueScreen';
import { SignInScreen } from './screens/SignInScreen';
import { VersionDiffScreen } from './screens/VersionDiffScreen';
import { createQueryClient } from './queryClient';
import { makeSession, SessionContext, type Session } from './session';
import type { Me } from './types';
import { useShortcuts } from './useShortcuts';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AnnounceProvider>
        <SignedInApp />
      </AnnounceProvider>
    </QueryClientProvider>
  );
}

function SignedInApp() {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(() => apiKey.get() !== null);
  // Why the sign-in screen shows again: the key was refused while in use.
  const [refused, setRefused] = useState<string | null>(null);

  /** Signing out is meant: the drafts go too. */
  const signOut = useCallback(() => {
    apiKey.clear();
    discardDrafts();
    setSession(null);
  }, []);

  const start = useCallback(
    async (me: Me) => {
      const members = await getMembers();
      // Nothing an earlier key read is shown to this one (it may be another workspace's).
      queryClient.clear();
      setSession(makeSession(me, members, signOut));
      setRefused(null);
    },
    [signOut, queryClient],
  );

  useEffect(() => {
    // A key revoked (or gone) while in use: sign in again, and what was typed waits in its form.
    setUnauthorizedHandler(() => {
      apiKey.clear();
      setSession(null);
      setRefused(
        `Your key was revoked or has expired. Sign in again${hasDrafts() ? '; your draft is kept' : ''}.`,
      );
    });
    if (apiKey.get() === null) return;
    getMe()
      .then(start)
      .catch(() => apiKey.clear())
      .finally(() => setChecking(false));
  }, [start]);

  if (checking) return <p className="loading">Loading…</p>;
  if (!session) return <SignInScreen notice={refused} onSignedIn={start} />;
  return (
    <SessionContext.Provider value={session}>
      <Workspace />
    </SessionContext.Provider>
  );
}

function Workspace() {
  const route = useRoute();
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcuts({ '?': () => setHelpOpen(true) });

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Header route={route} onShowShortcuts={() => setHelpOpen(true)} />
      <main id="main" tabIndex={-1}>
        {route.screen === 'documents' && <DocumentsScreen />}
        {route.screen === 'document' && (
          <DocumentScreen
            key={route.id}
            id={route.id}
            claimId={route.claimId}
            flagId={route.flagId}
            version={route.version}
          />
        )}
        {route.screen === 'diff' && (
          <VersionDiffScreen key={route.id} id={route.id} from={route.from} to={route.to} />
        )}
        {route.screen === 'queue' && <QueueScreen />}
        {route.screen === 'audit' && <AuditScreen />}
      </main>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}

/** The hash belongs to the router, so the skip link moves focus itself. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
