import { useState } from 'react';
import { useAnnounce } from '../announce';
import { errorOf, useClaimReviews } from '../queries';
import { saveFile } from '../saveFile';
import type { Claim } from '../types';
import { ErrorMessage } from './ErrorMessage';

/**
 * The claim's schema.org ClaimReview, as GET /v1/documents/:id/claimreview
 * publishes it for a claim with a verdict: shown, copied or downloaded for the
 * newsroom's site.
 */
export function ClaimReviewSection({ claim }: { claim: Claim }) {
  const announce = useAnnounce();
  const [shown, setShown] = useState(false);
  // Read once shown; a verdict written marks them stale (mutations.ts).
  const reviews = useClaimReviews(claim.documentId, shown);
  const review = reviews.data?.find(
    (item) => new URLSearchParams(item.url.split('?')[1] ?? '').get('claim') === claim.id,
  );
  const json = review ? JSON.stringify(review, null, 2) : null;

  async function copy() {
    if (!json) return;
    try {
      await navigator.clipboard.writeText(json);
      announce('ClaimReview copied.');
    } catch {
      announce('This page may not copy: select the text and copy it.');
    }
  }

  function download() {
    if (!json) return;
    saveFile(new Blob([json], { type: 'application/ld+json' }), `claimreview-${claim.id}.jsonld`);
  }

  return (
    <section aria-labelledby="claimreview-title">
      <h3 id="claimreview-title">Publish</h3>
      {!shown ? (
        <button type="button" onClick={() => setShown(true)}>
          Show the ClaimReview
        </button>
      ) : (
        <>
          <ErrorMessage error={errorOf(reviews)} />
          {json && (
            <>
              <pre className="command" aria-label="ClaimReview JSON-LD">
                <code>{json}</code>
              </pre>
              <div className="actions">
                <button type="button" onClick={() => void copy()}>
                  Copy
                </button>
                <button type="button" onClick={download}>
                  Download
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
