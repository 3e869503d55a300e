import { Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import { LedgerWriter } from '../ledger/ledger-writer.js';
import type { RelationDto } from './claim.dto.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { memberClaimErrors, relationFromRequest } from '../records/relation-request.js';
import { membersOf, type RelationRecord } from '../records/relation.js';
import { RelationRepository } from '../store/relation.repository.js';

/** A person links or unlinks claims; the checks run again on the document. */
@Injectable()
export class RelationsService {
  constructor(
    private readonly claims: ClaimRepository,
    private readonly relations: RelationRepository,
    private readonly checks: ChecksRunner,
    private readonly ledger: LedgerWriter,
  ) {}

  async add(actor: Actor, claimId: string, dto: RelationDto): Promise<RelationRecord> {
    assertActorMay(actor, Permission.SubmitContent, 'link claims');
    const request = relationFromRequest(dto);
    if ('errors' in request) throw DomainError.invalidInput(request.errors);
    const memberIds = membersOf(request.links).map((member) => member.claimId);
    if (!memberIds.includes(claimId)) {
      throw DomainError.invalidInput([
        { field: 'type', message: `the relation must include claim ${claimId}` },
      ]);
    }
    return this.ledger.write(actor, async (ledger) => {
      const members = await this.claims.findMany(ledger.tx, actor.workspaceId, memberIds);
      const anchor = members.find((claim) => claim.id === claimId);
      if (!anchor) throw DomainError.notFound('claim', claimId);
      const missing = memberIds.filter((id) => !members.some((claim) => claim.id === id));
      if (missing.length > 0) throw DomainError.notFound('claim', missing.join(', '));
      if (members.some((claim) => claim.documentId !== anchor.documentId)) {
        throw new DomainError(ErrorCode.Conflict, 'related claims must belong to one document');
      }
      const memberErrors = memberClaimErrors(request.links, members);
      if (memberErrors.length > 0) throw DomainError.invalidInput(memberErrors);
      const [relation] = await this.relations.insertMany(
        ledger.tx,
        {
          workspaceId: actor.workspaceId,
          documentId: anchor.documentId,
          createdBy: actor.userId,
          origin: 'manual',
        },
        [request.links],
      );
      const { id, documentId, origin, ...links } = relation;
      ledger.record({
        action: 'relation.created',
        subject: { type: 'relation', id },
        documentId,
        data: { ...links, origin },
      });
      await this.checks.runForDocument(ledger, actor.workspaceId, documentId);
      return relation;
    });
  }

  async remove(actor: Actor, claimId: string, relationId: string): Promise<void> {
    assertActorMay(actor, Permission.SubmitContent, 'unlink claims');
    await this.ledger.write(actor, async (ledger) => {
      const relation = await this.relations.findById(ledger.tx, actor.workspaceId, relationId);
      if (!relation || !membersOf(relation).some((member) => member.claimId === claimId)) {
        throw DomainError.notFound('relation', relationId);
      }
      await this.relations.delete(ledger.tx, actor.workspaceId, relationId);
      const { id, documentId, origin, ...links } = relation;
      ledger.record({
        action: 'relation.removed',
        subject: { type: 'relation', id },
        documentId,
        data: { ...links, origin },
      });
      await this.checks.runForDocument(ledger, actor.workspaceId, documentId);
    });
  }
}
