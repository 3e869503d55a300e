/**
 * The extraction contract (docs/extraction.md, "The extraction contract"). Offsets count
 * Unicode code points, start inclusive, end exclusive. Keys may be added, never
 * renamed.
 */

/** W3C TextPositionSelector + TextQuoteSelector of one claim. */
export interface ClaimSpan {
  start: number;
  end: number;
  exact: string;
  /** Up to 32 code points before `exact`. */
  prefix: string;
  /** Up to 32 code points after `exact`. */
  suffix: string;
}

export type Bound = 'lower' | 'upper';

export interface NumericClaim extends ClaimSpan {
  id: string;
  kind: 'numeric';
  /** The number as a JS number; null for a range. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** Exact decimal strings of value/low/high, for exact arithmetic in the checks. */
  valueText: string | null;
  lowText: string | null;
  highText: string | null;
  /** Normalised unit: `%`, `pp`, ISO currency, `t`, `day`, `times/week`, or the counted noun in the singular. */
  unit: string | null;
  approximate: boolean;
  bound: Bound | null;
  /** What is counted or measured, in a few words. */
  subject: string | null;
  /** For a currency conversion in brackets, the id of the claim it converts. */
  conversionOf: string | null;
}

export interface QuoteClaim extends ClaimSpan {
  id: string;
  kind: 'quote';
  /** Canonical name of the person or body whose words these are; null when unresolved. */
  speaker: string | null;
  /** Who relayed the words ("Kim conveyed that X said ..."), or null. */
  relayedBy: string | null;
}

export type ExtractedClaim = NumericClaim | QuoteClaim;

/**
 * A stated total and stated parts of it (35 ← 11, 22). `complete`: the parts
 * named are all of the total, so they must add up to it ("Of the 35 MOUs, 11
 * ... and 22 ..."); otherwise they are some of it and must not exceed it ("a
 * fleet of 270 aircraft, including 12 freighters").
 */
export interface PartsOfTotalRelation {
  type: 'parts-of-total';
  total: string;
  parts: string[];
  complete: boolean;
}

/** A count (`part`) with the percentage (`share`) of a whole it makes; `total` when the whole is stated. */
export interface ShareOfRelation {
  type: 'share-of';
  part: string;
  share: string;
  total: string | null;
}

/**
 * A stated change of a value: "rose 12% to £4.5bn from £4bn" (`change` the
 * 12%); a change stated in a word, "halved its dividend to 17 cents from 34
 * cents" (`factor` "0.5", no `change` claim); or a change stated both in the
 * value's unit and in percent, from an unstated value: "the Dow fell 102.2
 * points, or 0.36%, to 27,934.02" (`by` the 102.2 points, `from` null).
 */
export interface ChangeRelation {
  type: 'change';
  from: string | null;
  to: string;
  change: string | null;
  /** The change in the values' own unit ("fell 102.2 points", "rose 3p"). */
  by: string | null;
  direction: 'rise' | 'fall' | null;
  /** to = from × factor, for "halved" (0.5), "doubled" (2), "tripled" (3); exact decimal text. */
  factor: string | null;
}

/** Shares of one whole that exclude each other, so they add up to at most 100% (poll answers: 61% for, 24% against). */
export interface SharesOfOneGroupRelation {
  type: 'shares-of-one-group';
  shares: string[];
}

/** Claims that state the same quantity (the headline's figure repeated in the body). */
export interface SameQuantityRelation {
  type: 'same-quantity';
  claims: string[];
}

export type ExtractedRelation =
  | PartsOfTotalRelation
  | ShareOfRelation
  | ChangeRelation
  | SharesOfOneGroupRelation
  | SameQuantityRelation;

export const RELATION_TYPES = [
  'parts-of-total',
  'share-of',
  'change',
  'shares-of-one-group',
  'same-quantity',
] as const satisfies readonly ExtractedRelation['type'][];

export interface Extraction {
  document: { sha256: string; length: number };
  claims: ExtractedClaim[];
  relations: ExtractedRelation[];
  /** The extractor raises no flags; the checks do. */
  flags: [];
}
