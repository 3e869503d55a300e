/**
 * The whole a share is of, and its time: "60% of men and 55% of women", "among
 * Democrats, 70%", "Of those who walked daily, 63%" name wholes of their own;
 * "of those polled" only says who answered.
 */
import type { QuantityFrame } from './frames.js';
import { isPhraseFinalPlural } from '../plural-nouns.js';

/**
 * Whole phrases that only say who answered: "of those polled", "of adults"; not "of those who rarely walked",
 * a group of its own.
 */
const RESPONDENT_WHOLE =
  /^(?:those|respondents|voters|people|adults|americans|britons|the public|the country|the electorate|all|them|it|cases|the cases|companies|firms|businesses|the vote|vote|votes|the total|total)(?![\p{L}])(?![ \u00a0]+(?:who|that|with|without|aged)(?![\p{L}]))/iu;
/**
 * "among Democrats,", "among Hillary Clinton's voters, only", "Of those who walked daily,": a subgroup named right
 * before a share makes its own whole.
 */
const SUBGROUP_BEFORE =
  /(?:^|[^\p{L}])(?:(?:among|for)[ \u00a0]+(?:the[ \u00a0]+)?((?:[\p{L}'’-]+[ \u00a0]+){0,3}[\p{L}'’-]+)[ \u00a0]*,?|of[ \u00a0]+((?:[\p{L}'’-]+[ \u00a0]+){0,3}[\p{L}'’-]+)[ \u00a0]*,)[ \u00a0]*(?:(?:only|just|some|about|around|nearly|almost|a|an)[ \u00a0]+)*$/iu;

/** "81.42% boys and 89.26% girls passed": a plural right after a share is the group it is a share of. */
const PLURAL_AFTER = /^[ \u00a0]+(\p{Ll}[\p{Ll}-]*s)(?![\p{L}])/u;

function pluralWholeAfter(share: QuantityFrame): string | null {
  const plural = PLURAL_AFTER.exec(share.after)?.[1];
  return plural !== undefined && isPhraseFinalPlural(plural) ? plural : null;
}

/** Shares of one whole, subgroup and time: "60% of men and 55% of women" are not. */
export function isOneWhole(shares: QuantityFrame[]): boolean {
  const wholes = new Set<string>();
  const times = new Set<string>();
  for (const share of shares) {
    const subgroup = SUBGROUP_BEFORE.exec(share.before);
    const whole = share.whole ?? subgroup?.[1] ?? subgroup?.[2] ?? pluralWholeAfter(share);
    if (whole !== null && !RESPONDENT_WHOLE.test(whole))
      wholes.add(whole.toLowerCase().replace(/['’]s(?![\p{L}])/gu, ''));
    times.add(share.time ?? 'unstated');
  }
  return wholes.size <= 1 && times.size <= 1;
}
