import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { logStream } from './logging/log-stream.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DiscussionModule } from './discussion/discussion.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { FlagsModule } from './flags/flags.module.js';
import { HealthModule } from './health/health.module.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { ReviewModule } from './review/review.module.js';
import { VersionsModule } from './versions/versions.module.js';
import { WorkspacesModule } from './workspaces/workspaces.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // nestjs-pino's default route pattern matches nothing on Fastify: no request was logged.
          forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: config.logLevel,
              // An access line: method, path, status, duration (responseTime) and the request id.
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url,
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              // The id Fastify gave the request (common/http-conventions.ts), in every line of it.
              genReqId: (req) => (req as { id?: string }).id ?? '',
              // Probes of orchestrators would drown the access log.
              autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
            },
            logStream(config.logFormat, config.logFd),
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
        VersionsModule,
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
