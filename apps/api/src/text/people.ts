/**
 * The people and bodies named in a document, found in one pass over its
 * capitalised word runs, so that "he", "Deputy Director Kim", "Secretary Park"
 * or "Turkic Supreme Leader" can be resolved to the full name first given
 * ("Kim Tae-hyo", "Park Chun-seop", "Gurbanguly Berdimuhamedow"). Here: the
 * NameRegistry's resolving of a phrase, a title, a body or a pronoun; the
 * reading of the text is in name-collection.ts, what it keeps in
 * name-index.ts, the words of names in name-tokens.ts.
 */
import {
  ARTICLES,
  GENERIC_TITLES,
  DEMONYMS,
  NATIONALITIES,
  NOT_NAME_WORDS,
  TITLE_WORDS,
} from './name-words.js';
import { NameCollection } from './name-collection.js';
import type { SalientMention } from './name-index.js';
import {
  isBodyName,
  lastPossessiveBefore,
  MAX_NAMESAKES,
  normaliseToken,
  personAfterPossessive,
  personBeforeOfThe,
  splitTitles,
  stripPossessive,
} from './name-tokens.js';
import { isGenderCompatible, pickNearestBefore, type Gender, type Person } from './person-index.js';
import { lastIndexAtOrBefore } from './document-text.js';

export type { Gender, NameMention, Organisation, Person } from './person-index.js';
export { isGenderCompatible, isNameVariant } from './person-index.js';
export type { SalientMention } from './name-index.js';

export class NameRegistry extends NameCollection {
  private leaders: { firstPositions: number[]; names: (string | null)[] } | null = null;

  /** The person whose name (or title + name) is the phrase, resolved to the full name first given. */
  resolvePhrase(phrase: string, position: number): string | null {
    const words = phrase.split(/[ \u00a0]+/).filter((t) => t.length > 0);
    const opensWithArticle = words.length > 0 && ARTICLES.has(words[0].toLowerCase());
    const isNotName = (word: string) => {
      const lower = stripPossessive(word).toLowerCase();
      return NOT_NAME_WORDS.has(lower) && !NATIONALITIES.has(lower);
    };
    // "the Spaniard told Sky Sports": the person the text is about, by their nation.
    if (opensWithArticle && words.length === 2 && DEMONYMS.has(words[1].toLowerCase()))
      return this.salientPersonBefore(position, null)?.person.canonical ?? null;
    while (words.length > 0 && isNotName(words[0])) words.shift();
    if (words.length === 0) return null;
    const personOfBody = personBeforeOfThe(words) ?? personAfterPossessive(words);
    if (personOfBody) return this.resolvePhrase(personOfBody.join(' '), position);
    // A body keeps the possessives inside its name ("Moody's Analytics"); a person's name has none.
    const organisation = this.organisationFor([
      ...words.slice(0, -1),
      stripPossessive(words[words.length - 1]),
    ]);
    if (organisation) return organisation;
    while (words.length > 0 && NOT_NAME_WORDS.has(stripPossessive(words[0]).toLowerCase()))
      words.shift();
    const tokens = words
      .slice(lastPossessiveBefore(words) + 1)
      .map(stripPossessive)
      .filter((t) => t.length > 0);
    if (tokens.length === 0) return null;
    const { titles, name } = splitTitles(tokens);
    // "King said" after "Stephen King": a title word that is the surname of a person named before
    // ("the King said" is a title).
    if (name.length === 0 && tokens.length === 1 && !opensWithArticle) {
      const person = this.personKnownBy(tokens[0], position);
      if (person) return person.canonical;
    }
    if (name.length === 0) return this.resolveTitle(titles, position);
    if (name.length >= 2) return this.findPerson(name)?.canonical ?? name.join(' ');
    return this.resolveSurname(name[0], position) ?? name[0];
  }

  /** "Kim" → "Kim Tae-hyo": the person with that family or given name named nearest before `position`. */
  resolveSurname(token: string, position: number): string | null {
    const people = this.recentByToken(token);
    if (people.length === 0) return null;
    return pickNearestBefore(people, position).canonical;
  }

  /** "Supreme Leader" → the person introduced with that title. */
  resolveTitle(titles: string[], position: number): string | null {
    const words = titles.map(normaliseToken).filter((w) => w.length > 0);
    if (words.length === 0) return null;
    for (let length = words.length; length >= 2; length--) {
      const people = this.byTitle
        .get(words.slice(words.length - length).join(' '))
        .slice(-MAX_NAMESAKES);
      if (people.length > 0) return pickNearestBefore(people, position).canonical;
    }
    const head = words[words.length - 1];
    const holders = this.byTitle.get(head).slice(-MAX_NAMESAKES);
    // "Labour leader" → the person given as "Labour group leader": every word of the reference among their titles.
    const matching =
      words.length >= 2 ? holders.filter((p) => words.every((w) => p.titleWords.has(w))) : [];
    if (matching.length > 0) return pickNearestBefore(matching, position).canonical;
    if (words.length >= 2 || holders.length === 0) return null;
    // A lone generic title ("the minister") names someone only when one person holds it.
    if (GENERIC_TITLES.has(head) && holders.length > 1) return null;
    return pickNearestBefore(holders, position).canonical;
  }

  /** "the council", "the ministry", "the ONS": the body named nearest before. */
  resolveBody(word: string, position: number): string | null {
    const acronym = this.acronyms.get(word.toUpperCase());
    if (acronym) return acronym;
    const alias = this.bodyAliases.get(word.toLowerCase())?.lastAtOrBefore(position) ?? null;
    let best: { name: string } | null = alias;
    let bestPosition = alias?.position ?? -1;
    for (const organisation of (this.organisationsByWord.get(word.toLowerCase()) ?? []).slice(
      -MAX_NAMESAKES,
    )) {
      const at =
        organisation.positions[Math.max(0, lastIndexAtOrBefore(organisation.positions, position))];
      if (at <= position && at > bestPosition) {
        best = organisation;
        bestPosition = at;
      }
    }
    return best?.name ?? null;
  }

  /** "the letter" → who wrote the letter named last before `position` ("Stephenson's letter"). */
  documentOwnerBefore(noun: string, position: number): string | null {
    const owner = this.documentOwners.get(noun.toLowerCase())?.lastAtOrBefore(position);
    return owner ? this.resolvePhrase(owner.name, owner.position) : null;
  }

  /** The body named last before `position`, no further back than `maxDistance` characters. */
  organisationNamedBefore(position: number, maxDistance: number): string | null {
    const last = this.organisationMentions.lastAtOrBefore(position);
    return last !== null && last.position >= position - maxDistance ? last.name : null;
  }

  /**
   * For "the company", "the chain": the most often named organisation (or
   * capitalised single name that is no person) before `position`.
   */
  mainOrganisationBefore(position: number): string | null {
    this.leaders ??= this.rankSingleNames();
    const index = lastIndexAtOrBefore(this.leaders.firstPositions, position);
    return index >= 0 ? this.leaders.names[index] : null;
  }

  /** For each single name in order of first mention: the most named one (at least twice) so far. */
  private rankSingleNames(): { firstPositions: number[]; names: (string | null)[] } {
    const entries = [...this.singleNames]
      .filter(
        ([name, entry]) => entry.positions.length >= 2 && !this.byToken.has(name.toLowerCase()),
      )
      .sort((a, b) => a[1].positions[0] - b[1].positions[0]);
    const firstPositions: number[] = [];
    const names: (string | null)[] = [];
    let leader: string | null = null;
    let leaderCount = 0;
    for (const [name, { positions, alwaysWithS }] of entries) {
      if (positions.length > leaderCount) {
        leader = alwaysWithS ? `${name}'s` : name;
        leaderCount = positions.length;
      }
      firstPositions.push(positions[0]);
      names.push(leader);
    }
    return { firstPositions, names };
  }

  /**
   * For "he"/"she": the person who was last the first name of a sentence before
   * `position`; or, where that person is of the other sex, a person of the same
   * sentence known to be of this one ("When Ford visited his editor Teresa
   * Nielsen Hayden …" … "she recalled").
   */
  salientPersonBefore(position: number, gender: Gender): SalientMention | null {
    const newest = lastIndexAtOrBefore(this.salientPositions, position - 1);
    for (let i = newest; i >= 0 && newest - i < 50; i--) {
      const mention = this.salient[i];
      // "She gave me the address of Ford's sister, Martha Fry": the sentence's "she" is someone named before.
      if (gender !== null && mention.openingPronoun === gender) continue;
      if (isGenderCompatible(mention.person.gender, gender)) return mention;
      const other = gender === null ? null : this.laterPersonOfSentence(i, position, gender);
      if (other) return other;
    }
    return null;
  }

  /** A person of known `gender` named after the salient mention `index` in its sentence, before `position`. */
  private laterPersonOfSentence(
    index: number,
    position: number,
    gender: Gender,
  ): SalientMention | null {
    const end = Math.min(position, this.salientPositions[index + 1] ?? position);
    for (
      let j = lastIndexAtOrBefore(this.personMentionPositions, this.salientPositions[index]) + 1;
      j < this.personMentions.length && this.personMentionPositions[j] < end;
      j++
    )
      if (this.personMentions[j].person.gender === gender) return this.personMentions[j];
    return null;
  }

  /** The gender known for a canonical name (from Mr/Ms and similar titles, or a common given name). */
  genderOf(canonical: string): Gender {
    return this.personByCanonical(canonical)?.gender ?? null;
  }

  /** Whether a resolved speaker is a body the text names ("Competition Authority") or an acronym ("SEC"). */
  isBody(name: string): boolean {
    return this.organisationsByName.has(name) || isAcronymOfBody(name);
  }

  /** Whether a resolved speaker is a person we know (not a body). */
  isPerson(canonical: string): boolean {
    return this.personByCanonical(canonical) !== null;
  }

  private personByCanonical(canonical: string): Person | null {
    return this.byCanonical.get(canonical) ?? null;
  }

  private organisationFor(tokens: string[]): string | null {
    if (tokens.length === 1 && isAcronymOfBody(tokens[0])) {
      return this.acronyms.get(tokens[0]) ?? this.organisationWithInitials(tokens[0]) ?? tokens[0];
    }
    if (!isBodyName(tokens)) return null;
    return tokens.join(' ');
  }
  /**
   * "DWP" → "Department for Work and Pensions", "DOJ" → "Department of Justice", "HHS" →
   * "Department of Health and Human Services": a body named in full with these initials.
   */
  private organisationWithInitials(acronym: string): string | null {
    for (const name of this.organisationsByName.keys())
      if (initialsOf(name).includes(acronym)) return name;
    return null;
  }
}

/** Heads a body's acronym often leaves out: "(Department of) Health and Human Services". */
const GENERIC_BODY_HEADS = /^(?:Department|Ministry|Office|Bureau)$/;

/** A body's name's initials as acronyms write them: of its main words, of all its words, without a generic head. */
function initialsOf(name: string): string[] {
  const words = name.split(/\s+/);
  const main = words.filter((word) => !/^(?:of|for|and|the|on|in)$/i.test(word));
  const initials = (list: string[]) => list.map((word) => word[0].toUpperCase()).join('');
  const forms = [initials(main), initials(words)];
  if (main.length >= 3 && GENERIC_BODY_HEADS.test(main[0])) forms.push(initials(main.slice(1)));
  return forms;
}

/** "SEC", "DWP": a body's initials; "CEO" and "MP" are titles. */
function isAcronymOfBody(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) && !TITLE_WORDS.has(word.toLowerCase());
}
