/**
 * A headline's figures restated in the body: the same value in the same unit,
 * else the lead's figure of that unit that says most in common with the
 * headline (a currency conversion of the lead included), and the headline
 * repeated word for word at the top of the body.
 */
import { closeValue, sameValue, type QuantityFrame } from './frames.js';
import { COMPARED_BEFORE } from './part-wording.js';
import type { RelationContext } from './relation-context.js';

/** Shared words a body figure's sentence needs with the headline. */
const HEADLINE_SIMILARITY = 1.5;
/** How many body figures of a headline figure's unit may restate it. */
const LEAD_FIGURES = 4;

/**
 * Each headline figure with the body figure it restates: the same value in
 * the same unit (all of them), or else the one body figure of that unit in
 * the first paragraphs whose sentence shares words with the headline.
 */
export function headlineLinks(context: RelationContext): Array<[QuantityFrame, QuantityFrame]> {
  const links: Array<[QuantityFrame, QuantityFrame]> = [];
  const headline = context.frames.filter((f) => f.inHeadline && f.paragraph === 0);
  const body = [...context.frames.filter((f) => !f.inHeadline), ...context.conversions];
  const firstBodySentence = Math.min(...body.map((f) => f.sentence.index));
  for (const figure of headline) {
    const sameUnit = body.filter(
      (f) =>
        (f.candidate.unit === figure.candidate.unit || context.isComparable(f, figure)) &&
        f.candidate.unit !== null &&
        f.direction === figure.direction,
    );
    const equal = restatingValues(sameUnit, figure);
    if (equal.length > 0) {
      for (const f of equal.filter(
        (f) => f.candidate.conversionOf === null || sameValue(f, figure),
      ))
        links.push([figure, f]);
      continue;
    }
    // "robbery spikes by 29%, sexual offences rise 23% and violence increases 20%": which of several the lead
    // restates with another value cannot be told.
    if (headline.some((other) => other !== figure && context.isComparable(other, figure))) continue;
    // The lead restates the headline: the first few figures of that unit in the body.
    // "GM pays $2bn" / "to pay Fiat 1.55bn euros ($2bn; £1.1bn)": the lead may restate it as a conversion.
    const lead = sameUnit
      .filter((f) => f.candidate.conversionOf === null || f.sentence.index === firstBodySentence)
      .sort((a, b) => a.candidate.start - b.candidate.start)
      .slice(0, LEAD_FIGURES);
    const scored = lead
      .map((f) => ({ f, score: context.similarity(figure, f) }))
      .filter((x) => x.score >= HEADLINE_SIMILARITY);
    // The first body sentence restates the headline; else the one body figure that says clearly most in common with it.
    const first = lead
      .map((f) => ({ f, score: context.similarity(figure, f) }))
      .find((x) => x.f.sentence.index === firstBodySentence && x.score > 0);
    if (first) {
      links.push([figure, first.f]);
      continue;
    }
    scored.sort((a, b) => b.score - a.score);
    if (scored.length === 1 || (scored.length > 1 && scored[0].score >= 2 * scored[1].score))
      links.push([figure, scored[0].f]);
  }
  return links;
}

/**
 * The body figures of a headline figure's value, or that round to it at its
 * precision and are near it: "17 pct" is restated by "17 pct" and "17.3
 * percent"; "3.6%" not by the "3.8%" or "4%" beside it, "20 mln" not by "17.5
 * million". The base a change is compared with is a
 * restatement only at the same value ("sold 50.8 million, down from 51.2
 * million a year earlier").
 */
function restatingValues(body: QuantityFrame[], figure: QuantityFrame): QuantityFrame[] {
  const stated = figure.candidate.value;
  return body.filter((f) => {
    if (sameValue(f, figure)) return true;
    const value = f.candidate.value;
    if (stated === null || value === null || COMPARED_BEFORE(f.before.slice(-60))) return false;
    return closeValue(f, figure) && value.toSignificantDigits(stated.sd()).cmp(stated) === 0;
  });
}

/** How many paragraphs into the body a repeated headline is looked for. */
const REPEATED_HEADLINE_PARAGRAPHS = 5;
const TOKEN = /\p{L}+|\d[\d,.]*/gu;

/** The words and numbers of a text, numbers as "#", with where each stands. */
function tokensOf(
  text: string,
  offset: number,
): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(TOKEN)].map((match) => ({
    word: /^\d/.test(match[0]) ? '#' : match[0].toLowerCase(),
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

/**
 * The headline repeated word for word at the top of the body (a wire's
 * slug line, a page's subtitle): "Foreign tourists to S. Korea jump 17 pct in
 * November" ... "Foreign tourists to S. Korea jump 17 pct in November". Each
 * headline figure is the figure in its place in the repeat, whatever its value.
 */
export function headlineRepeatedInBody(
  context: RelationContext,
): Array<[QuantityFrame, QuantityFrame]> {
  const [first] = context.structure.paragraphs;
  if (!first?.isHeadline) return [];
  const headline = context.frames.filter((f) => f.paragraph === first.index);
  const words = tokensOf(first.text, first.start);
  if (headline.length === 0 || words.length < 5) return [];
  const pattern = words.map((t) => t.word).join(' ');
  for (const paragraph of context.structure.paragraphs.slice(1, 1 + REPEATED_HEADLINE_PARAGRAPHS)) {
    const body = tokensOf(paragraph.text, paragraph.start);
    for (let i = 0; i + words.length <= body.length; i++) {
      if (body[i].word !== words[0].word) continue;
      const span = body.slice(i, i + words.length);
      if (span.map((t) => t.word).join(' ') !== pattern) continue;
      const [start, end] = [span[0].start, span[span.length - 1].end];
      const repeated = context.frames.filter(
        (f) => f.candidate.start >= start && f.candidate.end <= end,
      );
      if (repeated.length !== headline.length) return [];
      return headline
        .map((f, k): [QuantityFrame, QuantityFrame] => [f, repeated[k]])
        .filter(([h, b]) => h.candidate.unit === b.candidate.unit);
    }
  }
  return [];
}
