import { ApiProperty } from '@nestjs/swagger';
import { TextSpanResponse } from '../common/text-span.response.js';
import {
  FLAG_SEVERITIES,
  FLAG_STATUSES,
  type FlagSeverity,
  type FlagStatus,
} from '../records/flag.js';

/** A flag as the API answers it (presentFlag). */
export class FlagResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ description: 'The check that raised the flag', example: 'sum-mismatch' })
  rule: string;

  @ApiProperty({ type: 'integer' })
  ruleVersion: number;

  @ApiProperty({ enum: FLAG_SEVERITIES })
  severity: FlagSeverity;

  @ApiProperty()
  message: string;

  @ApiProperty({
    description: "The check's finding (its shape depends on the rule)",
    type: 'object',
    additionalProperties: true,
    nullable: true,
  })
  data: unknown;

  @ApiProperty({ type: [String], description: 'Ids of the claims the flag names' })
  claims: string[];

  @ApiProperty({
    type: [TextSpanResponse],
    description:
      "Every span of the text the flag involves: its claims' spans, then words that are no claim (a name-variant's spellings)",
  })
  spans: TextSpanResponse[];

  @ApiProperty({ enum: FLAG_STATUSES })
  status: FlagStatus;

  @ApiProperty({ nullable: true, type: String, description: 'Reason code of a decision' })
  reason: string | null;

  @ApiProperty({ nullable: true, type: String })
  note: string | null;

  @ApiProperty({
    description:
      'Resolved by a person, yet the last run of the checks still finds it: the numbers were not corrected',
  })
  checkStillFails: boolean;

  @ApiProperty({ type: 'integer', description: 'For If-Match: the ETag is "v<version>"' })
  version: number;

  @ApiProperty({ description: 'Hash of what the check read' })
  inputHash: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class FlagPageResponse {
  @ApiProperty({ type: [FlagResponse] })
  items: FlagResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}
