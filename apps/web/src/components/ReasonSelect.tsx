import type { Ref } from 'react';
import { REASON_LABELS, REASONS } from '../labels';
import type { ReasonCode } from '../types';

interface Props {
  id: string;
  value: ReasonCode | '';
  required: boolean;
  onChange: (reason: ReasonCode) => void;
  selectRef?: Ref<HTMLSelectElement>;
}

/** The reason codes a verdict or a flag decision may give. */
export function ReasonSelect({ id, value, required, onChange, selectRef }: Props) {
  return (
    <select
      id={id}
      ref={selectRef}
      required={required}
      value={value}
      onChange={(event) => onChange(event.target.value as ReasonCode)}
    >
      <option value="">Choose a reason</option>
      {REASONS.map((code) => (
        <option key={code} value={code}>
          {REASON_LABELS[code]}
        </option>
      ))}
    </select>
  );
}
