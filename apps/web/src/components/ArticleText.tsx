import { useMemo } from 'react';
import { hasOpenFlag } from '../flags';
import { STATUS_LABELS } from '../labels';
import { documentHref } from '../router';
import { segmentText, type Span } from '../text';
import type { Claim } from '../types';

interface Props {
  documentId: string;
  text: string;
  claims: Claim[];
  selectedClaimId: string | null;
  /** The selected flag: its id, the claims it names and every span it is about, claims or not. */
  flag: { id: string; claimIds: Set<string>; spans: Span[] } | null;
  /** A span was clicked or activated: the claim opens (the link navigates). */
  onOpenClaim: () => void;
}

/**
 * The article with every claim's span as a link that opens the claim. Colour and
 * underline style say the status, ⚑ marks a claim with an open flag, and every span
 * of the selected flag is highlighted, words that are no claim too (a name's
 * spellings). A number inside a quote is its own link.
 */
export function ArticleText({
  documentId,
  text,
  claims,
  selectedClaimId,
  flag,
  onOpenClaim,
}: Props) {
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const flagSpanIds = useMemo(() => new Set(flag?.spans.map((span) => span.id)), [flag]);
  const segments = useMemo(
    () => segmentText(text, [...claims, ...(flag?.spans ?? [])]),
    [text, claims, flag],
  );

  const started = new Set<string>();
  return (
    <div className="article-text">
      {segments.map((segment, index) => {
        const covering = segment.covering
          .filter((id) => byId.has(id))
          .map((id) => byId.get(id) as Claim);
        const inFlag =
          segment.covering.some((id) => flagSpanIds.has(id)) ||
          covering.some((claim) => flag?.claimIds.has(claim.id));
        if (covering.length === 0) {
          return inFlag ? (
            <mark key={index} className="flag-focus">
              {segment.text}
            </mark>
          ) : (
            segment.text
          );
        }
        const claim = innermost(covering);
        const first = !started.has(claim.id);
        started.add(claim.id);
        const flagged = hasOpenFlag(claim);
        const classes = ['claim-span', `status-${claim.status}`];
        if (flagged) classes.push('flagged');
        if (covering.some((covered) => covered.id === selectedClaimId)) classes.push('selected');
        if (inFlag) classes.push('flag-focus');
        return (
          <a
            key={index}
            href={documentHref(documentId, { claim: claim.id, flag: flag?.id })}
            className={classes.join(' ')}
            data-claim={claim.id}
            data-first={first ? 'true' : undefined}
            tabIndex={first ? undefined : -1}
            aria-current={claim.id === selectedClaimId ? 'true' : undefined}
            aria-label={`${segment.text} (${claim.kind === 'quote' ? 'quote' : 'number'}, ${STATUS_LABELS[claim.status].toLowerCase()}${flagged ? ', flagged' : ''})`}
            onClick={onOpenClaim}
          >
            {segment.text}
          </a>
        );
      })}
    </div>
  );
}

/** The shortest claim covering a run: a number inside a quote wins over the quote. */
function innermost(claims: Claim[]): Claim {
  return claims.reduce((best, claim) =>
    claim.end - claim.start < best.end - best.start ? claim : best,
  );
}
