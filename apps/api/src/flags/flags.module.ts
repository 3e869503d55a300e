import { Module } from '@nestjs/common';
import { CheckRunsModule } from '../check-runs/check-runs.module.js';
import { LedgerModule } from '../ledger/ledger.module.js';
import { StoreModule } from '../store/store.module.js';
import { FlagsController } from './flags.controller.js';
import { FlagsService } from './flags.service.js';

@Module({
  imports: [StoreModule, CheckRunsModule, LedgerModule],
  controllers: [FlagsController],
  providers: [FlagsService],
})
export class FlagsModule {}
