import type { ChecksCoverage } from '../checks/run-checks.js';
import type { ClaimView } from '../claims/claim.presenter.js';
import type { Page } from '../common/pagination.js';
import type { RelationRecord } from '../records/relation.js';
import { type FlagRecord } from '../records/flag.js';
import { presentFlag } from '../flags/flag.presenter.js';
import type { DocumentRecord } from '../store/document.repository.js';
import type { DocumentResponse, DocumentSummaryResponse } from './document.response.js';

export function presentDocumentSummary(document: DocumentRecord): DocumentSummaryResponse {
  return {
    id: document.id,
    title: document.title,
    sourceUrl: document.sourceUrl,
    publisher: document.publisher,
    publishedAt: document.publishedAt?.toISOString() ?? null,
    language: document.language,
    createdBy: document.createdBy,
    createdAt: document.createdAt.toISOString(),
    version: {
      id: document.version.id,
      number: document.version.number,
      sha256: document.version.sha256,
      length: document.version.length,
    },
  };
}

export function presentDocument(
  document: DocumentRecord,
  claims: Page<ClaimView>,
  relations: RelationRecord[],
  flags: FlagRecord[],
  coverage: ChecksCoverage,
): DocumentResponse {
  return {
    ...presentDocumentSummary(document),
    text: document.version.text,
    claims: claims.items,
    claimsNextCursor: claims.nextCursor,
    relations,
    flags: flags.map(presentFlag),
    checks: coverage,
  };
}

export type DocumentView = DocumentResponse;
