/**
 * cross-document-conflict (warning): another document of the workspace states
 * the same quantity with another value. Example: one story says "22 MOUs were
 * signed at the Korea-Kazakhstan Business Forum", another "24 MOUs were signed
 * at the Korea-Kazakhstan Business Forum": raised on the first document's 22,
 * naming the other document's claim in its data.
 * The same quantity means: the same unit, the same subject (same words once
 * case, articles, possessives and plurals are set aside), a subject specific
 * enough to name one event (at least two words, one of them a proper name, as
 * in "lithium reserves of Kazakhstan"), and no different years in the two
 * sentences. Values that agree within their rounding, currency conversions, and
 * other documents that also state an agreeing value are not raised.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { overlaps } from './interval.js';
import { describeStated, numericInputs, readStatedValue } from './stated-value.js';
import { wordSet } from '../text/words.js';

export const CROSS_DOCUMENT_CONFLICT: RuleInfo = {
  name: 'cross-document-conflict',
  version: 3,
  severity: 'warning',
};

/**
 * A numeric claim that names one quantity: its unit, its specific subject, and
 * the years its sentence names. Statements of stored documents are kept with
 * their claims, so that other documents are compared without their texts.
 */
export interface Statement {
  claim: NumericClaim;
  subjectKey: string;
  years: string[];
}

export interface DocumentStatements {
  documentId: string;
  statements: Statement[];
}

/** Bumped when what a statement is changes: stored statements of an older version are read again. */
export const STATEMENTS_VERSION = 1;

const STOP_WORDS = wordSet(`
  the a an of in on at to for and by with from its their his her our this that these those was
  were is are be been which who whom
`);
const YEAR = /(?<![\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])/gu;

/** At most this many other documents' claims are named in a flag's data; the count says how many there are. */
const MAX_NAMED_CLAIMS = 20;
/** At most this many distinct values are quoted in a flag's message. */
const MAX_QUOTED_VALUES = 5;

/**
 * One finding per claim of this document that other documents contradict,
 * naming all of them: a quantity stated in many articles raises one flag per
 * article, never one per pair of articles.
 */
export function checkCrossDocumentConflict(
  statements: Statement[],
  others: DocumentStatements[],
): Finding[] {
  const findings: Finding[] = [];
  for (const statement of statements) {
    const conflicts = others.flatMap((other) =>
      conflictsWith(statement, other.documentId, other.statements),
    );
    if (conflicts.length > 0) findings.push(conflictFinding(statement, conflicts));
  }
  return findings;
}

interface Conflict {
  documentId: string;
  statement: Statement;
}

/** The other document's statements of the same quantity, unless one of them agrees with this one. */
function conflictsWith(
  statement: Statement,
  otherDocumentId: string,
  otherStatements: Statement[],
): Conflict[] {
  const stated = readStatedValue(statement.claim);
  if (stated === null) return [];
  const sameQuantity = otherStatements.filter((other) => isSameQuantity(statement, other));
  // If the other document also states an agreeing value, its own disagreement is not this document's conflict.
  const agreeing = sameQuantity.some((other) => {
    const otherStated = readStatedValue(other.claim);
    return otherStated === null || overlaps(stated.interval, otherStated.interval);
  });
  if (agreeing) return [];
  return sameQuantity.map((other) => ({ documentId: otherDocumentId, statement: other }));
}

function conflictFinding(statement: Statement, unordered: Conflict[]): Finding {
  const claim = statement.claim;
  // In one order whatever order the documents were read in: by value, then document and claim.
  const conflicts = [...unordered].sort(
    (a, b) =>
      numberOf(a.statement.claim) - numberOf(b.statement.claim) ||
      a.documentId.localeCompare(b.documentId) ||
      a.statement.claim.id.localeCompare(b.statement.claim.id),
  );
  const documentIds = [...new Set(conflicts.map((conflict) => conflict.documentId))];
  const values = [
    ...new Set(conflicts.map((conflict) => describeStated(conflict.statement.claim))),
  ];
  const quoted = values.slice(0, MAX_QUOTED_VALUES).join(' and ');
  const more =
    values.length > MAX_QUOTED_VALUES
      ? ` (and ${values.length - MAX_QUOTED_VALUES} more values)`
      : '';
  const others =
    documentIds.length === 1
      ? `another document states ${quoted}`
      : `${documentIds.length} other documents state ${quoted}${more}`;
  return createFinding(CROSS_DOCUMENT_CONFLICT, {
    claims: [claim.id],
    message: `This document states ${describeStated(claim)} for "${claim.subject}"; ${others}`,
    data: {
      unit: claim.unit,
      subject: claim.subject,
      value: valueOf(claim),
      otherDocumentIds: documentIds,
      otherDocumentCount: documentIds.length,
      otherClaims: conflicts.slice(0, MAX_NAMED_CLAIMS).map((conflict) => ({
        documentId: conflict.documentId,
        claimId: conflict.statement.claim.id,
        exact: conflict.statement.claim.exact,
        value: valueOf(conflict.statement.claim),
      })),
    },
    inputs: {
      claim: { ...numericInputs(claim), subject: claim.subject, years: statement.years },
      others: conflicts.map((conflict) => ({
        documentId: conflict.documentId,
        ...numericInputs(conflict.statement.claim),
        subject: conflict.statement.claim.subject,
        years: conflict.statement.years,
      })),
    },
  });
}

function numberOf(claim: NumericClaim): number {
  return claim.value ?? claim.low ?? claim.high ?? 0;
}

function valueOf(claim: NumericClaim): string {
  return claim.valueText ?? `${claim.lowText}-${claim.highText}`;
}

/** The key under which a statement is stored: same key, same unit and subject. */
export function quantityKeyOf(statement: Statement): string {
  return `${statement.claim.unit}\n${statement.subjectKey}`;
}

/** A stored claim's statement, from the key and years written when its document's checks ran. */
export function storedStatement(
  claim: NumericClaim,
  quantityKey: string,
  years: string[],
): Statement {
  return { claim, subjectKey: quantityKey.slice(quantityKey.indexOf('\n') + 1), years };
}

function isSameQuantity(a: Statement, b: Statement): boolean {
  if (a.claim.unit !== b.claim.unit || a.subjectKey !== b.subjectKey) return false;
  if (a.years.length > 0 && b.years.length > 0 && !a.years.some((year) => b.years.includes(year)))
    return false;
  return true;
}

/** The statements of a document's numeric claims, in document order. */
export function statementsOf(context: CheckContext): Statement[] {
  const statements: Statement[] = [];
  for (const claim of context.numericClaims) {
    if (claim.unit === null || claim.conversionOf !== null || claim.subject === null) continue;
    const subjectKey = specificSubjectKey(claim.subject, claim.unit);
    if (subjectKey === null) continue;
    const sentence = context.text.sentenceOf(claim);
    const years = sentence === null ? [] : [...new Set(sentence.text.match(YEAR) ?? [])].sort();
    statements.push({ claim, subjectKey, years });
  }
  return statements;
}

/**
 * "MOUs signed at the Korea-Kazakhstan Business Forum" → "signed korea-kazakhstan
 * business forum" (the unit's own word dropped); null for a subject too vague
 * to name one event ("units", "the total", "memorandums of understanding").
 */
export function specificSubjectKey(subject: string, unit: string): string | null {
  const words = subject
    .replace(/['’]s?(?![\p{L}])/gu, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word.toLowerCase()));
  const unitWord = singular(unit);
  const content = words.filter((word) => singular(word) !== unitWord);
  const hasProperName = content.some((word) => /^\p{Lu}/u.test(word));
  if (content.length < 2 || !hasProperName) return null;
  return content.map(singular).join(' ');
}

/** Lower case, singular: "MOUs" → "mou", "reserves" → "reserve"; "bus", "crisis" stay. */
function singular(word: string): string {
  if (/^\p{Lu}{2,}s$/u.test(word)) return word.slice(0, -1).toLowerCase();
  const lower = word.toLowerCase();
  if (lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower))
    return lower.slice(0, -1);
  return lower;
}
