import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ApiConditionalGet, ETAG_HEADER, SendsETag } from '../common/etag.js';
import { PageQuery } from '../common/pagination.js';
import { LocatedAt, LOCATION_HEADER } from '../common/location.js';
import { UuidParam } from '../common/uuid-param.js';
import {
  ApiBodyProblems,
  ApiCommonProblems,
  ApiIfMatchProblems,
  ApiProblems,
} from '../errors/api-problems.js';
import { ClaimListQuery, CorrectClaimDto, CreateClaimDto, RelationDto } from './claim.dto.js';
import {
  ClaimPageResponse,
  ClaimResponse,
  HistoryPageResponse,
  RelationResponse,
} from './claim.response.js';
import { ClaimsService } from './claims.service.js';
import { RelationsService } from './relations.service.js';

@ApiTags('claims')
@ApiBearerAuth()
@ApiCommonProblems()
@Controller('v1')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly relations: RelationsService,
  ) {}

  @Post('documents/:id/claims')
  @HttpCode(201)
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'createClaim',
    summary: 'Add a manual claim; its span must match the document text exactly',
  })
  @ApiCreatedResponse({
    type: ClaimResponse,
    description: 'The claim',
    headers: { ...ETAG_HEADER, ...LOCATION_HEADER },
  })
  @LocatedAt((claim) => `/v1/claims/${claim.id}`)
  @ApiBodyProblems()
  @ApiProblems(404, 422)
  @SendsETag()
  create(
    @CurrentActor() actor: Actor,
    @UuidParam('id') documentId: string,
    @Body() dto: CreateClaimDto,
  ) {
    return this.claims.createManual(actor, documentId, dto);
  }

  @Get('claims')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listClaims',
    summary: 'Claims of the workspace, filtered by document, status or kind',
  })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: ClaimListQuery) {
    return this.claims.list(actor, query);
  }

  @Get('claims/:id')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getClaim',
    summary: 'One claim, with a strong ETag for later writes',
  })
  @ApiOkResponse({ type: ClaimResponse, description: 'The claim', headers: ETAG_HEADER })
  @ApiProblems(400, 404)
  @ApiConditionalGet()
  @SendsETag()
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.claims.get(actor, id);
  }

  @Patch('claims/:id')
  @Requires(Permission.SubmitContent)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET /v1/claims/:id' })
  @ApiOperation({
    operationId: 'correctClaim',
    summary: 'Correct a claim (value, unit, speaker, span...) at the version you read',
  })
  @ApiOkResponse({ type: ClaimResponse, description: 'The corrected claim', headers: ETAG_HEADER })
  @ApiBodyProblems()
  @ApiIfMatchProblems()
  @ApiProblems(404, 422)
  @SendsETag()
  correct(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: CorrectClaimDto,
  ) {
    return this.claims.correct(actor, id, ifMatch, dto);
  }

  @Get('claims/:id/history')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getClaimHistory',
    summary: "The claim's events in order, each with a readable summary",
  })
  @ApiOkResponse({ type: HistoryPageResponse })
  @ApiProblems(400, 404)
  history(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: PageQuery) {
    return this.claims.history(actor, id, query);
  }

  @Post('claims/:id/relations')
  @HttpCode(201)
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'addRelation',
    summary: 'Link the claim with others of its document (the checks run again)',
  })
  @ApiCreatedResponse({ type: RelationResponse, headers: LOCATION_HEADER })
  @LocatedAt((relation, params) => `/v1/claims/${params.id}/relations/${relation.id}`)
  @ApiBodyProblems()
  @ApiProblems(404)
  addRelation(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RelationDto) {
    return this.relations.add(actor, id, dto);
  }

  @Delete('claims/:id/relations/:relationId')
  @HttpCode(204)
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'removeRelation',
    summary: 'Remove a relation the claim belongs to (the checks run again)',
  })
  @ApiNoContentResponse({ description: 'The relation is removed' })
  @ApiProblems(400, 404)
  async removeRelation(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @UuidParam('relationId') relationId: string,
  ): Promise<void> {
    await this.relations.remove(actor, id, relationId);
  }
}
