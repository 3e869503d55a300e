import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnnounce } from '../announce';
import { AddClaimForm } from '../components/AddClaimForm';
import { ArticleText } from '../components/ArticleText';
import { ClaimList } from '../components/ClaimList';
import { ClaimPanel } from '../components/ClaimPanel';
import { DocumentHead } from '../components/DocumentHead';
import { ErrorMessage } from '../components/ErrorMessage';
import { FlagDetail } from '../components/FlagDetail';
import { FlagList } from '../components/FlagList';
import { OldVersionText } from '../components/OldVersionText';
import { RevisionResult } from '../components/RevisionResult';
import type { StatusFormHandle } from '../components/StatusForm';
import { VersionForm } from '../components/VersionForm';
import { flagSpans, sortFlags } from '../flags';
import { focusSelectedFlag, spanOf } from '../focus';
import { errorOf, useDocument } from '../queries';
import { documentHref, navigate } from '../router';
import { useSession } from '../session';
import type { Claim, TransitionTarget, Version } from '../types';
import { useArticleClaims } from '../useArticleClaims';
import { useArticleSelection } from '../useArticleSelection';
import { useShortcuts } from '../useShortcuts';
import { useStackedLayout } from '../useStackedLayout';

interface Props {
  id: string;
  claimId: string | null;
  flagId: string | null;
  /** An earlier version to show read-only; null for the current one. */
  version: number | null;
}

/**
 * An article: its text with the claims' spans, its flags, and the open claim; a
 * corrected version to submit; an earlier version's text, read-only.
 */
export function DocumentScreen({ id, claimId, flagId, version }: Props) {
  const { can, me } = useSession();
  const announce = useAnnounce();
  const loaded = useDocument(id);
  const statusForm = useRef<StatusFormHandle>(null);
  const pendingFocus = useRef<'panel' | 'span' | null>(null);
  const focusFlag = useRef(false);
  // On a phone the side column stacks under the text, and an open claim is a sheet over it.
  const stacked = useStackedLayout();

  const [showNotClaims, setShowNotClaims] = useState(false);
  // The form for a corrected text, and what the version submitted did.
  const [editing, setEditing] = useState(false);
  const [submitted, setSubmitted] = useState<{ version: Version; created: boolean } | null>(null);
  const current = loaded.data?.version;
  const viewingOld = version !== null && current !== undefined && version !== current.number;
  // Words selected in the current text: a claim to add, or where a claim needing an anchor goes.
  const selection = useArticleSelection(id, can.submit && !viewingOld && !editing);
  const selected = selection.selected;

  /** The claim was added, and the article read again with it: the claim opens. */
  function added(created: Claim) {
    selection.clear();
    pendingFocus.current = 'panel';
    navigate(documentHref(id, { claim: created.id, flag: flagId }));
    announce(`Added the claim “${created.exact}”.`);
  }

  /** A corrected text was sent, and the article read again at its new version. */
  function versionSubmitted(result: { version: Version; created: boolean }) {
    setEditing(false);
    setSubmitted(result);
    // Words selected in the old text have no place in the new one.
    selection.clear();
  }

  const { count, notClaims, claims, inText } = useArticleClaims(
    loaded.data,
    showNotClaims,
    claimId,
  );
  const flags = useMemo(() => sortFlags(loaded.data?.flags ?? []), [loaded.data]);
  const claim = claims.find((candidate) => candidate.id === claimId) ?? null;
  const anchoring = claim?.status === 'needs_anchor';
  const flag = flags.find((candidate) => candidate.id === flagId) ?? null;
  // On a phone, the sheet shows the selected flag under the claim's flags, not the list.
  const flagInSheet = stacked && claim !== null && claim.flags.some((named) => named.id === flagId);
  const flagDetail = flag && (
    <FlagDetail
      key={flag.id}
      listed={flag}
      documentId={id}
      claims={claims}
      onClose={() => navigate(documentHref(id, { claim: claimId }))}
    />
  );
  const highlight = useMemo(
    () => (flag ? { id: flag.id, claimIds: new Set(flag.claims), spans: flagSpans(flag) } : null),
    [flag],
  );

  // A span clicked: focus goes to the claim panel. j/k: focus stays in the text, on the span.
  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (!claimId || !target) return;
    const span = spanOf(claimId);
    if (target === 'span') return span?.focus();
    document.getElementById('claim-panel-title')?.focus({ preventScroll: stacked });
    // The sheet covers the foot of the screen: the words tapped come to rest just above it.
    if (stacked) span?.scrollIntoView({ block: 'end' });
  }, [claimId, stacked]);

  /** ✕ or Esc: the claim closes, and focus goes back to its span in the text. */
  function closeClaim() {
    if (!claimId) return;
    spanOf(claimId)?.focus();
    navigate(documentHref(id, { flag: flagId }));
  }

  // A flag selected: bring its first span into view; chosen in the claim panel, focus
  // moves to the flag in the list (on a phone, in the sheet), where its decision form is.
  // (Not again when the article reloads after a write: `ready` stays true meanwhile.)
  const ready = loaded.data !== undefined;
  useEffect(() => {
    if (!flagId || !ready) return;
    document.querySelector('.article-text .flag-focus')?.scrollIntoView({ block: 'center' });
    if (focusFlag.current) focusSelectedFlag();
    focusFlag.current = false;
  }, [flagId, ready]);

  function showFlag(shown: string) {
    if (shown === flagId) focusSelectedFlag();
    else focusFlag.current = true;
  }

  /** j and k: the next or previous claim in the text. */
  function step(by: 1 | -1) {
    if (inText.length === 0) return;
    const index = inText.findIndex((candidate) => candidate.id === claimId);
    const next =
      index === -1
        ? by === 1
          ? 0
          : inText.length - 1
        : (index + by + inText.length) % inText.length;
    pendingFocus.current = 'span';
    navigate(documentHref(id, { claim: inText[next].id, flag: flagId }));
  }

  /**
   * f: focus goes to the selected flag, where its decision form is; pressed there, to the
   * next open flag, the open claim's first if it has any.
   */
  function goToFlag() {
    if (flag && document.activeElement?.getAttribute('data-flag') !== flag.id)
      return focusSelectedFlag();
    const claimFlags = claim?.flags.map((named) => named.id) ?? [];
    const articleOpen = flags.filter((candidate) => candidate.status === 'open');
    const claimOpen = articleOpen.filter((candidate) => claimFlags.includes(candidate.id));
    const open = claimOpen.length > 0 ? claimOpen : articleOpen;
    if (open.length === 0) return announce('This article has no open flags.');
    const next = open[(open.findIndex((candidate) => candidate.id === flagId) + 1) % open.length];
    announce(`Flag: ${next.message}`);
    if (next.id === flagId) return focusSelectedFlag();
    focusFlag.current = true;
    navigate(documentHref(id, { claim: claimId, flag: next.id }));
  }

  function requestStatus(to: TransitionTarget) {
    if (!claim) return announce('Open a claim first: j or n moves to the next claim.');
    if (!can.startReview) return announce(`Your role (${me.role}) cannot change a claim’s status.`);
    if (!statusForm.current) return announce('The claim is still loading: try again in a moment.');
    statusForm.current.request(to);
  }

  useShortcuts({
    j: () => step(1),
    n: () => step(1),
    k: () => step(-1),
    p: () => step(-1),
    f: goToFlag,
    Escape: closeClaim,
    r: () => requestStatus('in_review'),
    v: () => requestStatus('verified'),
    d: () => requestStatus('disputed'),
    x: () => requestStatus('incorrect'),
    u: () => requestStatus('unverifiable'),
  });

  if (!loaded.data) {
    return loaded.error ? (
      <ErrorMessage error={errorOf(loaded)} />
    ) : (
      <p className="loading">Loading the article…</p>
    );
  }
  const data = loaded.data;
  const head = (
    <DocumentHead
      document={data}
      shownVersion={viewingOld ? version : data.version.number}
      claims={{
        count,
        notClaims,
        showNotClaims,
        onToggle: () => setShowNotClaims((shown) => !shown),
      }}
      onSubmitVersion={can.submit && !viewingOld && !editing ? () => setEditing(true) : null}
    />
  );
  if (viewingOld) {
    return (
      <div className="document-screen">
        {head}
        <OldVersionText documentId={id} number={version} current={data.version.number} />
      </div>
    );
  }
  return (
    <div className="document-screen">
      {head}
      {submitted && (
        <RevisionResult
          key={submitted.version.number}
          documentId={id}
          {...submitted}
          onClose={() => setSubmitted(null)}
        />
      )}
      <div className="document-layout">
        {editing ? (
          <VersionForm
            document={data}
            onSubmitted={versionSubmitted}
            onClose={() => {
              setEditing(false);
              requestAnimationFrame(() => document.getElementById('article')?.focus());
            }}
          />
        ) : (
          <section id="article" className="article card" aria-label="Article text" tabIndex={-1}>
            <ArticleText
              documentId={id}
              text={data.text}
              claims={inText}
              selectedClaimId={claimId}
              flag={highlight}
              onOpenClaim={() => (pendingFocus.current = 'panel')}
            />
          </section>
        )}
        <div className="side">
          {selected && !anchoring && (
            <AddClaimForm
              key={`${selected.start}-${selected.end}`}
              documentId={id}
              span={selected}
              onCreated={added}
              onCancel={() => {
                selection.discard();
                // The words were selected in the text: focus goes back there.
                document.getElementById('article')?.focus();
              }}
            />
          )}
          {claim && (
            <ClaimPanel
              key={claim.id}
              claim={claim}
              document={data}
              flagId={flagId}
              statusForm={statusForm}
              onShowFlag={showFlag}
              flagDetail={flagInSheet ? flagDetail : null}
              sheet={stacked}
              onClose={closeClaim}
              selected={anchoring ? selected : null}
              onAnchored={selection.clear}
            />
          )}
          {claimId && !claim && <ErrorMessage error="This claim is not part of the article." />}
          <ClaimList
            documentId={id}
            claims={claims}
            currentVersionId={data.version.id}
            selectedClaimId={claimId}
          />
          <FlagList
            documentId={id}
            flags={flags}
            checks={data.checks}
            selectedFlagId={flagId}
            claimId={claimId}
            detail={flagInSheet ? null : flagDetail}
          />
        </div>
      </div>
    </div>
  );
}
