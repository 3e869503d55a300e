import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { closeOnEscape } from '../focus';
import { reasonLabel } from '../labels';
import { flagChanged } from '../mutations';
import { keys, useFlag } from '../queries';
import { documentHref } from '../router';
import { useSession } from '../session';
import type { Claim, Flag } from '../types';
import { useVersionedWrite } from '../useVersionedWrite';
import { CommentsSection } from './CommentsSection';
import { FlagDecisionForm } from './FlagDecisionForm';

interface Props {
  listed: Flag;
  documentId: string;
  claims: Claim[];
  /** Esc or Cancel: the flag is no longer selected. */
  onClose: () => void;
}

/**
 * The selected flag: the claims it names, its decision or the form to take one, its
 * comments. It opens under the flag's link (in the list of flags, or in the claim's
 * sheet on a phone), where focus goes back when it closes or its decision is taken.
 */
export function FlagDetail({ listed, documentId, claims, onClose }: Props) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const loaded = useFlag(listed.id);
  const flag = loaded.data?.data ?? listed;
  const named = claims.filter((claim) => flag.claims.includes(claim.id));
  const root = useRef<HTMLDivElement>(null);

  // The article, its claims and the lists catch up in the background.
  const { stale, write } = useVersionedWrite(keys.flag(listed.id), loaded, () => {
    void flagChanged(queryClient, listed);
  });

  function focusFlagLink() {
    root.current?.closest('li')?.querySelector<HTMLElement>(`a[data-flag="${flag.id}"]`)?.focus();
  }

  function close() {
    focusFlagLink();
    onClose();
  }

  return (
    <div className="flag-detail" ref={root} onKeyDown={closeOnEscape(close)}>
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
          {flag.reason && ` (${reasonLabel(flag.reason)})`}
          {flag.note && `: ${flag.note}`}
        </p>
      )}
      {flag.checkStillFails && (
        <p className="stale" role="note">
          The check still fails: the claims still say what the flag reports. Correct the claims so
          that it passes.
        </p>
      )}
      {write && flag.status === 'open' && can.decide && (
        <FlagDecisionForm flag={flag} write={write} onDecided={focusFlagLink} onCancel={close} />
      )}
      <CommentsSection target={{ type: 'flags', id: flag.id }} />
    </div>
  );
}
