import { ApiProperty } from '@nestjs/swagger';

/** The latest event of a workspace's chain, signed by the server (Ed25519). */
export class LedgerHeadResponse {
  @ApiProperty({ format: 'uuid' })
  workspaceId: string;

  @ApiProperty({ type: 'integer', description: 'Sequence number of the latest event (0: none)' })
  seq: number;

  @ApiProperty({ description: 'Hash (hex) of the latest event' })
  hash: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({
    description: 'Ed25519 signature (base64url) of the RFC 8785 JSON of workspaceId, seq, hash, at',
  })
  signature: string;
}

export class PublicKeyResponse {
  @ApiProperty({ enum: ['Ed25519'] })
  algorithm: 'Ed25519';

  @ApiProperty({ description: 'The public key in PEM (SPKI)' })
  publicKey: string;
}

export class EventActorResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  id: string | null;

  @ApiProperty({ example: 'editor' })
  role: string;
}

export class EventSubjectResponse {
  @ApiProperty({ example: 'claim' })
  type: string;

  @ApiProperty({ format: 'uuid' })
  id: string;
}

/** One event of the review history, with its hash chain fields. */
export class LedgerEventResponse {
  @ApiProperty({ format: 'uuid' })
  workspaceId: string;

  @ApiProperty({ type: 'integer' })
  seq: number;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: EventActorResponse })
  actor: EventActorResponse;

  @ApiProperty({ example: 'claim.set-verdict' })
  action: string;

  @ApiProperty({ type: EventSubjectResponse })
  subject: EventSubjectResponse;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  data: unknown;

  @ApiProperty({ description: 'Hash of the previous event (64 zeros for the first)' })
  prevHash: string;

  @ApiProperty({ description: 'SHA-256 (hex) of the RFC 8785 JSON of the event without its hash' })
  hash: string;
}

/** An event as the list answers it: with the document it is about, for a link (not hashed). */
export class LedgerEventListItemResponse extends LedgerEventResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  documentId: string | null;
}

export class LedgerEventPageResponse {
  @ApiProperty({ type: [LedgerEventListItemResponse] })
  items: LedgerEventListItemResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}
