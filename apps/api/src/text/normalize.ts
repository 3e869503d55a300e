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
 * Why a string cannot be stored as it is, at which offset (in code points, as
 * every offset the API gives): a NUL character (PostgreSQL's text
 * refuses it) or an unpaired surrogate (UTF-8 cannot encode it, so it would be
 * stored altered). Null when it can. Every string the API takes passes here.
 */
export function unstorableCharacter(raw: string): string | null {
  const nul = raw.indexOf('\u0000');
  if (nul !== -1) return `contains a NUL character at offset ${codePointLength(raw.slice(0, nul))}`;
  const surrogate = LONE_SURROGATE.exec(raw);
  if (surrogate)
    return `contains an unpaired surrogate at offset ${codePointLength(raw.slice(0, surrogate.index))}`;
  return null;
}

/** A refusal of a string that cannot be stored, naming its field. */
export function unstorableTextError(field: string, problem: string): DomainError {
  return new DomainError(ErrorCode.InvalidText, `${field} ${problem}`, {
    errors: [{ field, message: problem }],
  });
}

/**
 * The one normalisation a document's text gets before it is stored: CRLF and CR
 * to LF, then Unicode NFC. Text that cannot be stored unaltered is refused.
 */
export function normalizeText(raw: string, field = 'text'): StoredText {
  const problem = unstorableCharacter(raw);
  if (problem !== null) throw unstorableTextError(field, problem);
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC');
  return { text, sha256: sha256Hex(text), length: codePointLength(text) };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
