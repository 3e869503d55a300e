/**
 * Who said each quotation, and which quotation-mark runs are quotations at all.
 * The speaker comes from the attribution before the quote ("X said, "…"",
 * "X stated: "…"", "according to X", headline "Minister: "…""), or after it
 * (""…," X said"), or carries over from the quote before it in the same
 * sentence or paragraph. "he", titles and surnames resolve through the
 * NameRegistry to the full name first given.
 */
import { isGenderCompatible, type NameRegistry } from '../text/people.js';
import type { QuoteRun } from './quotes.js';
import type { DocumentText } from '../text/document-text.js';
import {
  parseSubject,
  parseSubjectWithPosition,
  resolveRef,
  type SpeakerRef,
} from './speaker-refs.js';
import { isDigit, isUpperLetter } from './text-helpers.js';
import { wordSet } from '../text/words.js';

export interface AttributedQuote {
  run: QuoteRun;
  speaker: string | null;
  relayedBy: string | null;
}

const SPEECH_VERBS =
  /\b(?:said|says|say|saying|stated|states|stating|told|tells|telling|added|adds|adding|explained|explains|explaining|emphasi[sz](?:ed|es|ing)|noted|notes|noting|continued|continues|continuing|replied|replies|replying|asked|asks|wrote|writes|writing|warned|warns|warning|insisted|insists|insisting|argued|argues|arguing|claimed|claims|claiming|announced|announces|declared|declares|remarked|commented|comments|conveyed|conveys|confirmed|confirms|acknowledged|admitted|admits|stressed|stresses|stressing|highlighted|highlights|suggested|suggests|suggest|argue|warn|insist|tweeted|posted|responded|responds|answered|quipped|joked|cautioned|observed|maintained|recalled|recalls|predicted|predicts|urged|urges|pointed out|concluded|expressed(?: hope| concern)?|described|vowed|pledged|promised|revealed|reiterated|countered|conceded|complained|lamented|boasted|mused|shouted|pleaded|begged|recounted|testified|called|according to)\b/gi;

/** The same verbs, for finding the first one. */
const FIRST_SPEECH_VERB = new RegExp(SPEECH_VERBS.source, 'i');

/** Verbs after which a name may follow in inverted order: "said Mr Smith". */
const INVERTING_VERBS = wordSet(`
  said says added asked replied continued wrote explained noted warned insisted argued admitted
  stated told
`);

/** Before a quoted term or title rather than quoted words: "the so-called "run rate"", "a scheme called "Help to Buy"". */
const TERM_MARKER =
  /(?:so-called|dubbed|known as|termed|nicknamed|titled|entitled|named|branded|labell?ed|the words?|the term|the phrase|slogan|headlined|marked|read)\s*$/i;

interface BeforeAnalysis {
  ref: SpeakerRef | null;
  refPosition: number;
  relayRef: SpeakerRef | null;
  /** The attribution governs the quote directly: "X said, "…"", "X: "…"". */
  adjacent: boolean;
  hasVerb: boolean;
  isTerm: boolean;
}

export function attributeQuotes(
  text: string,
  structure: DocumentText,
  runs: QuoteRun[],
  registry: NameRegistry,
): AttributedQuote[] {
  const attributed: AttributedQuote[] = [];
  let previous: AttributedQuote | null = null; // the previous kept quote
  let lastPersonSpeaker: { name: string; position: number } | null = null;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const { before, afterRef, sentenceStart } = readAttributionContext(text, structure, runs, i);
    const { ref, position, relayRef } = chooseAttribution(run, before, afterRef);

    const resolve = (r: SpeakerRef): string | null =>
      resolveRef(r, position, registry, lastPersonSpeaker);
    // "… Lord Rennard said. He said it was "nothing personal"": "he" is who spoke in the sentence before.
    const antecedent =
      ref?.kind === 'pronoun' ? speakerOfSentenceBefore(text, structure, run, null) : null;
    const named = antecedent?.kind === 'name' ? resolve(antecedent) : null;
    // "The State Department spokesman said … . "…," he said": the body the spokesman speaks for.
    const spokesperson =
      antecedent?.kind === 'role' &&
      SPOKESPERSON_HEAD.test(antecedent.words[antecedent.words.length - 1])
        ? resolve(antecedent)
        : null;
    const fitsPronoun =
      named !== null &&
      ref?.kind === 'pronoun' &&
      (ref.word === 'he' || ref.word === 'she') &&
      isGenderCompatible(registry.genderOf(named), ref.word === 'he' ? 'male' : 'female');
    let speaker = fitsPronoun ? named : (spokesperson ?? (ref ? resolve(ref) : null));
    let relayedBy = relayRef ? resolve(relayRef) : null;
    // A quote that is a sentence of its own, or woven into a sentence with no speech verb, goes on from the
    // sentence before when that sentence names who spoke and holds no quote: "Menzies Campbell said the war had
    // hit trust hard. "Issues of war and peace ..."", "…, he added. However, the rest would cut the "unfair taxes"".
    const opens = opensSentence(text, run, sentenceStart);
    const personInSentence = registry.salientPersonBefore(run.openMark, null);
    const woven =
      !opens &&
      !before.hasVerb &&
      (personInSentence === null || personInSentence.position < sentenceStart);
    // A woven phrase may go on from a one-sentence paragraph before ("IDS said … . / But … "yawning deficits"").
    const saidBefore =
      ref === null && (opens || woven)
        ? speakerOfSentenceBefore(text, structure, run, previous?.run ?? null, woven)
        : null;
    if (saidBefore) speaker = resolve(saidBefore);
    // Unattributed words carry on the quote before them: same sentence, same paragraph ("…," X said. "…"), or a re-opened paragraph.
    const sameParagraph = previous !== null && previous.run.paragraphIndex === run.paragraphIndex;
    // A paragraph that opens with an unattributed quote goes on with the speaker of the paragraph before:
    // ""… an entire ecosystem," said Michael Sims. / "There are the big established players …"".
    const quoteParagraphAfterQuote =
      previous !== null &&
      previous.run.paragraphIndex === run.paragraphIndex - 1 &&
      run.openMark === structure.paragraphs[run.paragraphIndex].start;
    const inherited =
      ref === null &&
      saidBefore === null &&
      previous !== null &&
      (sameParagraph || run.continuesPrevious || quoteParagraphAfterQuote);
    if (inherited && previous !== null) {
      speaker = previous.speaker;
      relayedBy = previous.relayedBy;
    }
    // Words woven into a sentence that names a person but has no speech verb: "… was Tom Gallagher, 58, who left with "whatever fit in the truck."".
    if (speaker === null && ref === null && !before.hasVerb && !before.isTerm) {
      const named = registry.salientPersonBefore(run.openMark, null);
      if (named && named.position >= sentenceStart) speaker = named.person.canonical;
    }

    const evidence = {
      attributedExplicitly: before.adjacent || afterRef !== null,
      hasSpeaker: speaker !== null,
      inherited,
    };
    if (!isQuotation(text, run, before, evidence)) continue;
    const quote: AttributedQuote = {
      run,
      speaker,
      relayedBy: relayedBy === speaker ? null : relayedBy,
    };
    attributed.push(quote);
    previous = quote;
    if (speaker !== null && registry.isPerson(speaker))
      lastPersonSpeaker = { name: speaker, position: run.openMark };
  }
  return attributed;
}

/**
 * The text around a quote where its attribution may be: before it, back to the
 * sentence start or the previous quote of the paragraph; after it, up to the
 * next quote or the paragraph end.
 */
function readAttributionContext(
  text: string,
  structure: DocumentText,
  runs: QuoteRun[],
  index: number,
): { before: BeforeAnalysis; afterRef: SpeakerRef | null; sentenceStart: number } {
  const run = runs[index];
  const previousRun =
    index > 0 && runs[index - 1].paragraphIndex === run.paragraphIndex ? runs[index - 1] : null;
  const nextRun =
    index + 1 < runs.length && runs[index + 1].paragraphIndex === run.paragraphIndex
      ? runs[index + 1]
      : null;
  const paragraph = structure.paragraphs[run.paragraphIndex];
  const sentenceStart = structure.sentenceAt(run.openMark).start;
  // After a run that lost its closing mark, the attribution may sit inside that run: look from the sentence start.
  const previousLimit = previousRun && previousRun.closeMark >= 0 ? previousRun.closeMark + 1 : -1;
  const beforeStart = Math.max(paragraph.start, sentenceStart, previousLimit, run.openMark - 400);
  const afterStart = run.closeMark >= 0 ? run.closeMark + 1 : run.end;
  const afterEnd = Math.min(nextRun ? nextRun.openMark : paragraph.end, afterStart + 120);
  const after = text.slice(afterStart, afterEnd);
  // ""… treated." Jonathan Morgan said: "…"": after a quote that ends its sentence, a new sentence starts; only
  // a bare attribution (""… treated." Smith said.") still belongs to the quote.
  const endsSentence = /[.!?]\s*$/u.test(text.slice(run.start, run.end));
  const newSentence = endsSentence && /^\s*\p{Lu}/u.test(after) && !BARE_ATTRIBUTION.test(after);
  return {
    before: analyseBefore(text.slice(beforeStart, run.openMark), beforeStart),
    afterRef: newSentence ? null : analyseAfter(after),
    sentenceStart,
  };
}

/** The quote opens its sentence: nothing but spaces and marks between the sentence start and it. */
function opensSentence(text: string, run: QuoteRun, sentenceStart: number): boolean {
  return /^[\s"“‘']*$/u.test(text.slice(sentenceStart, run.openMark));
}

/**
 * The speaker named with a speech verb in the sentence before the quote's, in
 * its paragraph (or the paragraph before), when that sentence holds no quote.
 */
function speakerOfSentenceBefore(
  text: string,
  structure: DocumentText,
  run: QuoteRun,
  previousRun: QuoteRun | null,
  fromParagraphBefore = false,
): SpeakerRef | null {
  const sentence = structure.sentenceAt(run.openMark);
  const before = structure.sentences[sentence.index - 1];
  const reach = fromParagraphBefore ? 1 : 0;
  if (!before || before.paragraph < sentence.paragraph - reach) return null;
  if (previousRun !== null && previousRun.end > before.start) return null;
  const analysis = analyseBefore(text.slice(before.start, before.end), before.start);
  return analysis.hasVerb ? analysis.ref : null;
}

/** "a Moody's Analytics' forecast", "the Fed's statement": a body and the document it issued. */
const DOCUMENT_OWNER =
  /^(?:(?:a|an|the)\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s+)*\p{Lu}[\p{L}&.'’-]*?)['’]s?\s+(?:latest\s+|annual\s+|new\s+)?(?:forecast|report|statement|study|survey|analysis|letter|data|figures|estimates?|research|review|filing|memo)\b/u;

const SPOKESPERSON_HEAD = /^spokes(?:man|woman|person)$/i;

/** A sentence that is only an attribution: "Smith said.", "Mr Brown told the BBC.". */
const BARE_ATTRIBUTION =
  /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|added|told(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}|wrote)\s*[.!]/u;

/** An attribution right before the quote wins, then one right after it, then a speech verb earlier in the sentence. */
function chooseAttribution(
  run: QuoteRun,
  before: BeforeAnalysis,
  afterRef: SpeakerRef | null,
): { ref: SpeakerRef | null; position: number; relayRef: SpeakerRef | null } {
  if (before.ref && before.adjacent)
    return { ref: before.ref, position: before.refPosition, relayRef: before.relayRef };
  if (afterRef) return { ref: afterRef, position: run.openMark, relayRef: null };
  if (before.ref)
    return { ref: before.ref, position: before.refPosition, relayRef: before.relayRef };
  return { ref: null, position: run.openMark, relayRef: null };
}

/** Quoted words, not a scare quote, a term or a title. */
function isQuotation(
  text: string,
  run: QuoteRun,
  before: BeforeAnalysis,
  evidence: { attributedExplicitly: boolean; hasSpeaker: boolean; inherited: boolean },
): boolean {
  const { attributedExplicitly, hasSpeaker, inherited } = evidence;
  // Single marks are speech only with a speaker given for them or carried over from the quote before.
  const singleIsSpeech = (attributedExplicitly || inherited) && hasSpeaker;
  // Long runs are neither titles (at most 14 words) nor scare quotes: no need to split them.
  if (run.end - run.start > 160) return !before.isTerm && (!run.single || singleIsSpeech);
  const content = text.slice(run.start, run.end);
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const titleCase = isTitleCase(words);
  if (run.single) return singleIsSpeech && words.length >= 3 && !titleCase;
  if (before.isTerm) return false;
  if (titleCase) return attributedExplicitly || run.continuesPrevious;
  // "“outdated,” according to …": punctuation inside the marks ends quoted words, no modifier of a noun.
  const closedByPunctuation = /[,.;:!?]$/u.test(content.trimEnd());
  if (
    words.length <= 2 &&
    !closedByPunctuation &&
    modifiesFollowingNoun(text, run) &&
    !ADJECTIVE_ENDING.test(words[words.length - 1])
  )
    return false;
  // Two or three words woven into a sentence whose speaker is known: "pressing for "multiple violations"".
  if (words.length <= 3)
    return hasSpeaker && (attributedExplicitly || before.hasVerb || words.length >= 2);
  return true;
}

/** Evaluative words are quoted words ("brutal" conditions); other quoted modifiers are terms ("concept" shops). */
const ADJECTIVE_ENDING = /(?:al|ous|ful|ive|ble|ic|less|ed|ing|ent|ant|ary|ory|ish|ile)$/i;
const NOT_NOUN_FOLLOWERS =
  /^(?:for|and|or|of|to|in|on|at|by|with|from|as|that|which|who|is|was|were|are|be|been|he|she|they|it|we|said|says|but|than|because|after|before|since|while|when|if|the|a|an|their|his|her|its|our|my|your|this|these|those)$/i;

/** A short quoted run right before a lowercase noun: `"concept" shops`. */
function modifiesFollowingNoun(text: string, run: QuoteRun): boolean {
  if (run.closeMark < 0) return false;
  const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(run.closeMark + 1, run.closeMark + 30));
  return next !== null && !NOT_NOUN_FOLLOWERS.test(next[1]);
}

const TITLE_SMALL_WORDS = /^(?:a|an|the|of|for|and|or|to|in|on|at|by|with|from|as|vs)$/i;

/** "Fit for the Future", "Major Projects Should Be Entrusted to Korean Companies": every content word capitalised. */
function isTitleCase(words: string[]): boolean {
  if (words.length > 14) return false;
  let content = 0;
  for (const word of words) {
    const first = FIRST_LETTER_OR_DIGIT.exec(word)?.[0];
    if (first === undefined) continue;
    if (isUpperLetter(first) || isDigit(first)) content++;
    else if (!TITLE_SMALL_WORDS.test(word.replace(/[^\p{L}]/gu, ''))) return false; // a lowercase content word
  }
  return content >= 2;
}

const FIRST_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Every speech verb in a short window, in order (an exec loop: matchAll would copy the large regex each time). */
function speechVerbsIn(window: string): RegExpExecArray[] {
  const verbs: RegExpExecArray[] = [];
  SPEECH_VERBS.lastIndex = 0;
  for (let match = SPEECH_VERBS.exec(window); match !== null; match = SPEECH_VERBS.exec(window))
    verbs.push(match);
  SPEECH_VERBS.lastIndex = 0;
  return verbs;
}

function analyseBefore(before: string, offset: number): BeforeAnalysis {
  const analysis: BeforeAnalysis = {
    ref: null,
    refPosition: offset,
    relayRef: null,
    adjacent: false,
    hasVerb: false,
    isTerm: false,
  };
  const trimmed = before.trimEnd();
  if (
    TERM_MARKER.test(trimmed.slice(-24)) &&
    !/\b(?:he|she|they|we|I|what \p{Lu}\S*)\s+called$/iu.test(trimmed)
  )
    analysis.isTerm = true;

  const verbs = speechVerbsIn(before);
  if (verbs.length === 0) {
    // Headline form: "Turkic Supreme Leader: "…"".
    if (trimmed.endsWith(':')) {
      const phrase = trimmed.slice(0, -1).trim();
      if (phrase.split(/\s+/).length <= 6) {
        analysis.ref = parseSubject(phrase);
        analysis.adjacent = analysis.ref !== null;
      }
    }
    return analysis;
  }
  analysis.hasVerb = true;
  const verb = verbs[verbs.length - 1];
  const verbEnd = verb.index + verb[0].length;
  const gap = before.slice(verbEnd);
  analysis.adjacent = gap.length <= 80 && /^\s*$|[,:]\s*$|\bthat\s*$/.test(gap);

  if (verb[0].toLowerCase() === 'according to') {
    analysis.ref = parseSubject(gap.replace(/[,:]\s*$/, ''));
    analysis.adjacent = analysis.ref !== null;
    return analysis;
  }
  // "Dan McDowell said, adding, "…"": the subject of the verb the participle follows.
  const earlierVerb = verbs[verbs.length - 2];
  const chained =
    earlierVerb !== undefined &&
    /^\s*,?\s*$/.test(before.slice(earlierVerb.index + earlierVerb[0].length, verb.index));
  const subject = parseSubjectWithPosition(before.slice(0, (chained ? earlierVerb : verb).index));
  if (subject) {
    analysis.ref = subject.ref;
    analysis.refPosition = offset + subject.position;
  } else if (INVERTING_VERBS.has(verb[0].toLowerCase())) {
    const inverted = /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,5})[,:]\s*$/u.exec(gap);
    if (inverted) analysis.ref = { kind: 'name', phrase: inverted[1].trim() };
  }
  // A relayed quote: "Kim conveyed that Berdimuhamedow said, "…"".
  if (subject && verbs.length >= 2) {
    for (let v = verbs.length - 2; v >= 0; v--) {
      const earlier = verbs[v];
      const between = before.slice(earlier.index + earlier[0].length, subject.position);
      if (!/\bthat\b/i.test(between)) continue;
      const relayer = parseSubject(before.slice(0, earlier.index));
      if (relayer) analysis.relayRef = relayer;
      break;
    }
  }
  return analysis;
}

/** ""…," he said", ""…," said Jane Doe", ""…," according to the council". */
function analyseAfter(after: string): SpeakerRef | null {
  const clause = after.replace(/^[\s,;:—–-]+/, '').split(/[.!?](?=\s|$)|["“”]/)[0];
  const according = /^according to\s+(.+?)\s*(?:,|$)/i.exec(clause);
  if (according) {
    // "according to a Moody's Analytics' forecast in June": the body whose document it is.
    const owner = DOCUMENT_OWNER.exec(according[1]);
    return parseSubject(owner ? owner[1] : according[1]);
  }
  const verb = FIRST_SPEECH_VERB.exec(clause);
  if (!verb) return null;
  const beforeVerb = clause.slice(0, verb.index).trim();
  // ""…," Ivo Geijsen, an analyst with Bank Oyens, told Bloomberg": a name with its appositive.
  const withAppositive = /^\p{Lu}[^,;]*,[^,;]+,$/u.test(beforeVerb);
  const lastClauseNamed = /,\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}|he|she|they)$/u.test(beforeVerb);
  if (verb.index > (withAppositive || lastClauseNamed ? 160 : 90)) return null;
  // ""very little private sector investment" in new construction, said Joseph Seneca, an economist".
  if (!withAppositive && /,$/.test(beforeVerb) && /^(?:said|says|added)$/i.test(verb[0])) {
    const inverted = /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,5})(?:,|$)/u.exec(
      clause.slice(verb.index + verb[0].length),
    );
    if (inverted) return parseSubject(inverted[1].trim());
  }
  if (beforeVerb.length > 0) {
    if (withAppositive) return parseSubject(beforeVerb);
    // ""…" except a few areas benefiting from the energy boom, Burtless said": the clause's last words say who.
    const lastClause = /,\s*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}|he|she|they)$/u.exec(beforeVerb);
    if (lastClause && verb.index <= 160) return parseSubject(lastClause[1]);
    if (beforeVerb.split(/\s+/).length > 6 || /[,;]/.test(beforeVerb)) return null;
    return parseSubject(beforeVerb);
  }
  if (!INVERTING_VERBS.has(verb[0].toLowerCase())) return null;
  const afterVerb = clause
    .slice(verb.index + verb[0].length)
    .split(/,|\bwho\b|\bin\b|\bat\b|\bon\b/)[0]
    .trim();
  return afterVerb.length > 0 ? parseSubject(afterVerb) : null;
}
