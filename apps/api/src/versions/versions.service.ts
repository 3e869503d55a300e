import { Inject, Injectable } from '@nestjs/common';
import { assertActorMay, type Actor } from '../auth/actor.js';
import { Permission } from '../auth/permissions.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { extractStorable } from '../records/extracted-claim.js';
import { RelationRepository } from '../store/relation.repository.js';
import { membersOf, type RelationLinks } from '../records/relation.js';
import { assertCurrentVersion, versionFromIfMatch } from '../common/etag.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DocumentRepository, type DocumentRecord } from '../store/document.repository.js';
import { DomainError } from '../errors/domain-error.js';
import { ChecksRunner } from '../check-runs/checks-runner.js';
import type { FlagRecord } from '../records/flag.js';
import { FlagRepository } from '../store/flag.repository.js';
import { LedgerWriter, type LedgerTransaction } from '../ledger/ledger-writer.js';
import { planRevision, type RevisionPlan } from '../revisions/revision-plan.js';
import {
  buildRevisionReport,
  combineRevisionReports,
  countOutcomes,
  type RevisionReport,
} from '../revisions/revision-report.js';
import { TextChanges } from '../revisions/text-changes.js';
import { normalizeText, unstorableTextError } from '../text/normalize.js';
import type { CreateVersionDto } from './version.dto.js';
import {
  presentDiff,
  presentVersion,
  type VersionDiffView,
  type VersionView,
} from './version.presenter.js';

export interface CreatedVersion {
  created: boolean;
  version: VersionView;
}

/**
 * New versions of a document's text: each re-anchors the claims of the current
 * version (revisions/), adds the claims and relations its extraction finds in
 * new text, and re-runs the checks, all in one transaction with its events.
 */
@Injectable()
export class VersionsService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly claims: ClaimRepository,
    private readonly claimsService: ClaimsService,
    private readonly relations: RelationRepository,
    private readonly flags: FlagRepository,
    private readonly checks: ChecksRunner,
    private readonly ledger: LedgerWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    actor: Actor,
    documentId: string,
    ifMatch: string | undefined,
    dto: CreateVersionDto,
  ): Promise<CreatedVersion> {
    assertActorMay(actor, Permission.SubmitContent, 'submit new versions of documents');
    const readAt = versionFromIfMatch(ifMatch);
    const stored = normalizeText(dto.text);
    if (!/\S/u.test(stored.text))
      throw unstorableTextError('text', 'holds nothing but white space');
    // Extracted before the transaction: the workspace's lock is held for the writes alone.
    const extraction = extractStorable(stored.text, this.config.maxClaimsPerDocument);
    return this.ledger.write(actor, async (ledger) => {
      const document = await this.findDocument(actor, documentId, ledger);
      // The same text again (a retry): the version it already is, whatever If-Match says.
      if (document.version.sha256 === stored.sha256) {
        const [current] = await this.documents.versionsBetween(
          actor.workspaceId,
          documentId,
          document.version.number,
          document.version.number,
          ledger.tx,
        );
        return { created: false, version: presentVersion(current) };
      }
      assertCurrentVersion('document', documentId, readAt, document.version.number);
      const claims = await this.claims.forDocument(actor.workspaceId, documentId, ledger.tx);
      const plan = planRevision(document.version.text, stored.text, claims, extraction);
      const version = await this.documents.insertVersion(ledger.tx, {
        workspaceId: actor.workspaceId,
        documentId,
        number: document.version.number + 1,
        ...stored,
        createdBy: actor.userId,
      });
      ledger.record({
        action: 'document.version-created',
        subject: { type: 'document', id: documentId },
        documentId,
        data: {
          versionId: version.id,
          number: version.number,
          previousVersionId: document.version.id,
          sha256: version.sha256,
          length: version.length,
          claims: countOutcomes(plan.outcomes),
        },
      });
      const flagsBefore = await this.flags.forDocument(actor.workspaceId, documentId, ledger.tx);
      await this.applyPlan(ledger, actor, document, version.id, plan);
      await this.checks.runForDocument(ledger, actor.workspaceId, documentId);
      const flagsAfter = await this.flags.forDocument(actor.workspaceId, documentId, ledger.tx);
      const report = buildRevisionReport(
        document.version.number,
        version.number,
        plan.outcomes,
        flagsBefore.map(flagState),
        flagsAfter.map(flagState),
      );
      const created = await this.documents.setRevision(
        ledger.tx,
        actor.workspaceId,
        version.id,
        report,
      );
      return { created: true, version: presentVersion(created) };
    });
  }

  async list(actor: Actor, documentId: string): Promise<VersionView[]> {
    await this.findDocument(actor, documentId);
    const versions = await this.documents.versions(actor.workspaceId, documentId);
    return versions.map((version) => presentVersion(version));
  }

  async get(actor: Actor, documentId: string, number: number): Promise<VersionView> {
    await this.findDocument(actor, documentId);
    const [version] = await this.documents.versionsBetween(
      actor.workspaceId,
      documentId,
      number,
      number,
    );
    if (!version) throw DomainError.notFound('version', `${documentId}/${number}`);
    return presentVersion(version);
  }

  /** The text's edits from version `from` to `to` and what they did to claims, flags and verdicts. */
  async diff(actor: Actor, documentId: string, from: number, to: number): Promise<VersionDiffView> {
    await this.findDocument(actor, documentId);
    if (from >= to)
      throw DomainError.invalidInput([
        { field: 'to', message: `must be a later version than ${from}` },
      ]);
    const versions = await this.documents.versionsBetween(actor.workspaceId, documentId, from, to);
    const first = versions[0];
    const last = versions[versions.length - 1];
    if (first?.number !== from) throw DomainError.notFound('version', `${documentId}/${from}`);
    if (last.number !== to) throw DomainError.notFound('version', `${documentId}/${to}`);
    const report = combineRevisionReports(
      versions.slice(1).map((version) => version.revision as RevisionReport),
    );
    return presentDiff(report, new TextChanges(first.text, last.text).edits);
  }

  private async findDocument(
    actor: Actor,
    documentId: string,
    ledger?: LedgerTransaction,
  ): Promise<DocumentRecord> {
    const document = await this.documents.findById(actor.workspaceId, documentId, ledger?.tx);
    if (!document) throw DomainError.notFound('document', documentId);
    return document;
  }

  /** Stores the plan: claims rebased or waiting for an anchor, new claims and relations, each with its events. */
  private async applyPlan(
    ledger: LedgerTransaction,
    actor: Actor,
    document: DocumentRecord,
    versionId: string,
    plan: RevisionPlan,
  ): Promise<void> {
    const { workspaceId } = actor;
    const documentId = document.id;
    await this.claims.rebase(ledger.tx, workspaceId, versionId, plan.rebased);
    await this.claims.markNeedsAnchor(ledger.tx, workspaceId, plan.needsAnchor);
    for (const outcome of plan.outcomes) {
      const subject = { type: 'claim', id: outcome.claimId };
      const data = {
        versionId,
        outcome: outcome.outcome,
        before: outcome.before,
        after: outcome.after,
      };
      if (outcome.outcome === 'moved' || outcome.outcome === 'changed-value')
        ledger.record({ action: 'claim.reanchored', subject, documentId, data });
      if (outcome.outcome === 'lost' || outcome.outcome === 'needs-anchor')
        ledger.record({
          action: 'claim.needs-anchor',
          subject,
          documentId,
          data: { ...data, reason: outcome.reason },
        });
      if (outcome.staleVerdict !== null)
        ledger.record({
          action: 'claim.verdict-stale',
          subject,
          documentId,
          data: {
            versionId,
            verdict: outcome.staleVerdict,
            status: outcome.outcome === 'changed-value' ? 'in_review' : 'needs_anchor',
            because: outcome.outcome,
          },
        });
    }
    const existing = await this.relations.forDocument(workspaceId, documentId, ledger.tx);
    const known = new Set(existing.map(relationKey));
    await this.claimsService.storeExtraction(
      ledger,
      actor,
      { documentId, versionId },
      {
        claims: plan.added,
        relations: plan.relations.filter((relation) => !known.has(relationKey(relation))),
      },
    );
  }
}

/** A relation's type and members: the same relation found again is not added twice. */
function relationKey(relation: RelationLinks): string {
  return [relation.type, ...membersOf(relation).map((m) => `${m.role}:${m.claimId}`)].join(' ');
}

function flagState(flag: FlagRecord) {
  return { flagId: flag.id, rule: flag.rule, message: flag.message, status: flag.status };
}
