/**
 * Where a sentence states a change together with the values before and after
 * it, in the phrasings reporters use: "fell 30% from X to Y", "a 30% fall in
 * profit, from X to Y", "Y, up 30% from X", "rose 30% to Y from X", "rose from
 * X to Y, an increase of 30%" (or "(up 30%)", "a 30% rise", ", or 30%"), "rose
 * to Y from X, an increase of 30%". The change must come with a direction
 * word; a sentence that puts the change on another basis ("like-for-like",
 * "in real terms") is left out.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';

export type Direction = 'rise' | 'fall';

export interface StatedChange {
  change: NumericClaim;
  before: NumericClaim;
  after: NumericClaim;
  direction: Direction;
}

const RISE_WORDS =
  'rose|rise|rises|risen|rising|increase|increased|increases|increasing|grew|grow|grows|growth|growing|up|jump|jumped|jumps|climb|climbed|climbs|surge|surged|surges|gain|gained|gains|soar|soared|soars|higher|more|boost|boosted|hike';
const FALL_WORDS =
  'fell|fall|falls|fallen|falling|drop|dropped|drops|decline|declined|declines|decrease|decreased|decreases|down|cut|cuts|slump|slumped|slumps|plunge|plunged|plunges|lower|less|shrank|shrunk|slid|slip|slipped|tumble|tumbled|reduction|reduced|lost|loss|dip|dipped|sank';
const DIRECTION = `${RISE_WORDS}|${FALL_WORDS}`;
const RISE = new RegExp(`^(?:${RISE_WORDS})$`, 'i');
const S = String.raw`[ \u00a0]+`;
const OPTIONAL_S = String.raw`[ \u00a0]*`;
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|an estimated|just over|just under|more than|less than|over|under)${S})?`;
/** A short time phrase after the before value: "in 2022", "a year earlier", "last year". */
const TIME = String.raw`(?:${S}(?:in|on|at|during)${S}[\p{L}\p{N}]+(?:${S}[\p{N}]{4})?|${S}a year (?:earlier|before|ago)|${S}last year)?`;

/** What a change noun may name before "from": "a 30% fall in pre-tax profit, from". */
const CHANGED_THING = String.raw`(?:${S}(?:in|of)${S}[\p{L}-]+(?:${S}[\p{L}-]+){0,2})?`;
/** Pattern A, between change and before value: "fell 30% from", "a 30% fall in profit, from", "down 30%, from". */
const CHANGE_THEN_FROM = new RegExp(
  String.raw`^(?:${S}(${DIRECTION})${CHANGED_THING})?${OPTIONAL_S},?${S}from${S}${HEDGE}$`,
  'iu',
);
/** Between before and after value: " to ", " in 2022 to ". */
const FROM_TO = new RegExp(String.raw`^${TIME}${OPTIONAL_S},?${S}to${S}${HEDGE}$`, 'iu');
/** Pattern B, between after value and change: ", an increase of ", " (up ", ", or ", ", a ". */
const TO_THEN_CHANGE = new RegExp(
  String.raw`^${TIME}${OPTIONAL_S}[,(–—-]?${OPTIONAL_S}(?:(?:a|an)${S})?(?:(${DIRECTION})(?:${S}(?:of|by))?${S}|(or)${S})?${HEDGE}$`,
  'iu',
);
/** Pattern C: "rose 30% to £260m from £200m". */
const CHANGE_THEN_TO = new RegExp(String.raw`^(?:${S}(${DIRECTION}))?${S}to${S}${HEDGE}$`, 'iu');
const TO_THEN_FROM = new RegExp(
  String.raw`^${OPTIONAL_S},?${S}(?:from|compared with|compared to|against|versus|vs\.?)${S}${HEDGE}$`,
  'iu',
);
/** Pattern D, before the after value and between it and the before value: "rose to £1.5bn from £982m". */
const TO_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?to${S}${HEDGE}$`,
  'iu',
);
const THEN_FROM = new RegExp(String.raw`^${OPTIONAL_S},?${S}from${S}${HEDGE}$`, 'iu');
/** Pattern E, "a profit of £2.8bn, up 12% from £2.5bn": between after value and change, then change and before value. */
const AFTER_THEN_CHANGE = new RegExp(
  String.raw`^${OPTIONAL_S}[,(]${OPTIONAL_S}(${DIRECTION})(?:${S}by)?${S}${HEDGE}$`,
  'iu',
);
const CHANGE_THEN_BEFORE = new RegExp(
  String.raw`^${S}(?:from|on|compared with|against)${S}${HEDGE}$`,
  'iu',
);
/** A change on another basis than the figures beside it: "up 5% on a like-for-like basis", "in real terms". */
const OTHER_BASIS =
  /like-for-like|constant[ \u00a0-]+currenc|real terms|inflation[ \u00a0-]+adjusted|underlying|organic|per[ \u00a0]+(?:capita|head)|annuali[sz]ed|seasonally/iu;
/** A direction word right before the change: "fell 30%", "rose by 30%", "down 30%", "a fall of 30%". */
const DIRECTION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${DIRECTION})(?:${S}(?:by|of))?${S}${HEDGE}$`,
  'iu',
);
/** A direction word right after the change: "30% fall", "30% higher". */
const DIRECTION_AFTER = new RegExp(String.raw`^${S}(${DIRECTION})(?![\p{L}])`, 'iu');
/** "from X", maybe after a direction verb: "rose from". */
const FROM_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(${DIRECTION})${S})?from${S}${HEDGE}$`,
  'iu',
);

/** The stated changes of a document, each with its before and after values, in document order. */
export function findStatedChanges(context: CheckContext): StatedChange[] {
  const found: StatedChange[] = [];
  const claims = context.numericClaims.filter(
    (claim) => claim.conversionOf === null && context.text.rangeOf(claim) !== null,
  );
  const between = (a: NumericClaim, b: NumericClaim): string => textBetween(context, a, b);
  const before = (claim: NumericClaim): string => textBefore(context, claim);
  for (let i = 0; i + 2 < claims.length; i++) {
    const [first, second, third] = [claims[i], claims[i + 1], claims[i + 2]];
    if (!inOneSentence(context, [first, second, third])) continue;
    if (OTHER_BASIS.test(context.text.sentenceOf(first)?.text ?? '')) continue;
    const a = CHANGE_THEN_FROM.exec(between(first, second));
    if (a && FROM_TO.test(between(second, third))) {
      const direction = directionOf(a[1], DIRECTION_BEFORE.exec(before(first))?.[1]);
      if (direction) found.push({ change: first, before: second, after: third, direction });
      continue;
    }
    const e = AFTER_THEN_CHANGE.exec(between(first, second));
    if (e && CHANGE_THEN_BEFORE.test(between(second, third))) {
      found.push({
        change: second,
        before: third,
        after: first,
        direction: RISE.test(e[1]) ? 'rise' : 'fall',
      });
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
    const b = TO_THEN_CHANGE.exec(between(second, third));
    if (b === null) continue;
    const afterChange = DIRECTION_AFTER.exec(textAfter(context, third))?.[1];
    const fromBefore = FROM_BEFORE.exec(before(first));
    if (fromBefore && FROM_TO.test(between(first, second))) {
      const direction = directionOf(b[1], afterChange, b[2] ? fromBefore[1] : undefined);
      if (direction) found.push({ change: third, before: first, after: second, direction });
      continue;
    }
    // "rose to £1.5bn from £982m, an increase of 52%"
    const toBefore = TO_BEFORE.exec(before(first));
    if (toBefore && THEN_FROM.test(between(first, second))) {
      const direction = directionOf(b[1], afterChange, b[2] ? toBefore[1] : undefined);
      if (direction) found.push({ change: third, before: second, after: first, direction });
    }
  }
  return found;
}

function directionOf(...words: Array<string | undefined>): Direction | null {
  const word = words.find((w) => w !== undefined);
  if (word === undefined) return null;
  return RISE.test(word) ? 'rise' : 'fall';
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
