import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { CodePointIndex } from './code-points.js';

/** W3C Web Annotation TextPositionSelector + TextQuoteSelector of a claim. */
export interface Span {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export const QUOTE_CONTEXT_LENGTH = 32;

/** The quote selector (exact, prefix, suffix) of a code-point range. */
export function spanAt(index: CodePointIndex, start: number, end: number): Span {
  return {
    start,
    end,
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.length, end + QUOTE_CONTEXT_LENGTH)),
  };
}

/**
 * Checks a span a person submitted against the text: inside it, not empty, and
 * `exact` equal to the text at the offsets. Returns the full selector.
 */
export function verifySpan(index: CodePointIndex, start: number, end: number, exact: string): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > index.length) {
    throw new DomainError(
      ErrorCode.SpanMismatch,
      `span ${start}..${end} lies outside the text (0..${index.length})`,
      { start, end, textLength: index.length },
    );
  }
  if (end <= start) {
    throw new DomainError(ErrorCode.SpanMismatch, `span ${start}..${end} is empty`, { start, end });
  }
  const span = spanAt(index, start, end);
  if (span.exact !== exact) {
    throw new DomainError(
      ErrorCode.SpanMismatch,
      `the text at ${start}..${end} is "${span.exact}", not "${exact}"`,
      { start, end, expected: exact, found: span.exact },
    );
  }
  return span;
}
