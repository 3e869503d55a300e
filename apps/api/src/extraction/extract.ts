/**
 * The claim extractor: an article's text in, its numeric and quote claims and
 * the relations between them out (DESIGN.md, "The extraction contract").
 * Framework-free; used by the API and the CLI.
 */
import { createHash } from 'node:crypto';
import { CodePointIndex } from '../text/code-points.js';
import { attributeQuotes, type AttributedQuote } from './attribution.js';
import { scanNumericClaims, type NumericCandidate } from './numeric-scanner.js';
import { NameRegistry } from './people.js';
import { findQuoteRuns } from './quotes.js';
import { findRelations } from './relations.js';
import { toClaimSpan } from './selectors.js';
import { TextStructure } from './sentences.js';
import { resolveSubjects } from './subjects.js';
import type { ExtractedClaim, Extraction, NumericClaim, QuoteClaim } from './types.js';

export type { ExtractedClaim, ExtractedRelation, Extraction, NumericClaim, QuoteClaim } from './types.js';

export function extract(text: string): Extraction {
  const index = new CodePointIndex(text);
  const structure = new TextStructure(text);

  const numbers = scanNumericClaims(text, structure);
  resolveSubjects(text, structure, numbers);
  const registry = new NameRegistry(text, structure);
  const quotes = attributeQuotes(text, structure, findQuoteRuns(text, structure), registry);

  const numericIds = new Map<NumericCandidate, string>();
  numbers.forEach((candidate, i) => numericIds.set(candidate, `n${i + 1}`));
  const idOf = (candidate: NumericCandidate): string => numericIds.get(candidate) as string;

  const claims: ExtractedClaim[] = [
    ...numbers.map((candidate) => toNumericClaim(index, candidate, idOf)),
    ...quotes.map((quote, i) => toQuoteClaim(index, quote, `q${i + 1}`)),
  ];
  claims.sort((a, b) => a.start - b.start || a.end - b.end);

  return {
    document: { sha256: createHash('sha256').update(text, 'utf8').digest('hex'), length: index.length },
    claims,
    relations: findRelations(text, structure, numbers, idOf),
    flags: [],
  };
}

function toNumericClaim(index: CodePointIndex, candidate: NumericCandidate, idOf: (c: NumericCandidate) => string): NumericClaim {
  return {
    id: idOf(candidate),
    kind: 'numeric',
    ...toClaimSpan(index, candidate.start, candidate.end),
    value: candidate.value?.toNumber() ?? null,
    low: candidate.low?.toNumber() ?? null,
    high: candidate.high?.toNumber() ?? null,
    valueText: candidate.value?.toString() ?? null,
    lowText: candidate.low?.toString() ?? null,
    highText: candidate.high?.toString() ?? null,
    unit: candidate.unit,
    approximate: candidate.approximate,
    bound: candidate.bound,
    subject: candidate.subject,
    conversionOf: candidate.conversionOf ? idOf(candidate.conversionOf) : null,
  };
}

function toQuoteClaim(index: CodePointIndex, quote: AttributedQuote, id: string): QuoteClaim {
  return {
    id,
    kind: 'quote',
    ...toClaimSpan(index, quote.run.start, quote.run.end),
    speaker: quote.speaker,
    relayedBy: quote.relayedBy,
  };
}
