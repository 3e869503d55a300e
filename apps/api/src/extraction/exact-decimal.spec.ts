import { Decimal } from 'decimal.js';
import { dividedToPlaces, ExactDecimal, parseDecimal, timesPowerOfTen } from './exact-decimal.js';

describe('ExactDecimal', () => {
  it.each<[string, number, string]>([
    ['1.2', 9, '1200000000'],
    ['36.3', 0, '36.3'],
    ['100,000', 0, '100000'],
    ['0.5', 6, '500000'],
    ['2.45', -2, '0.0245'],
    ['181.50', 0, '181.5'],
    ['0.000001', 0, '0.000001'],
    ['123456789012345678901234', 12, '123456789012345678901234000000000000'],
  ])('%s × 10^%i = %s', (text, power, expected) => {
    const value = parseDecimal(text) as ExactDecimal;
    expect(timesPowerOfTen(value, power).toString()).toBe(expected);
  });

  it.each<[number, number, string]>([
    [1, 3, '0.3333'],
    [2, 3, '0.6667'],
    [1, 6, '0.1667'],
    [3, 10, '0.3'],
    [1, 20000, '0.0001'],
    [1, 20001, '0'],
    [5, 3, '1.6667'],
  ])('%i / %i rounds half-up to 4 places: %s', (a, b, expected) => {
    const quotient = dividedToPlaces(new ExactDecimal(a), new ExactDecimal(b), 4);
    expect(quotient.toString()).toBe(expected);
  });

  it('adds and compares exactly where floats would not', () => {
    const sum = (parseDecimal('0.1') as ExactDecimal).plus(parseDecimal('0.2') as ExactDecimal);
    expect(sum.toString()).toBe('0.3');
    expect(sum.cmp(parseDecimal('0.3') as ExactDecimal)).toBe(0);
  });

  it('keeps products of long figures unrounded', () => {
    const product = new ExactDecimal('123456789012345678901234.5').times('1e9');
    expect(product.toString()).toBe('123456789012345678901234500000000');
  });

  it('leaves the global decimal.js settings (used by the checks) as they were', () => {
    expect(Decimal.precision).toBe(20);
    expect(new Decimal('1.2e30').toString()).toBe('1.2e+30');
  });

  it('refuses text that is not a plain decimal', () => {
    expect(parseDecimal('1.2.3')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('Infinity')).toBeNull();
    expect(parseDecimal('1e5')).toBeNull();
    expect(parseDecimal('0x1f')).toBeNull();
  });
});
