-- Revisions: a corrected article is a new version of its document. A version may
-- repeat an older version's text (a correction reverted), so the text hash is no
-- longer unique; ingest still finds a document by it. `revision` keeps what the
-- version did to the claims, flags and verdicts of its predecessor.
DROP INDEX "document_versions_workspace_id_sha256_key";
CREATE INDEX "document_versions_workspace_id_sha256_idx" ON "document_versions"("workspace_id", "sha256");
ALTER TABLE "document_versions" ADD COLUMN "revision" JSONB;
ALTER TABLE "document_versions" ADD COLUMN "created_by" UUID;
