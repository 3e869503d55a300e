import { Module } from '@nestjs/common';
import { ClaimStoreModule } from '../claims/claim-store.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';
import { DocumentStoreModule } from './document-store.module.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

@Module({
  imports: [
    DocumentStoreModule,
    ClaimStoreModule,
    ClaimsModule,
    FlagsModule,
    LedgerModule,
    WorkspacesModule,
  ],
  controllers: [DocumentsController],
  providers: [DocumentsService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
