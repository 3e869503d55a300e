import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module.js';
import { CheckRunsModule } from '../check-runs/check-runs.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ClaimAnchorService } from './claim-anchor.service.js';
import { VersionsController } from './versions.controller.js';
import { VersionsService } from './versions.service.js';

/** Corrected articles: new versions of a document's text, and the claims they re-anchor. */
@Module({
  imports: [StoreModule, CheckRunsModule, ClaimsModule, LedgerModule],
  controllers: [VersionsController],
  providers: [VersionsService, ClaimAnchorService],
  exports: [VersionsService],
})
export class VersionsModule {}
