/**
 * The counted noun right after a number: "72,000 units", "45 newsroom jobs",
 * "four Boeing 737 aircraft", "35 memorandums of understanding (MOUs)".
 * Without a tagger we read up to four words and stop at function words, verbs
 * and adverbs; the last word read is the head noun. A lone singular word after
 * a count above one, followed by "in", "at", "abroad", ..., is a verb ("600
 * work in sales"), not the counted noun.
 */
import { isPhraseFinalPlural, isPluralForm, singularize } from './plural-nouns.js';
import { readAcronymAfter } from './counted-acronym.js';
import { compoundUnit } from './compound-nouns.js';
import { NUMERAL_START_WORDS } from './numeral-vocabulary.js';
import {
  LY_NOUNS,
  MODIFIERS_ONLY,
  NOMINAL_ADJECTIVES,
  STOP_WORDS,
  VERBS_AFTER_SUBJECT,
} from './counted-noun-words.js';

export interface CountedNoun {
  /** UTF-16 index after the noun phrase (after "(MOUs)" when an acronym follows). */
  end: number;
  /** The words of the noun phrase as written ("newsroom jobs"). */
  phrase: string;
  /** Normalised unit: the head noun in the singular ("job"), or the acronym ("MOU"). */
  unit: string;
  /** The head is a lowercase singular noun ("program" in "777 program"), which no count above one takes. */
  singularHead: boolean;
}

/**
 * The next word after one space: letters (with ' - &), a model number ("737",
 * "787-9", "A350-900", "A320s"), or a quoted modifier ("concept").
 */
const NEXT_WORD =
  /[ \u00a0]((?:\p{Lu}\.){2,}|["“‘']?[\p{L}][\p{L}\p{M}'’&-]*["”’']?|\p{Lu}{0,2}\d+[A-Za-z]*(?:[-‑]\d+[A-Za-z]*)?)(?=[\s,.;:!?)\]"”’']|$)/uy;
const MODEL = /\d/;
/** A capitalised word after a model number that opens the phrase: "400 737 Max jets", "five 787 Dreamliner sales". */
const NAME_AFTER = /[ \u00a0]\p{Lu}\p{Ll}/uy;
/** "Bank of America", "Department of Health" inside the phrase: "of" between capitalised words. */
const OF_IN_NAME = /[ \u00a0]of[ \u00a0]\p{Lu}/uy;
const QUOTED = /^["“‘'].*["”’']$/u;

const MAX_WORDS = 4;

/**
 * Words that continue a clause after a verb: "600 work in sales", "30 live abroad",
 * "11 rate it a buy", "five want the deal". A noun counted by a number above one
 * would be plural there.
 */
const VERB_COMPLEMENT_AFTER =
  /[ \u00a0](?:in|at|on|for|from|with|as|abroad|overseas|here|there|alone|together|remotely|full-time|part-time|it|them|him|her|us|me|the|its|their|this|these|those)(?![\p{L}-])/iuy;

/** Past forms and participles ("died", "signed", "living"); "-eed" words are nouns ("seed", "speed"). */
function isVerbLike(lower: string): boolean {
  if (lower.length >= 4 && lower.endsWith('ed') && !lower.endsWith('eed')) return true;
  return lower.length > 5 && lower.endsWith('ing');
}

function isAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower);
}

/** Capitalised acronyms written like stop words: "nine US companies" is not the pronoun "us". */
const ACRONYMS_SPELT_AS_WORDS = new Set(['US']);

/** A modifier, then within one more word a plural that ends the phrase: "critical reports", "smaller rural schools". */
function gradesModifierOfPlural(text: string, end: number): boolean {
  let cursor = end;
  for (let read = 0; read < 3; read++) {
    NEXT_WORD.lastIndex = cursor;
    const match = NEXT_WORD.exec(text);
    if (!match) return false;
    const word = match[1];
    const lower = word.toLowerCase();
    if (STOP_WORDS.has(lower) || isCapitalised(word) || MODEL.test(word)) return false;
    if (read > 0 && isPluralForm(word)) return true;
    cursor = NEXT_WORD.lastIndex;
  }
  return false;
}

/**
 * The counted noun phrase starting one space after `position`, or null when none
 * is there. In a headline every word is capitalised, so the unit is lowercased.
 */
export function readCountedNoun(
  text: string,
  position: number,
  inHeadline: boolean,
  countAboveOne: boolean,
): CountedNoun | null {
  const words: { text: string; end: number }[] = [];
  let cursor = position;
  /** Words before an "of" inside a name, to fall back on when no noun follows the name. */
  let beforeOf = -1;
  while (words.length < MAX_WORDS) {
    NEXT_WORD.lastIndex = cursor;
    const match = NEXT_WORD.exec(text);
    if (!match) break;
    const word = match[1];
    const wordEnd = NEXT_WORD.lastIndex;
    const lower = word.toLowerCase();
    const previous = words[words.length - 1];
    if (lower === 'of' && previous && isCapitalised(previous.text)) {
      OF_IN_NAME.lastIndex = cursor;
      if (!OF_IN_NAME.test(text)) break;
      beforeOf = words.length;
      words.push({ text: word, end: wordEnd });
      cursor = wordEnd;
      continue;
    }
    if (STOP_WORDS.has(lower) && !ACRONYMS_SPELT_AS_WORDS.has(word)) break;
    // "two highly critical reports": an adverb inside the phrase grades the modifier of a plural after it.
    if (isAdverb(lower) && !gradesModifierOfPlural(text, wordEnd)) break;
    if (/^["“‘']/.test(word) && !QUOTED.test(word)) break; // an opening mark without its close: a quotation starts
    if (/["”]$/.test(word) && !QUOTED.test(word)) {
      // A closing mark ends the quoted words the noun closes: "“one country, two systems” formula".
      words.push({ text: word.slice(0, -1), end: wordEnd - 1 });
      break;
    }
    if (MODEL.test(word)) {
      // A model number belongs to the noun after a capitalised word ("four Boeing 737 aircraft") or before
      // one ("400 737 Max jets", "the embattled 737 Max jet").
      NAME_AFTER.lastIndex = wordEnd;
      if (!(previous && isCapitalised(previous.text)) && !NAME_AFTER.test(text)) break;
    }
    words.push({ text: word, end: wordEnd });
    cursor = wordEnd;
    // the head: what follows is the verb ("14,000 people work there"); a name ending in "s" is a modifier
    // when a noun follows it ("two Dallas police officers").
    if (isPhraseFinalPlural(word) && !isNameBeforeNoun(text, word, wordEnd)) break;
  }
  if (beforeOf >= 0 && isCapitalised(words[words.length - 1].text)) words.length = beforeOf;
  // The head is the last word: a trailing verb ("35 MOUs Signed During"), model number or modifier cannot be it.
  while (words.length > 0) {
    const last = words[words.length - 1].text;
    const lower = last.toLowerCase();
    if (
      isVerbLike(lower) ||
      MODIFIERS_ONLY.has(lower) ||
      (VERBS_AFTER_SUBJECT.has(lower) && words.length > 1) ||
      (MODEL.test(last) && !isPhraseFinalPlural(last)) ||
      QUOTED.test(last)
    )
      words.pop();
    else break;
  }
  if (words.length === 0) return null;
  const coordinated = readCoordinatedHead(text, words[words.length - 1]);
  if (coordinated) words.push(coordinated);
  const head = words[words.length - 1];
  if (
    countAboveOne &&
    words.length === 1 &&
    (isPresentTenseVerb(text, head.text, head.end) || isModifierOfLaterCount(text, head))
  )
    return null;
  // "2,115 contained classified information": a past form before a singular head is the verb of a clause
  // whose subject is the number; a count above one counts plurals ("51 concerned buses" is read elsewhere).
  if (
    countAboveOne &&
    words.length > 1 &&
    isVerbLike(words[0].text) &&
    !isCapitalised(head.text) &&
    !isPluralForm(head.text)
  )
    return null;
  const phrase = text.slice(position + 1, head.end);
  let unit = compoundUnit(words) ?? singularize(head.text);
  if (
    (inHeadline || TITLE_CASE_WORD_AFTER.test(text.slice(head.end, head.end + 30))) &&
    !isAcronym(head.text)
  )
    unit = unit.toLowerCase();
  const acronym = readAcronymAfter(text, head.end, phrase);
  if (acronym) return acronym;
  const singularHead =
    !isCapitalised(head.text) &&
    !isPluralForm(head.text) &&
    !NOMINAL_ADJECTIVES.has(head.text.toLowerCase());
  return { end: head.end, phrase, unit, singularHead };
}

/** " and cleaning workers", " or part-time nurses": a second modifier and the head both modifiers share. */
const COORDINATED_MODIFIER_AFTER =
  /[ \u00a0]+(?:and|or)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){1,2}?(\p{Ll}[\p{Ll}-]*)(?![\p{L}-])/uy;

/**
 * "1,000 maintenance and cleaning workers": a word that is no plural, then
 * "and"/"or" and a modifier before a plural, is a modifier of that plural; "200
 * doctors and nurses" is a list, and the first plural stays the head.
 */
function readCoordinatedHead(
  text: string,
  last: { text: string; end: number },
): { text: string; end: number } | null {
  const lower = last.text.toLowerCase();
  if (isCapitalised(last.text) || isPluralForm(last.text) || STOP_WORDS.has(lower)) return null;
  COORDINATED_MODIFIER_AFTER.lastIndex = last.end;
  const match = COORDINATED_MODIFIER_AFTER.exec(text);
  if (!match) return null;
  const head = match[1];
  const modifiers = match[0]
    .trim()
    .split(/[ \u00a0]+/)
    .slice(1, -1);
  if (
    !isPhraseFinalPlural(head) ||
    isVerbLike(head.toLowerCase()) ||
    modifiers.some((word) => STOP_WORDS.has(word))
  )
    return null;
  return { text: head, end: COORDINATED_MODIFIER_AFTER.lastIndex };
}

/** A capitalised word ("Dallas", "Texas") with a word of the phrase after it, not a stop word. */
function isNameBeforeNoun(text: string, word: string, end: number): boolean {
  if (!isCapitalised(word) || isAcronym(word)) return false;
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  NEXT_WORD.lastIndex = end;
  const lower = next?.[1].toLowerCase() ?? '';
  return (
    next !== null && !STOP_WORDS.has(lower) && !isVerbLike(lower) && !VERBS_AFTER_SUBJECT.has(lower)
  );
}

/** " Added In August", " Hit by Outages": a title-case line goes on, so the capital is the title's, not a name's. */
const TITLE_CASE_WORD_AFTER =
  /^[ \u00a0]+\p{Lu}\p{Ll}+(?:[ \u00a0]+(?:\p{Lu}\p{Ll}*|by|in|of|to|for|and|the|a)(?![\p{L}]))/u;

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/**
 * "about 600 work in sales": a singular word after a count above one, followed
 * by a verb's complement, is the verb of a clause whose subject is the number.
 */
function isPresentTenseVerb(text: string, word: string, end: number): boolean {
  if (isPluralForm(word) || isAcronym(word) || word[0] !== word[0].toLowerCase()) return false;
  VERB_COMPLEMENT_AFTER.lastIndex = end;
  return VERB_COMPLEMENT_AFTER.test(text);
}

/** " and five", " or 12": another count follows, sharing the noun after it. */
const COUNT_AFTER_CONJUNCTION = new RegExp(
  String.raw`[ \u00a0]+(?:and|or)[ \u00a0]+(?:\d|(?:${NUMERAL_START_WORDS.join('|')})(?![\p{L}]))`,
  'iuy',
);

/**
 * "between two white and five ethnic minority candidates": a lowercase word that is no plural,
 * then another count, modifies the noun after that count; the first count stands alone.
 */
function isModifierOfLaterCount(text: string, head: { text: string; end: number }): boolean {
  if (isCapitalised(head.text) || isPluralForm(head.text)) return false;
  COUNT_AFTER_CONJUNCTION.lastIndex = head.end;
  return COUNT_AFTER_CONJUNCTION.test(text);
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d&]{2,}s?$/u.test(word);
}
