import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { fetchPage, SEQ_CURSOR } from '../common/pagination.js';
import type { LedgerEventsQuery } from './ledger-export.dto.js';
import { LedgerEventRepository, type ChainHead } from './ledger-event.repository.js';
import { CheckpointSigner } from './checkpoint-signer.js';
import { GENESIS_HASH } from '../chain/ledger-hash.js';
import type {
  LedgerEventPageResponse,
  LedgerHeadResponse,
  PublicKeyResponse,
} from './ledger.response.js';

@Injectable()
export class LedgerService {
  constructor(
    private readonly eventStore: LedgerEventRepository,
    private readonly signer: CheckpointSigner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The latest event's seq and hash, signed with the server's key. */
  async head(actor: Actor): Promise<LedgerHeadResponse> {
    const head: ChainHead = (await this.eventStore.head(actor.workspaceId)) ?? {
      seq: 0,
      hash: GENESIS_HASH,
      at: new Date(0).toISOString(),
    };
    return this.signer.sign({ workspaceId: actor.workspaceId, ...head });
  }

  publicKey(): PublicKeyResponse {
    return { algorithm: 'Ed25519', publicKey: this.signer.publicKeyPem };
  }

  async events(actor: Actor, query: LedgerEventsQuery): Promise<LedgerEventPageResponse> {
    return fetchPage(query, this.config.maxPageSize, SEQ_CURSOR, (after, take) =>
      this.eventStore.page(actor.workspaceId, after, take, query),
    );
  }
}
