import { DomainError } from '../errors/domain-error.js';
import { MAX_INPUT_DEPTH, StorableInputPipe } from './storable-input.pipe.js';

const pipe = new StorableInputPipe();
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors;
    throw error;
  }
  return null;
};

describe('StorableInputPipe', () => {
  it('passes ordinary input through unchanged', () => {
    const body = { title: 'Café 😀', parts: [1, { note: 'ok' }], nothing: null };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
  });

  it('names the field of a NUL or an unpaired surrogate, nested or in a key', () => {
    expect(
      refusal(() => pipe.transform({ a: { b: ['ok', 'x\u0000'] } }, { type: 'body' })),
    ).toEqual([{ field: 'a.b[1]', message: 'contains a NUL character at offset 1' }]);
    expect(refusal(() => pipe.transform({ q: '\ud800' }, { type: 'query' }))).toEqual([
      { field: 'q', message: 'contains an unpaired surrogate at offset 0' },
    ]);
    expect(refusal(() => pipe.transform('a\u0000', { type: 'param', data: 'id' }))).toEqual([
      { field: 'id', message: 'contains a NUL character at offset 1' },
    ]);
    // Offsets count code points, as every offset of the API: the emoji is one.
    expect(refusal(() => pipe.transform({ t: '😀 x\u0000\ud800' }, { type: 'body' }))).toEqual([
      { field: 't', message: 'contains a NUL character at offset 3' },
    ]);
    expect(refusal(() => pipe.transform({ t: '😀😀\udc00' }, { type: 'body' }))).toEqual([
      { field: 't', message: 'contains an unpaired surrogate at offset 2' },
    ]);
    expect(refusal(() => pipe.transform({ ['k\u0000']: 1 }, { type: 'body' }))).toEqual([
      { field: 'k\u0000', message: 'name contains a NUL character at offset 1' },
    ]);
  });

  it('refuses nesting deeper than the limit without recursion, and accepts it at the limit', () => {
    const nest = (depth: number): unknown => {
      let value: unknown = 'leaf';
      for (let i = 0; i < depth; i++) value = [value];
      return value;
    };
    expect(refusal(() => pipe.transform({ text: nest(100_000) }, { type: 'body' }))).toEqual([
      expect.objectContaining({ message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` }),
    ]);
    expect(refusal(() => pipe.transform(nest(MAX_INPUT_DEPTH), { type: 'body' }))).toBeNull();
  });
});
