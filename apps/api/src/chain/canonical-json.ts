import canonicalize from 'canonicalize';

/** A code unit of a surrogate pair standing alone: RFC 8785 refuses it. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * RFC 8785 (JCS) canonical JSON: the text, errors and undefined results of the
 * `canonicalize` package. A value whose objects already list their keys in
 * sorted order (as JSON.parse gives back canonical JSON, and as canonicalEvent
 * builds an event) is written by JSON.stringify in one native pass; any other
 * value is left to `canonicalize`.
 */
export function canonicalJson(value: unknown): string | undefined {
  return isInCanonicalOrder(value) ? JSON.stringify(value) : canonicalize(value);
}

/**
 * True when JSON.stringify(value) is its canonical JSON: plain data only
 * (no undefined, toJSON, class instances), finite numbers, no lone surrogates,
 * and every object's own keys already in sorted order.
 */
function isInCanonicalOrder(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean' || value === null) return true;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) return arrayInCanonicalOrder(value);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return objectInCanonicalOrder(value as Record<string, unknown>);
}

function arrayInCanonicalOrder(array: unknown[]): boolean {
  if (Object.getPrototypeOf(array) !== Array.prototype) return false;
  for (let index = 0; index < array.length; index++) {
    if (!isInCanonicalOrder(array[index])) return false;
  }
  return true;
}

function objectInCanonicalOrder(object: Record<string, unknown>): boolean {
  let previous: string | null = null;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) return false;
    if (previous !== null && !(previous < key)) return false;
    if (LONE_SURROGATE.test(key) || !isInCanonicalOrder(object[key])) return false;
    previous = key;
  }
  return true;
}
