// Hash routes (#/documents/<id>?claim=<id>&flag=<id>&version=<n>, #/documents/<id>/diff?from=<n>&to=<n>):
// the server serves only / and /assets/*.
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'documents' }
  | {
      screen: 'document';
      id: string;
      claimId: string | null;
      flagId: string | null;
      /** An earlier version's text, shown read-only; null for the current one. */
      version: number | null;
    }
  | { screen: 'diff'; id: string; from: number | null; to: number | null }
  | { screen: 'queue' }
  | { screen: 'audit' };

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(search);
  if (parts[0] === 'documents' && parts[1] && parts[2] === 'diff') {
    return {
      screen: 'diff',
      id: parts[1],
      from: versionNumber(params.get('from')),
      to: versionNumber(params.get('to')),
    };
  }
  if (parts[0] === 'documents' && parts[1]) {
    return {
      screen: 'document',
      id: parts[1],
      claimId: params.get('claim'),
      flagId: params.get('flag'),
      version: versionNumber(params.get('version')),
    };
  }
  if (parts[0] === 'queue') return { screen: 'queue' };
  if (parts[0] === 'audit') return { screen: 'audit' };
  return { screen: 'documents' };
}

/** A version number (1, 2, ...) from the URL, or null. */
function versionNumber(text: string | null): number | null {
  return text !== null && /^[1-9]\d{0,6}$/.test(text) ? Number(text) : null;
}

export const documentsHref = '#/documents';
export const queueHref = '#/queue';
export const auditHref = '#/audit';

/**
 * An article, with a claim opened and a flag's spans highlighted, when given; or an
 * earlier version of its text (`version`).
 */
export function documentHref(
  id: string,
  selection: { claim?: string | null; flag?: string | null; version?: number | null } = {},
): string {
  const params = new URLSearchParams();
  if (selection.claim) params.set('claim', selection.claim);
  if (selection.flag) params.set('flag', selection.flag);
  if (selection.version) params.set('version', String(selection.version));
  const search = params.toString();
  return `#/documents/${id}${search ? `?${search}` : ''}`;
}

/** What changed from one version of an article to a later one (by default, the last change). */
export function diffHref(id: string, versions: { from?: number; to?: number } = {}): string {
  const params = new URLSearchParams();
  if (versions.from) params.set('from', String(versions.from));
  if (versions.to) params.set('to', String(versions.to));
  const search = params.toString();
  return `#/documents/${id}/diff${search ? `?${search}` : ''}`;
}

export function navigate(href: string): void {
  window.location.hash = href;
}

/** The current route, updated when the hash changes (links, back and forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
