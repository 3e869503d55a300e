/**
 * Passes over the scanned amounts, in order: "3 dollars 50 cents" joined into
 * one amount, and "$2.4bn (£1.9bn)", "£1.9bn, or $2.4bn" linked, the later
 * amounts as conversions of the first.
 */
import type { NumericCandidate } from './numeric-candidate.js';

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount, in dollars. */
const DOLLARS_WORD = /(?:dollars?|bucks?)$/i;
const CENTS_AFTER_DOLLARS = /^[ \u00a0]+(?:and[ \u00a0]+)?$/i;

export function withCentsJoined(text: string, candidates: NumericCandidate[]): NumericCandidate[] {
  const joined: NumericCandidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const [dollars, cents] = [candidates[i], candidates[i + 1]];
    if (
      cents !== undefined &&
      dollars.unit !== null &&
      dollars.unitKind === 'currency' &&
      dollars.value !== null &&
      dollars.value.isInteger() &&
      DOLLARS_WORD.test(text.slice(dollars.start, dollars.end)) &&
      cents.unit === 'cent' &&
      cents.value !== null &&
      cents.value.lt(100) &&
      CENTS_AFTER_DOLLARS.test(text.slice(dollars.end, cents.start))
    ) {
      dollars.value = dollars.value.plus(cents.value.dividedBy(100));
      dollars.end = cents.end;
      joined.push(dollars);
      i++;
      continue;
    }
    joined.push(candidates[i]);
  }
  return joined;
}

const CONVERSION_BETWEEN =
  /^(?:[ \u00a0]*\([ \u00a0]*|,?[ \u00a0]+or[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)$/iu;

/** Between two conversions of one amount in one bracket: "($2bn; £1.1bn)", "($2bn, £1.1bn)". */
const NEXT_CONVERSION_BETWEEN = /^[ \u00a0]*[;,/][ \u00a0]*$/u;

/** "$2.4bn (£1.9bn)", "£1.9bn, or $2.4bn", "1.55bn euros ($2bn; £1.1bn)": the later amounts convert the first. */
export function linkConversions(text: string, candidates: NumericCandidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const original = candidates[i - 1];
    const conversion = candidates[i];
    if (original.unitKind !== 'currency' || conversion.unitKind !== 'currency') continue;
    if (original.unit === conversion.unit || conversion.qualifierStart - original.end > 12)
      continue;
    const between = text.slice(original.end, conversion.qualifierStart);
    if (original.conversionOf !== null && NEXT_CONVERSION_BETWEEN.test(between))
      conversion.conversionOf = original.conversionOf;
    else if (CONVERSION_BETWEEN.test(between)) conversion.conversionOf = original;
  }
}
