import { auditHref, documentsHref, queueHref, type Route } from '../router';
import { useSession } from '../session';

const LINKS = [
  { href: documentsHref, label: 'Documents', screens: ['documents', 'document', 'diff'] },
  { href: queueHref, label: 'Queue', screens: ['queue'] },
  { href: auditHref, label: 'Audit', screens: ['audit'] },
];

export function Header({ route, onShowShortcuts }: { route: Route; onShowShortcuts: () => void }) {
  const { me, signOut } = useSession();
  return (
    <header className="app-header">
      <a className="brand" href={documentsHref}>
        Claims Ledger
      </a>
      <nav aria-label="Main">
        <ul>
          {LINKS.map((link) => (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={link.screens.includes(route.screen) ? 'page' : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="who">
        <span>
          {me.name} <span className="role">{me.role}</span>
          <span className="workspace"> · {me.workspace.name}</span>
        </span>
        <button
          type="button"
          className="shortcuts-button"
          onClick={onShowShortcuts}
          aria-keyshortcuts="?"
        >
          Shortcuts <kbd>?</kbd>
        </button>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
