import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmpty, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../common/pagination.js';
import {
  FLAG_SEVERITIES,
  FLAG_STATUSES,
  type FlagSeverity,
  type FlagStatus,
} from '../records/flag.js';

export class FlagListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: FLAG_STATUSES })
  @IsOptional()
  @IsIn(FLAG_STATUSES)
  status?: FlagStatus;

  @ApiPropertyOptional({ example: 'sum-mismatch' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  rule?: string;

  @ApiPropertyOptional({ enum: FLAG_SEVERITIES })
  @IsOptional()
  @IsIn(FLAG_SEVERITIES)
  severity?: FlagSeverity;

  @ApiPropertyOptional({ description: 'Only flags of this document', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  /** The filter's old name: refused, so that an old client is not answered every flag. */
  @ApiHideProperty()
  @IsEmpty({ message: 'is now called documentId, as on claims' })
  document?: never;
}
