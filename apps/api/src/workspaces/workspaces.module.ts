import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { WorkspaceAdminService } from './workspace-admin.service.js';
import { WorkspaceRepository } from './workspace.repository.js';

@Module({
  imports: [AuthModule, LedgerModule],
  providers: [WorkspaceRepository, WorkspaceAdminService],
  exports: [WorkspaceAdminService, WorkspaceRepository],
})
export class WorkspacesModule {}
