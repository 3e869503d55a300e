import { DomainError, ErrorCode } from './domain-error.js';

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.InvalidInput]: 400,
  [ErrorCode.InvalidText]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.PreconditionFailed]: 412,
  [ErrorCode.SpanMismatch]: 422,
  [ErrorCode.PreconditionRequired]: 428,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Busy]: 503,
  [ErrorCode.TooManyClaims]: 422,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemType(code: string): string {
  return `urn:claims-ledger:problem:${code}`;
}

export function problemFromDomainError(error: DomainError): ProblemDetails {
  const status = STATUS_OF[error.code];
  return {
    ...error.details,
    type: problemType(error.code),
    title: titleOf(status),
    status,
    detail: error.message,
  };
}

export function problemFromStatus(status: number, detail: string, code?: string): ProblemDetails {
  return {
    type: code ? problemType(code) : 'about:blank',
    title: titleOf(status),
    status,
    detail,
  };
}

function titleOf(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}
