/**
 * A bare count's counted noun, through ellipsis: from "N of the <noun>" after
 * it ("Seven of the twelve", "38 of its 112 shops"), the noun it is said to be
 * ("20 are nurses"), people for "228 on board", the plural subject of its
 * clause ("admissions had peaked at 143"), a coordinated count ("13,254 and
 * 12,723 cases"), or the nearest count before it.
 */
import { readCountedNoun } from './counted-noun.js';
import { PEOPLE_ADJECTIVES } from './counted-noun-words.js';
import type { NumericCandidate } from './numeric-candidate.js';
import { readNumeral } from './numerals.js';
import { isPhraseFinalPlural, singularize } from './plural-nouns.js';
import type { DocumentText } from '../text/document-text.js';
import {
  countedNounOfClause,
  lastPluralBefore,
  pluralNumberedAfter,
  NOT_PLURAL_NOUNS,
  pluralSubjectOfSentence,
} from './count-subjects.js';

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
const MORE_NOUN_AFTER =
  /[ \u00a0]+(?:more|fewer|extra|additional)[ \u00a0]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}])/uy;
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
  // "2.6 million more votes", "1 million fewer journeys": the noun after the comparative is counted.
  MORE_NOUN_AFTER.lastIndex = candidate.end;
  const more = MORE_NOUN_AFTER.exec(text)?.[1];
  if (more !== undefined && isPhraseFinalPlural(more) && !NOT_PLURAL_NOUNS.has(more))
    return void Object.assign(candidate, { unit: singularize(more), unitKind: 'count' });
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
  const fromClause =
    pluralNumberedAfter(text, candidate.end) ??
    countedNounOfClause(text, structure, candidate.qualifierStart);
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
  // "Magnitude 6.8 temblor kills 2,000": people, and what did it is no count of those it was done to.
  if (
    PEOPLE_OBJECT_BEFORE.test(
      text.slice(Math.max(0, candidate.qualifierStart - 30), candidate.qualifierStart),
    )
  )
    return void Object.assign(candidate, { unit: 'person', unitKind: 'count' });
  // "At least 12 died", "9,519 took the exam": what only people do; a count of people named in its own sentence
  // ("Of the 300 nurses, 20 were hurt") says which people, a count of the sentence before need not.
  PEOPLE_PREDICATE.lastIndex = candidate.end;
  const ofPeople = PEOPLE_PREDICATE.test(text);
  // "2,295 deaths during five heat episodes, with 1,311 of them": them are a count that can hold the number.
  // "Of them, 67,325 passed": the same, with the pronoun before the number.
  OF_THEM.lastIndex = candidate.end;
  const themBefore = OF_THEM_BEFORE.test(
    text.slice(Math.max(0, candidate.qualifierStart - 20), candidate.qualifierStart),
  );
  const ofThem =
    (OF_THEM.test(text) || themBefore) && candidate.value !== null ? candidate.value : null;
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

/** What is done only to people, right before the number: "kills 2,000", "injuring at least 40", "evacuated 300". */
const PEOPLE_OBJECT_BEFORE =
  /(?:^|[^\p{L}])(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|evacuat(?:es|ed|ing)|rescu(?:es|ed|ing)|arrest(?:s|ed|ing)?)[ \u00a0]+(?:(?:at[ \u00a0]+least|about|around|some|nearly|almost|more[ \u00a0]+than|over|up[ \u00a0]+to)[ \u00a0]+)?$/iu;

const OF_THEM = /[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom)(?![\p{L}])/iuy;
const OF_THEM_BEFORE =
  /(?:^|[^\p{L}])(?:of|among)[ \u00a0]+(?:them|those|these)[ \u00a0]*,[ \u00a0]*$/iu;

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
