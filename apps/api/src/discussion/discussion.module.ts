import { Module } from '@nestjs/common';
import { ClaimStoreModule } from '../claims/claim-store.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { DiscussionController } from './discussion.controller.js';
import { DiscussionRepository } from './discussion.repository.js';
import { DiscussionService } from './discussion.service.js';

@Module({
  imports: [ClaimStoreModule, FlagsModule, LedgerModule],
  controllers: [DiscussionController],
  providers: [DiscussionRepository, DiscussionService],
})
export class DiscussionModule {}
