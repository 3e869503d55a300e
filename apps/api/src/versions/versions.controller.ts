import { Body, Controller, Get, Headers, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ClaimResponse } from '../claims/claim.response.js';
import { ETAG_HEADER, SendsETag } from '../common/etag.js';
import { LocatedAt, LOCATION_HEADER } from '../common/location.js';
import { UuidParam } from '../common/uuid-param.js';
import {
  ApiBodyProblems,
  ApiCommonProblems,
  ApiIfMatchProblems,
  ApiProblems,
} from '../errors/api-problems.js';
import { ClaimAnchorService } from './claim-anchor.service.js';
import { AnchorClaimDto, CreateVersionDto, VersionNumberParam } from './version.dto.js';
import type { VersionView } from './version.presenter.js';
import {
  VersionDetailResponse,
  VersionDiffResponse,
  VersionListResponse,
  VersionResponse,
} from './version.response.js';
import { VersionsService } from './versions.service.js';

@ApiTags('versions')
@ApiBearerAuth()
@ApiCommonProblems()
@Controller('v1')
export class VersionsController {
  constructor(
    private readonly versions: VersionsService,
    private readonly anchors: ClaimAnchorService,
  ) {}

  @Post('documents/:id/versions')
  @Requires(Permission.SubmitContent)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag from GET /v1/documents/:id (its current version)',
  })
  @ApiOperation({
    operationId: 'createDocumentVersion',
    summary:
      'Submit a corrected text: 201 with the new version, its claims re-anchored and checks re-run; 200 when the text is the current one',
  })
  @ApiCreatedResponse({
    type: VersionResponse,
    description: 'The new version',
    headers: { ...ETAG_HEADER, ...LOCATION_HEADER },
  })
  @LocatedAt((version, params) => `/v1/documents/${params.id}/versions/${numberOf(version)}`)
  @ApiOkResponse({
    type: VersionResponse,
    description: 'The current version already has this text',
    headers: ETAG_HEADER,
  })
  @ApiBodyProblems()
  @ApiIfMatchProblems()
  @ApiProblems(404, 409, 422)
  @SendsETag((version: VersionView) => version.number)
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: CreateVersionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, version } = await this.versions.create(actor, id, ifMatch, dto);
    void reply.status(created ? 201 : 200);
    return version;
  }

  @Get('documents/:id/versions')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listDocumentVersions',
    summary: "A document's versions, oldest first, each with what it did to the one before",
  })
  @ApiOkResponse({ type: VersionListResponse })
  @ApiProblems(400, 404)
  async list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return { items: await this.versions.list(actor, id) };
  }

  @Get('documents/:id/versions/:number')
  @Requires(Permission.Read)
  @ApiOperation({ operationId: 'getDocumentVersion', summary: 'One version, with its text' })
  @ApiOkResponse({ type: VersionDetailResponse })
  @ApiProblems(400, 404)
  get(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @VersionNumberParam('number') number: number,
  ) {
    return this.versions.get(actor, id, number);
  }

  @Get('documents/:id/versions/:from/diff/:to')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'diffDocumentVersions',
    summary:
      'The text edits from one version to a later one, and what they did to claims, flags and verdicts',
  })
  @ApiOkResponse({ type: VersionDiffResponse })
  @ApiProblems(400, 404)
  diff(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @VersionNumberParam('from') from: number,
    @VersionNumberParam('to') to: number,
  ) {
    return this.versions.diff(actor, id, from, to);
  }

  @Post('claims/:id/anchor')
  @HttpCode(200)
  @Requires(Permission.SubmitContent)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag from GET /v1/claims/:id' })
  @ApiOperation({
    operationId: 'anchorClaim',
    summary:
      'Give a claim that needs an anchor its span in the current text, or say it is no longer in the text',
  })
  @ApiOkResponse({ type: ClaimResponse, description: 'The claim', headers: ETAG_HEADER })
  @ApiBodyProblems()
  @ApiIfMatchProblems()
  @ApiProblems(404, 409, 422)
  @SendsETag()
  anchor(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: AnchorClaimDto,
  ) {
    return this.anchors.anchor(actor, id, ifMatch, dto);
  }
}

function numberOf(version: { id: string }): number {
  return (version as VersionView).number;
}
