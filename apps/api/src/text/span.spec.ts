import { DomainError } from '../errors/domain-error.js';
import { CodePointIndex } from './code-points.js';
import { QUOTE_CONTEXT_LENGTH, spanAt, verifySpan } from './span.js';

describe('spans', () => {
  const text = '🚀 '.repeat(20) + 'the 35 MOUs were signed' + ' 🚀'.repeat(20);
  const index = new CodePointIndex(text);
  const start =
    Array.from(text).join('').indexOf('35 MOUs') === -1
      ? -1
      : Array.from(text.slice(0, text.indexOf('35 MOUs'))).length;

  it('gives the exact text with up to 32 code points of prefix and suffix', () => {
    const span = spanAt(index, start, start + 7);
    expect(span.exact).toBe('35 MOUs');
    expect(Array.from(span.prefix)).toHaveLength(QUOTE_CONTEXT_LENGTH);
    expect(span.prefix.endsWith('the ')).toBe(true);
    expect(Array.from(span.suffix)).toHaveLength(QUOTE_CONTEXT_LENGTH);
    expect(span.suffix.startsWith(' were signed')).toBe(true);
  });

  it('shortens the context at the edges of the text', () => {
    const span = spanAt(new CodePointIndex('35 MOUs'), 0, 2);
    expect(span).toEqual({ start: 0, end: 2, exact: '35', prefix: '', suffix: ' MOUs' });
  });

  it('accepts a span whose exact text matches', () => {
    expect(verifySpan(index, start, start + 7, '35 MOUs').exact).toBe('35 MOUs');
  });

  it.each([
    [
      'a mismatch',
      () => verifySpan(index, start, start + 7, '36 MOUs'),
      { expected: '36 MOUs', found: '35 MOUs' },
    ],
    [
      'a span past the end',
      () => verifySpan(index, 0, index.length + 1, 'x'),
      { textLength: index.length },
    ],
    ['an empty span', () => verifySpan(index, 3, 3, ''), { start: 3, end: 3 }],
    ['a negative start', () => verifySpan(index, -1, 2, 'x'), { start: -1 }],
  ])('refuses %s with the details', (_name, verify, details) => {
    expect(verify).toThrow(DomainError);
    try {
      verify();
    } catch (error) {
      expect((error as DomainError).code).toBe('span-mismatch');
      expect((error as DomainError).details).toMatchObject(details);
    }
  });
});
