/**
 * A client as an integrator writes it: types generated from the served
 * OpenAPI document by openapi-typescript (the module `generated-openapi-schema`,
 * written by test/openapi-client.e2e-spec.ts) and calls made with openapi-fetch.
 * It calls every route of the API once; the spec type-checks this file against
 * the generated types and runs it against a live server.
 */
import createClient from 'openapi-fetch';
import type { paths } from 'generated-openapi-schema';

export interface RoleKeys {
  reporter: string;
  editor: string;
  auditor: string;
}

/** Which operations `callEveryRoute` made, as `METHOD /path`. */
export type CalledRoutes = Set<string>;

function clientFor(baseUrl: string, apiKey?: string) {
  return createClient<paths>({
    baseUrl,
    headers: apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` },
  });
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an answer with the status expected, or an error naming the call and what came back. */
function expectStatus<T>(call: string, answer: Answer<T>, status: number): T {
  if (answer.response.status !== status)
    throw new Error(
      `${call}: ${answer.response.status} (expected ${status}) ${JSON.stringify(answer.error ?? answer.data)}`,
    );
  return answer.data as T;
}

function etagOf(answer: { response: Response }): string {
  const etag = answer.response.headers.get('etag');
  if (etag === null) throw new Error(`no ETag on ${answer.response.url}`);
  return etag;
}

export async function callEveryRoute(
  baseUrl: string,
  keys: RoleKeys,
  article: { title: string; text: string; figure: string },
): Promise<CalledRoutes> {
  const called: CalledRoutes = new Set();
  const anyone = clientFor(baseUrl);
  const reporter = clientFor(baseUrl, keys.reporter);
  const editor = clientFor(baseUrl, keys.editor);
  const auditor = clientFor(baseUrl, keys.auditor);
  const track = <T>(route: string, status: number, answer: Answer<T>): T => {
    called.add(route);
    return expectStatus(route, answer, status);
  };

  track('GET /health', 200, await anyone.GET('/health'));
  track('GET /health/live', 200, await anyone.GET('/health/live'));
  track('GET /health/ready', 200, await anyone.GET('/health/ready'));
  const me = track('GET /v1/me', 200, await editor.GET('/v1/me'));
  track('GET /v1/members', 200, await editor.GET('/v1/members'));

  const document = track(
    'POST /v1/documents',
    201,
    await reporter.POST('/v1/documents', { body: { title: article.title, text: article.text } }),
  );
  const documentPath = { path: { id: document.id } };
  track(
    'GET /v1/documents',
    200,
    await reporter.GET('/v1/documents', { params: { query: { limit: 10 } } }),
  );
  track(
    'GET /v1/documents/{id}',
    200,
    await reporter.GET('/v1/documents/{id}', { params: documentPath }),
  );
  const claimPage = track(
    'GET /v1/documents/{id}/claims',
    200,
    await reporter.GET('/v1/documents/{id}/claims', {
      params: { ...documentPath, query: { limit: 50 } },
    }),
  );

  const start = [...article.text.slice(0, article.text.indexOf(article.figure))].length;
  const manual = track(
    'POST /v1/documents/{id}/claims',
    201,
    await editor.POST('/v1/documents/{id}/claims', {
      params: documentPath,
      body: {
        kind: 'numeric',
        start,
        end: start + [...article.figure].length,
        exact: article.figure,
        value: 2027,
        unit: null,
      },
    }),
  );
  const claimPath = { path: { id: manual.id } };
  track(
    'GET /v1/claims',
    200,
    await editor.GET('/v1/claims', { params: { query: { documentId: document.id, limit: 50 } } }),
  );
  const read = await editor.GET('/v1/claims/{id}', { params: claimPath });
  track('GET /v1/claims/{id}', 200, read);
  const corrected = await editor.PATCH('/v1/claims/{id}', {
    params: { ...claimPath, header: { 'If-Match': etagOf(read) } },
    body: { value: 2026, unit: 'year', subject: null },
  });
  track('PATCH /v1/claims/{id}', 200, corrected);
  track(
    'GET /v1/claims/{id}/history',
    200,
    await editor.GET('/v1/claims/{id}/history', { params: claimPath }),
  );

  const other = claimPage.items.find((claim) => claim.kind === 'numeric' && claim.id !== manual.id);
  if (other === undefined) throw new Error('the article has no extracted figure');
  const relation = track(
    'POST /v1/claims/{id}/relations',
    201,
    await editor.POST('/v1/claims/{id}/relations', {
      params: claimPath,
      body: { type: 'same-quantity', claims: [manual.id, other.id] },
    }),
  );
  track(
    'DELETE /v1/claims/{id}/relations/{relationId}',
    204,
    await editor.DELETE('/v1/claims/{id}/relations/{relationId}', {
      params: { path: { id: manual.id, relationId: relation.id } },
    }),
  );

  const flags = track(
    'POST /v1/documents/{id}/checks',
    200,
    await editor.POST('/v1/documents/{id}/checks', { params: documentPath }),
  );
  track(
    'GET /v1/flags',
    200,
    await editor.GET('/v1/flags', {
      params: { query: { documentId: document.id, status: 'open' } },
    }),
  );
  const [toResolve, toDismiss] = flags.filter((flag) => flag.status === 'open');
  if (toResolve === undefined || toDismiss === undefined)
    throw new Error(`the article needs two open flags, it has ${flags.length}`);
  const flagRead = await editor.GET('/v1/flags/{id}', { params: { path: { id: toResolve.id } } });
  track('GET /v1/flags/{id}', 200, flagRead);
  track(
    'POST /v1/flags/{id}/comments',
    201,
    await reporter.POST('/v1/flags/{id}/comments', {
      params: { path: { id: toResolve.id } },
      body: { body: 'The total includes two MOUs signed the day before.' },
    }),
  );
  track(
    'GET /v1/flags/{id}/comments',
    200,
    await reporter.GET('/v1/flags/{id}/comments', { params: { path: { id: toResolve.id } } }),
  );
  track(
    'POST /v1/flags/{id}/resolve',
    200,
    await editor.POST('/v1/flags/{id}/resolve', {
      params: { path: { id: toResolve.id }, header: { 'If-Match': etagOf(flagRead) } },
      body: { reason: 'source-error', note: 'Corrected with the desk.' },
    }),
  );
  track(
    'POST /v1/flags/{id}/dismiss',
    200,
    await editor.POST('/v1/flags/{id}/dismiss', {
      params: { path: { id: toDismiss.id }, header: { 'If-Match': `"v${toDismiss.version}"` } },
      body: { reason: 'extraction-error', note: 'Not a claim of the article.' },
    }),
  );

  const assigned = await editor.PUT('/v1/claims/{id}/assignee', {
    params: { ...claimPath, header: { 'If-Match': etagOf(corrected) } },
    body: { assigneeId: me.userId ?? null },
  });
  track('PUT /v1/claims/{id}/assignee', 200, assigned);
  const inReview = await editor.POST('/v1/claims/{id}/transitions', {
    params: { ...claimPath, header: { 'If-Match': etagOf(assigned) } },
    body: { to: 'in_review' },
  });
  track('POST /v1/claims/{id}/transitions', 200, inReview);

  const comment = track(
    'POST /v1/claims/{id}/comments',
    201,
    await reporter.POST('/v1/claims/{id}/comments', {
      params: claimPath,
      body: { body: 'Checked against the ministry list.' },
    }),
  );
  track(
    'GET /v1/comments/{id}',
    200,
    await auditor.GET('/v1/comments/{id}', { params: { path: { id: comment.id } } }),
  );
  track(
    'GET /v1/claims/{id}/comments',
    200,
    await reporter.GET('/v1/claims/{id}/comments', { params: claimPath }),
  );
  const evidence = track(
    'POST /v1/claims/{id}/evidence',
    201,
    await reporter.POST('/v1/claims/{id}/evidence', {
      params: claimPath,
      body: {
        url: 'https://example.org/list',
        note: 'The ministry lists them.',
        stance: 'supports',
      },
    }),
  );
  track(
    'GET /v1/evidence/{id}',
    200,
    await auditor.GET('/v1/evidence/{id}', { params: { path: { id: evidence.id } } }),
  );
  track(
    'GET /v1/claims/{id}/evidence',
    200,
    await reporter.GET('/v1/claims/{id}/evidence', { params: claimPath }),
  );
  track(
    'GET /v1/documents/{id}/claimreview',
    200,
    await auditor.GET('/v1/documents/{id}/claimreview', { params: documentPath }),
  );

  // A corrected text without the manual claim's figure: a new version, and the claim needs an anchor.
  const current = await reporter.GET('/v1/documents/{id}', { params: documentPath });
  const version = track(
    'POST /v1/documents/{id}/versions',
    201,
    await reporter.POST('/v1/documents/{id}/versions', {
      params: { ...documentPath, header: { 'If-Match': etagOf(current) } },
      body: { text: article.text.replace(article.figure, 'soon') },
    }),
  );
  track(
    'GET /v1/documents/{id}/versions',
    200,
    await auditor.GET('/v1/documents/{id}/versions', { params: documentPath }),
  );
  track(
    'GET /v1/documents/{id}/versions/{number}',
    200,
    await auditor.GET('/v1/documents/{id}/versions/{number}', {
      params: { path: { id: document.id, number: version.number } },
    }),
  );
  track(
    'GET /v1/documents/{id}/versions/{from}/diff/{to}',
    200,
    await auditor.GET('/v1/documents/{id}/versions/{from}/diff/{to}', {
      params: { path: { id: document.id, from: 1, to: version.number } },
    }),
  );
  const unanchored = await editor.GET('/v1/claims/{id}', { params: claimPath });
  track(
    'POST /v1/claims/{id}/anchor',
    200,
    await editor.POST('/v1/claims/{id}/anchor', {
      params: { ...claimPath, header: { 'If-Match': etagOf(unanchored) } },
      body: { noLongerInText: true, note: 'The correction dropped the date.' },
    }),
  );

  track('GET /v1/ledger/head', 200, await auditor.GET('/v1/ledger/head'));
  track(
    'GET /v1/ledger/events',
    200,
    await auditor.GET('/v1/ledger/events', { params: { query: { limit: 20 } } }),
  );
  track('GET /v1/ledger/public-key', 200, await auditor.GET('/v1/ledger/public-key'));
  track(
    'GET /v1/ledger/export',
    200,
    await auditor.GET('/v1/ledger/export', {
      params: { query: { format: 'ndjson' } },
      parseAs: 'text',
    }),
  );
  return called;
}
