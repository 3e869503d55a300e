import type { VersionSummary, VersionWithText } from '../store/document.repository.js';
import type { RevisionReport } from '../revisions/revision-report.js';
import type { TextEdit } from '../revisions/text-changes.js';
import type {
  ClaimOutcomeResponse,
  VersionDetailResponse,
  VersionDiffResponse,
  VersionResponse,
} from './version.response.js';

export type VersionView = VersionResponse | VersionDetailResponse;
export type VersionDiffView = VersionDiffResponse;

/** The diff between two versions: a place a claim does not have is left out, not null. */
export function presentDiff(report: RevisionReport, edits: TextEdit[]): VersionDiffView {
  return {
    ...report,
    edits,
    claims: report.claims.map(({ before, after, ...outcome }): ClaimOutcomeResponse => ({
      ...outcome,
      ...(before !== null && { before }),
      ...(after !== null && { after }),
    })),
  };
}

/** A version as the API shows it: its text when it was read with it, a summary of its revision. */
export function presentVersion(version: VersionSummary | VersionWithText): VersionView {
  const report = version.revision as RevisionReport | null;
  return {
    id: version.id,
    documentId: version.documentId,
    number: version.number,
    sha256: version.sha256,
    length: version.length,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    ...(report !== null && {
      revision: {
        fromVersion: report.fromVersion,
        counts: report.counts,
        flagsOpened: report.flagsOpened.length,
        flagsClosed: report.flagsClosed.length,
        staleVerdicts: report.staleVerdicts.length,
      },
    }),
    ...('text' in version && { text: version.text }),
  };
}
