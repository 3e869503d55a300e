import {
  generateApiKey,
  hashApiKey,
  isWellFormedKey,
  keyMatchesHash,
  keyPrefix,
} from './api-key.js';

describe('API keys', () => {
  it('are 32 random bytes with a visible prefix, stored only as a hash', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(isWellFormedKey(key)).toBe(true);
    expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(32);
    expect(prefix).toBe(keyPrefix(key));
    expect(key.startsWith(prefix)).toBe(true);
    expect(hash).toBe(hashApiKey(key));
    expect(hash).not.toContain(key.slice(4));
  });

  it('differ every time', () => {
    expect(generateApiKey().key).not.toBe(generateApiKey().key);
  });

  it('match only their own hash', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(keyMatchesHash(a.key, a.hash)).toBe(true);
    expect(keyMatchesHash(a.key, b.hash)).toBe(false);
  });

  it.each(['', 'Bearer', 'clk_short', `xyz_${'a'.repeat(43)}`, `clk_${'a'.repeat(42)}!`])(
    'rejects the malformed key %j',
    (key) => expect(isWellFormedKey(key)).toBe(false),
  );
});
