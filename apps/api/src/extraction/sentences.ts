/**
 * Paragraphs (lines) and sentences of a document, found once in one pass.
 * Positions here are UTF-16 indices into the text; offsets in code points are
 * made only at the very end (extract.ts).
 */
import { wordSet } from './text-helpers.js';

export interface TextRange {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Paragraph extends TextRange {
  /** A headline or sub-headline: the first line, or a title-case line without final punctuation. */
  isHeadline: boolean;
}

const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof st gen col lt sgt capt cpt rep sen gov jr sr inc ltd co corp no nos vs v etc
  approx est dept fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft cllr rev hon supt
  insp det e.g i.e a.m p.m u.s u.k u.n e.u
`);

/** A sentence ends at . ! ? (plus closing quotes or brackets) followed by space and a capital, digit or opening mark. */
const SENTENCE_END = /[.!?]+["”’')\]]*(?=[ \t]+["“‘'([]?[\p{Lu}\d])/gu;

const WORD_BEFORE_PERIOD = /([\p{L}.]+)$/u;

export class TextStructure {
  readonly paragraphs: Paragraph[];
  /** Sorted sentence start positions; sentence i is [sentenceStarts[i], sentenceEnds[i]). */
  readonly sentenceStarts: number[] = [];
  readonly sentenceEnds: number[] = [];

  constructor(readonly text: string) {
    this.paragraphs = findParagraphs(text);
    for (const paragraph of this.paragraphs) this.addSentences(paragraph);
  }

  /** Index of the sentence containing `position` (or the last one starting before it). */
  sentenceIndexAt(position: number): number {
    return lastIndexAtOrBefore(this.sentenceStarts, position);
  }

  sentence(index: number): TextRange {
    return { start: this.sentenceStarts[index], end: this.sentenceEnds[index] };
  }

  sentenceAt(position: number): TextRange {
    return this.sentence(Math.max(0, this.sentenceIndexAt(position)));
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

  private addSentences(paragraph: Paragraph): void {
    const { text } = this;
    let start = skipSpaces(text, paragraph.start, paragraph.end);
    if (start >= paragraph.end) return;
    const chunk = text.slice(paragraph.start, paragraph.end);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(chunk); m !== null; m = SENTENCE_END.exec(chunk)) {
      const endInChunk = m.index + m[0].length;
      if (m[0][0] === '.' && m[0].length === 1 && endsWithAbbreviation(chunk, m.index)) continue;
      const end = paragraph.start + endInChunk;
      this.sentenceStarts.push(start);
      this.sentenceEnds.push(end);
      start = skipSpaces(text, end, paragraph.end);
    }
    if (start < paragraph.end) {
      this.sentenceStarts.push(start);
      this.sentenceEnds.push(paragraph.end);
    }
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
    if (contentEnd > start) {
      paragraphs.push({
        start,
        end: contentEnd,
        isHeadline: looksLikeHeadline(text, start, contentEnd, paragraphs.length === 0),
      });
    }
    start = end + 1;
  }
  if (paragraphs.length === 0) paragraphs.push({ start: 0, end: text.length, isHeadline: false });
  return paragraphs;
}

const TITLE_CASE_WORD = /[\p{L}\d][\p{L}\d'’-]*/gu;

/** A line that ends in sentence punctuation, or holds two sentences, is no headline. */
const ENDS_LIKE_A_SENTENCE = /[.?!\])][“”"'’]?$|[.?!]["”’']?\s+["“]?\p{Lu}/u;

function looksLikeHeadline(
  text: string,
  start: number,
  end: number,
  isFirstLine: boolean,
): boolean {
  if (end - start > 250) return false;
  const line = text.slice(start, end);
  if (ENDS_LIKE_A_SENTENCE.test(line)) return false;
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
