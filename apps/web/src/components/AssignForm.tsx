import { useRef, useState, type FormEvent } from 'react';
import { assignClaim, errorText } from '../api';
import { useDraft } from '../drafts';
import { memberName, useSession } from '../session';
import type { Claim } from '../types';
import type { ClaimWrite } from './ClaimPanel';
import { ErrorMessage } from './ErrorMessage';

/** Assign the claim to a member who reviews (auditors do not), or to nobody. */
export function AssignForm({ claim, write }: { claim: Claim; write: ClaimWrite }) {
  const { members } = useSession();
  // The member chosen, until it is written ('' is nobody; null: the claim's assignee).
  const [chosen, setChosen, discardChoice] = useDraft<string | null>(`assign:${claim.id}`, null);
  const assignee = chosen ?? claim.assigneeId ?? '';
  const select = useRef<HTMLSelectElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reviewers = members.filter((member) => member.role !== 'auditor');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const id = assignee || null;
    try {
      const written = await write(
        (current) => assignClaim(current, id),
        id ? `Claim assigned to ${memberName(members, id)}.` : 'Claim unassigned.',
      );
      if (written) {
        discardChoice();
        // The button is disabled now that the choice is the assignee: focus stays on the choice.
        select.current?.focus();
      }
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="assign-title">
      <h3 id="assign-title">Assignment</h3>
      <form className="inline-form" onSubmit={(event) => void submit(event)}>
        <label htmlFor="assignee">Assign to</label>
        <select
          id="assignee"
          ref={select}
          value={assignee}
          onChange={(event) =>
            setChosen(event.target.value === (claim.assigneeId ?? '') ? null : event.target.value)
          }
        >
          <option value="">Nobody</option>
          {reviewers.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name} ({member.role})
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || assignee === (claim.assigneeId ?? '')}>
          Assign
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
