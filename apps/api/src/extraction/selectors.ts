/**
 * Turns the scanner's UTF-16 spans into the contract's selectors (code-point
 * offsets, exact, prefix and suffix) through the document's one CodePointIndex.
 */
import type { CodePointIndex } from '../text/code-points.js';
import { spanAt } from '../text/span.js';
import type { ClaimSpan } from './types.js';

export function toClaimSpan(
  index: CodePointIndex,
  utf16Start: number,
  utf16End: number,
): ClaimSpan {
  return spanAt(index, index.toCodePoint(utf16Start), index.toCodePoint(utf16End));
}
