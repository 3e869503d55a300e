import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateDocumentDto, DocumentListQuery } from './document.dto.js';
import { DocumentsService } from './documents.service.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('v1/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    summary: 'Submit an article: 201 when new, 200 with the existing document for the same text',
  })
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
    summary:
      'Documents of the workspace, oldest first, with claims by status and open flags by severity',
  })
  list(@CurrentActor() actor: Actor, @Query() query: DocumentListQuery) {
    return this.documents.list(actor, query);
  }

  @Get(':id')
  @Requires(Permission.Read)
  @ApiOperation({ summary: 'A document with its text, claims, relations and flags' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.documents.get(actor, id);
  }

  @Get(':id/claimreview')
  @Requires(Permission.Read)
  @ApiOperation({
    summary: 'schema.org ClaimReview JSON-LD for each claim of the document with a verdict',
  })
  claimReview(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.documents.claimReviews(actor, id);
  }
}
