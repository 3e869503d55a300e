import { generateKeyPairSync } from 'node:crypto';
import {
  checkpointPayload,
  CheckpointError,
  generateCheckpointKeyPair,
  loadPrivateKey,
  loadPublicKey,
  parseCheckpoint,
  publicKeyPemOf,
  signCheckpoint,
  verifyCheckpoint,
  type Checkpoint,
} from './checkpoint.js';

const checkpoint: Checkpoint = {
  workspaceId: 'ws-1',
  seq: 42,
  hash: 'ab'.repeat(32),
  at: '2026-01-02T03:04:05.678Z',
};

describe('checkpoint keys', () => {
  it('generates an Ed25519 key pair as PEM', () => {
    const pair = generateCheckpointKeyPair();
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(loadPrivateKey(pair.privateKeyPem).asymmetricKeyType).toBe('ed25519');
    expect(publicKeyPemOf(loadPrivateKey(pair.privateKeyPem))).toBe(pair.publicKeyPem);
  });

  it('refuses text that is not a key, and keys that are not Ed25519', () => {
    expect(() => loadPrivateKey('hello')).toThrow(new CheckpointError('not a PEM private key'));
    expect(() => loadPublicKey('hello')).toThrow(new CheckpointError('not a PEM public key'));
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    expect(() => loadPrivateKey(rsa.privateKey)).toThrow('an rsa key, not an Ed25519 key');
    expect(() => loadPublicKey(rsa.publicKey)).toThrow('an rsa key, not an Ed25519 key');
  });
});

describe('signed checkpoints', () => {
  const pair = generateCheckpointKeyPair();
  const privateKey = loadPrivateKey(pair.privateKeyPem);

  it('signs the canonical JSON of workspaceId, seq, hash and at', () => {
    expect(checkpointPayload(checkpoint).toString()).toBe(
      `{"at":"2026-01-02T03:04:05.678Z","hash":"${'ab'.repeat(32)}","seq":42,"workspaceId":"ws-1"}`,
    );
    const signed = signCheckpoint(checkpoint, privateKey);
    expect(signed).toMatchObject(checkpoint);
    expect(signed.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifyCheckpoint(signed, pair.publicKeyPem)).toBe(true);
    expect(verifyCheckpoint(signed, loadPublicKey(pair.publicKeyPem))).toBe(true);
  });

  it.each([
    ['seq', { seq: 43 }],
    ['hash', { hash: 'cd'.repeat(32) }],
    ['at', { at: '2026-01-02T03:04:05.679Z' }],
    ['workspaceId', { workspaceId: 'ws-2' }],
  ])('fails when %s is tampered with', (_field, change) => {
    const signed = signCheckpoint(checkpoint, privateKey);
    expect(verifyCheckpoint({ ...signed, ...change }, pair.publicKeyPem)).toBe(false);
  });

  it('fails with another key, or a malformed signature', () => {
    const signed = signCheckpoint(checkpoint, privateKey);
    const other = generateCheckpointKeyPair();
    expect(verifyCheckpoint(signed, other.publicKeyPem)).toBe(false);
    const flipped = (signed.signature[0] === 'A' ? 'B' : 'A') + signed.signature.slice(1);
    expect(verifyCheckpoint({ ...signed, signature: flipped }, pair.publicKeyPem)).toBe(false);
    for (const signature of ['', 'abc', `${signed.signature}AA`, `${signed.signature.slice(1)}+`]) {
      expect(verifyCheckpoint({ ...signed, signature }, pair.publicKeyPem)).toBe(false);
    }
  });
});

describe('parseCheckpoint', () => {
  it('reads the body of GET /v1/ledger/head, with or without a workspace', () => {
    const { workspaceId: _workspaceId, ...head } = { ...checkpoint, signature: 'sig' };
    expect(parseCheckpoint(head)).toEqual(head);
    expect(parseCheckpoint({ ...head, workspaceId: 'ws-1', extra: 1 })).toEqual({
      ...head,
      workspaceId: 'ws-1',
    });
    expect(parseCheckpoint({ seq: 0, hash: 'AB'.repeat(32) })).toEqual({
      seq: 0,
      hash: 'ab'.repeat(32),
    });
  });

  it('names what is wrong', () => {
    expect(() => parseCheckpoint([])).toThrow(
      'a checkpoint must be a JSON object with seq and hash',
    );
    expect(() => parseCheckpoint({ seq: '1', hash: 'ab'.repeat(32) })).toThrow(
      'checkpoint seq must be a non-negative integer',
    );
    expect(() => parseCheckpoint({ seq: 1, hash: 'xyz' })).toThrow(
      'checkpoint hash must be 64 hexadecimal digits',
    );
    expect(() => parseCheckpoint({ seq: 1, hash: 'ab'.repeat(32), signature: 5 })).toThrow(
      'checkpoint signature must be a string',
    );
  });
});
