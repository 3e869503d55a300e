import { Module } from '@nestjs/common';
import { ClaimStoreModule } from '../claims/claim-store.module.js';
import { DocumentStoreModule } from '../documents/document-store.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ClaimAnchorService } from './claim-anchor.service.js';
import { VersionsController } from './versions.controller.js';
import { VersionsService } from './versions.service.js';

/** Corrected articles: new versions of a document's text, and the claims they re-anchor. */
@Module({
  imports: [ClaimStoreModule, DocumentStoreModule, FlagsModule, LedgerModule],
  controllers: [VersionsController],
  providers: [VersionsService, ClaimAnchorService],
  exports: [VersionsService],
})
export class VersionsModule {}
