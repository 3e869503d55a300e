/**
 * Offsets into a text as the user gave it, for offsets found in its stored
 * form (normalize.ts: CRLF and CR to LF, then NFC). `ledger extract FILE`
 * reports offsets into the file, while the API's offsets stay in the stored
 * text. Both count Unicode code points.
 */
import { CodePointIndex } from './code-points.js';
import { QUOTE_CONTEXT_LENGTH, type Span } from './span.js';

/** One line end, or one base character with the combining marks that follow it (what NFC composes). */
const NORMALISATION_UNIT = /\r\n?|[\u1100-\u115f][\u1160-\u11ff]*|[^][\p{M}]*/gu;

export class SourceOffsets {
  /** For each code point of the stored text, the source code point its unit starts at; one extra entry for the end. */
  private readonly unitStart: number[];
  /** For each code point of the stored text, the source code point after its unit. */
  private readonly unitEnd: number[];
  private readonly source: CodePointIndex;

  constructor(source: string, stored: string) {
    this.source = new CodePointIndex(source);
    const starts: number[] = [];
    const ends: number[] = [];
    let sourceOffset = 0;
    let rebuilt = '';
    for (const [unit] of source.matchAll(NORMALISATION_UNIT)) {
      const normalised = unit[0] === '\r' ? '\n' : unit.normalize('NFC');
      const unitLength = Array.from(unit).length;
      for (let i = Array.from(normalised).length; i > 0; i--) {
        starts.push(sourceOffset);
        ends.push(sourceOffset + unitLength);
      }
      rebuilt += normalised;
      sourceOffset += unitLength;
    }
    if (rebuilt !== stored)
      throw new Error('the stored text is not the normalised form of the source text');
    starts.push(sourceOffset);
    this.unitStart = starts;
    this.unitEnd = ends;
  }

  /** The source span of a stored span [start, end), with its quote selector read from the source. */
  span(start: number, end: number): Span {
    const sourceStart = this.unitStart[start];
    const sourceEnd = end > start ? this.unitEnd[end - 1] : sourceStart;
    const index = this.source;
    return {
      start: sourceStart,
      end: sourceEnd,
      exact: index.slice(sourceStart, sourceEnd),
      prefix: index.slice(Math.max(0, sourceStart - QUOTE_CONTEXT_LENGTH), sourceStart),
      suffix: index.slice(sourceEnd, Math.min(index.length, sourceEnd + QUOTE_CONTEXT_LENGTH)),
    };
  }
}
