// The text of a diff between two versions, as the diff view shows it: the API's edits
// are in code points, one character at a time ("5" → "3"); a reader sees whole words
// ("35" → "33").
import type { TextEdit } from './types';

/** A stretch of the old text that stayed, or what an edit removed and inserted there. */
export type DiffPart = { same: string } | { removed: string; inserted: string };

interface Change {
  /** Old text, in code points: [start, end) became `inserted`. */
  start: number;
  end: number;
  inserted: string[];
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (character: string | undefined) => character !== undefined && WORD.test(character);

/**
 * The old text cut into what stayed and what changed, every edit widened to the whole
 * words it touches; edits that then meet are one. Joined, the `same` and `removed`
 * parts are the old text, the `same` and `inserted` ones the new text.
 */
export function diffParts(oldText: string, edits: TextEdit[]): DiffPart[] {
  const old = Array.from(oldText);
  const changes: Change[] = [];
  edits.forEach((edit, index) => {
    const removed = Array.from(edit.removed);
    const inserted = Array.from(edit.inserted);
    let { oldStart: start, oldEnd: end } = edit;
    // The text between edits is the same in both versions: a word cut by an edit is taken whole.
    const before = changes.at(-1)?.end ?? 0;
    if (isWord(removed[0] ?? inserted[0])) while (start > before && isWord(old[start - 1])) start--;
    const after = edits[index + 1]?.oldStart ?? old.length;
    if (isWord(removed.at(-1) ?? inserted.at(-1))) while (end < after && isWord(old[end])) end++;
    const widened = [
      ...old.slice(start, edit.oldStart),
      ...inserted,
      ...old.slice(edit.oldEnd, end),
    ];
    const previous = changes.at(-1);
    if (previous && previous.end >= start) {
      previous.inserted.push(...old.slice(previous.end, start), ...widened);
      previous.end = end;
    } else {
      changes.push({ start, end, inserted: widened });
    }
  });

  const parts: DiffPart[] = [];
  let at = 0;
  for (const change of changes) {
    if (change.start > at) parts.push({ same: old.slice(at, change.start).join('') });
    parts.push({
      removed: old.slice(change.start, change.end).join(''),
      inserted: change.inserted.join(''),
    });
    at = change.end;
  }
  if (at < old.length) parts.push({ same: old.slice(at).join('') });
  return parts;
}
