/**
 * Turns UTF-16 spans into the contract's selectors: code-point offsets
 * (TextPositionSelector) and exact/prefix/suffix (TextQuoteSelector), through
 * the document's one CodePointIndex.
 */
import type { CodePointIndex } from '../text/code-points.js';
import type { ClaimSpan } from './types.js';

export const CONTEXT_LENGTH = 32;

export function toClaimSpan(
  index: CodePointIndex,
  utf16Start: number,
  utf16End: number,
): ClaimSpan {
  const start = index.toCodePoint(utf16Start);
  const end = index.toCodePoint(utf16End);
  return {
    start,
    end,
    exact: index.text.slice(utf16Start, utf16End),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.length, end + CONTEXT_LENGTH)),
  };
}
