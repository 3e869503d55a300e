/**
 * Offsets in this project count Unicode code points (W3C TextPositionSelector),
 * while JavaScript strings index UTF-16 code units. This is the one place that
 * converts between the two.
 */
/** Any UTF-16 surrogate, paired or not. */
const SURROGATE = /[\ud800-\udfff]/;

export class CodePointIndex {
  /**
   * utf16Starts[i] = UTF-16 index of code point i; one extra entry for the end.
   * Null when the text has no surrogate pair: then both offsets are the same,
   * as in most articles, and no table is built.
   */
  private readonly utf16Starts: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!SURROGATE.test(text)) {
      this.utf16Starts = null;
      this.length = text.length;
      return;
    }
    const starts = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      starts[cp++] = i;
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    starts[cp] = text.length;
    this.length = cp;
    this.utf16Starts = starts.subarray(0, cp + 1);
  }

  /** UTF-16 index of a code-point offset (0..length). */
  toUtf16(codePointOffset: number): number {
    if (
      !Number.isInteger(codePointOffset) ||
      codePointOffset < 0 ||
      codePointOffset > this.length
    ) {
      throw new RangeError(`offset ${codePointOffset} outside 0..${this.length}`);
    }
    return this.utf16Starts === null ? codePointOffset : this.utf16Starts[codePointOffset];
  }

  /** Code-point offset of a UTF-16 index that lies on a code point boundary. */
  toCodePoint(utf16Index: number): number {
    const starts = this.utf16Starts;
    if (starts === null) {
      if (!Number.isInteger(utf16Index) || utf16Index < 0 || utf16Index > this.length)
        throw new RangeError(`UTF-16 index ${utf16Index} outside 0..${this.length}`);
      return utf16Index;
    }
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < utf16Index) lo = mid + 1;
      else hi = mid;
    }
    if (starts[lo] !== utf16Index) {
      throw new RangeError(`UTF-16 index ${utf16Index} splits a surrogate pair`);
    }
    return lo;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
