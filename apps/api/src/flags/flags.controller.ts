import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { etagOf } from '../common/etag.js';
import { UuidParam } from '../common/uuid-param.js';
import { FlagListQuery } from './flag.dto.js';
import { FlagsService } from './flags.service.js';

@ApiTags('flags')
@ApiBearerAuth()
@Controller('v1')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get('flags')
  @Requires(Permission.Read)
  @ApiOperation({
    summary: 'Flags of the workspace, filtered by status, rule, severity or document',
  })
  list(@CurrentActor() actor: Actor, @Query() query: FlagListQuery) {
    return this.flags.list(actor, query);
  }

  @Get('flags/:id')
  @Requires(Permission.Read)
  @ApiOperation({ summary: 'One flag, with a strong ETag' })
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const flag = await this.flags.get(actor, id);
    void reply.header('etag', etagOf(flag.version));
    return flag;
  }

  @Post('documents/:id/checks')
  @HttpCode(200)
  @Requires(Permission.SubmitContent)
  @ApiOperation({ summary: "Re-run a document's checks; answers its flags (never duplicated)" })
  runChecks(@CurrentActor() actor: Actor, @UuidParam('id') documentId: string) {
    return this.flags.runChecks(actor, documentId);
  }
}
