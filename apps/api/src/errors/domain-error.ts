/**
 * Errors the domain raises, by code. They are mapped to HTTP problem details in
 * one place (errors/problem-details.filter.ts); domain code never speaks HTTP.
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
}

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
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

  static invalidInput(errors: FieldError[]): DomainError {
    const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    return new DomainError(ErrorCode.InvalidInput, message, { errors });
  }
}
