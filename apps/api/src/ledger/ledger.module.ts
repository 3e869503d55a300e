import { Module } from '@nestjs/common';
import { LedgerEventRepository } from './ledger-event.repository.js';
import { LedgerController } from './ledger.controller.js';
import { LedgerService } from './ledger.service.js';
import { LedgerWriter } from './ledger-writer.js';

@Module({
  controllers: [LedgerController],
  providers: [LedgerEventRepository, LedgerWriter, LedgerService],
  exports: [LedgerWriter, LedgerEventRepository],
})
export class LedgerModule {}
