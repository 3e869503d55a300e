/**
 * Compares an extraction with a hand-labelled fixture (test/fixtures/*.expected.json,
 * the format of kazakhstan-mous.expected.json) and scores it. Used by the
 * fixture specs and by the evaluation script in bench/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedClaim, ExtractedRelation, Extraction } from '../types.js';

export interface LabelledClaim {
  id: string;
  kind: 'numeric' | 'quote';
  start: number;
  end: number;
  exact: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  unit?: string | null;
  unitAliases?: string[];
  approximate?: boolean;
  speaker?: string | null;
  relayedBy?: string | null;
  /** For a currency conversion, the label id of the converted amount. */
  conversionOf?: string;
  optional?: boolean;
}

export interface LabelledRelation {
  rule: string;
  claims: string[];
  /** For share-of: which labelled claim is the part and which the share. */
  part?: string;
  share?: string;
  required?: boolean;
}

export interface LabelledFixture {
  document: string;
  textSha256: string;
  textLength: number;
  claims: LabelledClaim[];
  findings?: LabelledRelation[];
  consistentRelations?: LabelledRelation[];
}

export interface ComparisonReport {
  /** Required labels not found with the same span. */
  missing: LabelledClaim[];
  /** Found with the same span but a different value, unit, approximate or speaker. */
  wrong: { label: LabelledClaim; claim: ExtractedClaim; problems: string[] }[];
  /** Produced claims no label has. */
  spurious: ExtractedClaim[];
  /** Labelled relations not found among the produced relations. */
  missingRelations: LabelledRelation[];
  truePositives: number;
  precision: number;
  recall: number;
  /** Label id → produced claim id, for relation checks. */
  idMap: Map<string, string>;
}

export function fixturePath(name: string): string {
  return path.resolve(process.cwd(), 'test/fixtures', name);
}

export function loadFixture(name: string): { text: string; labels: LabelledFixture } {
  const text = readFileSync(fixturePath(`${name}.txt`), 'utf8');
  const labels = JSON.parse(
    readFileSync(fixturePath(`${name}.expected.json`), 'utf8'),
  ) as LabelledFixture;
  return { text, labels };
}

function spanKey(kind: string, start: number, end: number): string {
  return `${kind}:${start}:${end}`;
}

function fieldProblems(
  label: LabelledClaim,
  claim: ExtractedClaim,
  idMap: Map<string, string>,
): string[] {
  const problems: string[] = [];
  if (label.exact !== claim.exact) problems.push(`exact ${JSON.stringify(claim.exact)}`);
  if (claim.kind === 'numeric') {
    if (label.value !== undefined && label.value !== claim.value)
      problems.push(`value ${claim.value} (want ${label.value})`);
    if (label.low !== undefined && label.low !== claim.low)
      problems.push(`low ${claim.low} (want ${label.low})`);
    if (label.high !== undefined && label.high !== claim.high)
      problems.push(`high ${claim.high} (want ${label.high})`);
    const units = [label.unit, ...(label.unitAliases ?? [])];
    if (label.unit !== undefined && !units.includes(claim.unit))
      problems.push(`unit ${claim.unit} (want ${label.unit})`);
    if (label.approximate !== undefined && label.approximate !== claim.approximate)
      problems.push(`approximate ${claim.approximate}`);
    const conversionOf =
      label.conversionOf === undefined ? undefined : (idMap.get(label.conversionOf) ?? '?');
    if (conversionOf !== undefined && conversionOf !== claim.conversionOf)
      problems.push(`conversionOf ${claim.conversionOf} (want ${label.conversionOf})`);
  } else {
    if (label.speaker !== undefined && label.speaker !== claim.speaker)
      problems.push(`speaker ${claim.speaker} (want ${label.speaker})`);
    if (label.relayedBy !== undefined && label.relayedBy !== claim.relayedBy)
      problems.push(`relayedBy ${claim.relayedBy} (want ${label.relayedBy})`);
  }
  return problems;
}

export function compareWithLabels(
  extraction: Extraction,
  labels: LabelledFixture,
): ComparisonReport {
  const produced = new Map<string, ExtractedClaim>();
  for (const claim of extraction.claims)
    produced.set(spanKey(claim.kind, claim.start, claim.end), claim);
  const labelled = new Map<string, LabelledClaim>();
  for (const label of labels.claims)
    labelled.set(spanKey(label.kind, label.start, label.end), label);

  const report: ComparisonReport = {
    missing: [],
    wrong: [],
    spurious: [],
    missingRelations: [],
    truePositives: 0,
    precision: 0,
    recall: 0,
    idMap: new Map(),
  };
  for (const label of labels.claims) {
    const claim = produced.get(spanKey(label.kind, label.start, label.end));
    if (claim) report.idMap.set(label.id, claim.id);
  }
  let required = 0;
  for (const label of labels.claims) {
    const claim = produced.get(spanKey(label.kind, label.start, label.end));
    if (label.optional) continue;
    required++;
    if (!claim) {
      report.missing.push(label);
      continue;
    }
    const problems = fieldProblems(label, claim, report.idMap);
    if (problems.length > 0) report.wrong.push({ label, claim, problems });
    else report.truePositives++;
  }
  let counted = 0;
  for (const claim of extraction.claims) {
    const label = labelled.get(spanKey(claim.kind, claim.start, claim.end));
    if (!label) report.spurious.push(claim);
    if (!label?.optional) counted++;
  }
  report.recall = required === 0 ? 1 : report.truePositives / required;
  report.precision = counted === 0 ? 1 : report.truePositives / counted;
  report.missingRelations = [...(labels.findings ?? []), ...(labels.consistentRelations ?? [])]
    .filter((relation) => relation.required !== false && isRelationRule(relation.rule))
    .filter((relation) => !hasRelation(extraction.relations, relation, report.idMap));
  return report;
}

function isRelationRule(rule: string): boolean {
  return (
    rule === 'sum-mismatch' ||
    rule === 'parts-of-total' ||
    rule === 'share-of' ||
    rule === 'same-quantity' ||
    rule === 'share-mismatch'
  );
}

/**
 * sum-mismatch / parts-of-total: a produced parts-of-total whose total and
 * parts are all labelled claims of the finding; share-of: the labelled part and
 * share; same-quantity: one produced group holding all labelled claims.
 */
function hasRelation(
  relations: ExtractedRelation[],
  relation: LabelledRelation,
  idMap: Map<string, string>,
): boolean {
  const ids = relation.claims.map((id) => idMap.get(id));
  if (ids.some((id) => id === undefined)) return false;
  const wanted = new Set(ids as string[]);
  switch (relation.rule) {
    case 'sum-mismatch':
    case 'parts-of-total':
      return relations.some(
        (r) =>
          r.type === 'parts-of-total' &&
          wanted.has(r.total) &&
          r.parts.length > 0 &&
          r.parts.every((p) => wanted.has(p)),
      );
    case 'share-of':
    case 'share-mismatch': {
      const part = idMap.get(relation.part ?? '');
      const share = idMap.get(relation.share ?? '');
      return relations.some((r) => r.type === 'share-of' && r.part === part && r.share === share);
    }
    case 'same-quantity':
      return relations.some(
        (r) => r.type === 'same-quantity' && [...wanted].every((id) => r.claims.includes(id)),
      );
    default:
      return true;
  }
}

/** One line per problem, for a readable test failure. */
export function describeReport(report: ComparisonReport): string[] {
  return [
    ...report.missing.map((l) => `missing ${l.id} ${l.start}-${l.end} ${JSON.stringify(l.exact)}`),
    ...report.wrong.map(
      (w) => `wrong ${w.label.id} ${JSON.stringify(w.label.exact)}: ${w.problems.join('; ')}`,
    ),
    ...report.spurious.map(
      (c) => `spurious ${c.id} ${c.start}-${c.end} ${JSON.stringify(c.exact)}`,
    ),
    ...report.missingRelations.map((r) => `missing relation ${r.rule} ${r.claims.join(',')}`),
  ];
}
