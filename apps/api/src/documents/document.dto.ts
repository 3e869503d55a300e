import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQuery } from '../common/pagination.js';

export class CreateDocumentDto {
  @ApiProperty({ example: '35 MOUs Signed During Korea-Kazakhstan Visit' })
  @Matches(/\S/u, { message: '$property holds nothing but white space' })
  @IsNotEmpty()
  @MaxLength(500)
  @IsString()
  title: string;

  @ApiProperty({ description: 'The article text; stored with CRLF→LF and Unicode NFC applied' })
  @IsNotEmpty()
  @IsString()
  text: string;

  @ApiPropertyOptional({ example: 'https://www.asiae.co.kr/article/2024061208' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  sourceUrl?: string;

  @ApiPropertyOptional({ example: 'The Asia Business Daily' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  publisher?: string;

  @ApiPropertyOptional({ example: '2024-06-12T09:00:00Z' })
  @IsOptional()
  @IsDateString({ strict: true })
  publishedAt?: string;

  @ApiPropertyOptional({ example: 'en', description: 'BCP 47 language tag' })
  @IsOptional()
  @MaxLength(35)
  @IsString()
  language?: string;
}

export class DocumentListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only documents whose title contains this (any case)' })
  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;
}
