import { Body, Controller, Headers, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ETAG_HEADER, SendsETag } from '../common/etag.js';
import { UuidParam } from '../common/uuid-param.js';
import { ClaimResponse } from '../claims/claim.response.js';
import {
  ApiBodyProblems,
  ApiCommonProblems,
  ApiIfMatchProblems,
  ApiProblems,
} from '../errors/api-problems.js';
import { FlagResponse } from '../flags/flag.response.js';
import { AssignDto, FlagDecisionDto, TransitionDto } from './review.dto.js';
import { ReviewService } from './review.service.js';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag from the last GET' };

@ApiTags('review')
@ApiBearerAuth()
@ApiCommonProblems()
@ApiBodyProblems()
@ApiIfMatchProblems()
@Controller('v1')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Post('claims/:id/transitions')
  @HttpCode(200)
  @Requires(Permission.StartReview)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    operationId: 'transitionClaim',
    summary:
      'Move a claim to in_review, set a verdict, or reopen a verdict (roles and four eyes apply)',
  })
  @ApiOkResponse({ type: ClaimResponse, description: 'The claim', headers: ETAG_HEADER })
  @ApiProblems(404, 409)
  @SendsETag()
  transition(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: TransitionDto,
  ) {
    return this.review.transition(actor, id, ifMatch, dto);
  }

  @Put('claims/:id/assignee')
  @Requires(Permission.Decide)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    operationId: 'assignClaim',
    summary: 'Assign a claim to a member (or null to unassign)',
  })
  @ApiOkResponse({ type: ClaimResponse, description: 'The claim', headers: ETAG_HEADER })
  @ApiProblems(404)
  @SendsETag()
  assign(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: AssignDto,
  ) {
    return this.review.assign(actor, id, ifMatch, dto);
  }

  @Post('flags/:id/resolve')
  @HttpCode(200)
  @Requires(Permission.SubmitContent)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    operationId: 'resolveFlag',
    summary: 'Resolve an open flag (editors and admins; a reporter gets 403)',
  })
  @ApiOkResponse({ type: FlagResponse, description: 'The flag', headers: ETAG_HEADER })
  @ApiProblems(404, 409)
  @SendsETag()
  resolve(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: FlagDecisionDto,
  ) {
    return this.review.decideFlag(actor, id, 'resolved', ifMatch, dto);
  }

  @Post('flags/:id/dismiss')
  @HttpCode(200)
  @Requires(Permission.SubmitContent)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    operationId: 'dismissFlag',
    summary: 'Dismiss an open flag with a reason code and a note (editors and admins)',
  })
  @ApiOkResponse({ type: FlagResponse, description: 'The flag', headers: ETAG_HEADER })
  @ApiProblems(404, 409)
  @SendsETag()
  dismiss(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() dto: FlagDecisionDto,
  ) {
    return this.review.decideFlag(actor, id, 'dismissed', ifMatch, dto);
  }
}
