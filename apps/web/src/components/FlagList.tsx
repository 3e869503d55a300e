import type { ReactNode } from 'react';
import { checksSummary } from '../flags';
import { documentHref } from '../router';
import type { ChecksCoverage, Flag } from '../types';
import { SeverityBadge } from './StatusBadge';

interface Props {
  documentId: string;
  /** Sorted: open first, errors first. */
  flags: Flag[];
  /** What the checks read: said when no flag is open. */
  checks: ChecksCoverage;
  selectedFlagId: string | null;
  claimId: string | null;
  /** The selected flag's detail (FlagDetail), unless the claim's sheet shows it. */
  detail: ReactNode;
}

/** The article's flags with their arithmetic; selecting one highlights its spans and opens it. */
export function FlagList({ documentId, flags, checks, selectedFlagId, claimId, detail }: Props) {
  const open = flags.filter((flag) => flag.status === 'open').length;
  return (
    <section className="card flag-list" aria-labelledby="flags-title">
      <h2 id="flags-title">
        Flags{' '}
        <span className="muted">
          ({open} open of {flags.length})
        </span>
      </h2>
      {open === 0 && <p className="muted checks-summary">{checksSummary(checks, flags.length)}</p>}
      <ul className="plain">
        {flags.map((flag) => {
          const selected = flag.id === selectedFlagId;
          return (
            <li
              key={flag.id}
              className={`flag-item severity-${flag.severity}${selected ? ' selected' : ''}`}
            >
              <p>
                <SeverityBadge severity={flag.severity} status={flag.status} />{' '}
                <span className="rule">{flag.rule}</span>
              </p>
              <a
                className="flag-message"
                data-flag={flag.id}
                href={documentHref(documentId, { claim: claimId, flag: selected ? null : flag.id })}
                aria-current={selected ? 'true' : undefined}
                aria-label={`${flag.message}. ${selected ? 'Selected: select again to clear the highlight' : 'Highlight its spans in the text'}`}
              >
                {flag.message}
              </a>
              {selected && detail}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
