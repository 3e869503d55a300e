import { addIntervals, dec, exactly, intervalToJson } from './interval.js';
import {
  describeStated,
  readShareInPercent,
  readStatedValue,
  roundingHalfUnit,
} from './stated-value.js';
import { numeric, type NumericSpec } from './testing/check-input.js';

function rangeOf(spec: Omit<NumericSpec, 'id'>) {
  const claim = numeric(`It was ${spec.exact}.`, { id: 'n1', ...spec });
  const stated = readStatedValue(claim);
  return stated === null ? null : intervalToJson(stated.interval);
}

describe('exact decimal arithmetic', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    const sum = addIntervals(exactly(dec('0.1')), exactly(dec('0.2')));
    expect(sum.low?.eq(dec('0.3'))).toBe(true);
    expect(intervalToJson(sum)).toEqual({ low: '0.3', high: '0.3' });
  });
});

describe('the range a stated figure stands for', () => {
  it.each([
    ['36.3%', { exact: '36.3%', value: '36.3', unit: '%' }, { low: '36.25', high: '36.35' }],
    [
      '£1.2bn',
      { exact: '£1.2bn', value: '1200000000', unit: 'GBP' },
      { low: '1150000000', high: '1250000000' },
    ],
    [
      '1bn euros (a scaled figure of one digit: ±10%, not ±0.5bn)',
      { exact: '1bn euros', value: '1000000000', unit: 'EUR' },
      { low: '900000000', high: '1100000000' },
    ],
    [
      '100,000 tons (trailing zeros as stated)',
      { exact: '100,000 tons', value: '100000', unit: 't' },
      { low: '99999.5', high: '100000.5' },
    ],
    [
      'about 100,000 tons (±5%)',
      { exact: '100,000 tons', value: '100000', unit: 't', approximate: true },
      { low: '95000', high: '105000' },
    ],
    [
      '35 MOUs (a count is whole)',
      { exact: '35 MOUs', value: '35', unit: 'MOU' },
      { low: '35', high: '35' },
    ],
    [
      'about 35 MOUs',
      { exact: '35 MOUs', value: '35', unit: 'MOU', approximate: true },
      { low: '34', high: '36' },
    ],
    [
      'at least 30 people',
      { exact: '30 people', value: '30', unit: 'person', bound: 'lower' as const },
      { low: '30', high: null },
    ],
    [
      'up to 150 jobs',
      { exact: '150 jobs', value: '150', unit: 'job', bound: 'upper' as const },
      { low: '0', high: '150' },
    ],
    [
      '£35m and £40m (a range)',
      { exact: '£35m and £40m', low: '35000000', high: '40000000', unit: 'GBP' },
      { low: '34500000', high: '40500000' },
    ],
    [
      'a third (a word fraction, ±10%)',
      { exact: 'a third', value: '0.3333', unit: 'fraction' },
      { low: '0.29997', high: '0.36663' },
    ],
    [
      'two million (a scale word)',
      { exact: 'two million', value: '2000000', unit: 'person' },
      { low: '1500000', high: '2500000' },
    ],
    [
      'four Boeing 737 aircraft (737 is a model)',
      { exact: 'four Boeing 737 aircraft', value: '4', unit: 'aircraft' },
      { low: '4', high: '4' },
    ],
  ])('%s', (_case, spec, range) => {
    expect(rangeOf(spec)).toEqual(range);
  });

  it('gives a word fraction in percent', () => {
    const claim = numeric('Half said yes.', {
      id: 'n1',
      exact: 'Half',
      value: '0.5',
      unit: 'fraction',
    });
    expect(
      intervalToJson(readShareInPercent(claim)?.interval ?? { low: null, high: null }),
    ).toEqual({ low: '45', high: '55' });
  });

  it('reads half a unit of the last written digit', () => {
    expect(roundingHalfUnit('181.5p', dec('181.5'), 'first').toFixed()).toBe('0.05');
    expect(roundingHalfUnit('1.25 million', dec('1250000'), 'first').toFixed()).toBe('5000');
    expect(roundingHalfUnit('Twelve', dec('12'), 'first').toFixed()).toBe('0.5');
  });

  it('describes a figure as a reporter reads it', () => {
    const describe = (spec: Omit<NumericSpec, 'id'>) =>
      describeStated(numeric(`It was ${spec.exact}.`, { id: 'n1', ...spec }));
    expect(describe({ exact: '100,000 tons', value: '100000', unit: 't', approximate: true })).toBe(
      'about 100,000 t',
    );
    expect(describe({ exact: '£1.2bn', value: '1200000000', unit: 'GBP' })).toBe('£1.2bn');
    expect(describe({ exact: '30 people', value: '30', unit: 'person', bound: 'lower' })).toBe(
      'at least 30',
    );
    expect(describe({ exact: '40 and 50 nurses', low: '40', high: '50', unit: 'nurse' })).toBe(
      '40–50',
    );
    expect(describe({ exact: 'a third', value: '0.3333', unit: 'fraction' })).toBe(
      '"a third" (33.33%)',
    );
    expect(describe({ exact: 'two-to-one margin', value: '2', unit: 'ratio' })).toBe('2 to 1');
  });
});
