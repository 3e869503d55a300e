/**
 * Parts of a total named by their wording alone, one part at a time: a count
 * after ", with" (some of the count before it), an instalment of an amount, an
 * amount that leaves "the rest" of a whole stated before, a survey's net
 * balance (the share of rises = the share of falls + the balance), deaths
 * among the cases counted with them, a winner's votes (the runner-up's and the
 * majority), and a share spelled out into shares in brackets.
 */
import { FALL_WORDS, RISE_WORDS } from '../direction-words.js';
import type { QuantityFrame } from './frames.js';
import { COMPARED_BEFORE, type Breakdown } from './part-wording.js';
import type { RelationContext } from './relation-context.js';
import { endTest } from '../text-helpers.js';

/** ", with 1,138 adults saying ...": a part of the figure before it in its sentence. */
const WITH_BEFORE =
  /,[ \u00a0]*with[ \u00a0]+(?:(?:about|around|some|nearly|almost|roughly|only|just)[ \u00a0]+)?$/iu;
/** "with 500 more to be hired": an addition, no part. */
const ADDED_AFTER = /^[ \u00a0]+(?:more|extra|additional|others?|new|further)(?![\p{L}])/iu;

/**
 * "the online poll of 1,499 adults conducted Dec. 3 to 7, with 1,138 adults
 * saying they were aware": a count after ", with" is some of the count of the
 * same kind before it in the sentence.
 */
export function partsAfterWith(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const part of context.frames) {
    if (taken.has(part) || !WITH_BEFORE.test(part.before) || ADDED_AFTER.test(part.after)) continue;
    if (part.candidate.unitKind !== 'count' && part.candidate.unit !== null) continue;
    const wholes = context
      .inSentence(part.sentence.index)
      .filter(
        (f) =>
          f.index < part.index &&
          f.direction === null &&
          f.candidate.unitKind === 'count' &&
          (context.isComparable(f, part) || part.candidate.unit === null),
      );
    // "2,295 deaths during five heat episodes, with 1,311 of them": "them" are the nearest count
    // that can hold the part; the nearest of all when none can (a wrong figure is still flagged).
    const total = wholes.filter((f) => canHold(f, part)).pop() ?? wholes.pop();
    if (total) found.push({ total, parts: [part], complete: false });
  }
  return found;
}

function canHold(whole: QuantityFrame, part: QuantityFrame): boolean {
  return whole.number === null || part.number === null || whole.number >= part.number;
}

/** "spending in £2.5bn instalments": a part of the amount before it. */
const INSTALMENT_AFTER =
  /^[ \u00a0]+(?:(?:annual|yearly|monthly|quarterly|equal)[ \u00a0]+)?(?:instal(?:l)?ments?|tranches?)(?![\p{L}])/iu;
/** "talks on raising the rest", "the remainder will come from": the figure is part of a whole stated before. */
const THE_REST_AFTER = /^[^.;:]{0,80}(?<![\p{L}])the[ \u00a0]+(?:rest|remainder)(?![\p{L}])/iu;

/**
 * Parts named by their wording alone: an instalment of the amount before it
 * in its sentence ("the £7.5bn ... earmarked for spending in £2.5bn
 * instalments"), and an amount whose sentence leaves "the rest" to find,
 * which is part of the nearest amount of its unit in the sentences before
 * ("The £10bn Crossrail plan ... the Treasury has allocated £7.5bn for the
 * project and talks on raising the rest will begin").
 */
export function partsByWording(context: RelationContext, taken: Set<QuantityFrame>): Breakdown[] {
  const found: Breakdown[] = [];
  for (const part of context.frames) {
    if (taken.has(part) || !context.isAdditive(part) || part.direction !== null) continue;
    const comparable = (f: QuantityFrame) =>
      f.index < part.index && f.direction === null && context.isComparable(f, part);
    if (INSTALMENT_AFTER.test(part.after) && /(?:^|[^\p{L}])in[ \u00a0]+$/iu.test(part.before)) {
      const total = context.inSentence(part.sentence.index).filter(comparable).pop();
      if (total) found.push({ total, parts: [part], complete: false });
      continue;
    }
    if (
      !THE_REST_AFTER.test(part.after) ||
      context.inSentence(part.sentence.index).some(comparable)
    )
      continue;
    const total = context
      .framesBefore(part)
      .filter(
        (f) =>
          comparable(f) &&
          f.time === part.time &&
          part.sentence.index - f.sentence.index <= REST_SENTENCES_BACK &&
          !COMPARED_BEFORE(f.before.slice(-60)),
      )
      .pop();
    if (total) found.push({ total, parts: [part], complete: false });
  }
  return found;
}

/** How many sentences back the whole of "the rest" may be stated. */
const REST_SENTENCES_BACK = 3;

/** "The positive balance of plus 3": a survey's net balance, the share of rises less the share of falls. */
const POSITIVE_BALANCE_BEFORE = endTest(
  /(?<![\p{L}])balance[ \u00a0]+(?:of|was|at|stood at|was at)[ \u00a0]+$/iu,
);

/**
 * "Of the companies surveyed, 30% saw orders rise and 27% saw them fall. The
 * positive balance of plus 3 ...": the share of rises is the share of falls
 * plus the balance, when the balance's sentence or the one before gives both.
 */
export function surveyBalances(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  for (const balance of context.frames) {
    if (!balance.isShare || balance.number === null || balance.number < 0) continue;
    if (!POSITIVE_BALANCE_BEFORE(balance.before)) continue;
    const shares = [
      ...context.inSentence(balance.sentence.index - 1),
      ...context.inSentence(balance.sentence.index).filter((f) => f.index < balance.index),
    ].filter((f) => f.isShare && f.direction === null && f.paragraph === balance.paragraph);
    const rises = shares.filter((f) => answersWith(f, RISE_WORDS));
    const falls = shares.filter((f) => answersWith(f, FALL_WORDS));
    if (rises.length !== 1 || falls.length !== 1) continue;
    found.push({ total: rises[0], parts: [falls[0], balance], complete: true });
  }
  return found;
}

/** The words after a share, up to the next figure, hold a word of the set: "30% saw orders rise". */
function answersWith(frame: QuantityFrame, words: Set<string>): boolean {
  return frame.after
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => words.has(word));
}

/** What a count of deaths is some of: the cases, infections or patients counted with it. */
const CASE_NOUNS = new Set(['case', 'infection', 'patient', 'infected']);
const DEATH_NOUNS = new Set(['death', 'fatality']);
const JOINED_TO_DEATHS =
  /^(?:[ \u00a0]+[\p{L}\p{N}'’-]+){0,8}?(?:,[ \u00a0]*with|[ \u00a0]+and|[ \u00a0]+including)[ \u00a0]+(?:(?:about|around|some|nearly|at least)[ \u00a0]+)?$/iu;

/**
 * "26 cases and 11 deaths", "3,248 cases reported worldwide, with 584
 * deaths": the deaths are some of the cases counted with them.
 */
export function deathsAmongCases(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  for (const deaths of context.frames) {
    if (!DEATH_NOUNS.has(deaths.candidate.unit ?? '')) continue;
    const cases = context
      .inSentence(deaths.sentence.index)
      .filter((f) => f.index < deaths.index && CASE_NOUNS.has(f.candidate.unit ?? ''))
      .pop();
    if (!cases || cases.direction !== null || deaths.direction !== null) continue;
    const newOnly = (f: QuantityFrame) =>
      /(?<![\p{L}])new(?![\p{L}])/iu.test(f.candidate.nounPhrase ?? '');
    if (newOnly(cases) !== newOnly(deaths)) continue;
    if (!JOINED_TO_DEATHS.test(context.between(cases, deaths))) continue;
    found.push({ total: cases, parts: [deaths], complete: false });
  }
  return found;
}

/** "a majority of 5,907", "a margin of 312 votes". */
const MAJORITY_BEFORE = endTest(
  /(?:^|[^\p{L}])(?:a|its|his|her|their)[ \u00a0]+majority[ \u00a0]+of[ \u00a0]+$/iu,
);

/**
 * "54% saying they are either uncertain (25%) or pessimistic (29%)": a share
 * spelled out into the shares of its answers, in brackets after each.
 */
export function bracketedShares(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (!frame.isShare || /\([ \u00a0]*$/u.test(frame.before)) continue;
    const parts: QuantityFrame[] = [];
    for (const next of context
      .inSentence(frame.sentence.index)
      .filter((f) => f.index > frame.index)) {
      if (!next.isShare || !/\([ \u00a0]*$/u.test(next.before)) break;
      parts.push(next);
    }
    const clause =
      parts.length > 0
        ? context.text.slice(frame.candidate.end, parts[parts.length - 1].candidate.start)
        : '';
    if (parts.length >= 2 && /(?:^|[^\p{L}])(?:either|or|and)(?![\p{L}])/iu.test(clause))
      found.push({
        total: frame,
        parts,
        complete: /(?:^|[^\p{L}])either(?![\p{L}])/iu.test(clause),
      });
  }
  return found;
}

/** "won with 20,645 votes, compared to 14,738 for ..., giving a majority of 5,907": the winner's votes = the runner-up's + the majority. */
export function majorities(context: RelationContext): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (!MAJORITY_BEFORE(frame.before)) continue;
    const earlier = context
      .inSentence(frame.sentence.index)
      .filter(
        (f) => f.index < frame.index && context.isAdditive(f) && f.candidate.unitKind === 'count',
      );
    if (earlier.length !== 2) continue;
    found.push({ total: earlier[0], parts: [earlier[1], frame], complete: true });
  }
  return found;
}
