/**
 * Numbers that name a place or a financial product rather than state a
 * quantity: a house number before its street, the maturity of a bond or a
 * metals contract.
 */
import type { Numeral } from './numeral-vocabulary.js';

/** "1820 N. Harbor Blvd.", "10 Keller Street": a house number before its street. */
const STREET_AFTER =
  /[ \u00a0]+(?:[NSEW]|NE|NW|SE|SW)?\.?[ \u00a0]*(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Place|Pl|Parkway|Pkwy|Terrace|Crescent)(?![\p{L}])/uy;
/** "10-year note", "30-year bond", "three-month copper": the maturity of a bond, a rate or a metals contract. */
const MATURITY_AFTER =
  /-(?:year|month|week|day)[ \u00a0]+(?:(?:US|U\.S\.|Treasury|government|benchmark|German|Japanese|British|Italian|French)[ \u00a0]+)?(?:notes?|bonds?|yields?|Treasur(?:y|ies)|gilts?|bills?|bunds?|JGBs?|swaps?|Libor|LIBOR|aluminium|aluminum|copper|nickel|zinc)(?![\p{L}])/iuy;

/** A house number ("1820 N. Harbor Blvd.") or a maturity ("10-year note"): a name, not a quantity. */
export function isAddressOrMaturity(text: string, numeral: Numeral): boolean {
  if (numeral.scaled || numeral.fraction) return false;
  MATURITY_AFTER.lastIndex = numeral.end;
  if (MATURITY_AFTER.test(text)) return true;
  if (numeral.form !== 'digits') return false;
  STREET_AFTER.lastIndex = numeral.end;
  return STREET_AFTER.test(text);
}
