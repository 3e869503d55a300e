/**
 * Documents as speakers: a body's document named with it ("the Fed's
 * statement") and a document read out after a quotation ("read a statement
 * from the Treasury", "the ministry's letter read"), whose writer is the
 * quotation's speaker.
 */
import { parseSubject, type SpeakerRef } from './speaker-refs.js';

/** "a Moody's Analytics' forecast", "the Fed's statement", "a Moody's Analytics report": a body and the document it issued. */
export const DOCUMENT_OWNER =
  /^(?:(?:a|an|the)\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s+)*\p{Lu}[\p{L}&.'’-]*?)(?:['’]s?)?\s+(?:latest\s+|annual\s+|new\s+)?(?:forecast|report|statement|study|survey|analysis|letter|data|figures|estimates?|research|review|filing|memo)\b/u;

/** What may be read out: "a statement", "the sign", "his letter". */
const READ_NOUN = String.raw`(?:statement|letter|note|message|notice|post|tweet|sign|banner|caption|release|memo|email)`;
const READ_DOCUMENT = String.raw`(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}'’.&-]+\s+){0,4}?${READ_NOUN}\b`;
/** "read a statement from the Treasury": the verb, then the document. */
const READ_AFTER = new RegExp(String.raw`^reads?\s+(${READ_DOCUMENT}[^,;]{0,80})$`, 'iu');
/** "a statement from the ministry read": the document, then the verb. */
const READ_BEFORE = new RegExp(String.raw`^(${READ_DOCUMENT}[^,;]{0,80}?)\s+reads?$`, 'iu');
const READ_NOUN_IN = new RegExp(String.raw`\b${READ_NOUN}\b`, 'iu');
/** "from the Treasury", "issued by Acme Corp": who a document is from. */
const DOCUMENT_FROM = /\b(?:from|by)\s+(.+)$/u;

/** Who wrote a document read out: the body or person it is from, its owner ("the ministry's"), or the document itself. */
export function writerOf(document: string): SpeakerRef | null {
  const from = DOCUMENT_FROM.exec(document);
  if (from) return parseSubject(from[1]);
  const owner = DOCUMENT_OWNER.exec(document);
  if (owner) return parseSubject(owner[1]);
  const noun = READ_NOUN_IN.exec(document);
  return noun === null ? null : { kind: 'role', words: [noun[0].toLowerCase()] };
}

/** The document a clause after a quotation says was read out ("read a statement from …"), or null. */
export function documentReadOut(clause: string): string | null {
  return (READ_AFTER.exec(clause) ?? READ_BEFORE.exec(clause))?.[1] ?? null;
}
