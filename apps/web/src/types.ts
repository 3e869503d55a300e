// The shapes the /v1 API answers and takes, as its OpenAPI document describes them:
// names for the types generated into generated/api-schema.d.ts
// (`npm run -s generate:web-client` writes it again after the API changed).
import type { components, operations } from './generated/api-schema';

type Schemas = components['schemas'];

export type Me = Schemas['MeResponse'];
export type Member = Schemas['MemberResponse'];
export type Role = Member['role'];
/** What the signed-in member may do, as GET /v1/me lists it. */
export type Permission = Me['permissions'][number];

export type DocumentSummary = Schemas['DocumentListItemResponse'];
export type DocumentDetail = Schemas['DocumentResponse'];
export type NewDocument = Schemas['CreateDocumentDto'];
/** What the checks read in a document: the rules that ran, its relations and claims. */
export type ChecksCoverage = Schemas['ChecksCoverageResponse'];

/** One version of a document's text: who submitted it, when, and what it did to the one before. */
export type Version = Schemas['VersionResponse'];
/** What a version did to the one before: each outcome's count, flags opened and closed, stale verdicts. */
export type Revision = NonNullable<Version['revision']>;
export type OutcomeCounts = Schemas['OutcomeCountsResponse'];
/** From one version to a later one: the text's edits (code points) and what they did. */
export type VersionDiff = Schemas['VersionDiffResponse'];
export type TextEdit = Schemas['TextEditResponse'];
/** What a new version did to one claim: kept, moved, changed value, lost, needs an anchor, new. */
export type ClaimOutcome = Schemas['ClaimOutcomeResponse'];
export type Outcome = ClaimOutcome['outcome'];

export type Claim = Schemas['ClaimResponse'];
export type ClaimStatus = Claim['status'];
/** A claim the extractor missed, at a span of the text (code points) that must hold `exact`. */
export type NewClaim = Schemas['CreateClaimDto'];
/** The fields `PATCH /claims/:id` may change. */
export type ClaimCorrection = Schemas['CorrectClaimDto'];
/** The statuses `POST /claims/:id/transitions` accepts as `to`. */
export type TransitionTarget = Schemas['TransitionDto']['to'];
export type ReasonCode = NonNullable<Schemas['TransitionDto']['reason']>;
/**
 * A claim that needs an anchor, given its words in the current text (code points, `exact`
 * as a check), or said to be no longer in the text (`noLongerInText`, with a note).
 */
export type ClaimAnchor = Schemas['AnchorClaimDto'];

export type Flag = Schemas['FlagResponse'];
export type Severity = Flag['severity'];
export type FlagStatus = Flag['status'];

export type HistoryEntry = Schemas['HistoryEntryResponse'];
export type Comment = Schemas['CommentResponse'];
export type Evidence = Schemas['EvidenceResponse'];
export type NewEvidence = Schemas['EvidenceDto'];
export type Stance = Evidence['stance'];

export type LedgerHead = Schemas['LedgerHeadResponse'];
/** One event of the review history as the list gives it, with the document it is about. */
export type LedgerEvent = Schemas['LedgerEventListItemResponse'];
/** The filters the export and the list of events share. */
export type ExportFilters = Pick<
  NonNullable<operations['exportLedger']['parameters']['query']>,
  'from' | 'to' | 'documentId' | 'actorId' | 'action'
>;
/** A claim's schema.org ClaimReview, as the document's reviews are published. */
export type ClaimReview = Schemas['ClaimReviewResponse'];

/** A relation a person links: this claim as the total of parts, or the same quantity as others. */
export type NewRelation = Schemas['RelationDto'];

type RelationResponse = Schemas['RelationResponse'];
/** A relation of one type, with the fields that type always has. */
type RelationOf<
  Type extends RelationResponse['type'],
  Fields extends Exclude<keyof RelationResponse, 'type'>,
> = Pick<RelationResponse, 'id' | 'documentId' | 'origin'> & { type: Type } & {
  [Field in Fields]-?: Exclude<RelationResponse[Field], undefined>;
};
/**
 * A relation as its type tells its fields (the document lists the fields of every
 * type as optional on one schema): claim ids, and for a change its direction and factor
 * (to = from × factor, "0.5" for halved, an exact decimal string).
 */
export type Relation =
  | RelationOf<'parts-of-total', 'total' | 'parts' | 'complete'>
  | RelationOf<'share-of', 'part' | 'share' | 'total'>
  | RelationOf<'change', 'from' | 'to' | 'change' | 'by' | 'direction' | 'factor'>
  | RelationOf<'shares-of-one-group', 'shares'>
  | RelationOf<'same-quantity', 'claims'>;
