-- A flag's fingerprint identifies its finding within its document: two articles
-- of one workspace may raise the same finding (a name spelled two ways in both).

-- DropIndex
DROP INDEX "flags_workspace_id_fingerprint_key";

-- CreateIndex
CREATE UNIQUE INDEX "flags_workspace_id_document_id_fingerprint_key" ON "flags"("workspace_id", "document_id", "fingerprint");
