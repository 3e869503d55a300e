import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { DocumentStoreModule } from './document-store.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

@Module({
  imports: [DocumentStoreModule, ClaimsModule, FlagsModule, LedgerModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
