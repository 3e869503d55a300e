/**
 * A part of a whole counted earlier with the same noun: "NASA announced that
 * nine US companies were eligible ... tapped three of those companies", when
 * the article counts that noun once (or with one value), or the nearest whole
 * placed alike ("123 of the planes in its fleet" → "a fleet of 270 aircraft").
 */
import { wordSet } from '../../text/words.js';
import { singularize } from '../plural-nouns.js';
import { sameValue, type QuantityFrame } from './frames.js';
import type { Breakdown } from './part-wording.js';
import type { RelationContext } from './relation-context.js';

/** "three of those companies", "Four of the “faithless” electors": a part of the things counted before. */
const OF_NAMED_WHOLE =
  /^[ \u00a0]+of[ \u00a0]+(?:those|these|the|its|their)[ \u00a0]+["“‘']?((?:[\p{L}'’-]+["”’']?[ \u00a0]+){0,2}[\p{L}-]+)(?![ \u00a0]*\d)/iu;

/**
 * "NASA announced that nine US companies were eligible ... tapped three of
 * those companies": a part of a whole counted earlier with the same noun, when
 * the article counts that noun once (or with one value).
 */
export function partsOfNamedWholes(
  context: RelationContext,
  taken: Set<QuantityFrame>,
): Breakdown[] {
  const found: Breakdown[] = [];
  for (const frame of context.frames) {
    if (taken.has(frame) || (frame.candidate.unit !== null && frame.candidate.unitKind !== 'count'))
      continue;
    const named = OF_NAMED_WHOLE.exec(frame.after);
    if (!named) continue;
    // "of the planes in its fleet": the noun ends before a preposition; the rest may place the whole.
    const words = named[1].toLowerCase().split(/[ \u00a0]+/);
    const cut = words.findIndex((word, i) => i > 0 && PLACING_WORDS.has(word));
    const nounWords = cut === -1 ? words : words.slice(0, cut);
    const noun = singularize(nounWords[nounWords.length - 1] ?? '');
    const rest = frame.after.slice(
      frame.after.toLowerCase().indexOf(nounWords.join(' ')) + nounWords.join(' ').length,
    );
    const nounAfter = new RegExp(
      String.raw`^[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,2}${noun}`,
      'iu',
    );
    const wholes = context
      .framesBefore(frame)
      .filter(
        (f) =>
          (f.candidate.unitKind === 'count' &&
            (f.candidate.unit === noun || sameNounClass(context, f, noun))) ||
          (f.candidate.unit === null && nounAfter.test(f.after)),
      );
    const placed = wholesPlacedAlike(wholes, rest);
    if (placed.length === 0 || !placed.every((w) => sameValue(w, placed[0]))) continue;
    found.push({ total: placed[placed.length - 1], parts: [frame], complete: false });
  }
  return found;
}

const PLACING_WORDS = wordSet('in of at on for from with its their his her our the');

/** "123 of the planes in its fleet": of several wholes, the nearest whose words before say the same ("a fleet of 270 aircraft"). */
function wholesPlacedAlike(wholes: QuantityFrame[], rest: string): QuantityFrame[] {
  if (wholes.every((w) => sameValue(w, wholes[0]))) return wholes;
  const place =
    /^[ \u00a0]+(?:in|of|at|on)[ \u00a0]+(?:the|its|their|his|her|our)[ \u00a0]+([\p{L}-]{3,})/iu.exec(
      rest,
    )?.[1];
  if (place === undefined) return [];
  const before = new RegExp(
    String.raw`(?<![\p{L}])${place}[ \u00a0]+of[ \u00a0]+(?:\p{L}+[ \u00a0]+)?$`,
    'iu',
  );
  // The nearest such whole: "Its fleet of roughly 400 737 Max jets" earlier is another fleet.
  return wholes.filter((w) => before.test(w.before)).slice(-1);
}

function sameNounClass(context: RelationContext, frame: QuantityFrame, noun: string): boolean {
  return (
    context.nounClassOf(frame.candidate.unit) !== undefined &&
    context.nounClassOf(frame.candidate.unit) === context.nounClassOf(noun)
  );
}
