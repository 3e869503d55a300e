/**
 * A numeric claim as the scanner builds it: the span, the value or range, the
 * unit, the hedges, and what the later passes add (the subject, the person of
 * an age, the amount a conversion converts, the claim id); and a new candidate
 * made from a quantity read at a position.
 */
import type { ExactDecimal } from './exact-decimal.js';
import type { Quantity } from './quantity-reader.js';
import type { Bound } from './types.js';
import type { UnitKind } from './units.js';

export interface NumericCandidate {
  /** UTF-16 span. */
  start: number;
  end: number;
  value: ExactDecimal | null;
  low: ExactDecimal | null;
  high: ExactDecimal | null;
  unit: string | null;
  unitKind: UnitKind | null;
  /** The counted noun as written, when it is in the span. */
  nounPhrase: string | null;
  /** The counted noun was read from the words around a bare number ("Of the 35 MOUs, 11 were signed"), not written beside it. */
  unitFromContext: boolean;
  approximate: boolean;
  bound: Bound | null;
  subject: string | null;
  /** For an age in "Jane Doe, 34", the person. */
  ageOf: string | null;
  /** The original amount this bracketed currency conversion converts. */
  conversionOf: NumericCandidate | null;
  /** Preceded by "the"/"these"/"those": refers back to a stated quantity ("Of the 35 MOUs"). */
  definite: boolean;
  /** Start of the hedge before the span ("about"), or `start`. */
  qualifierStart: number;
  /** The claim id ("n3"), given once all numbers are found. */
  id: string;
}

export function newCandidate(quantity: Quantity): NumericCandidate {
  return {
    start: quantity.start,
    end: quantity.end,
    value: quantity.value,
    low: null,
    high: null,
    unit: quantity.unit,
    unitKind: quantity.unitKind,
    nounPhrase: quantity.nounPhrase,
    unitFromContext: false,
    approximate: false,
    bound: null,
    subject: null,
    ageOf: null,
    conversionOf: null,
    definite: false,
    qualifierStart: quantity.start,
    id: '',
  };
}
