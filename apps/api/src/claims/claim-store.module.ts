import { Module } from '@nestjs/common';
import { ClaimRepository } from './claim.repository.js';
import { RelationRepository } from './relation.repository.js';

/** Claim and relation storage, shared by the claims, documents and flags features. */
@Module({
  providers: [ClaimRepository, RelationRepository],
  exports: [ClaimRepository, RelationRepository],
})
export class ClaimStoreModule {}
