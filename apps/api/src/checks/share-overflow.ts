/**
 * share-overflow (error): percentages of one whole that add up to more than
 * 100 beyond the rounding of the stated figures. Example: "The poll found 48%
 * for, 27% against and 30% undecided" raises "48% for + 27% against + 30%
 * undecided = 105%, more than the whole (5 points over 100%)".
 * Percentages are taken as shares of one whole only when the sentence says so:
 * exclusive answers to one question (for / against / undecided, yes / no,
 * support / oppose / don't know, each kind at most once), or a list of shares
 * of the vote, the seats, the market or the total ("Labour won 40% of the vote,
 * the Conservatives 35% and the Greens 30%"). Not raised: shares of different
 * wholes ("60% of men and 55% of women"), answers that can overlap ("42% cite
 * cost, half cite skills"), answers about different things ("support the
 * plan", "oppose the tax"), changes ("up 5%") and percentage points, and
 * comparisons over time (a sentence with years, "from", "compared with"...).
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import type { Sentence } from '../text/document-text.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { HUNDRED, intervalToJson, sumIntervals, ZERO } from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  type StatedValue,
} from './stated-value.js';
import { groupDigits } from './units.js';
import { phraseList } from '../text/words.js';

export const SHARE_OVERFLOW: RuleInfo = { name: 'share-overflow', version: 1, severity: 'error' };

type AnswerKind = 'for' | 'against' | 'undecided';

const ANSWERS: Array<[AnswerKind, string[]]> = [
  [
    'for',
    phraseList(`for, yes, in favour, in favor, support, supported, supports, approve, approved, approves,
      agree, agreed, agrees, backed, back, backs`),
  ],
  [
    'against',
    phraseList(`against, no, oppose, opposed, opposes, disapprove, disapproved, disagree, disagreed,
      reject, rejected, rejects`),
  ],
  [
    'undecided',
    phraseList(`undecided, unsure, not sure, don't know, do not know, didn't know, did not know, neutral,
      no opinion, neither, would not say, refused to say`),
  ],
];
const ANSWER_KIND = new Map(
  ANSWERS.flatMap(([kind, words]) => words.map((word) => [word, kind] as const)),
);
const ANSWER_WORDS = [...ANSWER_KIND.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '[ \\u00a0]+'));

/** What may end a list item: punctuation, the sentence end, or a conjunction. */
const ITEM_END = String.raw`(?=[ \u00a0]*(?:[,;.:)–—]|$)|[ \u00a0]+(?:and|while|whereas|but|with|or)(?![\p{L}]))`;
/** An object after a verb answer: "support the plan", "oppose it". */
const ANSWER_OBJECT = String.raw`(?:[ \u00a0]+(it|them|this|that|(?:the|a|an)[ \u00a0]+[\p{L}-]+(?:[ \u00a0]+[\p{L}-]+)?))?`;
const PRONOUNS = new Set(['it', 'them', 'this', 'that']);
/** "48% for", "27% said no", "30% of those polled were undecided", "48% support the plan". */
const ANSWER_AFTER = new RegExp(
  String.raw`^[ \u00a0]*(?:of[ \u00a0]+(?:those|respondents|voters|people|members|adults)(?:[ \u00a0]+(?:polled|asked|surveyed|questioned))?[ \u00a0]+)?` +
    String.raw`(?:(?:said|say|says|were|are|was|is|voted|vote|answered|replied|chose)[ \u00a0]+)?` +
    `(${ANSWER_WORDS.join('|')})${ANSWER_OBJECT}${ITEM_END}`,
  'iu',
);

/** "40% of the vote": a whole that its shares split without overlap. */
const PARTITIONED_WHOLE_AFTER = new RegExp(
  String.raw`^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:popular[ \u00a0]+|total[ \u00a0]+)?(vote|votes|ballots|seats|market|total)` +
    ITEM_END,
  'iu',
);
/** A share in the list with its whole left implicit: "the Conservatives 35%,". */
const ELLIPTICAL_ITEM = new RegExp(`^${ITEM_END}`, 'iu');
/** Sentences that compare over time or against something else. */
const COMPARISON =
  /(?:^|[^\p{L}\p{N}])(?:from|compared|than|previous|previously|last|earlier|before|up|down|rose|fell|increase|decrease|(?:1[89]|20)\d\d)(?![\p{L}\p{N}])/iu;

interface Item {
  claim: NumericClaim;
  share: StatedValue;
  label: string;
}

export function checkShareOverflow(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const bySentence = new Map<Sentence, NumericClaim[]>();
  for (const claim of context.numericClaims) {
    if (claim.conversionOf !== null || (claim.unit !== '%' && claim.unit !== 'fraction')) continue;
    const sentence = context.text.sentenceOf(claim);
    if (sentence === null) continue;
    bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), claim]);
  }
  for (const [sentence, claims] of bySentence) {
    if (claims.length < 2) continue;
    const items =
      answerItems(context, sentence, claims) ?? partitionItems(context, sentence, claims);
    if (items === null) continue;
    const finding = checkItems(sentence, items);
    if (finding) findings.push(finding);
  }
  return findings;
}

function answerItems(
  context: CheckContext,
  sentence: Sentence,
  claims: NumericClaim[],
): Item[] | null {
  const items: Item[] = [];
  const kinds = new Set<AnswerKind>();
  const objects = new Set<string>();
  for (const claim of claims) {
    const match = ANSWER_AFTER.exec(textAfter(context, sentence, claim));
    const share = readShareInPercent(claim);
    if (!match || share === null) continue;
    const kind = ANSWER_KIND.get(match[1].toLowerCase().replace(/\s+/g, ' '));
    if (kind === undefined || kinds.has(kind)) return null; // the same answer twice: different questions
    kinds.add(kind);
    const object = match[2]?.toLowerCase().replace(/\s+/g, ' ');
    if (object !== undefined && !PRONOUNS.has(object)) objects.add(object);
    items.push({ claim, share, label: match[0].trim() });
  }
  // "60% support the plan, 45% oppose the tax": answers to different questions.
  if (objects.size > 1) return null;
  return items.length >= 2 ? items : null;
}

function partitionItems(
  context: CheckContext,
  sentence: Sentence,
  claims: NumericClaim[],
): Item[] | null {
  if (COMPARISON.test(sentence.text)) return null;
  const wholes = new Set<string>();
  const items: Item[] = [];
  for (const claim of claims) {
    const after = textAfter(context, sentence, claim);
    const share = readShareInPercent(claim);
    if (share === null) return null;
    const whole = PARTITIONED_WHOLE_AFTER.exec(after);
    if (whole) wholes.add(whole[1].toLowerCase().replace(/s$/, '').replace('ballot', 'vote'));
    else if (!ELLIPTICAL_ITEM.test(after)) return null;
    items.push({ claim, share, label: whole ? whole[0].trim() : '' });
  }
  return wholes.size === 1 ? items : null;
}

function checkItems(sentence: Sentence, items: Item[]): Finding | null {
  const sum = sumIntervals(items.map((item) => item.share.interval));
  if (sum.low === null || !sum.low.gt(HUNDRED)) return null;
  const nominal = items.reduce((total, item) => total.plus(item.share.nominalLow), ZERO);
  const terms = items.map(
    (item) => `${describeStated(item.claim)}${item.label ? ` ${item.label}` : ''}`,
  );
  return createFinding(SHARE_OVERFLOW, {
    claims: items.map((item) => item.claim.id),
    message:
      `${terms.join(' + ')} = ${groupDigits(nominal)}%, more than the whole ` +
      `(${groupDigits(nominal.minus(HUNDRED))} points over 100%)`,
    data: {
      sharesPercent: items.map((item) => item.share.nominalLow.toFixed()),
      labels: items.map((item) => item.label),
      sumPercent: nominal.toFixed(),
      sumRange: intervalToJson(sum),
    },
    inputs: { sentence: sentence.text, claims: items.map((item) => numericInputs(item.claim)) },
  });
}

/** The words after a claim, up to the next claim of the sentence or its end. */
function textAfter(context: CheckContext, sentence: Sentence, claim: NumericClaim): string {
  const range = context.text.rangeOf(claim);
  if (range === null) return '';
  let end = sentence.end;
  for (const other of context.numericClaims) {
    const otherRange = context.text.rangeOf(other);
    if (otherRange !== null && otherRange.start >= range.end && otherRange.start < end)
      end = otherRange.start;
  }
  return context.text.text.slice(range.end, end);
}
