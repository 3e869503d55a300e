import { Inject, Injectable } from '@nestjs/common';
import type { Finding } from '../checks/finding.js';
import {
  checkDocument,
  documentStatements,
  runCrossDocumentChecks,
  type DocumentStatements,
  type Statement,
} from '../checks/run-checks.js';
import {
  CROSS_DOCUMENT_CONFLICT,
  quantityKeyOf,
  STATEMENTS_VERSION,
  storedStatement,
} from '../checks/cross-document-conflict.js';
import { ClaimStatementRepository } from '../store/claim-statement.repository.js';
import type { Tx } from '../database/transaction.js';
import { ClaimRepository } from '../store/claim.repository.js';
import { checkableClaim, type StorableExtraction } from '../records/extracted-claim.js';
import { checkInput, type DocumentInput } from './check-inputs.js';
import { RelationRepository } from '../store/relation.repository.js';
import { DocumentRepository } from '../store/document.repository.js';
import { DomainError } from '../errors/domain-error.js';
import type { LedgerTransaction } from '../ledger/ledger-writer.js';
import type { FlagRecord } from '../records/flag.js';
import { FlagRepository } from '../store/flag.repository.js';
import { reconcileFlags } from '../checks/reconcile.js';
import { FlagChangeWriter } from './flag-change-writer.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** A new document's own checks as far as they go before it is stored. */
export interface PreparedChecks {
  findings: Finding[];
  statements: Statement[];
}

/**
 * Runs the checks of a document inside the caller's transaction and turns the
 * findings into flags, each change with its event: at ingest, after a claim or
 * relation changes, and on demand. Each run also stores the document's
 * statements, which the cross-document check of later runs compares.
 */
@Injectable()
export class ChecksRunner {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly claims: ClaimRepository,
    private readonly relations: RelationRepository,
    private readonly flags: FlagRepository,
    private readonly statements: ClaimStatementRepository,
    private readonly flagWriter: FlagChangeWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async runForDocument(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
  ): Promise<void> {
    const input = await this.inputOf(ledger.tx, workspaceId, documentId);
    await this.run(ledger, workspaceId, {
      documentId,
      ...checkDocument(input),
      storedFlags: await this.flags.forDocument(workspaceId, documentId, ledger.tx),
    });
  }

  /**
   * A new document's own checks and statements, evaluated before its writes:
   * they read nothing but the document, so they need no lock. `runPrepared`
   * does the rest.
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
    return checkDocument(input);
  }

  /** The checks against other documents of a new document once stored, and all its flags. */
  async runPrepared(
    ledger: LedgerTransaction,
    workspaceId: string,
    documentId: string,
    prepared: PreparedChecks,
  ): Promise<void> {
    await this.run(ledger, workspaceId, { documentId, ...prepared, storedFlags: [] });
  }

  /**
   * Writes the document's statements as the current rule reads them, without
   * running its checks: for documents stored before the rule's version.
   */
  async restateDocument(tx: Tx, workspaceId: string, documentId: string): Promise<void> {
    const input = await this.inputOf(tx, workspaceId, documentId);
    await this.storeStatements(tx, workspaceId, documentId, documentStatements(input));
  }

  private async run(ledger: LedgerTransaction, workspaceId: string, run: CheckRun): Promise<void> {
    const { documentId, statements } = run;
    await this.storeStatements(ledger.tx, workspaceId, documentId, statements);
    const others = await this.otherStatements(ledger.tx, workspaceId, run);
    const document = { documentId, statements };
    const findings = [...run.findings, ...runCrossDocumentChecks(document, others)];
    await this.flagWriter.apply(
      ledger,
      workspaceId,
      documentId,
      reconcileFlags(run.storedFlags, findings, { resolveMissing: true }),
    );
    await this.flagOtherSides(ledger, workspaceId, document, findings, others);
  }

  /**
   * A conflict is flagged on both sides: each other document gets its flag too, if
   * it has none for that claim yet; one it has already keeps its inputs until its
   * own checks run again (updating it from this one document would forget the
   * others). Raised for all those documents at once.
   */
  private async flagOtherSides(
    ledger: LedgerTransaction,
    workspaceId: string,
    document: DocumentStatements,
    findings: Finding[],
    others: DocumentStatements[],
  ): Promise<void> {
    const conflicting = new Set(
      findings
        .filter((f) => f.rule === CROSS_DOCUMENT_CONFLICT.name)
        .flatMap((f) => otherDocumentIds(f)),
    );
    const sides = others.filter((other) => conflicting.has(other.documentId));
    if (sides.length === 0) return;
    const flagged = await this.flags.fingerprintsByDocument(
      ledger.tx,
      workspaceId,
      sides.map((side) => side.documentId),
      CROSS_DOCUMENT_CONFLICT.name,
    );
    const missing = sides.flatMap((side) =>
      runCrossDocumentChecks(side, [document])
        .filter((finding) => !flagged.get(side.documentId)?.has(finding.fingerprint))
        .map((finding) => ({ documentId: side.documentId, finding })),
    );
    await this.flagWriter.raise(ledger, workspaceId, missing);
  }

  /** A document as the checks read it. */
  private async inputOf(tx: Tx, workspaceId: string, documentId: string): Promise<DocumentInput> {
    const [document, claims, relations] = await Promise.all([
      this.documents.findById(workspaceId, documentId, tx),
      this.claims.forDocument(workspaceId, documentId, tx),
      this.relations.forDocument(workspaceId, documentId, tx),
    ]);
    if (!document) throw DomainError.notFound('document', documentId);
    return checkInput(documentId, document.version.text, claims, relations);
  }

  private async storeStatements(
    tx: Tx,
    workspaceId: string,
    documentId: string,
    statements: Statement[],
  ): Promise<void> {
    await this.statements.replaceForDocument(
      tx,
      workspaceId,
      documentId,
      statements.map((statement) => ({
        claimId: statement.claim.id,
        quantityKey: quantityKeyOf(statement),
        years: statement.years,
      })),
      STATEMENTS_VERSION,
    );
  }

  /**
   * The statements of other documents under the quantity keys of this one's, by
   * document: only those can conflict with it. Compared as stored, texts unread;
   * for each key, those of the documents that stated it last.
   */
  private async otherStatements(
    tx: Tx,
    workspaceId: string,
    run: CheckRun,
  ): Promise<DocumentStatements[]> {
    const keys = [...new Set(run.statements.map(quantityKeyOf))];
    const stored = await this.statements.inOtherDocuments(
      tx,
      workspaceId,
      run.documentId,
      keys,
      this.config.conflictCheckStatements,
    );
    const byDocument = new Map<string, Statement[]>();
    for (const row of stored) {
      const claim = checkableClaim(row.claim);
      if (claim.kind !== 'numeric') continue;
      const statement = storedStatement(claim, row.quantityKey, row.years);
      const ofDocument = byDocument.get(row.claim.documentId);
      if (ofDocument) ofDocument.push(statement);
      else byDocument.set(row.claim.documentId, [statement]);
    }
    return [...byDocument].map(([documentId, statements]) => ({ documentId, statements }));
  }
}

/** One run of a document's checks: its own findings and statements, and its flags as stored. */
interface CheckRun {
  documentId: string;
  findings: Finding[];
  statements: Statement[];
  storedFlags: FlagRecord[];
}

function otherDocumentIds(finding: Finding): string[] {
  const ids = (finding.data as { otherDocumentIds?: unknown }).otherDocumentIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
