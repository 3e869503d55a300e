import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from './export-format.js';

export class ExportQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'ndjson' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({ description: 'Events at or after this time (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this time (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Only events about this document' })
  @IsOptional()
  @IsUUID()
  document?: string;

  @ApiPropertyOptional({ description: 'Only events by this member' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ example: 'claim.set-verdict' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  action?: string;
}
