/**
 * The plural noun a bare count's clause or sentence names as what it counts:
 * its subject before a verb of reaching or changing ("flu admissions had
 * peaked at 143", "the number of deaths rose to 45"), a plural set to it
 * ("increased the total of commercial providers to 14"), the plural that opens
 * the sentence ("Economists polled ... were split"), or the last plural before
 * it ("Those states, along with five others").
 */
import type { DocumentText } from '../text/document-text.js';
import { wordSet } from '../text/words.js';
import { isPhraseFinalPlural, singularize } from './plural-nouns.js';
import { endExec } from './text-helpers.js';

/** The last lowercase plural noun in `words` ("states" in "Those states, along with"). */
export function lastPluralBefore(words: string): string | null {
  const all = words.match(/\p{Ll}[\p{Ll}-]*s(?![\p{L}])/gu) ?? [];
  for (let i = all.length - 1; i >= 0; i--)
    if (isPhraseFinalPlural(all[i]) && !NOT_PLURAL_NOUNS.has(all[i])) return all[i];
  return null;
}

/** The verbs by which a count's subject reaches, keeps or changes to the number after them (intransitive: no "cut"). */
const COUNT_VERBS = String.raw`(?:peaked|rose|risen|fell|fallen|reached|stood|totalled|totaled|numbered|climbed|dropped|increased|decreased|declined|grew|grown|shrank|shrunk|slipped|slid|sank|plunged|tumbled|dipped|surged|soared|jumped|hit|doubled|topped|exceeded|amounted|came)`;
/** " 3.8 percent last year", " by 22%,": the change a count's verb states before the count it reaches. */
const CHANGE_BEFORE_COUNT = String.raw`(?:[ \u00a0]+(?:by[ \u00a0]+)?(?:(?:about|around|nearly|almost|some)[ \u00a0]+)?\d[\d.,]*[ \u00a0]*(?:%|percent|per[ \u00a0]cent)(?:[ \u00a0]+(?:last|this|a)[ \u00a0]+year)?,?)?`;
/**
 * "flu admissions had peaked at 143", "the number of deaths rose to 45", "simple assaults, which rose
 * 22 percent, from 4 million": the plural subject counts the number.
 */
const PLURAL_SUBJECT_BEFORE = endExec(
  new RegExp(
    String.raw`(?:number[ \u00a0]+of[ \u00a0]+)?(\p{L}{3,}s)(?:,?[ \u00a0]+(?:which|that|who))?[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+(?:also[ \u00a0]+)?)?${COUNT_VERBS}${CHANGE_BEFORE_COUNT}(?:[ \u00a0]+(?:at|to|by|from))?[ \u00a0]+$`,
    'iu',
  ),
);
export const NOT_PLURAL_NOUNS = wordSet(`
  this thus was has does its his hers ours yours theirs less news series always perhaps whereas
  sales earnings profits revenues shares prices costs rates numbers figures levels totals
  seconds minutes hours days weeks months years decades centuries
`);

/** "increased the total of commercial providers to 14", "cut the number of ministries to 12": the plural set to the number. */
const NUMBER_OF_SET_TO =
  /(?:number|total)[ \u00a0]+of[ \u00a0]+((?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}?)(\p{L}{3,}s)[ \u00a0]+to[ \u00a0]+$/iu;
/**
 * "the number of homeowners dropped by their insurers in the county rose to 2,341", "The number of
 * career ambassadors declined to two from five", "The number of violent crimes decreased 3.8 percent
 * last year to 1.2 million": the plural after "number of", behind up to two modifiers.
 */
const NUMBER_OF_BEFORE = new RegExp(
  String.raw`number[ \u00a0]+of[ \u00a0]+((?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}?)(\p{L}{3,}s)(?![\p{L}])[^.,;:!?]{0,80}?(?:${COUNT_VERBS}|was|is|were)${CHANGE_BEFORE_COUNT}(?:[ \u00a0]+(?:at|to|by|from))?[ \u00a0]+$`,
  'iu',
);

/** "to its ", "of the city's ", "about their own ": a preposition and what may stand before its object ("number of" counts it). */
const OBJECT_OF_PREPOSITION =
  /(?:^|[^\p{L}])(?:to|(?<!(?:number|total)[ \u00a0]+)of|in|on|at|with|for|from|about|across|among|into|through)[ \u00a0]+(?:(?:the|its|their|our|his|her|these|those|all|\p{L}+['’]s)[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+)?$/u;

const RELATIVE_PRONOUN = /[ \u00a0,](?:which|that|who)[ \u00a0]/iu;

/** The unit a count takes from its clause's subject, and the phrase that names what it counts. */
export function countedNounOfClause(
  text: string,
  structure: DocumentText,
  position: number,
): { unit: string; phrase: string } | null {
  const window = text.slice(Math.max(0, position - 140), position);
  const near = window.slice(-60);
  const subject = PLURAL_SUBJECT_BEFORE(near);
  // "Total visits made to its pages rose 4% to 300 million": a plural after a preposition is no subject,
  // unless a relative clause makes it one ("came from simple assaults, which rose 22 percent").
  const beforeSubject = subject ? window.slice(0, window.length - near.length + subject.index) : '';
  if (subject && !RELATIVE_PRONOUN.test(subject[0]) && OBJECT_OF_PREPOSITION.test(beforeSubject)) {
    const sentenceStart = structure.sentenceAt(position).start;
    const clause = beforeSubject.slice(Math.max(0, sentenceStart - (position - window.length)));
    const head = lastPluralBefore(clause.toLowerCase());
    return head === null ? null : { unit: singularize(head), phrase: head };
  }
  const numberOf = subject
    ? null
    : (NUMBER_OF_SET_TO.exec(window) ?? NUMBER_OF_BEFORE.exec(window));
  const plural = subject?.[1] ?? numberOf?.[2];
  if (plural === undefined) return null;
  const noun = plural.toLowerCase();
  if (NOT_PLURAL_NOUNS.has(noun) || noun.endsWith('ss') || noun.endsWith('us')) return null;
  const unit = singularize(noun);
  const whole = numberOf?.[0].slice(0, numberOf[0].indexOf(' ')).toLowerCase(); // "number", "total"
  return { unit, phrase: numberOf ? `${whole} of ${numberOf[1]}${plural}` : unit };
}

/** "a fall of 924 in the past year in the number of police officers": the plural whose number changed by it. */
const IN_THE_NUMBER_OF_AFTER =
  /[ \u00a0]+(?:(?:in|over|during)[ \u00a0]+the[ \u00a0]+(?:past|last|previous)[ \u00a0]+\p{L}+[ \u00a0]+)?(?:in|of)[ \u00a0]+the[ \u00a0]+(?:number|total)[ \u00a0]+of[ \u00a0]+((?:[\p{Ll}-]+[ \u00a0]+){0,2}?)([\p{Ll}-]{3,}s)(?![\p{L}])/uy;

export function pluralNumberedAfter(
  text: string,
  end: number,
): { unit: string; phrase: string } | null {
  IN_THE_NUMBER_OF_AFTER.lastIndex = end;
  const match = IN_THE_NUMBER_OF_AFTER.exec(text);
  if (match === null || NOT_PLURAL_NOUNS.has(match[2]) || !isPhraseFinalPlural(match[2]))
    return null;
  return { unit: singularize(match[2]), phrase: `number of ${match[1]}${match[2]}` };
}

/** A plural noun that opens the sentence ("Economists polled by ..."), after an optional determiner. */
const SENTENCE_SUBJECT =
  /^["“]?(?:(?:The|Most|Many|Some|All|Several|Other)[ \u00a0]+)?((?:\p{L}[\p{L}'’-]*[ \u00a0]+){0,2}?\p{L}[\p{L}'’-]*s)(?![\p{L}])/u;

/** A capitalised plural opening a sentence: a common noun, not a name ending in s ("James", "Williams"). */
const PLURAL_OPENING = /(?:ers|ists|ans|ents|ors|ies|ees|ics|ants|ates)$/u;

export function pluralSubjectOfSentence(
  text: string,
  sentenceStart: number,
): { unit: string; phrase: string } | null {
  const match = SENTENCE_SUBJECT.exec(text.slice(sentenceStart, sentenceStart + 60));
  if (!match) return null;
  const words = match[1].split(/[ \u00a0]+/);
  const head = words[words.length - 1];
  // "James finished with …": a capitalised word at the start is a name, no plural ("Economists" is lowercase inside).
  if (words.length === 1 && /^\p{Lu}/u.test(head) && !PLURAL_OPENING.test(head)) return null;
  if (!isPhraseFinalPlural(head) || NOT_PLURAL_NOUNS.has(head.toLowerCase())) return null;
  return { unit: singularize(head).toLowerCase(), phrase: match[1] };
}
