-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reporter', 'editor', 'auditor', 'admin');
CREATE TYPE "ClaimKind" AS ENUM ('numeric', 'quote');
CREATE TYPE "ClaimOrigin" AS ENUM ('extracted', 'manual');
CREATE TYPE "ClaimStatus" AS ENUM ('unreviewed', 'in_review', 'verified', 'disputed', 'incorrect', 'unverifiable', 'needs_anchor');
CREATE TYPE "Bound" AS ENUM ('lower', 'upper');
CREATE TYPE "RelationType" AS ENUM ('parts-of-total', 'share-of', 'same-quantity');
CREATE TYPE "RelationRole" AS ENUM ('total', 'part', 'share', 'mention');
CREATE TYPE "Stance" AS ENUM ('supports', 'contradicts', 'context');
CREATE TYPE "CommentSubject" AS ENUM ('claim', 'flag');
CREATE TYPE "FlagSeverity" AS ENUM ('error', 'warning', 'info');
CREATE TYPE "FlagStatus" AS ENUM ('open', 'resolved', 'dismissed');

-- CreateTable
CREATE TABLE "workspaces" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "workspaces_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "workspaces_slug_key" ON "workspaces"("slug");

CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_workspace_id_id_key" ON "users"("workspace_id", "id");

CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "memberships_workspace_id_user_id_key" ON "memberships"("workspace_id", "user_id");

CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"("prefix");

CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "source_url" TEXT,
    "publisher" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "language" TEXT,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "documents_workspace_id_id_key" ON "documents"("workspace_id", "id");
CREATE INDEX "documents_workspace_id_created_at_id_idx" ON "documents"("workspace_id", "created_at", "id");

CREATE TABLE "document_versions" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "document_versions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "document_versions_workspace_id_id_key" ON "document_versions"("workspace_id", "id");
CREATE UNIQUE INDEX "document_versions_workspace_id_document_id_number_key" ON "document_versions"("workspace_id", "document_id", "number");
CREATE UNIQUE INDEX "document_versions_workspace_id_sha256_key" ON "document_versions"("workspace_id", "sha256");

CREATE TABLE "claims" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "document_version_id" UUID NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "value" DECIMAL,
    "low" DECIMAL,
    "high" DECIMAL,
    "unit" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "bound" "Bound",
    "subject" TEXT,
    "speaker" TEXT,
    "relayed_by" TEXT,
    "conversion_of_id" UUID,
    "origin" "ClaimOrigin" NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'unreviewed',
    "status_reason" TEXT,
    "status_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "assignee_id" UUID,
    "created_by" UUID,
    "corrected_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "claims_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "claims_span_check" CHECK ("start" >= 0 AND "end" > "start")
);
CREATE UNIQUE INDEX "claims_workspace_id_id_key" ON "claims"("workspace_id", "id");
CREATE INDEX "claims_workspace_id_document_id_start_idx" ON "claims"("workspace_id", "document_id", "start");
CREATE INDEX "claims_workspace_id_status_id_idx" ON "claims"("workspace_id", "status", "id");

CREATE TABLE "claim_relations" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "type" "RelationType" NOT NULL,
    "origin" "ClaimOrigin" NOT NULL,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "claim_relations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "claim_relations_workspace_id_id_key" ON "claim_relations"("workspace_id", "id");
CREATE INDEX "claim_relations_workspace_id_document_id_idx" ON "claim_relations"("workspace_id", "document_id");

CREATE TABLE "claim_relation_members" (
    "workspace_id" UUID NOT NULL,
    "relation_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "role" "RelationRole" NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "claim_relation_members_pkey" PRIMARY KEY ("workspace_id", "relation_id", "claim_id")
);
CREATE INDEX "claim_relation_members_workspace_id_claim_id_idx" ON "claim_relation_members"("workspace_id", "claim_id");

CREATE TABLE "flags" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "severity" "FlagSeverity" NOT NULL,
    "message" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "input_hash" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "status" "FlagStatus" NOT NULL DEFAULT 'open',
    "reason" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "flags_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "flags_workspace_id_id_key" ON "flags"("workspace_id", "id");
CREATE UNIQUE INDEX "flags_workspace_id_fingerprint_key" ON "flags"("workspace_id", "fingerprint");

CREATE TABLE "flag_claims" (
    "workspace_id" UUID NOT NULL,
    "flag_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    CONSTRAINT "flag_claims_pkey" PRIMARY KEY ("workspace_id", "flag_id", "claim_id")
);

CREATE TABLE "ledger_events" (
    "workspace_id" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_id" UUID,
    "actor_role" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "document_id" UUID,
    "data" JSONB NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "canonical" TEXT NOT NULL,
    CONSTRAINT "ledger_events_pkey" PRIMARY KEY ("workspace_id", "seq"),
    CONSTRAINT "ledger_events_seq_check" CHECK ("seq" >= 1)
);
CREATE INDEX "ledger_events_workspace_id_subject_type_subject_id_seq_idx" ON "ledger_events"("workspace_id", "subject_type", "subject_id", "seq");

CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "url" TEXT,
    "note" TEXT NOT NULL,
    "stance" "Stance" NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "evidence_workspace_id_claim_id_created_at_idx" ON "evidence"("workspace_id", "claim_id", "created_at");

CREATE TABLE "comments" (
    "id" UUID NOT NULL,
    "workspace_id" UUID NOT NULL,
    "subject_type" "CommentSubject" NOT NULL,
    "subject_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "comments_workspace_id_subject_type_subject_id_created_at_idx" ON "comments"("workspace_id", "subject_type", "subject_id", "created_at");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_workspace_id_user_id_fkey" FOREIGN KEY ("workspace_id", "user_id") REFERENCES "users"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_workspace_id_user_id_fkey" FOREIGN KEY ("workspace_id", "user_id") REFERENCES "users"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_workspace_id_document_id_fkey" FOREIGN KEY ("workspace_id", "document_id") REFERENCES "documents"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_workspace_id_document_id_fkey" FOREIGN KEY ("workspace_id", "document_id") REFERENCES "documents"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claims" ADD CONSTRAINT "claims_workspace_id_document_version_id_fkey" FOREIGN KEY ("workspace_id", "document_version_id") REFERENCES "document_versions"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_relations" ADD CONSTRAINT "claim_relations_workspace_id_document_id_fkey" FOREIGN KEY ("workspace_id", "document_id") REFERENCES "documents"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_relation_members" ADD CONSTRAINT "claim_relation_members_workspace_id_relation_id_fkey" FOREIGN KEY ("workspace_id", "relation_id") REFERENCES "claim_relations"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "claim_relation_members" ADD CONSTRAINT "claim_relation_members_workspace_id_claim_id_fkey" FOREIGN KEY ("workspace_id", "claim_id") REFERENCES "claims"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "flags" ADD CONSTRAINT "flags_workspace_id_document_id_fkey" FOREIGN KEY ("workspace_id", "document_id") REFERENCES "documents"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "flag_claims" ADD CONSTRAINT "flag_claims_workspace_id_flag_id_fkey" FOREIGN KEY ("workspace_id", "flag_id") REFERENCES "flags"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "flag_claims" ADD CONSTRAINT "flag_claims_workspace_id_claim_id_fkey" FOREIGN KEY ("workspace_id", "claim_id") REFERENCES "claims"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_workspace_id_claim_id_fkey" FOREIGN KEY ("workspace_id", "claim_id") REFERENCES "claims"("workspace_id", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ledger_events" ADD CONSTRAINT "ledger_events_workspace_id_fkey" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The ledger is append-only in the database itself. A row trigger covers UPDATE
-- and DELETE; TRUNCATE needs a statement-level trigger of its own.
CREATE FUNCTION "ledger_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_events is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "ledger_events_no_update_delete" BEFORE UPDATE OR DELETE ON "ledger_events"
    FOR EACH ROW EXECUTE FUNCTION "ledger_events_refuse_change"();
CREATE TRIGGER "ledger_events_no_truncate" BEFORE TRUNCATE ON "ledger_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "ledger_events_refuse_change"();
