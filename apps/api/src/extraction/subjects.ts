/**
 * What each number counts or measures. A bare number takes its counted noun
 * through ellipsis ("Of the 35 MOUs, 11 were signed" → 11 MOUs; "Seven of the
 * twelve" → volunteers); every claim gets a short `subject` phrase.
 */
import { readCountedNoun } from './counted-noun.js';
import type { NumericCandidate } from './numeric-scanner.js';
import { readNumeral } from './numerals.js';
import type { DocumentText } from '../text/document-text.js';
import { isDigit, isLetter, tidy } from './text-helpers.js';
import { wordSet } from '../text/words.js';
import { isPhraseFinalPlural, singularize } from './units.js';

/** "of the", "of these", "of their" after a bare number; the counted noun or number follows. */
const COORDINATION = /[ \u00a0]+(?:and|or|to)[ \u00a0]+/y;
const COMPARISON_BEFORE =
  /(?:compared (?:with|to)|up from|down from|against|versus|vs\.?)[ \u00a0]+$/i;
const OF_NUMBER = /[ \u00a0]+of[ \u00a0]+/y;
/** "20 are nurses", "12 were women": a plural noun the number is said to be. */
const COPULA_NOUN_AFTER =
  /[ \u00a0]+(?:are|were)[ \u00a0]+(?:(?:all|also|now|still)[ \u00a0]+)?(\p{Ll}[\p{Ll}-]*s)(?=[ \u00a0]*[.,;:!?]|[ \u00a0]+(?:and|or|but|who|while|in|at|on|from|with)(?![\p{L}]))/uy;
/** "of the", "of their", "of the city's" after a bare number; the counted noun or total follows. */
const OF_DEFINITE =
  /[ \u00a0]+of[ \u00a0]+(?:the|these|those|their|its|our|his|her)(?:[ \u00a0]+\p{L}[\p{L}-]*['’]s)?(?=[ \u00a0])/iuy;
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
const CLAUSE_PUNCTUATION = new Set(',;:()"“”‘’—–\'');

/** Punctuation that ends a clause; a comma between digits ("3,000") or an apostrophe in a word ("UK's") does not. */
function isClauseBreak(text: string, index: number): boolean {
  const char = text[index];
  if (!CLAUSE_PUNCTUATION.has(char)) return false;
  if (char === ',') return !(isDigit(text[index - 1]) && isDigit(text[index + 1]));
  if (char === '’' || char === "'")
    return !(isLetter(text[index - 1]) && isLetter(text[index + 1]));
  return true;
}

/** Conjunctions and determiners that open a clause but are no part of what it is about. */
const LEADING_DETERMINERS =
  /^(?:(?:and|but|or|while|as|so)\s+)?(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)?/i;

export function resolveSubjects(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
): void {
  const sentenceOf = candidates.map((candidate) => structure.sentenceIndexAt(candidate.start));
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (
      candidate.unit === null &&
      candidate.unitKind === null &&
      !inheritCurrency(text, candidates, sentenceOf, i) &&
      !inheritFromPaired(text, candidates, i)
    )
      inheritCountedNoun(text, structure, candidates, sentenceOf, i);
    candidate.subject = describeSubject(text, structure, candidate);
  }
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].unitKind === null && structure.paragraphAt(candidates[i].start).isHeadline)
      adoptFromBody(candidates, i);
  }
  partsOfTheTotalBefore(text, candidates, sentenceOf);
}

/** "Of the 143 complaints,", "Among the 538 electors," opening a sentence. */
const OF_THE_TOTAL_BEFORE =
  /(?:^|[.!?]["”’)]?[ \u00a0\n]+|\n)(?:Of|Among)[ \u00a0]+(?:the|its|their)[ \u00a0]+$/u;
const COMMA_AFTER_TOTAL = /^(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]*,/u;
/** A verb read as the adjective of a counted noun: "51 concerned buses" is 51 complaints that concerned buses. */
const VERB_BEFORE_NOUN = /^\p{Ll}+ed(?=[ \u00a0])/u;

/**
 * "Of the 143 complaints, 51 concerned buses, 29 concerned roads and 60
 * concerned parking": each part counts the total's noun, and the span stops
 * at the number, before the verb.
 */
function partsOfTheTotalBefore(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
): void {
  for (let i = 0; i < candidates.length; i++) {
    const total = candidates[i];
    if (total.unitKind !== 'count' || total.value === null) continue;
    if (
      !OF_THE_TOTAL_BEFORE.test(
        text.slice(Math.max(0, total.qualifierStart - 40), total.qualifierStart),
      )
    )
      continue;
    if (!COMMA_AFTER_TOTAL.test(text.slice(total.end, total.end + 40))) continue;
    for (let j = i + 1; j < candidates.length && sentenceOf[j] === sentenceOf[i]; j++) {
      const part = candidates[j];
      if (part.value === null || part.value.gt(total.value)) continue;
      if (part.unitKind !== null && part.unitKind !== 'count') continue;
      const noun = part.nounPhrase;
      if (noun !== null && VERB_BEFORE_NOUN.test(noun)) {
        const spanText = text.slice(part.start, part.end);
        if (spanText.endsWith(noun)) part.end -= noun.length + 1;
      } else if (noun !== null) continue;
      adopt(part, total);
    }
  }
}

/** "leads Trump 50 to 41 per cent", "62-32%": the unit of a pair is written once, after the second figure. */
const PAIR_CONNECTOR = /^[ \u00a0]*(?:to|-|–|versus|vs\.?)[ \u00a0]*$/iu;

function inheritFromPaired(text: string, candidates: NumericCandidate[], index: number): boolean {
  const [candidate, next] = [candidates[index], candidates[index + 1]];
  if (!next || next.unitKind !== 'percent' || next.value === null) return false;
  if (!PAIR_CONNECTOR.test(text.slice(candidate.end, next.qualifierStart))) return false;
  candidate.unit = next.unit;
  candidate.unitKind = next.unitKind;
  return true;
}

/** A figure with a money scale and no unit: "550m", "2.3bn". */
const SCALED_AMOUNT = /\d(?:m|bn|mn|tn)$/i;

/**
 * "Fiat is to get 1bn euros immediately, with another 550m to follow": a bare
 * amount in millions or billions is in the currency of the amount before it
 * in its sentence.
 */
function inheritCurrency(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  index: number,
): boolean {
  const candidate = candidates[index];
  if (!SCALED_AMOUNT.test(text.slice(candidate.start, candidate.end))) return false;
  for (let j = index - 1; j >= 0 && sentenceOf[j] === sentenceOf[index]; j--) {
    const before = candidates[j];
    if (
      before.unitKind === 'currency' &&
      before.conversionOf === null &&
      !before.unit?.includes('/')
    ) {
      candidate.unit = before.unit;
      candidate.unitKind = 'currency';
      return true;
    }
  }
  return false;
}

/** A bare number in a headline ("forces 12,000 to flee") counts what the body counts with the same number ("12,000 residents"). */
function adoptFromBody(candidates: NumericCandidate[], index: number): void {
  const headline = candidates[index];
  for (let j = index + 1; j < candidates.length && j <= index + 200; j++) {
    const body = candidates[j];
    if (
      body.unitKind === 'count' &&
      body.value !== null &&
      headline.value !== null &&
      body.value.cmp(headline.value) === 0
    ) {
      adopt(headline, body);
      headline.subject = body.subject;
      return;
    }
  }
}

/**
 * A bare count takes the counted noun from "N of the <noun>" after it ("Seven
 * of the twelve" → the twelve counted earlier), or from the nearest count
 * before it in the same sentence, or the last count of the previous one.
 */
function inheritCountedNoun(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  index: number,
): void {
  const candidate = candidates[index];
  const next = candidates[index + 1];
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
    if (numeral) {
      const antecedent = findEarlierCount(
        candidates,
        index,
        (c) => c.value !== null && c.value.cmp(numeral.value) === 0,
      );
      if (antecedent) return adopt(candidate, antecedent);
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
  const fromClause = countedNounOfClause(text, candidate.qualifierStart);
  if (fromClause) {
    candidate.unit = fromClause;
    candidate.unitKind = 'count';
    candidate.nounPhrase = fromClause;
    return;
  }
  // "13,254 and 12,723 cases": a coordinated number shares the noun of the next one.
  COORDINATION.lastIndex = candidate.end;
  if (
    next &&
    sentenceOf[index + 1] === sentenceOf[index] &&
    COORDINATION.test(text) &&
    next.start === COORDINATION.lastIndex &&
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
  for (let j = index - 1; j >= 0 && j >= index - 20 && sentenceOf[j] >= sentence - 1; j--) {
    const earlier = candidates[j];
    if (earlier.unitKind === 'count' && earlier.unit !== null) return adopt(candidate, earlier);
    if (sentenceOf[j] < sentence) break; // only the last count of the previous sentence
  }
}

/** "flu admissions had peaked at 143", "the number of deaths rose to 45": the plural subject counts the number. */
const PLURAL_SUBJECT_BEFORE =
  /(?:number[ \u00a0]+of[ \u00a0]+)?(\p{L}{3,}s)[ \u00a0]+(?:(?:had|has|have)[ \u00a0]+(?:also[ \u00a0]+)?)?(?:peaked|rose|risen|fell|fallen|reached|stood|totalled|totaled|numbered|climbed|dropped|increased|decreased|grew|grown|jumped|hit|doubled|topped|exceeded|amounted|came)(?:[ \u00a0]+(?:at|to|by|from))?[ \u00a0]+$/iu;
const NOT_PLURAL_NOUNS = wordSet(`
  this thus was has does its his hers ours yours theirs less news series always perhaps whereas
  sales earnings profits revenues shares prices costs rates
  seconds minutes hours days weeks months years decades centuries
`);

/** "the number of homeowners dropped by their insurers in the county rose to 2,341". */
const NUMBER_OF_BEFORE =
  /number[ \u00a0]+of[ \u00a0]+(\p{L}{3,}s)(?![\p{L}])[^.,;:!?]{0,80}?(?:peaked|rose|risen|fell|fallen|reached|stood|totalled|totaled|climbed|dropped|increased|decreased|grew|grown|jumped|hit|doubled|topped|exceeded|was|is|were)(?:[ \u00a0]+(?:at|to|by|from))?[ \u00a0]+$/iu;

function countedNounOfClause(text: string, position: number): string | null {
  const window = text.slice(Math.max(0, position - 140), position);
  const match = PLURAL_SUBJECT_BEFORE.exec(window.slice(-60)) ?? NUMBER_OF_BEFORE.exec(window);
  if (!match) return null;
  const noun = match[1].toLowerCase();
  if (NOT_PLURAL_NOUNS.has(noun) || noun.endsWith('ss') || noun.endsWith('us')) return null;
  return singularize(noun);
}

/** A plural noun that opens the sentence ("Economists polled by ..."), after an optional determiner. */
const SENTENCE_SUBJECT =
  /^["“]?(?:(?:The|Most|Many|Some|All|Several|Other)[ \u00a0]+)?((?:\p{L}[\p{L}'’-]*[ \u00a0]+){0,2}?\p{L}[\p{L}'’-]*s)(?![\p{L}])/u;

function pluralSubjectOfSentence(
  text: string,
  sentenceStart: number,
): { unit: string; phrase: string } | null {
  const match = SENTENCE_SUBJECT.exec(text.slice(sentenceStart, sentenceStart + 60));
  if (!match) return null;
  const words = match[1].split(/[ \u00a0]+/);
  const head = words[words.length - 1];
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

function adopt(candidate: NumericCandidate, antecedent: NumericCandidate): void {
  candidate.unit = antecedent.unit;
  candidate.unitKind = 'count';
  candidate.nounPhrase = antecedent.nounPhrase;
}

function describeSubject(
  text: string,
  structure: DocumentText,
  candidate: NumericCandidate,
): string | null {
  if (candidate.unitKind === 'age')
    return `age of ${candidate.ageOf ?? nounAfter(text, candidate.end) ?? 'person'}`;
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

function nounAfter(text: string, end: number): string | null {
  const match = /^[ \u00a0]+([\p{Ll}]+)/u.exec(text.slice(end, end + 30));
  return match ? singularize(match[1]) : null;
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
