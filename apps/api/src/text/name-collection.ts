/**
 * Reading a document's names in one pass over its capitalised word runs: each
 * run (out of headlines) is a body, a person named in full, a person known by
 * a title and a name ("Deputy Director Kim"), or a mention of a person named
 * before ("Yearout said"); titles come from the run, the role words before it
 * and an appositive role after it; the first person of each sentence is
 * salient, or the first after a possessor ("Steenburgen's son, Charlie McDowell").
 */
import {
  ARTICLES,
  DOCUMENT_NOUNS,
  NATIONALITIES,
  NOT_NAME_WORDS,
  ROLE_MODIFIERS,
  TITLE_WORDS,
} from './name-words.js';
import { NameIndex, NamesInTextOrder } from './name-index.js';
import {
  APPOSITIVE_ROLE,
  genderOf,
  isBodyName,
  NAME_RUN,
  lastPossessiveBefore,
  normaliseToken,
  personBeforeOfThe,
  splitTitles,
  stripPossessive,
} from './name-tokens.js';
import { pickNearestBefore, type NameMention, type Person } from './person-index.js';
import type { DocumentText } from './document-text.js';

/** How far after a possessor ("Steenburgen's") the person it introduces may be named ("son, filmmaker Charlie McDowell"). */
const POSSESSED_PERSON_REACH = 30;
const OPENING_PRONOUN = /^[\s"“‘']*(He|She)(?![\p{L}])/u;

export class NameCollection extends NameIndex {
  constructor(
    private readonly text: string,
    private readonly structure: DocumentText,
  ) {
    super();
    let lastSentence = -1;
    let salientIsPossessive = false;
    let salientEnd = 0;
    const paragraphAt = structure.paragraphCursor();
    const sentenceAt = structure.sentenceCursor();
    NAME_RUN.lastIndex = 0;
    for (let match = NAME_RUN.exec(text); match !== null; match = NAME_RUN.exec(text)) {
      const position = match.index;
      if (paragraphAt(position).isHeadline) continue;
      const person = this.addRun(match[0], position);
      this.addRoleAppositive(match[0], position);
      this.addDocumentOwner(match[0], position);
      if (person) {
        this.personMentions.push({ position, person });
        this.personMentionPositions.push(position);
        const sentence = sentenceAt(position);
        const possessive = /['’]s?$/u.test(match[0]);
        if (sentence !== lastSentence) {
          const opening = OPENING_PRONOUN.exec(structure.sentences[sentence].text)?.[1];
          this.salient.push({
            position,
            person,
            openingPronoun: opening === undefined ? null : opening === 'He' ? 'male' : 'female',
          });
          this.salientPositions.push(position);
          lastSentence = sentence;
          // A possessor opening the sentence: the person it introduces may follow as the subject.
          salientIsPossessive =
            possessive &&
            /^[\s"“‘']*$/u.test(text.slice(structure.sentences[sentence].start, position));
          salientEnd = position + match[0].length;
        } else if (
          salientIsPossessive &&
          !possessive &&
          position - salientEnd <= POSSESSED_PERSON_REACH
        ) {
          // "Steenburgen's son, filmmaker Charlie McDowell, also remembers": the son is the sentence's person.
          this.salient[this.salient.length - 1] = { position, person };
          this.salientPositions[this.salientPositions.length - 1] = position;
          salientIsPossessive = false;
        }
      }
    }
    for (const person of this.people) this.byCanonical.set(person.canonical, person);
  }

  protected addRun(run: string, position: number): Person | null {
    const isOneWord = !run.includes(' ') && !run.includes('\u00a0');
    if (isOneWord && NOT_NAME_WORDS.has(normaliseToken(run))) return null; // "The", "He", "In"
    const rawTokens = isOneWord ? [run] : run.split(/[ \u00a0]+/);
    let first = 0;
    while (first < rawTokens.length && NOT_NAME_WORDS.has(normaliseToken(rawTokens[first])))
      first++;
    const tokens = rawTokens.slice(first);
    if (tokens.length === 0) return null;
    const runStart = position + run.indexOf(tokens[0]);
    // "Sui-Lee Wee of the New York Times": a person and the body they write or speak for.
    const personOfBody = personBeforeOfThe(tokens);
    if (personOfBody) return this.addRun(personOfBody.join(' '), runStart);
    if (isBodyName(tokens)) {
      // A body's name keeps its nationality ("European Commission") and the possessives inside it ("Moody's
      // Analytics' forecast" is by Moody's Analytics).
      let from = first;
      while (from > 0 && NATIONALITIES.has(normaliseToken(rawTokens[from - 1]))) from--;
      const words = rawTokens.slice(from);
      const name = [...words.slice(0, -1), stripPossessive(words[words.length - 1])].join(' ');
      this.addOrganisation(name, position + run.indexOf(words[0]), position + run.length);
      return null;
    }
    // "Morningstar's Karin Anderson": the person is who comes after the possessive.
    const owner = lastPossessiveBefore(tokens);
    if (owner >= 0)
      return this.addRun(
        tokens.slice(owner + 1).join(' '),
        position + run.lastIndexOf(tokens[owner + 1]),
      );
    if (tokens.some((t) => t.includes(' ') || /^(?:of|for|the|and)$/.test(t))) return null;
    if (tokens.length === 1 && !TITLE_WORDS.has(normaliseToken(tokens[0])))
      this.addSingleName(tokens[0], runStart);
    const { titles, name } = splitTitles(tokens.map(stripPossessive));
    if (name.length === 0 && tokens.length === 1) {
      // "King said" after "Stephen King": a mention of them; "the King" is a title.
      if (ARTICLES.has(lastWordBefore(this.text, runStart))) return null;
      return this.mentionOfKnown(stripPossessive(tokens[0]), position, runStart);
    }
    const cleanName = name.filter((t) => !/^[\p{Lu}\d]{2,}$/u.test(t) || t.length <= 1);
    if (cleanName.length === 0 || cleanName.length > 4) return null;
    const gender = genderOf(titles, cleanName);
    if (cleanName.length === 1) {
      // "Yearout said": the surname of a person named in full before is a mention of them.
      if (titles.length === 0) {
        return this.mentionOfKnown(cleanName[0], position, runStart);
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

  /** The person `word` names, as `personKnownBy` finds them, mentioned at `runStart`. */
  private mentionOfKnown(word: string, position: number, runStart: number): Person | null {
    const person = this.personKnownBy(word, position);
    if (person) person.positions.push(runStart);
    return person;
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

  /** "Stephenson's letter", "the ONS's latest survey": "the letter" said later is hers. */
  private addDocumentOwner(run: string, position: number): void {
    const last = run[run.length - 1];
    const possessive = last === "'" || last === '’' || /['’]s$/.test(run);
    if (!possessive) return;
    const end = position + run.length;
    const document = DOCUMENT_AFTER_OWNER.exec(this.text.slice(end, end + 40));
    if (document) {
      const noun = document[1].toLowerCase();
      NamesInTextOrder.addTo(this.documentOwners, noun, stripPossessive(run), position);
    }
  }

  /** "The group, WeWorkers Coalition, ...": the name is what "the group" means from here on. */
  private addRoleAppositive(run: string, position: number): void {
    const end = position + run.length;
    if (this.text[end] !== ',') return;
    const role = ROLE_BEFORE_APPOSITIVE.exec(this.text.slice(Math.max(0, position - 24), position));
    if (role) NamesInTextOrder.addTo(this.bodyAliases, role[1], stripPossessive(run), position);
  }

  private addAppositiveRole(person: Person, afterName: number): void {
    const role = APPOSITIVE_ROLE.exec(this.text.slice(afterName, afterName + 100));
    if (role) this.addTitles(person, role[1].split(/[ \u00a0]+/));
  }

  private addOrganisation(name: string, start: number, end: number): void {
    this.organisationMentions.add(name, start);
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
}

/** The word right before `position` and the spaces before it, lowercase ("" for none). */
function lastWordBefore(text: string, position: number): string {
  return (
    /(\p{L}+)[ \u00a0]+$/u
      .exec(text.slice(Math.max(0, position - 12), position))?.[1]
      .toLowerCase() ?? ''
  );
}

/** "The group, " right before a name run. */
const ROLE_BEFORE_APPOSITIVE = /(?:^|[^\p{L}])[Tt]he[ \u00a0]+(\p{Ll}+),[ \u00a0]+$/u;

/** The document a possessive name owns: " letter", " latest report". */
const DOCUMENT_AFTER_OWNER = new RegExp(
  String.raw`^[ \u00a0]+(?:(?:new|latest|annual|recent|final|open|own|prior|previous|internal|independent|preliminary)[ \u00a0]+)?(${DOCUMENT_NOUNS.join('|')})(?![\p{L}])`,
  'iu',
);
