/**
 * What the checks read of a stored document: its text, the claims in the
 * checks (not those marked as no claim or waiting for an anchor) and the
 * relations between them.
 */
import { checkableClaim } from '../records/extracted-claim.js';
import type { CheckInput } from '../checks/run-checks.js';
import type { ClaimRecord } from '../records/claim.js';
import { membersOf, type RelationRecord } from '../records/relation.js';

export type DocumentInput = CheckInput & { documentId: string };

/**
 * What the checks read of a document. A claim marked as no claim is out, and
 * so is every relation naming it; so is a claim waiting for an anchor, whose
 * offsets are those of an older version.
 */
export function checkInput(
  documentId: string,
  text: string,
  claims: ClaimRecord[],
  relations: RelationRecord[],
): DocumentInput {
  const checked = claims.filter(
    (claim) => claim.status !== 'not_a_claim' && claim.status !== 'needs_anchor',
  );
  const ids = new Set(checked.map((claim) => claim.id));
  return {
    documentId,
    text,
    claims: checked.map(checkableClaim),
    relations: relations.filter((relation) =>
      membersOf(relation).every((member) => ids.has(member.claimId)),
    ),
  };
}
