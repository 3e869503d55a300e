import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor.js';
import { CurrentActor, Requires } from '../auth/access.decorators.js';
import { Permission } from '../auth/permissions.js';
import { ApiCommonProblems } from '../errors/api-problems.js';
import { MemberResponse, MeResponse } from './members.response.js';
import { MembersService } from './members.service.js';

@ApiTags('members')
@ApiBearerAuth()
@ApiCommonProblems()
@Controller('v1')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('me')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'getMe',
    summary: 'The caller: member id, name, role and workspace',
  })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentActor() actor: Actor) {
    return this.members.me(actor);
  }

  @Get('members')
  @Requires(Permission.Read)
  @ApiOperation({
    operationId: 'listMembers',
    summary: 'Members of the workspace with their roles',
  })
  @ApiOkResponse({ type: [MemberResponse] })
  list(@CurrentActor() actor: Actor) {
    return this.members.members(actor);
  }
}
