import { useState } from 'react';
import { hasOpenFlag } from '../flags';
import { documentHref } from '../router';
import type { Claim, ClaimStatus } from '../types';
import { StatusSelect } from './StatusSelect';
import { StatusBadge } from './StatusBadge';

const SHOWN_AT_ONCE = 50;

/**
 * The article's claims beside its text, filtered by status and by open flags, so
 * that every claim of a long article is a click away, not only through j and k. A claim
 * anchored in an earlier version (it needs an anchor) is here with its old words only.
 */
export function ClaimList({
  documentId,
  claims,
  currentVersionId,
  selectedClaimId,
}: {
  documentId: string;
  claims: Claim[];
  /** The document's current version: a claim anchored in another is not in the text. */
  currentVersionId: string;
  selectedClaimId: string | null;
}) {
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [shown, setShown] = useState(SHOWN_AT_ONCE);
  const matching = claims.filter(
    (claim) => (status === '' || claim.status === status) && (!flaggedOnly || hasOpenFlag(claim)),
  );
  return (
    <section className="card claim-list" aria-labelledby="claim-list-title">
      <h2 id="claim-list-title">
        Claims ({matching.length} of {claims.length})
      </h2>
      <div className="inline-form">
        <StatusSelect id="claim-list-status" value={status} onChange={setStatus} />
        <label>
          <input
            type="checkbox"
            checked={flaggedOnly}
            onChange={(event) => setFlaggedOnly(event.target.checked)}
          />{' '}
          With an open flag
        </label>
      </div>
      <ul className="plain queue-list">
        {matching.slice(0, shown).map((claim) => (
          <li key={claim.id}>
            <StatusBadge status={claim.status} />{' '}
            <a
              href={documentHref(documentId, { claim: claim.id })}
              aria-current={claim.id === selectedClaimId ? 'true' : undefined}
            >
              “{claim.exact}”
            </a>
            {hasOpenFlag(claim) && ' ⚑'}
            {claim.documentVersionId !== currentVersionId && (
              <span className="muted"> (its words in an earlier version)</span>
            )}
          </li>
        ))}
      </ul>
      {matching.length > shown && (
        <button type="button" onClick={() => setShown((count) => count + SHOWN_AT_ONCE)}>
          Show {Math.min(SHOWN_AT_ONCE, matching.length - shown)} more
        </button>
      )}
    </section>
  );
}
