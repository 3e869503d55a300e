/**
 * value-conflict (error): one quantity stated with two values in one document.
 * Example: headline "35 MOUs Signed During Visit", body "the two countries
 * signed a total of 33 MOUs" raises 'The headline states 35 ("35 MOUs"), but
 * the body states 33 ("33 MOUs")'.
 * One quantity is recognised three ways. Claims linked by a same-quantity
 * relation (by the extractor or a person). A headline figure (a count, money or
 * a percentage) that the body never restates, when every body figure in that
 * unit, leaving out the parts of a breakdown, states one other value in a
 * sentence that shares a word with the headline ("Firm fined £500" / "was
 * fined £5,000"). A figure restated at once in another form: a fraction as a
 * percentage ("nearly a third of voters, 3 per cent") or words as digits
 * ("twelve (12)"). Not raised: values that agree within their rounding,
 * currency conversions, figures in different units, and a headline figure
 * when the body states several candidates.
 */
import type { NumericClaim } from '../extraction/types.js';
import type { CheckContext } from './check-context.js';
import { numericClaim } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { overlaps } from './interval.js';
import {
  describeStated,
  numericInputs,
  readShareInPercent,
  readStatedValue,
  type StatedValue,
} from './stated-value.js';
import { isShareUnit, unitKind } from './units.js';
import { wordSet } from '../text/words.js';

export const VALUE_CONFLICT: RuleInfo = { name: 'value-conflict', version: 1, severity: 'error' };

const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just over|just under|more than|less than)[ \u00a0]+)?`;
/** Between a figure and its restatement: ", ", " (", " – ", ", or ", maybe after what is counted ("of voters", "patients"). */
const APPOSITION = new RegExp(
  String.raw`^(?:[ \u00a0]+(?:of[ \u00a0]+)?[\p{L}'’-]+(?:[ \u00a0]+[\p{L}'’-]+){0,2})?[ \u00a0]*(?:,|\(|[–—]|,?[ \u00a0]+or)[ \u00a0]*${HEDGE}$`,
  'iu',
);
/** A restatement ends at once: "a third of voters, 3 per cent," or "twelve (12)"; not "15 in all)", "3% of them". */
const RESTATEMENT_END = /^[ \u00a0]*(?:[,;:)–—.]|$)/u;

export function checkValueConflict(context: CheckContext): Finding[] {
  return [
    ...fromSameQuantityRelations(context),
    ...fromHeadline(context),
    ...fromRestatements(context),
  ];
}

/** The two claims' ranges on one scale (percent for shares), or null when they are not the same kind of figure. */
function comparable(a: NumericClaim, b: NumericClaim): [StatedValue, StatedValue] | null {
  if (a.conversionOf !== null || b.conversionOf !== null) return null;
  // Bare numbers ("Twelve (15)") have no unit and compare with each other.
  const read =
    a.unit === b.unit
      ? readStatedValue
      : isShareUnit(a.unit) && isShareUnit(b.unit)
        ? readShareInPercent
        : null;
  if (read === null) return null;
  const [x, y] = [read(a), read(b)];
  return x && y ? [x, y] : null;
}

function disagree(a: NumericClaim, b: NumericClaim): boolean {
  const pair = comparable(a, b);
  return pair !== null && !overlaps(pair[0].interval, pair[1].interval);
}

function conflictFinding(
  claims: NumericClaim[],
  message: string,
  how: string,
  read: unknown,
): Finding {
  return createFinding(VALUE_CONFLICT, {
    claims: claims.map((claim) => claim.id),
    message,
    data: {
      recognisedBy: how,
      values: claims.map((claim) => ({
        claimId: claim.id,
        exact: claim.exact,
        value: claim.valueText ?? `${claim.lowText}-${claim.highText}`,
        unit: claim.unit,
      })),
    },
    inputs: { recognisedBy: how, claims: claims.map(numericInputs), read },
  });
}

function fromSameQuantityRelations(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    if (relation.type !== 'same-quantity') continue;
    const claims = relation.claims
      .map((id) => numericClaim(context, id))
      .filter((claim) => claim !== null);
    const conflicting = claims.some((a, i) => claims.slice(i + 1).some((b) => disagree(a, b)));
    if (!conflicting) continue;
    const values = [...new Set(claims.map((claim) => describeStated(claim)))];
    findings.push(
      conflictFinding(
        claims,
        `One quantity is stated as ${values.join(' and as ')}`,
        'same-quantity',
        {
          relation: { type: relation.type, claims: relation.claims },
        },
      ),
    );
  }
  return findings;
}

function fromHeadline(context: CheckContext): Finding[] {
  const headline = context.text.headline;
  if (headline === null) return [];
  const related = new Set(
    context.relations.flatMap((r) => (r.type === 'same-quantity' ? r.claims : [])),
  );
  const breakdownParts = new Set(
    context.relations.flatMap((r) =>
      r.type === 'parts-of-total' && r.parts.length >= 2 ? r.parts : [],
    ),
  );
  const findings: Finding[] = [];
  for (const claim of context.numericClaims) {
    const range = context.text.rangeOf(claim);
    if (range === null || !context.text.isInHeadline(range) || related.has(claim.id)) continue;
    if (claim.unit === null || !['count', 'currency', 'percent'].includes(unitKind(claim.unit)))
      continue;
    const body = context.numericClaims.filter((other) => {
      const otherRange = context.text.rangeOf(other);
      return (
        otherRange !== null &&
        otherRange.start >= headline.end &&
        other.unit === claim.unit &&
        !breakdownParts.has(other.id) &&
        comparable(claim, other) !== null
      );
    });
    if (body.length === 0 || body.some((other) => !disagree(claim, other))) continue;
    const oneValue = body.every((a, i) => body.slice(i + 1).every((b) => !disagree(a, b)));
    // The body's figure must be about the same thing: its sentence shares a word with the headline.
    const headlineWords = wordsAround(headline.text, claim.exact);
    const restatement = body.find((other) => {
      const sentence = context.text.sentenceOf(other)?.text ?? '';
      return wordsAround(sentence, other.exact).some((word) =>
        headlineWords.some((h) => isSameWord(word, h)),
      );
    });
    if (!oneValue || restatement === undefined) continue;
    findings.push(
      conflictFinding(
        [claim, ...body],
        `The headline states ${withWords(claim)}, but the body states ${withWords(restatement)}`,
        'headline',
        {
          headline: headline.text,
          sentence: context.text.sentenceOf(restatement)?.text ?? null,
        },
      ),
    );
  }
  return findings;
}

const COMMON_WORDS = wordSet(`
  the and for with from after over into amid than that this its their his her has have had was
  were are will would said says more less about
`);

/** The words of a text outside one figure's words, lower case, without short and common words. */
function wordsAround(text: string, figure: string): string[] {
  return text
    .replace(figure, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3 && !COMMON_WORDS.has(word));
}

/** "signed"/"signed", "fine"/"fined", "close"/"closed": equal, or one a prefix of the other of four letters or more. */
function isSameWord(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || (shorter.length >= 4 && longer.startsWith(shorter));
}

function fromRestatements(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const claims = context.numericClaims;
  for (let i = 0; i + 1 < claims.length; i++) {
    const [first, second] = [claims[i], claims[i + 1]];
    const firstRange = context.text.rangeOf(first);
    const secondRange = context.text.rangeOf(second);
    if (firstRange === null || secondRange === null || firstRange.end > secondRange.start) continue;
    if (context.text.sentenceAt(firstRange.start) !== context.text.sentenceAt(secondRange.start))
      continue;
    const between = context.text.text.slice(firstRange.end, secondRange.start);
    const after = context.text.text.slice(secondRange.end, secondRange.end + 12);
    if (!APPOSITION.test(between) || !RESTATEMENT_END.test(after) || !isOtherForm(first, second))
      continue;
    if (!disagree(first, second)) continue;
    findings.push(
      conflictFinding(
        [first, second],
        `${withWords(first)} is restated as ${withWords(second)}`,
        'restatement',
        { between },
      ),
    );
  }
  return findings;
}

/** 12 ("Twelve"), 33 ("33 memorandums of understanding (MOUs)"), "a third" (33.33%). */
function withWords(claim: NumericClaim): string {
  const described = describeStated(claim);
  return claim.unit === 'fraction' || described.endsWith(claim.exact)
    ? described
    : `${described} ("${claim.exact}")`;
}

/** A fraction and a percentage, or the same unit once in words and once in digits. */
function isOtherForm(a: NumericClaim, b: NumericClaim): boolean {
  if (isShareUnit(a.unit) && isShareUnit(b.unit)) return a.unit !== b.unit;
  const hasDigits = (claim: NumericClaim) => /\d/.test(claim.exact);
  return a.unit === b.unit && hasDigits(a) !== hasDigits(b);
}
