import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { PageQuery } from '../common/pagination.js';
import { LocatedAt, LOCATION_HEADER } from '../common/location.js';
import { UuidParam } from '../common/uuid-param.js';
import { ApiBodyProblems, ApiCommonProblems, ApiProblems } from '../errors/api-problems.js';
import { CommentDto, EvidenceDto } from './discussion.dto.js';
import {
  CommentPageResponse,
  CommentResponse,
  EvidencePageResponse,
  EvidenceResponse,
} from './discussion.response.js';
import { DiscussionService } from './discussion.service.js';

@ApiTags('discussion')
@ApiBearerAuth()
@ApiCommonProblems()
@ApiProblems(400, 404)
@Controller('v1')
export class DiscussionController {
  constructor(private readonly discussion: DiscussionService) {}

  @Post('claims/:id/comments')
  @HttpCode(201)
  @Requires(Permission.SubmitContent)
  @ApiOperation({ operationId: 'commentOnClaim', summary: 'Comment on a claim' })
  @ApiCreatedResponse({ type: CommentResponse, headers: LOCATION_HEADER })
  @LocatedAt((comment) => `/v1/comments/${comment.id}`)
  @ApiBodyProblems()
  commentOnClaim(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: CommentDto,
  ) {
    return this.discussion.comment(actor, 'claim', id, dto);
  }

  @Get('claims/:id/comments')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listClaimComments',
    summary: 'Comments on a claim, oldest first, a page at a time',
  })
  @ApiOkResponse({ type: CommentPageResponse })
  claimComments(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: PageQuery,
  ) {
    return this.discussion.comments(actor, 'claim', id, query);
  }

  @Post('flags/:id/comments')
  @HttpCode(201)
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'commentOnFlag',
    summary: 'Comment on a flag (reporters may answer flags this way)',
  })
  @ApiCreatedResponse({ type: CommentResponse, headers: LOCATION_HEADER })
  @LocatedAt((comment) => `/v1/comments/${comment.id}`)
  @ApiBodyProblems()
  commentOnFlag(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: CommentDto,
  ) {
    return this.discussion.comment(actor, 'flag', id, dto);
  }

  @Get('flags/:id/comments')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listFlagComments',
    summary: 'Comments on a flag, oldest first, a page at a time',
  })
  @ApiOkResponse({ type: CommentPageResponse })
  flagComments(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Query() query: PageQuery,
  ) {
    return this.discussion.comments(actor, 'flag', id, query);
  }

  @Post('claims/:id/evidence')
  @HttpCode(201)
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'addEvidence',
    summary: 'Add evidence to a claim: a source that supports, contradicts or gives context',
  })
  @ApiCreatedResponse({ type: EvidenceResponse, headers: LOCATION_HEADER })
  @LocatedAt((evidence) => `/v1/evidence/${evidence.id}`)
  @ApiBodyProblems()
  addEvidence(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: EvidenceDto) {
    return this.discussion.addEvidence(actor, id, dto);
  }

  @Get('claims/:id/evidence')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listEvidence',
    summary: 'Evidence for a claim, oldest first, a page at a time',
  })
  @ApiOkResponse({ type: EvidencePageResponse })
  evidence(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: PageQuery) {
    return this.discussion.evidence(actor, id, query);
  }

  @Get('comments/:id')
  @Requires(Permission.Read)
  @ApiOperation({ operationId: 'getComment', summary: 'One comment, on a claim or a flag' })
  @ApiOkResponse({ type: CommentResponse })
  getComment(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.discussion.commentById(actor, id);
  }

  @Get('evidence/:id')
  @Requires(Permission.Read)
  @ApiOperation({ operationId: 'getEvidence', summary: 'One piece of evidence for a claim' })
  @ApiOkResponse({ type: EvidenceResponse })
  getEvidence(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.discussion.evidenceById(actor, id);
  }
}
