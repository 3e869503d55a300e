import { Decimal } from './decimal.js';

describe('Decimal', () => {
  it.each<[string, number, string]>([
    ['1.2', 9, '1200000000'],
    ['36.3', 0, '36.3'],
    ['100,000', 0, '100000'],
    ['0.5', 6, '500000'],
    ['2.45', -2, '0.0245'],
    ['181.50', 0, '181.5'],
  ])('%s × 10^%i = %s', (text, power, expected) => {
    expect(Decimal.parse(text)?.timesPowerOfTen(power).toString()).toBe(expected);
  });

  it.each<[number, number, string]>([
    [1, 3, '0.3333'],
    [2, 3, '0.6667'],
    [1, 6, '0.1667'],
    [3, 10, '0.3'],
  ])('%i / %i rounds to 4 places: %s', (a, b, expected) => {
    expect(Decimal.fromInteger(a).dividedBy(Decimal.fromInteger(b), 4).toString()).toBe(expected);
  });

  it('adds and compares exactly where floats would not', () => {
    const sum = (Decimal.parse('0.1') as Decimal).plus(Decimal.parse('0.2') as Decimal);
    expect(sum.toString()).toBe('0.3');
    expect(sum.compare(Decimal.parse('0.3') as Decimal)).toBe(0);
  });

  it('refuses text that is not a plain decimal', () => {
    expect(Decimal.parse('1.2.3')).toBeNull();
    expect(Decimal.parse('abc')).toBeNull();
  });
});
