// The one place that talks HTTP to the /v1 API: the API key, problem JSON
// (RFC 9457), ETags (If-Match on every write) and stale writes (412).
import type {
  Relation,
  Claim,
  ClaimCorrection,
  ClaimStatus,
  Comment,
  DocumentDetail,
  DocumentSummary,
  Evidence,
  ExportFilters,
  Flag,
  FlagStatus,
  HistoryEntry,
  LedgerHead,
  Me,
  Member,
  NewDocument,
  Page,
  ReasonCode,
  Severity,
  Stance,
  TransitionTarget,
} from './types';

const KEY_STORAGE = 'claims-ledger.api-key';

/** The API key lives in sessionStorage: it is gone when the browser tab closes. */
export const apiKey = {
  get: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  set: (key: string): void => sessionStorage.setItem(KEY_STORAGE, key),
  clear: (): void => sessionStorage.removeItem(KEY_STORAGE),
};

/**
 * A refused request, with the problem's `detail` as its message: it says why, and for
 * a 400 names each invalid field ("title: title should not be empty; text: ...").
 */
class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What went wrong, in words, for the user. */
export function errorText(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

/**
 * A write refused with 412: someone else changed the resource since it was read.
 * Nothing was changed; `current` is the resource as it is now.
 */
export class StaleError<T> extends ApiError {
  constructor(readonly current: Versioned<T>) {
    super(
      412,
      'Someone else changed this while you had it open. It now shows their change: check it and try again.',
    );
  }
}

/** A claim or flag with the ETag of the version it was read at. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

let onUnauthorized: () => void = () => undefined;

/** What to do when the key is refused (401): the app asks to sign in again, keeping the drafts. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

interface RequestOptions {
  body?: unknown;
  ifMatch?: string;
  key?: string;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  const key = options.key ?? apiKey.get();
  if (key) headers.Authorization = `Bearer ${key}`;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(
      0,
      'The server cannot be reached: check that it is running, then try again.',
    );
  }
  if (response.ok) return response;
  if (response.status === 401 && !options.key) onUnauthorized();
  throw await problemOf(response);
}

async function problemOf(response: Response): Promise<ApiError> {
  // The API tells a program how to authenticate; a person needs to know what to do.
  if (response.status === 401)
    return new ApiError(401, 'This API key is not accepted: it is unknown, or it was revoked.');
  try {
    const problem = (await response.json()) as { detail?: string; title?: string };
    return new ApiError(response.status, problem.detail ?? problem.title ?? response.statusText);
  } catch {
    return new ApiError(
      response.status,
      `The server answered ${response.status} ${response.statusText}`,
    );
  }
}

async function json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  return (await (await send(method, path, options)).json()) as T;
}

async function versioned<T>(
  method: string,
  path: string,
  options?: RequestOptions,
): Promise<Versioned<T>> {
  const response = await send(method, path, options);
  return { data: (await response.json()) as T, etag: response.headers.get('ETag') ?? '' };
}

/**
 * A write to a versioned resource (at `resource`, or at `resource + action`) with the
 * ETag it was read at. On 412 it reads the resource again and throws StaleError with it.
 */
async function write<T>(
  method: string,
  resource: string,
  action: string,
  etag: string,
  body: unknown,
): Promise<Versioned<T>> {
  try {
    return await versioned<T>(method, resource + action, { body, ifMatch: etag });
  } catch (error) {
    if (error instanceof ApiError && error.status === 412)
      throw new StaleError(await versioned<T>('GET', resource));
    throw error;
  }
}

/** Every item of a paged list, oldest first: the lists a claim's panel shows whole are short. */
async function allPages<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await json<Page<T>>('GET', `${path}${query({ limit: 200, cursor })}`);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

// Members

/** Checks a key before it is kept: answers who it belongs to, or throws 401. */
export const signIn = (key: string) => json<Me>('GET', '/me', { key });
export const getMe = () => json<Me>('GET', '/me');
export const getMembers = () => json<Member[]>('GET', '/members');

// Documents

export const listDocuments = (params: { q?: string; cursor?: string; limit?: number }) =>
  json<Page<DocumentSummary>>('GET', `/documents${query(params)}`);
export const getDocument = async (id: string) =>
  withAllClaims(await json<DocumentDetail>('GET', `/documents/${id}`));

/** Ingests an article; `created` is false when the same text was already there. */
export async function createDocument(
  document: NewDocument,
): Promise<{ document: DocumentDetail; created: boolean }> {
  const response = await send('POST', '/documents', { body: document });
  return {
    document: await withAllClaims((await response.json()) as DocumentDetail),
    created: response.status === 201,
  };
}

/** The document view with the claims after its first page: the article screen marks them all. */
async function withAllClaims(document: DocumentDetail): Promise<DocumentDetail> {
  const claims = [...document.claims];
  let cursor = document.claimsNextCursor ?? undefined;
  while (cursor) {
    const page = await json<Page<Claim>>(
      'GET',
      `/documents/${document.id}/claims${query({ limit: 200, cursor })}`,
    );
    claims.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  }
  return { ...document, claims, claimsNextCursor: null };
}

// Claims

export const listClaims = (params: {
  assignee?: string;
  status?: ClaimStatus | '';
  documentId?: string;
  cursor?: string;
}) => json<Page<Claim>>('GET', `/claims${query(params)}`);
export const getClaim = (id: string) => versioned<Claim>('GET', `/claims/${id}`);

/** A relation a person links: this claim as the total of parts, or the same quantity as others. */
export type NewRelation =
  | { type: 'parts-of-total'; total: string; parts: string[] }
  | { type: 'same-quantity'; claims: string[] };
export const addRelation = (claimId: string, relation: NewRelation) =>
  json<Relation>('POST', `/claims/${claimId}/relations`, { body: relation });
export const removeRelation = (claimId: string, relationId: string) =>
  send('DELETE', `/claims/${claimId}/relations/${relationId}`);

/** A claim the extractor missed, at a span of the text (code points) that must hold `exact`. */
export interface NewClaim {
  kind: 'numeric' | 'quote';
  start: number;
  end: number;
  exact: string;
  value?: number | null;
  unit?: string | null;
  speaker?: string | null;
}
export const createClaim = (documentId: string, claim: NewClaim) =>
  json<Claim>('POST', `/documents/${documentId}/claims`, { body: claim });
export const getClaimHistory = (id: string) => allPages<HistoryEntry>(`/claims/${id}/history`);

export const correctClaim = (claim: Versioned<Claim>, correction: ClaimCorrection) =>
  write<Claim>('PATCH', `/claims/${claim.data.id}`, '', claim.etag, correction);

export const transitionClaim = (
  claim: Versioned<Claim>,
  change: { to: TransitionTarget; reason?: ReasonCode; note?: string },
) => write<Claim>('POST', `/claims/${claim.data.id}`, '/transitions', claim.etag, change);

export const assignClaim = (claim: Versioned<Claim>, assigneeId: string | null) =>
  write<Claim>('PUT', `/claims/${claim.data.id}`, '/assignee', claim.etag, { assigneeId });

export const getEvidence = (claimId: string) => allPages<Evidence>(`/claims/${claimId}/evidence`);
export const addEvidence = (
  claimId: string,
  evidence: { url?: string; note: string; stance: Stance },
) => json<Evidence>('POST', `/claims/${claimId}/evidence`, { body: evidence });

// Comments, on a claim or on a flag

export type CommentTarget = { type: 'claims' | 'flags'; id: string };

export const getComments = (target: CommentTarget) =>
  allPages<Comment>(`/${target.type}/${target.id}/comments`);
export const addComment = (target: CommentTarget, body: string) =>
  json<Comment>('POST', `/${target.type}/${target.id}/comments`, { body: { body } });

// Flags

export const listFlags = (params: {
  status?: FlagStatus;
  severity?: Severity;
  rule?: string;
  documentId?: string;
  cursor?: string;
}) => json<Page<Flag>>('GET', `/flags${query(params)}`);
export const getFlag = (id: string) => versioned<Flag>('GET', `/flags/${id}`);

export const decideFlag = (
  flag: Versioned<Flag>,
  decision: 'resolve' | 'dismiss',
  body: { reason?: ReasonCode; note?: string },
) => write<Flag>('POST', `/flags/${flag.data.id}`, `/${decision}`, flag.etag, body);

// Ledger

export const getLedgerHead = () => json<LedgerHead>('GET', '/ledger/head');

/** The document's ClaimReview JSON-LD (one review per claim with a verdict), as published. */
export const getClaimReviews = (documentId: string) =>
  json<Array<{ url: string } & Record<string, unknown>>>(
    'GET',
    `/documents/${documentId}/claimreview`,
  );
/** One event of the review history as the list gives it, with the document it is about. */
export interface LedgerEventItem {
  seq: number;
  at: string;
  actor: { id: string | null; role: string };
  action: string;
  subject: { type: string; id: string };
  documentId: string | null;
}
export const listLedgerEvents = (filters: ExportFilters & { cursor?: string }) =>
  json<Page<LedgerEventItem>>('GET', `/ledger/events${query({ limit: 50, ...filters })}`);
export const getLedgerPublicKey = () => json<{ publicKey: string }>('GET', '/ledger/public-key');

/** Downloads the review history (the request needs the key, so it is fetched, then saved). */
export async function exportLedger(
  format: 'ndjson' | 'csv',
  filters: ExportFilters,
): Promise<{ blob: Blob; filename: string }> {
  // Spreadsheets (Excel) read the CSV's encoding from its byte order mark.
  const bom = format === 'csv' ? { bom: 'true' } : {};
  const response = await send('GET', `/ledger/export${query({ format, ...filters, ...bom })}`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `ledger.${format}`;
  return { blob: await response.blob(), filename };
}
