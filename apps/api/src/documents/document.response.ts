import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

/** A schema.org Person or Organization. */
export class SchemaOrgAgentResponse {
  @ApiProperty({ name: '@type', enum: ['Person', 'Organization'] })
  '@type': 'Person' | 'Organization';

  @ApiProperty()
  name: string;

  @ApiPropertyOptional({ format: 'uri' })
  url?: string;
}

/** schema.org Rating of a verdict: 1 Inaccurate, 2 Disputed, 3 Unverifiable, 4 Accurate. */
export class SchemaOrgRatingResponse {
  @ApiProperty({ name: '@type', enum: ['Rating'] })
  '@type': 'Rating';

  @ApiProperty({ enum: ['Accurate', 'Disputed', 'Inaccurate', 'Unverifiable'] })
  alternateName: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4 })
  ratingValue: number;

  @ApiProperty({ type: 'integer', enum: [4] })
  bestRating: number;

  @ApiProperty({ type: 'integer', enum: [1] })
  worstRating: number;
}

/** The article a claim appeared in, at its public address. */
export class SchemaOrgCreativeWorkResponse {
  @ApiProperty({ name: '@type', enum: ['CreativeWork'] })
  '@type': 'CreativeWork';

  @ApiProperty({ format: 'uri' })
  url: string;

  @ApiProperty()
  headline: string;

  @ApiPropertyOptional({ format: 'date-time' })
  datePublished?: string;

  @ApiPropertyOptional({ type: SchemaOrgAgentResponse })
  publisher?: SchemaOrgAgentResponse;
}

/** schema.org Claim: who made it, when, and where it first appeared (when the article has a public URL). */
export class SchemaOrgClaimResponse {
  @ApiProperty({ name: '@type', enum: ['Claim'] })
  '@type': 'Claim';

  @ApiPropertyOptional({
    type: SchemaOrgAgentResponse,
    description: "A quote's speaker, the source a figure is attributed to, or else the publisher",
  })
  author?: SchemaOrgAgentResponse;

  @ApiPropertyOptional({ format: 'date-time' })
  datePublished?: string;

  @ApiPropertyOptional({ type: SchemaOrgCreativeWorkResponse })
  firstAppearance?: SchemaOrgCreativeWorkResponse;

  @ApiPropertyOptional({ type: SchemaOrgCreativeWorkResponse })
  appearance?: SchemaOrgCreativeWorkResponse;
}

/** schema.org ClaimReview JSON-LD for one claim with a verdict. */
export class ClaimReviewResponse {
  @ApiProperty({ name: '@context', enum: ['https://schema.org'] })
  '@context': 'https://schema.org';

  @ApiProperty({ name: '@type', enum: ['ClaimReview'] })
  '@type': 'ClaimReview';

  @ApiProperty({ format: 'uri', description: "The claim in the reviewers' web UI" })
  url: string;

  @ApiProperty({
    description: "The claim's words in their sentence, whole words, under 75 characters",
  })
  claimReviewed: string;

  @ApiProperty({ format: 'date-time', description: 'When the verdict was set' })
  datePublished: string;

  @ApiProperty({ type: SchemaOrgAgentResponse, description: 'The newsroom (ORGANIZATION_URL)' })
  author: SchemaOrgAgentResponse;

  @ApiProperty({ type: SchemaOrgRatingResponse })
  reviewRating: SchemaOrgRatingResponse;

  @ApiProperty({ type: SchemaOrgClaimResponse })
  itemReviewed: SchemaOrgClaimResponse;
}
