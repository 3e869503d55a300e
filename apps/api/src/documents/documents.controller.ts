import { Body, Controller, Get, Header, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ApiConditionalGet, ETAG_HEADER, SendsETag } from '../common/etag.js';
import { PageQuery } from '../common/pagination.js';
import { LocatedAt, LOCATION_HEADER } from '../common/location.js';
import { UuidParam } from '../common/uuid-param.js';
import { ClaimPageResponse } from '../claims/claim.response.js';
import { ApiBodyProblems, ApiCommonProblems, ApiProblems } from '../errors/api-problems.js';
import { CreateDocumentDto, DocumentListQuery } from './document.dto.js';
import {
  ClaimReviewResponse,
  DocumentListResponse,
  DocumentResponse,
} from './document.response.js';
import type { DocumentView } from './document.presenter.js';
import { DocumentsService } from './documents.service.js';

/** JSON-LD, as fact-check aggregators read ClaimReview. */
const CLAIM_REVIEW_CONTENT_TYPE = 'application/ld+json';

@ApiTags('documents')
@ApiBearerAuth()
@ApiCommonProblems()
@Controller('v1/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'ingestDocument',
    summary: 'Submit an article: 201 when new, 200 with the existing document for the same text',
  })
  @ApiCreatedResponse({
    type: DocumentResponse,
    description: 'A new document',
    headers: LOCATION_HEADER,
  })
  @LocatedAt((document) => `/v1/documents/${document.id}`)
  @ApiOkResponse({ type: DocumentResponse, description: 'The existing document with that text' })
  @ApiBodyProblems()
  @ApiProblems(409, 422)
  async ingest(
    @CurrentActor() actor: Actor,
    @Body() dto: CreateDocumentDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.documents.ingest(actor, dto);
    void reply.status(result.created ? 201 : 200);
    return result.document;
  }

  @Get()
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listDocuments',
    summary:
      'Documents of the workspace, oldest first, with claims by status and open flags by severity',
  })
  @ApiOkResponse({ type: DocumentListResponse })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: DocumentListQuery) {
    return this.documents.list(actor, query);
  }

  @Get(':id')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getDocument',
    summary: 'A document with its text, claims, relations and flags',
  })
  @ApiOkResponse({
    type: DocumentResponse,
    headers: ETAG_HEADER,
    description: 'The document; its ETag names its current version, for POST .../versions',
  })
  @ApiProblems(400, 404)
  @ApiConditionalGet()
  @SendsETag((document: DocumentView) => document.version.number)
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.documents.get(actor, id);
  }

  @Get(':id/claims')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listDocumentClaims',
    summary: "A document's claims in reading order, a page at a time",
  })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiProblems(400, 404)
  claims(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: PageQuery) {
    return this.documents.claimsPage(actor, id, query);
  }

  @Get(':id/claimreview')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getClaimReview',
    summary: 'schema.org ClaimReview JSON-LD for each claim of the document with a verdict',
  })
  @Header('content-type', CLAIM_REVIEW_CONTENT_TYPE)
  @ApiProduces(CLAIM_REVIEW_CONTENT_TYPE)
  @ApiOkResponse({ type: [ClaimReviewResponse] })
  @ApiProblems(400, 404)
  claimReview(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.documents.claimReviews(actor, id);
  }
}
