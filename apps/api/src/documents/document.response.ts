import { ApiProperty } from '@nestjs/swagger';
import { RULE_NAMES, type RuleName } from '../checks/finding.js';
import { ClaimResponse, RelationResponse } from '../claims/claim.response.js';
import { FlagResponse } from '../flags/flag.response.js';

/** The version of a document's text the claims point into. */
export class DocumentVersionResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer' })
  number: number;

  @ApiProperty({ description: 'SHA-256 (hex) of the normalised text' })
  sha256: string;

  @ApiProperty({ type: 'integer', description: 'Length of the text in code points' })
  length: number;
}

/** A document without its text and claims (presentDocumentSummary). */
export class DocumentSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ nullable: true, type: String, format: 'uri' })
  sourceUrl: string | null;

  @ApiProperty({ nullable: true, type: String })
  publisher: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'en' })
  language: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  createdBy: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: DocumentVersionResponse })
  version: DocumentVersionResponse;
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

/** A document of the list, with its claims by status and open flags by severity. */
export class DocumentListItemResponse extends DocumentSummaryResponse {
  @ApiProperty({ ...COUNTS, example: { unreviewed: 3, verified: 1 } })
  claimsByStatus?: Record<string, number>;

  @ApiProperty({ ...COUNTS, example: { warning: 2 } })
  openFlagsBySeverity?: Record<string, number>;
}

export class DocumentListResponse {
  @ApiProperty({ type: [DocumentListItemResponse] })
  items: DocumentListItemResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Cursor of the next page' })
  nextCursor: string | null;
}

/** How many stored relations of each type the checks read. */
export class RelationsByTypeResponse {
  @ApiProperty({ name: 'parts-of-total', type: 'integer' })
  'parts-of-total': number;

  @ApiProperty({ name: 'share-of', type: 'integer' })
  'share-of': number;

  @ApiProperty({ type: 'integer' })
  change: number;

  @ApiProperty({ name: 'shares-of-one-group', type: 'integer' })
  'shares-of-one-group': number;

  @ApiProperty({ name: 'same-quantity', type: 'integer' })
  'same-quantity': number;
}

/**
 * What the checks look at in the document, so that no flag is never read as
 * "the numbers are right": the rules that run and the relations and claims
 * they read.
 */
export class ChecksCoverageResponse {
  @ApiProperty({ enum: RULE_NAMES, isArray: true, description: 'The rules that run' })
  rules: RuleName[];

  @ApiProperty({
    type: 'integer',
    description: 'Relations between claims, which the rules are given',
  })
  relations: number;

  @ApiProperty({ type: RelationsByTypeResponse })
  relationsByType: RelationsByTypeResponse;

  @ApiProperty({ type: 'integer', description: 'Numeric claims' })
  numericClaims: number;

  @ApiProperty({ type: 'integer', description: 'Quotes' })
  quotes: number;
}

/** A document with its text, claims, relations and flags (presentDocument). */
export class DocumentResponse extends DocumentSummaryResponse {
  @ApiProperty({ description: 'The normalised text the spans point into' })
  text: string;

  @ApiProperty({
    type: [ClaimResponse],
    description: "The document's claims in reading order, the first page of them (MAX_PAGE_SIZE)",
  })
  claims: ClaimResponse[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Cursor of the next page of claims: GET /v1/documents/{id}/claims?cursor=',
  })
  claimsNextCursor: string | null;

  @ApiProperty({ type: [RelationResponse] })
  relations: RelationResponse[];

  @ApiProperty({ type: [FlagResponse] })
  flags: FlagResponse[];

  @ApiProperty({
    type: ChecksCoverageResponse,
    description: 'What the checks read: the rules, relations by type, numbers and quotes',
  })
  checks: ChecksCoverageResponse;
}

/** schema.org ClaimReview JSON-LD for one claim with a verdict. */
export class ClaimReviewResponse {
  @ApiProperty({ name: '@context', enum: ['https://schema.org'] })
  '@context': 'https://schema.org';

  @ApiProperty({ name: '@type', enum: ['ClaimReview'] })
  '@type': 'ClaimReview';

  @ApiProperty({ format: 'uri', description: "The claim's review page" })
  url: string;

  @ApiProperty({ description: 'The words of the claim, under 75 characters' })
  claimReviewed: string;

  @ApiProperty({ format: 'date-time' })
  datePublished: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'schema.org Organization: the newsroom',
  })
  author: object;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'schema.org Rating: alternateName, and ratingValue 1-5 unless unverifiable',
  })
  reviewRating: object;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'schema.org Claim: its author and appearance (the article)',
  })
  itemReviewed: object;
}
