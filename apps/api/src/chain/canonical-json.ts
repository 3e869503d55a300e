import canonicalize from 'canonicalize';

/** A code unit of a surrogate pair standing alone: RFC 8785 refuses it. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * RFC 8785 (JCS) canonical JSON: the text, errors and undefined results of the
 * `canonicalize` package. A value whose objects already list their keys in
 * sorted order (as JSON.parse gives back canonical JSON, and as canonicalEvent
 * builds an event) is written by JSON.stringify in one native pass; other plain
 * data is copied with its keys sorted and written the same way; anything else
 * is left to `canonicalize`.
 */
export function canonicalJson(value: unknown): string | undefined {
  if (isInCanonicalOrder(value)) return JSON.stringify(value);
  const sorted = withSortedKeys(value);
  return sorted === NOT_PLAIN ? canonicalize(value) : JSON.stringify(sorted);
}

const NOT_PLAIN = Symbol('not plain data');
/** A key JavaScript lists before the others whatever its place: "0", "10". */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * A copy of plain data with every object's keys in sorted order (UTF-16 code
 * units, as RFC 8785), so that JSON.stringify writes it canonically; NOT_PLAIN
 * for what it would not (as isInCanonicalOrder, and integer keys, which no
 * object keeps in sorted order).
 */
function withSortedKeys(value: unknown): unknown {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? NOT_PLAIN : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_PLAIN;
  if (typeof value === 'boolean' || value === null) return value;
  if (typeof value !== 'object') return NOT_PLAIN;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return NOT_PLAIN;
    const copy: unknown[] = [];
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) return NOT_PLAIN;
      const item = withSortedKeys(value[index]);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy.push(item);
    }
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return NOT_PLAIN;
  const object = value as Record<string, unknown>;
  // No prototype: "__proto__" stays a key like any other.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(object).sort()) {
    if (ARRAY_INDEX.test(key) || LONE_SURROGATE.test(key)) return NOT_PLAIN;
    const member = withSortedKeys(object[key]);
    if (member === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = member;
  }
  return copy;
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
