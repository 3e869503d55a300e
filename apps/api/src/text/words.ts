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
