import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * Signed checkpoints of a workspace's chain (GET /v1/ledger/head): the server
 * signs `{workspaceId, seq, hash, at}` with its Ed25519 key, so an auditor who
 * keeps one can later prove which head the server showed. The signature covers
 * the RFC 8785 canonical JSON of those four fields and is written in base64url.
 */

export interface Checkpoint {
  workspaceId: string;
  seq: number;
  hash: string;
  at: string;
}

export interface SignedCheckpoint extends Checkpoint {
  signature: string;
}

/**
 * A checkpoint as an auditor kept it (e.g. the body of GET /v1/ledger/head):
 * the workspace may be missing (the chain's events name it), and so may the
 * signature when only seq and hash were written down.
 */
export interface CheckpointReference {
  workspaceId?: string;
  seq: number;
  hash: string;
  at?: string;
  signature?: string;
}

export interface CheckpointKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

/** A key or checkpoint file that cannot be used; the message says why. */
export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

export function generateCheckpointKeyPair(): CheckpointKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** An Ed25519 private key from PKCS#8 PEM text. */
export function loadPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new CheckpointError('not a PEM private key');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new CheckpointError(`an ${key.asymmetricKeyType ?? 'unknown'} key, not an Ed25519 key`);
  }
  return key;
}

/** An Ed25519 public key from SPKI PEM text. */
export function loadPublicKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new CheckpointError('not a PEM public key');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new CheckpointError(`an ${key.asymmetricKeyType ?? 'unknown'} key, not an Ed25519 key`);
  }
  return key;
}

/** The PEM to publish at GET /v1/ledger/public-key. */
export function publicKeyPemOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}

/** The bytes that are signed: the canonical JSON of the four checkpoint fields. */
export function checkpointPayload(checkpoint: Checkpoint): Buffer {
  const canonical = canonicalize({
    workspaceId: checkpoint.workspaceId,
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    at: checkpoint.at,
  });
  if (canonical === undefined) throw new Error('checkpoint cannot be canonicalised');
  return Buffer.from(canonical, 'utf8');
}

export function signCheckpoint(checkpoint: Checkpoint, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, checkpointPayload(checkpoint), privateKey).toString('base64url');
  return {
    workspaceId: checkpoint.workspaceId,
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    at: checkpoint.at,
    signature,
  };
}

const ED25519_SIGNATURE_BYTES = 64;

/** True when the signature is the public key's over exactly these fields. */
export function verifyCheckpoint(
  checkpoint: SignedCheckpoint,
  publicKey: KeyObject | string,
): boolean {
  const key = typeof publicKey === 'string' ? loadPublicKey(publicKey) : publicKey;
  if (!/^[A-Za-z0-9_-]+$/.test(checkpoint.signature)) return false;
  const signature = Buffer.from(checkpoint.signature, 'base64url');
  if (signature.length !== ED25519_SIGNATURE_BYTES) return false;
  return verify(null, checkpointPayload(checkpoint), key, signature);
}

/** A checkpoint read from a file (parsed JSON); throws CheckpointError naming the bad field. */
export function parseCheckpoint(value: unknown): CheckpointReference {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CheckpointError('a checkpoint must be a JSON object with seq and hash');
  }
  const fields = value as Record<string, unknown>;
  const { seq, hash } = fields;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) {
    throw new CheckpointError('checkpoint seq must be a non-negative integer');
  }
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/i.test(hash)) {
    throw new CheckpointError('checkpoint hash must be 64 hexadecimal digits');
  }
  const reference: CheckpointReference = { seq, hash: hash.toLowerCase() };
  for (const name of ['workspaceId', 'at', 'signature'] as const) {
    const optional = fields[name];
    if (optional === undefined || optional === null) continue;
    if (typeof optional !== 'string')
      throw new CheckpointError(`checkpoint ${name} must be a string`);
    reference[name] = optional;
  }
  return reference;
}
