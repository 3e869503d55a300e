import { Module } from '@nestjs/common';
import { ClaimStoreModule } from '../claims/claim-store.module.js';
import { DocumentStoreModule } from '../documents/document-store.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ChecksRunner } from './checks-runner.js';
import { FlagRepository } from './flag.repository.js';
import { FlagsController } from './flags.controller.js';
import { FlagsService } from './flags.service.js';

@Module({
  imports: [ClaimStoreModule, DocumentStoreModule, LedgerModule],
  controllers: [FlagsController],
  providers: [FlagRepository, ChecksRunner, FlagsService],
  exports: [FlagRepository, ChecksRunner],
})
export class FlagsModule {}
