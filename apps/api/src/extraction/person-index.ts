/**
 * People as the name registry keeps them, and how names are matched: an index
 * by name word or title, the nearest mention before a position, and spelling
 * variants of one name ("Yoon Suk-yeol" / "Yoon Seok-yeol").
 */
import { distance } from 'fastest-levenshtein';
import { lastIndexAtOrBefore } from './sentences.js';

export type Gender = 'male' | 'female' | null;

/** One person, with the spellings of the name seen ("Yoon Suk-yeol", "Yoon Seok-yeol"). */
export interface Person {
  /** The full name as first given. */
  canonical: string;
  variants: string[][];
  gender: Gender;
  /** Sorted positions where the person is named (full name or title + surname). */
  positions: number[];
  /** Every title word seen with the person ("labour", "group", "leader"). */
  titleWords: Set<string>;
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

/** Same family and given-name count, and the other parts differ by at most a third of their letters ("Suk-yeol"/"Seok-yeol"). */
export function isNameVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sameFirst = a[0].toLowerCase() === b[0].toLowerCase();
  const sameLast = a[a.length - 1].toLowerCase() === b[b.length - 1].toLowerCase();
  if (!sameFirst && !sameLast) return false;
  const restA = (sameFirst ? a.slice(1) : a.slice(0, -1)).join(' ').toLowerCase();
  const restB = (sameFirst ? b.slice(1) : b.slice(0, -1)).join(' ').toLowerCase();
  if (restA === restB) return true;
  return (
    distance(restA, restB) <= Math.floor(Math.max(restA.length, restB.length) / 3) &&
    restA[0] === restB[0]
  );
}
