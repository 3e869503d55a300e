/**
 * The speaker named by an attribution: reading the subject before a speech verb
 * ("Kim Tae-hyo, the first deputy director ..., said" → Kim Tae-hyo; "He
 * continued" → he; "A DWP spokesperson" → the body) and resolving it through
 * the NameRegistry to a canonical name.
 */
import { isGenderCompatible, type Gender, type NameRegistry } from '../text/people.js';
import { ARTICLES, DOCUMENT_NOUNS, NAME_CONNECTORS } from '../text/name-words.js';
import { wordSet } from '../text/words.js';
import { isAppositive, UNCLOSED_APPOSITIVE } from './appositives.js';

/** Who an attribution names, before resolution. */
export type SpeakerRef =
  | { kind: 'pronoun'; word: string }
  | { kind: 'name'; phrase: string }
  | { kind: 'role'; words: string[] };

/** Words between a subject and its verb that are not part of the subject: "Kim also said", "she has told", "Brooke tearfully asked". */
const TRAILING_AUXILIARIES =
  /(?:\s+(?:has|have|had|was|is|also|then|later|further|again|once|earlier|would|will|just|herself|himself|themselves|quoted\s+as|(?!(?:family|assembly|ally|rally|supply|monopoly|reply|anomaly)\b)\p{Ll}{2,}ly))+$/iu;

const PRONOUNS = /(?:^|\s)(he|she|they|it|we|i)$/i;
const BODY_WORDS = wordSet(`
  council ministry department company firm bank government police force agency office commission
  committee board trust union report statement survey study group authority service university
  hospital school charity organisation organization institute regulator retailer airline carrier
  operator watchdog party club court centre center foundation
`);

/** "the company", "the chain", "the retailer": the organisation the article is about. */
const COMPANY_WORDS = wordSet(`
  company firm group retailer chain business lender bank carrier airline insurer supermarket
  carmaker manufacturer maker operator developer brand grocer startup utility
`);

const SPOKESPEOPLE = wordSet(`
  spokesperson spokesman spokeswoman representative statement source
`);

/**
 * A spokesperson proper, whom "the spokesman" later refers back to; SPOKESPEOPLE
 * also counts a representative, a statement and a source as speaking for a body.
 */
const SPOKESPERSON_HEAD = /^spokes(?:man|woman|person)$/i;

export function isSpokesperson(ref: SpeakerRef): ref is Extract<SpeakerRef, { kind: 'role' }> {
  return ref.kind === 'role' && SPOKESPERSON_HEAD.test(ref.words[ref.words.length - 1]);
}

/** "The spokesman did not provide …", "A Tesco spokeswoman declined …": a sentence about a spokesperson. */
const SPOKESPERSON_SUBJECT =
  /^[\s"“]*((?:the|an?)\s+(?:[\p{L}'’.&-]+\s+){0,3}?spokes(?:man|woman|person))\s/iu;

/** "it said", "the statement added": a body's words, with no body named. */
export function refersToBody(ref: SpeakerRef): boolean {
  if (ref.kind === 'pronoun') return ref.word === 'it';
  return ref.kind === 'role' && ref.words.length === 1 && /^statement$/i.test(ref.words[0]);
}

/** The spokesperson a sentence opens with, as its subject. */
export function spokespersonSubject(sentence: string): SpeakerRef | null {
  const subject = SPOKESPERSON_SUBJECT.exec(sentence);
  return subject ? parseSubject(subject[1]) : null;
}

/** Roles that speak without a determiner: "police said", "analysts said". */
const BARE_ROLE_NOUNS = wordSet(`
  police officials analysts experts researchers economists critics residents witnesses sources
  prosecutors investigators doctors scientists campaigners activists organisers officers
  authorities ministers lawmakers teachers parents unions paramedics firefighters authors
`);

/** How far back an unnamed body's spokesperson ("an agency spokesman") looks for the body's name. */
const NEAR_BODY_CHARACTERS = 300;

export function parseSubject(segment: string): SpeakerRef | null {
  return parseSubjectWithPosition(segment)?.ref ?? null;
}

/**
 * The subject at the end of `segment` (the words before a speech verb): a
 * pronoun, a capitalised name run, or a lowercase role ("the minister").
 * Skips an appositive: "Kim Tae-hyo, the first deputy director of ..., said".
 */
export function parseSubjectWithPosition(
  segment: string,
): { ref: SpeakerRef; position: number } | null {
  // "Dana Whitby (R-Warren) said": the party and district in brackets are no part of the name.
  let s = segment.trimEnd().replace(/\s*\([^()]{1,30}\)$/u, '');
  const auxiliaries = TRAILING_AUXILIARIES.exec(s.slice(-80)); // a short tail keeps the regex cheap
  if (auxiliaries) s = s.slice(0, s.length - auxiliaries[0].length).trimEnd();
  // Up to two: "Dr Raj Singh, of the Alzheimer's Society, who was not involved in the research, said".
  if (s.endsWith(',')) {
    s = s.slice(0, -1).trimEnd();
    for (let stripped = 0; stripped < 2; stripped++) {
      const comma = s.lastIndexOf(',');
      if (comma < 0 || !isAppositive(s.slice(comma + 1).trim())) break;
      s = s.slice(0, comma).trimEnd();
    }
  }
  // "Mark Serwotka, the leader of the Public and Commercial Services Union said": an appositive with no closing comma.
  const unclosed = UNCLOSED_APPOSITIVE(s.slice(-160));
  if (unclosed) s = s.slice(0, s.length - unclosed[0].length + unclosed[1].length);
  // "an agency spokesman who asked not to be named said": the relative clause is not the subject.
  const tail = s.slice(-160);
  // Not "which the firm Telesat": there the relative clause holds the subject.
  const relative =
    /\s+(?:who|which)\s+(?!(?:the|a|an|his|her|its|their|our)\s|\p{Lu})[^,;:"“”]+$/u.exec(tail);
  if (relative && relative.index > 0) s = s.slice(0, s.length - tail.length + relative.index);
  if (s.length === 0) return null;
  const pronoun = PRONOUNS.exec(s);
  if (pronoun)
    return {
      ref: { kind: 'pronoun', word: pronoun[1].toLowerCase() },
      position: s.length - pronoun[1].length,
    };

  // "The authors of the research published in the journal Nature argued": the authors spoke, not the journal.
  const authors =
    /(?:^|\s)(?:[Tt]he\s+)?((?:\p{Ll}[\p{Ll}-]*\s+)?authors)\s+of\s+[^,;:]{1,100}$/u.exec(s);
  if (authors)
    return {
      ref: { kind: 'role', words: authors[1].split(/\s+/) },
      position: authors.index + authors[0].indexOf(authors[1]),
    };
  const tokens = s.split(/\s+/);
  // "The Usdaw union said": the body's name stands before the body word.
  const last = tokens[tokens.length - 1];
  if (
    tokens.length >= 2 &&
    /^\p{Ll}/u.test(last) &&
    BODY_WORDS.has(last) &&
    /^\p{Lu}/u.test(tokens[tokens.length - 2]) &&
    !/^the$/i.test(tokens[tokens.length - 2])
  )
    tokens.pop();
  let first = tokens.length;
  while (first > 0) {
    const token = tokens[first - 1];
    if (/^[("“‘']?\p{Lu}/u.test(token) && !/[,;:]$/.test(token)) first--;
    else if (NAME_CONNECTORS.has(token.toLowerCase()) && first < tokens.length) first--;
    else break;
  }
  while (first < tokens.length && NAME_CONNECTORS.has(tokens[first].toLowerCase())) first++;
  // "Joe Traynor from the ONS Centre for Crime and Justice said": the person who speaks for the body.
  const memberOf = PERSON_FROM_BODY.exec(tokens.slice(Math.max(0, first - 6), first).join(' '));
  if (memberOf && first < tokens.length) {
    const start = s.lastIndexOf(memberOf[1], s.lastIndexOf(tokens[first]));
    return { ref: { kind: 'name', phrase: memberOf[1] }, position: Math.max(0, start) };
  }
  if (first < tokens.length) {
    const name = tokens
      .slice(first)
      .join(' ')
      .replace(/^[("“‘']+/, '');
    // "the King said" keeps its article: a title, where "King said" may be Stephen King.
    const article = first > 0 && ARTICLES.has(tokens[first - 1]) ? tokens[first - 1] : null;
    const phrase = article === null ? name : `${article} ${name}`;
    return { ref: { kind: 'name', phrase }, position: s.lastIndexOf(tokens[first]) };
  }
  // "The FBI's prior investigation found": the body whose document it is.
  const owned = OWNED_DOCUMENT.exec(s);
  if (owned)
    return {
      ref: { kind: 'name', phrase: owned[1] },
      position: owned.index + owned[0].indexOf(owned[1]),
    };
  // "Labour leader", "The State Department spokesman": capitalised modifiers and a role.
  // "a Ministry of Defence spokesman": a body's name with its connectors.
  const modifiedRole =
    /(?:^|\s)((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the)\s+)?){0,3}\p{Lu}[\p{L}-]*)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)$/u.exec(
      s,
    );
  const modifiers = (modifiedRole?.[1].split(/\s+/) ?? []).filter(
    (word, i) => i > 0 || !NOT_MODIFIERS.test(word),
  );
  if (modifiedRole && modifiers.length > 0) {
    const words = [...modifiers, ...modifiedRole[2].split(/\s+/)];
    return {
      ref: { kind: 'role', words },
      position: s.length - modifiedRole[0].trimStart().length,
    };
  }
  // "the minister", "a spokeswoman", "its chief executive", "one fund manager", or a bare plural like "police" or "analysts".
  const role =
    /(?:^|\s)([Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Oo]ne|[Aa]nother)?\s*((?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}\p{Ll}[\p{Ll}'’-]*)$/u.exec(
      s,
    );
  if (role) {
    const words = role[2].split(/\s+/);
    if (role[1] === undefined && !BARE_ROLE_NOUNS.has(words[words.length - 1])) return null;
    return { ref: { kind: 'role', words }, position: s.length - role[2].length };
  }
  return null;
}

/** A person's name of two or three words, then "from the" or "at the" before a body's name. */
const PERSON_FROM_BODY =
  /(?:^|\s)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+(?:from|at)(?:\s+the)?$/u;

/** A body's document at the end of a subject: "the FBI's prior investigation", "Moody's latest report". */
const OWNED_DOCUMENT = new RegExp(
  String.raw`(?:^|\s)(?!(?:The|A|An)\s)((?:\p{Lu}[\p{L}&.-]*\s+(?:(?:of|for|and|the)\s+)*){0,4}\p{Lu}[\p{L}&.-]*)['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${DOCUMENT_NOUNS.join('|')})s?$`,
  'u',
);

/** Capitalised words that open a clause, not a role's modifier ("The", "That mobility remains low"). */
const NOT_MODIFIERS =
  /^(?:The|A|An|In|On|At|But|And|For|That|This|These|Those|There|It|Its|Such|What|Which|While|When|If|As|So)$/;

/**
 * "the Trump campaign said", "the Clinton camp says", "a Clinton campaign
 * spokesman": the campaign speaks, not its candidate. A "camp" is one only
 * of a person ("the Rukban camp" is a place).
 */
function campaignOf(words: string[], position: number, registry: NameRegistry): string | null {
  const at = words.findIndex((word) => /^camp(?:aign)?$/i.test(word));
  if (at < 1 || (at < words.length - 1 && !SPOKESPEOPLE.has(words[words.length - 1].toLowerCase())))
    return null;
  const name = words.slice(0, at);
  if (!name.every((word) => /^\p{Lu}/u.test(word))) return null;
  if (/^camp$/i.test(words[at])) {
    const person = registry.resolvePhrase(name.join(' '), position);
    if (person === null || !registry.isPerson(person)) return null;
  }
  return `${name.join(' ')} campaign`;
}

/**
 * The capitalised words of a role's modifiers, with the connectors between them:
 * "Ministry of Defence" of "Ministry of Defence press"; a body word right after
 * them stays ("Welsh government" of "Welsh government press").
 */
function bodyBefore(modifiers: string[]): string[] {
  const words = modifiers.filter(
    (w, i) =>
      /^\p{Lu}/u.test(w) ||
      NAME_CONNECTORS.has(w) ||
      (BODY_WORDS.has(w) && i > 0 && /^\p{Lu}/u.test(modifiers[i - 1])),
  );
  while (words.length > 0 && NAME_CONNECTORS.has(words[0])) words.shift();
  while (words.length > 0 && NAME_CONNECTORS.has(words[words.length - 1])) words.pop();
  return words;
}

export function resolveRef(
  ref: SpeakerRef,
  position: number,
  registry: NameRegistry,
  lastPersonSpeaker: { name: string; position: number } | null,
): string | null {
  switch (ref.kind) {
    case 'pronoun': {
      if (ref.word !== 'he' && ref.word !== 'she') return null;
      const gender: Gender = ref.word === 'he' ? 'male' : 'female';
      const salient = registry.salientPersonBefore(position, gender);
      const speakerFits =
        lastPersonSpeaker !== null &&
        isGenderCompatible(registry.genderOf(lastPersonSpeaker.name), gender);
      if (salient && (!speakerFits || salient.position > lastPersonSpeaker.position))
        return salient.person.canonical;
      return speakerFits ? lastPersonSpeaker.name : null;
    }
    case 'name':
      return registry.resolvePhrase(ref.phrase, position);
    case 'role': {
      const head = ref.words[ref.words.length - 1].toLowerCase();
      const campaign = campaignOf(ref.words, position, registry);
      if (campaign !== null) return campaign;
      // "A DWP spokesperson", "a Ministry of Defence spokeswoman": the body they speak for.
      const body = bodyBefore(ref.words.slice(0, -1));
      if (SPOKESPEOPLE.has(head) && body.length > 0)
        return registry.resolvePhrase(body.join(' '), position);
      // "The letter said" after "Stephenson's letter", "the FBI's prior investigation found": its writer.
      const possessive = body.length > 0 && /['’]s?$/u.test(body[body.length - 1]);
      const owner =
        body.length === 0 || possessive ? registry.documentOwnerBefore(head, position) : null;
      if (owner) return owner;
      // "an agency spokesman", "a department spokeswoman": the body of that kind named just before.
      const bodyWord = ref.words
        .slice(0, -1)
        .find((w) => BODY_WORDS.has(w) || COMPANY_WORDS.has(w));
      if (SPOKESPEOPLE.has(head) && bodyWord !== undefined)
        return (
          registry.resolveBody(bodyWord, position) ??
          registry.organisationNamedBefore(position, NEAR_BODY_CHARACTERS)
        );
      if (COMPANY_WORDS.has(head))
        return registry.resolveBody(head, position) ?? registry.mainOrganisationBefore(position);
      if (BODY_WORDS.has(head)) return registry.resolveBody(head, position);
      // "aviation analysts said", "the authors of the study argued": a group the text does not name is the speaker.
      return (
        registry.resolveTitle(ref.words, position) ??
        (BARE_ROLE_NOUNS.has(head) ? ref.words.join(' ') : null)
      );
    }
  }
}
