/**
 * Long word lists written as plain text, a few words a line, so that they stay
 * compact and easy to extend.
 */

/** The words of a whitespace-separated list. */
export function wordSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** The phrases of a comma-separated list ("in favour, don't know"). */
export function phraseList(list: string): string[] {
  return list
    .split(',')
    .map((phrase) => phrase.trim().replace(/\s+/g, ' '))
    .filter((phrase) => phrase !== '');
}

/**
 * A table looked up by words of the text. It has no prototype, so a word such
 * as "constructor" or "toString" finds nothing in it, as any other unknown word.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
