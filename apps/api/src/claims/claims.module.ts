import { Module } from '@nestjs/common';
import { CheckRunsModule } from '../check-runs/check-runs.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { StoreModule } from '../store/store.module.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';
import { RelationsService } from './relations.service.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';

@Module({
  imports: [StoreModule, CheckRunsModule, LedgerModule, WorkspacesModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, RelationsService],
  exports: [ClaimsService],
})
export class ClaimsModule {}
