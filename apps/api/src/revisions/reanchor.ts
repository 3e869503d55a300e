/**
 * Re-anchoring: where each claim of an article's old version is in its new
 * version. The rules (docs/DESIGN.md, "Revisions"):
 *
 * - the same words at the same place, after the text diff, stay (`kept`);
 * - words an edit touched are looked for elsewhere: found once (or clearly best)
 *   with the prefix and suffix they had, they move (`moved`);
 * - where the edit changed the figure itself and the new extraction finds one
 *   claim of the same words but its digits at that place, the claim takes it
 *   (`changed`: its value changed, so its verdict is stale);
 * - anything else (the words are gone, or two places score alike) is
 *   `needs_anchor`: shown to a person, never moved silently.
 *
 * Offsets are code points. Framework-free.
 */
import { distance } from 'fastest-levenshtein';
import { CodePointIndex } from '../text/code-points.js';
import type { Span } from '../text/span.js';
import { TextChanges } from './text-changes.js';

export interface AnchoredClaim extends Span {
  id: string;
  kind: 'numeric' | 'quote';
}

export interface NewClaim {
  kind: 'numeric' | 'quote';
  start: number;
  end: number;
}

export type NeedsAnchorReason = 'lost' | 'ambiguous' | 'digits-changed';

export type Reanchoring =
  | { claimId: string; outcome: 'kept'; start: number; end: number }
  | { claimId: string; outcome: 'moved'; start: number; end: number; score: number }
  | { claimId: string; outcome: 'changed'; start: number; end: number; newClaim: number }
  | {
      claimId: string;
      outcome: 'needs_anchor';
      reason: NeedsAnchorReason;
      candidates: Array<{ start: number; end: number; score: number }>;
    };

export interface ReanchorResult {
  claims: Reanchoring[];
  /** Indices of the new extraction's claims that no existing claim took: they are new claims. */
  newClaims: number[];
}

/** How alike a place's prefix and suffix must be to the stored ones (0..1) for a claim to move there. */
export const MOVE_THRESHOLD = 0.8;
/** The best place must score this much above the next one; closer, it is ambiguous. */
export const MOVE_MARGIN = 0.15;

export function reanchorClaims(
  changes: TextChanges,
  claims: AnchoredClaim[],
  newClaims: NewClaim[],
): ReanchorResult {
  const index = new CodePointIndex(changes.newText);
  const results = new Map<string, Reanchoring>();
  // Claims of one kind never share words; a quote may hold figures, which are claims too.
  const taken: Array<{ kind: AnchoredClaim['kind']; start: number; end: number }> = [];

  for (const claim of claims) {
    const range = changes.unchangedRange(claim.start, claim.end);
    if (range === null || isGluedToAnEdit(changes, claim)) continue;
    results.set(claim.id, { claimId: claim.id, outcome: 'kept', ...range });
    taken.push({ kind: claim.kind, ...range });
  }
  const takenBy = (kind: AnchoredClaim['kind']) => (start: number, end: number) =>
    taken.some((t) => t.kind === kind && t.start < end && start < t.end);
  for (const claim of claims) {
    if (results.has(claim.id)) continue;
    const result = placeTouchedClaim(changes, index, claim, newClaims, takenBy(claim.kind));
    results.set(claim.id, result);
    if (result.outcome !== 'needs_anchor') taken.push({ kind: claim.kind, ...result });
  }

  const reanchored = claims.map((claim) => results.get(claim.id)!);
  const newOnes = newClaims.flatMap((claim, i) =>
    reanchored.some((r) => r.outcome === 'changed' && r.newClaim === i) ||
    takenBy(claim.kind)(claim.start, claim.end)
      ? []
      : [i],
  );
  return { claims: reanchored, newClaims: newOnes };
}

function placeTouchedClaim(
  changes: TextChanges,
  index: CodePointIndex,
  claim: AnchoredClaim,
  newClaims: NewClaim[],
  isTaken: (start: number, end: number) => boolean,
): Reanchoring {
  const [from, to] = wholeWords(
    index,
    changes.position(claim.start, 'start'),
    changes.position(claim.end, 'end'),
  );
  const inPlace = index.slice(from, to);
  if (inPlace !== claim.exact && skeleton(inPlace) === skeleton(claim.exact)) {
    // The figure itself was corrected where it stood: never look for the old words elsewhere.
    const same = newClaims.flatMap((candidate, i) =>
      candidate.kind === claim.kind &&
      candidate.start < to &&
      from < candidate.end &&
      !isTaken(candidate.start, candidate.end) &&
      skeleton(index.slice(candidate.start, candidate.end)) === skeleton(claim.exact)
        ? [i]
        : [],
    );
    if (same.length !== 1) return needsAnchor(claim, 'digits-changed', []);
    const { start, end } = newClaims[same[0]];
    return { claimId: claim.id, outcome: 'changed', start, end, newClaim: same[0] };
  }

  const places = placesOf(index, claim)
    .filter((place) => !isTaken(place.start, place.end))
    .sort((a, b) => b.score - a.score);
  const [best, second] = places;
  if (best === undefined || best.score < MOVE_THRESHOLD) return needsAnchor(claim, 'lost', places);
  if (second !== undefined && best.score - second.score < MOVE_MARGIN)
    return needsAnchor(claim, 'ambiguous', places);
  return {
    claimId: claim.id,
    outcome: 'moved',
    start: best.start,
    end: best.end,
    score: best.score,
  };
}

function needsAnchor(
  claim: AnchoredClaim,
  reason: NeedsAnchorReason,
  places: Array<{ start: number; end: number; score: number }>,
): Reanchoring {
  return { claimId: claim.id, outcome: 'needs_anchor', reason, candidates: places.slice(0, 5) };
}

/** Every place the claim's exact words occur in the new text, scored by how alike their prefix and suffix are. */
function placesOf(
  index: CodePointIndex,
  claim: AnchoredClaim,
): Array<{ start: number; end: number; score: number }> {
  const text = index.text;
  const places: Array<{ start: number; end: number; score: number }> = [];
  const exactLength = Array.from(claim.exact).length;
  for (let at = text.indexOf(claim.exact); at >= 0; at = text.indexOf(claim.exact, at + 1)) {
    const start = index.toCodePoint(at);
    const end = start + exactLength;
    // Inside a longer word or number ("29 jobs" in "419029 jobs") is no place for the claim.
    const [wordStart, wordEnd] = wholeWords(index, start, end);
    if (wordStart !== start || wordEnd !== end) continue;
    const prefix = index.slice(Math.max(0, start - Array.from(claim.prefix).length), start);
    const suffix = index.slice(end, Math.min(index.length, end + Array.from(claim.suffix).length));
    const score = (similarity(prefix, claim.prefix) + similarity(suffix, claim.suffix)) / 2;
    places.push({ start, end, score });
  }
  return places;
}

/** 1 for equal strings, 0 for nothing in common (Levenshtein distance over the longer length). */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

/** The words of a span with every digit run the same: "35 MOUs" and "33 MOUs" share one. */
function skeleton(exact: string): string {
  return exact.replace(/\d+(?:[.,]\d+)*/gu, '#');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/**
 * An edit right at the span's edge that adds or removes letters or digits
 * joined to its first or last word ("29 jobs" → "419029 jobs") changes its
 * words, though no edit falls inside it.
 */
function isGluedToAnEdit(changes: TextChanges, claim: AnchoredClaim): boolean {
  const points = Array.from(claim.exact);
  return changes.edits.some(
    (edit) =>
      (edit.oldEnd === claim.start &&
        isWordCharacter(points[0]) &&
        (isWordCharacter(Array.from(edit.inserted).at(-1)) ||
          isWordCharacter(Array.from(edit.removed).at(-1)))) ||
      (edit.oldStart === claim.end &&
        isWordCharacter(points.at(-1)) &&
        (isWordCharacter(Array.from(edit.inserted)[0]) ||
          isWordCharacter(Array.from(edit.removed)[0]))),
  );
}

/** A range widened to whole words: letters and digits joined to its ends are taken in. */
function wholeWords(index: CodePointIndex, start: number, end: number): [number, number] {
  let from = start;
  let to = Math.max(start, end);
  if (from < index.length && isWordCharacter(index.slice(from, from + 1)))
    while (from > 0 && isWordCharacter(index.slice(from - 1, from))) from--;
  if (to > from && isWordCharacter(index.slice(to - 1, to)))
    while (to < index.length && isWordCharacter(index.slice(to, to + 1))) to++;
  return [from, to];
}
