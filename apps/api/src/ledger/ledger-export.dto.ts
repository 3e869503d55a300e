import { ApiHideProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { PageQuery } from '../common/pagination.js';
import {
  IsDateString,
  IsEmpty,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Validate,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

/** `to` after `from`: a window that ends before it starts holds nothing, and is a mistake. */
@ValidatorConstraint({ name: 'laterThanFrom' })
class LaterThanFrom implements ValidatorConstraintInterface {
  validate(to: unknown, args: ValidationArguments): boolean {
    const from = (args.object as { from?: unknown }).from;
    if (typeof to !== 'string' || typeof from !== 'string') return true;
    const [start, end] = [Date.parse(from), Date.parse(to)];
    return Number.isNaN(start) || Number.isNaN(end) || end > start;
  }

  defaultMessage(): string {
    return '$property must be later than from';
  }
}
import { EXPORT_FORMATS, type ExportFormat } from '../chain/export-format.js';

/** Which events: a time window, a document, a member, an action (the export's and the list's filters). */
export class LedgerFilterQuery {
  @ApiPropertyOptional({ description: 'Events at or after this time (ISO 8601)' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this time (ISO 8601), later than from' })
  @IsOptional()
  @Validate(LaterThanFrom)
  @IsDateString({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'Only events about this document', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({ description: 'Only events by this member', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'claim.set-verdict' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  action?: string;

  /** The filters' old names: refused, so that an old client is not answered the whole history. */
  @ApiHideProperty()
  @IsEmpty({ message: 'is now called documentId, as on claims and flags' })
  document?: never;

  @ApiHideProperty()
  @IsEmpty({ message: 'is now called actorId' })
  actor?: never;
}

/** GET /v1/ledger/export: the filters, and the file's format. */
export class ExportQuery extends LedgerFilterQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'ndjson' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'CSV: start with a UTF-8 byte order mark, by which Excel knows the encoding',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  bom?: 'true' | 'false';
}

/** GET /v1/ledger/events: the filters, a page at a time. */
export class LedgerEventsQuery extends IntersectionType(PageQuery, LedgerFilterQuery) {}
