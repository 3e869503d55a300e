import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { PgPool } from './pg-pool.js';
import { PrismaService } from './prisma.service.js';

@Global()
@Module({
  providers: [
    {
      provide: PrismaService,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new PrismaService(config.databaseUrl),
    },
    {
      provide: PgPool,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new PgPool(config.databaseUrl),
    },
  ],
  exports: [PrismaService, PgPool],
})
export class DatabaseModule {}
