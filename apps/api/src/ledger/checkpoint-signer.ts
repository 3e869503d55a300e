import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import {
  generateCheckpointKeyPair,
  loadPrivateKey,
  publicKeyPemOf,
  signCheckpoint,
  type Checkpoint,
  type SignedCheckpoint,
} from '../chain/checkpoint.js';

/**
 * Signs ledger heads with the server's Ed25519 key, so an auditor who saved a
 * checkpoint can later prove the history was not rewritten. The key comes from
 * LEDGER_SIGNING_KEY, or from its file, which is generated on first start.
 */
@Injectable()
export class CheckpointSigner implements OnModuleInit {
  private privateKey: KeyObject;
  publicKeyPem: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    this.privateKey = loadPrivateKey(this.config.signingKeyPem ?? (await this.keyFromFile()));
    this.publicKeyPem = publicKeyPemOf(this.privateKey);
  }

  sign(checkpoint: Checkpoint): SignedCheckpoint {
    return signCheckpoint(checkpoint, this.privateKey);
  }

  private async keyFromFile(): Promise<string> {
    const file = this.config.signingKeyFile;
    if (existsSync(file)) return readFile(file, 'utf8');
    const { privateKeyPem } = generateCheckpointKeyPair();
    await mkdir(path.dirname(file), { recursive: true });
    // Two servers starting at once: the first one writes the key, both use it.
    await writeFile(file, privateKeyPem, { mode: 0o600, flag: 'wx' }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      },
    );
    return readFile(file, 'utf8');
  }
}
