/**
 * The content words of a sentence as crude stems with their positions, so
 * that the relation finders can ask how much two figures' sentences have in
 * common ("visitors", "visited" → "visit"); short and common words are left
 * out.
 */
import { wordSet } from '../../text/words.js';

const STOP_WORDS = wordSet(`
  the a an and or but of to in on at by for from with as that this these those its their his her our
  was were is are be been being has have had will would could can may might should must do did does
  said says say it they he she we who which what when where than then there also about around more
  less over under up down some nearly almost just only per cent percent pct million billion bn m
  thousand hundred one two three four five six seven eight nine ten not no into out after before
  while whereas such other another each all any both most many much new year years
`);

export interface PlacedStem {
  stem: string;
  /** UTF-16 index of its word in the text. */
  position: number;
}

/** Stems of the words seen, since an article repeats its words. */
const stemOfWord = new Map<string, string | null>();
const MAX_CACHED_WORDS = 50_000;

/** A word's first character: a letter, Latin or beyond (U+00C0–U+024F, U+0370–U+1FFF). */
function isWordStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x1fff)
  );
}

/** A word's later characters: letters, inner apostrophes (' ’) and hyphens. */
function isWordPart(code: number): boolean {
  return isWordStart(code) || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** The content words' stems with their positions; a character loop, since every sentence of a long text passes here. */
export function placedStemsOf(phrase: string, offset: number): PlacedStem[] {
  const stems: PlacedStem[] = [];
  const length = phrase.length;
  for (let i = 0; i < length; i++) {
    if (!isWordStart(phrase.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < length && isWordPart(phrase.charCodeAt(end))) end++;
    const found = stemOfWordOnce(phrase.slice(i, end));
    if (found !== null) stems.push({ stem: found, position: offset + i });
    i = end;
  }
  return stems;
}

/** The stem of a content word, null for a short or common word. */
function stemOfWordOnce(raw: string): string | null {
  let found = stemOfWord.get(raw);
  if (found === undefined) {
    const word = raw.toLowerCase().replace(/['’]s?$/u, '');
    found = word.length < 3 || STOP_WORDS.has(word) ? null : stem(word);
    if (stemOfWord.size >= MAX_CACHED_WORDS) stemOfWord.clear();
    stemOfWord.set(raw, found);
  }
  return found;
}

/** The stems of a sentence without those of the figure's own words. */
export function stemsOutside(stems: PlacedStem[], start: number, end: number): Set<string> {
  const outside = new Set<string>();
  for (const placed of stems)
    if (placed.position < start || placed.position >= end) outside.add(placed.stem);
  return outside;
}

const SUFFIXES = [
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ors',
  'ers',
  'ies',
  'or',
  'er',
  'ed',
  'es',
  'ly',
  's',
];

/** A crude stem: one common ending off when four letters remain, then at most six letters ("visitors", "visited" → "visit"). */
export function stem(word: string): string {
  const suffix = SUFFIXES.find((s) => word.endsWith(s) && word.length - s.length >= 4);
  return (suffix ? word.slice(0, -suffix.length) : word).slice(0, 6);
}
