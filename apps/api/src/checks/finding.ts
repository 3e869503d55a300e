/**
 * What a check reports: one finding per problem, with the arithmetic in its
 * message, a fingerprint that identifies the flag it becomes (so re-running the
 * checks never duplicates a flag) and a hash of exactly the inputs the rule read
 * (so anyone can re-run the rule and get the same finding).
 */
import canonicalize from 'canonicalize';
import { sha256Hex } from '../text/normalize.js';

/** The rules, in the order their findings are reported (docs/checks.md, "The rules"). */
export const RULE_NAMES = [
  'sum-mismatch',
  'share-mismatch',
  'share-overflow',
  'change-mismatch',
  'value-conflict',
  'cross-document-conflict',
  'name-variant',
  'unattributed-quote',
  'hedged-attribution',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];
export type Severity = 'error' | 'warning' | 'info';

/** A span of the document's stored text that a finding involves: code points, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  exact: string;
}

export interface Finding {
  rule: RuleName;
  ruleVersion: number;
  severity: Severity;
  /** The claim ids it involves, in a stable order (for most rules: document order). */
  claims: string[];
  /** Every span it involves: its claims' spans, then evidence that is no claim (a name's spellings). */
  spans: TextSpan[];
  /** For a reporter, with the numbers in it. */
  message: string;
  /** Machine-readable details; numbers as exact decimal strings. */
  data: Record<string, unknown>;
  /** sha256 hex of the rule, its sorted claim ids and, for findings that are not only about claims, their identity keys. */
  fingerprint: string;
  /** sha256 hex of the RFC 8785 canonical JSON of the rule, its version and exactly the inputs it read. */
  inputHash: string;
}

/** A rule's name, version and severity; a rule's version changes whenever what it raises changes. */
export interface RuleInfo {
  name: RuleName;
  version: number;
  severity: Severity;
}

export interface FindingDraft {
  claims: string[];
  /**
   * What else identifies the finding when its claims alone do not: a name
   * spelling (name-variant has no claims) or another document's claim
   * (cross-document-conflict). Part of the fingerprint.
   */
  identity?: string[];
  /** Spans of evidence that is no claim (a name's spellings); the claims' spans are added by runDocumentChecks. */
  evidence?: TextSpan[];
  message: string;
  data: Record<string, unknown>;
  /** Exactly the inputs the rule read (claim fields, relation, text); JSON only. */
  inputs: unknown;
}

export function createFinding(rule: RuleInfo, draft: FindingDraft): Finding {
  const fingerprintKeys = [
    rule.name,
    ...[...draft.claims].sort(),
    ...[...(draft.identity ?? [])].sort(),
  ];
  return {
    rule: rule.name,
    ruleVersion: rule.version,
    severity: rule.severity,
    claims: draft.claims,
    spans: draft.evidence ?? [],
    message: draft.message,
    data: draft.data,
    fingerprint: sha256Hex(fingerprintKeys.join('\n')),
    inputHash: sha256Hex(
      canonicalJson({ rule: rule.name, ruleVersion: rule.version, inputs: draft.inputs }),
    ),
  };
}

export function canonicalJson(value: unknown): string {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new Error('check inputs cannot be canonicalised');
  return canonical;
}
