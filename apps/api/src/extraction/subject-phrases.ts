/**
 * A claim's short `subject` phrase: the counted noun with the predicate that
 * tells which of the counted things these are ("MOUs signed at the Business
 * Forum"), the "of" phrase after the number, the person of an age, or else the
 * noun phrase the clause is about, before the number.
 */
import type { NumericCandidate } from './numeric-candidate.js';
import { singularize } from './plural-nouns.js';
import type { DocumentText } from '../text/document-text.js';
import { isDigit, isLetter, tidy } from './text-helpers.js';
import { wordSet } from '../text/words.js';

const OF_PHRASE_AFTER =
  /[ \u00a0]+of[ \u00a0]+((?:the|its|their|his|her|our|this|these|those|all)[ \u00a0]+)?([\p{L}\p{N}][\p{L}\p{N}'’-]*(?:[ \u00a0]+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,3})/uy;
/** "were signed at the Business Forum": the predicate that tells which of the counted things these are. */
/** "35 MOUs Signed During Korea-Kazakhstan Visit", "300 jobs axed at the plant": a participle right after the noun. */
const PARTICIPLE_AFTER =
  /[ \u00a0]+((?:[\p{L}'’-]+ed|built|sold|held|made|paid|lost|cut|kept|sent|spent|won|set)(?:[ \u00a0]+[\p{L}\p{N}'’.-]+){0,8})/uy;
const PASSIVE_PREDICATE =
  /[ \u00a0]+(?:were|was|are|is|have been|has been|had been|will be|would be|to be)[ \u00a0]+((?:[\p{L}'’-]+ed|[\p{L}'’-]+en|built|sold|held|made|paid|lost|cut|kept|sent|spent|won|set)(?:[ \u00a0]+[\p{L}\p{N}'’.-]+){0,10})/uy;
const CLAUSE_END_WORD = /^(?:and|but|while|which|who|whereas|adding|saying|according)$/i;
const VERB_WORDS = wordSet(`
  is are was were be been has have had will would could can may might rose fell grew reached hit
  stood totalled totaled amounted climbed dropped jumped slipped increased decreased declined cost
  costs sold made paid said says saw shows showed estimated expected plans planned raised received
  spent earned lost gained recorded reported posted accounted accounting represents represented
  remained remains fell soared plunged added cut up down to by
`);
const CLAUSE_PUNCTUATION = new Set([...',;:()"“”‘’—–\''].map((char) => char.charCodeAt(0)));

/** Punctuation that ends a clause; a comma between digits ("3,000") or an apostrophe in a word ("UK's") does not. */
function isClauseBreak(text: string, index: number): boolean {
  if (!CLAUSE_PUNCTUATION.has(text.charCodeAt(index))) return false;
  const char = text[index];
  if (char === ',') return !(isDigit(text[index - 1]) && isDigit(text[index + 1]));
  if (char === '’' || char === "'")
    return !(isLetter(text[index - 1]) && isLetter(text[index + 1]));
  return true;
}

/** Conjunctions and determiners that open a clause but are no part of what it is about. */
const LEADING_DETERMINERS =
  /^(?:(?:and|but|or|while|as|so)\s+)?(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)?/i;

export function describeSubject(
  text: string,
  structure: DocumentText,
  candidate: NumericCandidate,
): string | null {
  if (candidate.unitKind === 'age') {
    const ruleAge = AGE_SET_BEFORE.exec(
      text.slice(Math.max(0, candidate.qualifierStart - 80), candidate.qualifierStart),
    );
    if (candidate.ageOf === null && ruleAge) return tidy(ruleAge[1]);
    return `age of ${candidate.ageOf ?? nounAfter(text, candidate.end) ?? 'person'}`;
  }
  if (candidate.unitKind === 'count' && candidate.nounPhrase) {
    const noun = candidate.nounPhrase.replace(/\s*\([^)]*\)$/, '');
    PASSIVE_PREDICATE.lastIndex = candidate.end;
    PARTICIPLE_AFTER.lastIndex = candidate.end;
    const predicate = PASSIVE_PREDICATE.exec(text) ?? PARTICIPLE_AFTER.exec(text);
    return tidy(predicate ? `${noun} ${cutClause(predicate[1])}` : noun);
  }
  OF_PHRASE_AFTER.lastIndex = candidate.end;
  const ofPhrase = OF_PHRASE_AFTER.exec(text);
  if (ofPhrase) return tidy(`${ofPhrase[1] ?? ''}${cutClause(ofPhrase[2])}`);
  return subjectBefore(text, structure, candidate);
}

/** The noun phrase that the clause is about, before the number: "Kazakhstan's lithium reserves are estimated at about ...". */
function subjectBefore(
  text: string,
  structure: DocumentText,
  candidate: NumericCandidate,
): string | null {
  const sentence = structure.sentenceAt(candidate.qualifierStart);
  const from = Math.max(sentence.start, candidate.qualifierStart - 100);
  // The clause: back to the nearest punctuation that opens one.
  let clauseStart = candidate.qualifierStart;
  while (clauseStart > from && !isClauseBreak(text, clauseStart - 1)) clauseStart--;
  if (clauseStart === from && from > sentence.start) {
    while (clauseStart < candidate.qualifierStart && !/\s/.test(text[clauseStart - 1]))
      clauseStart++; // not from mid-word
  }
  const words = text
    .slice(clauseStart, candidate.qualifierStart)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return null;
  if (words[words.length - 1].toLowerCase() === 'of' && words.length >= 2) {
    // "a profit of £350m" → "profit"
    const head = words.slice(Math.max(0, words.length - 3), words.length - 1).join(' ');
    return tidy(head.replace(LEADING_DETERMINERS, '')) || null;
  }
  if (words.length === 1 && /^(?:he|she|it|they|we|i|you)$/i.test(words[0])) return null;
  const subjectWords: string[] = [];
  for (const word of words) {
    if (VERB_WORDS.has(word.toLowerCase()) || /^\p{Ll}+ed$/u.test(word)) break;
    subjectWords.push(word);
    if (subjectWords.length >= 6) break;
  }
  const subject = tidy(subjectWords.join(' ').replace(LEADING_DETERMINERS, ''));
  return subject.length > 0 ? subject : null;
}

/** "the pension age for council workers from 60 to 65": the age a rule sets, named before the figure. */
const AGE_SET_BEFORE =
  /((?:[\p{Ll}-]+[ \u00a0]+)?age(?:[ \u00a0]+for(?:[ \u00a0]+[\p{L}'’-]+){1,3})?)(?:[ \u00a0]+(?:will[ \u00a0]+)?\p{Ll}+)?[ \u00a0]+(?:from|to)(?:[ \u00a0]+\d{1,3}[ \u00a0]+to)?[ \u00a0]+$/u;
const NOT_NOUNS = new Set([
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'of',
  'from',
  'for',
  'with',
  'when',
]);

function nounAfter(text: string, end: number): string | null {
  const match = /^[ \u00a0]+([\p{Ll}]+)/u.exec(text.slice(end, end + 30));
  return match && !NOT_NOUNS.has(match[1]) ? singularize(match[1]) : null;
}

/** Cuts a phrase at its first clause boundary word ("signed at the Forum and said" → "signed at the Forum"). */
function cutClause(phrase: string): string {
  const words = phrase.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if (CLAUSE_END_WORD.test(word)) break;
    const clean = word.replace(/[.,;:]+$/, '');
    kept.push(clean);
    if (clean !== word) break;
  }
  return kept.join(' ');
}
