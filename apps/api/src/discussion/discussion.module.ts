import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module.js';
import { CheckRunsModule } from '../check-runs/check-runs.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { DiscussionController } from './discussion.controller.js';
import { DiscussionRepository } from './discussion.repository.js';
import { DiscussionService } from './discussion.service.js';

@Module({
  imports: [StoreModule, CheckRunsModule, LedgerModule],
  controllers: [DiscussionController],
  providers: [DiscussionRepository, DiscussionService],
})
export class DiscussionModule {}
