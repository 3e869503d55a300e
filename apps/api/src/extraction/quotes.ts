/**
 * Quotation runs: the text between quotation marks, paragraph by paragraph.
 * Straight and curly double marks; single marks only as candidates (most
 * single-quoted text is a title or a scare quote; attribution.ts decides).
 * A run that opens in one paragraph and is not closed ends at the paragraph
 * end; the next paragraph re-opens it ("each paragraph's run is its own
 * claim"). A lost closing mark ends the run at the last non-space character
 * before the next opening mark or the line end.
 */
import type { Paragraph, DocumentText } from '../text/document-text.js';
import { isLetter, isDigit, isSpace, trimEndBefore, trimStartFrom } from './text-helpers.js';

export interface QuoteRun {
  /** Span of the quoted words, inside the marks, trimmed. UTF-16. */
  start: number;
  end: number;
  /** Index of the opening mark. */
  openMark: number;
  /** Index of the closing mark, or -1 when it was lost or the run continues in the next paragraph. */
  closeMark: number;
  /** The run re-opens a quotation left open at the end of the previous paragraph. */
  continuesPrevious: boolean;
  single: boolean;
  paragraphIndex: number;
}

const DOUBLE_MARKS = /["“”„«»]/g;
const OPENING_CONTEXT = '([{—–-/:';
const CLOSING_FOLLOWERS = '.,;:!?)]}—–-';

type Role = 'open' | 'close' | 'either';

function roleOfDoubleMark(text: string, index: number, paragraph: Paragraph): Role {
  const char = text[index];
  const previous = index > paragraph.start ? text[index - 1] : undefined;
  const next = index + 1 < paragraph.end ? text[index + 1] : undefined;
  // "delays ”." closes: punctuation after a mark never opens a quotation.
  const looksOpening =
    (previous === undefined || isSpace(previous) || OPENING_CONTEXT.includes(previous)) &&
    next !== undefined &&
    !isSpace(next) &&
    !CLOSING_FOLLOWERS.includes(next);
  const looksClosing =
    previous !== undefined &&
    !isSpace(previous) &&
    (next === undefined || isSpace(next) || CLOSING_FOLLOWERS.includes(next));
  if (char === '“' || char === '„' || char === '«')
    return looksClosing && !looksOpening ? 'close' : 'open';
  if (char === '”' || char === '»') return looksOpening && !looksClosing ? 'open' : 'close';
  if (looksOpening && !looksClosing) return 'open';
  if (looksClosing && !looksOpening) return 'close';
  return 'either';
}

export function findQuoteRuns(text: string, structure: DocumentText): QuoteRun[] {
  const marks: number[] = [];
  DOUBLE_MARKS.lastIndex = 0;
  for (let m = DOUBLE_MARKS.exec(text); m !== null; m = DOUBLE_MARKS.exec(text))
    marks.push(m.index);

  const runs: QuoteRun[] = [];
  let markIndex = 0;
  let openAtPreviousParagraphEnd = false;
  structure.paragraphs.forEach((paragraph, paragraphIndex) => {
    const paragraphRuns: QuoteRun[] = [];
    let open = -1;
    const emit = (openMark: number, contentEnd: number, closeMark: number): void => {
      const start = trimStartFrom(text, openMark + 1, contentEnd);
      const end = trimEndBefore(text, start, contentEnd);
      if (end > start) {
        const continuesPrevious =
          paragraphRuns.length === 0 &&
          openAtPreviousParagraphEnd &&
          openMark === trimStartFrom(text, paragraph.start, paragraph.end);
        paragraphRuns.push({
          start,
          end,
          openMark,
          closeMark,
          continuesPrevious,
          single: false,
          paragraphIndex,
        });
      }
    };
    while (markIndex < marks.length && marks[markIndex] < paragraph.start) markIndex++;
    for (; markIndex < marks.length && marks[markIndex] < paragraph.end; markIndex++) {
      const index = marks[markIndex];
      const role = roleOfDoubleMark(text, index, paragraph);
      if (open < 0) {
        if (role !== 'close') open = index;
        continue;
      }
      if (role === 'open') {
        // The previous run lost its closing mark, or closed with a single one: "“career minister,’ has shrunk".
        const singleClose = singleMarkClosing(text, open + 1, index);
        if (singleClose >= 0) emit(open, singleClose, singleClose);
        else emit(open, index, -1);
        open = index;
      } else {
        emit(open, index, index);
        open = -1;
      }
    }
    if (open >= 0) emit(open, paragraph.end, -1);
    openAtPreviousParagraphEnd = open >= 0;
    runs.push(...paragraphRuns);
    runs.push(...findSingleQuoteRuns(text, paragraph, paragraphIndex, paragraphRuns));
  });
  runs.sort((a, b) => a.start - b.start);
  return runs;
}

/** A single mark after a comma or stop, then a space: a double quote closed by mistake with a single mark. */
const PUNCTUATED_SINGLE_CLOSE = /[,.!?]['’](?=\s)/;

/** Where a single mark closes the double quote opened before `from`, before `to`; -1 when none does. */
function singleMarkClosing(text: string, from: number, to: number): number {
  // Only the text up to `to` is read: a long text of lost closing marks stays linear.
  const match = PUNCTUATED_SINGLE_CLOSE.exec(text.slice(from, to + 1));
  return match !== null && from + match.index + 1 < to ? from + match.index + 1 : -1;
}

const SINGLE_MARKS = /['‘’]/g;

/**
 * Single-quoted candidates outside double-quoted runs: an opening mark after a
 * space or bracket, closed by the first mark that ends a word and is followed
 * by a space or punctuation. Apostrophes inside words ("T'way", "don't") never close.
 */
function findSingleQuoteRuns(
  text: string,
  paragraph: Paragraph,
  paragraphIndex: number,
  doubleRuns: QuoteRun[],
): QuoteRun[] {
  const runs: QuoteRun[] = [];
  const chunk = text.slice(paragraph.start, paragraph.end);
  SINGLE_MARKS.lastIndex = 0;
  let open = -1;
  let doubleRun = 0; // double runs are in text order, and so are the marks
  for (let m = SINGLE_MARKS.exec(chunk); m !== null; m = SINGLE_MARKS.exec(chunk)) {
    const index = paragraph.start + m.index;
    while (doubleRun < doubleRuns.length && runLimit(doubleRuns[doubleRun]) < index) doubleRun++;
    if (doubleRun < doubleRuns.length && index >= doubleRuns[doubleRun].openMark) continue; // inside a double-quoted run
    const previous = index > paragraph.start ? text[index - 1] : undefined;
    const next = index + 1 < paragraph.end ? text[index + 1] : undefined;
    if (open < 0) {
      const opens =
        (previous === undefined || isSpace(previous) || '(["“—–-'.includes(previous)) &&
        (isLetter(next) || isDigit(next));
      if (opens && m[0] !== '’') open = index;
      continue;
    }
    const closes =
      previous !== undefined &&
      !isSpace(previous) &&
      (next === undefined ||
        isSpace(next) ||
        CLOSING_FOLLOWERS.includes(next) ||
        next === '"' ||
        next === '”');
    if (closes && m[0] !== '‘') {
      const start = trimStartFrom(text, open + 1, index);
      const end = trimEndBefore(text, start, index);
      if (end > start)
        runs.push({
          start,
          end,
          openMark: open,
          closeMark: index,
          continuesPrevious: false,
          single: true,
          paragraphIndex,
        });
      open = -1;
    }
  }
  return runs;
}

function runLimit(run: QuoteRun): number {
  return run.closeMark >= 0 ? run.closeMark : run.end;
}
