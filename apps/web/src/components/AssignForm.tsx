import { useState, type FormEvent } from 'react';
import { assignClaim, errorText } from '../api';
import { memberName, useSession } from '../session';
import type { Claim } from '../types';
import type { ClaimWrite } from './ClaimPanel';
import { ErrorMessage } from './ErrorMessage';

/** Assign the claim to a member who reviews (auditors do not), or to nobody. */
export function AssignForm({ claim, write }: { claim: Claim; write: ClaimWrite }) {
  const { members } = useSession();
  const [assignee, setAssignee] = useState(claim.assigneeId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reviewers = members.filter((member) => member.role !== 'auditor');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const id = assignee || null;
    try {
      await write(
        (current) => assignClaim(current, id),
        id ? `Claim assigned to ${memberName(members, id)}.` : 'Claim unassigned.',
      );
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
          value={assignee}
          onChange={(event) => setAssignee(event.target.value)}
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
