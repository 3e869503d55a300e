/**
 * What changed between two versions of a text, in code points: the stretches
 * that stayed the same (so an offset in the old text has a place in the new
 * one) and the edits between them. Computed with jsdiff's Myers diff over code
 * points; a rewrite too large to diff within `maxEditLength` gives no stretch
 * in common, so every claim is then looked for by its words alone.
 */
import { diffArrays } from 'diff';

/** One edit: old[oldStart, oldEnd) became new[newStart, newEnd) (either may be empty). */
export interface TextEdit {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  removed: string;
  inserted: string;
}

interface SameStretch {
  oldStart: number;
  newStart: number;
  length: number;
}

/** Enough for any correction of an article; a larger difference is a rewrite. */
const DEFAULT_MAX_EDIT_LENGTH = 20_000;

export class TextChanges {
  readonly edits: TextEdit[] = [];
  /** False when the texts differ too much to diff: no stretch is then known to be in common. */
  readonly diffed: boolean;
  private readonly same: SameStretch[] = [];

  constructor(
    readonly oldText: string,
    readonly newText: string,
    maxEditLength = DEFAULT_MAX_EDIT_LENGTH,
  ) {
    const oldPoints = Array.from(oldText);
    const newPoints = Array.from(newText);
    const parts = diffArrays(oldPoints, newPoints, { maxEditLength });
    this.diffed = parts !== undefined;
    if (parts === undefined) {
      this.edits.push({
        oldStart: 0,
        oldEnd: oldPoints.length,
        newStart: 0,
        newEnd: newPoints.length,
        removed: oldText,
        inserted: newText,
      });
      return;
    }
    let oldAt = 0;
    let newAt = 0;
    let edit: TextEdit | null = null;
    for (const part of parts) {
      const count = part.value.length;
      if (!part.added && !part.removed) {
        if (edit) this.edits.push(edit);
        edit = null;
        this.same.push({ oldStart: oldAt, newStart: newAt, length: count });
        oldAt += count;
        newAt += count;
        continue;
      }
      edit ??= {
        oldStart: oldAt,
        oldEnd: oldAt,
        newStart: newAt,
        newEnd: newAt,
        removed: '',
        inserted: '',
      };
      if (part.removed) {
        oldAt += count;
        edit.oldEnd = oldAt;
        edit.removed += part.value.join('');
      } else {
        newAt += count;
        edit.newEnd = newAt;
        edit.inserted += part.value.join('');
      }
    }
    if (edit) this.edits.push(edit);
  }

  /**
   * Where old[start, end) is in the new text when no edit touches it (an edit
   * right before or right after it does not), or null.
   */
  unchangedRange(start: number, end: number): { start: number; end: number } | null {
    const stretch = this.stretchFrom(start);
    if (stretch === undefined || end > stretch.oldStart + stretch.length) return null;
    const shift = stretch.newStart - stretch.oldStart;
    return { start: start + shift, end: end + shift };
  }

  /**
   * The new offset of an old one that starts or ends a range: shifted when the
   * range's side lies in an unchanged stretch, else the start (or end) of the
   * new text of the edit it lies in.
   */
  position(offset: number, side: 'start' | 'end'): number {
    const stretch = side === 'start' ? this.stretchFrom(offset) : this.stretchUpTo(offset);
    if (stretch !== undefined) return offset + stretch.newStart - stretch.oldStart;
    const edit = this.edits.find((e) => offset >= e.oldStart && offset <= e.oldEnd);
    if (edit === undefined) throw new RangeError(`offset ${offset} is outside the old text`);
    return side === 'start' ? edit.newStart : edit.newEnd;
  }

  /** The unchanged stretch holding old[offset] (a range starting there starts in it). */
  private stretchFrom(offset: number): SameStretch | undefined {
    const stretch = this.same[this.lastStretchStartingBy(offset)];
    return stretch !== undefined && offset < stretch.oldStart + stretch.length
      ? stretch
      : undefined;
  }

  /** The unchanged stretch holding old[offset - 1] (a range ending at offset ends in it). */
  private stretchUpTo(offset: number): SameStretch | undefined {
    const stretch = this.same[this.lastStretchStartingBy(offset - 1)];
    return stretch !== undefined && offset <= stretch.oldStart + stretch.length
      ? stretch
      : undefined;
  }

  /** The index of the last stretch that starts at or before an old offset, or -1. */
  private lastStretchStartingBy(offset: number): number {
    let lo = 0;
    let hi = this.same.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.same[mid].oldStart <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
