import { Module } from '@nestjs/common';
import { ClaimRepository } from './claim.repository.js';
import { ClaimStatementRepository } from './claim-statement.repository.js';
import { DocumentRepository } from './document.repository.js';
import { FlagRepository } from './flag.repository.js';
import { RelationRepository } from './relation.repository.js';

const REPOSITORIES = [
  ClaimRepository,
  ClaimStatementRepository,
  DocumentRepository,
  FlagRepository,
  RelationRepository,
];

/**
 * The storage of documents, claims, relations and flags, shared by every
 * feature: repositories sit below the features, so no feature imports another
 * to reach its data.
 */
@Module({ providers: REPOSITORIES, exports: REPOSITORIES })
export class StoreModule {}
