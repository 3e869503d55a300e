/**
 * A bare count's counted noun, through ellipsis: from "N of the <noun>" after
 * it ("Seven of the twelve", "38 of its 112 shops"), the noun it is said to be
 * ("20 are nurses"), people for "228 on board", the plural subject of its
 * clause ("admissions had peaked at 143"), a coordinated count ("13,254 and
 * 12,723 cases"), or the nearest count before it.
 */
import { PEOPLE_ADJECTIVES, readCountedNoun } from './counted-noun.js';
import type { NumericCandidate } from './numeric-candidate.js';
import { readNumeral } from './numerals.js';
import { isPhraseFinalPlural, singularize } from './plural-nouns.js';
import type { DocumentText } from '../text/document-text.js';
import { endExec } from './text-helpers.js';
import { wordSet } from '../text/words.js';

/** "of the", "of these", "of their" after a bare number; the counted noun or number follows. */
const COORDINATION = /[ \u00a0]+(?:and|or|to)[ \u00a0]+/y;
const COMPARISON_BEFORE =
  /(?:compared (?:with|to)|up from|down from|against|versus|vs\.?)[ \u00a0]+$/i;
const OF_NUMBER = /[ \u00a0]+of[ \u00a0]+/y;
/** "20 are nurses", "12 were women": a plural noun the number is said to be. */
const COPULA_NOUN_AFTER =
  /[ \u00a0]+(?:are|were)[ \u00a0]+(?:(?:all|also|now|still)[ \u00a0]+)?(\p{Ll}[\p{Ll}-]*s)(?=[ \u00a0]*[.,;:!?]|[ \u00a0]+(?:and|or|but|who|while|in|at|on|from|with)(?![\p{L}]))/uy;
const SEATS_BEFORE = /(?:^|[^\p{L}])seats[ \u00a0]+$/u;
const FROM_BEFORE = /(?:^|[^\p{L}])from[ \u00a0]+$/iu;
/** " to ", " in 2016 to ", " in fiscal 2016 to ": the end of a count's "from N ... to M" pair. */
const TO_AFTER_TIME =
  /(?:[ \u00a0]+(?:in|at|during)[ \u00a0]+(?:fiscal[ \u00a0]+)?(?:\d{4}|\p{Lu}\p{Ll}+))?[ \u00a0]+to[ \u00a0]+/uy;
const WORD_AFTER_SPACE = /[ \u00a0]+(\p{L}+)(?![\p{L}])/uy;
/** The lowercased word one space on from `position` ("injured" in " injured are …"), or ''. */
function wordAt(text: string, position: number): string {
  WORD_AFTER_SPACE.lastIndex = position;
  return WORD_AFTER_SPACE.exec(text)?.[1].toLowerCase() ?? '';
}
const ON_BOARD_AFTER = /[ \u00a0]+(?:on[ \u00a0]+board|aboard)(?![\p{L}])/iuy;
/** One word, lowercase or hyphenated, before a number: " season-high ", " remaining ". */
const MODIFIER_THEN_SPACE = /^[ \u00a0]+(?:\p{L}+-\p{L}+|\p{Ll}+)[ \u00a0]+$/u;
/** "of the", "of their", "of the city's", "of Boeing's", "of parliament's" after a bare number; the counted noun or total follows. */
const OF_DEFINITE =
  /[ \u00a0]+of[ \u00a0]+(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Ii]ts|[Oo]ur|[Hh]is|[Hh]er)(?:[ \u00a0]+\p{L}[\p{L}-]*['’]s)?|\p{L}[\p{L}&.-]*[ \u00a0]?['’]s)(?=[ \u00a0])/uy;

/**
 * A bare count takes the counted noun from "N of the <noun>" after it ("Seven
 * of the twelve" → the twelve counted earlier), or from the nearest count
 * before it in the same sentence, or the last count of the previous one.
 */
export function inheritCountedNoun(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  index: number,
): void {
  const candidate = candidates[index];
  const next = candidates[index + 1];
  // "killed all 228 on board": the people a vehicle carries.
  ON_BOARD_AFTER.lastIndex = candidate.end;
  if (ON_BOARD_AFTER.test(text)) {
    candidate.unit = 'person';
    candidate.unitKind = 'count';
    return;
  }
  // "The tap room seats 18": the seats a place has.
  if (
    SEATS_BEFORE.test(
      text.slice(Math.max(0, candidate.qualifierStart - 12), candidate.qualifierStart),
    )
  )
    return void Object.assign(candidate, { unit: 'seat', unitKind: 'count' });
  // "among the 4,000" after "4,000 work-related emails": a definite number refers back to a count of its value.
  if (candidate.definite && candidate.value !== null) {
    const value = candidate.value;
    const stated = findEarlierCount(
      candidates,
      index,
      (c) => c.value !== null && c.value.cmp(value) === 0,
    );
    if (stated) return adopt(candidate, stated);
  }
  // "Of the staff, 20 are nurses": the noun the number is said to be counts it.
  COPULA_NOUN_AFTER.lastIndex = candidate.end;
  const said = COPULA_NOUN_AFTER.exec(text);
  if (said && isPhraseFinalPlural(said[1]) && !NOT_PLURAL_NOUNS.has(said[1].toLowerCase())) {
    candidate.unit = singularize(said[1].toLowerCase());
    candidate.unitKind = 'count';
    return;
  }
  OF_NUMBER.lastIndex = candidate.end;
  if (next && OF_NUMBER.test(text) && next.start === OF_NUMBER.lastIndex) {
    if (next.unitKind === 'count') return adopt(candidate, next); // "30 of 250 staff"
    if (next.unitKind === null) {
      // "Economists polled ... were split, with 23 of 38 expecting a move": both count the sentence's subject.
      const noun = pluralSubjectOfSentence(text, structure.sentenceAt(candidate.start).start);
      if (noun) {
        for (const c of [candidate, next])
          Object.assign(c, { unit: noun.unit, unitKind: 'count', nounPhrase: noun.phrase });
        return;
      }
    }
  }
  OF_DEFINITE.lastIndex = candidate.end;
  if (OF_DEFINITE.test(text)) {
    const phraseStart = OF_DEFINITE.lastIndex;
    const numeral = readNumeral(text, phraseStart + 1);
    if (numeral && next && next.start === phraseStart + 1 && next.unitKind === 'count')
      return adopt(candidate, next); // "38 of its 112 shops"
    // "20 of his season-high 31 points": one modifier before the total.
    if (next?.unitKind === 'count' && MODIFIER_THEN_SPACE.test(text.slice(phraseStart, next.start)))
      return adopt(candidate, next);
    // Digits that are no figure of their own name a model ("30 of Boeing's 787-9 Dreamliner jets").
    const model = numeral?.form === 'digits' && next?.start !== phraseStart + 1;
    if (numeral && !model) {
      const antecedent = findEarlierCount(
        candidates,
        index,
        (c) => c.value !== null && c.value.cmp(numeral.value) === 0,
      );
      if (antecedent) return adopt(candidate, antecedent);
    } else if (PEOPLE_ADJECTIVES.has(wordAt(text, phraseStart))) {
      return void Object.assign(candidate, { unit: 'person', unitKind: 'count' }); // "Three of the injured"
    } else {
      const noun = readCountedNoun(text, phraseStart, false, false);
      if (noun) {
        candidate.unit = noun.unit;
        candidate.unitKind = 'count';
        candidate.nounPhrase = noun.phrase;
        return;
      }
    }
  }
  const fromClause = countedNounOfClause(text, structure, candidate.qualifierStart);
  if (fromClause) {
    candidate.unit = fromClause.unit;
    candidate.unitKind = 'count';
    candidate.nounPhrase = fromClause.phrase;
    return;
  }
  // "13,254 and 12,723 cases", "from 366 in 2016 to around 100 officers": a coordinated number shares the noun of the next one.
  const coordination = FROM_BEFORE.test(
    text.slice(Math.max(0, candidate.qualifierStart - 6), candidate.qualifierStart),
  )
    ? TO_AFTER_TIME
    : COORDINATION;
  coordination.lastIndex = candidate.end;
  if (
    next &&
    sentenceOf[index + 1] === sentenceOf[index] &&
    coordination.test(text) &&
    next.qualifierStart === coordination.lastIndex &&
    next.unitKind === 'count'
  ) {
    return adopt(candidate, next);
  }
  const sentence = sentenceOf[index];
  // "58,114 cases in 41 of 53 countries, compared with 941": a comparison restates the sentence's main figure.
  if (
    COMPARISON_BEFORE.test(
      text.slice(Math.max(0, candidate.qualifierStart - 24), candidate.qualifierStart),
    )
  ) {
    for (let j = Math.max(0, index - 20); j < index; j++) {
      if (sentenceOf[j] === sentence && candidates[j].unitKind === 'count')
        return adopt(candidate, candidates[j]);
    }
  }
  // "Those states, along with five others": others of the plural named before them in the sentence.
  if (/others$/u.test(text.slice(candidate.start, candidate.end))) {
    const sentenceStart = structure.sentenceAt(candidate.start).start;
    const plural = lastPluralBefore(text.slice(sentenceStart, candidate.qualifierStart));
    if (plural)
      return void Object.assign(candidate, { unit: singularize(plural), unitKind: 'count' });
  }
  // "At least 12 died", "9,519 took the exam": what only people do; a count of people named in its own sentence
  // ("Of the 300 nurses, 20 were hurt") says which people, a count of the sentence before need not.
  PEOPLE_PREDICATE.lastIndex = candidate.end;
  const ofPeople = PEOPLE_PREDICATE.test(text);
  // "2,295 deaths during five heat episodes, with 1,311 of them": them are a count that can hold the number.
  OF_THEM.lastIndex = candidate.end;
  const ofThem = OF_THEM.test(text) && candidate.value !== null ? candidate.value : null;
  const earliestSentence = ofPeople ? sentence : sentence - 1;
  for (let j = index - 1; j >= 0 && j >= index - 20 && sentenceOf[j] >= earliestSentence; j--) {
    const earlier = candidates[j];
    const holds = ofThem === null || earlier.value === null || earlier.value.gte(ofThem);
    if (earlier.unitKind === 'count' && earlier.unit !== null && holds)
      return adopt(candidate, earlier);
  }
  if (ofPeople) Object.assign(candidate, { unit: 'person', unitKind: 'count' });
}

/** What a number of people did or had done to them, right after it: " died", " were injured", " took the exam". */
const PEOPLE_PREDICATE =
  /[ \u00a0]+(?:(?:also|later|have|had)[ \u00a0]+)?(?:died|drowned|fled|voted|applied|attended|enrolled|graduated|protested|marched|survived|resigned|testified|took[ \u00a0]+(?:part|the[ \u00a0]+(?:exam|test))|turned[ \u00a0]+out|signed[ \u00a0]+up|(?:were|are|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:killed|injured|wounded|hurt|arrested|detained|evacuated|rescued|displaced|hospitali[sz]ed|jailed|convicted|deported|missing))(?![\p{L}])/iuy;

const OF_THEM = /[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom)(?![\p{L}])/iuy;

/** The last lowercase plural noun in `words` ("states" in "Those states, along with"). */
function lastPluralBefore(words: string): string | null {
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
const NOT_PLURAL_NOUNS = wordSet(`
  this thus was has does its his hers ours yours theirs less news series always perhaps whereas
  sales earnings profits revenues shares prices costs rates
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
function countedNounOfClause(
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

/** A plural noun that opens the sentence ("Economists polled by ..."), after an optional determiner. */
const SENTENCE_SUBJECT =
  /^["“]?(?:(?:The|Most|Many|Some|All|Several|Other)[ \u00a0]+)?((?:\p{L}[\p{L}'’-]*[ \u00a0]+){0,2}?\p{L}[\p{L}'’-]*s)(?![\p{L}])/u;

/** A capitalised plural opening a sentence: a common noun, not a name ending in s ("James", "Williams"). */
const PLURAL_OPENING = /(?:ers|ists|ans|ents|ors|ies|ees|ics|ants|ates)$/u;

function pluralSubjectOfSentence(
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

function findEarlierCount(
  candidates: NumericCandidate[],
  index: number,
  test: (c: NumericCandidate) => boolean,
): NumericCandidate | null {
  for (let j = index - 1; j >= 0 && index - j <= 50; j--) {
    if (candidates[j].unitKind === 'count' && test(candidates[j])) return candidates[j];
  }
  return null;
}

export function adopt(candidate: NumericCandidate, antecedent: NumericCandidate): void {
  candidate.unit = antecedent.unit;
  candidate.unitKind = 'count';
  candidate.nounPhrase = antecedent.nounPhrase;
}
