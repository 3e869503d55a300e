import { plural } from './labels';
import type { ChecksCoverage, Claim, Flag, Severity } from './types';
import type { Span } from './text';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Open flags first, then by severity (errors first). */
export function sortFlags(flags: Flag[]): Flag[] {
  return [...flags].sort(
    (a, b) =>
      Number(a.status !== 'open') - Number(b.status !== 'open') ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

export function hasOpenFlag(claim: Claim): boolean {
  return claim.flags.some((flag) => flag.status === 'open');
}

/**
 * Every span of the text a flag is about, claims or not (a `name-variant`
 * flag's spellings are no claims), in code points.
 */
export function flagSpans(flag: Flag): Span[] {
  return flag.spans.map((span, index) => ({
    id: `${flag.id}:${index}`,
    start: span.start,
    end: span.end,
  }));
}

/**
 * What the checks did, for an article with no open flag: never just "nothing
 * found", which reads as "the numbers are right" ("9 checks ran over 3
 * relations and 12 numbers; nothing flagged").
 */
export function checksSummary(checks: ChecksCoverage, flagged: number): string {
  const outcome = flagged === 0 ? 'nothing flagged' : 'no open flags';
  return `${plural(checks.rules.length, 'check')} ran over ${plural(checks.relations, 'relation')} and ${plural(checks.numericClaims, 'number')}; ${outcome}`;
}
