import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { MembersService } from './members.service.js';

@ApiTags('members')
@ApiBearerAuth()
@Controller('v1')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('me')
  @Requires(Permission.Read)
  @ApiOperation({ summary: 'The caller: member id, name, role and workspace' })
  me(@CurrentActor() actor: Actor) {
    return this.members.me(actor);
  }

  @Get('members')
  @Requires(Permission.Read)
  @ApiOperation({ summary: 'Members of the workspace with their roles' })
  list(@CurrentActor() actor: Actor) {
    return this.members.members(actor);
  }
}
