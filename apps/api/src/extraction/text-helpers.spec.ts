import { endExec, endTest } from './text-helpers.js';

describe('endTest and endExec', () => {
  const patterns = [
    /(?:^|[^\p{L}])(?:a|its|his|her|their)[ \u00a0]+majority[ \u00a0]+of[ \u00a0]+$/iu,
    /(?:^|[^\p{L}])(of|among)[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:\p{Lu}[\p{L}&.-]*[ \u00a0]+)?$/iu,
    /(?:compared (?:with|to)|up from|down from)[ \u00a0]+$/i,
    /^[ \u00a0]+\p{L}+,[ \u00a0]*$|(?:^|[^\p{L}])compared (?:with|to)[ \u00a0]+$/iu,
  ];
  const texts = [
    '',
    'won with a majority of ',
    'won with a Majority of  ',
    'won with amajority of ',
    'a majority of',
    'Of the ',
    'Among their Tory ',
    'of the best',
    'prices rose sharply, compared with ',
    'sales were up from ',
    ' votes, ',
    'x, compared to ',
  ];

  it.each(patterns.flatMap((pattern) => texts.map((text) => [pattern, text] as const)))(
    '%s on %j answers as the pattern does',
    (pattern, text) => {
      expect(endTest(pattern)(text)).toBe(pattern.test(text));
      expect(endExec(pattern)(text)).toEqual(pattern.exec(text));
    },
  );
});
