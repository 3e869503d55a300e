import { useState } from 'react';
import { listClaims, listFlags } from '../api';
import { ErrorMessage } from '../components/ErrorMessage';
import { SeverityBadge, StatusBadge } from '../components/StatusBadge';
import { SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, STATUSES } from '../labels';
import { documentHref } from '../router';
import type { Claim, ClaimStatus, Flag, Severity } from '../types';
import { usePaged } from '../usePaged';

/** My work: the claims assigned to me, and the workspace's open flags by severity. */
export function QueueScreen() {
  return (
    <div className="queue-screen">
      <h1>Queue</h1>
      <div className="columns">
        <AssignedClaims />
        <OpenFlags />
      </div>
    </div>
  );
}

function AssignedClaims() {
  const [status, setStatus] = useState<ClaimStatus | ''>('in_review');
  const claims = usePaged((cursor) => listClaims({ assignee: 'me', status, cursor }), status);
  return (
    <section className="card" aria-labelledby="assigned-title">
      <h2 id="assigned-title">Claims assigned to me</h2>
      <div className="inline-form">
        <label htmlFor="queue-status">Status</label>
        <select
          id="queue-status"
          value={status}
          onChange={(event) => setStatus(event.target.value as ClaimStatus | '')}
        >
          <option value="">Any status</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={claims.error} />
      {claims.items?.length === 0 && (
        <p className="muted">Nothing assigned to you{status && ' with this status'}.</p>
      )}
      <ul className="plain queue-list">
        {claims.items?.map((claim: Claim) => (
          <li key={claim.id}>
            <StatusBadge status={claim.status} />{' '}
            <a href={documentHref(claim.documentId, { claim: claim.id })}>“{claim.exact}”</a>
            {claim.subject && <span className="muted"> ({claim.subject})</span>}
          </li>
        ))}
      </ul>
      {claims.more && (
        <button type="button" onClick={() => void claims.more?.()}>
          Show more claims
        </button>
      )}
    </section>
  );
}

function OpenFlags() {
  const flags = usePaged((cursor) => listFlags({ status: 'open', cursor }), 'open');
  const bySeverity = (severity: Severity) =>
    flags.items?.filter((flag: Flag) => flag.severity === severity) ?? [];
  return (
    <section className="card" aria-labelledby="open-flags-title">
      <h2 id="open-flags-title">Open flags of the workspace</h2>
      <ErrorMessage error={flags.error} />
      {flags.items?.length === 0 && <p className="muted">No open flags.</p>}
      {SEVERITIES.filter((severity) => bySeverity(severity).length > 0).map((severity) => (
        <section key={severity} aria-labelledby={`open-${severity}-title`}>
          <h3 id={`open-${severity}-title`}>
            {SEVERITY_LABELS[severity]}s ({bySeverity(severity).length})
          </h3>
          <ul className="plain queue-list">
            {bySeverity(severity).map((flag) => (
              <li key={flag.id}>
                <SeverityBadge severity={flag.severity} /> <span className="rule">{flag.rule}</span>{' '}
                <a href={documentHref(flag.documentId, { flag: flag.id })}>{flag.message}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {flags.more && (
        <button type="button" onClick={() => void flags.more?.()}>
          Show more flags
        </button>
      )}
    </section>
  );
}
