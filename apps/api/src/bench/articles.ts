/**
 * The benchmark's articles, made from the real articles of test/fixtures/corpus:
 * every article different (its text hash too), with a chosen share of figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/app-config.js';
import { repeatedToSize, shiftDigits } from '../extraction/bench/corpus.js';
import { extract } from '../extraction/extract.js';

export const KILOBYTE = 1024;
export const MEGABYTE = 1024 * KILOBYTE;

const CORPUS_DIR = path.join(PROJECT_ROOT, 'test/fixtures/corpus/articles');

export interface Paragraph {
  text: string;
  bytes: number;
  claims: number;
}

export interface BenchArticle {
  title: string;
  text: string;
}

/** The corpus articles' texts, in file order, with LF line ends. */
export function corpusArticles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(CORPUS_DIR, name), 'utf8').replace(/\r\n?/g, '\n'));
}

/** The corpus articles one after another, copy k with its digits shifted by k, to at least `bytes`. */
export function corpusText(bytes: number): string {
  return repeatedToSize(corpusArticles(), bytes, '\n\n');
}

/** The corpus's paragraphs, each with the number of claims the extractor finds in it alone. */
export function corpusParagraphs(): Paragraph[] {
  return corpusArticles()
    .flatMap((article) => article.split(/\n\s*\n|\n/))
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => ({
      text,
      bytes: Buffer.byteLength(text, 'utf8'),
      claims: extract(text).claims.length,
    }));
}

/** Letters only: a name that makes each article's text unique without adding a figure. */
export function letterName(index: number): string {
  const syllables = ['ba', 'ko', 'di', 'mu', 'se', 'ra', 'lo', 'ne', 'vi', 'tu'];
  let name = '';
  let rest = index;
  do {
    name += syllables[rest % 10];
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * Article `index`: corpus paragraphs from a place that depends on the index, taken
 * while the article stays near `claimsPer8Kb` claims for each 8 KB, until it
 * holds `bytes`; its digits shifted by index / paragraphs and a dateline of letters
 * make it unlike any other article.
 */
export function articleFromParagraphs(
  paragraphs: Paragraph[],
  index: number,
  bytes: number,
  claimsPer8Kb: number,
): BenchArticle {
  const density = claimsPer8Kb / (8 * KILOBYTE);
  const dateline = `Filed from ${letterName(index)}.`;
  const chosen: string[] = [dateline];
  let size = dateline.length;
  let claims = 0;
  const start = (index * 7) % paragraphs.length;
  for (let step = 0; size < bytes; step++) {
    const paragraph = paragraphs[(start + step) % paragraphs.length];
    const allowed = density * (size + paragraph.bytes) + 2;
    if (paragraph.claims > 0 && claims + paragraph.claims > allowed && step < paragraphs.length * 4)
      continue;
    chosen.push(paragraph.text);
    size += paragraph.bytes + 2;
    claims += paragraph.claims;
  }
  const shift = Math.floor(index / paragraphs.length) + 1;
  return {
    title: `Bench article ${index}`,
    text: shiftDigits(chosen.join('\n\n'), shift),
  };
}

/** A paragraph dense with figures: about 40 claims a kilobyte (a results table written as prose). */
export function denseParagraph(index: number): string {
  const n = index + 1;
  return (
    `In Ward ${n}, the Labour candidate won ${1000 + ((n * 37) % 9000)} votes, ` +
    `up ${(n % 9) + 1}.${n % 10}% on 2019, and turnout was ${20 + (n % 60)}%, the council said. ` +
    `Spending rose to £${(n % 9) + 1}.${(n * 3) % 10}m from £${(n % 7) + 1}.${(n * 7) % 10}m, ` +
    `while ${(n % 30) + 1} of the ${(n % 30) + 40} schools closed.`
  );
}

/**
 * One article of about `bytes` with at most `claims` claims, close to it: corpus
 * paragraphs, and a dense paragraph wherever the claims so far fall behind.
 */
export function bigArticle(
  paragraphs: Paragraph[],
  bytes: number,
  claims: number,
  variant: number,
): BenchArticle {
  const perByte = claims / bytes;
  const parts = [`Filed from ${letterName(variant)}.`];
  let size = 0;
  let count = 0;
  let dense = 0;
  for (let next = 0; size < bytes;) {
    const text =
      count < perByte * size
        ? denseParagraph(variant * 100_000 + dense++)
        : paragraphs[next++ % paragraphs.length].text;
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8') + 2;
    count += extract(text).claims.length;
  }
  // Paragraphs off the end until the claims of the whole text fit under the limit.
  for (;;) {
    const excess = extract(shiftDigits(parts.join('\n\n'), variant)).claims.length - claims;
    if (excess <= 0) break;
    parts.length -= Math.max(1, Math.ceil(excess / 8));
  }
  return { title: `Bench big article ${variant}`, text: shiftDigits(parts.join('\n\n'), variant) };
}
