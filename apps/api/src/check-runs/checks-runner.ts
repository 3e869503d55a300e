import { Injectable } from '@nestjs/common';
import type { Finding } from '../checks/finding.js';
import {
  runCrossDocumentChecks,
  runDocumentChecks,
  type CheckInput,
} from '../checks/run-checks.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { checkableClaim, type StorableExtraction } from '../records/extracted-claim.js';
import { checkInput, quantityKey, type DocumentInput } from './check-inputs.js';
import { RelationRepository } from '../store/relation.repository.js';
import type { ClaimRecord } from '../records/claim.js';
import { DocumentRepository } from '../store/document.repository.js';
import { DomainError } from '../errors/domain-error.js';
import type { LedgerTransaction } from '../ledger/ledger-writer.js';
import { findingOf, type FlagRecord } from '../records/flag.js';
import { FlagRepository } from '../store/flag.repository.js';
import { NO_LONGER_HOLDS, reconcileFlags, type ReconcileOptions } from '../checks/reconcile.js';

/** A new document's checks as far as they go before it is stored. */
export interface PreparedChecks {
  input: CheckInput;
  findings: Finding[];
}

/**
 * Runs the checks of a document inside the caller's transaction and turns the
 * findings into flags, each change with its event: at ingest, after a claim or
 * relation changes, and on demand.
 */
@Injectable()
export class ChecksRunner {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly claims: ClaimRepository,
    private readonly relations: RelationRepository,
    private readonly flags: FlagRepository,
  ) {}

  async runForDocument(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
  ): Promise<void> {
    await this.run(ledger, workspaceId, await this.inputOf(ledger, workspaceId, documentId));
  }

  /**
   * A new document's own checks, evaluated before its writes: they read nothing
   * but the document, so they need no lock. `runPrepared` does the rest.
   */
  prepareNewDocument(text: string, extraction: StorableExtraction): PreparedChecks {
    const inTextOrder = [...extraction.claims].sort(
      (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const input = {
      text,
      claims: inTextOrder.map(checkableClaim),
      relations: extraction.relations,
    };
    return { input, findings: runDocumentChecks(input) };
  }

  /** The checks against other documents of a new document once stored, and all its flags. */
  async runPrepared(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
    prepared: PreparedChecks,
  ): Promise<void> {
    await this.run(ledger, workspaceId, { ...prepared.input, documentId }, prepared.findings);
  }

  private async run(
    ledger: LedgerTransaction,
    workspaceId: string,
    document: DocumentInput,
    documentFindings = runDocumentChecks(document),
  ): Promise<void> {
    const documentId = document.documentId;
    const others = await this.documentsToCompare(ledger, workspaceId, document);
    const findings = [...documentFindings, ...runCrossDocumentChecks(document, others)];
    await this.apply(ledger, workspaceId, documentId, findings, { resolveMissing: true });
    // A conflict is flagged on both sides: the other document gets its flag too, if it
    // has none for that claim yet; one it has already keeps its inputs until its own
    // checks run again (updating it from this one document would forget the others).
    const conflicting = new Set(
      findings
        .filter((f) => f.rule === 'cross-document-conflict')
        .flatMap((f) => otherDocumentIds(f)),
    );
    for (const other of others.filter((o) => conflicting.has(o.documentId))) {
      const theirs = runCrossDocumentChecks(other, [document]);
      await this.apply(ledger, workspaceId, other.documentId, theirs, {
        resolveMissing: false,
        updateExisting: false,
      });
    }
  }

  /** A document as the checks read it. */
  private async inputOf(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
  ): Promise<DocumentInput> {
    const [document, claims, relations] = await Promise.all([
      this.documents.findById(workspaceId, documentId, ledger.tx),
      this.claims.forDocument(workspaceId, documentId, ledger.tx),
      this.relations.forDocument(workspaceId, documentId, ledger.tx),
    ]);
    if (!document) throw DomainError.notFound('document', documentId);
    return checkInput(documentId, document.version.text, claims, relations);
  }

  /**
   * Other documents as the cross-document check reads them, in two queries: their
   * claims of the quantities in `keys` (no others can conflict), no relations.
   */
  private async inputsOf(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentIds: string[],
    keys: Set<string>,
  ): Promise<DocumentInput[]> {
    const [texts, claims] = await Promise.all([
      this.documents.currentTexts(workspaceId, documentIds, ledger.tx),
      this.claims.forDocuments(workspaceId, documentIds, ledger.tx),
    ]);
    const claimsOf = new Map<string, ClaimRecord[]>();
    for (const claim of claims) {
      if (!keys.has(quantityKey(claim.unit, claim.subject) ?? '')) continue;
      const ofDocument = claimsOf.get(claim.documentId);
      if (ofDocument) ofDocument.push(claim);
      else claimsOf.set(claim.documentId, [claim]);
    }
    return [...texts].map(([documentId, text]) =>
      checkInput(documentId, text, claimsOf.get(documentId) ?? [], []),
    );
  }

  /**
   * Only documents that state a quantity with the same unit and the same specific
   * subject can conflict with this one; only those are loaded in full.
   */
  private async documentsToCompare(
    ledger: LedgerTransaction,
    workspaceId: string,
    document: DocumentInput,
  ): Promise<DocumentInput[]> {
    const keys = new Set<string>();
    for (const claim of document.claims) {
      const key = quantityKey(
        claim.kind === 'numeric' ? claim.unit : null,
        claim.kind === 'numeric' ? claim.subject : null,
      );
      if (key) keys.add(key);
    }
    const units = [...new Set([...keys].map((key) => key.split('\n')[0]))];
    const candidates = await this.claims.subjectsInOtherDocuments(
      ledger.tx,
      workspaceId,
      document.documentId,
      units,
    );
    const ids = new Set(
      candidates
        .filter((c) => keys.has(quantityKey(c.unit, c.subject) ?? ''))
        .map((c) => c.documentId),
    );
    return ids.size === 0 ? [] : this.inputsOf(ledger, workspaceId, [...ids], keys);
  }

  private async apply(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
    findings: Finding[],
    options: ReconcileOptions,
  ): Promise<void> {
    const stored = await this.flags.forDocument(workspaceId, documentId, ledger.tx);
    const scope = options.resolveMissing
      ? stored
      : stored.filter((flag) => findings.some((f) => f.rule === flag.rule));
    const changes = reconcileFlags(scope, findings, options);
    const raised = await this.flags.insertMany(
      ledger.tx,
      workspaceId,
      documentId,
      changes.flatMap((change) => (change.kind === 'raise' ? [change.finding] : [])),
    );
    const raisedFlag = new Map(raised.map((flag) => [flag.fingerprint, flag]));
    for (const change of changes) {
      switch (change.kind) {
        case 'raise': {
          const flag = raisedFlag.get(change.finding.fingerprint)!;
          ledger.record({
            action: 'flag.raised',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: flagEventData(flag),
          });
          break;
        }
        case 'update': {
          const flag = await this.flags.updateFinding(
            ledger.tx,
            workspaceId,
            change.flag.id,
            change.finding,
            change.reopen,
          );
          ledger.record({
            action: change.reopen ? 'flag.reopened' : 'flag.updated',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: { before: flagEventData(change.flag), after: flagEventData(flag) },
          });
          break;
        }
        case 'holds': {
          const flag = await this.flags.setFindingHolds(
            ledger.tx,
            workspaceId,
            change.flag.id,
            change.holds,
          );
          ledger.record({
            action: 'flag.updated',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: { findingHolds: { before: change.flag.findingHolds, after: flag.findingHolds } },
          });
          break;
        }
        case 'resolve': {
          const flag = await this.flags.setStatus(ledger.tx, workspaceId, change.flag.id, {
            status: 'resolved',
            reason: NO_LONGER_HOLDS,
            note: 'The finding no longer holds after the claims changed.',
          });
          ledger.record({
            action: 'flag.resolved',
            subject: { type: 'flag', id: flag.id },
            documentId,
            data: {
              automatic: true,
              status: { before: change.flag.status, after: flag.status },
              reason: flag.reason,
            },
          });
          break;
        }
      }
    }
  }
}

function otherDocumentIds(finding: Finding): string[] {
  const ids = (finding.data as { otherDocumentIds?: unknown }).otherDocumentIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

function flagEventData(flag: FlagRecord) {
  return { ...findingOf(flag), status: flag.status };
}
