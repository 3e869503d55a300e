/**
 * The two sides of a split of a count: "a slim 51-49 margin", "a 6-3 vote",
 * "passed 68-32" are two claims each; "won 3-1" is a score, and "A320-200" a code.
 */

/** "51-49 margin", "a 6-3 vote": the nouns after a split of a count. */
export const SPLIT_NOUN_AFTER =
  /^[ \u00a0]+(?:margin|majority|vote|votes|split|decision|ruling|verdict|lead)(?![\p{L}])/iu;
/** "The measure passed 68-32", "the court ruled 5-4": a verb of voting before a tally. */
const VOTE_BEFORE =
  /(?:^|[^\p{L}])(?:passed|approved|rejected|voted|defeated|confirmed|carried|ruled|upheld)(?:[ \u00a0]+by)?[ \u00a0]+$/iu;

/**
 * "a slim 51-49 margin", "a 6-3 vote", "passed 68-32": the two sides of a split
 * of a count, each a claim; "won 3-1" is a score. `first` is where the split's
 * first number starts, `secondEnd` where its second ends.
 */
export function isSplitOfCount(text: string, first: number, secondEnd: number): boolean {
  return (
    SPLIT_NOUN_AFTER.test(text.slice(secondEnd, secondEnd + 12)) ||
    VOTE_BEFORE.test(text.slice(Math.max(0, first - 30), first))
  );
}
