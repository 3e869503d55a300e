import { Module } from '@nestjs/common';
import { LedgerEventRepository } from './ledger-event.repository.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerService } from './ledger.service.js';
import { LedgerWriter } from './ledger-writer.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { LedgerExportService } from './ledger-export.service.js';

@Module({
  controllers: [LedgerController],
  providers: [
    LedgerEventRepository,
    LedgerWriter,
    LedgerService,
    CheckpointSigner,
    LedgerExportService,
  ],
  exports: [LedgerWriter, LedgerEventRepository, LedgerExportService],
})
export class LedgerModule {}
