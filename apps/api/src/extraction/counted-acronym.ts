/**
 * An acronym after a counted noun phrase that spells its initials: "35
 * memorandums of understanding (MOUs)" counts MOUs.
 */
import type { CountedNoun } from './counted-noun.js';

/** Optional "of understanding" continuation, then "(MOUs)". */
const ACRONYM_AFTER =
  /((?:[ \u00a0](?:of|for|on|and|the|in)[ \u00a0][\p{L}][\p{L}-]*){0,2})[ \u00a0]\((\p{Lu}[\p{Lu}\d&]*?)s?\)/uy;

/**
 * "(MOUs)" after the phrase, when its letters are the initials of the phrase,
 * possibly continued by "of understanding": the acronym becomes the unit.
 */
export function readAcronymAfter(text: string, end: number, phrase: string): CountedNoun | null {
  ACRONYM_AFTER.lastIndex = end;
  const match = ACRONYM_AFTER.exec(text);
  if (!match) return null;
  const fullPhrase = phrase + match[1];
  const letters = match[2];
  if (!initialsMatch(fullPhrase, letters)) return null;
  return {
    end: ACRONYM_AFTER.lastIndex,
    phrase: fullPhrase,
    unit: letters,
    singularHead: false,
  };
}

function initialsMatch(phrase: string, acronym: string): boolean {
  const words = phrase.split(/[\s-]+/).filter((w) => w.length > 0);
  const all = words
    .map((w) => w[0])
    .join('')
    .toUpperCase();
  const content = words
    .filter((w) => !/^(?:of|for|on|and|the|in)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
  const target = acronym.toUpperCase();
  return all.endsWith(target) || content.endsWith(target);
}
