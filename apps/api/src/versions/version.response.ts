import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLAIM_STATUSES } from '../records/claim.js';

const OUTCOMES = ['kept', 'moved', 'changed-value', 'lost', 'needs-anchor', 'new'];

/** How many claims had each outcome. */
export class OutcomeCountsResponse {
  @ApiProperty({ type: 'integer' }) kept: number;
  @ApiProperty({ type: 'integer' }) moved: number;
  @ApiProperty({ type: 'integer' }) 'changed-value': number;
  @ApiProperty({ type: 'integer' }) lost: number;
  @ApiProperty({ type: 'integer' }) 'needs-anchor': number;
  @ApiProperty({ type: 'integer' }) new: number;
}

/** What a version did to the claims, flags and verdicts of the one before it. */
export class RevisionSummaryResponse {
  @ApiProperty({ type: 'integer' })
  fromVersion: number;

  @ApiProperty({ type: OutcomeCountsResponse })
  counts: OutcomeCountsResponse;

  @ApiProperty({ type: 'integer', description: 'Flags the checks opened on this version' })
  flagsOpened: number;

  @ApiProperty({ type: 'integer', description: 'Flags that closed with this version' })
  flagsClosed: number;

  @ApiProperty({ type: 'integer', description: 'Verdicts that went stale' })
  staleVerdicts: number;
}

export class VersionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  number: number;

  @ApiProperty({ description: 'SHA-256 (hex) of the normalised text' })
  sha256: string;

  @ApiProperty({ type: 'integer', description: 'Length of the text in code points' })
  length: number;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  createdBy: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiPropertyOptional({
    type: RevisionSummaryResponse,
    description: 'What it did to the version before it; absent for the first version',
  })
  revision?: RevisionSummaryResponse;
}

export class VersionDetailResponse extends VersionResponse {
  @ApiProperty()
  text: string;
}

export class VersionListResponse {
  @ApiProperty({ type: [VersionResponse] })
  items: VersionResponse[];
}

/** A claim's span and value in one version. */
export class ClaimStateResponse {
  @ApiProperty({ type: 'integer' }) start: number;
  @ApiProperty({ type: 'integer' }) end: number;
  @ApiProperty() exact: string;
  @ApiProperty({ nullable: true, type: String, description: 'Exact decimal' })
  value: string | null;
}

export class ClaimOutcomeResponse {
  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ enum: OUTCOMES })
  outcome: string;

  @ApiProperty({
    nullable: true,
    enum: ['lost', 'ambiguous', 'digits-changed', null],
    description: 'Why a claim needs an anchor',
  })
  reason: string | null;

  @ApiPropertyOptional({
    type: ClaimStateResponse,
    description: 'Where it was; absent for a new claim',
  })
  before?: ClaimStateResponse;

  @ApiPropertyOptional({
    type: ClaimStateResponse,
    description: 'Where it is; absent while it needs an anchor',
  })
  after?: ClaimStateResponse;

  @ApiProperty({ nullable: true, enum: [...CLAIM_STATUSES, null] })
  staleVerdict: string | null;
}

export class FlagChangeResponse {
  @ApiProperty({ format: 'uuid' }) flagId: string;
  @ApiProperty() rule: string;
  @ApiProperty() message: string;
}

export class StaleVerdictResponse {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) verdict: string;
}

/** old[oldStart, oldEnd) became new[newStart, newEnd), in code points. */
export class TextEditResponse {
  @ApiProperty({ type: 'integer' }) oldStart: number;
  @ApiProperty({ type: 'integer' }) oldEnd: number;
  @ApiProperty({ type: 'integer' }) newStart: number;
  @ApiProperty({ type: 'integer' }) newEnd: number;
  @ApiProperty() removed: string;
  @ApiProperty() inserted: string;
}

export class VersionDiffResponse {
  @ApiProperty({ type: 'integer' }) fromVersion: number;
  @ApiProperty({ type: 'integer' }) toVersion: number;
  @ApiProperty({ type: [TextEditResponse] }) edits: TextEditResponse[];
  @ApiProperty({ type: OutcomeCountsResponse }) counts: OutcomeCountsResponse;
  @ApiProperty({ type: [ClaimOutcomeResponse] }) claims: ClaimOutcomeResponse[];
  @ApiProperty({ type: [FlagChangeResponse] }) flagsOpened: FlagChangeResponse[];
  @ApiProperty({ type: [FlagChangeResponse] }) flagsClosed: FlagChangeResponse[];
  @ApiProperty({ type: [StaleVerdictResponse] }) staleVerdicts: StaleVerdictResponse[];
}
