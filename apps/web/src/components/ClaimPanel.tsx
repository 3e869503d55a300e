import type { RefObject } from 'react';
import { getClaim, getClaimHistory } from '../api';
import { documentHref } from '../router';
import { useSession } from '../session';
import { VERDICTS } from '../labels';
import type { Claim, DocumentDetail, TransitionTarget } from '../types';
import { useLoad } from '../useLoad';
import { useVersionedWrite, type VersionedWrite } from '../useVersionedWrite';
import { AssignForm } from './AssignForm';
import { ClaimDetails } from './ClaimDetails';
import { ClaimFlags } from './ClaimFlags';
import { ClaimRelations } from './ClaimRelations';
import { ClaimReviewSection } from './ClaimReviewSection';
import { CommentsSection } from './CommentsSection';
import { CorrectionForm } from './CorrectionForm';
import { EvidenceSection } from './EvidenceSection';
import { HistoryTimeline } from './HistoryTimeline';
import { StatusBadge } from './StatusBadge';
import { Timestamp } from './Timestamp';
import { StatusForm, type StatusFormHandle } from './StatusForm';

interface Props {
  /** The claim as the article listed it, shown until its own GET answers. */
  claim: Claim;
  document: DocumentDetail;
  flagId: string | null;
  statusForm: RefObject<StatusFormHandle | null>;
  /** One of the claim's flags was chosen: it opens in the list of flags. */
  onShowFlag: (flagId: string) => void;
  /** A write changed the claim: the article reloads (statuses, flags). */
  onChanged: () => Promise<void>;
}

/** A versioned write to the claim, as the forms of the panel run it. */
export type ClaimWrite = VersionedWrite<Claim>;

/** One claim: what it says, its relations and flags, the review actions, evidence, comments, history. */
export function ClaimPanel({
  claim: listed,
  document,
  flagId,
  statusForm,
  onShowFlag,
  onChanged,
}: Props) {
  const { can } = useSession();
  const loaded = useLoad(() => getClaim(listed.id), listed.id);
  const history = useLoad(() => getClaimHistory(listed.id), listed.id);
  const claim = loaded.data?.data ?? listed;
  const latest = history.data?.at(-1) ?? null;

  const { stale, written, write } = useVersionedWrite(loaded, () => {
    // The history and the article catch up in the background (they show their own errors).
    void history.reload();
    void onChanged();
  });

  return (
    <section className="card claim-panel" aria-labelledby="claim-panel-title">
      <div className="panel-head">
        <h2 id="claim-panel-title" tabIndex={-1}>
          <span className="kind">{claim.kind === 'quote' ? 'Quote' : 'Number'}</span> “
          {shorten(claim.exact)}”
        </h2>
        <a
          className="close"
          href={documentHref(document.id, { flag: flagId })}
          aria-label="Close the claim"
        >
          ✕
        </a>
      </div>
      <p>
        <StatusBadge status={claim.status} />
      </p>
      {stale && (
        <div className="stale" role="alert">
          <p>{stale}</p>
          {latest && (
            <p>
              Last change: {latest.summary}, <Timestamp at={latest.at} />. What you typed is kept:
              send it again to apply it to this version.
            </p>
          )}
        </div>
      )}
      <ClaimDetails claim={claim} />
      {write && (can.startReview || can.decide) && (
        <StatusForm claim={claim} write={write} handle={statusForm} />
      )}
      <ClaimRelations
        claim={claim}
        document={document}
        flagId={flagId}
        canLink={can.submit}
        onChanged={onChanged}
      />
      {/* The article's copy of the claim: it reloads after every decision on a flag. */}
      <ClaimFlags claim={listed} documentId={document.id} flagId={flagId} onShowFlag={onShowFlag} />
      {write && can.decide && <AssignForm key={`assign-${written}`} claim={claim} write={write} />}
      {write && can.submit && (
        <CorrectionForm key={`correct-${written}`} claim={claim} write={write} />
      )}
      {VERDICTS.includes(claim.status as TransitionTarget) && (
        <ClaimReviewSection key={claim.version} claim={claim} />
      )}
      <EvidenceSection claimId={claim.id} onAdded={history.reload} />
      <CommentsSection target={{ type: 'claims', id: claim.id }} onAdded={history.reload} />
      <HistoryTimeline entries={history.data} error={history.error} />
    </section>
  );
}

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > 90 ? `${characters.slice(0, 90).join('')}…` : text;
}
