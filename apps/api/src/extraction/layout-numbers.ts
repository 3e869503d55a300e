/**
 * Numbers that belong to a page's layout or to a contact line rather than to
 * its prose: list markers ("1) Deviled, 2) Scotch"), numbered headings ("1.
 * Upsell"), a live blog's time opening an entry ("16.06 AirAsia ..."), a
 * number alone on its line (a post's id), a phone number
 * ("734-794-6939", "(734) 794-6939"), a reference to a source ("(27, 28)").
 */
import type { NameContext } from './exclusions.js';
import type { Numeral } from './numeral-vocabulary.js';
import { trimStartFrom } from './text-helpers.js';

const PHONE_REST = /^(?:-\d{3}-\d{4}|\)[ \u00a0]?\d{3}-\d{4})(?!\d)/u;
const HEADING_MARK_AFTER = /^[.)][ \u00a0]+\p{Lu}/u;

export function isLayoutNumber(context: NameContext, numeral: Numeral): boolean {
  if (numeral.form !== 'digits' || numeral.scaled || numeral.fraction) return false;
  const { text, structure } = context;
  const after = text.slice(numeral.end, numeral.end + 12);
  if (/^\d{3}$/.test(numeral.digits) && PHONE_REST.test(after)) return true;
  const paragraph = structure.paragraphAt(numeral.start);
  // Read from the number outwards, never the whole paragraph: a long one holds thousands of numbers.
  const opensParagraph = trimStartFrom(text, paragraph.start, numeral.start) === numeral.start;
  const endsParagraph = trimStartFrom(text, numeral.end, paragraph.end) === paragraph.end;
  // A line of its own among other lines of text: a post's id, a page number. (A text that is only a number states it.)
  if (opensParagraph && endsParagraph && structure.paragraphs.length > 1) return true;
  if (opensParagraph && isClockTime(numeral.digits)) return true;
  if (/^\d{1,3}$/.test(numeral.digits) && isCitationMarker(text, numeral.start, numeral.end))
    return true;
  if (!/^\d{1,2}$/.test(numeral.digits)) return false;
  if (opensParagraph && HEADING_MARK_AFTER.test(after)) return true;
  return after.startsWith(')') && isListItemMarker(text, numeral.start, paragraph.start);
}

/** Up to the number: a bracket opened after a word, a stop or another reference ("alone (", "weight (27, ", "wake.[", "]["). */
const CITATION_OPENING =
  /(?:\p{L}[.,;:]?|\])[ \u00a0]?[([](?:\d{1,3}(?:[ \u00a0]*[,–-][ \u00a0]*))*$/u;
/** From the number: more reference numbers, the closing bracket, then the clause's end. */
const CITATION_CLOSING =
  /^(?:[ \u00a0]*[,–-][ \u00a0]*\d{1,3})*(?:[)\]](?=[.,;:!?]|[ \u00a0]*$|[ \u00a0]*\n)|\](?=\[|[ \u00a0]+\p{Lu}))/u;

/** "… than therapy alone (20).", "weight management (27, 28, 29).", "[4]", "in its wake.[1][2]": a reference to a list of sources. */
function isCitationMarker(text: string, start: number, end: number): boolean {
  const close = text[end];
  if (close !== ')' && close !== ']' && close !== ',' && close !== '–' && close !== '-')
    return false;
  return (
    CITATION_OPENING.test(text.slice(Math.max(0, start - 30), start)) &&
    CITATION_CLOSING.test(text.slice(end, end + 30))
  );
}

/** "16.06 AirAsia QZ8501 made…", "08.55 Here's the latest": a live blog's time opening its entry. */
function isClockTime(digits: string): boolean {
  const time = /^(\d{1,2})\.(\d{2})$/.exec(digits);
  return time !== null && Number(time[1]) < 24 && Number(time[2]) < 60;
}

/** "are: 1) Deviled, 2) Scotch": ")" after the number closes no "(" of its line. */
function isListItemMarker(text: string, start: number, lineStart: number): boolean {
  const before = text.slice(Math.max(lineStart, start - 40), start);
  return (
    before.lastIndexOf('(') <= before.lastIndexOf(')') &&
    /(?:^|[:;,][ \u00a0]*|[ \u00a0])$/u.test(before)
  );
}
