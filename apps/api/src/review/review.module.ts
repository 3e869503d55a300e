import { Module } from '@nestjs/common';
import { ClaimStoreModule } from '../claims/claim-store.module.js';
import { DocumentStoreModule } from '../documents/document-store.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { ReviewController } from './review.controller.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [ClaimStoreModule, DocumentStoreModule, FlagsModule, LedgerModule, WorkspacesModule],
  controllers: [ReviewController],
  providers: [ReviewService],
})
export class ReviewModule {}
