import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key is `clk_` + base64url of 32 random bytes. Its first 12 characters
 * are its visible prefix (shown in lists, used to look it up and to revoke it);
 * only the SHA-256 of the whole key is stored.
 */
export const KEY_PREFIX_LENGTH = 12;
const KEY_PATTERN = /^clk_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const key = `clk_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, KEY_PREFIX_LENGTH), hash: hashApiKey(key) };
}

export function isWellFormedKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function keyPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX_LENGTH);
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function keyMatchesHash(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
