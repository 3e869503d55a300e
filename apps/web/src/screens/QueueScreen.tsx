import { useState } from 'react';
import { assignClaim, errorText, transitionClaim, type Versioned } from '../api';
import { useAnnounce } from '../announce';
import { ErrorMessage } from '../components/ErrorMessage';
import { NeedsAnchor } from '../components/NeedsAnchor';
import { OpenFlags } from '../components/OpenFlags';
import { ArticleSelect, QueueClaimRow, type Articles } from '../components/QueueRows';
import { SeverityBadge } from '../components/StatusBadge';
import { StatusSelect } from '../components/StatusSelect';
import { plural } from '../labels';
import { useBulkClaimWrite } from '../mutations';
import { errorOf, useClaimList, useLatestDocuments } from '../queries';
import { useSession } from '../session';
import type { Claim, ClaimStatus } from '../types';

/**
 * Triage: the claims to review (mine by default, or no one's, or anyone's), the claims
 * that need an anchor since their article changed, and the workspace's open flags, each
 * filtered by article, with the article and the claim's sentence on every row.
 */
export function QueueScreen() {
  // The latest 100 articles name the rows and fill the article filter.
  const documents = useLatestDocuments();
  const articles: Articles = new Map(documents.data?.items.map((item) => [item.id, item]) ?? []);
  return (
    <div className="queue-screen">
      <h1>Queue</h1>
      <ErrorMessage error={errorOf(documents)} />
      <div className="columns">
        <ClaimsToReview articles={articles} />
        <NeedsAnchor articles={articles} />
        <OpenFlags articles={articles} />
      </div>
    </div>
  );
}

function ClaimsToReview({ articles }: { articles: Articles }) {
  const { members, can } = useSession();
  const announce = useAnnounce();
  const [assignee, setAssignee] = useState('me');
  const [status, setStatus] = useState<ClaimStatus | ''>('in_review');
  const [documentId, setDocumentId] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [bulkAssignee, setBulkAssignee] = useState('');
  const [bulkError, setBulkError] = useState<string | null>(null);
  const claims = useClaimList({
    assignee: assignee || undefined,
    status: status || undefined,
    documentId: documentId || undefined,
  });
  // The list loads again after a bulk action (mutations.ts).
  const bulkWrite = useBulkClaimWrite();
  const selected = claims.items?.filter((claim) => chosen.has(claim.id)) ?? [];

  /** The same change to every chosen claim, each at the version listed; says how many went through. */
  async function bulk(
    change: (claim: Versioned<Claim>) => Promise<unknown>,
    done: (count: number) => string,
  ) {
    setBulkError(null);
    const { written, failed, firstRefusal } = await bulkWrite.mutateAsync({
      claims: selected,
      change,
    });
    announce(done(written));
    if (failed > 0) setBulkError(`${failed} not changed: ${errorText(firstRefusal)}`);
    setChosen(new Set());
  }

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="card" aria-labelledby="assigned-title">
      <h2 id="assigned-title">Claims to review</h2>
      <div className="inline-form">
        <label htmlFor="queue-assignee">Assigned to</label>
        <select id="queue-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="me">Me</option>
          <option value="none">No one</option>
          <option value="">Anyone</option>
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name} ({member.role})
            </option>
          ))}
        </select>
        <StatusSelect id="queue-status" value={status} onChange={setStatus} />
        <ArticleSelect
          id="queue-article"
          articles={articles}
          value={documentId}
          onChange={setDocumentId}
        />
      </div>
      <ErrorMessage error={claims.error} />
      {selected.length > 0 && (
        <div className="inline-form bulk-actions" role="group" aria-label="With the chosen claims">
          <span>{selected.length} chosen:</span>
          {can.decide && (
            <>
              <label htmlFor="bulk-assignee">Assign to</label>
              <select
                id="bulk-assignee"
                value={bulkAssignee}
                onChange={(event) => setBulkAssignee(event.target.value)}
              >
                <option value="">No one</option>
                {members.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name} ({member.role})
                  </option>
                ))}
              </select>
              <button
                type="button"
                onClick={() =>
                  void bulk(
                    (claim) => assignClaim(claim, bulkAssignee || null),
                    (count) => `Assigned ${plural(count, 'claim')}.`,
                  )
                }
              >
                Assign
              </button>
            </>
          )}
          {can.startReview && (
            <button
              type="button"
              onClick={() =>
                void bulk(
                  (claim) => transitionClaim(claim, { to: 'in_review' }),
                  (count) => `Moved ${plural(count, 'claim')} to review.`,
                )
              }
            >
              Start review
            </button>
          )}
        </div>
      )}
      <ErrorMessage error={bulkError} />
      {claims.items?.length === 0 && <p className="muted">No claims match these filters.</p>}
      <ul className="plain queue-list">
        {claims.items?.map((claim: Claim) => (
          <QueueClaimRow
            key={claim.id}
            claim={claim}
            article={articles.get(claim.documentId)}
            before={
              <>
                <input
                  type="checkbox"
                  aria-label={`Choose “${claim.exact}”`}
                  checked={chosen.has(claim.id)}
                  onChange={() => toggle(claim.id)}
                />{' '}
              </>
            }
            after={claim.flags
              .filter((flag) => flag.status === 'open')
              .map((flag) => (
                <span key={flag.id}>
                  {' '}
                  <SeverityBadge severity={flag.severity} />{' '}
                  <span className="rule">{flag.rule}</span>
                </span>
              ))}
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
