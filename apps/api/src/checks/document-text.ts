/**
 * A document's text as the text-reading rules see it: lines, sentences and the
 * headline, and where a claim sits in them. Claims count Unicode code points;
 * everything here is in UTF-16 indices (JavaScript string positions), converted
 * once through CodePointIndex.
 */
import { CodePointIndex } from '../text/code-points.js';
import { wordSet } from './word-lists.js';

export interface TextRange {
  /** UTF-16 index, inclusive. */
  start: number;
  /** UTF-16 index, exclusive. */
  end: number;
}

export interface Sentence extends TextRange {
  index: number;
  text: string;
  line: number;
}

export interface Line extends TextRange {
  index: number;
  text: string;
}

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt supt insp det cllr rev no vs v
  etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx fig dept est mt
  e.g i.e
`);

/** End punctuation, closing marks, space, then what starts a sentence. */
const SENTENCE_END = /[.!?]["”’')\]]*\s+(?=["“‘(\p{Lu}\p{N}])/gu;

export class DocumentText {
  readonly lines: Line[] = [];
  readonly sentences: Sentence[] = [];
  /** The first line when it reads as a headline: short, more text after it, no closing period. */
  readonly headline: Line | null;
  private readonly codePoints: CodePointIndex;

  constructor(readonly text: string) {
    this.codePoints = new CodePointIndex(text);
    let start = 0;
    for (const lineText of text.split('\n')) {
      const line = {
        index: this.lines.length,
        start,
        end: start + lineText.length,
        text: lineText,
      };
      this.lines.push(line);
      this.splitSentences(line);
      start = line.end + 1;
    }
    const first = this.lines.find((line) => line.text.trim() !== '') ?? null;
    const hasMore =
      first !== null &&
      this.lines.some((line) => line.index > first.index && line.text.trim() !== '');
    this.headline =
      first && hasMore && first.text.length <= 200 && !/[.!?]$/.test(first.text.trim())
        ? first
        : null;
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

  /** The code-point offset of a UTF-16 index (for offsets reported in findings). */
  codePointOffset(utf16Index: number): number {
    return this.codePoints.toCodePoint(utf16Index);
  }

  sentenceAt(position: number): Sentence | null {
    return (
      this.sentences.find((s) => s.start <= position && position < Math.max(s.end, s.start + 1)) ??
      null
    );
  }

  sentenceOf(claim: { start: number; end: number; exact: string }): Sentence | null {
    const range = this.rangeOf(claim);
    return range === null ? null : this.sentenceAt(range.start);
  }

  lineAt(position: number): Line | null {
    return this.lines.find((line) => line.start <= position && position <= line.end) ?? null;
  }

  isInHeadline(range: TextRange): boolean {
    return (
      this.headline !== null && range.start >= this.headline.start && range.end <= this.headline.end
    );
  }

  private splitSentences(line: Line): void {
    let sentenceStart = 0;
    SENTENCE_END.lastIndex = 0;
    for (
      let match = SENTENCE_END.exec(line.text);
      match !== null;
      match = SENTENCE_END.exec(line.text)
    ) {
      if (this.isAbbreviationBefore(line.text, match.index)) continue;
      this.addSentence(line, sentenceStart, match.index + match[0].trimEnd().length);
      sentenceStart = match.index + match[0].length;
    }
    this.addSentence(line, sentenceStart, line.text.length);
  }

  /** "Mr. Smith", "J. Smith", "U.S. officials": the period belongs to a word. */
  private isAbbreviationBefore(lineText: string, periodIndex: number): boolean {
    if (lineText[periodIndex] !== '.') return false;
    const word =
      /([\p{L}.]+)$/u.exec(lineText.slice(Math.max(0, periodIndex - 12), periodIndex))?.[1] ?? '';
    if (word === '') return false;
    if (ABBREVIATIONS.has(word.toLowerCase())) return true;
    return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
  }

  private addSentence(line: Line, from: number, to: number): void {
    const raw = line.text.slice(from, to);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') return;
    const start = line.start + from + leading;
    this.sentences.push({
      index: this.sentences.length,
      start,
      end: start + text.length,
      text,
      line: line.index,
    });
  }
}
