-- The cross-document check compares stored rows, not texts: each numeric claim
-- that names one quantity keeps its quantity key (unit and specific subject) and
-- the years of its sentence, written when its document's checks run. A document
-- whose claims were keyed by an older version of that rule (0: never) is keyed
-- again when the API starts.
ALTER TABLE "claims" ADD COLUMN "quantity_key" TEXT;
ALTER TABLE "claims" ADD COLUMN "sentence_years" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "documents" ADD COLUMN "quantity_keys_version" INTEGER NOT NULL DEFAULT 0;

DROP INDEX "claims_workspace_id_unit_subject_idx";
CREATE INDEX "claims_workspace_id_quantity_key_idx" ON "claims"("workspace_id", "quantity_key");
CREATE INDEX "documents_quantity_keys_version_idx" ON "documents"("quantity_keys_version");
