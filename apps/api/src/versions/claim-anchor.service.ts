import { Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { presentClaim, type ClaimView } from '../claims/claim.presenter.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { assertCurrentVersion, staleVersion, versionFromIfMatch } from '../common/etag.js';
import { DocumentRepository } from '../store/document.repository.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import { FlagRepository } from '../store/flag.repository.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { CodePointIndex } from '../text/code-points.js';
import { verifySpan } from '../text/span.js';
import type { AnchorClaimDto } from './version.dto.js';

/** The status reason of a claim a person found no longer in its article. */
export const NO_LONGER_IN_TEXT = 'no-longer-in-text';

/**
 * A person's decision on a claim a new version left without a place: the span
 * it now has in the current text (it goes back to review), or none at all (it
 * is marked as not a claim). Either way with an event, and the checks re-run.
 */
@Injectable()
export class ClaimAnchorService {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly documents: DocumentRepository,
    private readonly flags: FlagRepository,
    private readonly checks: ChecksRunner,
    private readonly ledger: LedgerWriter,
  ) {}

  async anchor(
    actor: Actor,
    id: string,
    ifMatch: string | undefined,
    dto: AnchorClaimDto,
  ): Promise<ClaimView> {
    assertActorMay(actor, Permission.SubmitContent, 'anchor claims');
    const readAt = versionFromIfMatch(ifMatch);
    const updated = await this.ledger.write(actor, async (ledger) => {
      const claim = await this.claims.findById(actor.workspaceId, id, ledger.tx);
      if (!claim) throw DomainError.notFound('claim', id);
      assertCurrentVersion('claim', id, readAt, claim.version);
      if (claim.status !== 'needs_anchor')
        throw new DomainError(
          ErrorCode.Conflict,
          `the claim is ${claim.status}, not waiting for an anchor: correct its span instead`,
          { field: 'status' },
        );
      const document = await this.documents.findById(
        actor.workspaceId,
        claim.documentId,
        ledger.tx,
      );
      if (!document) throw DomainError.notFound('document', claim.documentId);
      const span = dto.noLongerInText
        ? null
        : verifySpan(
            new CodePointIndex(document.version.text),
            dto.start as number,
            dto.end as number,
            dto.exact as string,
          );
      const changes = span
        ? { ...span, documentVersionId: document.version.id, status: 'in_review' as const }
        : { status: 'not_a_claim' as const, statusReason: NO_LONGER_IN_TEXT };
      const changed = await this.claims.updateAtVersion(ledger.tx, actor.workspaceId, id, readAt, {
        ...changes,
        statusNote: dto.note ?? null,
      });
      if (!changed) throw staleVersion('claim', id, readAt);
      ledger.record({
        action: 'claim.anchored',
        subject: { type: 'claim', id },
        documentId: claim.documentId,
        data: {
          versionId: document.version.id,
          before: { start: claim.start, end: claim.end, exact: claim.exact },
          after: span && { start: span.start, end: span.end, exact: span.exact },
          status: { before: claim.status, after: changed.status },
          note: dto.note ?? null,
          version: changed.version,
        },
      });
      await this.checks.runForDocument(ledger, actor.workspaceId, claim.documentId);
      return changed;
    });
    return presentClaim(updated, await this.flags.forClaims(actor.workspaceId, [updated]));
  }
}
