import { useState } from 'react';
import { reasonLabel } from '../labels';
import { useClaimList } from '../queries';
import { ErrorMessage } from './ErrorMessage';
import { ArticleSelect, QueueClaimRow, type Articles } from './QueueRows';

/**
 * The claims a new version of their article left without a place, by article: each with
 * its words and sentence in the version it was anchored in, and why; opened, the claim's
 * panel lets a person choose its words in the current text, or say they are gone.
 */
export function NeedsAnchor({ articles }: { articles: Articles }) {
  const [documentId, setDocumentId] = useState('');
  const claims = useClaimList({ status: 'needs_anchor', documentId: documentId || undefined });
  return (
    <section className="card" aria-labelledby="needs-anchor-title">
      <h2 id="needs-anchor-title">Claims that need an anchor</h2>
      <div className="inline-form">
        <ArticleSelect
          id="needs-anchor-article"
          articles={articles}
          value={documentId}
          onChange={setDocumentId}
        />
      </div>
      <ErrorMessage error={claims.error} />
      {claims.items?.length === 0 && <p className="muted">No claim needs an anchor.</p>}
      <ul className="plain queue-list">
        {claims.items?.map((claim) => (
          <QueueClaimRow
            key={claim.id}
            claim={claim}
            article={articles.get(claim.documentId)}
            after={
              claim.statusReason && (
                <span className="anchor-reason"> · {reasonLabel(claim.statusReason)}</span>
              )
            }
          />
        ))}
      </ul>
      {claims.more && (
        <button type="button" onClick={claims.more}>
          Show more claims
        </button>
      )}
    </section>
  );
}
