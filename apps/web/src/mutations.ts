// What the UI writes, through TanStack Query mutations (never retried), and what each
// write marks as stale: what is on screen is read again at once, the rest when it opens.
// A write whose form needs what it changed on screen first (a claim added, a relation)
// is done once that was read again; the others are done at once, and the screen catches up.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  addComment,
  addEvidence,
  addRelation,
  createClaim,
  createDocument,
  createVersion,
  removeRelation,
  type CommentTarget,
  type Versioned,
} from './api';
import { keys } from './queries';
import type {
  Claim,
  DocumentDetail,
  Flag,
  NewClaim,
  NewDocument,
  NewEvidence,
  NewRelation,
} from './types';

/** The lists of the documents and queue screens: a write may change any of their rows. */
const LISTS = [['documents'], ['claims'], ['flags']];

/** Marks each key stale, and every key under it (`['document', id]` takes its ClaimReviews too). */
function invalidate(queryClient: QueryClient, queryKeys: readonly (readonly unknown[])[]) {
  return Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Claims changed (a status, an assignee, a correction, or several at once): their
 * histories, their articles (the text's statuses, the flags, the ClaimReviews) and the
 * lists. The claims themselves came back with the write. Answers once the histories
 * were read again; the articles and the lists follow.
 */
export function claimsChanged(
  queryClient: QueryClient,
  claims: Pick<Claim, 'id' | 'documentId'>[],
): Promise<unknown> {
  const documentIds = new Set(claims.map((claim) => claim.documentId));
  void invalidate(queryClient, [...[...documentIds].map((id) => keys.document(id)), ...LISTS]);
  return invalidate(
    queryClient,
    claims.map((claim) => keys.claimHistory(claim.id)),
  );
}

/** A flag decided: its article, the lists, and the claims it names (their flags' states). */
export function flagChanged(queryClient: QueryClient, flag: Flag): Promise<unknown> {
  return Promise.all([
    invalidate(queryClient, [keys.document(flag.documentId), ...LISTS]),
    ...flag.claims.map((id) =>
      queryClient.invalidateQueries({ queryKey: keys.claim(id), exact: true }),
    ),
  ]);
}

/**
 * A relation linked or unlinked: the checks ran again, so the article (its relations and
 * flags), the claim's flags, its history and the lists; answers once they were read again.
 */
function relationsChanged(queryClient: QueryClient, claim: Claim): Promise<unknown> {
  return Promise.all([
    invalidate(queryClient, [
      keys.document(claim.documentId),
      keys.claimHistory(claim.id),
      ...LISTS,
    ]),
    queryClient.invalidateQueries({ queryKey: keys.claim(claim.id), exact: true }),
  ]);
}

/** Ingests an article: it opens at once, with what the write answered. */
export function useIngestDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: NewDocument) => createDocument(document),
    onSuccess: ({ document }) => {
      queryClient.setQueryData(keys.document(document.id), document);
      void invalidate(queryClient, [['documents']]);
    },
  });
}

/**
 * A corrected text, sent as the document's next version: its claims were re-anchored and
 * the checks ran again, so the article (its versions too), every claim and the lists are
 * stale. Done once the article was read again, at its new version; refused (412), the
 * same: the article then shows the version someone else submitted.
 */
export function useSubmitVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ document, text }: { document: DocumentDetail; text: string }) =>
      createVersion(document, text),
    onSettled: (_result, _error, { document }) =>
      invalidate(queryClient, [keys.document(document.id), ['claim'], ...LISTS]),
  });
}

/** Adds a claim the extractor missed; done once the article was read again with it. */
export function useAddClaim(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (claim: NewClaim) => createClaim(documentId, claim),
    onSuccess: () => invalidate(queryClient, [keys.document(documentId), ...LISTS]),
  });
}

export function useAddRelation(claim: Claim) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relation: NewRelation) => addRelation(claim.id, relation),
    onSuccess: () => relationsChanged(queryClient, claim),
  });
}

export function useRemoveRelation(claim: Claim) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relationId: string) => removeRelation(claim.id, relationId),
    onSuccess: () => relationsChanged(queryClient, claim),
  });
}

/** A comment on a claim (it shows in the claim's history too) or on a flag. */
export function useAddComment(target: CommentTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => addComment(target, body),
    onSuccess: () => {
      void invalidate(queryClient, [
        keys.comments(target),
        ...(target.type === 'claims' ? [keys.claimHistory(target.id)] : []),
      ]);
    },
  });
}

export function useAddEvidence(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidence: NewEvidence) => addEvidence(claimId, evidence),
    onSuccess: () => {
      void invalidate(queryClient, [keys.evidence(claimId), keys.claimHistory(claimId)]);
    },
  });
}

/**
 * The same change to several claims, each at the version listed: answers how many
 * went through, and the first refusal.
 */
export function useBulkClaimWrite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      claims,
      change,
    }: {
      claims: Claim[];
      change: (claim: Versioned<Claim>) => Promise<unknown>;
    }) => {
      const results = await Promise.allSettled(
        claims.map((claim) => change({ data: claim, etag: `"v${claim.version}"` })),
      );
      const failed = results.filter((result) => result.status === 'rejected');
      return {
        written: results.length - failed.length,
        failed: failed.length,
        firstRefusal: failed[0]?.reason as unknown,
      };
    },
    onSettled: (_result, _error, { claims }) => {
      void claimsChanged(queryClient, claims);
    },
  });
}
