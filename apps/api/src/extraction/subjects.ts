/**
 * What each number counts or measures. A bare number takes its counted noun
 * through ellipsis ("Of the 35 MOUs, 11 were signed" → 11 MOUs; "Seven of the
 * twelve" → volunteers); every claim gets a short `subject` phrase. Here: the
 * pass over all numbers, and a bare number's unit from a paired figure, the
 * amount before it, the percentage its change led to ("up two on 32%"), the
 * body (for a headline) or the total it is a part of;
 * the counted noun through ellipsis is in counted-noun-inheritance.ts, the
 * `subject` phrase in subject-phrases.ts.
 */
import { adopt, inheritCountedNoun } from './counted-noun-inheritance.js';
import type { NumericCandidate } from './numeric-candidate.js';
import type { DocumentText } from '../text/document-text.js';
import { describeSubject } from './subject-phrases.js';
import { CHANGE_WORD_BEFORE } from './direction-words.js';

export function resolveSubjects(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
): void {
  const sentenceOf = candidates.map((candidate) => structure.sentenceIndexAt(candidate.start));
  pointsOfPercentages(text, candidates, sentenceOf);
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (
      candidate.unit === null &&
      candidate.unitKind === null &&
      !inheritCurrency(text, candidates, sentenceOf, i) &&
      !inheritFromPaired(text, candidates, i) &&
      !inheritFromBracketing(text, candidates, i) &&
      !inheritPointsOfChange(text, candidates, i) &&
      !inheritPercentOfList(text, candidates, sentenceOf, i) &&
      !isPercentageNamedBefore(text, candidate)
    ) {
      inheritCountedNoun(text, structure, candidates, sentenceOf, i);
      candidate.unitFromContext = candidate.unit !== null;
    }
    candidate.subject = describeSubject(text, structure, candidate);
  }
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].unitKind === null && structure.paragraphAt(candidates[i].start).isHeadline)
      adoptFromBody(candidates, i);
  }
  partsOfTheTotalBefore(text, candidates, sentenceOf);
}

/** ", or 0.36%", " (0.4%)" after an index's points: the same change in percent. */
const PERCENT_RESTATED_AFTER =
  /^,?[ \u00a0]*(?:or|\()[ \u00a0]*[\d.]+[ \u00a0]*(?:%|per[ \u00a0]?cent)/iu;

/** How near a percentage points must be to be its percentage points. */
const POINTS_NEAR_PERCENTAGE = 60;

/**
 * "Labour's share was 33.7%, 1.6 points higher": points beside a percentage in
 * their sentence are percentage points; "14 points behind the leaders" counts
 * points, and so does "58% of possession ..., 10 points off the play-off places"
 * (the percentage is not beside them); "fell 102.2 points, or 0.36%" are an index's.
 */
function pointsOfPercentages(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
): void {
  const isNearPercentage = (i: number, j: number) => {
    const other = candidates[j];
    if (other?.unit !== '%' || sentenceOf[j] !== sentenceOf[i]) return false;
    const candidate = candidates[i];
    const gap = j < i ? candidate.start - other.end : other.start - candidate.end;
    return gap <= POINTS_NEAR_PERCENTAGE;
  };
  candidates.forEach((candidate, i) => {
    if (candidate.unitKind !== 'count' || candidate.unit?.toLowerCase() !== 'point') return;
    if (PERCENT_RESTATED_AFTER.test(text.slice(candidate.end, candidate.end + 20))) return;
    if (isNearPercentage(i, i - 1) || isNearPercentage(i, i + 1))
      Object.assign(candidate, { unit: 'pp', unitKind: 'percent' });
  });
}

/** "Of the 143 complaints,", "Among the 538 electors," opening a sentence. */
const OF_THE_TOTAL_BEFORE =
  /(?:^|[.!?]["”’)]?[ \u00a0\n]+|\n)(?:Of|Among)[ \u00a0]+(?:the|its|their)[ \u00a0]+$/u;
const COMMA_AFTER_TOTAL = /^(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]*,/u;
/** A verb read as the adjective of a counted noun: "51 concerned buses" is 51 complaints that concerned buses. */
const VERB_BEFORE_NOUN = /^\p{Ll}+ed(?=[ \u00a0])/u;

/**
 * "Of the 143 complaints, 51 concerned buses, 29 concerned roads and 60
 * concerned parking": each part counts the total's noun, and the span stops
 * at the number, before the verb.
 */
function partsOfTheTotalBefore(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
): void {
  for (let i = 0; i < candidates.length; i++) {
    const total = candidates[i];
    if (total.unitKind !== 'count' || total.value === null) continue;
    if (
      !OF_THE_TOTAL_BEFORE.test(
        text.slice(Math.max(0, total.qualifierStart - 40), total.qualifierStart),
      )
    )
      continue;
    if (!COMMA_AFTER_TOTAL.test(text.slice(total.end, total.end + 40))) continue;
    for (let j = i + 1; j < candidates.length && sentenceOf[j] === sentenceOf[i]; j++) {
      const part = candidates[j];
      if (part.value === null || part.value.gt(total.value)) continue;
      if (part.unitKind !== null && part.unitKind !== 'count') continue;
      const noun = part.nounPhrase;
      if (noun !== null && VERB_BEFORE_NOUN.test(noun)) {
        const spanText = text.slice(part.start, part.end);
        if (spanText.endsWith(noun)) part.end -= noun.length + 1;
      } else if (noun !== null) continue;
      adopt(part, total);
    }
  }
}

/** "a pass percentage of 74", "Pass percentage stands at 71.93": a bare figure the words before call a percentage. */
const PERCENTAGE_BEFORE =
  /(?:^|[^\p{L}])percentage[ \u00a0]+(?:of|at|(?:stands|stood|was|is|rose|fell|climbed|dropped|increased|decreased)(?:[ \u00a0]+(?:to|at))?)[ \u00a0]+$/iu;

function isPercentageNamedBefore(text: string, candidate: NumericCandidate): boolean {
  const before = text.slice(Math.max(0, candidate.qualifierStart - 40), candidate.qualifierStart);
  if (!PERCENTAGE_BEFORE.test(before)) return false;
  Object.assign(candidate, { unit: '%', unitKind: 'percent' });
  return true;
}

/** "up two on 32%", "down three to 41%": a bare change right before the percentage it led to. */
const LEADS_TO_PERCENTAGE = /^[ \u00a0]+(?:on|to|at)[ \u00a0]+$/iu;

/** "with the Conservatives up two on 32%": the change of a percentage, in percentage points. */
function inheritPointsOfChange(
  text: string,
  candidates: NumericCandidate[],
  index: number,
): boolean {
  const [candidate, next] = [candidates[index], candidates[index + 1]];
  if (!next || next.unit !== '%' || candidate.value === null) return false;
  if (!LEADS_TO_PERCENTAGE.test(text.slice(candidate.end, next.qualifierStart))) return false;
  if (
    !CHANGE_WORD_BEFORE.test(
      text.slice(Math.max(0, candidate.qualifierStart - 16), candidate.qualifierStart),
    )
  )
    return false;
  Object.assign(candidate, { unit: 'pp', unitKind: 'percent' });
  return true;
}

/** "leads Trump 50 to 41 per cent", "62-32%": the unit of a pair is written once, after the second figure. */
const PAIR_CONNECTOR = /^[ \u00a0]*(?:to|-|–|versus|vs\.?)[ \u00a0]*$/iu;

function inheritFromPaired(text: string, candidates: NumericCandidate[], index: number): boolean {
  const [candidate, next] = [candidates[index], candidates[index + 1]];
  if (!next || next.unitKind !== 'percent' || next.value === null) return false;
  if (!PAIR_CONNECTOR.test(text.slice(candidate.end, next.qualifierStart))) return false;
  candidate.unit = next.unit;
  candidate.unitKind = next.unitKind;
  return true;
}

/** "a pass percentage of 99.67 (96.61 nationally)": a bare figure in brackets right after a percentage is one too. */
function inheritFromBracketing(
  text: string,
  candidates: NumericCandidate[],
  index: number,
): boolean {
  const [previous, candidate] = [candidates[index - 1], candidates[index]];
  if (!previous || previous.unitKind !== 'percent') return false;
  if (!/^[ \u00a0]*\([ \u00a0]*$/u.test(text.slice(previous.end, candidate.qualifierStart)))
    return false;
  candidate.unit = previous.unit;
  candidate.unitKind = previous.unitKind;
  return true;
}

/** " of the 20 stores", " out of 10": the whole a count is part of ("7.3 of another race" is a share). */
const WHOLE_AFTER_COUNT =
  /^[ \u00a0]+(?:out[ \u00a0]+of|of[ \u00a0]+(?:the|its|their|our|his|her|those|these))[ \u00a0]/iu;

/** ", and " or ", " before the last item of a list; a comparison word after a bare figure makes it no share. */
const LIST_ITEM_BEFORE = /(?:,|[ \u00a0]and|[ \u00a0]or)[ \u00a0]+$/u;

/**
 * "65 percent were white, 11.9 percent black and 7.3 of another race", "rose 5
 * percent in May and 7 in June": a bare figure of a list whose figure before
 * is a percentage, in its sentence, is a percentage too.
 */
function inheritPercentOfList(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  index: number,
): boolean {
  const [before, candidate] = [candidates[index - 1], candidates[index]];
  if (!before || sentenceOf[index - 1] !== sentenceOf[index]) return false;
  if (before.unitKind !== 'percent' || before.unit !== '%' || before.value === null) return false;
  if (candidate.value === null || candidate.value.gt(100) || candidate.value.lt(0)) return false;
  const between = text.slice(before.end, candidate.qualifierStart);
  if (!LIST_ITEM_BEFORE.test(between) || /[;:()]/u.test(between)) return false;
  // "up 5% and 12 of the 20 stores": a count of a whole named after it.
  if (WHOLE_AFTER_COUNT.test(text.slice(candidate.end, candidate.end + 16))) return false;
  candidate.unit = before.unit;
  candidate.unitKind = before.unitKind;
  return true;
}

/** A figure with a money scale and no unit: "550m", "2.3bn". */
const SCALED_AMOUNT = /\d(?:m|bn|mn|tn)$/i;

/**
 * "Fiat is to get 1bn euros immediately, with another 550m to follow": a bare
 * amount in millions or billions is in the currency of the amount before it
 * in its sentence.
 */
function inheritCurrency(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  index: number,
): boolean {
  const candidate = candidates[index];
  if (!SCALED_AMOUNT.test(text.slice(candidate.start, candidate.end))) return false;
  for (let j = index - 1; j >= 0 && sentenceOf[j] === sentenceOf[index]; j--) {
    const before = candidates[j];
    if (
      before.unitKind === 'currency' &&
      before.conversionOf === null &&
      !before.unit?.includes('/')
    ) {
      candidate.unit = before.unit;
      candidate.unitKind = 'currency';
      return true;
    }
  }
  return false;
}

/** A bare number in a headline ("forces 12,000 to flee") counts what the body counts with the same number ("12,000 residents"). */
function adoptFromBody(candidates: NumericCandidate[], index: number): void {
  const headline = candidates[index];
  for (let j = index + 1; j < candidates.length && j <= index + 200; j++) {
    const body = candidates[j];
    if (
      body.unitKind === 'count' &&
      body.value !== null &&
      headline.value !== null &&
      body.value.cmp(headline.value) === 0
    ) {
      adopt(headline, body);
      headline.subject = body.subject;
      return;
    }
  }
}
