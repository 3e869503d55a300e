/**
 * Who said each quotation, and which quotation-mark runs are quotations at all
 * (quoted-words.ts). The speaker comes from the attribution before the quote
 * ("X said, "…"", "X stated: "…"", "according to X", headline "Minister:
 * "…""), or after it (""…," X said"), read in attribution-clauses.ts; or from
 * the sentence before, which says who spoke ("Menzies Campbell said the war
 * had hit trust. "…""); or carries over from the quote before it in the same
 * sentence or paragraph, or the paragraph before. "he", titles and surnames
 * resolve through the NameRegistry to the full name first given.
 */
import { isGenderCompatible, type NameRegistry } from '../text/people.js';
import type { QuoteRun } from './quotes.js';
import type { DocumentText } from '../text/document-text.js';
import { analyseBefore, type BeforeAnalysis } from './attribution-clauses.js';
import { mainClauseSubject } from './clause-subjects.js';
import { readAttributionContext } from './attribution-context.js';
import { isQuotation } from './quoted-words.js';
import {
  isSpokesperson,
  refersToBody,
  resolveRef,
  spokespersonSubject,
  type SpeakerRef,
} from './speaker-refs.js';

export interface AttributedQuote {
  run: QuoteRun;
  speaker: string | null;
  relayedBy: string | null;
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
  /** The body the last quoted spokesperson spoke for: "the spokesman" later is theirs. */
  let lastSpokespersonBody: string | null = null;
  /** The last body quoted, and its paragraph: "it added", "the statement said" soon after are its words. */
  let lastBody: { name: string; paragraph: number } | null = null;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const { before, afterRef, afterIsSource, sentenceStart } = readAttributionContext(
      text,
      structure,
      runs,
      i,
    );
    const { ref, position, relayRef } = chooseAttribution(run, before, afterRef, afterIsSource);

    const resolve = (r: SpeakerRef): string | null =>
      resolveRef(r, position, registry, lastPersonSpeaker);
    // "… Lord Rennard said. He said it was "nothing personal"": "he" is who spoke in the sentence before.
    const antecedent =
      ref?.kind === 'pronoun' ? subjectOfSentenceBefore(text, structure, run) : null;
    const named = antecedent?.kind === 'name' ? resolve(antecedent) : null;
    // "The State Department spokesman said/did not provide … . "…," he said": the body, or the spokesperson quoted before.
    const spokesperson: string | null =
      antecedent && isSpokesperson(antecedent)
        ? (resolve(antecedent) ?? (antecedent.words.length === 1 ? lastSpokespersonBody : null))
        : null;
    const fitsPronoun =
      named !== null &&
      ref?.kind === 'pronoun' &&
      (ref.word === 'he' || ref.word === 'she') &&
      isGenderCompatible(registry.genderOf(named), ref.word === 'he' ? 'male' : 'female');
    let speaker: string | null = fitsPronoun
      ? named
      : (spokesperson ?? (ref ? resolve(ref) : null));
    // "A CRE spokesman said … . "…," the spokesman said": the spokesperson the sentence before names, else
    // the one quoted before ("… a department spokeswoman said … . The spokeswoman said …").
    const bareSpokesperson = ref?.kind === 'role' && ref.words.length === 1 && isSpokesperson(ref);
    if (speaker === null && bareSpokesperson) {
      const named = subjectOfSentenceBefore(text, structure, run);
      speaker = (named && isSpokesperson(named) ? resolve(named) : null) ?? lastSpokespersonBody;
    }
    if (speaker === null && ref && refersToBody(ref) && lastBody !== null)
      speaker = run.paragraphIndex - lastBody.paragraph <= 2 ? lastBody.name : null;
    // "The Finance Ministry in a statement said … . "…," the statement said": no body quoted yet, one spoke before.
    if (speaker === null && ref && refersToBody(ref) && lastBody === null)
      speaker = bodySpeakingBefore(text, structure, run, (r) => resolve(r), registry);
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
    // A woven phrase, or a quote that opens its paragraph, may go on from the paragraph before ("IDS said … . / But
    // … "yawning deficits"", "Bill Spelman said it was too late. / "By the time we've got a budget …"").
    const opensParagraph = opens && run.openMark === structure.paragraphs[run.paragraphIndex].start;
    const saidBefore =
      ref === null && (opens || woven)
        ? speakerOfSentenceBefore(
            text,
            structure,
            run,
            previous?.run ?? null,
            woven || opensParagraph,
          )
        : null;
    if (saidBefore) {
      speaker = resolve(saidBefore.ref);
      relayedBy = saidBefore.relayRef ? resolve(saidBefore.relayRef) : null;
    }
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
      !before.passive &&
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
      // "The Competition Authority is seeking fines for "deliberate price fixing"": the body the sentence is about.
      const subject: SpeakerRef | null =
        speaker === null
          ? (mainClauseSubject(
              text.slice(sentenceStart, Math.min(run.openMark, sentenceStart + 200)),
            )?.ref ?? null)
          : null;
      const subjectName: string | null = subject?.kind === 'name' ? resolve(subject) : null;
      if (subjectName !== null && (registry.isPerson(subjectName) || registry.isBody(subjectName)))
        speaker = subjectName;
    }

    const evidence = {
      attributedExplicitly: before.adjacent || afterRef !== null,
      hasSpeaker: speaker !== null,
      saidBySomeone: ref !== null && before.hasVerb,
      inherited,
      opensSentence: opens,
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
    else if (speaker !== null && ref !== null && isSpokesperson(ref))
      lastSpokespersonBody = speaker;
    if (speaker !== null && registry.isBody(speaker))
      lastBody = { name: speaker, paragraph: run.paragraphIndex };
  }
  return attributed;
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
): { ref: SpeakerRef; relayRef: SpeakerRef | null } | null {
  const sentence = structure.sentenceAt(run.openMark);
  const before = structure.sentences[sentence.index - 1];
  const reach = fromParagraphBefore ? 1 : 0;
  if (!before || before.paragraph < sentence.paragraph - reach) return null;
  if (previousRun !== null && previousRun.end > before.start) return null;
  const words = text.slice(before.start, before.end);
  // "… according to the wildfire tracking website Inciweb. / "It's not in the middle of a town …"": a source of
  // facts in the paragraph before says nothing of who speaks in the next.
  if (before.paragraph < sentence.paragraph && ACCORDING_TO.test(words)) return null;
  const analysis = analyseBefore(words, before.start);
  return analysis.hasVerb && analysis.ref
    ? { ref: analysis.ref, relayRef: analysis.relayRef }
    : null;
}

const ACCORDING_TO = /(?<![\p{L}])according to(?![\p{L}])/iu;

/** The body that speaks in one of the three sentences before the quote, within two paragraphs. */
function bodySpeakingBefore(
  text: string,
  structure: DocumentText,
  run: QuoteRun,
  resolve: (ref: SpeakerRef) => string | null,
  registry: NameRegistry,
): string | null {
  const sentence = structure.sentenceAt(run.openMark);
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 3); i--) {
    const before = structure.sentences[i];
    if (sentence.paragraph - before.paragraph > 2) break;
    const analysis = analyseBefore(before.text, before.start);
    const name = analysis.hasVerb && analysis.ref !== null ? resolve(analysis.ref) : null;
    if (name !== null && registry.isBody(name)) return name;
  }
  return null;
}

/** Who the sentence before the quote's speaks of: its speaker, or the spokesperson it is about. */
function subjectOfSentenceBefore(
  text: string,
  structure: DocumentText,
  run: QuoteRun,
): SpeakerRef | null {
  return (
    speakerOfSentenceBefore(text, structure, run, null)?.ref ??
    spokespersonSubjectOfSentenceBefore(text, structure, run)
  );
}

/**
 * The spokesperson the sentence before the quote's is about, in its paragraph,
 * when that sentence holds no quote: who "he" in "“…,” he said" then is.
 */
function spokespersonSubjectOfSentenceBefore(
  text: string,
  structure: DocumentText,
  run: QuoteRun,
): SpeakerRef | null {
  const sentence = structure.sentenceAt(run.openMark);
  const before = structure.sentences[sentence.index - 1];
  if (!before || before.paragraph !== sentence.paragraph) return null;
  const words = text.slice(before.start, before.end);
  return /["“”]/u.test(words) ? null : spokespersonSubject(words);
}

/** An attribution right before the quote wins, then one right after it, then a speech verb earlier in the sentence. */
function chooseAttribution(
  run: QuoteRun,
  before: BeforeAnalysis,
  afterRef: SpeakerRef | null,
  afterIsSource: boolean,
): { ref: SpeakerRef | null; position: number; relayRef: SpeakerRef | null } {
  if (before.ref && before.adjacent)
    return { ref: before.ref, position: before.refPosition, relayRef: before.relayRef };
  // "He said he believes the College is "outdated," according to Hawaii News Now": he spoke, the station relays it.
  if (afterIsSource && before.ref && before.hasVerb)
    return { ref: before.ref, position: before.refPosition, relayRef: afterRef };
  if (afterRef) return { ref: afterRef, position: run.openMark, relayRef: null };
  if (before.ref)
    return { ref: before.ref, position: before.refPosition, relayRef: before.relayRef };
  return { ref: null, position: run.openMark, relayRef: null };
}
