import { OUTCOME_LABELS, OUTCOMES, reasonLabel, STATUS_LABELS } from '../labels';
import { documentHref } from '../router';
import type { ClaimOutcome, Outcome, VersionDiff } from '../types';

interface Props {
  documentId: string;
  diff: VersionDiff;
}

/**
 * What the versions did to the claims, grouped by outcome (the kept ones folded away),
 * then the flags opened and closed and the verdicts that went stale; each claim and
 * flag links to it in the article.
 */
export function ClaimOutcomes({ documentId, diff }: Props) {
  const claimHref = (claimId: string) => documentHref(documentId, { claim: claimId });
  const wordsOf = new Map(
    diff.claims.map((claim) => [claim.claimId, (claim.after ?? claim.before)?.exact ?? '']),
  );
  return (
    <>
      <section className="card diff-claims" aria-labelledby="diff-claims-title">
        <h2 id="diff-claims-title">Claims</h2>
        {diff.claims.length === 0 && <p className="muted">No claim was changed.</p>}
        {OUTCOMES.map((outcome) => {
          const claims = diff.claims.filter((claim) => claim.outcome === outcome);
          if (claims.length === 0) return null;
          const list = (
            <ul className="plain outcome-list">
              {claims.map((claim) => (
                <OutcomeItem key={claim.claimId} claim={claim} href={claimHref(claim.claimId)} />
              ))}
            </ul>
          );
          const title = `${OUTCOME_LABELS[outcome]} (${claims.length})`;
          return outcome === 'kept' ? (
            <details key={outcome} className="outcome-kept">
              <summary>{title}</summary>
              {list}
            </details>
          ) : (
            <section key={outcome} aria-labelledby={`outcome-${outcome}-title`}>
              <h3 id={`outcome-${outcome}-title`} className={`outcome outcome-${outcome}`}>
                {title}
              </h3>
              {list}
            </section>
          );
        })}
      </section>
      <section className="card" aria-labelledby="diff-flags-title">
        <h2 id="diff-flags-title">Flags</h2>
        {(['flagsClosed', 'flagsOpened'] as const).map((list) => (
          <section key={list} aria-labelledby={`${list}-title`}>
            <h3 id={`${list}-title`}>
              {list === 'flagsClosed' ? 'Closed' : 'Opened'} ({diff[list].length})
            </h3>
            {diff[list].length === 0 && <p className="muted">None.</p>}
            <ul className="plain">
              {diff[list].map((flag) => (
                <li key={flag.flagId}>
                  <span className="rule">{flag.rule}</span>{' '}
                  <a href={documentHref(documentId, { flag: flag.flagId })}>{flag.message}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section className="card" aria-labelledby="stale-verdicts-title">
        <h2 id="stale-verdicts-title">Verdicts that went stale ({diff.staleVerdicts.length})</h2>
        {diff.staleVerdicts.length === 0 && <p className="muted">None.</p>}
        <ul className="plain">
          {diff.staleVerdicts.map((stale) => (
            <li key={stale.claimId}>
              <a href={claimHref(stale.claimId)}>“{wordsOf.get(stale.claimId)}”</a> was{' '}
              {STATUS_LABELS[stale.verdict].toLowerCase()}: it is to be reviewed again.
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** One claim and what became of it: its words, a value before → after, why it needs an anchor. */
function OutcomeItem({ claim, href }: { claim: ClaimOutcome; href: string }) {
  const { before, after } = claim;
  const outcome: Outcome = claim.outcome;
  return (
    <li>
      {outcome === 'changed-value' && before && after ? (
        <>
          <a href={href}>“{after.exact}”</a>, was “{before.exact}”: value{' '}
          <span className="value-change">
            {before.value} → {after.value}
          </span>
        </>
      ) : (
        <a href={href}>“{(after ?? before)?.exact}”</a>
      )}
      {claim.reason && <span className="muted"> · {reasonLabel(claim.reason)}</span>}
      {claim.staleVerdict && (
        <span className="muted">
          {' '}
          · its verdict ({STATUS_LABELS[claim.staleVerdict].toLowerCase()}) went stale
        </span>
      )}
    </li>
  );
}
