import type { ReactNode } from 'react';
import { documentHref } from '../router';
import type { Claim } from '../types';
import { SeverityBadge } from './StatusBadge';

interface Props {
  claim: Claim;
  documentId: string;
  flagId: string | null;
  onShowFlag: (flagId: string) => void;
  /** The selected flag's detail, shown under its link (in the sheet on a phone), or null. */
  detail: ReactNode;
}

/**
 * The flags that name the claim; each link highlights the flag's spans and opens it, in
 * the list of flags beside the text, or right here on a phone.
 */
export function ClaimFlags({ claim, documentId, flagId, onShowFlag, detail }: Props) {
  return (
    <section aria-labelledby="claim-flags-title">
      <h3 id="claim-flags-title">Flags</h3>
      {claim.flags.length === 0 ? (
        <p className="muted">No check raised a flag on this claim.</p>
      ) : (
        <ul className="plain">
          {claim.flags.map((flag) => (
            <li key={flag.id}>
              <SeverityBadge severity={flag.severity} status={flag.status} />{' '}
              <a
                className="claim-flag"
                href={documentHref(documentId, { claim: claim.id, flag: flag.id })}
                data-flag={flag.id}
                aria-current={flag.id === flagId ? 'true' : undefined}
                onClick={() => onShowFlag(flag.id)}
              >
                {flag.message}
              </a>
              {flag.id === flagId && detail}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
