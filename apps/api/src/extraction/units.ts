/**
 * Units that follow or precede a number, normalised as the guideline says
 * (docs/annotation-guideline.md, "Numeric claims"): `%`, `pp`, ISO currency
 * codes (`GBX` for pence), SI-style measures, periods, `times`, and rates as
 * `unit/period`. Here: the unit after a number from the lexicon
 * (unit-lexicon.ts), hyphen compounds ("60-day") and rates ("a year");
 * currencies are read in currencies.ts, plural nouns in plural-nouns.ts.
 */

import { symbolAfter } from './currencies.js';
import { isLetter, isSpace } from './text-helpers.js';
import { wordSet, wordTable } from '../text/words.js';

import {
  GLUED_UNITS,
  SPACED_UNITS,
  type Lexicon,
  type UnitKind,
  type UnitMatch,
} from './unit-lexicon.js';

export type { UnitKind, UnitMatch } from './unit-lexicon.js';

interface CompiledLexicon {
  regex: RegExp;
  byPhrase: Map<string, { unit: string; kind: UnitKind }>;
}

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function compile(lexicon: Lexicon, separator: string): CompiledLexicon {
  const byPhrase = new Map<string, { unit: string; kind: UnitKind }>();
  for (const [phrases, unit, kind] of lexicon) {
    for (const phrase of phrases) byPhrase.set(phrase, { unit, kind });
  }
  const alternatives = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeForRegex(phrase).replace(/ /g, '[ \\u00a0]+'));
  // The unit must end at a word end: "5 days" but not "5 dayglo"; "%" needs no word end.
  const regex = new RegExp(`${separator}(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
  return { regex, byPhrase };
}

const SPACED_LEXICON = compile(SPACED_UNITS, '[ \u00a0]+');
const GLUED_LEXICON = compile(GLUED_UNITS, '');
const PERCENT_SIGN = /[ \u00a0]?%/y;

/** A unit right after the number at `position`: "%" or " %", glued "5pc", or spaced "5 per cent". */
export function readUnitAfter(text: string, position: number): UnitMatch | null {
  const next = text[position];
  const symbol = symbolAfter(text, position);
  if (symbol) return symbol;
  if (isSpace(next)) {
    PERCENT_SIGN.lastIndex = position;
    if (PERCENT_SIGN.test(text)) return { end: PERCENT_SIGN.lastIndex, unit: '%', kind: 'percent' };
    return matchLexicon(SPACED_LEXICON, text, position);
  }
  if (next === '%') return { end: position + 1, unit: '%', kind: 'percent' };
  return isLetter(next) || next === '°' ? matchLexicon(GLUED_LEXICON, text, position) : null;
}

function matchLexicon(lexicon: CompiledLexicon, text: string, position: number): UnitMatch | null {
  lexicon.regex.lastIndex = position;
  const match = lexicon.regex.exec(text);
  if (!match) return null;
  const info = lexicon.byPhrase.get(match[1].toLowerCase().replace(/ +/g, ' '));
  if (!info) return null;
  return { end: position + match[0].length, unit: info.unit, kind: info.kind };
}

/**
 * Units a compound like "60-day", "12-storey", "three-year", "a 12-cent dividend" may name, keyed by
 * the word; not "five-pound", which weighs as often as it costs.
 */
const COMPOUND_UNITS = new Map<string, { unit: string; kind: UnitKind }>();
for (const [phrases, unit, kind] of SPACED_UNITS) {
  if (kind === 'percent' || unit === 'GBP') continue;
  for (const phrase of phrases)
    if (!phrase.includes(' ')) COMPOUND_UNITS.set(phrase, { unit, kind });
}
COMPOUND_UNITS.set('fold', { unit: 'times', kind: 'times' });

/** Words after a hyphen that do not make the number a measure ("100-plus", "a 200-strong crowd"). */
const NOT_COMPOUND_UNITS = new Set(['plus', 'odd', 'strong', 'something', 'year-old', 'years-old']);

/** "-day", "-cent" in "12-cent-a-share": a rate may follow the compound's word. */
const HYPHEN_COMPOUND = /[-‑](\p{Ll}+)(?![\p{L}\p{N}]|[-‑](?!(?:a|an|per)[-‑]))/uy;
/** A spaced unit of two or three words written with hyphens: "49-per-cent", "100-square-kilometre". */
const HYPHENATED_PHRASE = /[-‑](\p{Ll}+(?:[-‑]\p{Ll}+){1,2})(?![\p{L}\p{N}-])/uy;

/** "60-day" → day, "12-storey" → storey, "10-mile" → mi. Not "-year-old" (an age, see ages). */
export function readHyphenCompound(text: string, position: number): UnitMatch | null {
  if (text[position] !== '-' && text[position] !== '‑') return null;
  HYPHENATED_PHRASE.lastIndex = position;
  const phrase = HYPHENATED_PHRASE.exec(text);
  const spaced = phrase ? SPACED_LEXICON.byPhrase.get(phrase[1].replace(/[-‑]/g, ' ')) : undefined;
  if (spaced && spaced.kind !== 'currency')
    return { end: HYPHENATED_PHRASE.lastIndex, unit: spaced.unit, kind: spaced.kind };
  HYPHEN_COMPOUND.lastIndex = position;
  const match = HYPHEN_COMPOUND.exec(text);
  if (!match) return null;
  const word = match[1];
  if (NOT_COMPOUND_UNITS.has(word)) return null;
  const known = COMPOUND_UNITS.get(word);
  if (known) return { end: HYPHEN_COMPOUND.lastIndex, unit: known.unit, kind: known.kind };
  return { end: HYPHEN_COMPOUND.lastIndex, unit: word, kind: 'count' };
}

/** The duration a counted noun's head names: "flying hours" → h, "working days" → day. */
export function durationOfNoun(head: string): string | null {
  const known = COMPOUND_UNITS.get(head.toLowerCase());
  return known?.kind === 'duration' ? known.unit : null;
}

/** What a rate is per, in the unit's denominator: a time or a measure ("£2 an hour", "$55 a barrel"). */
const PERIODS = wordTable<string>({
  second: 's',
  minute: 'min',
  hour: 'hour',
  day: 'day',
  night: 'night',
  week: 'week',
  fortnight: 'fortnight',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  annum: 'year',
  decade: 'decade',
  barrel: 'barrel',
  litre: 'L',
  liter: 'L',
  gallon: 'gal',
  tonne: 't',
  ton: 't',
  kilo: 'kg',
  kilogram: 'kg',
  gram: 'g',
  ounce: 'ounce',
  mile: 'mi',
});
/**
 * What an amount is for, counted ("17 cents a share", "$7,176 per student"): part of the span, not
 * of the unit, which stays the amount's (an amount per head compares with the others per head).
 */
const COUNTED_DENOMINATORS = wordSet(`
  person head capita household passenger pupil patient resident worker share ticket unit
`);

/** "a year earlier", "a week ago", "A year on," are times, not rates ("£10bn a year on diabetes" is one). */
const NOT_A_RATE =
  '(?![ \\u00a0]+(?:earlier|ago|before|later|previously|after|since|from now|in advance|on(?=[ \\u00a0]*(?:[,.;:!?]|from(?![\\p{L}])|$)))(?![\\p{L}]))';
const RATE_AFTER = new RegExp(
  `[ \\u00a0]+(?:a|an|per|each|every)[ \\u00a0]+(${[...Object.keys(PERIODS), ...COUNTED_DENOMINATORS].join('|')})(?![\\p{L}\\p{N}])${NOT_A_RATE}`,
  'iuy',
);
/** "per student", "per vehicle": any noun after "per" is what the amount is for ("per cent" is a percentage). */
const PER_NOUN_AFTER =
  /[ \u00a0]+per[ \u00a0]+(?!(?:cent|the|a|an|its|their|his|her|our|this|that|these|those|se)(?![\p{L}]))(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'’])/uy;
const ANNUALLY_AFTER = /[ \u00a0]+(annually|yearly|monthly|weekly|daily)(?![\p{L}\p{N}])/iuy;
const ADVERB_PERIODS = wordTable<string>({
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
});
const OF_AFTER = /[ \u00a0]+of[ \u00a0]/y;

/**
 * "a year", "per month", "an hour", "every week", "annually" after a quantity → the period; "a
 * share", "per student" → no period (`null`): what the amount is for, part of its span only.
 */
export function readRateAfter(
  text: string,
  position: number,
): { end: number; period: string | null } | null {
  RATE_AFTER.lastIndex = position;
  const match = RATE_AFTER.exec(text);
  if (match) {
    const end = RATE_AFTER.lastIndex;
    const word = match[1].toLowerCase();
    OF_AFTER.lastIndex = end;
    if (word === 'quarter' && OF_AFTER.test(text)) return null; // "a quarter of" is a fraction
    return { end, period: PERIODS[word] ?? null };
  }
  PER_NOUN_AFTER.lastIndex = position;
  if (PER_NOUN_AFTER.test(text)) return { end: PER_NOUN_AFTER.lastIndex, period: null };
  ANNUALLY_AFTER.lastIndex = position;
  const adverb = ANNUALLY_AFTER.exec(text);
  if (adverb)
    return { end: ANNUALLY_AFTER.lastIndex, period: ADVERB_PERIODS[adverb[1].toLowerCase()] };
  return null;
}
