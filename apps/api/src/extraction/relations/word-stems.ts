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

/**
 * Each stem seen has a number, so that a document's stems are counted in
 * arrays and compared in sets of numbers; numbers are given afresh when a
 * document starts with the tables full.
 */
const stemNumbers = new Map<string, number>();
/** The stem number of each word seen (-1 for a short or common word), since an article repeats its words. */
const stemNumberOfWord = new Map<string, number>();
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

function isAscii(phrase: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (phrase.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The number of a content word's stem, -1 for a short or common word. */
function stemNumberOnce(raw: string): number {
  let found = stemNumberOfWord.get(raw);
  if (found === undefined) {
    const word = raw.toLowerCase().replace(/['’]s?$/u, '');
    found = word.length < 3 || STOP_WORDS.has(word) ? -1 : numberOf(stem(word));
    if (stemNumberOfWord.size >= MAX_CACHED_WORDS) stemNumberOfWord.clear();
    stemNumberOfWord.set(raw, found);
  }
  return found;
}

function numberOf(stemmed: string): number {
  let found = stemNumbers.get(stemmed);
  if (found === undefined) {
    found = stemNumbers.size;
    stemNumbers.set(stemmed, found);
  }
  return found;
}

/** The stem numbers of a phrase's content words: "Donations from businesses" → those of donati, busine. */
export function contentStems(phrase: string): Set<number> {
  const found = new Set<number>();
  for (const [word] of phrase.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const number = stemNumberOnce(word);
    if (number >= 0) found.add(number);
  }
  return found;
}

/**
 * The content stems of a document's sentences, as stem numbers with their
 * positions (UTF-16 indices of their words in the text), in flat typed
 * arrays: sentence i's stems are those from `firsts[i]` up to `firsts[i + 1]`.
 */
export class SentenceStems {
  stems: Int32Array;
  positions: Int32Array;
  readonly firsts: Int32Array;
  /** In how many sentences each stem occurs, by stem number. */
  readonly sentencesWith: Int32Array;

  constructor(sentences: ReadonlyArray<{ text: string; start: number }>) {
    if (stemNumbers.size >= MAX_CACHED_WORDS) {
      stemNumbers.clear();
      stemNumberOfWord.clear();
    }
    this.firsts = new Int32Array(sentences.length + 1);
    // Room for a stem every four characters, more than prose needs; grown if a sentence needs more.
    const room = sentences.reduce((sum, sentence) => sum + sentence.text.length, 0) >> 2;
    [this.stems, this.positions] = [new Int32Array(room), new Int32Array(room)];
    let count = 0;
    sentences.forEach((sentence, i) => {
      // Each stem takes a character at least: room for the sentence's, then its stems.
      this.makeRoom(count + sentence.text.length);
      count = addStemsOf(sentence.text, sentence.start, this.stems, this.positions, count);
      this.firsts[i + 1] = count;
    });
    this.sentencesWith = new Int32Array(stemNumbers.size);
    const lastSentenceWith = new Int32Array(stemNumbers.size).fill(-1);
    for (let sentence = 0; sentence < sentences.length; sentence++) {
      for (let k = this.firsts[sentence]; k < this.firsts[sentence + 1]; k++) {
        const number = this.stems[k];
        if (lastSentenceWith[number] === sentence) continue;
        lastSentenceWith[number] = sentence;
        this.sentencesWith[number]++;
      }
    }
  }

  /** The stems of sentence `index` outside [start, end): without those of the figure's own words. */
  outside(index: number, start: number, end: number): Set<number> {
    const outside = new Set<number>();
    for (let k = this.firsts[index]; k < this.firsts[index + 1]; k++)
      if (this.positions[k] < start || this.positions[k] >= end) outside.add(this.stems[k]);
    return outside;
  }

  /** The stems of sentence `index` in [from, start) or [end, to): the words on either side of a figure. */
  around(index: number, from: number, start: number, end: number, to: number): Set<number> {
    const around = new Set<number>();
    for (let k = this.firsts[index]; k < this.firsts[index + 1]; k++) {
      const position = this.positions[k];
      if ((position >= from && position < start) || (position >= end && position < to))
        around.add(this.stems[k]);
    }
    return around;
  }

  private makeRoom(size: number): void {
    if (size <= this.stems.length) return;
    const capacity = Math.max(size, 2 * this.stems.length);
    const [stems, positions] = [new Int32Array(capacity), new Int32Array(capacity)];
    stems.set(this.stems);
    positions.set(this.positions);
    [this.stems, this.positions] = [stems, positions];
  }
}

/**
 * Writes the content words' stem numbers and positions from index `count` on,
 * and returns the new count; a character loop, since every sentence of a long
 * text passes here.
 */
function addStemsOf(
  phrase: string,
  offset: number,
  stems: Int32Array,
  positions: Int32Array,
  count: number,
): number {
  let added = count;
  const length = phrase.length;
  for (let i = 0; i < length; i++) {
    if (!isWordStart(phrase.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < length && isWordPart(phrase.charCodeAt(end))) end++;
    // A short ASCII word keeps its length when lowercased: too short for a stem.
    const found =
      end - i < 3 && isAscii(phrase, i, end) ? -1 : stemNumberOnce(phrase.slice(i, end));
    if (found >= 0) {
      stems[added] = found;
      positions[added++] = offset + i;
    }
    i = end;
  }
  return added;
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
