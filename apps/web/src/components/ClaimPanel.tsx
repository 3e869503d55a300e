import type { ReactNode, RefObject } from 'react';
import { getClaim, getClaimHistory } from '../api';
import { closeOnEscape } from '../focus';
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
  /** One of the claim's flags was chosen: it opens in the list of flags, or in the sheet. */
  onShowFlag: (flagId: string) => void;
  /** The selected flag's detail when the sheet shows it under the claim's flags, or null. */
  flagDetail: ReactNode;
  /** A write changed the claim: the article reloads (statuses, flags). */
  onChanged: () => Promise<void>;
  /** On a phone the panel is a sheet over the text, a dialog that Esc or ✕ closes. */
  sheet: boolean;
  /** ✕ or Esc: the claim closes (focus goes back to its span). */
  onClose: () => void;
}

/** A versioned write to the claim, as the forms of the panel run it. */
export type ClaimWrite = VersionedWrite<Claim>;

/**
 * One claim: what it says, its relations and flags, the review actions, evidence, comments,
 * history. Esc closes the innermost form first (each handles its own), then the claim.
 */
export function ClaimPanel({
  claim: listed,
  document,
  flagId,
  statusForm,
  onShowFlag,
  flagDetail,
  onChanged,
  sheet,
  onClose,
}: Props) {
  const { can } = useSession();
  const loaded = useLoad(() => getClaim(listed.id), listed.id);
  const history = useLoad(() => getClaimHistory(listed.id), listed.id);
  const claim = loaded.data?.data ?? listed;
  const latest = history.data?.at(-1) ?? null;

  const { stale, write } = useVersionedWrite(loaded, () => {
    // The history and the article catch up in the background (they show their own errors).
    void history.reload();
    void onChanged();
  });

  return (
    <section
      className={`card claim-panel${sheet ? ' claim-sheet' : ''}`}
      role={sheet ? 'dialog' : undefined}
      aria-labelledby="claim-panel-title"
      onKeyDown={closeOnEscape(onClose)}
    >
      <div className="panel-head">
        <h2 id="claim-panel-title" tabIndex={-1}>
          <span className="kind">{claim.kind === 'quote' ? 'Quote' : 'Number'}</span> “
          {shorten(claim.exact)}”
        </h2>
        <button type="button" className="close" aria-label="Close the claim" onClick={onClose}>
          ✕
        </button>
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
      <ClaimFlags
        claim={listed}
        documentId={document.id}
        flagId={flagId}
        onShowFlag={onShowFlag}
        detail={flagDetail}
      />
      {write && can.decide && <AssignForm claim={claim} write={write} />}
      {write && can.submit && <CorrectionForm claim={claim} write={write} />}
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
