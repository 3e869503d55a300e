/**
 * The claim extractor: an article's text in, its numeric and quote claims and
 * the relations between them out (docs/extraction.md, "The extraction contract").
 * Framework-free; used by the API and the CLI.
 */
import type { CodePointIndex } from '../text/code-points.js';
import { sha256Hex } from '../text/normalize.js';
import { numericValues } from './numeric-values.js';
import { attributeQuotes, type AttributedQuote } from './attribution.js';
import type { NumericCandidate } from './numeric-candidate.js';
import { scanNumericClaims } from './numeric-scanner.js';
import { NameRegistry } from '../text/people.js';
import { findQuoteRuns } from './quotes.js';
import { findRelations } from './relations/index.js';
import { toClaimSpan } from './selectors.js';
import { DocumentText } from '../text/document-text.js';
import { resolveSubjects } from './subjects.js';
import type { ExtractedClaim, Extraction, NumericClaim, QuoteClaim } from './types.js';

export type {
  ExtractedClaim,
  ExtractedRelation,
  Extraction,
  NumericClaim,
  QuoteClaim,
} from './types.js';

export function extract(text: string): Extraction {
  const structure = new DocumentText(text);
  const index = structure.codePoints;

  const numbers = scanNumericClaims(text, structure);
  resolveSubjects(text, structure, numbers);
  const registry = new NameRegistry(text, structure);
  const quotes = attributeQuotes(text, structure, findQuoteRuns(text, structure), registry);

  numbers.forEach((candidate, i) => (candidate.id = `n${i + 1}`));
  const numericClaims = numbers.map((candidate) => toNumericClaim(index, candidate));
  const quoteClaims = quotes.map((quote, i) => toQuoteClaim(index, quote, `q${i + 1}`));

  return {
    document: {
      sha256: sha256Hex(text),
      length: index.length,
    },
    claims: mergeByPosition(numericClaims, quoteClaims),
    relations: findRelations(text, structure, numbers),
    flags: [],
  };
}

/** Both lists are in text order already; merging keeps the output sorted by start (then end). */
function mergeByPosition(a: ExtractedClaim[], b: ExtractedClaim[]): ExtractedClaim[] {
  const merged: ExtractedClaim[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA =
      j >= b.length || (i < a.length && (a[i].start - b[j].start || a[i].end - b[j].end) <= 0);
    merged.push(takeA ? a[i++] : b[j++]);
  }
  return merged;
}

function toNumericClaim(index: CodePointIndex, candidate: NumericCandidate): NumericClaim {
  return {
    id: candidate.id,
    kind: 'numeric',
    ...toClaimSpan(index, candidate.start, candidate.end),
    ...numericValues(
      candidate.value?.toString() ?? null,
      candidate.low?.toString() ?? null,
      candidate.high?.toString() ?? null,
    ),
    unit: candidate.unit,
    approximate: candidate.approximate,
    bound: candidate.bound,
    subject: candidate.subject,
    conversionOf: candidate.conversionOf?.id ?? null,
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
