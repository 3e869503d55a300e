// Hash routes (#/documents/<id>?claim=<id>&flag=<id>): the server serves only / and /assets/*.
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'documents' }
  | { screen: 'document'; id: string; claimId: string | null; flagId: string | null }
  | { screen: 'queue' }
  | { screen: 'audit' };

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(search);
  if (parts[0] === 'documents' && parts[1]) {
    return {
      screen: 'document',
      id: parts[1],
      claimId: params.get('claim'),
      flagId: params.get('flag'),
    };
  }
  if (parts[0] === 'queue') return { screen: 'queue' };
  if (parts[0] === 'audit') return { screen: 'audit' };
  return { screen: 'documents' };
}

export const documentsHref = '#/documents';
export const queueHref = '#/queue';
export const auditHref = '#/audit';

/** An article, with a claim opened and a flag's spans highlighted, when given. */
export function documentHref(
  id: string,
  selection: { claim?: string | null; flag?: string | null } = {},
): string {
  const params = new URLSearchParams();
  if (selection.claim) params.set('claim', selection.claim);
  if (selection.flag) params.set('flag', selection.flag);
  const search = params.toString();
  return `#/documents/${id}${search ? `?${search}` : ''}`;
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
