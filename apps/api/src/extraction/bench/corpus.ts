/**
 * Benchmark text: the labelled fixture articles, repeated with varied digits
 * (copy k shifts every digit by k) so that no two copies are identical.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_ARTICLES = [
  'kazakhstan-mous',
  'uk-retailer-closures',
  'northmoor-ae-waits',
  'ridge-fire-evacuations',
  'boj-rate-rise',
  'chipmaker-plant-delay',
  'council-election-results',
];
export const MEGABYTE = 1024 * 1024;

export function readArticle(name: string): string {
  return readFileSync(path.resolve(process.cwd(), 'test/fixtures', `${name}.txt`), 'utf8');
}

export function shiftDigits(text: string, shift: number): string {
  if (shift % 10 === 0) return text;
  return text.replace(/\d/g, (digit) => String((Number(digit) + shift) % 10));
}

/** At least `bytes` bytes of UTF-8 article text, whole articles separated by a blank line. */
export function buildCorpus(bytes: number): string {
  return repeatedToSize(FIXTURE_ARTICLES.map(readArticle), bytes, '\n');
}

/** Articles one after another, copy k with its digits shifted by k, to at least `bytes`. */
export function repeatedToSize(articles: string[], bytes: number, separator: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const article = shiftDigits(
      articles[copy % articles.length],
      Math.floor(copy / articles.length),
    );
    parts.push(article);
    size += Buffer.byteLength(article + separator, 'utf8');
  }
  return parts.join(separator);
}

export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / MEGABYTE;
}
