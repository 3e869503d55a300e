import type { Claim, Flag, Severity } from './types';
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
 * Words of the text a flag is about that are not claims: the spellings a
 * `name-variant` flag found (its `data.spellings[].occurrences`, in code points).
 */
export function flagOccurrences(flag: Flag): Span[] {
  const data = flag.data as {
    spellings?: { name: string; occurrences?: { start: number; end: number }[] }[];
  } | null;
  const spans: Span[] = [];
  for (const spelling of data?.spellings ?? []) {
    for (const occurrence of spelling.occurrences ?? []) {
      spans.push({
        id: `${flag.id}:${occurrence.start}`,
        start: occurrence.start,
        end: occurrence.end,
      });
    }
  }
  return spans;
}
