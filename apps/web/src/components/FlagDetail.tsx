import { useState } from 'react';
import { getFlag, StaleError, type Versioned } from '../api';
import { useAnnounce } from '../announce';
import { REASON_LABELS } from '../labels';
import { documentHref } from '../router';
import { useSession } from '../session';
import type { Claim, Flag } from '../types';
import { useLoad } from '../useLoad';
import { CommentsSection } from './CommentsSection';
import { FlagDecisionForm, type FlagWrite } from './FlagDecisionForm';

interface Props {
  listed: Flag;
  documentId: string;
  claims: Claim[];
  onChanged: () => Promise<void>;
}

/** The selected flag: the claims it names, its decision or the form to take one, its comments. */
export function FlagDetail({ listed, documentId, claims, onChanged }: Props) {
  const { can } = useSession();
  const announce = useAnnounce();
  const loaded = useLoad(() => getFlag(listed.id), listed.id);
  const [stale, setStale] = useState<string | null>(null);
  const flag = loaded.data?.data ?? listed;
  const named = claims.filter((claim) => flag.claims.includes(claim.id));

  /** Runs a decision with the ETag the flag was read at; a 412 shows the flag as it is now. */
  const writeFrom =
    (current: Versioned<Flag>): FlagWrite =>
    async (change, done) => {
      try {
        loaded.set(await change(current));
        setStale(null);
        announce(done);
      } catch (caught) {
        if (!(caught instanceof StaleError)) throw caught;
        loaded.set(caught.current as Versioned<Flag>);
        setStale(caught.message);
        announce(caught.message);
      }
      void onChanged();
    };

  return (
    <div className="flag-detail">
      {named.length > 0 && (
        <p>
          Involves:{' '}
          {named.map((claim, index) => (
            <span key={claim.id}>
              {index > 0 && ', '}
              <a href={documentHref(documentId, { claim: claim.id, flag: flag.id })}>
                “{claim.exact}”
              </a>
            </span>
          ))}
        </p>
      )}
      {stale && (
        <p className="stale" role="alert">
          {stale}
        </p>
      )}
      {flag.status !== 'open' && (
        <p className="decision">
          {flag.status === 'resolved' ? 'Resolved' : 'Dismissed'}
          {flag.reason && ` (${REASON_LABELS[flag.reason]})`}
          {flag.note && `: ${flag.note}`}
        </p>
      )}
      {loaded.data && flag.status === 'open' && can.decide && (
        <FlagDecisionForm flag={flag} write={writeFrom(loaded.data)} />
      )}
      <CommentsSection target={{ type: 'flags', id: flag.id }} />
    </div>
  );
}
