import { DocumentText } from './document-text.js';

describe('DocumentText', () => {
  it('splits sentences at end punctuation, not after titles, initials or decimals', () => {
    const text = new DocumentText(
      'Mr. Smith met J. K. Rowling in the U.S. on Monday. Sales rose 3.1% to £2.3bn! Was it "enough"? Yes.',
    );
    expect(text.sentences.map((s) => s.text)).toEqual([
      'Mr. Smith met J. K. Rowling in the U.S. on Monday.',
      'Sales rose 3.1% to £2.3bn!',
      'Was it "enough"?',
      'Yes.',
    ]);
  });

  it('treats every line as its own paragraph and finds the headline', () => {
    const text = new DocumentText(
      '35 MOUs Signed During Visit\nThe two countries signed 35 MOUs. They met again.',
    );
    expect(text.headline?.text).toBe('35 MOUs Signed During Visit');
    expect(text.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, '35 MOUs Signed During Visit'],
      [1, 'The two countries signed 35 MOUs.'],
      [1, 'They met again.'],
    ]);
  });

  it('finds no headline in a text that starts with a sentence', () => {
    expect(
      new DocumentText('The two countries signed 35 MOUs.\nThey met again.').headline,
    ).toBeNull();
  });

  it('maps code-point offsets of claims to string positions, past an emoji', () => {
    const text = new DocumentText('🎉 Sales rose 12%.');
    // "🎉" is one code point and two UTF-16 units: "12%" starts at code point 13, string index 14.
    expect(text.rangeOf({ start: 13, end: 16, exact: '12%' })).toEqual({ start: 14, end: 17 });
    expect(text.codePointOffset(14)).toBe(13);
    expect(text.rangeOf({ start: 14, end: 17, exact: '12%' })).toBeNull();
    expect(text.rangeOf({ start: 13, end: 99, exact: '12%' })).toBeNull();
  });
});
