import { Param, ParseIntPipe } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { DomainError } from '../errors/domain-error.js';

export class CreateVersionDto {
  @ApiProperty({
    description:
      'The corrected article text; stored with CRLF→LF and Unicode NFC applied, as at ingest',
  })
  @IsNotEmpty()
  @IsString()
  text: string;
}

const MAX_VERSION_NUMBER = 1_000_000;

/** A route parameter holding a version number (1, 2, ...); anything else is a 400 naming it. */
export const VersionNumberParam =
  (name: string): ParameterDecorator =>
  (target, propertyKey, index) => {
    const invalid = () =>
      DomainError.invalidInput([{ field: name, message: 'must be a version number (1, 2, ...)' }]);
    Param(name, new ParseIntPipe({ exceptionFactory: invalid }), {
      transform: (value: number) => {
        if (value < 1 || value > MAX_VERSION_NUMBER) throw invalid();
        return value;
      },
    })(target, propertyKey, index);
    if (propertyKey === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
    if (descriptor)
      ApiParam({ name, schema: { type: 'integer', minimum: 1, maximum: MAX_VERSION_NUMBER } })(
        target,
        propertyKey,
        descriptor,
      );
  };

/** A person's anchor for a claim that lost its place: a span of the current text, or none. */
export class AnchorClaimDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    description: 'Start of the new span in the current version, in code points',
  })
  @ValidateIf((dto: AnchorClaimDto) => dto.noLongerInText !== true)
  @Min(0)
  @IsInt()
  start?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'End of the new span' })
  @ValidateIf((dto: AnchorClaimDto) => dto.noLongerInText !== true)
  @Min(1)
  @IsInt()
  end?: number;

  @ApiPropertyOptional({ description: 'The text at start..end, as a check' })
  @ValidateIf((dto: AnchorClaimDto) => dto.noLongerInText !== true)
  @IsNotEmpty()
  @IsString()
  exact?: string;

  @ApiPropertyOptional({
    description: 'True when the claim is no longer in the text: it is marked as not a claim',
  })
  @IsOptional()
  @IsBoolean()
  noLongerInText?: boolean;

  @ApiPropertyOptional({ description: 'Why; required with noLongerInText' })
  @ValidateIf((dto: AnchorClaimDto) => dto.noLongerInText === true || dto.note !== undefined)
  @Matches(/\S/u, { message: '$property holds nothing but white space' })
  @MaxLength(2000)
  @IsString()
  note?: string;
}
