import { Module } from '@nestjs/common';
import { DocumentRepository } from './document.repository.js';

/** Document storage, shared by the documents and claims features. */
@Module({ providers: [DocumentRepository], exports: [DocumentRepository] })
export class DocumentStoreModule {}
