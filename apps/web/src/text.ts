// The API counts offsets in Unicode code points (an emoji is one); JavaScript strings
// count UTF-16 units (an emoji is two). This file is the one place that converts.

/** A span of the text in code points, start inclusive, end exclusive. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text that the same spans cover, as a string slice. */
export interface Segment {
  text: string;
  /** Ids of the spans that cover the whole run (none for plain text). */
  covering: string[];
}

/** Maps each code point offset of `text` (0..length) to its UTF-16 index. */
export function codePointIndexer(text: string): (offset: number) => number {
  const indices: number[] = [];
  let index = 0;
  for (const character of text) {
    indices.push(index);
    index += character.length;
  }
  indices.push(index);
  return (offset) => indices[Math.min(Math.max(offset, 0), indices.length - 1)];
}

/**
 * Cuts `text` at every span boundary, so that overlapping and nested spans (a number
 * inside a quote) each get their runs. Joined again, the segments are the text.
 */
export function segmentText(text: string, spans: Span[]): Segment[] {
  const toIndex = codePointIndexer(text);
  const length = Array.from(text).length;
  const cuts = new Set([0, length]);
  for (const span of spans) {
    cuts.add(Math.min(Math.max(span.start, 0), length));
    cuts.add(Math.min(Math.max(span.end, 0), length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    segments.push({
      text: text.slice(toIndex(from), toIndex(to)),
      covering: spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.id),
    });
  }
  return segments;
}

/**
 * The span (code points) of the text selected in `container`, whose text content is
 * the article's text; null when nothing, or something outside it, is selected.
 */
export function selectedSpan(
  container: HTMLElement,
  selection: Selection | null,
): { start: number; end: number; exact: string } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const selected = range.toString();
  const exact = selected.trim();
  if (exact === '') return null;
  // Without the spaces a drag takes in at either end.
  const leading = selected.length - selected.trimStart().length;
  const start = Array.from(before.toString() + selected.slice(0, leading)).length;
  return { start, end: start + Array.from(exact).length, exact };
}
