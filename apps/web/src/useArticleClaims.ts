import { useMemo } from 'react';
import type { DocumentDetail } from './types';

/**
 * The article's claims as its screen lists and marks them, in the order of the text:
 * `claims` without those marked as not a claim unless `showNotClaims` (the open one
 * stays, to restore it), and of those `inText`, the ones anchored in the current version:
 * a claim that needs an anchor keeps an earlier version's offsets, and is never marked.
 */
export function useArticleClaims(
  document: DocumentDetail | undefined,
  showNotClaims: boolean,
  openClaimId: string | null,
) {
  const allClaims = useMemo(
    () => [...(document?.claims ?? [])].sort((a, b) => a.start - b.start),
    [document],
  );
  const notClaims = allClaims.filter((candidate) => candidate.status === 'not_a_claim').length;
  const claims = useMemo(
    () =>
      showNotClaims
        ? allClaims
        : allClaims.filter(
            (candidate) => candidate.status !== 'not_a_claim' || candidate.id === openClaimId,
          ),
    [allClaims, showNotClaims, openClaimId],
  );
  const currentVersionId = document?.version.id;
  const inText = useMemo(
    () => claims.filter((candidate) => candidate.documentVersionId === currentVersionId),
    [claims, currentVersionId],
  );
  return { count: allClaims.length - notClaims, notClaims, claims, inText };
}
