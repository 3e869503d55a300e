import { toExportRecord } from './export-record.js';
import type { HashedEvent } from './ledger-hash.js';

/**
 * The JSON text of an exported event (NDJSON's line without its "\n", an item
 * of the JSON array) from the event's stored canonical JSON and its hash:
 * JSON.stringify(toExportRecord({ ...JSON.parse(canonical), hash })).
 *
 * Canonical JSON (canonicalEvent) is what JSON.stringify writes, with sorted
 * keys; so the fields' texts are cut out of it and put in the export's order
 * without parsing it. A text laid out otherwise, or whose data has a key that
 * is an integer (JSON.parse puts those first, out of the sorted order), is
 * parsed and written again.
 */
export function exportRecordJson(canonical: string, hash: string): string {
  return cutExportRecordJson(canonical, hash) ?? parsedExportRecordJson(canonical, hash);
}

export function parsedExportRecordJson(canonical: string, hash: string): string {
  const event = { ...(JSON.parse(canonical) as Omit<HashedEvent, 'hash'>), hash };
  return JSON.stringify(toExportRecord(event));
}

/** A key of an object in the data that JSON.parse would move before the others. */
const INTEGER_KEY = /[{,]"\d+":/;

function cutExportRecordJson(canonical: string, hash: string): string | null {
  const head = new FieldReader(canonical);
  const action = head.after('{"action":').string();
  const actorId = head.after(',"actor":{"id":').stringOrNull();
  const actorRole = head.after(',"role":').string();
  const at = head.after('},"at":').string();
  const dataStart = head.after(',"data":').position;

  const tail = new FieldReaderBackwards(canonical);
  const workspaceId = tail.before('}').string();
  const subjectType = tail.before('},"workspaceId":').string();
  const subjectId = tail.before(',"type":').string();
  const seq = tail.before(',"subject":{"id":').digits();
  const prevHash = tail.before(',"seq":').string();
  const dataEnd = tail.before(',"prevHash":').position;

  if (head.failed || tail.failed || !isOneValue(canonical, dataStart, dataEnd)) return null;
  const data = canonical.slice(dataStart, dataEnd);
  if (INTEGER_KEY.test(data)) return null;
  return (
    `{"seq":${seq},"at":${at},"workspaceId":${workspaceId},` +
    `"actor":{"id":${actorId},"role":${actorRole}},"action":${action},` +
    `"subject":{"type":${subjectType},"id":${subjectId}},"data":${data},` +
    `"prevHash":${prevHash},"hash":${JSON.stringify(hash)}}`
  );
}

const QUOTE = '"';

/** Whether the quote at `index` is escaped: an odd number of backslashes before it. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Whether text[start, end) holds one JSON value and no more: no comma outside its brackets. */
function isOneValue(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === QUOTE) {
      i = text.indexOf(QUOTE, i + 1);
      while (i !== -1 && isEscaped(text, i)) i = text.indexOf(QUOTE, i + 1);
      if (i === -1 || i >= end) return false;
    } else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      if (--depth < 0) return false;
    } else if (char === ',' && depth === 0) return false;
  }
  return depth === 0;
}

/** Reads literal text and JSON strings from the start; once something does not match, `failed`. */
class FieldReader {
  position = 0;
  failed = false;

  constructor(private readonly text: string) {}

  after(literal: string): this {
    if (!this.failed && this.text.startsWith(literal, this.position)) {
      this.position += literal.length;
    } else this.failed = true;
    return this;
  }

  /** The JSON string here, with its quotes. */
  string(): string {
    if (this.failed || this.text[this.position] !== QUOTE) return this.fail();
    let close = this.text.indexOf(QUOTE, this.position + 1);
    while (close !== -1 && isEscaped(this.text, close)) close = this.text.indexOf(QUOTE, close + 1);
    if (close === -1) return this.fail();
    const token = this.text.slice(this.position, close + 1);
    this.position = close + 1;
    return token;
  }

  stringOrNull(): string {
    if (this.failed || !this.text.startsWith('null', this.position)) return this.string();
    this.position += 4;
    return 'null';
  }

  private fail(): string {
    this.failed = true;
    return '';
  }
}

/** Reads literal text, JSON strings and digits backwards from the end. */
class FieldReaderBackwards {
  /** Where the text read so far starts. */
  position: number;
  failed = false;

  constructor(private readonly text: string) {
    this.position = text.length;
  }

  before(literal: string): this {
    const start = this.position - literal.length;
    if (!this.failed && start >= 0 && this.text.startsWith(literal, start)) {
      this.position = start;
    } else this.failed = true;
    return this;
  }

  /** The JSON string that ends here, with its quotes. */
  string(): string {
    const close = this.position - 1;
    if (this.failed || close < 1 || this.text[close] !== QUOTE) return this.fail();
    let open = this.text.lastIndexOf(QUOTE, close - 1);
    while (open !== -1 && isEscaped(this.text, open)) open = this.text.lastIndexOf(QUOTE, open - 1);
    if (open === -1) return this.fail();
    this.position = open;
    return this.text.slice(open, close + 1);
  }

  /** The positive integer that ends here. */
  digits(): string {
    let start = this.position;
    while (start > 0 && this.text[start - 1] >= '0' && this.text[start - 1] <= '9') start--;
    if (this.failed || start === this.position || this.text[start] === '0') return this.fail();
    const token = this.text.slice(start, this.position);
    this.position = start;
    return token;
  }

  private fail(): string {
    this.failed = true;
    return '';
  }
}
