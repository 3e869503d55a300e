/**
 * Relations between numeric claims that the checks reason over:
 * - parts-of-total: "Of the 35 MOUs, 11 ... and 22 MOUs", "300 jobs, including
 *   45 ...", "A and B, a total of N";
 * - share-of: "72,000 units, accounting for 36.3% of the total";
 * - same-quantity: the headline's figure repeated in the body, and "the 35 MOUs"
 *   restating an earlier "35 MOUs".
 */
import type { NumericCandidate } from './numeric-scanner.js';
import type { DocumentText } from '../text/document-text.js';
import type { ExtractedRelation, PartsOfTotalRelation, ShareOfRelation } from './types.js';

const OF_THE_BEFORE = /(?:^|[^\p{L}])of[ \u00a0]+(?:the|its|their|our|his|her)[ \u00a0]+$/iu;
/** The comma closing "Of the N X," right away or after up to three words ("Of the £1.2bn budget,", "Of the 40 people arrested,"). */
const COMMA_CLOSING_TOTAL = /^(?:[ \u00a0]+[\p{L}][\p{L}'’-]*){0,3},/u;
const PARTS_FOLLOW =
  /^,?[ \u00a0]+(?:including|of whom|of which|comprising|made up of|among them|among which)(?![\p{L}])/iu;
const TOTAL_BEFORE =
  /(?:^|[^\p{L}])(?:a total of|totall?ing|bringing the total to|in all|altogether|overall)[ \u00a0,]*$/iu;
/** Between a count and its share: ", accounting for", ", or", "(", or "of its workforce, or" after a share. */
const SHARE_LINK =
  /^(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?[\p{L}-]+(?:[ \u00a0]+[\p{L}-]+)?(?=,))?(?:,?[ \u00a0]*(?:accounting for|representing|or|making up|which is|which was|equal to|equivalent to|amounting to|that is|about|around|some|nearly|almost|just over|roughly)*[ \u00a0]*|[ \u00a0]*\([ \u00a0]*)$/iu;
/** An amount (not a count) is a share only with one of these: "£2bn, accounting for 12%". */
const EXPLICIT_SHARE_LINK = /accounting for|representing|making up|equal to|equivalent to/i;
/** "30 of 250 staff", "38 of its 112 shops", "61,000 of the city's 195,000 voters". */
const OF_BETWEEN =
  /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|our|his|her|these|those)[ \u00a0]+(?:\p{L}[\p{L}-]*['’]s[ \u00a0]+)?)?$/iu;

/** The nouns of a stated whole before the comma of its share: "£3.2bn of its £10bn fund, or 23%". */
const WHOLE_NOUN_BEFORE_COMMA = /^(?:[ \u00a0]+[\p{L}][\p{L}'’-]*){1,3}(?=,)/u;
/** Between a share and the whole it is of: "36.3% of the total of 210,000 units", "20% of the 300 staff". */
const SHARE_OF_WHOLE =
  /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|a|an)[ \u00a0]+)?(?:(?:total|whole|sum)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?)?$/iu;

/** Parts are looked for among this many neighbouring claims (a list of parts is short). */
const MAX_PARTS = 12;

export function findRelations(
  text: string,
  structure: DocumentText,
  candidates: NumericCandidate[],
): ExtractedRelation[] {
  const sentenceOf = candidates.map((c) => structure.sentenceIndexAt(c.start));
  const partsOfTotal = findPartsOfTotal(text, candidates, sentenceOf);
  const totalOfPart = new Map<string, string>();
  for (const relation of partsOfTotal)
    for (const part of relation.parts) totalOfPart.set(part, relation.total);
  return [
    ...partsOfTotal,
    ...findShares(text, candidates, sentenceOf, totalOfPart),
    ...findSameQuantities(structure, candidates),
  ];
}

function isComparableUnit(a: NumericCandidate, b: NumericCandidate): boolean {
  return a.unit !== null && a.unit === b.unit && a.conversionOf === null && b.conversionOf === null;
}

function findPartsOfTotal(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
): PartsOfTotalRelation[] {
  const relations: PartsOfTotalRelation[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const total = candidates[i];
    if (total.unit === null || total.unitKind === 'percent' || total.value === null) continue;
    const before = text.slice(Math.max(0, total.qualifierStart - 24), total.qualifierStart);
    const after = text.slice(total.end, total.end + 48);
    // "30 of 250 staff": a part stands right before the total, which then opens no list of parts.
    const partBefore =
      i > 0 &&
      OF_BETWEEN.test(text.slice(candidates[i - 1].end, total.qualifierStart)) &&
      isComparableUnit(total, candidates[i - 1]);
    const partsFollow =
      (!partBefore && OF_THE_BEFORE.test(before) && COMMA_CLOSING_TOTAL.test(after)) ||
      PARTS_FOLLOW.test(after);
    const parts: NumericCandidate[] = [];
    if (partsFollow) {
      for (
        let j = i + 1;
        j < candidates.length && j <= i + MAX_PARTS && sentenceOf[j] === sentenceOf[i];
        j++
      ) {
        if (isComparableUnit(total, candidates[j])) parts.push(candidates[j]);
      }
    } else if (TOTAL_BEFORE.test(before)) {
      for (let j = i - 1; j >= 0 && j >= i - MAX_PARTS && sentenceOf[j] === sentenceOf[i]; j--) {
        if (isComparableUnit(total, candidates[j])) parts.unshift(candidates[j]);
      }
      if (parts.length < 2) parts.length = 0;
    } else if (partBefore) {
      parts.push(candidates[i - 1]);
    }
    if (parts.length > 0)
      relations.push({ type: 'parts-of-total', total: total.id, parts: parts.map((p) => p.id) });
  }
  return relations;
}

/**
 * A count or amount next to a percentage. The whole, when stated, comes from
 * "30 of 250 staff (12%)" / "£3.2bn of its £10bn fund, or 23%", from "36.3% of
 * the total of 210,000 units", or from the part's parts-of-total relation
 * ("Of its 250 staff, 30 (20%) left"). `totalOfPart`: part id → total id.
 */
function findShares(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  totalOfPart: Map<string, string>,
): ShareOfRelation[] {
  const relations: ShareOfRelation[] = [];
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (sentenceOf[i] !== sentenceOf[i + 1]) continue;
    const aIsShare = a.unit === '%';
    if (aIsShare === (b.unit === '%')) continue;
    let link = text.slice(a.end, b.qualifierStart);
    let part = aIsShare ? b : a;
    const share = aIsShare ? a : b;
    const shareIndex = aIsShare ? i : i + 1;
    let total: NumericCandidate | null = null;
    // "30 of 250 staff (12%)": the part comes before the whole.
    const previous = i > 0 ? candidates[i - 1] : null;
    if (
      part === a &&
      previous &&
      sentenceOf[i - 1] === sentenceOf[i] &&
      OF_BETWEEN.test(text.slice(previous.end, a.qualifierStart)) &&
      isComparableUnit(previous, a)
    ) {
      total = a;
      part = previous;
      link = link.replace(WHOLE_NOUN_BEFORE_COMMA, '');
    }
    if (!SHARE_LINK.test(link)) continue;
    if (part.unitKind !== 'count' && part.unitKind !== 'currency' && part.unitKind !== 'measure')
      continue;
    // "rose 3p, or 1.2%" is a change, not a share: amounts need an explicit share word or a stated whole.
    if (part.unitKind !== 'count' && total === null && !EXPLICIT_SHARE_LINK.test(link)) continue;
    total ??= wholeAfterShare(text, candidates, sentenceOf, shareIndex, part);
    const totalId = total?.id ?? totalOfPart.get(part.id) ?? null;
    relations.push({ type: 'share-of', part: part.id, share: share.id, total: totalId });
  }
  return relations;
}

/** "accounting for 36.3% of the total of 210,000 units": the whole right after the share, counted like the part. */
function wholeAfterShare(
  text: string,
  candidates: NumericCandidate[],
  sentenceOf: number[],
  shareIndex: number,
  part: NumericCandidate,
): NumericCandidate | null {
  const next = candidates[shareIndex + 1];
  if (!next || sentenceOf[shareIndex + 1] !== sentenceOf[shareIndex]) return null;
  if (next === part || !isComparableUnit(part, next)) return null;
  const share = candidates[shareIndex];
  return SHARE_OF_WHOLE.test(text.slice(share.end, next.qualifierStart)) ? next : null;
}

function quantityKey(candidate: NumericCandidate): string | null {
  if (candidate.unit === null || candidate.conversionOf !== null) return null;
  const amount =
    candidate.value !== null
      ? candidate.value.toString()
      : `${candidate.low?.toString()}-${candidate.high?.toString()}`;
  return `${candidate.unit}|${amount}`;
}

/** The headline's figure repeated in the body, and "the N X" restating an earlier "N X". */
function findSameQuantities(
  structure: DocumentText,
  candidates: NumericCandidate[],
): ExtractedRelation[] {
  const parent = candidates.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const join = (a: number, b: number): void => {
    parent[root(b)] = root(a);
  };
  const headline = structure.paragraphs[0].isHeadline ? structure.paragraphs[0] : null;
  const inHeadline = (c: NumericCandidate): boolean => headline !== null && c.start < headline.end;
  const firstOfKey = new Map<string, number>();
  const lastOfKey = new Map<string, number>();
  candidates.forEach((candidate, i) => {
    const key = quantityKey(candidate);
    if (key === null) return;
    const first = firstOfKey.get(key);
    const last = lastOfKey.get(key);
    if (first !== undefined && !inHeadline(candidate)) {
      if (inHeadline(candidates[first])) join(first, i);
      else if (candidate.definite && last !== undefined) join(last, i);
    }
    if (first === undefined) firstOfKey.set(key, i);
    lastOfKey.set(key, i);
  });
  const groups = new Map<number, NumericCandidate[]>();
  candidates.forEach((candidate, i) => {
    const group = groups.get(root(i)) ?? [];
    group.push(candidate);
    groups.set(root(i), group);
  });
  const relations: ExtractedRelation[] = [];
  for (const group of groups.values()) {
    if (group.length >= 2)
      relations.push({ type: 'same-quantity', claims: group.map((c) => c.id) });
  }
  return relations;
}
