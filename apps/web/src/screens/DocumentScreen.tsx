import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnnounce } from '../announce';
import { AddClaimForm } from '../components/AddClaimForm';
import { ArticleText } from '../components/ArticleText';
import { ClaimList } from '../components/ClaimList';
import { ClaimPanel } from '../components/ClaimPanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { FlagDetail } from '../components/FlagDetail';
import { FlagList } from '../components/FlagList';
import { Legend } from '../components/Legend';
import type { StatusFormHandle } from '../components/StatusForm';
import { useDraft } from '../drafts';
import { flagSpans, sortFlags } from '../flags';
import { formatDate } from '../labels';
import { errorOf, useDocument } from '../queries';
import { documentHref, navigate } from '../router';
import { useSession } from '../session';
import { selectedSpan } from '../text';
import type { Claim, TransitionTarget } from '../types';
import { useShortcuts } from '../useShortcuts';
import { useStackedLayout } from '../useStackedLayout';

interface Props {
  id: string;
  claimId: string | null;
  flagId: string | null;
}

/** An article: its text with the claims' spans, its flags, and the open claim. */
export function DocumentScreen({ id, claimId, flagId }: Props) {
  const { can, me } = useSession();
  const announce = useAnnounce();
  const loaded = useDocument(id);
  const statusForm = useRef<StatusFormHandle>(null);
  const pendingFocus = useRef<'panel' | 'span' | null>(null);
  const focusFlag = useRef(false);
  // On a phone the side column stacks under the text, and an open claim is a sheet over it.
  const stacked = useStackedLayout();

  const [showNotClaims, setShowNotClaims] = useState(false);
  // Words selected in the article, which a member who may submit can add as a claim.
  const [selected, setSelected, discardSelected] = useDraft<{
    start: number;
    end: number;
    exact: string;
  } | null>(`add-claim-words:${id}`, null);
  useEffect(() => {
    if (!can.submit) return;
    const update = () => {
      const container = document.querySelector<HTMLElement>('.article-text');
      const span = container ? selectedSpan(container, window.getSelection()) : null;
      // A click elsewhere clears the selection, not the form being filled in.
      if (span) setSelected(span);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [can.submit]);

  /** The claim was added, and the article read again with it: the claim opens. */
  function added(created: Claim) {
    discardSelected();
    window.getSelection()?.removeAllRanges();
    pendingFocus.current = 'panel';
    navigate(documentHref(id, { claim: created.id, flag: flagId }));
    announce(`Added the claim “${created.exact}”.`);
  }
  const allClaims = useMemo(
    () => [...(loaded.data?.claims ?? [])].sort((a, b) => a.start - b.start),
    [loaded.data],
  );
  const notClaims = allClaims.filter((candidate) => candidate.status === 'not_a_claim').length;
  // Claims marked as not a claim are hidden unless asked for (the open one stays, to restore it).
  const claims = useMemo(
    () =>
      showNotClaims
        ? allClaims
        : allClaims.filter(
            (candidate) => candidate.status !== 'not_a_claim' || candidate.id === claimId,
          ),
    [allClaims, showNotClaims, claimId],
  );
  const flags = useMemo(() => sortFlags(loaded.data?.flags ?? []), [loaded.data]);
  const claim = claims.find((candidate) => candidate.id === claimId) ?? null;
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

  function step(by: 1 | -1) {
    if (claims.length === 0) return;
    const index = claims.findIndex((candidate) => candidate.id === claimId);
    const next =
      index === -1
        ? by === 1
          ? 0
          : claims.length - 1
        : (index + by + claims.length) % claims.length;
    pendingFocus.current = 'span';
    navigate(documentHref(id, { claim: claims[next].id, flag: flagId }));
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
  return (
    <div className="document-screen">
      <div className="document-head">
        <h1>{data.title}</h1>
        <p className="meta">
          {data.publisher && <span>{data.publisher} · </span>}
          {data.publishedAt
            ? `Published ${formatDate(data.publishedAt)}`
            : `Added ${formatDate(data.createdAt)}`}{' '}
          · {allClaims.length - notClaims} claims · <kbd>?</kbd> for shortcuts
          {notClaims > 0 && (
            <>
              {' · '}
              <button
                type="button"
                className="link"
                aria-pressed={showNotClaims}
                onClick={() => setShowNotClaims((shown) => !shown)}
              >
                {showNotClaims ? 'Hide' : 'Show'} {notClaims} marked as not a claim
              </button>
            </>
          )}
        </p>
        <Legend />
      </div>
      <div className="document-layout">
        <section id="article" className="article card" aria-label="Article text" tabIndex={-1}>
          <ArticleText
            documentId={id}
            text={data.text}
            claims={claims}
            selectedClaimId={claimId}
            flag={highlight}
            onOpenClaim={() => (pendingFocus.current = 'panel')}
          />
        </section>
        <div className="side">
          {selected && can.submit && (
            <AddClaimForm
              key={`${selected.start}-${selected.end}`}
              documentId={id}
              span={selected}
              onCreated={added}
              onCancel={() => {
                discardSelected();
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
            />
          )}
          {claimId && !claim && <ErrorMessage error="This claim is not part of the article." />}
          <ClaimList documentId={id} claims={claims} selectedClaimId={claimId} />
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

function spanOf(claimId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-claim="${claimId}"][data-first]`);
}

/** Focus on the selected flag's link: in the claim's sheet when it opened there, else in the list. */
function focusSelectedFlag() {
  const inSheet = document.querySelector<HTMLElement>('.claim-sheet .claim-flag[aria-current]');
  if (!inSheet) {
    document.querySelector<HTMLElement>('.flag-item.selected .flag-message')?.focus();
    return;
  }
  inSheet.focus({ preventScroll: true });
  // The decision form is under the link: the sheet scrolls to show both.
  inSheet.closest('li')?.scrollIntoView({ block: 'start' });
}
