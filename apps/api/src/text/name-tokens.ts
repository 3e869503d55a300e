/**
 * The words of names, before any registry: the regex of a run of capitalised
 * words ("Office for National Statistics", "Ursula von der Leyen"), an
 * appositive role after a name, titles split from the name ("Deputy Director
 * Kim"), tokens normalised ("Gov." → "gov", "Kim's" → "kim"), the gender a
 * title or given name tells, and whether two spellings name one person.
 */
import {
  FEMALE_GIVEN_NAMES,
  FEMALE_TITLES,
  MALE_GIVEN_NAMES,
  MALE_TITLES,
  NAME_CONNECTORS,
  ORGANISATION_WORDS,
  TITLE_WORDS,
} from './name-words.js';
import { wordSet } from './words.js';
import { isNameVariant, type Gender } from './person-index.js';

/**
 * A capital letter of the Latin script. The explicit class lets the regex engine
 * skip quickly to candidates (plain \p{Lu} is three times slower over a long
 * text); the lookbehind keeps only true capitals. Names in English news are Latin.
 */
const LATIN_CAPITAL = String.raw`[A-Z\u00c0-\u00de\u0100-\u024f](?<=\p{Lu})`;
/** One capitalised word of a name ("Tae-hyo", "O'Brien"), an abbreviated title with its period ("Mr.", "Dr."), or initials ("E. Randol", "J.C. Chandor"; not "U.S."). */
const NAME_TOKEN = String.raw`(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Lt|Col|Capt|Prof|Gov|Sgt|Supt|Insp|Det|Cllr|Rev)\.|(?<![\p{L}.])(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.|D\.C\.)(?:[A-Z]\.){1,3}(?=[ \u00a0][A-Z][a-z])|(?!I(?:['’](?:m|ve|ll|d))?(?![\p{L}\p{M}'’-]))${LATIN_CAPITAL}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?![\p{N}]))`;
const NAME_CONNECTOR = `(?:${[...NAME_CONNECTORS].join('|')})`;
/** A run of capitalised words, joined by spaces and name particles ("Office for National Statistics", "Ursula von der Leyen"). */
export const NAME_RUN = new RegExp(
  `${NAME_TOKEN}(?:[ \\u00a0]+(?:${NAME_CONNECTOR}[ \\u00a0]+)*${NAME_TOKEN})*`,
  'gu',
);

/** ", the first deputy director of the National Security Office," after a name: its role. */
export const APPOSITIVE_ROLE =
  /^,[ \u00a0]+(?:the|a|an|its|their)[ \u00a0]+((?:[\p{Ll}'’-]+[ \u00a0]+){0,4}?[\p{Ll}'’-]+)(?=[ \u00a0]+(?:of|for|at|to|in)\b|,)/u;

interface NameParts {
  titles: string[];
  name: string[];
}

/**
 * Splits "Deputy Director Kim" into titles and name; "Turkic Supreme Leader" is
 * all title, but "Stephen King" and "Julie Bishop" are names: a given name, then
 * a surname that is also a title word.
 */
export function splitTitles(tokens: string[]): NameParts {
  let nameStart = tokens.length;
  while (nameStart > 0 && !TITLE_WORDS.has(normaliseToken(tokens[nameStart - 1]))) nameStart--;
  if (nameStart === tokens.length) {
    if (isGivenNameThenTitleSurname(tokens))
      return { titles: tokens.slice(0, -2), name: tokens.slice(-2) };
    // Ends with a title word: "Turkic Supreme Leader", "Prime Minister".
    return { titles: tokens, name: [] };
  }
  return { titles: tokens.slice(0, nameStart), name: tokens.slice(nameStart) };
}

/** "Stephen King", "Novelist Ken Doctor": ends with a given name and a title word, no other title word. */
function isGivenNameThenTitleSurname(tokens: string[]): boolean {
  if (tokens.length < 2) return false;
  const given = normaliseToken(tokens[tokens.length - 2]);
  return isGivenName(given) && !tokens.slice(0, -1).some((t) => TITLE_WORDS.has(normaliseToken(t)));
}

/** Lowercase, without a possessive or abbreviation mark: "Gov." → "gov", "Kim's" → "kim". */
export function normaliseToken(token: string): string {
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

export function stripPossessive(token: string): string {
  const last = token[token.length - 1];
  if (last === "'" || last === '’') return token.slice(0, -1);
  if (last === 's' && (token[token.length - 2] === "'" || token[token.length - 2] === '’'))
    return token.slice(0, -2);
  return token;
}

export const MAX_NAMESAKES = 50;

export function isSameOrVariant(a: string[], b: string[]): boolean {
  const [x, y] = [a.join(' '), b.join(' ')];
  return x.toLowerCase() === y.toLowerCase() || isNameVariant(x, y);
}

/** A common given name (lowercase): "bill" in "Bill de Blasio" is one, though "the Finance Bill" is a body. */
function isGivenName(word: string): boolean {
  return MALE_GIVEN_NAMES.has(word) || FEMALE_GIVEN_NAMES.has(word);
}

/** The sex a person's titles tell ("Mrs", "Sir"), or else their given name ("Barbara Stephenson"). */
export function genderOf(titles: string[], name: string[]): Gender {
  for (const title of titles) {
    const key = normaliseToken(title);
    if (MALE_TITLES.has(key)) return 'male';
    if (FEMALE_TITLES.has(key)) return 'female';
  }
  if (name.length < 2) return null;
  const given = normaliseToken(name[0]);
  if (MALE_GIVEN_NAMES.has(given)) return 'male';
  if (FEMALE_GIVEN_NAMES.has(given)) return 'female';
  return null;
}

/**
 * The words of a person's name before "of the" in a run ("Sui-Lee Wee of the
 * New York Times" → Sui-Lee Wee): two or three capitalised words, none of them
 * a body's or a title's word ("Supreme Court of the United States", "Chief
 * Executive of the NHS" stay whole). Before "of" alone they must open with a
 * given name ("Paul Wong of Bernstein"; "Bank of England" stays whole).
 */
export function personBeforeOfThe(tokens: string[]): string[] | null {
  // "Professor Bill Black of the University of Missouri": the titles before the name are the person's.
  let titles = 0;
  while (titles < tokens.length && TITLE_WORDS.has(normaliseToken(tokens[titles]))) titles++;
  const of = tokens.indexOf('of', titles);
  if (of - titles < 2 || of - titles > 3 || of === tokens.length - 1) return null;
  const head = tokens.slice(titles, of);
  if (tokens[of + 1] !== 'the' && !isGivenName(normaliseToken(head[0]))) return null;
  const isNameWord = (token: string) =>
    isPersonNameWord(token) && !INSTITUTION_HEADS.has(normaliseToken(token));
  return head.every(isNameWord) ? tokens.slice(0, of) : null;
}

/**
 * The words of a person's name after a body's possessive in a run ("Labour's
 * Ed Davey" → Ed Davey): two or three words opening with a given name, none a
 * body's or a title's word ("Moody's Analytics" stays whole).
 */
export function personAfterPossessive(tokens: string[]): string[] | null {
  const tail = tokens.slice(lastPossessiveBefore(tokens) + 1);
  if (tail.length === tokens.length || tail.length < 2 || tail.length > 3) return null;
  if (!isGivenName(normaliseToken(tail[0]))) return null;
  return tail.every(isPersonNameWord) ? tail : null;
}

/** A word that may stand in a person's name: no body's word, no title. */
function isPersonNameWord(token: string): boolean {
  const word = normaliseToken(token);
  return !ORGANISATION_WORDS.has(word) && !TITLE_WORDS.has(word);
}

/** Heads of institutions named "X of the Y" ("Supreme Court of the United States") that are no ORGANISATION_WORDS. */
const INSTITUTION_HEADS = wordSet('court church house hall palace chamber society academy order');

/**
 * Last words that make a run an institution though they are no ORGANISATION_WORDS, which would
 * take "Senate Majority Leader Chuck Schumer" for a body: "White House". Not "Hall" or "Court",
 * which end people's names too ("Stuart Hall").
 */
const INSTITUTION_LAST_WORDS = wordSet('house palace chamber kremlin pentagon senate congress');

/** Whether a run of name words names a body: a body's word in it, or an institution's last word. */
export function isBodyName(tokens: string[]): boolean {
  if (tokens.length === 0) return false;
  if (INSTITUTION_LAST_WORDS.has(normaliseToken(tokens[tokens.length - 1]))) return true;
  if (isOfficerOfBody(tokens)) return false;
  return tokens.some((token, i) => {
    const word = normaliseToken(token);
    if (!ORGANISATION_WORDS.has(word)) return false;
    // "Bill" before a capitalised word is a first name ("Mayor Bill Okoro"), not "the Finance Bill".
    const next = tokens[i + 1];
    return !(isGivenName(word) && next !== undefined && /^\p{Lu}/u.test(next));
  });
}

/**
 * "White House Press Secretary Stephanie Grisham", "Bank of England Governor
 * Mark Carney": a body's officer, a title and then a name of two or more words
 * with no body's word in it.
 */
function isOfficerOfBody(tokens: string[]): boolean {
  let title = tokens.length - 1;
  while (title >= 0 && !TITLE_WORDS.has(normaliseToken(tokens[title]))) title--;
  const name = tokens.slice(title + 1);
  return (
    title >= 1 &&
    name.length >= 2 &&
    name.length <= 3 &&
    name.every(
      (token) => /^\p{Lu}\p{Ll}/u.test(token) && !ORGANISATION_WORDS.has(normaliseToken(token)),
    )
  );
}

/** The index of the last word but one that is a possessive ("Morningstar's" in "Morningstar's Karin Anderson"), or -1. */
export function lastPossessiveBefore(tokens: string[]): number {
  for (let i = tokens.length - 2; i >= 0; i--)
    if (stripPossessive(tokens[i]) !== tokens[i]) return i;
  return -1;
}
