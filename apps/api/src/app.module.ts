import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { pino } from 'pino';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DiscussionModule } from './discussion/discussion.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { ProblemDetailsFilter } from './errors/problem-details.filter.js';
import { FlagsModule } from './flags/flags.module.js';
import { HealthModule } from './health/health.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { ReviewModule } from './review/review.module.js';
import { WorkspacesModule } from './workspaces/workspaces.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              redact: ['req.headers.authorization'],
              autoLogging: { ignore: (req) => req.url === '/health' },
            },
            pino.destination({ fd: config.logFd, sync: false }),
          ],
        }),
        DatabaseModule,
        AuthModule,
        LedgerModule,
        WorkspacesModule,
        DocumentsModule,
        ClaimsModule,
        FlagsModule,
        ReviewModule,
        DiscussionModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useExisting: AuthGuard },
      ],
    };
  }
}
