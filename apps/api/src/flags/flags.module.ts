import { Module } from '@nestjs/common';
import { FlagRepository } from './flag.repository.js';

@Module({ providers: [FlagRepository], exports: [FlagRepository] })
export class FlagsModule {}
