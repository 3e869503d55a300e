/**
 * People as the name registry keeps them, and how names are matched: an index
 * by name word or title, the nearest mention before a position, and spelling
 * variants of one name ("Yoon Suk-yeol" / "Yoon Seok-yeol").
 */
import { distance } from 'fastest-levenshtein';
import { lastIndexAtOrBefore } from './document-text.js';

export type Gender = 'male' | 'female' | null;

/** One person, with the spellings of the name seen ("Yoon Suk-yeol", "Yoon Seok-yeol"). */
export interface Person {
  /** The full name as first given. */
  canonical: string;
  variants: string[][];
  gender: Gender;
  /** Sorted positions where the person is named (full name or title + surname). */
  positions: number[];
  /** Where each full spelling of the name stands in the text (UTF-16), in text order. */
  mentions: NameMention[];
  /** Every title word seen with the person ("labour", "group", "leader"). */
  titleWords: Set<string>;
}

export interface NameMention {
  /** The name as written, without titles or possessive: "Yoon Suk-yeol". */
  spelling: string;
  start: number;
  end: number;
}

export interface Organisation {
  name: string;
  positions: number[];
}

export function isGenderCompatible(known: Gender, wanted: Gender): boolean {
  return known === null || wanted === null || known === wanted;
}

/** People listed under a key (a name word or a title), each once, in the order first listed. */
export class PersonIndex {
  private readonly lists = new Map<string, Person[]>();
  private readonly members = new Map<string, Set<Person>>();

  add(key: string, person: Person): void {
    const members = this.members.get(key) ?? new Set<Person>();
    if (members.has(person)) return;
    members.add(person);
    this.members.set(key, members);
    const list = this.lists.get(key) ?? [];
    list.push(person);
    this.lists.set(key, list);
  }

  get(key: string): Person[] {
    return this.lists.get(key) ?? [];
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }
}

/** Of the people, the one named last before `position`, else the one named first. */
export function pickNearestBefore(people: Person[], position: number): Person {
  let best = people[0];
  let bestBefore = -1;
  let earliest = Number.POSITIVE_INFINITY;
  let earliestPerson = people[0];
  for (const person of people) {
    const index = lastIndexAtOrBefore(person.positions, position);
    if (index >= 0 && person.positions[index] > bestBefore) {
      bestBefore = person.positions[index];
      best = person;
    }
    const first = person.positions[0] ?? Number.POSITIVE_INFINITY;
    if (first < earliest) {
      earliest = first;
      earliestPerson = person;
    }
  }
  return bestBefore >= 0 ? best : earliestPerson;
}

/**
 * Two spellings of one person's name (the one rule the extractor and the
 * name-variant check share): the same number of name parts (given names split
 * at hyphens), differing in at most one part, and that part keeping its first
 * and last letter and either its consonants ("Suk"/"Seok", "Mohammed"/"Muhammad",
 * "Ana"/"Anna": doubled letters count once) or all but one letter of a long part
 * ("Scholz"/"Sholz"); or the same parts with other hyphens and spaces ("Kim
 * Jong-un"/"Kim Jong Un"). Not variants: "Kim Jong-un"/"Kim Jong-il",
 * "Martin"/"Martina", or the same spelling in another case.
 */
export function isNameVariant(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  const [x, y] = [nameParts(a), nameParts(b)];
  if (x.length !== y.length || x.length < 2) return false;
  const differing = x.map((part, i) => [part, y[i]] as const).filter(([p, q]) => p !== q);
  if (differing.length === 0) return true; // only hyphens or spaces differ
  if (differing.length > 1) return false;
  const [p, q] = differing[0];
  if (p[0] !== q[0] || p[p.length - 1] !== q[q.length - 1]) return false;
  return (
    consonants(p) === consonants(q) || (Math.min(p.length, q.length) >= 5 && distance(p, q) === 1)
  );
}

/** Name parts, lower case without accents, given names split at hyphens: "Yoon Suk-yeol" → yoon, suk, yeol. */
function nameParts(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[ \u00a0-]+/u)
    .filter((part) => part !== '');
}

/** The consonants of a name part, a doubled letter once: "anna" → "n", "mohammed" → "mhmd". */
function consonants(part: string): string {
  return part.replace(/(\p{L})\1+/gu, '$1').replace(/[aeiouy'’]/g, '');
}
