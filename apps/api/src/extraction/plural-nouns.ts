/**
 * Plural counted nouns: the singular of a noun ("units" → "unit", "MOUs" →
 * "MOU", "people" → "person"), whether a word is a plural form, and whether a
 * plural ends a counted noun phrase ("45 newsroom jobs") or modifies the next
 * noun ("sales assistants").
 */
import { wordSet, wordTable } from '../text/words.js';

const IRREGULAR_PLURALS = wordTable<string>({
  people: 'person',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  crises: 'crisis',
  analyses: 'analysis',
  theses: 'thesis',
  indices: 'index',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  shelves: 'shelf',
  leaves: 'leaf',
  wolves: 'wolf',
  thieves: 'thief',
  calves: 'calf',
  loaves: 'loaf',
  buses: 'bus',
  gases: 'gas',
  bonuses: 'bonus',
  viruses: 'virus',
  campuses: 'campus',
  censuses: 'census',
  statuses: 'status',
  choruses: 'chorus',
  circuses: 'circus',
  syllabuses: 'syllabus',
  prospectuses: 'prospectus',
});

const UNCHANGED_PLURALS = wordSet(`
  staff police aircraft sheep fish deer cattle series species news data media personnel livestock
  offspring means headquarters crew clergy swine
`);

/** The singular of a counted noun: "units" → "unit", "MOUs" → "MOU", "people" → "person". */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s'))
    return IRREGULAR_PLURALS[lower] ? matchCase(IRREGULAR_PLURALS[lower], word) : word;
  if (IRREGULAR_PLURALS[lower]) return matchCase(IRREGULAR_PLURALS[lower], word);
  if (UNCHANGED_PLURALS.has(lower)) return word;
  if (/^[\p{Lu}\d]{2,}s$/u.test(word)) return word.slice(0, -1); // MOUs, SMEs, NGOs
  if (lower.length > 4 && lower.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ss|us|is|ous)$/.test(lower)) return word;
  if (/(?:ches|shes|sses|xes|zzes)$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('oes') && lower.length > 4) return word.slice(0, -2);
  if (lower.endsWith('s') && lower.length > 2) return word.slice(0, -1);
  return word;
}

function matchCase(replacement: string, original: string): string {
  return original[0] === original[0].toUpperCase()
    ? replacement[0].toUpperCase() + replacement.slice(1)
    : replacement;
}

/** Plural words that usually modify a following noun ("sales assistants", "police officers"). */
const MODIFYING_PLURALS = wordSet(`
  sales arms goods savings sports news earnings customs police staff media data services
  operations communications economics physics athletics
`);
const FINAL_INVARIANT_PLURALS = wordSet(`
  aircraft personnel sheep cattle deer fish livestock offspring species series crew
`);

/** A plural form, "jobs", "people", or an unchanged plural, "staff", "police". */
export function isPluralForm(word: string): boolean {
  return singularize(word) !== word || UNCHANGED_PLURALS.has(word.toLowerCase());
}

/** A plural that ends a counted noun phrase: "45 newsroom jobs" ends at "jobs", "14,000 people work" at "people". */
export function isPhraseFinalPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (MODIFYING_PLURALS.has(lower)) return false;
  return FINAL_INVARIANT_PLURALS.has(lower) || singularize(word) !== word;
}
