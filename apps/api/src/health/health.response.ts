import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class IndicatorStatus {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiPropertyOptional({ description: 'Why a check failed' })
  message?: string;
}

/** @nestjs/terminus's answer: every check by name under `details`, the failed ones also under `error`. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] })
  status: 'ok' | 'error' | 'shutting_down';

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/IndicatorStatus' },
    nullable: true,
    description: 'The checks that passed',
  })
  info?: Record<string, IndicatorStatus> | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/IndicatorStatus' },
    nullable: true,
    description:
      'The checks that failed, e.g. `{"database": {"status": "down", "message": "..."}}`',
  })
  error?: Record<string, IndicatorStatus> | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/IndicatorStatus' },
    description: 'Every check',
  })
  details: Record<string, IndicatorStatus>;
}
