// Every call the UI makes to the /v1 API, typed by the OpenAPI document's generated
// schema (paths, parameters, bodies, answers). The screens read them through the
// query hooks of queries.ts and write through those of mutations.ts.
import {
  allPages,
  answerOf,
  client,
  dataOf,
  versionedOf,
  versionedWrite,
  withKey,
  withoutEmpty,
  type Versioned,
} from './http';
import type {
  Claim,
  ClaimAnchor,
  ClaimCorrection,
  ClaimStatus,
  DocumentDetail,
  ExportFilters,
  Flag,
  FlagStatus,
  NewClaim,
  NewDocument,
  NewEvidence,
  NewRelation,
  ReasonCode,
  Severity,
  TransitionTarget,
} from './types';

export {
  apiKey,
  ApiError,
  errorText,
  setUnauthorizedHandler,
  StaleError,
  type Versioned,
} from './http';

const PAGE = 200;
const byId = (id: string) => ({ params: { path: { id } } });

// Members

/** Checks a key before it is kept: answers who it belongs to, or throws 401. */
export const signIn = async (key: string) =>
  (await answerOf(client.GET('/v1/me', { headers: withKey(key) }), { checkingKey: true })).data;
export const getMe = () => dataOf(client.GET('/v1/me'));
export const getMembers = () => dataOf(client.GET('/v1/members'));

// Documents

export const listDocuments = (query: { q?: string; cursor?: string; limit?: number }) =>
  dataOf(client.GET('/v1/documents', { params: { query: withoutEmpty(query) } }));
export const getDocument = async (id: string) =>
  withAllClaims(await dataOf(client.GET('/v1/documents/{id}', byId(id))));

/** Ingests an article; `created` is false when the same text was already there. */
export async function createDocument(
  document: NewDocument,
): Promise<{ document: DocumentDetail; created: boolean }> {
  const { data, response } = await answerOf(client.POST('/v1/documents', { body: document }));
  return { document: await withAllClaims(data), created: response.status === 201 };
}

/** The document view with the claims after its first page: the article screen marks them all. */
async function withAllClaims(document: DocumentDetail): Promise<DocumentDetail> {
  const claims = [...document.claims];
  let cursor = document.claimsNextCursor ?? undefined;
  while (cursor) {
    const page = await dataOf(
      client.GET('/v1/documents/{id}/claims', {
        params: { path: { id: document.id }, query: { limit: PAGE, cursor } },
      }),
    );
    claims.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  }
  return { ...document, claims, claimsNextCursor: null };
}

// Versions of a document: a corrected article is its next version

export const listVersions = async (documentId: string) =>
  (await dataOf(client.GET('/v1/documents/{id}/versions', byId(documentId)))).items;
export const getVersion = (documentId: string, number: number) =>
  dataOf(
    client.GET('/v1/documents/{id}/versions/{number}', {
      params: { path: { id: documentId, number } },
    }),
  );
export const diffVersions = (documentId: string, from: number, to: number) =>
  dataOf(
    client.GET('/v1/documents/{id}/versions/{from}/diff/{to}', {
      params: { path: { id: documentId, from, to } },
    }),
  );

/**
 * A corrected text of the document as it was read: sent with its ETag, which names its
 * current version (`"v2"`), refused with 412 when someone submitted a version since.
 * `created` is false when the text is the current version's.
 */
export async function createVersion(document: DocumentDetail, text: string) {
  const { data, response } = await answerOf(
    client.POST('/v1/documents/{id}/versions', {
      params: {
        path: { id: document.id },
        header: { 'If-Match': `"v${document.version.number}"` },
      },
      body: { text },
    }),
  );
  return { version: data, created: response.status === 201 };
}

/** The document's ClaimReview JSON-LD (one review per claim with a verdict), as published. */
export const getClaimReviews = (documentId: string) =>
  dataOf(client.GET('/v1/documents/{id}/claimreview', byId(documentId)));

// Claims

export const listClaims = (query: {
  assignee?: string;
  status?: ClaimStatus;
  documentId?: string;
  cursor?: string;
}) => dataOf(client.GET('/v1/claims', { params: { query: withoutEmpty(query) } }));
export const getClaim = (id: string) => versionedOf(client.GET('/v1/claims/{id}', byId(id)));
export const createClaim = (documentId: string, claim: NewClaim) =>
  dataOf(client.POST('/v1/documents/{id}/claims', { ...byId(documentId), body: claim }));
export const getClaimHistory = (id: string) =>
  allPages((cursor) =>
    dataOf(
      client.GET('/v1/claims/{id}/history', {
        params: { path: { id }, query: { limit: PAGE, cursor } },
      }),
    ),
  );

export const addRelation = (claimId: string, relation: NewRelation) =>
  dataOf(client.POST('/v1/claims/{id}/relations', { ...byId(claimId), body: relation }));
export const removeRelation = (claimId: string, relationId: string) =>
  dataOf(
    client.DELETE('/v1/claims/{id}/relations/{relationId}', {
      params: { path: { id: claimId, relationId } },
    }),
  );

/** The claim's writes: each with the ETag it was read at, refused (StaleError) if it changed. */
const claimWrite = (claim: Versioned<Claim>) => ({
  params: { path: { id: claim.data.id }, header: { 'If-Match': claim.etag } },
});

export const correctClaim = (claim: Versioned<Claim>, correction: ClaimCorrection) =>
  versionedWrite(client.PATCH('/v1/claims/{id}', { ...claimWrite(claim), body: correction }), () =>
    getClaim(claim.data.id),
  );

export const transitionClaim = (
  claim: Versioned<Claim>,
  change: { to: TransitionTarget; reason?: ReasonCode; note?: string },
) =>
  versionedWrite(
    client.POST('/v1/claims/{id}/transitions', { ...claimWrite(claim), body: change }),
    () => getClaim(claim.data.id),
  );

export const assignClaim = (claim: Versioned<Claim>, assigneeId: string | null) =>
  versionedWrite(
    client.PUT('/v1/claims/{id}/assignee', { ...claimWrite(claim), body: { assigneeId } }),
    () => getClaim(claim.data.id),
  );

/** A claim that needs an anchor: its words in the current text, or no longer in the text. */
export const anchorClaim = (claim: Versioned<Claim>, anchor: ClaimAnchor) =>
  versionedWrite(
    client.POST('/v1/claims/{id}/anchor', { ...claimWrite(claim), body: anchor }),
    () => getClaim(claim.data.id),
  );

export const getEvidence = (claimId: string) =>
  allPages((cursor) =>
    dataOf(
      client.GET('/v1/claims/{id}/evidence', {
        params: { path: { id: claimId }, query: { limit: PAGE, cursor } },
      }),
    ),
  );
export const addEvidence = (claimId: string, evidence: NewEvidence) =>
  dataOf(client.POST('/v1/claims/{id}/evidence', { ...byId(claimId), body: evidence }));

// Comments, on a claim or on a flag

export type CommentTarget = { type: 'claims' | 'flags'; id: string };

export const getComments = (target: CommentTarget) =>
  allPages((cursor) => {
    const request = { params: { path: { id: target.id }, query: { limit: PAGE, cursor } } };
    return dataOf(
      target.type === 'claims'
        ? client.GET('/v1/claims/{id}/comments', request)
        : client.GET('/v1/flags/{id}/comments', request),
    );
  });
export const addComment = (target: CommentTarget, body: string) => {
  const request = { ...byId(target.id), body: { body } };
  return dataOf(
    target.type === 'claims'
      ? client.POST('/v1/claims/{id}/comments', request)
      : client.POST('/v1/flags/{id}/comments', request),
  );
};

// Flags

export const listFlags = (query: {
  status?: FlagStatus;
  severity?: Severity;
  rule?: string;
  documentId?: string;
  cursor?: string;
}) => dataOf(client.GET('/v1/flags', { params: { query: withoutEmpty(query) } }));
export const getFlag = (id: string) => versionedOf(client.GET('/v1/flags/{id}', byId(id)));

export const decideFlag = (
  flag: Versioned<Flag>,
  decision: 'resolve' | 'dismiss',
  body: { reason?: ReasonCode; note?: string },
) => {
  const request = {
    params: { path: { id: flag.data.id }, header: { 'If-Match': flag.etag } },
    body,
  };
  return versionedWrite(
    decision === 'resolve'
      ? client.POST('/v1/flags/{id}/resolve', request)
      : client.POST('/v1/flags/{id}/dismiss', request),
    () => getFlag(flag.data.id),
  );
};

// Ledger

export const getLedgerHead = () => dataOf(client.GET('/v1/ledger/head'));
export const listLedgerEvents = (filters: ExportFilters & { cursor?: string }) =>
  dataOf(
    client.GET('/v1/ledger/events', { params: { query: withoutEmpty({ limit: 50, ...filters }) } }),
  );
export const getLedgerPublicKey = () => dataOf(client.GET('/v1/ledger/public-key'));

/** Downloads the review history (the request needs the key, so it is fetched, then saved). */
export async function exportLedger(
  format: 'ndjson' | 'csv',
  filters: ExportFilters,
): Promise<{ blob: Blob; filename: string }> {
  // Spreadsheets (Excel) read the CSV's encoding from its byte order mark.
  const bom = format === 'csv' ? { bom: 'true' as const } : {};
  const { data, response } = await answerOf(
    client.GET('/v1/ledger/export', {
      params: { query: withoutEmpty({ format, ...filters, ...bom }) },
      parseAs: 'blob',
    }),
  );
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `ledger.${format}`;
  // openapi-fetch answers no data for an empty body (an export that matched nothing).
  return { blob: data ?? new Blob([]), filename };
}
