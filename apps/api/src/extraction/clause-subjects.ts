/**
 * The subject of a sentence's main clause, when it is a name, a pronoun or a
 * title: whose words a participle ("…, stating") or a coordinated verb ("…
 * and warned") gives.
 */
import { NOT_NAME_WORDS, TITLE_WORDS } from '../text/name-words.js';
import type { SpeakerRef } from './speaker-refs.js';
import { trimStartFrom } from './text-helpers.js';

/** The name or pronoun that opens a clause and is followed by its verb or a relative clause: "Comey issued", "Trump, who". */
const CLAUSE_SUBJECT =
  /^(?:([Hh]e|[Ss]he|[Tt]hey)\s+\p{Ll}|((?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:(?:of|for|the|and|de|van|von)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*){0,4})(?:\s+\p{Ll}|,\s+(?:who|whose|which)\b))/u;

/** "The group", "The new union", "A local charity": a common noun a name is then given for. */
const APPOSITIVE_HEAD =
  /^[ \u00a0"“]*(?:the|a|an)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}\p{Ll}[\p{Ll}-]*$/iu;
/** "WeWorkers Coalition, ": capitalised words closed by a comma. */
const APPOSITIVE_NAME =
  /^((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:[ \u00a0]+(?:(?:of|for|the|and)[ \u00a0]+)*\p{Lu}[\p{L}\p{M}'’.&-]*){0,5}),/u;

/**
 * The subject of the sentence's main clause, at its start or after one
 * opening phrase ("A week before the vote, Hollis sent ..."), when it is a
 * name or a pronoun.
 */
export function mainClauseSubject(sentence: string): { ref: SpeakerRef; position: number } | null {
  // "The SEC is pressing": the subject's name starts after the article.
  const opening = /^[ \u00a0"“]*[Tt]he[ \u00a0]+(?=\p{Lu})/u.exec(sentence)?.[0].length ?? 0;
  const firstComma = sentence.indexOf(',');
  // "The group, WeWorkers Coalition, formed …": the name in apposition to a common noun is the subject.
  if (firstComma >= 0 && APPOSITIVE_HEAD.test(sentence.slice(0, firstComma))) {
    const offset = trimStartFrom(sentence, firstComma + 1, sentence.length);
    const name = APPOSITIVE_NAME.exec(sentence.slice(offset));
    if (name) return { ref: { kind: 'name', phrase: name[1] }, position: offset };
  }
  for (const start of firstComma >= 0 ? [opening, firstComma + 1] : [opening]) {
    const offset = trimStartFrom(sentence, start, sentence.length);
    const match = CLAUSE_SUBJECT.exec(sentence.slice(offset));
    if (!match) continue;
    if (match[1])
      return { ref: { kind: 'pronoun', word: match[1].toLowerCase() }, position: offset };
    const firstWord = match[2].split(/\s+/)[0].toLowerCase();
    if (NOT_NAME_WORDS.has(firstWord)) continue;
    return { ref: { kind: 'name', phrase: match[2] }, position: offset };
  }
  return null;
}

/** "The finance minister visited …", "Its chief executive sent …": the title a sentence opens with, as its subject. */
export function titleSubject(sentence: string): { ref: SpeakerRef; position: number } | null {
  const determiner = /^[\s"“]*(?:the|a|an|its|their|his|her)\s+/iu.exec(sentence);
  if (determiner === null) return null;
  const words: string[] = [];
  for (const word of sentence.slice(determiner[0].length).split(/\s+/, 4)) {
    if (!TITLE_WORDS.has(word)) break;
    words.push(word);
  }
  return words.length === 0
    ? null
    : { ref: { kind: 'role', words }, position: determiner[0].length };
}
