/**
 * The extraction contract for a text as the user gave it (a file): extraction
 * and the in-document checks run on the stored form of the text (CRLF to LF,
 * NFC), and every offset is then given back in the text as given.
 */
import type { Finding } from '../../api/src/checks/finding.js';
import { runDocumentChecks } from '../../api/src/checks/run-checks.js';
import { extract, type Extraction } from '../../api/src/extraction/extract.js';
import { normalizeText } from '../../api/src/text/normalize.js';
import { SourceOffsets } from '../../api/src/text/source-offsets.js';

export type ContractFlag = Pick<
  Finding,
  'rule' | 'severity' | 'claims' | 'spans' | 'message' | 'data'
>;
export type ExtractionWithFlags = Omit<Extraction, 'flags'> & { flags: ContractFlag[] };

/** Throws DomainError for text that cannot be stored (NUL, unpaired surrogates). */
export function extractSource(source: string): ExtractionWithFlags {
  const stored = normalizeText(source).text;
  const extraction = extract(stored);
  const findings = runDocumentChecks({
    text: stored,
    claims: extraction.claims,
    relations: extraction.relations,
  });
  const result: ExtractionWithFlags = {
    ...extraction,
    flags: findings.map(({ rule, severity, claims, spans, message, data }) => ({
      rule,
      severity,
      claims,
      spans,
      message,
      data,
    })),
  };
  return stored === source ? result : inSourceOffsets(result, new SourceOffsets(source, stored));
}

function inSourceOffsets(result: ExtractionWithFlags, offsets: SourceOffsets): ExtractionWithFlags {
  return {
    ...result,
    claims: result.claims.map((claim) => ({ ...claim, ...offsets.span(claim.start, claim.end) })),
    flags: result.flags.map((flag) => ({
      ...flag,
      spans: flag.spans.map((span) => {
        const { start, end, exact } = offsets.span(span.start, span.end);
        return { start, end, exact };
      }),
    })),
  };
}
