/**
 * The one text model of a document, shared by the extractor and the checks:
 * its paragraphs (lines), which of them are headlines, its sentences, and
 * where a claim's code-point span sits in them. Found once, in one pass.
 * Positions here are UTF-16 indices into the text (JavaScript string
 * positions); claims count code points, converted here through CodePointIndex.
 */
import { CodePointIndex } from './code-points.js';
import { wordSet } from './words.js';

export interface TextRange {
  /** UTF-16 index, inclusive. */
  start: number;
  /** UTF-16 index, exclusive. */
  end: number;
}

export interface Paragraph extends TextRange {
  index: number;
  text: string;
  /** A headline or sub-headline: the first line, or a title-case line without final punctuation. */
  isHeadline: boolean;
}

export interface Sentence extends TextRange {
  index: number;
  /** Index of its paragraph. */
  paragraph: number;
  text: string;
}

/** Words after which a period ends no sentence ("Mr. Smith", "Nos. 3 and 4", "Hon. member"). */
const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof st gen col lt sgt capt cpt rep sen gov jr sr inc ltd co corp no nos vs v etc
  approx est dept fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft cllr rev hon supt
  insp det e.g i.e a.m p.m u.s u.k u.n e.u
`);

/**
 * A sentence ends at . ! ? (plus closing quotes or brackets) followed by space
 * and a capital, digit or opening mark; a wire dateline ends at its dash
 * ("SEOUL, Dec. 30 (Yonhap) --", "LONDON (Reuters) -").
 */
const SENTENCE_END =
  /(?:[.!?]+["”’')\]]*|\((?:\p{Lu}[\p{L}.]*[ \u00a0]?){1,3}\)[ \u00a0]*(?:--|[-–—]))(?=[ \t]+["“‘'([]?[\p{Lu}\d])/gu;

const WORD_BEFORE_PERIOD = /([\p{L}.]+)$/u;

export class DocumentText {
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[] = [];
  /** Sorted sentence start positions, for finding the sentence of a position. */
  readonly sentenceStarts: number[] = [];
  /** The first paragraph when it is a headline and more text follows it. */
  readonly headline: Paragraph | null;
  readonly codePoints: CodePointIndex;

  constructor(readonly text: string) {
    this.codePoints = new CodePointIndex(text);
    this.paragraphs = findParagraphs(text);
    for (const paragraph of this.paragraphs) this.addSentences(paragraph);
    const first = this.paragraphs[0];
    this.headline = first.isHeadline && this.paragraphs.length > 1 ? first : null;
  }

  /** Index of the sentence containing `position` (or the last one starting before it); -1 before the first. */
  sentenceIndexAt(position: number): number {
    return lastIndexAtOrBefore(this.sentenceStarts, position);
  }

  /** The sentence containing `position`, or the nearest one starting before it (the first one for a position before all). */
  sentenceAt(position: number): Sentence {
    return this.sentences[Math.max(0, this.sentenceIndexAt(position))];
  }

  paragraphIndexAt(position: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.paragraphs[mid].start <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  paragraphAt(position: number): Paragraph {
    return this.paragraphs[this.paragraphIndexAt(position)];
  }

  isInHeadline(range: TextRange): boolean {
    return (
      this.headline !== null && range.start >= this.headline.start && range.end <= this.headline.end
    );
  }

  /**
   * For a pass over increasing positions: the index of the sentence holding each
   * position, found by stepping forward instead of searching.
   */
  sentenceCursor(): (position: number) => number {
    let index = 0;
    return (position) => {
      if (index > 0 && this.sentenceStarts[index] > position)
        index = Math.max(0, this.sentenceIndexAt(position));
      while (index + 1 < this.sentenceStarts.length && this.sentenceStarts[index + 1] <= position)
        index++;
      return index;
    };
  }

  /** Like sentenceCursor, for paragraphs. */
  paragraphCursor(): (position: number) => Paragraph {
    let index = 0;
    return (position) => {
      if (index > 0 && this.paragraphs[index].start > position)
        index = this.paragraphIndexAt(position);
      while (index + 1 < this.paragraphs.length && this.paragraphs[index + 1].start <= position)
        index++;
      return this.paragraphs[index];
    };
  }

  /** The UTF-16 range of a claim's code-point span; null when the span is not in this text as stated. */
  rangeOf(claim: { start: number; end: number; exact: string }): TextRange | null {
    if (!Number.isInteger(claim.start) || !Number.isInteger(claim.end)) return null;
    if (claim.start < 0 || claim.end > this.codePoints.length || claim.start > claim.end)
      return null;
    const range = {
      start: this.codePoints.toUtf16(claim.start),
      end: this.codePoints.toUtf16(claim.end),
    };
    return this.text.slice(range.start, range.end) === claim.exact ? range : null;
  }

  /** The sentence a claim starts in; null when its span is not in this text. */
  sentenceOf(claim: { start: number; end: number; exact: string }): Sentence | null {
    const range = this.rangeOf(claim);
    return range === null ? null : this.sentenceAt(range.start);
  }

  /** The code-point offset of a UTF-16 index (for offsets reported in findings). */
  codePointOffset(utf16Index: number): number {
    return this.codePoints.toCodePoint(utf16Index);
  }

  private addSentences(paragraph: Paragraph): void {
    const { text } = this;
    let start = skipSpaces(text, paragraph.start, paragraph.end);
    if (start >= paragraph.end) return;
    const chunk = paragraph.text;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(chunk); m !== null; m = SENTENCE_END.exec(chunk)) {
      const endInChunk = m.index + m[0].length;
      if (m[0][0] === '.' && m[0].length === 1 && endsWithAbbreviation(chunk, m.index)) continue;
      const end = paragraph.start + endInChunk;
      this.addSentence(paragraph, start, end);
      start = skipSpaces(text, end, paragraph.end);
    }
    if (start < paragraph.end) this.addSentence(paragraph, start, paragraph.end);
  }

  private addSentence(paragraph: Paragraph, start: number, end: number): void {
    let trimmedEnd = end;
    while (trimmedEnd > start && /\s/.test(this.text[trimmedEnd - 1])) trimmedEnd--;
    this.sentences.push({
      index: this.sentences.length,
      paragraph: paragraph.index,
      start,
      end: trimmedEnd,
      text: this.text.slice(start, trimmedEnd),
    });
    this.sentenceStarts.push(start);
  }
}

function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let contentEnd = end;
    if (contentEnd > start && text.charCodeAt(contentEnd - 1) === 13) contentEnd--; // tolerate CRLF
    if (text.slice(start, contentEnd).trim() !== '') {
      paragraphs.push({
        index: paragraphs.length,
        start,
        end: contentEnd,
        text: text.slice(start, contentEnd),
        isHeadline: looksLikeHeadline(text, start, contentEnd, paragraphs.length === 0),
      });
    }
    start = end + 1;
  }
  if (paragraphs.length === 0)
    paragraphs.push({ index: 0, start: 0, end: text.length, text, isHeadline: false });
  return paragraphs;
}

const TITLE_CASE_WORD = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** A line that ends in sentence punctuation is no headline. */
const ENDS_LIKE_A_SENTENCE = /[.?!\])][“”"'’]?$/u;

function looksLikeHeadline(
  text: string,
  start: number,
  end: number,
  isFirstLine: boolean,
): boolean {
  if (end - start > 250) return false;
  const line = text.slice(start, end).trim();
  if (ENDS_LIKE_A_SENTENCE.test(line) || holdsTwoSentences(line)) return false;
  if (isFirstLine) return true;
  let long = 0;
  let capitalised = 0;
  TITLE_CASE_WORD.lastIndex = 0;
  for (let m = TITLE_CASE_WORD.exec(line); m !== null; m = TITLE_CASE_WORD.exec(line)) {
    if (m[0].length < 4) continue;
    long++;
    const first = m[0][0];
    if (first !== first.toLowerCase() || (first >= '0' && first <= '9')) capitalised++;
  }
  return long >= 2 && capitalised / long >= 0.6;
}

/** "Sales fell. Shares rose" holds two sentences; "Tourists to S. Korea jump 17 pct" one. */
function holdsTwoSentences(line: string): boolean {
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m !== null; m = SENTENCE_END.exec(line)) {
    if (!(m[0] === '.' && endsWithAbbreviation(line, m.index))) return true;
  }
  return false;
}

function endsWithAbbreviation(chunk: string, periodIndex: number): boolean {
  const from = Math.max(0, periodIndex - 12);
  const word = WORD_BEFORE_PERIOD.exec(chunk.slice(from, periodIndex));
  if (!word) return false;
  const token = word[1].toLowerCase();
  if (ABBREVIATIONS.has(token)) return true;
  // A single capital initial ("J. Smith") or dotted initials ("U.S.").
  if (/^\p{L}$/u.test(word[1]) && word[1] !== word[1].toLowerCase()) return true;
  return /^(?:\p{L}\.)+\p{L}$/u.test(word[1]);
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Largest i with sorted[i] <= value, or -1. */
export function lastIndexAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let answer = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) {
      answer = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return answer;
}
