import { Module } from '@nestjs/common';
import { DocumentStoreModule } from '../documents/document-store.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ClaimRepository } from './claim.repository.js';
import { ClaimsController } from './claims.controller.js';
import { ClaimsService } from './claims.service.js';
import { RelationRepository } from './relation.repository.js';

@Module({
  imports: [DocumentStoreModule, LedgerModule],
  controllers: [ClaimsController],
  providers: [ClaimRepository, RelationRepository, ClaimsService],
  exports: [ClaimRepository, RelationRepository, ClaimsService],
})
export class ClaimsModule {}
