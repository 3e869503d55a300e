import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { StoreModule } from '../store/store.module.js';
import { ChecksRunner } from './checks-runner.js';
import { FlagChangeWriter } from './flag-change-writer.js';
import { StatementsBackfill } from './statements-backfill.js';

/** Running the checks of a document inside a write and turning findings into flags. */
@Module({
  imports: [StoreModule, LedgerModule],
  providers: [ChecksRunner, FlagChangeWriter, StatementsBackfill],
  exports: [ChecksRunner, StatementsBackfill],
})
export class CheckRunsModule {}
