import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Finding, RuleName, TextSpan } from '../checks/finding.js';
import { afterPosition, KEYSET_ORDER, type KeysetPosition } from '../common/pagination.js';
import { PrismaService } from '../database/prisma.service.js';
import type { Tx } from '../database/transaction.js';
import type { Flag as FlagRow, Prisma } from '../generated/prisma/client.js';
import { findingOf, type FlagRecord, type FlagSeverity, type FlagStatus } from '../records/flag.js';

export interface FlagFilter {
  status?: FlagStatus;
  rule?: string;
  severity?: FlagSeverity;
  documentId?: string;
}

const WITH_CLAIMS = { claims: { select: { claimId: true } } } as const;

@Injectable()
export class FlagRepository {
  constructor(private readonly prisma: PrismaService) {}

  async forDocument(
    workspaceId: string,
    documentId: string,
    tx: Tx = this.prisma,
  ): Promise<FlagRecord[]> {
    const rows = await tx.flag.findMany({
      where: { workspaceId, documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: WITH_CLAIMS,
    });
    return rows.map(toRecord);
  }

  /** The fingerprints of the documents' flags of one rule, by document. */
  async fingerprintsByDocument(
    tx: Tx,
    workspaceId: string,
    documentIds: string[],
    rule: RuleName,
  ): Promise<Map<string, Set<string>>> {
    const rows = await tx.flag.findMany({
      where: { workspaceId, documentId: { in: documentIds }, rule },
      select: { documentId: true, fingerprint: true },
    });
    const byDocument = new Map<string, Set<string>>();
    for (const row of rows) {
      const fingerprints = byDocument.get(row.documentId);
      if (fingerprints) fingerprints.add(row.fingerprint);
      else byDocument.set(row.documentId, new Set([row.fingerprint]));
    }
    return byDocument;
  }

  /**
   * Flags of the workspace that name any of the claims. A flag names claims of its
   * own document, so the flags are found through those documents (an index):
   * flag_claims has no index by claim alone.
   */
  async forClaims(
    workspaceId: string,
    claims: ReadonlyArray<{ id: string; documentId: string }>,
    tx: Tx = this.prisma,
  ): Promise<FlagRecord[]> {
    if (claims.length === 0) return [];
    const rows = await tx.flag.findMany({
      where: {
        workspaceId,
        documentId: { in: [...new Set(claims.map((claim) => claim.documentId))] },
        claims: { some: { claimId: { in: claims.map((claim) => claim.id) } } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: WITH_CLAIMS,
    });
    return rows.map(toRecord);
  }

  async findById(
    workspaceId: string,
    id: string,
    tx: Tx = this.prisma,
  ): Promise<FlagRecord | null> {
    const row = await tx.flag.findUnique({
      where: { workspaceId_id: { workspaceId, id } },
      include: WITH_CLAIMS,
    });
    return row ? toRecord(row) : null;
  }

  async list(
    workspaceId: string,
    filter: FlagFilter,
    after: KeysetPosition | null,
    take: number,
  ): Promise<FlagRecord[]> {
    const rows = await this.prisma.flag.findMany({
      where: { workspaceId, ...filter, ...afterPosition(after) },
      orderBy: KEYSET_ORDER,
      take,
      include: WITH_CLAIMS,
    });
    return rows.map(toRecord);
  }

  /** New flags for findings of one document, in two statements however many there are. */
  /** New open flags, of one document or several, in two statements however many. */
  async insertMany(
    tx: Tx,
    workspaceId: string,
    raised: Array<{ documentId: string; finding: Finding }>,
  ): Promise<FlagRecord[]> {
    if (raised.length === 0) return [];
    const now = new Date();
    const records: FlagRecord[] = raised.map(({ documentId, finding }) => ({
      ...storedFinding(finding),
      id: randomUUID(),
      documentId,
      status: 'open',
      reason: null,
      note: null,
      findingHolds: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    const flags = JSON.stringify(
      records.map((flag) => ({
        id: flag.id,
        document_id: flag.documentId,
        rule: flag.rule,
        rule_version: flag.ruleVersion,
        severity: flag.severity,
        message: flag.message,
        data: flag.data,
        input_hash: flag.inputHash,
        fingerprint: flag.fingerprint,
        spans: flag.spans,
      })),
    );
    const links = JSON.stringify(
      records.flatMap((flag) =>
        flag.claims.map((claimId) => ({ flag_id: flag.id, claim_id: claimId })),
      ),
    );
    // One statement for the flags and the claims they name.
    await tx.$executeRaw`
      WITH flags AS (
        INSERT INTO flags (id, workspace_id, document_id, rule, rule_version, severity, message,
          data, input_hash, fingerprint, spans, created_at, updated_at)
        SELECT f.id, ${workspaceId}::uuid, f.document_id, f.rule, f.rule_version,
          f.severity::"FlagSeverity", f.message, f.data, f.input_hash, f.fingerprint, f.spans,
          ${now}, ${now}
        FROM json_to_recordset(${flags}::json) AS f(id uuid, document_id uuid, rule text,
          rule_version int, severity text, message text, data jsonb, input_hash text,
          fingerprint text, spans jsonb)
      )
      INSERT INTO flag_claims (workspace_id, flag_id, claim_id)
      SELECT ${workspaceId}::uuid, l.flag_id, l.claim_id
      FROM json_to_recordset(${links}::json) AS l(flag_id uuid, claim_id uuid)`;
    return records;
  }

  /** New finding text and inputs for a flag; reopens it when asked. */
  async updateFinding(
    tx: Tx,
    workspaceId: string,
    id: string,
    finding: Finding,
    reopen: boolean,
  ): Promise<FlagRecord> {
    const row = await tx.flag.update({
      where: { workspaceId_id: { workspaceId, id } },
      data: {
        ...findingColumns(storedFinding(finding)),
        findingHolds: true,
        ...(reopen && { status: 'open', reason: null, note: null }),
        version: { increment: 1 },
      },
      include: WITH_CLAIMS,
    });
    return toRecord(row);
  }

  /** Sets the status only if the flag is still at `version`; null when someone changed it first. */
  async setStatusAtVersion(
    tx: Tx,
    workspaceId: string,
    id: string,
    version: number,
    change: { status: FlagStatus; reason: string | null; note: string | null },
  ): Promise<FlagRecord | null> {
    const { count } = await tx.flag.updateMany({
      where: { workspaceId, id, version },
      data: { ...change, version: { increment: 1 } },
    });
    return count === 0 ? null : this.findById(workspaceId, id, tx);
  }

  /** Whether the checks still find what the flag says, as of the run that just ended. */
  async setFindingHolds(
    tx: Tx,
    workspaceId: string,
    id: string,
    findingHolds: boolean,
  ): Promise<FlagRecord> {
    const row = await tx.flag.update({
      where: { workspaceId_id: { workspaceId, id } },
      data: { findingHolds, version: { increment: 1 } },
      include: WITH_CLAIMS,
    });
    return toRecord(row);
  }

  async setStatus(
    tx: Tx,
    workspaceId: string,
    id: string,
    change: { status: FlagStatus; reason: string | null; note: string | null },
  ): Promise<FlagRecord> {
    const row = await tx.flag.update({
      where: { workspaceId_id: { workspaceId, id } },
      data: { ...change, version: { increment: 1 } },
      include: WITH_CLAIMS,
    });
    return toRecord(row);
  }
}

/** A finding as the database gives it back: its data through JSON, its spans without extra keys. */
function storedFinding(finding: Finding): Finding {
  return {
    ...findingOf(finding),
    data: JSON.parse(JSON.stringify(finding.data)) as Record<string, unknown>,
    spans: finding.spans.map(({ start, end, exact }) => ({ start, end, exact })),
  };
}

/** The columns of a finding that a re-run may change (its fingerprint and claims stay). */
function findingColumns(finding: Finding) {
  const { rule, ruleVersion, severity, message, data, spans, inputHash } = finding;
  return {
    rule,
    ruleVersion,
    severity,
    message,
    data: data as Prisma.InputJsonObject,
    spans: spans.map(({ start, end, exact }) => ({ start, end, exact })),
    inputHash,
  };
}

/** Field by field, as the claim's toRecord (object rest copies a row ten times slower). */
function toRecord(row: FlagRow & { claims: Array<{ claimId: string }> }): FlagRecord {
  return {
    id: row.id,
    documentId: row.documentId,
    rule: row.rule as RuleName,
    ruleVersion: row.ruleVersion,
    severity: row.severity,
    message: row.message,
    data: row.data as Record<string, unknown>,
    claims: row.claims.map((claim) => claim.claimId),
    spans: spansOf(row.spans),
    fingerprint: row.fingerprint,
    inputHash: row.inputHash,
    status: row.status,
    reason: row.reason,
    note: row.note,
    findingHolds: row.findingHolds,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The stored spans (jsonb), keeping only well-formed entries. */
function spansOf(value: unknown): TextSpan[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((span: unknown) => {
    const { start, end, exact } = (span ?? {}) as Partial<Record<keyof TextSpan, unknown>>;
    return typeof start === 'number' && typeof end === 'number' && typeof exact === 'string'
      ? [{ start, end, exact }]
      : [];
  });
}
