-- The cross-document check looks up, at every ingest, the claims of other
-- documents with the same unit (and then subject): by index, not by a scan of
-- the workspace's claims.

-- CreateIndex
CREATE INDEX "claims_workspace_id_unit_subject_idx" ON "claims"("workspace_id", "unit", "subject");
