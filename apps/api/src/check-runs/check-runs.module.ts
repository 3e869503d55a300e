import { Module } from '@nestjs/common';
import { StoreModule } from '../store/store.module.js';
import { ChecksRunner } from './checks-runner.js';

/** Running the checks of a document inside a write and turning findings into flags. */
@Module({ imports: [StoreModule], providers: [ChecksRunner], exports: [ChecksRunner] })
export class CheckRunsModule {}
