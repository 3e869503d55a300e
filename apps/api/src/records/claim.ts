import { Decimal } from 'decimal.js';
import type { Span } from '../text/span.js';
import type { FieldError } from '../errors/domain-error.js';

export const CLAIM_KINDS = ['numeric', 'quote'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const CLAIM_STATUSES = [
  'unreviewed',
  'in_review',
  'verified',
  'disputed',
  'incorrect',
  'unverifiable',
  'needs_anchor',
  'not_a_claim',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type ClaimOrigin = 'extracted' | 'manual';
export type Bound = 'lower' | 'upper';

/** The describing fields of a claim; numbers are exact decimal strings. */
export interface ClaimFields {
  value: string | null;
  low: string | null;
  high: string | null;
  unit: string | null;
  approximate: boolean;
  bound: Bound | null;
  subject: string | null;
  speaker: string | null;
  relayedBy: string | null;
}

/** A claim's fields before anything is known about it. */
export const EMPTY_CLAIM_FIELDS: Readonly<ClaimFields> = {
  value: null,
  low: null,
  high: null,
  unit: null,
  approximate: false,
  bound: null,
  subject: null,
  speaker: null,
  relayedBy: null,
};

/** What a numeric claim states: its value or range, its unit, a hedge and a bound. */
export type ClaimMeasure = Pick<
  ClaimFields,
  'value' | 'low' | 'high' | 'unit' | 'approximate' | 'bound'
>;

export function measureOf(claim: ClaimMeasure): ClaimMeasure {
  const { value, low, high, unit, approximate, bound } = claim;
  return { value, low, high, unit, approximate, bound };
}

export interface NewClaim extends ClaimFields, Span {
  /** Chosen by the caller when it must refer to the claim before it is stored. */
  id?: string;
  kind: ClaimKind;
  origin: ClaimOrigin;
  conversionOfId?: string | null;
}

export interface ClaimRecord extends NewClaim {
  id: string;
  conversionOfId: string | null;
  workspaceId: string;
  documentId: string;
  documentVersionId: string;
  status: ClaimStatus;
  statusReason: string | null;
  statusNote: string | null;
  version: number;
  assigneeId: string | null;
  createdBy: string | null;
  correctedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The rules a claim's fields obey whoever wrote them; returns what is wrong. */
export function claimFieldErrors(kind: ClaimKind, fields: ClaimFields): FieldError[] {
  const errors: FieldError[] = [];
  for (const name of ['value', 'low', 'high'] as const) {
    const number = fields[name];
    if (number !== null && !DECIMAL.test(number))
      errors.push({ field: name, message: 'must be a decimal number' });
  }
  if (kind === 'numeric') {
    const isRange = fields.low !== null || fields.high !== null;
    if (fields.value === null && !isRange) {
      errors.push({
        field: 'value',
        message: 'a numeric claim needs a value, or low and high for a range',
      });
    }
    if (fields.value !== null && isRange) {
      errors.push({ field: 'value', message: 'a range has low and high and no value' });
    }
    if (isRange && (fields.low === null || fields.high === null)) {
      errors.push({
        field: fields.low === null ? 'low' : 'high',
        message: 'a range needs both low and high',
      });
    }
    if (
      fields.low !== null &&
      fields.high !== null &&
      errors.length === 0 &&
      Number(fields.low) > Number(fields.high)
    ) {
      errors.push({ field: 'low', message: 'must not be greater than high' });
    }
    if (fields.speaker !== null)
      errors.push({ field: 'speaker', message: 'only a quote has a speaker' });
  } else {
    for (const name of ['value', 'low', 'high', 'unit'] as const) {
      if (fields[name] !== null)
        errors.push({ field: name, message: 'a quote has no numeric fields' });
    }
  }
  return errors;
}

/** A decimal string from a JSON number, without exponent notation (1e-30 stays exact). */
export function decimalFromNumber(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return new Decimal(value).toFixed();
}
