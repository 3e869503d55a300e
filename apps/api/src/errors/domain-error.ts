/**
 * Errors the domain raises, by code. They are mapped to HTTP problem details in
 * one place (common/problem-details.filter.ts); domain code never speaks HTTP.
 */
export enum ErrorCode {
  InvalidInput = 'invalid-input',
  InvalidText = 'invalid-text',
  SpanMismatch = 'span-mismatch',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not-found',
  Conflict = 'conflict',
  PreconditionRequired = 'precondition-required',
  PreconditionFailed = 'precondition-failed',
  RateLimited = 'rate-limited',
  Busy = 'busy',
  TooManyClaims = 'too-many-claims',
}

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  /** When the client may try again, for refusals that pass (rate limits). */
  retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra members for the problem document (e.g. expected and found text). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} ${id} not found`);
  }

  static rateLimited(message: string, retryAfterSeconds: number): DomainError {
    const error = new DomainError(ErrorCode.RateLimited, message);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }

  static busy(message: string, retryAfterSeconds: number): DomainError {
    const error = new DomainError(ErrorCode.Busy, message);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }

  static invalidInput(errors: FieldError[]): DomainError {
    const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return new DomainError(ErrorCode.InvalidInput, message, { errors });
  }
}
