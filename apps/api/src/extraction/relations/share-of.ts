/**
 * share-of: a count or amount and the percentage of a whole it makes, with
 * the whole when it is stated:
 * - "300 jobs, or 25%", "72,000 units, accounting for 36.3% of the total",
 *   "36.3% (72,000 units)", "15% of its workforce, or roughly 18,600 jobs";
 * - "30 of 250 staff (12%)", "£3.2bn of its £10bn fund, or 23%", "36.3% of the
 *   total of 210,000 units", "only 2% of MPs – 13 out of 659 –";
 * - "accounted for 29.2%, or about 5.09 million, of the total" after a
 *   sentence stating the total;
 * - across sentences: "It will cut 60 posts. That is 15% of its 400 staff.", and a
 *   part of a breakdown named again by the share's subject
 *   (shares-of-named-parts.ts).
 */
import type { ShareOfRelation } from '../types.js';
import { FALL_WORDS, RISE_WORDS } from '../direction-words.js';
import type { QuantityFrame } from './frames.js';
import { COMPARED_BEFORE, OF_BETWEEN } from './part-wording.js';
import type { RelationContext } from './relation-context.js';
import { sharesOfNamedParts } from './shares-of-named-parts.js';

/** Between a count and its share: ", accounting for", ", or", "(", or "of its workforce, or" after a share. */
const SHARE_LINK =
  /^(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?[\p{L}-]+(?:[ \u00a0]+[\p{L}-]+)?(?=,))?(?:,?[ \u00a0]*(?:(?:accounting for|representing|or|making up|which is|which was|equal to|equivalent to|amounting to|that is|about|around|some|nearly|almost|just over|roughly|just|only)[ \u00a0]*)*|[ \u00a0]*\([ \u00a0]*)$/iu;
/** An amount (not a count) is a share only with one of these: "£2bn, accounting for 12%". */
const EXPLICIT_SHARE_LINK = /accounting for|representing|making up|equal to|equivalent to/i;
/** The nouns of a stated whole before the comma of its share: "£3.2bn of its £10bn fund, or 23%". */
const WHOLE_NOUN_BEFORE_COMMA = /^(?:[ \u00a0]+[\p{L}][\p{L}'’-]*){1,3}(?=,)/u;
/**
 * Between a share and the whole it is of: "36.3% of the total of 210,000 units", "20% of the 300
 * staff", "13% of the group's turnover of €60.1bn".
 */
const SHARE_OF_WHOLE =
  /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|a|an)[ \u00a0]+)?(?:(?:total|whole|sum)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?|(?:[\p{L}-]+['’]s[ \u00a0]+)?(?:[\p{L}-]+[ \u00a0]+){1,2}(?:of|worth)[ \u00a0]+)?$/iu;
/** "only 2% of MPs – 13 out of 659": between a share and the part that spells it out. */
const SPELLED_OUT =
  /^(?:[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[\p{L}-]+)?(?:[ \u00a0]*(?:[–—(:]|-[ \u00a0]|,)[ \u00a0]*|[ \u00a0]{2,})$/u;
/** "..., of the total" after a part: the whole is the total stated before. */
const OF_THE_TOTAL = /^,?[ \u00a0]+of[ \u00a0]+the[ \u00a0]+total(?![\p{L}])/iu;

export function findShares(
  context: RelationContext,
  totalOfPart: ReadonlyMap<string, string>,
): ShareOfRelation[] {
  const relations: ShareOfRelation[] = [];
  const { frames } = context;
  const relate = (part: QuantityFrame, share: QuantityFrame, total: QuantityFrame | null) =>
    relations.push({
      type: 'share-of',
      part: part.candidate.id,
      share: share.candidate.id,
      total: total?.candidate.id ?? totalOfPart.get(part.candidate.id) ?? null,
    });
  const related = new Set<QuantityFrame>();
  const headcount = headcountOf(context);
  // Durations ("in the first nine months") qualify a part; they stand between no part and its share.
  const figures = frames.filter((f) => f.candidate.unitKind !== 'duration');
  const isShare = (f: QuantityFrame) => f.candidate.unit === '%' || f.candidate.unit === 'fraction';
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i], figures[i + 1]];
    if (a.sentence !== b.sentence || isShare(a) === isShare(b)) continue;
    const spelled = a.candidate.unit === '%' ? spelledOut(context, a.index) : null;
    if (spelled) {
      relate(spelled.part, a, spelled.total);
      related.add(a);
      continue;
    }
    let link = context.between(a, b).replace(TIME_BEFORE_LINK, '');
    let part = isShare(a) ? b : a;
    const share = isShare(a) ? a : b;
    let total: QuantityFrame | null = null;
    // "30 of 250 staff (12%)": the part comes before the whole.
    const previous = figures[i - 1];
    if (
      part === a &&
      previous &&
      previous.sentence === a.sentence &&
      OF_BETWEEN.test(a.before) &&
      context.isComparable(previous, a)
    ) {
      total = a;
      part = previous;
      link = link.replace(WHOLE_NOUN_BEFORE_COMMA, '');
    }
    if (!SHARE_LINK.test(link)) continue;
    const kind = part.candidate.unitKind;
    if (kind !== 'count' && kind !== 'currency' && kind !== 'measure' && kind !== null) continue;
    if (share.direction !== null) continue;
    total ??= wholeAfterShare(context, share, part);
    // "fell 102.2 points, or 0.36%": a change in two units, no share; "declined 6,000, or 0.3% of 2.1 million jobs" is one.
    if (isChangeAmount(part) && total === null) continue;
    total ??=
      totalStatedBefore(context, part, share) ??
      (OF_WORKFORCE.test(share.after) ? headcount : null) ??
      namedWholeBefore(context, part, share);
    // "rose 3p, or 1.2%" is a change, not a share: amounts need an explicit share word or a stated whole.
    if (kind !== 'count' && total === null && !EXPLICIT_SHARE_LINK.test(link)) continue;
    relate(part, share, total);
    related.add(share);
  }
  for (const share of frames) {
    if (related.has(share) || share.candidate.unit !== '%' || share.direction !== null) continue;
    const workforce = workforceShare(context, share, headcount);
    if (workforce) {
      relate(workforce.part, share, workforce.total);
      continue;
    }
    const whole = frames[share.index + 1];
    if (!whole || whole.sentence !== share.sentence || !SHARE_OF_WHOLE.test(share.after)) continue;
    const part = partInPreviousSentence(context, share, whole);
    if (part) relate(part, share, whole);
  }
  for (const { part, share } of sharesOfNamedParts(context, totalOfPart, related))
    relate(part, share, null);
  return relations;
}

function isChangeAmount(frame: QuantityFrame): boolean {
  const word = /(\p{L}+)[ \u00a0]+(?:by[ \u00a0]+)?$/u.exec(frame.before)?.[1]?.toLowerCase();
  return (
    word !== undefined && (RISE_WORDS.has(word) || FALL_WORDS.has(word) || CHANGE_VERBS.has(word))
  );
}

const CHANGE_VERBS = new Set(['lost', 'added', 'gained', 'shed', 'losing', 'adding', 'gaining']);

/** "only 2% of MPs – 13 out of 659 –": the share, then the part of the whole it spells out. */
function spelledOut(
  context: RelationContext,
  shareIndex: number,
): { part: QuantityFrame; total: QuantityFrame } | null {
  const share = context.frames[shareIndex];
  const [part, total] = [context.frames[shareIndex + 1], context.frames[shareIndex + 2]];
  if (!part || !total || total.sentence !== share.sentence) return null;
  if (!SPELLED_OUT.test(context.between(share, part)) || !OF_BETWEEN.test(total.before))
    return null;
  if (part.candidate.unit !== total.candidate.unit && part.candidate.unit !== null) return null;
  return { part, total };
}

/** "in the first nine months of this year, or just 0.3 percent", "last year, making up": a time between a part and its share. */
const TIME_BEFORE_LINK =
  /^(?:[ \u00a0]+(?:in|over|during|for|since|last|this|a)[ \u00a0]+[^,;]{0,40}?(?=,))|^[ \u00a0]+(?:last|this)[ \u00a0]+(?:year|month|week|quarter)(?=,)/iu;

/**
 * "Overall consumer media revenue was down 2% to £600m. ... Digital advertising
 * was down 15% to £148.3m, making up a quarter of consumer media revenue": the
 * whole is the figure of the part's kind in the one earlier sentence that
 * names it.
 */
function namedWholeBefore(
  context: RelationContext,
  part: QuantityFrame,
  share: QuantityFrame,
): QuantityFrame | null {
  const whole = share.whole;
  if (whole === null || whole.split(/[ \u00a0]+/).length < 2) return null;
  const naming = context.structure.sentences
    .slice(Math.max(0, share.sentence.index - MAX_SENTENCES_BACK), share.sentence.index)
    .filter((s) => s.text.toLowerCase().includes(whole))
    .map((s) =>
      context
        .inSentence(s.index)
        .filter((f) => context.isComparable(f, part) && f.direction === null),
    )
    .filter((figures) => figures.length > 0);
  if (naming.length !== 1) return null;
  return naming[0][naming[0].length - 1];
}

/** "accounting for 36.3% of the total of 210,000 units": the whole right after the share, counted like the part. */
function wholeAfterShare(
  context: RelationContext,
  share: QuantityFrame,
  part: QuantityFrame,
): QuantityFrame | null {
  const next = context.frames[share.index + 1];
  if (!next || next.sentence !== share.sentence || next === part) return null;
  const bare = part.candidate.unit === null && next.candidate.unit === null;
  if (!bare && !context.isComparable(part, next)) return null;
  return SHARE_OF_WHOLE.test(share.after) ? next : null;
}

/** "accounted for 29.2%, or about 5.09 million, of the total": the total stated before, in the paragraph. */
function totalStatedBefore(
  context: RelationContext,
  part: QuantityFrame,
  share: QuantityFrame,
): QuantityFrame | null {
  if (!OF_THE_TOTAL.test(part.after) && !OF_THE_TOTAL.test(share.after)) return null;
  const first = Math.min(part.index, share.index);
  for (let i = first - 1; i >= Math.max(0, first - MAX_FIGURES_BACK); i--) {
    const candidate = context.frames[i];
    if (candidate.paragraph !== part.paragraph) break;
    // "is £1.2bn, up from £1.1bn, with social care taking 62% of the total": not the base compared with.
    if (!context.isAdditive(candidate) || candidate.direction !== null) continue;
    if (COMPARED_BEFORE(candidate.before.slice(-60))) continue;
    if (part.candidate.unit === null || context.isComparable(candidate, part)) return candidate;
  }
  return null;
}

/** "amounting to 3% of the bank's workforce", "about 5% of its staff". */
const OF_WORKFORCE =
  /^[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their)[ \u00a0]+)?(?:[\p{L}-]+['’]s?[ \u00a0]+)?(?:global[ \u00a0]+|total[ \u00a0]+|worldwide[ \u00a0]+)?(?:workforce|staff|employees|work force|jobs)(?![\p{L}])/iu;
/** "has 100,000 staff", "employs 60,000 people", "a workforce of 40,000". */
const HEADCOUNT_BEFORE =
  /(?:^|[^\p{L}])(?:has|have|had|employs|employing|employed|workforce of|staff of|total of)[ \u00a0]+(?:(?:more than|about|around|some|nearly|almost|over|just over|roughly)[ \u00a0]+)?$/iu;

/**
 * "is to cut 2,850 jobs ... The cuts - amounting to 3% of the bank's
 * workforce ... ABN Amro currently has more than 100,000 staff": a share of a
 * workforce whose sentence states no count. The part is the last count of
 * jobs before it, the whole the one headcount of the article.
 */
function workforceShare(
  context: RelationContext,
  share: QuantityFrame,
  total: QuantityFrame | null,
): { part: QuantityFrame; total: QuantityFrame } | null {
  if (!OF_WORKFORCE.test(share.after)) return null;
  if (context.inSentence(share.sentence.index).some((f) => context.isJobCount(f))) return null;
  const parts = context
    .framesBefore(share)
    .filter(
      (f) =>
        f !== total && !f.inHeadline && f.candidate.unitKind === 'count' && context.isJobCount(f),
    );
  const part = parts[parts.length - 1];
  return part && total ? { part, total } : null;
}

/** The one headcount an article gives: "has more than 100,000 staff", "employs about 124,000 people". */
function headcountOf(context: RelationContext): QuantityFrame | null {
  const counts = context.frames.filter(
    (f) => f.candidate.unitKind === 'count' && HEADCOUNT_BEFORE.test(f.before.slice(-40)),
  );
  return counts.length === 1 ? counts[0] : null;
}

/** How many figures back "of the total" may look for its total. */
const MAX_FIGURES_BACK = 50;

/** How far back a whole named in words may have been stated. */
const MAX_SENTENCES_BACK = 60;

/** "It will cut 60 posts. That is 15% of its 400 staff.": the part is the previous sentence's count. */
function partInPreviousSentence(
  context: RelationContext,
  share: QuantityFrame,
  whole: QuantityFrame,
): QuantityFrame | null {
  if (context.inSentence(share.sentence.index).some((f) => f !== share && f !== whole)) return null;
  const previous = context.structure.sentences[share.sentence.index - 1];
  if (!previous || previous.paragraph !== share.paragraph) return null;
  const parts = context.inSentence(previous.index).filter((f) => context.isComparable(f, whole));
  return parts.length === 1 ? parts[0] : null;
}
