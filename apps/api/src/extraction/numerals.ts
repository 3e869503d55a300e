/**
 * Reading one numeral at a known position: digits ("100,000", "36.3", "1.2m",
 * "3.5 billion") or words ("eleven", "two dozen", "half a million",
 * "two and a half million", "two thirds"). The scanner (numeric-scanner.ts)
 * finds the positions; this file only reads, handing digits to
 * digit-numerals.ts and words to word-numerals.ts (word fractions to
 * word-fractions.ts), which share numeral-vocabulary.ts.
 */
import { readDigitNumeral, VULGAR_FRACTIONS } from './digit-numerals.js';
import type { Numeral } from './numeral-vocabulary.js';
import { readWordNumeral } from './word-numerals.js';

/** The numeral at `position`, digits or words. */
export function readNumeral(text: string, position: number): Numeral | null {
  const code = text.charCodeAt(position);
  if ((code >= 48 && code <= 57) || VULGAR_FRACTIONS[text[position]] !== undefined)
    return readDigitNumeral(text, position);
  return readWordNumeral(text, position);
}
