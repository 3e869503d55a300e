import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { PageQuery } from '../common/pagination.js';
import { LedgerService } from './ledger.service.js';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('v1/ledger')
export class LedgerController {
  constructor(private readonly ledger: LedgerService) {}

  @Get('head')
  @Requires(Permission.Read)
  @ApiOperation({ summary: 'The latest event of the workspace chain: seq and hash' })
  head(@CurrentActor() actor: Actor) {
    return this.ledger.head(actor);
  }

  @Get('events')
  @Requires(Permission.ExportHistory)
  @ApiOperation({ summary: 'The review history, oldest first, with the hash chain fields' })
  events(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.ledger.events(actor, query);
  }
}
