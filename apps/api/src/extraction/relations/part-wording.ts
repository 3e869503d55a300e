/**
 * What the finders of parts of a total share: the shape of a breakdown found,
 * and the wording that says how parts relate to a total.
 */
import type { QuantityFrame } from './frames.js';
import { endTest } from '../text-helpers.js';

export interface Breakdown {
  total: QuantityFrame;
  parts: QuantityFrame[];
  complete: boolean;
}

/** "30 of 250 staff", "38 of its 112 shops", "13 out of 659", "61,000 of the city's 195,000 voters", "20 of his season-high 31 points", "118 of parliament's 200 seats". */
export const OF_BETWEEN =
  /^[ \u00a0]+(?:out[ \u00a0]+)?of[ \u00a0]+(?:(?:the|its|their|our|his|her|these|those)[ \u00a0]+(?:\p{L}[\p{L}-]*['’]s[ \u00a0]+|[\p{L}]+-[\p{L}]+[ \u00a0]+)?|\p{L}[\p{L}&.-]*['’]s[ \u00a0]+)?$/iu;
/** Wording that says the parts named need not be all of the total. */
export const SUBSET_WORDING =
  /(?<![\p{L}])(?:including|includes|included|of whom|of which|among|such as|for example|for instance|e\.g\.|and others|others|some of|so far|to date|another|other|a further|at least)(?![\p{L}])/iu;
/** "Another 1,700 will go ...": the sentence goes on with the previous sentence's list. */
export const CONTINUES_LIST =
  /^(?:another|a further|the other|the remaining|the rest)(?![\p{L}])/iu;
/** A figure given as the base of a comparison: "compared to about 2.8 million last year", "up from 1.36 million". */
export const COMPARED_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:compared (?:to|with)|from|than|against|versus|vs\.?)[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|more than|less than|just over|just under)[ \u00a0]+)?$/iu,
);
/** After a total, what opens its parts: ", including", ", of whom", ": ", " – ". */
export const SUBSET_FOLLOWS =
  /^(?:[ \u00a0]+[\p{L}\p{N}'’-]+){0,6}?,?[ \u00a0]+(?:including|of whom|of which|among them|among which|among whom|such as)(?![\p{L}])/iu;
export const BREAKDOWN_FOLLOWS =
  /^(?:[ \u00a0]+[\p{L}'’-]+){0,4}?(?:[ \u00a0]*[:–—][ \u00a0]*|[ \u00a0]+-[ \u00a0]+|,?[ \u00a0]+(?:comprising|made up of|consisting of|split between|divided into|broken down into)[ \u00a0]+)(?:\p{L}+[ \u00a0]+)?$/iu;
/** "a total of", "In all,", "together making up": the figure after it is the total of those before it (not "in all 50 states"). */
export const TOTAL_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:(?:a total of|totall?ing|altogether|overall|(?:combined|together)(?:[ \u00a0]+(?:making up|totall?ing|amounting to|accounting for))?)[ \u00a0,]*|in all[ \u00a0]*,[ \u00a0]*)$/iu,
);
export const RUNNING_TOTAL_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:bring(?:s|ing)?|tak(?:es|ing)|push(?:es|ing)?|rais(?:es|ing))[ \u00a0]+(?:the|its|their)[ \u00a0]+(?:total|tally|toll|number|count)[ \u00a0]+(?:to|of)[ \u00a0]+$/iu,
);
/** "Twelve of them", "Of those, 300", "Of these 40": parts of the previous sentence's count. */
export const OF_THEM_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:them|those|these|whom)(?![\p{L}])/iu;
/** "only two", "just 12": a figure that narrows the one before it. */
export const ONLY_BEFORE = endTest(/(?:^|[^\p{L}])(?:only|just)[ \u00a0]+$/iu);
