import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { CheckRunsModule } from '../check-runs/check-runs.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

@Module({
  imports: [StoreModule, ClaimsModule, CheckRunsModule, LedgerModule, WorkspacesModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
