import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { AuthGuard } from './auth.guard.js';
import { FailedAuthentications } from './failed-authentications.js';

@Module({
  providers: [
    ApiKeyRepository,
    AuthGuard,
    {
      provide: FailedAuthentications,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FailedAuthentications(config.authFailuresPerMinute),
    },
  ],
  exports: [ApiKeyRepository, AuthGuard],
})
export class AuthModule {}
