import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { WorkspaceAdminService } from './workspace-admin.service.js';
import { WorkspaceRepository } from './workspace.repository.js';
import { MembersController } from './members.controller.js';
import { MembersService } from './members.service.js';

@Module({
  imports: [AuthModule, LedgerModule],
  controllers: [MembersController],
  providers: [WorkspaceRepository, WorkspaceAdminService, MembersService],
  exports: [WorkspaceAdminService, WorkspaceRepository],
})
export class WorkspacesModule {}
