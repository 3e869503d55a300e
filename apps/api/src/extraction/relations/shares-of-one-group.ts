/**
 * shares-of-one-group: percentages (or fractions) of one whole that exclude
 * each other, so that they add up to at most 100%:
 * - opposite answers to one question: "32% said he was a good prime minister
 *   and 38% disagreed", "30% saw orders rise and 27% saw them fall", "61%
 *   backed the plan, 24% opposed it, and 9% did not know";
 * - pairs: "by 39% to 34%", "46 percent better to 15 percent worse", "42%
 *   backed it compared to 45% who thought it unbecoming";
 * - lists of the parts of a whole: "Labour 39%, the Conservatives 34% and the
 *   Liberal Democrats 19%", "The South accounted for 41.3 percent, while the
 *   West had 22.9 percent", continued in the paragraph's next sentence ("The
 *   Midwest claimed 19.5 percent and the Northeast, 16.2 percent");
 * - a ranking: "The Postal Service delivers about 62 percent of Amazon
 *   packages ... Amazon's No. 2 carrier is UPS, at 21 percent, and FedEx is
 *   third, with 8 percent" (across a sentence without figures);
 * - choices: "Twelve percent chose “all Americans,” 8 percent picked the
 *   middle class and 2 percent chose lower-income Americans", continued from
 *   the previous sentence's choice ("more than half ... selected either ...");
 * - answers continued by the next sentence's answer of another kind ("34%
 *   said all their cards were replaced. Furthermore, 16% said none, while 30%
 *   said only some"; "47% supported it, with 26% against. ... around one
 *   quarter said they neither support nor oppose").
 * Not one group: changes ("up 5%", "from 0.9% to 1.2%"), percentage points, shares of different
 * wholes ("60% of men and 55% of women", "among Democrats ... among
 * Republicans") or times, answers that need not exclude each other ("83% were
 * happy, though a quarter struggled"; "87% said they did not keep promises,
 * while 92% said they never gave a straight answer"), and a figure restated
 * in brackets ("a quarter (21%)" is one share).
 */
import type { SharesOfOneGroupRelation } from '../types.js';
import type { QuantityFrame } from './frames.js';
import type { RelationContext } from './relation-context.js';
import { endTest } from '../text-helpers.js';
import { isOneWhole } from './share-wholes.js';
import {
  areCategoriesOfOnePartition,
  areNamedPartsOfASplit,
  areParallelParts,
} from './partitions.js';

type Pole = 'yes' | 'no' | 'neither';
/** Words that answer a question one way, the other, or neither. */
const POLES: Array<[Pole, RegExp]> = [
  [
    'neither',
    /(?<![\p{L}])(?:don['’]?t know|do not know|did not know|didn['’]?t know|undecided|unsure|not sure|neither|no opinion|no difference|no change|unchanged|stayed the same|remain(?:ed)? the same|only some|some of|mixed)(?![\p{L}])/iu,
  ],
  [
    'no',
    /(?<![\p{L}])(?:against|no|oppos\p{L}*|reject\p{L}*|disapprov\p{L}*|disagree\p{L}*|pessimistic|negative|worse|deteriorat\p{L}*|wrong|fall|fell|down|decrease\p{L}*|bad|poor|worried|not|never|none|n['’]t|unbecoming|thumbs down|underwater)(?![\p{L}])/iu,
  ],
  [
    'yes',
    /(?<![\p{L}])(?:for|yes|support\p{L}*|backed|back|favou?r\p{L}*|approv\p{L}*|agree[ds]?|optimistic|positive|better|improve\p{L}*|right|rise|rose|up|increase\p{L}*|good|high marks|confident|hopeful|satisfied|sympathy|all)(?![\p{L}])/iu,
  ],
];
/** "39% to 34%", "46 percent better to 15 percent worse", "compared with 24% against", "35 percent positive, 38 percent negative". */
const PAIRED =
  /^[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:to|versus|vs\.?|against)[ \u00a0]+$|^[ \u00a0]+\p{L}+,[ \u00a0]*$|(?:^|[^\p{L}])compared (?:with|to)[ \u00a0]+$/iu;
/** "with the Liberal Democrats on 19%", "and the Northeast, 16.2 percent", "while the West had 22.9 percent". */
const ELLIPTICAL =
  /(?:^|,|[ \u00a0](?:and|while|with|whereas|but))[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*[ \u00a0]*(?:,|on|at|had|has|with|claimed|took|won|got)?[ \u00a0]*$/u;
/** "The Midwest claimed 19.5 percent": a named part of a breakdown. */
const NAMED_PART_BEFORE =
  /^(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)*[ \u00a0]+(?:claimed|had|took|won|got|accounted for|made up|was on|were on|is on|are on)[ \u00a0]+$/u;

export function findSharesOfOneGroup(context: RelationContext): SharesOfOneGroupRelation[] {
  const relations: SharesOfOneGroupRelation[] = [];
  const { sentences } = context.structure;
  let carried: QuantityFrame[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const chains = chainsOf(context, sharesOf(context, s));
    const first = chains[0];
    const lastCarried = carried[carried.length - 1];
    const sameParagraph =
      lastCarried !== undefined && lastCarried.paragraph === sentences[s].paragraph;
    // "... 62 percent of Amazon packages ... [a sentence without figures] Amazon's No. 2 carrier is UPS, at 21 percent".
    if (!first && sameParagraph && context.inSentence(s).length === 0) continue;
    const adjacent = sameParagraph && lastCarried.sentence.index === s - 1;
    if (
      first &&
      sameParagraph &&
      ((adjacent && continuesGroup(carried, first)) || isRanked(first[0]))
    )
      chains[0] = [...carried, ...first];
    else if (carried.length >= 2) relations.push(groupOf(carried));
    carried = chains.pop() ?? [];
    for (const chain of chains) if (chain.length >= 2) relations.push(groupOf(chain));
  }
  if (carried.length >= 2) relations.push(groupOf(carried));
  return relations;
}

function groupOf(shares: QuantityFrame[]): SharesOfOneGroupRelation {
  return { type: 'shares-of-one-group', shares: shares.map((f) => f.candidate.id) };
}

/** The sentence's shares that can be answers: no changes, no points; "a quarter (21%)" and "a third, 32 percent" count once. */
function sharesOf(context: RelationContext, sentence: number): QuantityFrame[] {
  const frames = context.inSentence(sentence);
  if (frames.length === 0) return frames;
  const shares = frames.filter(
    (f) => f.isShare && f.direction === null && f.candidate.unit !== 'pp',
  );
  return shares.filter((share, i) => {
    const next = shares[i + 1];
    if (!next) return true;
    const between = context.between(share, next);
    if (/^[ \u00a0]*\([ \u00a0]*$/u.test(between)) return false;
    return !(
      share.candidate.unit !== next.candidate.unit &&
      /^[ \u00a0]*(?:,|[–—]|[ \u00a0]-)[ \u00a0]*$/u.test(between)
    );
  });
}

/**
 * The groups of one sentence's shares: runs of neighbours that are linked and
 * of one whole, one subgroup and one time; a share on its own is a run of one.
 */
function chainsOf(context: RelationContext, shares: QuantityFrame[]): QuantityFrame[][] {
  if (shares.length === 0) return [];
  const open = shares.filter((share, i) => !isNestedPart(context, shares, i));
  const groups: QuantityFrame[][] = [];
  let run: QuantityFrame[] = [];
  for (const share of open) {
    const last = run[run.length - 1];
    if (last && isLinked(context, last, share) && isOneWhole([...run, share])) run.push(share);
    else {
      if (run.length > 0) groups.push(run);
      run = [share];
    }
  }
  if (run.length > 0) groups.push(run);
  return groups;
}

/**
 * Brackets after an answer word that spell out parts of a share before, in
 * its clause: "54% saying they are either uncertain (25%) or pessimistic
 * (29%)"; not "whites (49% better to 15% worse), Republicans (68% ...)".
 */
function isNestedPart(context: RelationContext, shares: QuantityFrame[], i: number): boolean {
  if (!isBracketed(shares[i])) return false;
  const owner = shares
    .slice(0, i)
    .reverse()
    .find((share) => !isBracketed(share));
  if (!owner) return false;
  let depth = 0;
  for (const char of context.text.slice(owner.candidate.end, shares[i].candidate.start)) {
    if (char === '(') depth++;
    else if (char === ')' && --depth < 0) return false;
  }
  return true;
}

/** "a poor rating (46 percent)": the share alone in its brackets. */
function isAloneInBrackets(share: QuantityFrame): boolean {
  return isBracketed(share) && /^[ \u00a0.]*\)/u.test(share.after);
}

function isBracketed(share: QuantityFrame): boolean {
  return /\([ \u00a0]*$/u.test(share.before);
}

const FROM_BEFORE = endTest(/(?:^|[^\p{L}])from[ \u00a0]+$/iu);

/** An answer that replies to the one before: "40% saying they did not", "63% disagreed". */
const REPLY =
  /^[ \u00a0,]*(?:(?:saying|said|say)[ \u00a0]+(?:they|that they)[ \u00a0]+)?(?:disagreed|disagree|did not|didn['’]t|do not|don['’]t|were not|was not|not)(?![\p{L}])/iu;

/**
 * A share followed by a verb of choosing ("Twelve percent chose", "more than
 * half of adults surveyed selected", "42% plan to vote in person"): the answer
 * to a question with one choice.
 */
const CHOICE_AFTER =
  /^,?[ \u00a0]+(?:(?:of|among)[ \u00a0]+(?:[\p{L}.'’-]+[ \u00a0]+){1,4})?(?:chose|choose|chooses|picked|pick|picks|selected|select|selects|preferred|prefer|prefers|opted for|went for|(?:(?:say|said|says)[ \u00a0]+they[ \u00a0]+)?(?:plan|plans|planning|planned|intend|intends|intending|will|would)[ \u00a0]+(?:to[ \u00a0]+)?vote)(?![\p{L}])/iu;

function isChoice(frame: QuantityFrame): boolean {
  return CHOICE_AFTER.test(frame.after);
}

/** "Amazon's No. 2 carrier is UPS, at 21 percent", "and FedEx is third, with 8 percent": a ranked part of a breakdown. */
const RANKED_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:No\.?[ \u00a0]?[2-9]|number[ \u00a0]+(?:two|three|four|five)|(?:is|was|are|were|came|comes|ranked|ranks|placed|finished)[ \u00a0]+(?:a[ \u00a0]+(?:distant|close)[ \u00a0]+)?(?:second|third|fourth|fifth)|runner-up|followed by)(?![\p{L}\p{N}])[^.;:]{0,40}$/iu,
);

function isRanked(frame: QuantityFrame): boolean {
  return RANKED_BEFORE(frame.before);
}

/** Two neighbouring shares of one group: a pair, a list item, a reply, opposite answers, or choices. */
function isLinked(context: RelationContext, a: QuantityFrame, b: QuantityFrame): boolean {
  const between = context.between(a, b);
  if (isChoice(a) && isChoice(b) && !/\)[^]*\(/u.test(between)) return true;
  if (isRanked(b) && RANKED_BEFORE(between)) return true;
  // "whites (49% better to 15% worse), Republicans (68% ...)": each bracket holds its own group.
  if (/\)[^]*\(/u.test(between) && !(isAloneInBrackets(a) && isAloneInBrackets(b))) return false;
  // "from 0.90 percent to 1.23 percent" is one share at two times.
  if (FROM_BEFORE(a.before)) return false;
  if (PAIRED.test(between) || ELLIPTICAL.test(between) || REPLY.test(b.after)) return true;
  if (
    areCategoriesOfOnePartition(a, b) ||
    areNamedPartsOfASplit(context.text, a, between) ||
    areParallelParts(context.inSentence(a.sentence.index), a, b, between)
  )
    return true;
  // "rejected by almost 96% a first offer, which provided for a 25% salary increase, then … proposed 35%": a
  // change between two shares says their words are about other things.
  const frames = context.frames.slice(a.index + 1, b.index);
  if (frames.some((f) => f.isShare && f.direction !== null)) return false;
  const [x, y] = [answerPole(a), answerPole(b)];
  return x !== null && y !== null && x !== y && !answerOtherThings(between, b.after);
}

/** How a share's answer is put: "said he should", "think the government is". */
const QUESTION_AFTER =
  /(?<![\p{L}])(said|say|says|think|thinks|thought|believe|believed|believes|want|wanted|wants)[ \u00a0]+(\p{L}+)[ \u00a0]+(\p{L}+)/iu;

function questionOf(frame: QuantityFrame): string | null {
  const match = QUESTION_AFTER.exec(frame.after.slice(0, 80));
  return match ? match.slice(1).join(' ').toLowerCase() : null;
}

/** "60% support the plan and 45% oppose the tax": answers about different things. */
function answerOtherThings(first: string, second: string): boolean {
  const object = (answer: string) =>
    /^[ \u00a0]*(?:said[ \u00a0]+)?\p{L}+[ \u00a0]+(?:the|a|an)[ \u00a0]+(\p{L}+)/iu
      .exec(answer)?.[1]
      ?.toLowerCase();
  const [x, y] = [object(first), object(second)];
  return x !== undefined && y !== undefined && x !== y;
}

/** "put support for the government at 28%", "approval was 40%": a level stated after what it measures. */
const LEVEL_BEFORE = endTest(/(?:^|[^\p{L}])(?:at|was|is|stood at|stands at)[ \u00a0]+$/iu);

/**
 * How a share answered: the words after it, up to the next figure; for "a poor
 * rating (46%)" or "support ... at 28%", the words before.
 */
function answerPole(frame: QuantityFrame): Pole | null {
  const before = poleOf(frame.before.slice(-50));
  if (isAloneInBrackets(frame)) return before;
  return poleOf(frame.after) ?? (isBracketed(frame) || LEVEL_BEFORE(frame.before) ? before : null);
}

function poleOf(answer: string): Pole | null {
  const text = answer.slice(0, 120);
  for (const [pole, words] of POLES) if (words.test(text)) return pole;
  return null;
}

/**
 * The next sentence goes on with the last one's group: the next named part of
 * a breakdown ("The Midwest claimed 19.5 percent"), or an answer opposite to a
 * single answer before ("34% said all ... Furthermore, 16% said none").
 */
function continuesGroup(carried: QuantityFrame[], next: QuantityFrame[]): boolean {
  const [last, first] = [carried[carried.length - 1], next[0]];
  if (first.time !== null || last.time !== null) return false;
  // "more than half ... selected either the wealthy or corporations. Twelve percent chose ...".
  if (carried.every(isChoice) && isChoice(first)) return true;
  // "21% ... said he should return at once. One in four said he should be back within a year while 39% opposed":
  // one question's answers, put the same way, with the answer against it.
  const asked = questionOf(last);
  if (
    asked !== null &&
    asked === questionOf(first) &&
    next.length >= 2 &&
    next.some((share) => answerPole(share) === 'no')
  )
    return true;
  if (NAMED_PART_BEFORE.test(first.before) && NAMED_PART_BEFORE.test(carried[0].before))
    return true;
  const poles = carried.map(answerPole);
  const pole = answerPole(first);
  // "Jones 50 percent of the vote and Moore 40 percent. ... 8 percent were undecided": the rest of a split.
  if (pole === 'neither' && carried.length >= 2 && poles.every((p) => p !== 'neither')) return true;
  return pole !== null && poles.every((p) => p !== null && p !== pole);
}
