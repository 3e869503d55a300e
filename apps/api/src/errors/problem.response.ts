import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One field a request got wrong (the `errors` member of an invalid-input problem). */
export class FieldErrorResponse {
  @ApiProperty({ example: 'start' })
  field: string;

  @ApiProperty({ example: 'must be an integer' })
  message: string;
}

/**
 * An RFC 9457 problem document, as every error is answered
 * (`application/problem+json`). Some problems add members, e.g. `errors`.
 */
export class ProblemResponse {
  @ApiProperty({
    description: '`urn:claims-ledger:problem:<code>`, or `about:blank`',
    example: 'urn:claims-ledger:problem:not-found',
  })
  type: string;

  @ApiProperty({ example: 'Not Found' })
  title: string;

  @ApiProperty({ type: 'integer', example: 404 })
  status: number;

  @ApiPropertyOptional({ example: 'claim 3f2c… not found' })
  detail?: string;

  @ApiPropertyOptional()
  instance?: string;

  @ApiPropertyOptional({
    description: 'The X-Request-Id of the request: the server logs name it too',
    example: '7d0b5b1e-3a6f-4a4a-9a57-1c1f0f9c3b2e',
  })
  requestId?: string;

  @ApiPropertyOptional({
    type: [FieldErrorResponse],
    description: 'The fields of an invalid request (invalid-input problems)',
  })
  errors?: FieldErrorResponse[];
}
