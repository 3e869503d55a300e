/**
 * Which quotation-mark runs hold quoted words: not a scare quote, a term, a
 * title or a quoted modifier ("concept" shops).
 */
import type { BeforeAnalysis } from './attribution-clauses.js';
import type { QuoteRun } from './quotes.js';
import { isDigit, isUpperLetter } from './text-helpers.js';

/** Quoted words, not a scare quote, a term or a title. */
export function isQuotation(
  text: string,
  run: QuoteRun,
  before: Pick<BeforeAnalysis, 'isTerm' | 'hasVerb'>,
  evidence: {
    attributedExplicitly: boolean;
    hasSpeaker: boolean;
    /** A speech verb with a subject governs the words, whoever it names ("the firm's boss added that"). */
    saidBySomeone: boolean;
    inherited: boolean;
    opensSentence: boolean;
  },
): boolean {
  const { attributedExplicitly, hasSpeaker, saidBySomeone, inherited, opensSentence } = evidence;
  // Single marks are speech only with a speaker given for them or carried over from the quote before.
  const singleIsSpeech = (attributedExplicitly || inherited) && hasSpeaker;
  // Long runs are neither titles (at most 14 words) nor scare quotes: no need to split them.
  if (run.end - run.start > 160) return !before.isTerm && (!run.single || singleIsSpeech);
  const content = text.slice(run.start, run.end);
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const titleCase = isTitleCase(words);
  if (run.single) return singleIsSpeech && words.length >= 3 && !titleCase;
  if (before.isTerm || (words.length <= 4 && isSurveyAnswer(text, run))) return false;
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
  // "the "cash for clunkers" program", "a "buy now, pay later" scheme": a name between a determiner and its kind.
  if (
    words.length <= 4 &&
    !closedByPunctuation &&
    run.closeMark >= 0 &&
    DETERMINER_BEFORE.test(text.slice(Math.max(0, run.openMark - 12), run.openMark)) &&
    KIND_OF_NAMED_THING.test(text.slice(run.closeMark + 1, run.closeMark + 20))
  )
    return false;
  // Two or three words are speech when woven into a sentence whose speaker is known ("pressing for
  // "multiple violations""), when a speech verb with a subject governs them, whoever it names ("the
  // firm's boss added that … "coming down quickly""), or when they open the sentence, closed by their
  // punctuation and attributed (""It's devastating," one worker told the BBC").
  if (words.length <= 3)
    return (
      (attributedExplicitly && closedByPunctuation && opensSentence) ||
      (saidBySomeone && words.length >= 2) ||
      (hasSpeaker && (attributedExplicitly || before.hasVerb || words.length >= 2))
    );
  return true;
}

/** The verbs by which a share of those polled gives an answer. */
const ANSWER_VERBS = String.raw`said|say|answered|chose|picked|selected|responded|replied|opted`;
/** What SHARE_ANSWERED needs, tested first since most quotes follow none of it. */
const ANSWER_VERB = new RegExp(ANSWER_VERBS, 'i');
/** "20 percent said they", "a third answered", "12% chose": a share of those polled giving an answer. */
const SHARE_ANSWERED = new RegExp(
  String.raw`(?:\d[\d.,]*[ \u00a0]*(?:%|percent|per[ \u00a0]cent|pct)|\b(?:a|one|two)[ \u00a0](?:third|quarter|half|fifth)s?|\bhalf|\bmajority|\bminority)(?:[ \u00a0]+of[ \u00a0]+[\p{L}'’ \u00a0-]{1,30})?[ \u00a0]+(?:${ANSWER_VERBS})(?:[ \u00a0]+for)?(?:[ \u00a0]+(?:they|it|that))?(?:[ \u00a0]+were)?[ \u00a0]*$`,
  'iu',
);

/** Words quoted as a poll's answer ("20 percent said they “don't know”"): the question's wording, nobody's speech. */
function isSurveyAnswer(text: string, run: QuoteRun): boolean {
  const before = text.slice(Math.max(0, run.openMark - 80), run.openMark);
  return ANSWER_VERB.test(before) && SHARE_ANSWERED.test(before);
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

const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|this)[ \u00a0]*$/iu;
/** What a quoted name is the name of: " program", " scheme", " campaign". */
const KIND_OF_NAMED_THING =
  /^[ \u00a0]+(?:program|programme|scheme|policy|plan|initiative|campaign|project|law|act|bill|rule|strategy|tax|levy|deal|package|operation|movement|brand|label|app|tour|festival|show|series)s?(?![\p{L}])/iu;

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
