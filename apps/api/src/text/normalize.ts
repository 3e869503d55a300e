import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { codePointLength } from './code-points.js';

export interface StoredText {
  text: string;
  sha256: string;
  /** Length in Unicode code points. */
  length: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The one normalisation a document's text gets before it is stored: CRLF and CR
 * to LF, then Unicode NFC. Text with NUL or an unpaired surrogate is refused
 * rather than stored altered.
 */
export function normalizeText(raw: string, field = 'text'): StoredText {
  const nul = raw.indexOf('\u0000');
  if (nul !== -1) {
    throw new DomainError(ErrorCode.InvalidText, `${field} contains a NUL character`, {
      errors: [{ field, message: `contains a NUL character at UTF-16 index ${nul}` }],
    });
  }
  const surrogate = LONE_SURROGATE.exec(raw);
  if (surrogate) {
    throw new DomainError(ErrorCode.InvalidText, `${field} contains an unpaired surrogate`, {
      errors: [
        { field, message: `contains an unpaired surrogate at UTF-16 index ${surrogate.index}` },
      ],
    });
  }
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  return { text, sha256: sha256Hex(text), length: codePointLength(text) };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
