/** Small character and word helpers shared by the scanners. Positions are UTF-16 indices. */

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** ASCII is answered without a regex: these run for nearly every character a scanner looks at. */
export function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
}

export function isUpperLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

export function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0' || char === '\t';
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_CHARS = /[\p{L}\p{M}\p{N}'’.&-]/u;

/** WORD_CHARS, with ASCII answered without a regex. */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code >= 128) return WORD_CHARS.test(char);
  return (
    isLetter(char) || isDigit(char) || char === "'" || char === '.' || char === '&' || char === '-'
  );
}

/**
 * The word that ends just before `position`, separated from it by exactly one
 * space ("Boeing" in "Boeing 737"); null when there is none or punctuation is between.
 */
export function wordBefore(text: string, position: number, maxLength = 30): Word | null {
  let end = position;
  if (!isSpace(text[end - 1])) return null;
  end--;
  let start = end;
  while (start > 0 && end - start < maxLength && isWordChar(text[start - 1])) start--;
  // Trailing dots belong to the word only for abbreviations ("No."); strip other punctuation.
  while (start < end && !isLetter(text[start]) && !isDigit(text[start])) start++;
  if (start >= end) return null;
  return { text: text.slice(start, end), start, end };
}

/** Index after the last non-space character before `position` (for a run that lost its closing mark). */
export function trimEndBefore(text: string, from: number, position: number): number {
  let end = position;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

export function trimStartFrom(text: string, position: number, to: number): number {
  let start = position;
  while (start < to && /\s/.test(text[start])) start++;
  return start;
}

/** Collapses whitespace and trims, for subjects and names built from the text. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A test of whether a string ends with a match of `pattern`, a regex whose
 * every alternative ends in `$`: the pattern becomes a sticky lookbehind tried
 * at the string's end only, one backward match instead of a forward try at
 * every position of a long "text before".
 */
export function endTest(pattern: RegExp): (text: string) => boolean {
  const atEnd = new RegExp(`(?<=${pattern.source})`, `${pattern.flags}y`);
  return (text) => {
    atEnd.lastIndex = text.length;
    return atEnd.test(text);
  };
}

/** Like `endTest`, for a match whose groups are read: `pattern` runs only on a string that ends with a match. */
export function endExec(pattern: RegExp): (text: string) => RegExpExecArray | null {
  const endsWithMatch = endTest(pattern);
  return (text) => (endsWithMatch(text) ? pattern.exec(text) : null);
}
