/**
 * Counted nouns of two words: "civil servants" count civil servants, not
 * servants; "job cuts" count jobs.
 */
import { singularize } from './plural-nouns.js';

/** Nouns of two words whose head alone names something else ("four flight attendants" are no attendants of anything). */
const COMPOUND_NOUNS = new Set([
  'civil servant',
  'flight attendant',
  'public body',
  'staff member',
  'family member',
  'board member',
]);
/** "99 job cuts", "2,000 job losses": the jobs cut or lost are what is counted. */
const JOBS_GONE = new Set(['job cut', 'job loss', 'jobs cut']);

/** The unit of a noun phrase whose last two words are a compound noun, or null. */
export function compoundUnit(words: Array<{ text: string }>): string | null {
  if (words.length < 2) return null;
  const pair =
    `${words[words.length - 2].text} ${singularize(words[words.length - 1].text)}`.toLowerCase();
  if (JOBS_GONE.has(pair)) return 'job';
  return COMPOUND_NOUNS.has(pair) ? pair : null;
}
