-- A claim a reviewer marked as no claim at all (a false extraction): kept, with its
-- reason in the ledger, out of the checks and the default lists; it can be restored.
ALTER TYPE "ClaimStatus" ADD VALUE 'not_a_claim';
