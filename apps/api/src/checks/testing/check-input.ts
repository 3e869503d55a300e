/**
 * Test helpers: a CheckInput from the real extractor, or built by hand for
 * sentences where the extractor does not (yet) produce the relation a rule
 * needs. Hand-built claims are found in the text by their exact words, so
 * their offsets are always right.
 */
import { extract } from '../../extraction/extract.js';
import { numericValues } from '../../extraction/numeric-values.js';
import { toClaimSpan } from '../../extraction/selectors.js';
import { CodePointIndex } from '../../text/code-points.js';
import type { Bound, ExtractedRelation, NumericClaim, QuoteClaim } from '../../extraction/types.js';
import { buildContext, type CheckContext } from '../check-context.js';
import type { Finding } from '../finding.js';
import type { CheckInput } from '../run-checks.js';

export function extractedInput(text: string): CheckInput {
  const extraction = extract(text);
  return { text, claims: extraction.claims, relations: extraction.relations };
}

export interface NumericSpec {
  id: string;
  exact: string;
  /** Exact decimal string; omit for a range. */
  value?: string;
  low?: string;
  high?: string;
  unit: string | null;
  approximate?: boolean;
  bound?: Bound;
  subject?: string;
  conversionOf?: string;
  /** Which occurrence of `exact` in the text (1 = first). */
  occurrence?: number;
}

export interface QuoteSpec {
  id: string;
  exact: string;
  speaker: string | null;
  relayedBy?: string;
}

/** The selector of the n-th occurrence of `exact` in the text. */
function spanOf(text: string, exact: string, occurrence = 1) {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(exact, index + 1);
    if (index === -1) throw new Error(`"${exact}" (occurrence ${occurrence}) is not in the text`);
  }
  return toClaimSpan(new CodePointIndex(text), index, index + exact.length);
}

export function numeric(text: string, spec: NumericSpec): NumericClaim {
  const isRange = spec.value === undefined;
  return {
    id: spec.id,
    kind: 'numeric',
    ...spanOf(text, spec.exact, spec.occurrence),
    ...numericValues(
      spec.value ?? null,
      isRange ? (spec.low ?? null) : null,
      isRange ? (spec.high ?? null) : null,
    ),
    unit: spec.unit,
    approximate: spec.approximate ?? false,
    bound: spec.bound ?? null,
    subject: spec.subject ?? null,
    conversionOf: spec.conversionOf ?? null,
  };
}

export function quote(text: string, spec: QuoteSpec): QuoteClaim {
  return {
    id: spec.id,
    kind: 'quote',
    ...spanOf(text, spec.exact),
    speaker: spec.speaker,
    relayedBy: spec.relayedBy ?? null,
  };
}

export function handBuiltInput(
  text: string,
  numerics: NumericSpec[],
  relations: ExtractedRelation[] = [],
  quotes: QuoteSpec[] = [],
): CheckInput {
  return {
    text,
    claims: [
      ...numerics.map((spec) => numeric(text, spec)),
      ...quotes.map((spec) => quote(text, spec)),
    ],
    relations,
  };
}

export function contextOf(input: CheckInput): CheckContext {
  return buildContext(input);
}

/** The exact words of a finding's claims, for readable expectations. */
export function claimWords(input: CheckInput, finding: Finding): string[] {
  return finding.claims.map(
    (id) => input.claims.find((claim) => claim.id === id)?.exact ?? `?${id}`,
  );
}
