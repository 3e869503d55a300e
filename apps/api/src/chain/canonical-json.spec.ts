import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.js';

function outcome(write: () => string | undefined): string | undefined {
  try {
    return write();
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
}

function expectAsCanonicalize(value: unknown): void {
  expect(outcome(() => canonicalJson(value))).toBe(outcome(() => canonicalize(value)));
}

describe('canonicalJson: the text and the errors of canonicalize', () => {
  it.each([
    ['sorted keys', { a: 1, b: [true, null, 'x'], c: { d: -0.5 } }],
    ['keys out of order', { b: 1, a: 2 }],
    ['nested keys out of order', { a: { z: 1, y: 2 }, b: 1 }],
    ['integer keys, which JavaScript lists first', JSON.parse('{"10":"a","9":"b","x":1}')],
    ['__proto__ as a key', JSON.parse('{"__proto__":1,"a":2}')],
    ['__proto__ as a key out of order', JSON.parse('{"b":1,"__proto__":{"d":1,"c":2}}')],
    [
      'keys out of order in objects in an array',
      [
        { b: [{ d: 1, c: 2 }], a: 'x' },
        { y: null, x: 1.5 },
      ],
    ],
    ['an integer key out of order', JSON.parse('{"b":1,"7":2}')],
    ['a key that sorts by UTF-16 code units', { '\u{1F600}': 1, '\uFFFF': 2 }],
    ['escapes', { s: 'quote " backslash \\ nl \n tab \t \u0001 \u2028 é 😀' }],
    ['numbers', [0, -0, 1e21, 1e-7, 123456789012345680000, 0.1 + 0.2]],
    ['primitives at the top', 'text'],
    ['a number at the top', 42],
    ['null', null],
    ['an empty object and array', { a: {}, b: [] }],
    ['an undefined member', { a: undefined, b: 1 }],
    ['an array with undefined and a hole', [undefined, , 1]], // eslint-disable-line no-sparse-arrays
    ['a Date (toJSON)', { at: new Date(Date.UTC(2026, 0, 1)) }],
    ['an object without prototype', Object.assign(Object.create(null) as object, { a: 1 })],
    [
      'a class instance',
      new (class Point {
        constructor(readonly x = 1) {}
      })(),
    ],
    ['a toJSON key that is not a function', { toJSON: 'no' }],
    ['undefined', undefined],
  ])('%s', (_name, value) => {
    expectAsCanonicalize(value);
  });

  it.each([
    ['a lone surrogate', { s: '\uD800' }],
    ['a lone surrogate in a key', { '\uDC00': 1 }],
    ['Infinity', { n: Infinity }],
    ['NaN', [NaN]],
    ['a BigInt', { n: 1n }],
  ])('fails as canonicalize fails on %s', (_name, value) => {
    expect(outcome(() => canonicalJson(value))).toMatch(/^throws /);
    expectAsCanonicalize(value);
  });

  it('writes any JSON value as canonicalize does, parsed back or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectAsCanonicalize(value);
        expectAsCanonicalize(JSON.parse(JSON.stringify(value)));
        expectAsCanonicalize(JSON.parse(canonicalize(value) ?? 'null'));
      }),
    );
  });
});
