/**
 * Pathological inputs for the extractor: one short piece repeated to any length.
 * Anything quadratic, or any regex that backtracks catastrophically, shows on
 * them. bench-extract.ts times them at 500 KB each; adversarial.spec.ts checks
 * the output on small versions (correctness, not time).
 */
export const ADVERSARIAL_PIECES: ReadonlyArray<readonly [name: string, piece: string]> = [
  ['one huge number', '1'],
  ['digit groups', ',000'],
  ['quotation marks only', '"'],
  ['curly marks only', '“'],
  ['apostrophes', "'a "],
  ['capitalised words', 'Aaa Bbb '],
  ['name particles', 'of '],
  ['numbers in one sentence', '5% 5 people, '],
  ['totals and parts', 'Of the 35 MOUs, 11 were signed and 22 MOUs '],
  ['pronoun attributions', '"We agree," he said. '],
  ['hyphens', '5-'],
  ['unclosed quotes on every line', '"a\n'],
  ['abbreviations', 'Mr. '],
  // Each woven quote reads its sentence's opening for the body it is about: one sentence without end.
  ['woven quotes in one sentence', 'The Competition Authority is seeking "heavy fines" and '],
  ['initials and possessives', "J. K. Moreau's U.S. Dana Orr's (R-Warren) "],
  // Capitalised words one after another once made a pattern backtrack exponentially.
  [
    'shares in capitals',
    'MEANWHILE, 18% SAID THAT MOST OF THEIR BILLS HAD BEEN PAID LATE, WHILE 25% SAID ONLY A FEW HAD. ',
  ],
];

/** `piece` repeated and cut to exactly `length` UTF-16 code units. */
export function repeatTo(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}
