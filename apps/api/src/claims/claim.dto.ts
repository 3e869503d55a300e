import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  IsArray,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import {
  CHANGE_DIRECTIONS,
  RELATION_TYPES,
  type ChangeDirection,
  type RelationType,
} from '../records/relation.js';
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  type Bound,
  type ClaimKind,
  type ClaimStatus,
} from '../records/claim.js';

const FINITE = { allowNaN: false, allowInfinity: false };

/** Fields shared by a new manual claim and a correction. */
class ClaimFieldsDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The number, for a single value',
  })
  @IsOptional()
  @IsNumber(FINITE)
  value?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Lower end of a range' })
  @IsOptional()
  @IsNumber(FINITE)
  low?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Upper end of a range' })
  @IsOptional()
  @IsNumber(FINITE)
  high?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'MOU' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  unit?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  approximate?: boolean;

  @ApiPropertyOptional({ enum: ['lower', 'upper'], nullable: true })
  @IsOptional()
  @IsIn(['lower', 'upper'])
  bound?: Bound | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  subject?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Kim Tae-hyo' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  speaker?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  relayedBy?: string | null;
}

export class CreateClaimDto extends ClaimFieldsDto {
  @ApiProperty({ enum: CLAIM_KINDS })
  @IsIn(CLAIM_KINDS)
  kind: ClaimKind;

  @ApiProperty({ description: 'Start offset in Unicode code points (inclusive)' })
  @Min(0)
  @IsInt()
  start: number;

  @ApiProperty({ description: 'End offset in Unicode code points (exclusive)' })
  @Min(0)
  @IsInt()
  end: number;

  @ApiProperty({ description: 'The text at [start, end), exactly' })
  @IsNotEmpty()
  @IsString()
  exact: string;
}

export class CorrectClaimDto extends ClaimFieldsDto {
  @ApiPropertyOptional({ description: 'New span start; give start, end and exact together' })
  @ValidateIf(
    (dto: CorrectClaimDto) =>
      dto.start !== undefined || dto.end !== undefined || dto.exact !== undefined,
  )
  @Min(0)
  @IsInt()
  start?: number;

  @ApiPropertyOptional()
  @ValidateIf(
    (dto: CorrectClaimDto) =>
      dto.start !== undefined || dto.end !== undefined || dto.exact !== undefined,
  )
  @Min(0)
  @IsInt()
  end?: number;

  @ApiPropertyOptional()
  @ValidateIf(
    (dto: CorrectClaimDto) =>
      dto.start !== undefined || dto.end !== undefined || dto.exact !== undefined,
  )
  @IsNotEmpty()
  @IsString()
  exact?: string;
}

export class ClaimListQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({ enum: CLAIM_STATUSES })
  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  @ApiPropertyOptional({ enum: CLAIM_KINDS })
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  @ApiPropertyOptional({
    description: '`me`, `none` (assigned to no one), or a member id: the claims assigned to them',
  })
  @IsOptional()
  @Matches(/^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assignee must be "me", "none" or a member id',
  })
  assignee?: string;
}

/**
 * A relation a person links. Which fields it takes depends on `type`:
 * parts-of-total: total, parts, complete; share-of: part, share, total;
 * change: from, to, change, by, direction, factor; shares-of-one-group: shares;
 * same-quantity: claims. Claims are named by id.
 */
export class RelationDto {
  @ApiProperty({ enum: RELATION_TYPES })
  @IsIn(RELATION_TYPES)
  type: RelationType;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'parts-of-total: the total (required); share-of: the whole, if stated',
  })
  @IsOptional()
  @IsUUID()
  total?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'parts-of-total: the parts (at least 1)',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @IsArray()
  parts?: string[];

  @ApiPropertyOptional({
    description:
      'parts-of-total: true when the parts must add up to the total, false when they only must not exceed it (default: true with 2 or more parts, false with one)',
  })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'share-of: the count (required)' })
  @IsOptional()
  @IsUUID()
  part?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'share-of: the percentage (required)' })
  @IsOptional()
  @IsUUID()
  share?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'change: the value before (required unless by is given)',
  })
  @IsOptional()
  @IsUUID()
  from?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'change: the value after (required)' })
  @IsOptional()
  @IsUUID()
  to?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'change: the stated change ("rose 12%"), if any; not with factor',
  })
  @IsOptional()
  @IsUUID()
  change?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'change: the change in the values\' own unit ("fell 102.2 points"), if stated',
  })
  @IsOptional()
  @IsUUID()
  by?: string;

  @ApiPropertyOptional({
    enum: CHANGE_DIRECTIONS,
    description: 'change: which way the words say it went, if they do',
  })
  @IsOptional()
  @IsIn(CHANGE_DIRECTIONS)
  direction?: ChangeDirection;

  @ApiPropertyOptional({
    example: '0.5',
    description:
      'change: a change stated in a word, to = from × factor ("halved": "0.5", "doubled": "2"), an exact decimal string',
  })
  @IsOptional()
  @MaxLength(30)
  @IsString()
  factor?: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'shares-of-one-group: percentages of one whole that exclude each other (at least 2)',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @IsArray()
  shares?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'same-quantity: the mentions (at least 2)',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @IsArray()
  claims?: string[];
}
