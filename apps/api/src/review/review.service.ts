import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { presentClaim, type ClaimView } from '../claims/claim.presenter.js';
import { ClaimRepository } from '../store/claim.repository.js';
import type { ClaimRecord } from '../records/claim.js';
import { assertCurrentVersion, staleVersion, versionFromIfMatch } from '../common/etag.js';
import type { Tx } from '../database/transaction.js';
import { DocumentRepository } from '../store/document.repository.js';
import { DomainError } from '../errors/domain-error.js';
import { type FlagRecord } from '../records/flag.js';
import { presentFlag, type FlagView } from '../flags/flag.presenter.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import { FlagRepository } from '../store/flag.repository.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import type { AssignDto, FlagDecisionDto, TransitionDto } from './review.dto.js';
import {
  assertClaimTransition,
  assertFlagDecision,
  type FlagDecision,
} from '../workflow/workflow.js';
import { Permission } from '../auth/permissions.js';
import { assertActorMay } from '../auth/actor.js';

/** Verdicts, flag decisions and assignments: the editor's side of the review. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly documents: DocumentRepository,
    private readonly flags: FlagRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly ledger: LedgerWriter,
    private readonly checks: ChecksRunner,
  ) {}

  async transition(
    actor: Actor,
    id: string,
    ifMatch: string | undefined,
    dto: TransitionDto,
  ): Promise<ClaimView> {
    const version = versionFromIfMatch(ifMatch);
    // Read and judged inside the workspace's lock: a flag that opens meanwhile is seen.
    const { updated, flags } = await this.ledger.write(actor, async (ledger) => {
      const claim = await this.findClaim(actor, id, ledger.tx);
      assertCurrentVersion('claim', id, version, claim.version);
      const flags = await this.flags.forClaims(actor.workspaceId, [claim], ledger.tx);
      const kind = assertClaimTransition({
        from: claim.status,
        to: dto.to,
        actorRole: actor.role,
        actorUserId: actor.userId,
        createdBy: claim.createdBy,
        correctedBy: claim.correctedBy,
        reason: dto.reason ?? null,
        note: dto.note ?? null,
        openErrorFlags: flags.filter((f) => f.status === 'open' && f.severity === 'error'),
      });
      // Restored after its article changed, a claim's offsets are an older version's: it needs an anchor.
      const to =
        kind === 'restore' && !(await this.isOnCurrentVersion(claim, ledger.tx))
          ? 'needs_anchor'
          : dto.to;
      const changed = await this.claims.updateAtVersion(ledger.tx, actor.workspaceId, id, version, {
        status: to,
        statusReason: dto.reason ?? null,
        statusNote: dto.note ?? null,
      });
      if (!changed) throw staleVersion('claim', id, version);
      ledger.record({
        action: `claim.${kind}`,
        subject: { type: 'claim', id },
        documentId: claim.documentId,
        data: {
          from: claim.status,
          to,
          reason: dto.reason ?? null,
          note: dto.note ?? null,
          version: changed.version,
        },
      });
      // A claim marked as no claim leaves the checks (and comes back when restored).
      if (kind === 'reject' || kind === 'restore') {
        await this.checks.runForDocument(ledger, actor.workspaceId, claim.documentId);
        return {
          updated: changed,
          flags: await this.flags.forClaims(actor.workspaceId, [claim], ledger.tx),
        };
      }
      return { updated: changed, flags };
    });
    return presentClaim(updated, flags);
  }

  private async isOnCurrentVersion(claim: ClaimRecord, tx: Tx): Promise<boolean> {
    const current = await this.documents.currentVersionId(claim.workspaceId, claim.documentId, tx);
    return current === claim.documentVersionId;
  }

  async decideFlag(
    actor: Actor,
    id: string,
    decision: FlagDecision,
    ifMatch: string | undefined,
    dto: FlagDecisionDto,
  ): Promise<FlagView> {
    const version = versionFromIfMatch(ifMatch);
    const flag = await this.findFlag(actor, id);
    assertCurrentVersion('flag', id, version, flag.version);
    assertFlagDecision({
      from: flag.status,
      to: decision,
      severity: flag.severity,
      actorRole: actor.role,
      reason: dto.reason,
      note: dto.note,
    });
    const updated = await this.ledger.write(actor, async (ledger) => {
      const changed = await this.flags.setStatusAtVersion(
        ledger.tx,
        actor.workspaceId,
        id,
        version,
        {
          status: decision,
          reason: dto.reason ?? null,
          note: dto.note ?? null,
        },
      );
      if (!changed) throw staleVersion('flag', id, version);
      ledger.record({
        action: decision === 'resolved' ? 'flag.resolved' : 'flag.dismissed',
        subject: { type: 'flag', id },
        documentId: flag.documentId,
        data: {
          automatic: false,
          status: { before: flag.status, after: decision },
          reason: dto.reason ?? null,
          note: dto.note ?? null,
          version: changed.version,
        },
      });
      return changed;
    });
    return presentFlag(updated);
  }

  async assign(
    actor: Actor,
    id: string,
    ifMatch: string | undefined,
    dto: AssignDto,
  ): Promise<ClaimView> {
    assertActorMay(actor, Permission.Decide, 'assign claims');
    const version = versionFromIfMatch(ifMatch);
    const claim = await this.findClaim(actor, id);
    assertCurrentVersion('claim', id, version, claim.version);
    if (
      dto.assigneeId !== null &&
      !(await this.workspaces.findMember(actor.workspaceId, dto.assigneeId))
    ) {
      throw DomainError.invalidInput([
        { field: 'assigneeId', message: 'is not a member of this workspace' },
      ]);
    }
    const updated = await this.ledger.write(actor, async (ledger) => {
      const changed = await this.claims.updateAtVersion(ledger.tx, actor.workspaceId, id, version, {
        assigneeId: dto.assigneeId,
      });
      if (!changed) throw staleVersion('claim', id, version);
      ledger.record({
        action: 'claim.assigned',
        subject: { type: 'claim', id },
        documentId: claim.documentId,
        data: { before: claim.assigneeId, after: dto.assigneeId, version: changed.version },
      });
      return changed;
    });
    return presentClaim(updated, await this.flags.forClaims(actor.workspaceId, [updated]));
  }

  private async findClaim(actor: Actor, id: string, tx?: Tx): Promise<ClaimRecord> {
    const claim = await this.claims.findById(actor.workspaceId, id, tx);
    if (!claim) throw DomainError.notFound('claim', id);
    return claim;
  }

  private async findFlag(actor: Actor, id: string): Promise<FlagRecord> {
    const flag = await this.flags.findById(actor.workspaceId, id);
    if (!flag) throw DomainError.notFound('flag', id);
    return flag;
  }
}
