import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { CLAIM_TRANSITION_TARGETS, REASON_CODES, type ReasonCode } from '../workflow/workflow.js';

export class TransitionDto {
  @ApiProperty({ enum: CLAIM_TRANSITION_TARGETS })
  @IsIn(CLAIM_TRANSITION_TARGETS)
  to: (typeof CLAIM_TRANSITION_TARGETS)[number];

  @ApiPropertyOptional({
    enum: REASON_CODES,
    description: 'Needed for a verdict other than verified, and to reopen',
  })
  @IsOptional()
  @IsIn(REASON_CODES)
  reason?: ReasonCode;

  @ApiPropertyOptional({ description: 'Needed with a verdict other than verified' })
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  note?: string;
}

export class FlagDecisionDto {
  @ApiPropertyOptional({ enum: REASON_CODES, description: 'Needed to dismiss' })
  @IsOptional()
  @IsIn(REASON_CODES)
  reason?: ReasonCode;

  @ApiPropertyOptional({ description: 'Needed to dismiss' })
  @IsOptional()
  @MaxLength(5000)
  @IsString()
  note?: string;
}

export class AssignDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A member of the workspace, or null to unassign',
  })
  @ValidateIf((dto: AssignDto) => dto.assigneeId !== null)
  @IsUUID()
  @IsNotEmpty()
  assigneeId: string | null;
}
