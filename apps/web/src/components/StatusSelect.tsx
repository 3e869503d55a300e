import { STATUS_LABELS, STATUSES } from '../labels';
import type { ClaimStatus } from '../types';

/** A claim-status filter: any status, or one. */
export function StatusSelect(props: {
  id: string;
  value: ClaimStatus | '';
  onChange: (value: ClaimStatus | '') => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>Status</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as ClaimStatus | '')}
      >
        <option value="">Any status</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
    </>
  );
}
