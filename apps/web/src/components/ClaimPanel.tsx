import type { ReactNode, RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { closeOnEscape } from '../focus';
import { claimsChanged } from '../mutations';
import { errorOf, keys, useClaim, useClaimHistory } from '../queries';
import { useSession } from '../session';
import { VERDICTS } from '../labels';
import type { Claim, DocumentDetail, TransitionTarget } from '../types';
import type { SelectedWords } from '../useArticleSelection';
import { useVersionedWrite, type VersionedWrite } from '../useVersionedWrite';
import { AnchorForm } from './AnchorForm';
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
  /** On a phone the panel is a sheet over the text, a dialog that Esc or ✕ closes. */
  sheet: boolean;
  /** ✕ or Esc: the claim closes (focus goes back to its span). */
  onClose: () => void;
  /** Words selected in the current text: where a claim that needs an anchor may go. */
  selected: SelectedWords | null;
  /** The claim that needed an anchor has its words again, or is no longer in the text. */
  onAnchored: () => void;
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
  sheet,
  onClose,
  selected,
  onAnchored,
}: Props) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const loaded = useClaim(listed.id);
  const history = useClaimHistory(listed.id);
  const claim = loaded.data?.data ?? listed;
  const latest = history.data?.at(-1) ?? null;

  // The panel shows a write with its history line; the article and the lists catch up.
  const { stale, write } = useVersionedWrite(keys.claim(listed.id), loaded, () =>
    claimsChanged(queryClient, [listed]),
  );

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
      {claim.status === 'needs_anchor' && (
        <AnchorForm
          claim={claim}
          mayAnchor={can.submit}
          write={write}
          selected={selected}
          onAnchored={onAnchored}
        />
      )}
      {write && (can.startReview || can.decide) && (
        <StatusForm claim={claim} write={write} handle={statusForm} />
      )}
      <ClaimRelations claim={claim} document={document} flagId={flagId} canLink={can.submit} />
      {/* The article's copy of the claim: it reloads after every decision on a flag. */}
      <ClaimFlags
        claim={listed}
        documentId={document.id}
        flagId={flagId}
        onShowFlag={onShowFlag}
        detail={flagDetail}
      />
      {write && can.decide && <AssignForm claim={claim} write={write} />}
      {write && can.submit && claim.status !== 'needs_anchor' && (
        <CorrectionForm claim={claim} write={write} />
      )}
      {VERDICTS.includes(claim.status as TransitionTarget) && (
        <ClaimReviewSection key={claim.version} claim={claim} />
      )}
      <EvidenceSection claimId={claim.id} />
      <CommentsSection target={{ type: 'claims', id: claim.id }} />
      <HistoryTimeline entries={history.data ?? null} error={errorOf(history)} />
    </section>
  );
}

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > 90 ? `${characters.slice(0, 90).join('')}…` : text;
}
