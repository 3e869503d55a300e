import { Module } from '@nestjs/common';
import { ApiKeyRepository } from './api-key.repository.js';
import { AuthGuard } from './auth.guard.js';

@Module({
  providers: [ApiKeyRepository, AuthGuard],
  exports: [ApiKeyRepository, AuthGuard],
})
export class AuthModule {}
