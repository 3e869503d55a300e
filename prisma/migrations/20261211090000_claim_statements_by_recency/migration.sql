-- The cross-document check compares a document with the latest statements of
-- each of its quantities, not with every one: the index reads them newest first.
DROP INDEX "claims_workspace_id_quantity_key_idx";
CREATE INDEX "claims_workspace_id_quantity_key_created_at_document_id_idx" ON "claims"("workspace_id", "quantity_key", "created_at" DESC, "document_id" DESC);
