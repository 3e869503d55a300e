import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module.js';
import { CheckRunsModule } from '../check-runs/check-runs.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { ReviewController } from './review.controller.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [StoreModule, CheckRunsModule, LedgerModule, WorkspacesModule],
  controllers: [ReviewController],
  providers: [ReviewService],
})
export class ReviewModule {}
