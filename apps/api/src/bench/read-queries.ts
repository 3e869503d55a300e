/**
 * The SQL of the service's hot paths, written out as Prisma issues it (read from
 * its query log): what the read baseline runs through plain `pg`, and what the
 * growth benchmark EXPLAINs.
 */

/** GET /v1/claims: the key and its owner's role in the key's workspace (one query, as the service's). */
export const KEY_OWNER_BY_PREFIX = `SELECT k.id AS "keyId", k.key_hash AS "keyHash", k.revoked_at IS NOT NULL AS revoked,
    k.last_used_at AS "lastUsedAt", k.workspace_id AS "workspaceId", k.user_id AS "userId",
    m.role::text AS role
  FROM api_keys k
  JOIN memberships m ON m.workspace_id = k.workspace_id AND m.user_id = k.user_id
  WHERE k.prefix = $1`;

/** GET /v1/claims?documentId=…: one page of claims in (created_at, id) order. */
export const CLAIMS_PAGE = `SELECT id, workspace_id, document_id, document_version_id, kind::text, start, "end", exact,
  prefix, suffix, value, low, high, unit, approximate, bound::text, subject, speaker, relayed_by,
  conversion_of_id, origin::text, status::text, status_reason, status_note, version, assignee_id,
  created_by, corrected_by, created_at, updated_at
  FROM claims WHERE workspace_id = $1 AND document_id = $2 AND status <> 'not_a_claim'::"ClaimStatus"
  ORDER BY created_at ASC, id ASC LIMIT $3`;

/** The flags of the page's claims' documents naming any of the claims. */
export const FLAGS_OF_CLAIMS = `SELECT f.id, f.workspace_id, f.document_id, f.rule, f.rule_version, f.severity::text,
  f.message, f.data, f.input_hash, f.fingerprint, f.spans, f.status::text, f.reason, f.note,
  f.finding_holds, f.version, f.created_at, f.updated_at
  FROM flags f WHERE f.workspace_id = $1 AND f.document_id = ANY($2::uuid[]) AND EXISTS (SELECT 1 FROM flag_claims t0
    WHERE t0.claim_id = ANY($3::uuid[]) AND (f.workspace_id, f.id) = (t0.workspace_id, t0.flag_id))
  ORDER BY f.created_at ASC, f.id ASC`;
/** The query FLAGS_OF_CLAIMS replaced (by claim alone), kept to show its plan. */
export const FLAGS_OF_CLAIMS_BY_CLAIM_ALONE = `SELECT f.id FROM flags f WHERE f.workspace_id = $1 AND EXISTS (SELECT 1 FROM flag_claims t0
    WHERE t0.claim_id = ANY($2::uuid[]) AND (f.workspace_id, f.id) = (t0.workspace_id, t0.flag_id))
  ORDER BY f.created_at ASC, f.id ASC`;
export const CLAIMS_OF_FLAGS = `SELECT workspace_id, flag_id, claim_id FROM flag_claims
  WHERE workspace_id = $1 AND flag_id = ANY($2::uuid[])`;

/** Ingest: a document with the same text, the chain's head, other documents to compare with, flags. */
export const VERSION_BY_TEXT_HASH = `SELECT document_id FROM document_versions
  WHERE workspace_id = $1 AND sha256 = $2 ORDER BY created_at ASC LIMIT 1`;
export const CHAIN_HEAD = `SELECT seq, hash, at FROM ledger_events WHERE workspace_id = $1 ORDER BY seq DESC LIMIT 1`;
/** The latest statements of each quantity key in other documents, then those claims. */
export const LATEST_STATEMENTS_OF_QUANTITIES = `SELECT latest.id, k.key, latest.document_id
  FROM unnest($2::text[]) AS k(key)
  CROSS JOIN LATERAL (
    SELECT c.id, c.document_id, c.created_at FROM claims c
    WHERE c.workspace_id = $1 AND c.quantity_key = k.key AND c.document_id <> $3
    ORDER BY c.created_at DESC, c.document_id DESC
    LIMIT $4
  ) latest
  ORDER BY k.key, latest.created_at DESC, latest.document_id DESC`;
export const CLAIMS_BY_ID = `SELECT * FROM claims WHERE workspace_id = $1 AND id = ANY($2::uuid[])
  ORDER BY document_id ASC, start ASC, "end" ASC, id ASC`;
export const CLAIMS_OF_DOCUMENT = `SELECT * FROM claims WHERE workspace_id = $1 AND document_id = $2
  ORDER BY start ASC, "end" ASC, id ASC`;
export const FLAGS_OF_DOCUMENT = `SELECT * FROM flags WHERE workspace_id = $1 AND document_id = $2
  ORDER BY created_at ASC, id ASC`;
export const DOCUMENTS_PAGE = `SELECT * FROM documents WHERE workspace_id = $1 ORDER BY created_at ASC, id ASC LIMIT 51`;

/** A hot query with the values it runs with in a workspace (a document of it, that document's quantity keys). */
export interface HotQuery {
  name: string;
  sql: string;
  values: (at: {
    workspaceId: string;
    documentId: string;
    sha256: string;
    quantityKeys: string[];
    claimIds: string[];
  }) => unknown[];
  /** Not the service's any more: shown for the plan it had, not judged. */
  replaced?: boolean;
}

export const HOT_QUERIES: HotQuery[] = [
  {
    name: 'read: claims page',
    sql: CLAIMS_PAGE,
    values: (at) => [at.workspaceId, at.documentId, 51],
  },
  {
    name: 'read: flags of claims',
    sql: FLAGS_OF_CLAIMS,
    values: (at) => [at.workspaceId, [at.documentId], at.claimIds],
  },
  {
    name: 'read: flags of claims, by claim alone (before the fix)',
    sql: FLAGS_OF_CLAIMS_BY_CLAIM_ALONE,
    values: (at) => [at.workspaceId, at.claimIds],
    replaced: true,
  },
  { name: 'read: documents page', sql: DOCUMENTS_PAGE, values: (at) => [at.workspaceId] },
  {
    name: 'ingest: same text',
    sql: VERSION_BY_TEXT_HASH,
    values: (at) => [at.workspaceId, at.sha256],
  },
  { name: 'ingest: chain head', sql: CHAIN_HEAD, values: (at) => [at.workspaceId] },
  {
    name: 'ingest: latest statements of these quantity keys in other documents',
    sql: LATEST_STATEMENTS_OF_QUANTITIES,
    values: (at) => [at.workspaceId, at.quantityKeys, at.documentId, 21],
  },
  {
    name: 'ingest: those claims',
    sql: CLAIMS_BY_ID,
    values: (at) => [at.workspaceId, at.claimIds],
  },
  {
    name: 'ingest: claims of a document',
    sql: CLAIMS_OF_DOCUMENT,
    values: (at) => [at.workspaceId, at.documentId],
  },
  {
    name: 'ingest: flags of a document',
    sql: FLAGS_OF_DOCUMENT,
    values: (at) => [at.workspaceId, at.documentId],
  },
];
