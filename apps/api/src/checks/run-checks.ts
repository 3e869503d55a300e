/**
 * The checks' entry points: every in-document rule over one document, and the
 * cross-document rule over a document and the other documents of its
 * workspace. Pure functions: no database, no framework. Findings come in a
 * stable order (rule, then the document position of their first claim, then
 * fingerprint), without duplicates (one finding per fingerprint).
 */
import {
  RELATION_TYPES,
  type ExtractedClaim,
  type ExtractedRelation,
} from '../extraction/types.js';
import { buildContext, type CheckContext } from './check-context.js';
import { checkChangeMismatch } from './change-mismatch.js';
import {
  checkCrossDocumentConflict,
  statementsOf,
  type DocumentStatements,
  type Statement,
} from './cross-document-conflict.js';
import { RULE_NAMES, type Finding, type RuleName } from './finding.js';
import { checkHedgedAttribution } from './hedged-attribution.js';
import { checkNameVariant } from './name-variant.js';
import { checkShareMismatch } from './share-mismatch.js';
import { checkShareOverflow } from './share-overflow.js';
import { checkSumMismatch } from './sum-mismatch.js';
import { checkUnattributedQuote } from './unattributed-quote.js';
import { checkValueConflict } from './value-conflict.js';

export type { Finding } from './finding.js';
export type { DocumentStatements, Statement } from './cross-document-conflict.js';

export interface CheckInput {
  text: string;
  /** Claim ids are opaque strings (extractor ids like "n1", or stored UUIDs). */
  claims: ExtractedClaim[];
  relations: ExtractedRelation[];
}

export type DocumentCheckInput = CheckInput & { documentId: string };

type ClaimsById = ReadonlyMap<string, ExtractedClaim>;

const DOCUMENT_RULES: Array<(context: CheckContext) => Finding[]> = [
  checkSumMismatch,
  checkShareMismatch,
  checkShareOverflow,
  checkChangeMismatch,
  checkValueConflict,
  checkNameVariant,
  checkUnattributedQuote,
  checkHedgedAttribution,
];

/**
 * What the checks looked at, so that "no flags" is never read as "the numbers
 * are right": the rules that ran and how many relations and claims they read
 * ("9 checks ran over 3 relations and 12 numbers; nothing flagged").
 */
export interface ChecksCoverage {
  rules: RuleName[];
  relations: number;
  relationsByType: Record<ExtractedRelation['type'], number>;
  numericClaims: number;
  quotes: number;
}

/** Which rules ran over how many relations and claims; `claimCounts`: the document's claims of each kind. */
export function checksCoverage(
  claimCounts: Record<ExtractedClaim['kind'], number>,
  relations: ReadonlyArray<Pick<ExtractedRelation, 'type'>>,
): ChecksCoverage {
  const relationsByType = Object.fromEntries(
    RELATION_TYPES.map((type) => [type, relations.filter((r) => r.type === type).length]),
  ) as ChecksCoverage['relationsByType'];
  return {
    rules: [...RULE_NAMES],
    relations: relations.length,
    relationsByType,
    numericClaims: claimCounts.numeric,
    quotes: claimCounts.quote,
  };
}

export function runDocumentChecks(input: CheckInput): Finding[] {
  return findingsOf(buildContext(input));
}

/** A document's own findings and its statements, from one reading of its text. */
export function checkDocument(input: CheckInput): { findings: Finding[]; statements: Statement[] } {
  const context = buildContext(input);
  return { findings: findingsOf(context), statements: statementsOf(context) };
}

function findingsOf(context: CheckContext): Finding[] {
  return inStableOrder(
    context.claimById,
    DOCUMENT_RULES.flatMap((rule) => rule(context)),
  );
}

/** What the cross-document check compares of a document: its numeric claims that name one quantity. */
export function documentStatements(input: CheckInput): Statement[] {
  return statementsOf(buildContext(input));
}

/**
 * cross-document-conflict: findings name claims of `document`; the other
 * documents' claim ids are in their data. Statements, not texts, are compared.
 */
export function runCrossDocumentChecks(
  document: DocumentStatements,
  others: DocumentStatements[],
): Finding[] {
  const claimById = new Map<string, ExtractedClaim>(
    document.statements.map((statement) => [statement.claim.id, statement.claim]),
  );
  const otherDocuments = others.filter((other) => other.documentId !== document.documentId);
  return inStableOrder(claimById, checkCrossDocumentConflict(document.statements, otherDocuments));
}

/** The finding with its claims' spans before its evidence spans. */
function withClaimSpans(claimById: ClaimsById, finding: Finding): Finding {
  const claimSpans = finding.claims.flatMap((id) => {
    const claim = claimById.get(id);
    return claim ? [{ start: claim.start, end: claim.end, exact: claim.exact }] : [];
  });
  return { ...finding, spans: [...claimSpans, ...finding.spans] };
}

function inStableOrder(claimById: ClaimsById, findings: Finding[]): Finding[] {
  const position = (finding: Finding): number =>
    Math.min(
      ...finding.claims.map((id) => claimById.get(id)?.start ?? Number.MAX_SAFE_INTEGER),
      Number.MAX_SAFE_INTEGER,
    );
  const unique = new Map<string, Finding>();
  for (const finding of findings)
    if (!unique.has(finding.fingerprint))
      unique.set(finding.fingerprint, withClaimSpans(claimById, finding));
  return [...unique.values()].sort(
    (a, b) =>
      RULE_NAMES.indexOf(a.rule) - RULE_NAMES.indexOf(b.rule) ||
      position(a) - position(b) ||
      (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0),
  );
}
