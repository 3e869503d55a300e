/**
 * What a new version of an article does to the claims of the current one:
 * which stay on their words (at new offsets), which move, which take a
 * corrected value, which need a person to anchor them, and which claims and
 * relations the new text's extraction adds. Pure: the caller stores it.
 */
import {
  measureOf,
  type ClaimMeasure,
  type ClaimRecord,
  type ClaimStatus,
} from '../records/claim.js';
import type { IdentifiedClaim, StorableExtraction } from '../records/extracted-claim.js';
import { mapClaimIds, membersOf, type RelationLinks } from '../records/relation.js';
import { isVerdict } from '../workflow/workflow.js';
import { CodePointIndex } from '../text/code-points.js';
import { spanAt, type Span } from '../text/span.js';
import { reanchorClaims, type NeedsAnchorReason } from './reanchor.js';
import { TextChanges } from './text-changes.js';

/** One claim's outcome, as the version's report and the diff name it. */
export type ClaimOutcomeKind = 'kept' | 'moved' | 'changed-value' | 'lost' | 'needs-anchor' | 'new';

export interface ClaimState {
  start: number;
  end: number;
  exact: string;
  value: string | null;
}

export interface ClaimOutcome {
  claimId: string;
  outcome: ClaimOutcomeKind;
  /** Why a claim needs an anchor: its words are gone, two places fit, or its figure changed. */
  reason: NeedsAnchorReason | null;
  /** Where the claim was (absent for a new claim). */
  before: ClaimState | null;
  /** Where it is now (absent while it needs an anchor). */
  after: ClaimState | null;
  /** The verdict it lost, when its value changed or it lost its anchor. */
  staleVerdict: ClaimStatus | null;
}

/** A claim that stays anchored, on the new version's text. */
export interface RebasedClaim extends Span, ClaimMeasure {
  id: string;
  kind: ClaimRecord['kind'];
  status: ClaimStatus;
  /** Its words, offsets, value or status changed: its version goes up. */
  changed: boolean;
}

export interface RevisionPlan {
  rebased: RebasedClaim[];
  needsAnchor: Array<{ id: string; reason: NeedsAnchorReason }>;
  added: IdentifiedClaim[];
  /** The new extraction's relations whose claims are all anchored, in stored claim ids. */
  relations: RelationLinks[];
  outcomes: ClaimOutcome[];
  changes: TextChanges;
}

export function planRevision(
  oldText: string,
  newText: string,
  claims: ClaimRecord[],
  extraction: StorableExtraction,
): RevisionPlan {
  const changes = new TextChanges(oldText, newText);
  const index = new CodePointIndex(newText);
  // A claim waiting for a person keeps the offsets of an older version: it is not re-anchored here.
  const anchored = claims.filter((claim) => claim.status !== 'needs_anchor');
  const result = reanchorClaims(changes, anchored, extraction.claims);

  const plan: RevisionPlan = {
    rebased: [],
    needsAnchor: [],
    added: result.newClaims.map((i) => extraction.claims[i]),
    relations: [],
    outcomes: [],
    changes,
  };
  const storedIdOf = new Map<string, string>();
  for (const added of plan.added) storedIdOf.set(added.id, added.id);

  result.claims.forEach((reanchoring, i) => {
    const claim = anchored[i];
    const before = stateOf(claim);
    if (reanchoring.outcome === 'needs_anchor') {
      const lost = reanchoring.reason === 'lost';
      const staleVerdict = isVerdict(claim.status) ? claim.status : null;
      // A claim marked as no claim stays so; it simply has no place in the new text.
      if (claim.status !== 'not_a_claim')
        plan.needsAnchor.push({ id: claim.id, reason: reanchoring.reason });
      plan.outcomes.push({
        claimId: claim.id,
        outcome: lost ? 'lost' : 'needs-anchor',
        reason: reanchoring.reason,
        before,
        after: null,
        staleVerdict: claim.status === 'not_a_claim' ? null : staleVerdict,
      });
      return;
    }
    const span = spanAt(index, reanchoring.start, reanchoring.end);
    let fields = measureOf(claim);
    let status = claim.status;
    let staleVerdict: ClaimStatus | null = null;
    if (reanchoring.outcome === 'changed') {
      const taken = extraction.claims[reanchoring.newClaim];
      storedIdOf.set(taken.id, claim.id);
      if (claim.kind === 'numeric' && taken.kind === 'numeric') fields = measureOf(taken);
      if (isVerdict(claim.status)) {
        staleVerdict = claim.status;
        status = 'in_review';
      }
    }
    const after = { start: span.start, end: span.end, exact: span.exact, value: fields.value };
    plan.rebased.push({
      id: claim.id,
      kind: claim.kind,
      ...span,
      ...fields,
      status,
      changed:
        status !== claim.status ||
        after.start !== before.start ||
        after.end !== before.end ||
        after.exact !== before.exact ||
        after.value !== before.value,
    });
    plan.outcomes.push({
      claimId: claim.id,
      outcome: OUTCOME_OF[reanchoring.outcome],
      reason: null,
      before,
      after,
      staleVerdict,
    });
  });

  mapTakenExtractionClaims(plan, extraction, storedIdOf);
  for (const added of plan.added)
    plan.outcomes.push({
      claimId: added.id,
      outcome: 'new',
      reason: null,
      before: null,
      after: stateOf(added),
      staleVerdict: null,
    });
  plan.added = plan.added.map((claim) => ({
    ...claim,
    conversionOfId:
      claim.conversionOfId == null ? null : (storedIdOf.get(claim.conversionOfId) ?? null),
  }));
  plan.relations = extraction.relations.flatMap((relation) =>
    membersOf(relation).every((member) => storedIdOf.has(member.claimId))
      ? [mapClaimIds(relation, (id) => storedIdOf.get(id)!)]
      : [],
  );
  return plan;
}

const OUTCOME_OF = { kept: 'kept', moved: 'moved', changed: 'changed-value' } as const;

/**
 * The new extraction's claims that an existing claim took (same or
 * overlapping words of the same kind) stand for that claim in the new
 * extraction's relations.
 */
function mapTakenExtractionClaims(
  plan: RevisionPlan,
  extraction: StorableExtraction,
  storedIdOf: Map<string, string>,
): void {
  for (const claim of extraction.claims) {
    if (storedIdOf.has(claim.id)) continue;
    const overlapping = plan.rebased.find(
      (rebased) =>
        rebased.kind === claim.kind && rebased.start < claim.end && claim.start < rebased.end,
    );
    if (overlapping) storedIdOf.set(claim.id, overlapping.id);
  }
}

function stateOf(claim: Span & { value: string | null }): ClaimState {
  return { start: claim.start, end: claim.end, exact: claim.exact, value: claim.value };
}
