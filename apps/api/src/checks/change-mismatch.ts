/**
 * change-mismatch (error): a stated change that disagrees with the stated
 * before and after values. Example: "Sales fell 30% from £200m to £120m" raises
 * "From £200m to £120m is a 40% fall, but the stated change is a 30% fall".
 * The change is read where one sentence ties it to both values: "fell 30% from
 * X to Y", "a 30% fall from X to Y", "rose from X to Y, an increase of 30%",
 * "(up 30%)" after "from X to Y", and "rose 30% to Y from X". A change in %
 * is relative, in percentage points (or in the values' own unit, "fell by
 * £80m") it is the difference; between two percentages a change in % may mean
 * either. A stated change stands for ±1 in its last digit, since reporters
 * truncate changes as often as they round them (+52.7% reported as 52% is
 * fine); the before and after values keep their usual rounding. A change whose
 * base is not stated ("fell 30% to £120m") is not raised.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { dec, HUNDRED, overlaps, subtractIntervals, type Interval } from './interval.js';
import { describeStated, numericInputs, readStatedValue, roundingHalfUnit } from './stated-value.js';
import { formatAmount, groupDigits } from './units.js';

export const CHANGE_MISMATCH: RuleInfo = { name: 'change-mismatch', version: 1, severity: 'error' };

type Direction = 'rise' | 'fall';

const RISE_WORDS = 'rose|rise|rises|risen|rising|increase|increased|increases|increasing|grew|grow|grows|growth|growing|up|jump|jumped|jumps|climb|climbed|climbs|surge|surged|surges|gain|gained|gains|soar|soared|soars|higher|more|boost|boosted|hike';
const FALL_WORDS = 'fell|fall|falls|fallen|falling|drop|dropped|drops|decline|declined|declines|decrease|decreased|decreases|down|cut|cuts|slump|slumped|slumps|plunge|plunged|plunges|lower|less|shrank|shrunk|slid|slip|slipped|tumble|tumbled|reduction|reduced|lost|loss|dip|dipped|sank';
const DIRECTION = `${RISE_WORDS}|${FALL_WORDS}`;
const RISE = new RegExp(`^(?:${RISE_WORDS})$`, 'i');
const S = String.raw`[ \u00a0]+`;
const OPTIONAL_S = String.raw`[ \u00a0]*`;
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|an estimated|just over|just under|more than|less than|over|under)${S})?`;
/** A short time phrase after the before value: "in 2022", "a year earlier", "last year". */
const TIME = String.raw`(?:${S}(?:in|on|at|during)${S}[\p{L}\p{N}]+(?:${S}[\p{N}]{4})?|${S}a year (?:earlier|before|ago)|${S}last year)?`;

/** Pattern A, between change and before value: "fell 30% from", "a 30% fall from", "down 30%, from". */
const CHANGE_THEN_FROM = new RegExp(String.raw`^(?:${S}(${DIRECTION}))?${OPTIONAL_S},?${S}from${S}${HEDGE}$`, 'iu');
/** Between before and after value: " to ", " in 2022 to ". */
const FROM_TO = new RegExp(String.raw`^${TIME}${OPTIONAL_S},?${S}to${S}${HEDGE}$`, 'iu');
/** Pattern B, between after value and change: ", an increase of ", " (up ", ", or ", ", a ". */
const TO_THEN_CHANGE = new RegExp(
  String.raw`^${TIME}${OPTIONAL_S}[,(–—-]?${OPTIONAL_S}(?:(?:a|an)${S})?(?:(${DIRECTION})(?:${S}(?:of|by))?${S}|(or)${S})?${HEDGE}$`,
  'iu',
);
/** Pattern C: "rose 30% to £260m from £200m". */
const CHANGE_THEN_TO = new RegExp(String.raw`^(?:${S}(${DIRECTION}))?${S}to${S}${HEDGE}$`, 'iu');
const TO_THEN_FROM = new RegExp(String.raw`^${OPTIONAL_S},?${S}(?:from|compared with|compared to|against|versus|vs\.?)${S}${HEDGE}$`, 'iu');
/** A direction word right before the change: "fell 30%", "rose by 30%", "down 30%", "a fall of 30%". */
const DIRECTION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${DIRECTION})(?:${S}(?:by|of))?${S}${HEDGE}$`, 'iu');
/** A direction word right after the change: "30% fall", "30% higher". */
const DIRECTION_AFTER = new RegExp(String.raw`^${S}(${DIRECTION})(?![\p{L}])`, 'iu');
/** "from X", maybe after a direction verb: "rose from". */
const FROM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?from${S}${HEDGE}$`, 'iu');

interface StatedChange {
  change: NumericClaim;
  before: NumericClaim;
  after: NumericClaim;
  direction: Direction;
}

export function checkChangeMismatch(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const stated of findStatedChanges(context)) {
    const finding = checkChange(context, stated);
    if (finding) findings.push(finding);
  }
  return findings;
}

function findStatedChanges(context: CheckContext): StatedChange[] {
  const found: StatedChange[] = [];
  const claims = context.numericClaims.filter((claim) => claim.conversionOf === null && context.text.rangeOf(claim) !== null);
  const between = (a: NumericClaim, b: NumericClaim): string => textBetween(context, a, b);
  const before = (claim: NumericClaim): string => textBefore(context, claim);
  for (let i = 0; i + 2 < claims.length; i++) {
    const [first, second, third] = [claims[i], claims[i + 1], claims[i + 2]];
    if (!inOneSentence(context, [first, second, third])) continue;
    const a = CHANGE_THEN_FROM.exec(between(first, second));
    if (a && FROM_TO.test(between(second, third))) {
      const direction = directionOf(a[1], DIRECTION_BEFORE.exec(before(first))?.[1]);
      if (direction) found.push({ change: first, before: second, after: third, direction });
      continue;
    }
    const c = CHANGE_THEN_TO.exec(between(first, second));
    if (c && TO_THEN_FROM.test(between(second, third))) {
      const direction = directionOf(c[1], DIRECTION_BEFORE.exec(before(first))?.[1]);
      if (direction) found.push({ change: first, before: third, after: second, direction });
      continue;
    }
    // "rose from X to Y, an increase of 30%", "(up 30%)", "a 30% rise", ", or 30%": the change word must be there,
    // or "or" after a direction verb; a bare "from X to Y, 30% ..." may be a share of something else.
    const fromBefore = FROM_BEFORE.exec(before(first));
    const b = TO_THEN_CHANGE.exec(between(second, third));
    if (fromBefore && b && FROM_TO.test(between(first, second))) {
      const afterChange = DIRECTION_AFTER.exec(textAfter(context, third))?.[1];
      const direction = directionOf(b[1], afterChange, b[2] ? fromBefore[1] : undefined);
      if (direction) found.push({ change: third, before: first, after: second, direction });
    }
  }
  return found;
}

function directionOf(...words: Array<string | undefined>): Direction | null {
  const word = words.find((w) => w !== undefined);
  if (word === undefined) return null;
  return RISE.test(word) ? 'rise' : 'fall';
}

function checkChange(context: CheckContext, stated: StatedChange): Finding | null {
  const { change, before, after } = stated;
  if (before.unit === null || before.unit !== after.unit || change.unit === null) return null;
  const beforeValue = readStatedValue(before);
  const afterValue = readStatedValue(after);
  if (beforeValue === null || afterValue === null || change.valueText === null) return null;
  if (!beforeValue.nominalLow.eq(beforeValue.nominalHigh) || !afterValue.nominalLow.eq(afterValue.nominalHigh)) return null;
  const sign = stated.direction === 'rise' ? 1 : -1;
  const changeRange = signedChangeRange(change, sign);
  const x = beforeValue.nominalLow;
  const y = afterValue.nominalLow;

  const relativeFits = change.unit === '%' && x.isPositive() && relativeChangeFits(beforeValue.interval, afterValue.interval, changeRange);
  const pointsUnit = before.unit === '%' ? ['pp', '%'] : [before.unit];
  const differenceFits = pointsUnit.includes(change.unit) && overlaps(subtractIntervals(afterValue.interval, beforeValue.interval), changeRange);
  const checkable = (change.unit === '%' && x.isPositive()) || pointsUnit.includes(change.unit);
  if (!checkable || relativeFits || differenceFits) return null;

  const relative = change.unit === '%' && x.isPositive();
  const actual = relative ? y.minus(x).times(HUNDRED).div(x) : y.minus(x);
  const actualWord = actual.isNegative() ? 'fall' : 'rise';
  const actualText = relative
    ? `a ${groupDigits(actual.abs().toDecimalPlaces(1))}% ${actualWord}`
    : `a ${actualWord} of ${formatAmount(actual.abs(), change.unit === '%' ? 'pp' : change.unit)}`;
  return createFinding(CHANGE_MISMATCH, {
    claims: [change.id, before.id, after.id],
    message:
      `From ${describeStated(before)} to ${describeStated(after)} is ${actualText}, ` +
      `but the stated change is a ${describeStated(change)} ${stated.direction}`,
    data: {
      unit: before.unit,
      before: before.valueText,
      after: after.valueText,
      statedChange: change.valueText,
      statedChangeUnit: change.unit,
      direction: stated.direction,
      actualChange: actual.toDecimalPlaces(4).toFixed(),
      actualChangeUnit: relative ? '%' : change.unit,
    },
    inputs: {
      sentence: context.text.sentenceOf(change)?.text ?? null,
      direction: stated.direction,
      change: numericInputs(change),
      before: numericInputs(before),
      after: numericInputs(after),
    },
  });
}

/** The stated change with ±1 in its last digit (or its "about" widening), signed by its direction. */
function signedChangeRange(change: NumericClaim, sign: number): Interval {
  const stated = readStatedValue(change);
  const value = dec(change.valueText ?? '0');
  const lastDigit = roundingHalfUnit(change.exact, value, 'first').times(2);
  let low = value.minus(lastDigit);
  let high = value.plus(lastDigit);
  if (stated?.interval.low && stated.interval.low.lt(low)) low = stated.interval.low;
  if (stated?.interval.high && stated.interval.high.gt(high)) high = stated.interval.high;
  if (change.bound === 'lower') high = dec(Number.MAX_SAFE_INTEGER);
  if (change.bound === 'upper') low = dec(0);
  return sign > 0 ? { low, high } : { low: high.neg(), high: low.neg() };
}

/** Some before x and after y in their ranges with (y / x − 1) × 100 in the change range (compared by multiplying). */
function relativeChangeFits(before: Interval, after: Interval, change: Interval): boolean {
  if (before.low === null || before.high === null || after.low === null || after.high === null) return true;
  if (!before.low.isPositive() || change.low === null || change.high === null) return true;
  const ratioTooLow = after.high.times(HUNDRED).lt(before.low.times(HUNDRED.plus(change.low)));
  const ratioTooHigh = after.low.times(HUNDRED).gt(before.high.times(HUNDRED.plus(change.high)));
  return !ratioTooLow && !ratioTooHigh;
}

function inOneSentence(context: CheckContext, claims: NumericClaim[]): boolean {
  const sentences = claims.map((claim) => context.text.sentenceOf(claim));
  return sentences[0] !== null && sentences.every((sentence) => sentence === sentences[0]);
}

function textBetween(context: CheckContext, a: NumericClaim, b: NumericClaim): string {
  const first = context.text.rangeOf(a);
  const second = context.text.rangeOf(b);
  return first && second ? context.text.text.slice(first.end, second.start) : '';
}

/** Up to 40 characters before a claim, within its sentence. */
function textBefore(context: CheckContext, claim: NumericClaim): string {
  const range = context.text.rangeOf(claim);
  const sentence = context.text.sentenceOf(claim);
  if (range === null || sentence === null) return '';
  return context.text.text.slice(Math.max(sentence.start, range.start - 40), range.start);
}

function textAfter(context: CheckContext, claim: NumericClaim): string {
  const range = context.text.rangeOf(claim);
  return range === null ? '' : context.text.text.slice(range.end, range.end + 30);
}
