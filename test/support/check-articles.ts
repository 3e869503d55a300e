// Short articles for the checks over HTTP and in the browser, and the span shape the API answers.

/** A change stated wrongly, answers adding up past 100%, and a halving: the checks flag the first two. */
export const FLAGGED_RESULTS =
  'Sales fell 30% from £200m to £120m. The poll found 48% for, 27% against and 30% undecided. ' +
  'The company halved its dividend to 17 cents from 34 cents.';

/** A change and poll answers that hold: nothing to flag. */
export const CLEAN_RESULTS =
  'Sales rose 10% to £110m from £100m last year. ' +
  'A poll of staff found 61% for the plan, 24% against and 9% undecided.';

/** A span of the document's text, as flags and claims give it. */
export interface Span {
  start: number;
  end: number;
  exact: string;
}
