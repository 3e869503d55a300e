import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import type { Stance } from './discussion.repository.js';

export class CommentDto {
  @ApiProperty({ example: 'The 35 includes two MOUs signed the day before.' })
  @IsNotEmpty()
  @MaxLength(10_000)
  @IsString()
  body: string;
}

export const STANCES = ['supports', 'contradicts', 'context'] as const;

export class EvidenceDto {
  @ApiPropertyOptional({ example: 'https://www.president.go.kr/briefing/2024-06-12' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  url?: string;

  @ApiProperty({ example: 'The presidential office lists 35 MOUs.' })
  @IsNotEmpty()
  @MaxLength(10_000)
  @IsString()
  note: string;

  @ApiProperty({ enum: STANCES })
  @IsIn(STANCES)
  stance: Stance;
}
