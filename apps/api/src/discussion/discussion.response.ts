import { ApiProperty } from '@nestjs/swagger';
import type { CommentSubject, Stance } from './discussion.repository.js';

/** A comment on a claim or a flag. */
export class CommentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['claim', 'flag'] })
  subjectType: CommentSubject;

  @ApiProperty({ format: 'uuid', description: 'The claim or flag commented on' })
  subjectId: string;

  @ApiProperty({ format: 'uuid' })
  authorId: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

/** A source that supports, contradicts or gives context to a claim. */
export class EvidenceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ nullable: true, type: String, format: 'uri' })
  url: string | null;

  @ApiProperty()
  note: string;

  @ApiProperty({ enum: ['supports', 'contradicts', 'context'] })
  stance: Stance;

  @ApiProperty({ format: 'uuid' })
  authorId: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

export class CommentPageResponse {
  @ApiProperty({ type: [CommentResponse], description: 'Oldest first' })
  items: CommentResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}

export class EvidencePageResponse {
  @ApiProperty({ type: [EvidenceResponse], description: 'Oldest first' })
  items: EvidenceResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}
