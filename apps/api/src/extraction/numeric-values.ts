import type { NumericClaim } from './types.js';

export type NumericValues = Pick<
  NumericClaim,
  'value' | 'low' | 'high' | 'valueText' | 'lowText' | 'highText'
>;

/**
 * A numeric claim's numbers from their exact decimal strings: the contract keeps
 * JSON numbers for readers and the exact text for arithmetic.
 */
export function numericValues(
  valueText: string | null,
  lowText: string | null,
  highText: string | null,
): NumericValues {
  const toNumber = (decimal: string | null) => (decimal === null ? null : Number(decimal));
  return {
    value: toNumber(valueText),
    low: toNumber(lowText),
    high: toNumber(highText),
    valueText,
    lowText,
    highText,
  };
}
