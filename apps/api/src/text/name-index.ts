/**
 * What a NameRegistry keeps of the names of a document: its people (indexed by
 * name word, by title and by full spelling), its bodies (by name, by word and
 * by acronym), the capitalised single names that are no person, and the
 * salient mentions; with adding to them and finding a known person by a name
 * or a close variant of it. Reading the text into them is in
 * name-collection.ts, resolving against them in people.ts.
 */
import { isSameOrVariant, MAX_NAMESAKES, normaliseToken, stripPossessive } from './name-tokens.js';
import { lastIndexAtOrBefore } from './document-text.js';
import {
  pickNearestBefore,
  PersonIndex,
  type Gender,
  type Organisation,
  type Person,
} from './person-index.js';

/** A person named as the first name of a sentence: the likely antecedent of a following "he"/"she". */
export interface SalientMention {
  position: number;
  person: Person;
  /** The sex of the pronoun its sentence opens with ("She gave me …"), the sentence's true subject. */
  openingPronoun?: Gender;
}

export class NameIndex {
  readonly people: Person[] = [];
  protected readonly organisationsByName = new Map<string, Organisation>();
  protected readonly organisationsByWord = new Map<string, Organisation[]>();
  readonly salient: SalientMention[] = [];
  protected readonly salientPositions: number[] = [];
  /** Every mention of a person, in text order. */
  protected readonly personMentions: SalientMention[] = [];
  protected readonly personMentionPositions: number[] = [];
  protected readonly byToken = new PersonIndex();
  protected readonly byTitle = new PersonIndex();
  protected readonly acronyms = new Map<string, string>();
  /** Every full spelling seen ("Yoon Suk-yeol", "Yoon Seok-yeol") → its person. */
  protected readonly byFullName = new Map<string, Person>();
  /** Filled at the end of construction: a canonical name can change while the text is read ("Smith" → "John Smith"). */
  protected readonly byCanonical = new Map<string, Person>();
  /** Capitalised single words that are no person ("Hartwell's", "Tesco"), with their positions. */
  protected readonly singleNames = new Map<string, { positions: number[]; alwaysWithS: boolean }>();

  /** The people known by a name word, the latest few only: a document naming hundreds of Smiths is not news. */
  protected recentByToken(token: string): Person[] {
    const people = this.byToken.get(token.toLowerCase());
    return people.length > MAX_NAMESAKES ? people.slice(people.length - MAX_NAMESAKES) : people;
  }

  /**
   * The person a lone word names, nearest before `position`: the surname of a
   * person named in full ("Yearout", "King" after "Stephen King"), or the one
   * name of a person known by a title and it ("Andrew" after "Prince Andrew").
   */
  protected personKnownBy(word: string, position: number): Person | null {
    const named = this.recentByToken(word).filter((p) =>
      p.variants[0].length >= 2
        ? p.variants[0][p.variants[0].length - 1] === word
        : p.variants[0][0] === word && p.titleWords.size > 0,
    );
    return named.length === 0 ? null : pickNearestBefore(named, position);
  }

  /** The owners of documents named with a possessive ("Stephenson's letter"), by the document's noun. */
  protected readonly documentOwners = new Map<string, NamesInTextOrder>();
  /** Every mention of a body. */
  protected readonly organisationMentions = new NamesInTextOrder();
  /** Names given to a role noun in apposition ("The group, WeWorkers Coalition,"), by the noun. */
  protected readonly bodyAliases = new Map<string, NamesInTextOrder>();

  /** A name always written with "'s" is a brand ("Sainsbury's", "Hartwell's"); otherwise the "'s" is possessive. */
  protected addSingleName(token: string, position: number): void {
    const name = stripPossessive(token);
    const entry = this.singleNames.get(name) ?? { positions: [], alwaysWithS: true };
    entry.positions.push(position);
    entry.alwaysWithS &&= /['’]s$/.test(token);
    this.singleNames.set(name, entry);
  }

  protected addPerson(name: string[], gender: Gender): Person {
    const person: Person = {
      canonical: name.join(' '),
      variants: [name],
      gender,
      positions: [],
      mentions: [],
      titleWords: new Set(),
    };
    this.people.push(person);
    this.indexName(person, name);
    return person;
  }

  /** Indexes a person under the first and last word of a name ("Kim" of "Kim Tae-hyo", "Smith" of "John Smith"). */
  private indexName(person: Person, name: string[]): void {
    for (const key of [name[0].toLowerCase(), name[name.length - 1].toLowerCase()]) {
      this.byToken.add(key, person);
    }
  }

  /** The known person with this name or a close variant of it (same family name, given name one or two letters off). */
  protected findPerson(name: string[]): Person | null {
    const exact = this.byFullName.get(name.join(' '));
    if (exact) return exact;
    const candidates = [
      ...this.recentByToken(name[0]),
      ...this.recentByToken(name[name.length - 1]),
    ];
    for (const person of candidates) {
      for (const variant of person.variants) {
        if (variant.length < 2) continue;
        if (isSameOrVariant(variant, name)) return person;
      }
    }
    // A person first known only by surname ("Mr Smith") gets the full name when it appears.
    for (const person of candidates) {
      if (person.variants.every((v) => v.length === 1)) {
        person.canonical = name.join(' ');
        person.variants.push(name);
        this.indexName(person, name);
        return person;
      }
    }
    return null;
  }

  protected addTitles(person: Person, titles: string[]): void {
    const words = titles.map(normaliseToken).filter((t) => t.length > 0);
    for (let length = 1; length <= words.length; length++) {
      this.byTitle.add(words.slice(words.length - length).join(' '), person);
    }
    for (const word of words) person.titleWords.add(word);
  }
}

/** Names with the positions they were given at, added in text order. */
export class NamesInTextOrder {
  private readonly names: string[] = [];
  private readonly positions: number[] = [];

  static addTo(map: Map<string, NamesInTextOrder>, key: string, name: string, position: number) {
    let names = map.get(key);
    if (!names) map.set(key, (names = new NamesInTextOrder()));
    names.add(name, position);
  }

  add(name: string, position: number): void {
    this.names.push(name);
    this.positions.push(position);
  }

  /** The name given last at or before `position`. */
  lastAtOrBefore(position: number): { name: string; position: number } | null {
    const index = lastIndexAtOrBefore(this.positions, position);
    return index < 0 ? null : { name: this.names[index], position: this.positions[index] };
  }
}
