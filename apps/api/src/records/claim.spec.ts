import { claimFieldErrors, decimalFromNumber, type ClaimFields } from './claim.js';

const none: ClaimFields = {
  value: null,
  low: null,
  high: null,
  unit: null,
  approximate: false,
  bound: null,
  subject: null,
  speaker: null,
  relayedBy: null,
};

describe('claim field rules', () => {
  it('accepts a numeric value and a range', () => {
    expect(claimFieldErrors('numeric', { ...none, value: '35', unit: 'MOU' })).toEqual([]);
    expect(
      claimFieldErrors('numeric', { ...none, low: '2', high: '3', unit: 'times/week' }),
    ).toEqual([]);
  });

  it('accepts a quote with a speaker', () => {
    expect(claimFieldErrors('quote', { ...none, speaker: 'Kim Tae-hyo' })).toEqual([]);
  });

  it.each([
    ['numeric without value', 'numeric', {}, 'value'],
    ['value and range together', 'numeric', { value: '1', low: '1', high: '2' }, 'value'],
    ['range without high', 'numeric', { low: '1' }, 'high'],
    ['range low above high', 'numeric', { low: '5', high: '2' }, 'low'],
    ['numeric with a speaker', 'numeric', { value: '1', speaker: 'X' }, 'speaker'],
    ['quote with a value', 'quote', { value: '3' }, 'value'],
    ['quote with a unit', 'quote', { unit: '%' }, 'unit'],
    ['malformed decimal', 'numeric', { value: '1e5' }, 'value'],
  ] as const)('refuses %s, naming the field', (_name, kind, fields, field) => {
    const errors = claimFieldErrors(kind, { ...none, ...fields });
    expect(errors.map((e) => e.field)).toContain(field);
  });

  it('writes JSON numbers as plain decimals', () => {
    expect(decimalFromNumber(0.1)).toBe('0.1');
    expect(decimalFromNumber(36.3)).toBe('36.3');
    expect(decimalFromNumber(2.4e9)).toBe('2400000000');
    expect(decimalFromNumber(1e21)).toBe('1000000000000000000000');
    expect(decimalFromNumber(1e-30)).toBe('0.000000000000000000000000000001');
    expect(decimalFromNumber(-2.5)).toBe('-2.5');
    expect(decimalFromNumber(null)).toBeNull();
  });
});
