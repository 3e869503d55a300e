/**
 * Ages: "19 year old", "45-year-old", "aged 34", "aged 12 to 14", "ages 8-12", "at age 17", "the
 * pension age from 60 to 65", "when she was 14", and the appositive "Jane Doe, 34," (span `34`). Unit `year`, subject
 * "age of ...".
 */
import { wordSet } from '../text/words.js';

/** "-year-old", " years old", and the age group "-year-olds". */
const YEAR_OLD_AFTER = /[-‑ \u00a0]years?[-‑ \u00a0]olds?(?![\p{L}])/iuy;
/** Tested at the number's start: the lookbehind reads backwards, no slice needed. */
const AGED_BEFORE =
  /(?<=(?:^|[^\p{L}])(?:aged|ages?(?:[ \u00a0]+of)?)[ \u00a0]+(?:between[ \u00a0]+)?)/iuy;
/**
 * "Jane Doe, ", "Mr Smith, " or "Man, " right before the number: a name of two or
 * three capitalised words, one after a title, or a word for a person, then a
 * comma ("Meanwhile, 35" is no age).
 */
const NAME_COMMA_BEFORE =
  /(?:(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0](\p{Lu}[\p{L}'’-]+)|((?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,2}\p{Lu}[\p{L}'’-]+)|(?<![\p{L}])((?:[Aa][ \u00a0])?(?:[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Tt]eenager|[Tt]een|[Mm]other|[Ff]ather|[Mm]um|[Dd]ad|[Pp]ensioner|[Gg]randmother|[Gg]randfather|[Ss]tudent|[Dd]river|[Vv]ictim|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Pp]edestrian|[Cc]yclist))),[ \u00a0]$/u;
const SURNAME_COMMA_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+),[ \u00a0]$/u;
/** Sentence adverbs and other capitalised words that are no name before "…, 59,". */
const NOT_SURNAMES = wordSet(`
  meanwhile however overall separately instead still yet also now today then in of and but so
  since by at on for from to with after before
`);
/** After the age: ", a nurse", ") ", ".", " and", " who". */
const AFTER_APPOSITIVE_AGE = /(?:[,;)]|\.(?!\d)|[ \u00a0]+(?:and|who)(?![\p{L}]))/uy;

/** "-year-old" or " years old" right after the number; the index after it, or -1. */
export function readYearOldAfter(text: string, position: number): number {
  YEAR_OLD_AFTER.lastIndex = position;
  return YEAR_OLD_AFTER.test(text) ? YEAR_OLD_AFTER.lastIndex : -1;
}

/**
 * "raise the pension age for council workers from 60 to 65", "lower the voting age to 16", "the state
 * pension age rises to 67": the age a rule sets, changed to the number (a verb and whom it is for between).
 */
const AGE_SET_TO_BEFORE =
  /(?<=(?:^|[^\p{L}])age(?:[ \u00a0]+for(?:[ \u00a0]+[\p{L}'’-]+){1,3})?(?:[ \u00a0]+(?:will[ \u00a0]+)?(?:rise|rises|rising|rose|risen|increases?|increased|falls?|fell|goes|went|moves?|moved))?[ \u00a0]+(?:from|to)(?:[ \u00a0]+\d{1,3}[ \u00a0]+to)?[ \u00a0]+)/iuy;

/** "when she was 14", "since he turned 12": a person's age at a time. */
const WHEN_AGED_BEFORE =
  /(?<=(?:^|[^\p{L}])(?:when|since|until|before|after)[ \u00a0]+(?:he|she|they|I|we|you)[ \u00a0]+(?:was|were|turned)[ \u00a0]+(?:just[ \u00a0]+|only[ \u00a0]+)?)/iuy;

export function isAgedBefore(text: string, start: number): boolean {
  AGED_BEFORE.lastIndex = start;
  if (AGED_BEFORE.test(text)) return true;
  WHEN_AGED_BEFORE.lastIndex = start;
  if (WHEN_AGED_BEFORE.test(text)) return true;
  AGE_SET_TO_BEFORE.lastIndex = start;
  return AGE_SET_TO_BEFORE.test(text);
}

/**
 * The name in "Jane Doe, 34," when the bare number at [start, end) is the age
 * in such an appositive; null otherwise.
 */
export function appositiveAgeOf(
  text: string,
  start: number,
  end: number,
  value: number,
): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 120) return null;
  if (text[start - 2] !== ',' || !(text[start - 1] === ' ' || text[start - 1] === '\u00a0'))
    return null;
  const window = text.slice(Math.max(0, start - 48), start);
  const name = NAME_COMMA_BEFORE.exec(window);
  if (name) {
    AFTER_APPOSITIVE_AGE.lastIndex = end;
    if (!AFTER_APPOSITIVE_AGE.test(text)) return null;
    return name[1] ?? name[2] ?? name[3].replace(/^[Aa][ \u00a0]/, '').toLowerCase();
  }
  // "Feinstein, 59, took over": a single name needs the age set off by commas on both sides.
  const surname = SURNAME_COMMA_BEFORE.exec(window);
  return surname && text[end] === ',' && !NOT_SURNAMES.has(surname[1].toLowerCase())
    ? surname[1]
    : null;
}
