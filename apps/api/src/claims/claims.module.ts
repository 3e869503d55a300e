import { Module } from '@nestjs/common';
import { DocumentStoreModule } from '../documents/document-store.module.js';
import { FlagsModule } from '../flags/flags.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ClaimStoreModule } from './claim-store.module.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';
import { RelationsService } from './relations.service.js';
import { WorkspacesModule } from '../workspaces/workspaces.module.js';

@Module({
  imports: [ClaimStoreModule, DocumentStoreModule, FlagsModule, LedgerModule, WorkspacesModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, RelationsService],
  exports: [ClaimsService],
})
export class ClaimsModule {}
