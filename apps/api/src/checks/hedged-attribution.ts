/**
 * hedged-attribution (info): a claim whose sentence rests on hedged sourcing:
 * "reportedly", "allegedly", "sources said", "according to sources", "is said
 * to", "is believed to", "it is understood", "people familiar with". Example:
 * "The company reportedly cut 400 jobs." raises '"400 jobs" rests on hedged
 * sourcing: "reportedly"'. A named source ("according to the Office for
 * National Statistics") is not a hedge.
 */
import type { ExtractedClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import type { Sentence } from '../text/document-text.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';

export const HEDGED_ATTRIBUTION: RuleInfo = {
  name: 'hedged-attribution',
  version: 1,
  severity: 'info',
};

const S = String.raw`[ \u00a0]+`;
const HEDGES = new RegExp(
  [
    'reportedly',
    'allegedly',
    'purportedly',
    'supposedly',
    String.raw`(?:un(?:named|identified)${S}|anonymous${S})?sources?(?:${S}\p{Ll}+)?${S}(?:said|say|says|told|claim|claimed|suggest|suggested|close${S}to|familiar${S}with)`,
    String.raw`according${S}to${S}(?:(?:un(?:named|identified)|anonymous|several|two|three|some)${S})?sources`,
    String.raw`(?:is|are|was|were)${S}(?:said|thought|believed|understood|rumou?red|alleged)${S}to`,
    String.raw`it${S}is${S}(?:understood|believed|thought)`,
    String.raw`(?:people|persons|a${S}person)${S}familiar${S}with`,
    String.raw`unconfirmed${S}reports?`,
  ]
    .map((hedge) => `(?:${hedge})`)
    .join('|'),
  'giu',
);

export function checkHedgedAttribution(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  // Each sentence is read once: a long sentence can hold thousands of claims.
  const hedgesBySentence = new Map<Sentence, string[]>();
  const hedgesOf = (sentence: Sentence) => {
    let hedges = hedgesBySentence.get(sentence);
    if (hedges === undefined) {
      hedges = hedgesIn(sentence.text);
      hedgesBySentence.set(sentence, hedges);
    }
    return hedges;
  };
  for (const claim of context.claims) {
    const sentences = sentencesOf(context, claim);
    const hedges = [...new Set(sentences.flatMap(hedgesOf))];
    if (hedges.length === 0) continue;
    findings.push(
      createFinding(HEDGED_ATTRIBUTION, {
        claims: [claim.id],
        message: `"${shorten(claim.exact)}" rests on hedged sourcing: ${hedges.map((hedge) => `"${hedge}"`).join(', ')}`,
        data: { hedges, sentence: sentences.map((sentence) => sentence.text).join(' ') },
        inputs: {
          claim: { id: claim.id, exact: claim.exact },
          sentences: sentences.map((sentence) => sentence.text),
        },
      }),
    );
  }
  return findings;
}

/** The sentence a claim starts in and, for a long quotation, the one it ends in. */
function sentencesOf(context: CheckContext, claim: ExtractedClaim): Sentence[] {
  const range = context.text.rangeOf(claim);
  if (range === null) return [];
  const first = context.text.sentenceAt(range.start);
  const last = context.text.sentenceAt(Math.max(range.start, range.end - 1));
  return [first, last].filter(
    (sentence, i, all): sentence is Sentence => sentence !== null && all.indexOf(sentence) === i,
  );
}

function hedgesIn(sentence: string): string[] {
  return [...sentence.matchAll(HEDGES)]
    .filter((match) => isWordBoundary(sentence, match.index, match.index + match[0].length))
    .map((match) => match[0].toLowerCase().replace(/\s+/g, ' '));
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  return (
    !(start > 0 && letter.test(text[start - 1])) && !(end < text.length && letter.test(text[end]))
  );
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57).trimEnd()}...`;
}
