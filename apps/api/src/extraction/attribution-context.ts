/**
 * Where a quotation's attribution may be: the words before it, back to the
 * sentence start or the previous quote of the paragraph, and the words after
 * it, up to the next quote or the paragraph end (attribution.ts reads them).
 */
import {
  analyseAfter,
  analyseBefore,
  BARE_ATTRIBUTION,
  hasSpeechVerb,
  type BeforeAnalysis,
} from './attribution-clauses.js';
import type { QuoteRun } from './quotes.js';
import type { SpeakerRef } from './speaker-refs.js';
import type { DocumentText } from '../text/document-text.js';

/**
 * The text around a quote where its attribution may be: before it, back to the
 * sentence start or the previous quote of the paragraph; after it, up to the
 * next quote or the paragraph end.
 */
export function readAttributionContext(
  text: string,
  structure: DocumentText,
  runs: QuoteRun[],
  index: number,
): {
  before: BeforeAnalysis;
  afterRef: SpeakerRef | null;
  /** The words after name a source, not a speaker: ""…," according to Hawaii News Now". */
  afterIsSource: boolean;
  sentenceStart: number;
} {
  const run = runs[index];
  const previousRun =
    index > 0 && runs[index - 1].paragraphIndex === run.paragraphIndex ? runs[index - 1] : null;
  const paragraph = structure.paragraphs[run.paragraphIndex];
  const sentenceStart = structure.sentenceAt(run.openMark).start;
  // After a run that lost its closing mark, the attribution may sit inside that run: look from the sentence start.
  const previousLimit = previousRun && previousRun.closeMark >= 0 ? previousRun.closeMark + 1 : -1;
  const beforeStart = Math.max(paragraph.start, sentenceStart, previousLimit, run.openMark - 400);
  let before = analyseBefore(text.slice(beforeStart, run.openMark), beforeStart);
  // "the Clinton camp says … Comey's “intrusion” into the election was “utterly unjustified”": a quoted word or two
  // earlier in the sentence does not hide its speech verb (words between them: no list of titles, "“Black Water,” “…"").
  if (
    !before.hasVerb &&
    previousRun !== null &&
    previousRun.openMark >= sentenceStart &&
    isQuotedWordOrTwoBefore(text, previousRun, run)
  ) {
    const sentenceBefore = Math.max(paragraph.start, sentenceStart, run.openMark - 400);
    before = analyseBefore(text.slice(sentenceBefore, run.openMark), sentenceBefore);
  }
  let after = attributionAfter(text, structure, runs, index);
  // "“farming and tourism” and the software trade “will matter more,” according to a report": one attribution after
  // the second quote of a sentence covers the first, when nothing between them speaks.
  const next = runs[index + 1];
  if (
    after.ref === null &&
    !before.hasVerb &&
    next !== undefined &&
    next.paragraphIndex === run.paragraphIndex &&
    structure.sentenceAt(next.openMark).start === sentenceStart &&
    !hasSpeechVerb(text.slice(run.end, next.openMark))
  )
    after = attributionAfter(text, structure, runs, index + 1);
  return { before, afterRef: after.ref, afterIsSource: after.isSource, sentenceStart };
}

/** A run of at most three words (a term or a scare quote), and words between it and `run`. */
function isQuotedWordOrTwoBefore(text: string, earlier: QuoteRun, run: QuoteRun): boolean {
  const words = text.slice(earlier.start, earlier.end).split(/\s+/).length;
  return words <= 3 && /\p{L}/u.test(text.slice(earlier.end, run.openMark));
}

/** The attribution right after a quote, up to the next quote or the paragraph end. */
function attributionAfter(
  text: string,
  structure: DocumentText,
  runs: QuoteRun[],
  index: number,
): { ref: SpeakerRef | null; isSource: boolean } {
  const run = runs[index];
  const nextRun =
    index + 1 < runs.length && runs[index + 1].paragraphIndex === run.paragraphIndex
      ? runs[index + 1]
      : null;
  const laterClose =
    run.closeMark < 0 && nextRun === null
      ? closingMarkOnLaterLine(text, structure, runs, index)
      : -1;
  const paragraph =
    structure.paragraphs[
      laterClose >= 0 ? structure.paragraphIndexAt(laterClose) : run.paragraphIndex
    ];
  const afterStart =
    run.closeMark >= 0 ? run.closeMark + 1 : laterClose >= 0 ? laterClose + 1 : run.end;
  const afterEnd = Math.min(nextRun ? nextRun.openMark : paragraph.end, afterStart + 200);
  const after = text.slice(afterStart, afterEnd);
  // ""… treated." Jonathan Morgan said: "…"": after a quote that ends its sentence, a new sentence starts; only
  // a bare attribution (""… treated." Smith said.") still belongs to the quote.
  const endsSentence = /[.!?]\s*$/u.test(text.slice(run.start, run.end));
  const newSentence = endsSentence && /^\s*\p{Lu}/u.test(after) && !BARE_ATTRIBUTION.test(after);
  return {
    ref: newSentence ? null : analyseAfter(after),
    isSource: /^[\s,;:—–-]*according to\b/i.test(after),
  };
}

/** How far past its paragraph an open quote's closing mark may stand. */
const LATER_CLOSE_CHARACTERS = 300;

/**
 * The closing mark of a run left open at its paragraph's end, when a later line
 * opens with it: "… resulting in\n[fewer users clicking through](…)\n”, DMGT said."
 * (a quote broken by a link's line). -1 when no line before the next quote does.
 */
function closingMarkOnLaterLine(
  text: string,
  structure: DocumentText,
  runs: QuoteRun[],
  index: number,
): number {
  const from = structure.paragraphs[runs[index].paragraphIndex].end;
  const limit = Math.min(runs[index + 1]?.openMark ?? text.length, from + LATER_CLOSE_CHARACTERS);
  const window = text.slice(from, limit);
  const mark = /["“”]/.exec(window);
  if (mark === null || !/\n[ \t]*$/.test(window.slice(0, mark.index))) return -1;
  return /^[”"][,.;:]?(?:\s|$)/.test(window.slice(mark.index)) ? from + mark.index : -1;
}
