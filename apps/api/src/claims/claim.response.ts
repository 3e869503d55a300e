import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FLAG_SEVERITIES,
  FLAG_STATUSES,
  type FlagSeverity,
  type FlagStatus,
} from '../records/flag.js';
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  type Bound,
  type ClaimKind,
  type ClaimStatus,
} from '../records/claim.js';
import { AnnotationTargetResponse, TextSpanResponse } from '../common/text-span.response.js';
import { EventSubjectResponse } from '../ledger/ledger.response.js';
import {
  CHANGE_DIRECTIONS,
  RELATION_TYPES,
  type ChangeDirection,
  type RelationType,
} from '../records/relation.js';

/** A flag that names a claim, as the claim lists it. */
export class ClaimFlagResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'sum-mismatch' })
  rule: string;

  @ApiProperty({ enum: FLAG_SEVERITIES })
  severity: FlagSeverity;

  @ApiProperty({ enum: FLAG_STATUSES })
  status: FlagStatus;

  @ApiProperty()
  message: string;
}

/** A claim as the API answers it (presentClaim): its span, and what it states. */
export class ClaimResponse extends TextSpanResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ format: 'uuid' })
  documentVersionId: string;

  @ApiProperty({ enum: CLAIM_KINDS })
  kind: ClaimKind;

  @ApiProperty({ description: 'Text just before the span' })
  prefix: string;

  @ApiProperty({ description: 'Text just after the span' })
  suffix: string;

  @ApiProperty({ nullable: true, type: Number, description: 'The stated number' })
  value: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Low end of a stated range' })
  low: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'High end of a stated range' })
  high: number | null;

  @ApiProperty({ nullable: true, type: String, example: 'percent' })
  unit: string | null;

  @ApiProperty()
  approximate: boolean;

  @ApiProperty({ nullable: true, enum: ['lower', 'upper'] })
  bound: Bound | null;

  @ApiProperty({ nullable: true, type: String })
  subject: string | null;

  @ApiProperty({ nullable: true, type: String, description: "A quote's speaker" })
  speaker: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Who relayed the words' })
  relayedBy: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  conversionOfId: string | null;

  @ApiProperty({ enum: ['extracted', 'manual'] })
  origin: 'extracted' | 'manual';

  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;

  @ApiProperty({ nullable: true, type: String })
  statusReason: string | null;

  @ApiProperty({ nullable: true, type: String })
  statusNote: string | null;

  @ApiProperty({ type: 'integer', description: 'For If-Match: the ETag is "v<version>"' })
  version: number;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  assigneeId: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  createdBy: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  correctedBy: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ type: [ClaimFlagResponse], description: 'The flags that name the claim' })
  flags: ClaimFlagResponse[];

  @ApiProperty({
    type: AnnotationTargetResponse,
    description: 'The span as W3C Web Annotation selectors, for annotation clients',
  })
  target: AnnotationTargetResponse;
}

export class ClaimPageResponse {
  @ApiProperty({ type: [ClaimResponse] })
  items: ClaimResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}

/**
 * A relation between claims of a document. Its fields depend on its type:
 * parts-of-total has total, parts and complete; share-of has part, share and
 * total (or null); change has from, to, change, by, direction and factor
 * (each but to may be null); shares-of-one-group has shares; same-quantity has
 * claims. All name claims by id.
 */
export class RelationResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ enum: ['extracted', 'manual'] })
  origin: 'extracted' | 'manual';

  @ApiProperty({ enum: RELATION_TYPES })
  type: RelationType;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'parts-of-total: the total; share-of: the whole, or null when not stated',
  })
  total?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'parts-of-total: the parts' })
  parts?: string[];

  @ApiPropertyOptional({
    type: Boolean,
    description:
      'parts-of-total: true when the parts must add up to the total, false when they only must not exceed it',
  })
  complete?: boolean;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'share-of: the count' })
  part?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'share-of: the percentage' })
  share?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'change: the value before, or null when only the change is stated',
  })
  from?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'change: the value after' })
  to?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'change: the stated change ("rose 12%"), or null',
  })
  change?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'change: the change in the values\' own unit ("fell 102.2 points"), or null',
  })
  by?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    enum: CHANGE_DIRECTIONS,
    description: 'change: which way the words say it went, or null',
  })
  direction?: ChangeDirection | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '0.5',
    description: 'change: to = from × factor for a change stated in a word ("halved"), or null',
  })
  factor?: string | null;

  @ApiPropertyOptional({
    type: [String],
    description: 'shares-of-one-group: percentages of one whole that exclude each other',
  })
  shares?: string[];

  @ApiPropertyOptional({ type: [String], description: 'same-quantity: the mentions' })
  claims?: string[];
}

export class HistoryActorResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  id: string | null;

  @ApiProperty({ example: 'editor' })
  role: string;

  @ApiProperty({ nullable: true, type: String })
  name: string | null;
}

/** One event of a claim's history, with a sentence a person can read. */
export class HistoryEntryResponse {
  @ApiProperty({ type: 'integer' })
  seq: number;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ example: 'claim.set-verdict' })
  action: string;

  @ApiProperty({ type: HistoryActorResponse })
  actor: HistoryActorResponse;

  @ApiProperty({ example: 'Eve (editor) set the verdict verified' })
  summary: string;

  @ApiProperty({ type: EventSubjectResponse, description: 'The claim, or a flag that names it' })
  subject: EventSubjectResponse;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  data: unknown;

  @ApiProperty({ description: 'Hash of the event in the chain' })
  hash: string;
}

export class HistoryPageResponse {
  @ApiProperty({ type: [HistoryEntryResponse], description: "The claim's events, oldest first" })
  items: HistoryEntryResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}
