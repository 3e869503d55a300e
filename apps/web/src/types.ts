// The shapes the /v1 API answers (see /docs-json), as far as the UI uses them.

export type Role = 'reporter' | 'editor' | 'auditor' | 'admin';

export type ClaimStatus =
  | 'unreviewed'
  | 'in_review'
  | 'verified'
  | 'disputed'
  | 'incorrect'
  | 'unverifiable'
  | 'needs_anchor'
  | 'not_a_claim';

/** The statuses `POST /claims/:id/transitions` accepts as `to`. */
export type TransitionTarget =
  | 'in_review'
  | 'verified'
  | 'disputed'
  | 'incorrect'
  | 'unverifiable'
  | 'not_a_claim'
  | 'unreviewed';

export type ReasonCode =
  'rounding' | 'different-scope' | 'source-error' | 'extraction-error' | 'other';
export type Severity = 'error' | 'warning' | 'info';
export type FlagStatus = 'open' | 'resolved' | 'dismissed';
export type Stance = 'supports' | 'contradicts' | 'context';

export interface Me {
  userId: string;
  name: string;
  role: Role;
  workspace: { id: string; slug: string; name: string };
}

export interface Member {
  userId: string;
  name: string;
  role: Role;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface DocumentSummary {
  id: string;
  title: string;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  createdAt: string;
  version: { id: string; number: number; length: number };
  claimsByStatus: Partial<Record<ClaimStatus, number>>;
  openFlagsBySeverity: Partial<Record<Severity, number>>;
}

/** A flag as a claim lists it. */
export interface ClaimFlag {
  id: string;
  rule: string;
  severity: Severity;
  status: FlagStatus;
  message: string;
}

export interface Claim {
  id: string;
  documentId: string;
  kind: 'numeric' | 'quote';
  /** Unicode code point offsets into the document's text (see text.ts). */
  start: number;
  end: number;
  exact: string;
  /** The words just before and after, as the claim's quote selector keeps them. */
  prefix: string;
  suffix: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  approximate: boolean;
  bound: 'lower' | 'upper' | null;
  subject: string | null;
  speaker: string | null;
  relayedBy: string | null;
  origin: 'extracted' | 'manual';
  status: ClaimStatus;
  statusReason: ReasonCode | null;
  statusNote: string | null;
  version: number;
  assigneeId: string | null;
  createdBy: string | null;
  correctedBy: string | null;
  flags: ClaimFlag[];
}

/** A span of a document's text in code points (start inclusive, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  exact: string;
}

export interface Flag {
  id: string;
  documentId: string;
  rule: string;
  severity: Severity;
  message: string;
  /** Rule-specific details. */
  data: unknown;
  claims: string[];
  /** Every span the flag involves: its claims', then words that are no claim (a name's spellings). */
  spans: TextSpan[];
  status: FlagStatus;
  reason: ReasonCode | null;
  note: string | null;
  /** Resolved by a person, yet the checks still find it. */
  checkStillFails: boolean;
  version: number;
}

export type Relation =
  | { id: string; type: 'parts-of-total'; total: string; parts: string[]; complete: boolean }
  | { id: string; type: 'share-of'; part: string; share: string; total: string | null }
  | {
      id: string;
      type: 'change';
      from: string | null;
      to: string;
      change: string | null;
      by: string | null;
      direction: 'rise' | 'fall' | null;
      /** to = from × factor ("halved": "0.5"), an exact decimal string. */
      factor: string | null;
    }
  | { id: string; type: 'shares-of-one-group'; shares: string[] }
  | { id: string; type: 'same-quantity'; claims: string[] };

export type RelationType = Relation['type'];

/** What the checks read in a document: the rules that ran, its relations and claims. */
export interface ChecksCoverage {
  rules: string[];
  relations: number;
  relationsByType: Record<RelationType, number>;
  numericClaims: number;
  quotes: number;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  claims: Claim[];
  /** More claims to read (GET /documents/{id}/claims); the UI reads them all. */
  claimsNextCursor: string | null;
  relations: Relation[];
  flags: Flag[];
  checks: ChecksCoverage;
}

export interface NewDocument {
  title: string;
  text: string;
  publisher?: string;
  sourceUrl?: string;
  publishedAt?: string;
}

/** The fields `PATCH /claims/:id` may change. */
export type ClaimCorrection = Partial<
  Pick<
    Claim,
    | 'value'
    | 'low'
    | 'high'
    | 'unit'
    | 'approximate'
    | 'bound'
    | 'subject'
    | 'speaker'
    | 'relayedBy'
  >
>;

export interface HistoryEntry {
  seq: number;
  at: string;
  action: string;
  actor: { id: string | null; role: string; name: string | null };
  summary: string;
}

export interface Comment {
  id: string;
  authorId: string;
  body: string;
  createdAt: string;
}

export interface Evidence {
  id: string;
  url: string | null;
  note: string;
  stance: Stance;
  authorId: string;
  createdAt: string;
}

export interface LedgerHead {
  seq: number;
  hash: string;
  at: string;
  signature: string | null;
}

export interface ExportFilters {
  from?: string;
  to?: string;
  documentId?: string;
  actorId?: string;
  action?: string;
}
