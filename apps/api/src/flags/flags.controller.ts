import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ApiConditionalGet, ETAG_HEADER, SendsETag } from '../common/etag.js';
import { UuidParam } from '../common/uuid-param.js';
import { ApiCommonProblems, ApiProblems } from '../errors/api-problems.js';
import { FlagListQuery } from './flag.dto.js';
import { FlagPageResponse, FlagResponse } from './flag.response.js';
import { FlagsService } from './flags.service.js';

@ApiTags('flags')
@ApiBearerAuth()
@ApiCommonProblems()
@Controller('v1')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get('flags')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listFlags',
    summary: 'Flags of the workspace, filtered by status, rule, severity or document',
  })
  @ApiOkResponse({ type: FlagPageResponse })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: FlagListQuery) {
    return this.flags.list(actor, query);
  }

  @Get('flags/:id')
  @Requires(Permission.Read)
  @ApiOperation({ operationId: 'getFlag', summary: 'One flag, with a strong ETag' })
  @ApiOkResponse({ type: FlagResponse, description: 'The flag', headers: ETAG_HEADER })
  @ApiProblems(400, 404)
  @ApiConditionalGet()
  @SendsETag()
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.flags.get(actor, id);
  }

  @Post('documents/:id/checks')
  @HttpCode(200)
  @Requires(Permission.SubmitContent)
  @ApiOperation({
    operationId: 'runChecks',
    summary: "Re-run a document's checks; answers its flags (never duplicated)",
  })
  @ApiOkResponse({ type: [FlagResponse], description: 'The flags of the document' })
  @ApiProblems(400, 404)
  runChecks(@CurrentActor() actor: Actor, @UuidParam('id') documentId: string) {
    return this.flags.runChecks(actor, documentId);
  }
}
