import { Module } from '@nestjs/common';
import { DocumentStoreModule } from '../documents/document-store.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ClaimStoreModule } from './claim-store.module.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';

@Module({
  imports: [ClaimStoreModule, DocumentStoreModule, FlagsModule, LedgerModule],
  controllers: [ClaimsController],
  providers: [ClaimsService],
  exports: [ClaimsService],
})
export class ClaimsModule {}
