/**
 * The people and bodies named in a document, found in one pass over its
 * capitalised word runs, so that "he", "Deputy Director Kim", "Secretary Park"
 * or "Turkic Supreme Leader" can be resolved to the full name first given
 * ("Kim Tae-hyo", "Park Chun-seop", "Gurbanguly Berdimuhamedow").
 */
import {
  FEMALE_TITLES,
  GENERIC_TITLES,
  MALE_TITLES,
  NOT_NAME_WORDS,
  ORGANISATION_WORDS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from './name-words.js';
import {
  isGenderCompatible,
  PersonIndex,
  pickNearestBefore,
  isNameVariant,
  type Gender,
  type NameMention,
  type Organisation,
  type Person,
} from './person-index.js';
import { lastIndexAtOrBefore, type DocumentText } from './document-text.js';

export type { Gender, NameMention, Organisation, Person } from './person-index.js';
export { isGenderCompatible, isNameVariant } from './person-index.js';

/** A person named as the first name of a sentence: the likely antecedent of a following "he"/"she". */
export interface SalientMention {
  position: number;
  person: Person;
}

/**
 * A capital letter of the Latin script. The explicit class lets the regex engine
 * skip quickly to candidates (plain \p{Lu} is three times slower over a long
 * text); the lookbehind keeps only true capitals. Names in English news are Latin.
 */
const LATIN_CAPITAL = String.raw`[A-Z\u00c0-\u00de\u0100-\u024f](?<=\p{Lu})`;
/** One capitalised word of a name ("Tae-hyo", "O'Brien"), or an abbreviated title with its period ("Mr.", "Dr."). */
const NAME_TOKEN = String.raw`(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Lt|Col|Capt|Prof|Gov|Sgt|Supt|Insp|Det|Cllr|Rev)\.|${LATIN_CAPITAL}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*)`;
const NAME_CONNECTOR = String.raw`(?:of|for|the|and|de|van|von|der|den|da|di|du|bin|al|el|la|le)`;
/** A run of capitalised words, joined by spaces and name particles ("Office for National Statistics", "Ursula von der Leyen"). */
const NAME_RUN = new RegExp(
  `${NAME_TOKEN}(?:[ \\u00a0]+(?:${NAME_CONNECTOR}[ \\u00a0]+)*${NAME_TOKEN})*`,
  'gu',
);

/** ", the first deputy director of the National Security Office," after a name: its role. */
const APPOSITIVE_ROLE =
  /^,[ \u00a0]+(?:the|a|an|its|their)[ \u00a0]+((?:[\p{Ll}'’-]+[ \u00a0]+){0,4}?[\p{Ll}'’-]+)(?=[ \u00a0]+(?:of|for|at|to|in)\b|,)/u;

interface NameParts {
  titles: string[];
  name: string[];
}

/** Splits "Deputy Director Kim" into titles and name; "Turkic Supreme Leader" is all title. */
function splitTitles(tokens: string[]): NameParts {
  let nameStart = tokens.length;
  while (nameStart > 0 && !TITLE_WORDS.has(normaliseToken(tokens[nameStart - 1]))) nameStart--;
  if (nameStart === tokens.length) {
    // Ends with a title word: "Turkic Supreme Leader", "Prime Minister".
    return { titles: tokens, name: [] };
  }
  return { titles: tokens.slice(0, nameStart), name: tokens.slice(nameStart) };
}

/** Lowercase, without a possessive or abbreviation mark: "Gov." → "gov", "Kim's" → "kim". */
function normaliseToken(token: string): string {
  const cached = normalised.get(token);
  if (cached !== undefined) return cached;
  const bare = stripPossessive(token);
  const result = (bare.endsWith('.') ? bare.slice(0, -1) : bare).toLowerCase();
  if (normalised.size >= MAX_CACHED_TOKENS) normalised.clear();
  normalised.set(token, result);
  return result;
}

/** Capitalised words repeat ("The", "He", "Kim"): normalising each once saves most of the registry's time. */
const normalised = new Map<string, string>();
const MAX_CACHED_TOKENS = 20_000;

function stripPossessive(token: string): string {
  const last = token[token.length - 1];
  if (last === "'" || last === '’') return token.slice(0, -1);
  if (last === 's' && (token[token.length - 2] === "'" || token[token.length - 2] === '’'))
    return token.slice(0, -2);
  return token;
}

export class NameRegistry {
  readonly people: Person[] = [];
  private readonly organisationsByName = new Map<string, Organisation>();
  private readonly organisationsByWord = new Map<string, Organisation[]>();
  readonly salient: SalientMention[] = [];
  private readonly salientPositions: number[] = [];
  private readonly byToken = new PersonIndex();
  private readonly byTitle = new PersonIndex();
  private readonly acronyms = new Map<string, string>();
  /** Every full spelling seen ("Yoon Suk-yeol", "Yoon Seok-yeol") → its person. */
  private readonly byFullName = new Map<string, Person>();
  /** Filled at the end of construction: a canonical name can change while the text is read ("Smith" → "John Smith"). */
  private readonly byCanonical = new Map<string, Person>();
  /** Capitalised single words that are no person ("Hartwell's", "Tesco"), with their positions. */
  private readonly singleNames = new Map<string, { positions: number[]; alwaysWithS: boolean }>();
  private leaders: { firstPositions: number[]; names: (string | null)[] } | null = null;

  constructor(
    private readonly text: string,
    private readonly structure: DocumentText,
  ) {
    let lastSentence = -1;
    const paragraphAt = structure.paragraphCursor();
    const sentenceAt = structure.sentenceCursor();
    NAME_RUN.lastIndex = 0;
    for (let match = NAME_RUN.exec(text); match !== null; match = NAME_RUN.exec(text)) {
      const position = match.index;
      if (paragraphAt(position).isHeadline) continue;
      const person = this.addRun(match[0], position);
      if (person) {
        const sentence = sentenceAt(position);
        if (sentence !== lastSentence) {
          this.salient.push({ position, person });
          this.salientPositions.push(position);
          lastSentence = sentence;
        }
      }
    }
    for (const person of this.people) this.byCanonical.set(person.canonical, person);
  }

  /** The person whose name (or title + name) is the phrase, resolved to the full name first given. */
  resolvePhrase(phrase: string, position: number): string | null {
    const tokens = phrase
      .split(/[ \u00a0]+/)
      .map(stripPossessive)
      .filter((t) => t.length > 0);
    while (tokens.length > 0 && NOT_NAME_WORDS.has(tokens[0].toLowerCase())) tokens.shift();
    if (tokens.length === 0) return null;
    const organisation = this.organisationFor(tokens);
    if (organisation) return organisation;
    const { titles, name } = splitTitles(tokens);
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

  /** The people known by a name word, the latest few only: a document naming hundreds of Smiths is not news. */
  private recentByToken(token: string): Person[] {
    const people = this.byToken.get(token.toLowerCase());
    return people.length > MAX_NAMESAKES ? people.slice(people.length - MAX_NAMESAKES) : people;
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
    let best: Organisation | null = null;
    let bestPosition = -1;
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

  /** For "he"/"she": the person who was last the first name of a sentence before `position`. */
  salientPersonBefore(position: number, gender: Gender): SalientMention | null {
    const newest = lastIndexAtOrBefore(this.salientPositions, position - 1);
    for (let i = newest; i >= 0 && newest - i < 50; i--) {
      const mention = this.salient[i];
      if (isGenderCompatible(mention.person.gender, gender)) return mention;
    }
    return null;
  }

  /** The gender known for a canonical name (from Mr/Ms and similar titles). */
  genderOf(canonical: string): Gender {
    return this.personByCanonical(canonical)?.gender ?? null;
  }

  /** Whether a resolved speaker is a person we know (not a body). */
  isPerson(canonical: string): boolean {
    return this.personByCanonical(canonical) !== null;
  }

  private personByCanonical(canonical: string): Person | null {
    return this.byCanonical.get(canonical) ?? null;
  }

  private addRun(run: string, position: number): Person | null {
    if (!run.includes(' ') && !run.includes('\u00a0') && NOT_NAME_WORDS.has(normaliseToken(run)))
      return null; // "The", "He", "In"
    const rawTokens = run.split(/[ \u00a0]+/);
    let first = 0;
    while (first < rawTokens.length && NOT_NAME_WORDS.has(normaliseToken(rawTokens[first])))
      first++;
    const tokens = rawTokens.slice(first);
    if (tokens.length === 0) return null;
    const runStart = position + run.indexOf(tokens[0]);
    if (tokens.some((t) => ORGANISATION_WORDS.has(normaliseToken(t)))) {
      this.addOrganisation(tokens.map(stripPossessive).join(' '), runStart, position + run.length);
      return null;
    }
    if (tokens.some((t) => t.includes(' ') || /^(?:of|for|the|and)$/.test(t))) return null;
    if (tokens.length === 1 && !TITLE_WORDS.has(normaliseToken(tokens[0])))
      this.addSingleName(tokens[0], runStart);
    const { titles, name } = splitTitles(tokens.map(stripPossessive));
    const cleanName = name.filter((t) => !/^[\p{Lu}\d]{2,}$/u.test(t) || t.length <= 1);
    if (cleanName.length === 0 || cleanName.length > 4) return null;
    const gender = genderOf(titles);
    if (cleanName.length === 1) {
      // "Yearout said": the surname of a person named in full before is a mention of them.
      if (titles.length === 0) {
        const named = this.recentByToken(cleanName[0]).filter(
          (p) =>
            p.variants[0].length >= 2 && p.variants[0][p.variants[0].length - 1] === cleanName[0],
        );
        if (named.length === 0) return null;
        const person = pickNearestBefore(named, position);
        person.positions.push(runStart);
        return person;
      }
      // "Deputy Director Kim", "Mr Smith": a known person, or a person known only by this name.
      const known = this.recentByToken(cleanName[0]);
      const person =
        known.length > 0
          ? pickNearestBefore(known, position)
          : this.addPerson([cleanName[0]], gender);
      person.positions.push(runStart);
      this.addTitles(person, [...this.rolesBefore(runStart), ...titles]);
      person.gender ??= gender;
      return person;
    }
    const person = this.findPerson(cleanName) ?? this.addPerson(cleanName, gender);
    const fullName = cleanName.join(' ');
    if (cleanName.length === name.length) person.mentions.push(this.mentionOf(run, position, name));
    if (this.byFullName.get(fullName) !== person) {
      if (!person.variants.some((v) => v.join(' ') === fullName)) person.variants.push(cleanName);
      this.byFullName.set(fullName, person);
    }
    person.positions.push(runStart);
    person.gender ??= gender;
    this.addTitles(person, [...this.rolesBefore(runStart), ...titles]);
    this.addAppositiveRole(person, position + run.length);
    return person;
  }

  /** A name always written with "'s" is a brand ("Sainsbury's", "Hartwell's"); otherwise the "'s" is possessive. */
  private addSingleName(token: string, position: number): void {
    const name = stripPossessive(token);
    const entry = this.singleNames.get(name) ?? { positions: [], alwaysWithS: true };
    entry.positions.push(position);
    entry.alwaysWithS &&= /['’]s$/.test(token);
    this.singleNames.set(name, entry);
  }

  private addPerson(name: string[], gender: Gender): Person {
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
  private findPerson(name: string[]): Person | null {
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

  /** Where the name words of a run stand: the last `name.length` words of the run, without a possessive. */
  private mentionOf(run: string, runPosition: number, name: string[]): NameMention {
    const words = [...run.matchAll(/[^ \u00a0]+/gu)];
    const first = words[words.length - name.length];
    const last = words[words.length - 1];
    return {
      spelling: name.join(' '),
      start: runPosition + first.index,
      end: runPosition + last.index + stripPossessive(last[0]).length,
    };
  }

  private addTitles(person: Person, titles: string[]): void {
    const words = titles.map(normaliseToken).filter((t) => t.length > 0);
    for (let length = 1; length <= words.length; length++) {
      this.byTitle.add(words.slice(words.length - length).join(' '), person);
    }
    for (const word of words) person.titleWords.add(word);
  }

  /** Lowercase role words right before a name, with a capitalised modifier: "Labour group leader", "chief executive". */
  private rolesBefore(runStart: number): string[] {
    const words = this.text.slice(Math.max(0, runStart - 48), runStart).split(/\s+/);
    if (words[words.length - 1] === '') words.pop();
    const roles: string[] = [];
    for (let i = words.length - 1; i >= 0 && roles.length < 4; i--) {
      const word = words[i];
      const lower = normaliseToken(word);
      if (/^\p{Ll}/u.test(word) && (TITLE_WORDS.has(lower) || ROLE_MODIFIERS.has(lower)))
        roles.unshift(word);
      else if (/^\p{Lu}[\p{L}-]*$/u.test(word) && roles.length > 0 && !NOT_NAME_WORDS.has(lower)) {
        roles.unshift(word); // "Labour", "Conservative"
        break;
      } else break;
    }
    return roles.some((r) => TITLE_WORDS.has(normaliseToken(r))) ? roles : [];
  }

  private addAppositiveRole(person: Person, afterName: number): void {
    const role = APPOSITIVE_ROLE.exec(this.text.slice(afterName, afterName + 100));
    if (role) this.addTitles(person, role[1].split(/[ \u00a0]+/));
  }

  private addOrganisation(name: string, start: number, end: number): void {
    const existing = this.organisationsByName.get(name);
    if (existing) existing.positions.push(start);
    else {
      const organisation = { name, positions: [start] };
      this.organisationsByName.set(name, organisation);
      for (const word of new Set(name.toLowerCase().split(/\s+/))) {
        const list = this.organisationsByWord.get(word) ?? [];
        list.push(organisation);
        this.organisationsByWord.set(word, list);
      }
    }
    const acronym = /^[ \u00a0]+\((\p{Lu}{2,})\)/u.exec(this.text.slice(end, end + 14));
    if (acronym) this.acronyms.set(acronym[1], name);
  }

  private organisationFor(tokens: string[]): string | null {
    if (tokens.length === 1 && /^\p{Lu}{2,}$/u.test(tokens[0])) {
      return this.acronyms.get(tokens[0]) ?? this.organisationWithInitials(tokens[0]) ?? tokens[0];
    }
    if (!tokens.some((t) => ORGANISATION_WORDS.has(normaliseToken(t)))) return null;
    return tokens.join(' ');
  }
  /** "DWP" → "Department for Work and Pensions": a body named in full whose main words have these initials. */
  private organisationWithInitials(acronym: string): string | null {
    for (const name of this.organisationsByName.keys()) {
      const initials = name
        .split(/\s+/)
        .filter((word) => !/^(?:of|for|and|the|on|in)$/i.test(word))
        .map((word) => word[0])
        .join('');
      if (initials === acronym) return name;
    }
    return null;
  }
}

const MAX_NAMESAKES = 50;

function isSameOrVariant(a: string[], b: string[]): boolean {
  const [x, y] = [a.join(' '), b.join(' ')];
  return x.toLowerCase() === y.toLowerCase() || isNameVariant(x, y);
}

function genderOf(titles: string[]): Gender {
  for (const title of titles) {
    const key = normaliseToken(title);
    if (MALE_TITLES.has(key)) return 'male';
    if (FEMALE_TITLES.has(key)) return 'female';
  }
  return null;
}
