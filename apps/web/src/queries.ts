// What the screens read, through TanStack Query: one key per resource, so that a write
// marks exactly what it changed as stale (mutations.ts), and what two screens read is
// read once.
import { useInfiniteQuery, useQuery, type QueryKey } from '@tanstack/react-query';
import {
  diffVersions,
  getClaim,
  getClaimHistory,
  getClaimReviews,
  getComments,
  getDocument,
  getEvidence,
  getFlag,
  getLedgerHead,
  getVersion,
  listClaims,
  listDocuments,
  listFlags,
  listLedgerEvents,
  listVersions,
  type CommentTarget,
} from './api';
import { errorText, type Page } from './http';
import type { ClaimStatus, ExportFilters, FlagStatus, Severity } from './types';

export interface ClaimFilters {
  assignee?: string;
  status?: ClaimStatus;
  documentId?: string;
}
export interface FlagFilters {
  status?: FlagStatus;
  severity?: Severity;
  rule?: string;
  documentId?: string;
}

/** The query keys: a resource's key begins with its type and id, a list's with its name. */
export const keys = {
  documents: (filters: { q?: string; limit?: number }) => ['documents', filters] as const,
  document: (id: string) => ['document', id] as const,
  claimReviews: (documentId: string) => ['document', documentId, 'claimreview'] as const,
  versions: (documentId: string) => ['document', documentId, 'versions'] as const,
  version: (documentId: string, number: number) =>
    ['document', documentId, 'versions', number] as const,
  versionDiff: (documentId: string, from: number, to: number) =>
    ['document', documentId, 'diff', from, to] as const,
  claims: (filters: ClaimFilters) => ['claims', filters] as const,
  claim: (id: string) => ['claim', id] as const,
  claimHistory: (id: string) => ['claim', id, 'history'] as const,
  evidence: (claimId: string) => ['claim', claimId, 'evidence'] as const,
  comments: (target: CommentTarget) =>
    [target.type === 'claims' ? 'claim' : 'flag', target.id, 'comments'] as const,
  flags: (filters: FlagFilters) => ['flags', filters] as const,
  flag: (id: string) => ['flag', id] as const,
  ledgerHead: ['ledger', 'head'] as const,
  ledgerEvents: (filters: ExportFilters) => ['ledger', 'events', filters] as const,
};

/** A query's failure in words, or null. */
export const errorOf = (query: { error: unknown }): string | null =>
  query.error ? errorText(query.error) : null;

// Single resources

export const useDocument = (id: string) =>
  useQuery({ queryKey: keys.document(id), queryFn: () => getDocument(id) });

/** The document's versions, oldest first, each with what it did to the one before; read once asked for. */
export const useVersions = (documentId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.versions(documentId),
    queryFn: () => listVersions(documentId),
    enabled,
  });

/** One version's text: it never changes once written (`number` null: none is read). */
export const useVersion = (documentId: string, number: number | null) =>
  useQuery({
    queryKey: keys.version(documentId, number ?? 0),
    queryFn: () => getVersion(documentId, number ?? 0),
    enabled: number !== null,
    staleTime: Infinity,
  });

/** From one version to a later one: what the revisions did, as they were stored. */
export const useVersionDiff = (documentId: string, from: number | null, to: number | null) =>
  useQuery({
    queryKey: keys.versionDiff(documentId, from ?? 0, to ?? 0),
    queryFn: () => diffVersions(documentId, from ?? 0, to ?? 0),
    enabled: from !== null && to !== null,
    staleTime: Infinity,
  });

/**
 * A claim or flag with its ETag, read again each time it opens: its forms write with
 * that ETag, and appear once it answered (useVersionedWrite).
 */
export const useClaim = (id: string) =>
  useQuery({ queryKey: keys.claim(id), queryFn: () => getClaim(id), refetchOnMount: 'always' });
export const useFlag = (id: string) =>
  useQuery({ queryKey: keys.flag(id), queryFn: () => getFlag(id), refetchOnMount: 'always' });

export const useClaimHistory = (id: string) =>
  useQuery({ queryKey: keys.claimHistory(id), queryFn: () => getClaimHistory(id) });
export const useEvidence = (claimId: string) =>
  useQuery({ queryKey: keys.evidence(claimId), queryFn: () => getEvidence(claimId) });
export const useComments = (target: CommentTarget) =>
  useQuery({ queryKey: keys.comments(target), queryFn: () => getComments(target) });

/** The document's published ClaimReviews, read once asked for (`enabled`). */
export const useClaimReviews = (documentId: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.claimReviews(documentId),
    queryFn: () => getClaimReviews(documentId),
    enabled,
  });

/** The head of the hash chain: read again each time the audit screen opens. */
export const useLedgerHead = () =>
  useQuery({ queryKey: keys.ledgerHead, queryFn: getLedgerHead, refetchOnMount: 'always' });

/** The latest 100 articles, which name the rows and fill the article filters. */
export const useLatestDocuments = () =>
  useQuery({
    queryKey: keys.documents({ limit: 100 }),
    queryFn: () => listDocuments({ limit: 100 }),
  });

// Paged lists: the first page, then more on demand

export interface PagedList<T> {
  /** Null until the first page answers. */
  items: T[] | null;
  error: string | null;
  /** Loads the next page; null when there is none. */
  more: (() => void) | null;
}

/** A cursor-paginated list (`{items, nextCursor}`) as an infinite query. */
function usePagedList<T>(
  queryKey: QueryKey,
  load: (cursor: string | undefined) => Promise<Page<T>>,
): PagedList<T> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => load(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return {
    items: query.data?.pages.flatMap((page) => page.items) ?? null,
    error: errorOf(query),
    // Pressed again while a page loads, it waits for that page.
    more: query.hasNextPage ? () => void query.fetchNextPage({ cancelRefetch: false }) : null,
  };
}

export const useDocumentList = (q: string) =>
  usePagedList(keys.documents({ q }), (cursor) => listDocuments({ q, cursor }));

export const useClaimList = (filters: ClaimFilters) =>
  usePagedList(keys.claims(filters), (cursor) => listClaims({ ...filters, cursor }));

export const useFlagList = (filters: FlagFilters) =>
  usePagedList(keys.flags(filters), (cursor) => listFlags({ ...filters, cursor }));

export const useLedgerEvents = (filters: ExportFilters) =>
  usePagedList(keys.ledgerEvents(filters), (cursor) => listLedgerEvents({ ...filters, cursor }));
