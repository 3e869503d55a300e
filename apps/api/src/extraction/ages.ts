/**
 * Ages: "19 year old", "45-year-old", "aged 34", "aged 12 to 14", and the
 * appositive "Jane Doe, 34," (span `34`). Unit `year`, subject "age of ...".
 */

/** "-year-old", " years old", and the age group "-year-olds". */
const YEAR_OLD_AFTER = /[-‑ \u00a0]years?[-‑ \u00a0]olds?(?![\p{L}])/iuy;
const AGED_BEFORE = /(?:^|[^\p{L}])aged[ \u00a0]+(?:between[ \u00a0]+)?$/iu;
/**
 * "Jane Doe, ", "Mr Smith, " or "Man, " right before the number: a name of two or
 * three capitalised words, one after a title, or a word for a person, then a
 * comma ("Meanwhile, 35" is no age).
 */
const NAME_COMMA_BEFORE =
  /(?:(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0](\p{Lu}[\p{L}'’-]+)|((?:\p{Lu}[\p{L}'’-]+[ \u00a0]){1,2}\p{Lu}[\p{L}'’-]+)|(?<![\p{L}])((?:[Aa][ \u00a0])?(?:[Mm]an|[Ww]oman|[Bb]oy|[Gg]irl|[Tt]eenager|[Tt]een|[Mm]other|[Ff]ather|[Mm]um|[Dd]ad|[Pp]ensioner|[Gg]randmother|[Gg]randfather|[Ss]tudent|[Dd]river|[Vv]ictim|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Pp]edestrian|[Cc]yclist))),[ \u00a0]$/u;
/** After the age: ", a nurse", ") ", ".", " and", " who". */
const AFTER_APPOSITIVE_AGE = /(?:[,;)]|\.(?!\d)|[ \u00a0]+(?:and|who)(?![\p{L}]))/uy;

/** "-year-old" or " years old" right after the number; the index after it, or -1. */
export function readYearOldAfter(text: string, position: number): number {
  YEAR_OLD_AFTER.lastIndex = position;
  return YEAR_OLD_AFTER.test(text) ? YEAR_OLD_AFTER.lastIndex : -1;
}

export function isAgedBefore(text: string, start: number): boolean {
  return AGED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
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
  const name = NAME_COMMA_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  if (!name) return null;
  AFTER_APPOSITIVE_AGE.lastIndex = end;
  if (!AFTER_APPOSITIVE_AGE.test(text)) return null;
  return name[1] ?? name[2] ?? name[3].replace(/^[Aa][ \u00a0]/, '').toLowerCase();
}
