/**
 * The words around a quotation that say who spoke: the speech verb and its
 * subject before the quote ("X said, "…"", "X stated: "…"", "according to
 * X"), and the attribution after it (""…," X said", ""…," said X, an analyst",
 * ""…," according to a body's report").
 */
import { parseSubject, parseSubjectWithPosition, type SpeakerRef } from './speaker-refs.js';
import { wordSet } from '../text/words.js';
import { mainClauseSubject, titleSubject } from './clause-subjects.js';
import { DOCUMENT_OWNER, documentReadOut, writerOf } from './documents-read-out.js';

const SPEECH_VERBS =
  /\b(?:said|says|say|saying|stated|(?<!(?:United|Member|Gulf|Baltic|Arab|Federated|Confederate|Nordic|Island|Pacific)\s)states|stating|told|tells|telling|add(?:ed|s|ing)(?![ \u00a0]+up\b)|explained|explains|explaining|emphasi[sz](?:ed|es|ing)|noted|notes|noting|continued|continues|continuing|replied|replies|replying|asked|asks|wrote|writes|writing|warned|warns|warning|insisted|insists|insisting|argued|argues|arguing|claimed|claims|claiming|announced|announces|declared|declares|remarked|commented|comments|conveyed|conveys|confirmed|confirms|acknowledged|admitted|admits|stressed|stresses|stressing|highlighted|highlights|suggested|suggests|suggest|argue|warn|insist|tweeted|posted|responded|responds|answered|quipped|joked|cautioned|observed|maintained|recalled|recalls|predicted|predicts|urged|urges|pointed out|concluded|expressed(?: hope| concern)?|described|vowed|pledged|promised|revealed|reiterated|countered|conceded|complained|lamented|boasted|mused|shouted|pleaded|begged|assured|assures|recounted|testified|estimated|estimates|estimating|reports|reported|describes|write|called|according to|(?:found|finds|showed|shows)(?<=\b(?:report|study|survey|investigation|audit|inquiry|review|probe|assessment|analysis)s?[ \u00a0]+(?:by[ \u00a0]+(?:[^\s,.;:"“”]+[ \u00a0]+){1,6})?\w+))\b/gi;

/** The same verbs, for finding the first one ("the United States" is no "states"). */
const FIRST_SPEECH_VERB = new RegExp(SPEECH_VERBS.source, 'i');

/**
 * Verbs that attribute with the name next to them, on either side: "said Mr
 * Smith" after a quote, and "Smith said." opening the sentence after one.
 */
const NAME_ATTRIBUTING_VERBS = `
  said says added adds asked asks replied replies continued continues wrote writes explained
  explains noted notes warned warns insisted insists argued admitted admits stated told tells
  tweeted recalled recalls complained complains conceded concedes joked jokes reports write
  suggested comments commented responded answered countered concluded
`;

/** Verbs after which a name may follow in inverted order: "said Mr Smith". */
const INVERTING_VERBS = wordSet(NAME_ATTRIBUTING_VERBS);

/** Before a quoted term or title rather than quoted words: "the so-called "run rate"", "a scheme called "Help to Buy"". */
const TERM_MARKER =
  /(?:so-called|dubbed|known as|termed|nicknamed|titled|entitled|named|branded|labell?ed|the words?|the term|the phrase|slogan|headlined|marked|read)\s*$/i;

/** "the Federal Open Market Committee's view there is "…"", "Unison's warning that "…"": whose words the quote gives. */
const POSSESSOR_OF_WORDS =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}.&-]*[ \u00a0]+){0,5}\p{Lu}[\p{L}\p{M}.&-]*)['’]s?[ \u00a0]+(?:view|assessment|statement|conclusion|warning|verdict|position|claim|argument|belief|promise|pledge)(?:[ \u00a0]+(?:that|there[ \u00a0]+(?:is|was|are|were)))?[ \u00a0,:]*$/u;

export interface BeforeAnalysis {
  ref: SpeakerRef | null;
  refPosition: number;
  relayRef: SpeakerRef | null;
  /** The attribution governs the quote directly: "X said, "…"", "X: "…"". */
  adjacent: boolean;
  hasVerb: boolean;
  isTerm: boolean;
  /** The verb is passive ("she was warned that"): its subject heard the words, nobody here said them. */
  passive?: boolean;
}

/**
 * After a quote that ends its sentence, a name and a speech verb still attribute it: "Smith said.",
 * "Mr Brown told the BBC.", ""Do you want music?" Omar Haidari asks as he drives".
 */
export const BARE_ATTRIBUTION = new RegExp(
  String.raw`^\s*(?!(?:When|If|As|After|Before|While|Once|Since|Until|Because|Although|Though|But|And|So|Then|Yet|Also)\s)(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:${[...INVERTING_VERBS].join('|')})(?![\p{L}])`,
  'u',
);

export function hasSpeechVerb(text: string): boolean {
  return FIRST_SPEECH_VERB.test(text);
}

/** Every speech verb in a short window, in order (an exec loop: matchAll would copy the large regex each time). */
function speechVerbsIn(window: string): RegExpExecArray[] {
  const verbs: RegExpExecArray[] = [];
  SPEECH_VERBS.lastIndex = 0;
  for (let match = SPEECH_VERBS.exec(window); match !== null; match = SPEECH_VERBS.exec(window))
    verbs.push(match);
  SPEECH_VERBS.lastIndex = 0;
  return verbs;
}

export function analyseBefore(before: string, offset: number): BeforeAnalysis {
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
    const possessor = POSSESSOR_OF_WORDS.exec(trimmed.slice(-160));
    if (possessor) {
      analysis.ref = parseSubject(possessor[1]);
      analysis.adjacent = analysis.ref !== null;
    }
    return analysis;
  }
  analysis.hasVerb = true;
  const verb = verbs[verbs.length - 1];
  const verbEnd = verb.index + verb[0].length;
  const gap = before.slice(verbEnd);
  analysis.adjacent = gap.length <= 80 && /^\s*$|[,:]\s*$|\bthat\s*$/.test(gap);

  if (verb[0].toLowerCase() === 'according to') {
    const source = parseSubject(gap.replace(/[,:;.!?]\s*$/, ''));
    // "The bureau said it had traced every contact, according to a reporter": the bureau spoke, the reporter relays.
    const saidFirst = verbs.length >= 2 ? verbs[verbs.length - 2] : null;
    const speaker =
      saidFirst !== null &&
      saidFirst[0].toLowerCase() !== 'according to' &&
      /,\s*$/.test(before.slice(0, verb.index))
        ? parseSubjectWithPosition(before.slice(0, saidFirst.index))
        : null;
    if (speaker) {
      analysis.ref = speaker.ref;
      analysis.refPosition = offset + speaker.position;
      analysis.relayRef = source;
    } else analysis.ref = source;
    analysis.adjacent = analysis.ref !== null;
    return analysis;
  }
  // "Dan McDowell said, adding, "…"": the subject of the verb the participle follows.
  const earlierVerb = verbs[verbs.length - 2];
  const chained =
    earlierVerb !== undefined &&
    /^\s*,?\s*$/.test(before.slice(earlierVerb.index + earlierVerb[0].length, verb.index));
  // "Comey sent a letter to Congress, stating, "…"", "Trump praised it by saying the "…"": the clause's subject, not its object.
  // "Maria Lopez rejected the offer and warned that "…"": the subject of the verb the clause goes on from.
  const head = before.slice(0, verb.index);
  const clauseSubject =
    !chained &&
    ((PARTICIPLE.test(verb[0]) && PARTICIPLE_OF_CLAUSE.test(head)) || COORDINATED_VERB.test(head))
      ? (mainClauseSubject(head) ?? titleSubject(head))
      : null;
  // "she was warned that "…"": who was told is not who spoke ("he was telling" is no passive).
  if (
    !PARTICIPLE.test(verb[0]) &&
    PASSIVE_BEFORE.test(before.slice(Math.max(0, verb.index - 12), verb.index))
  ) {
    analysis.passive = true;
    return analysis;
  }
  const subject =
    clauseSubject ??
    parseSubjectWithPosition(before.slice(0, (chained ? earlierVerb : verb).index));
  if (subject) {
    analysis.ref = subject.ref;
    analysis.refPosition = offset + subject.position;
  } else if (INVERTING_VERBS.has(verb[0].toLowerCase())) {
    // "…, said Jane Doe: "…"", "The main reason, writes Lena Beyer, is "…"".
    const inverted = /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,5})[,:]\s*(?:\p{Ll}+\s+){0,3}$/u.exec(
      gap,
    );
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

const PARTICIPLE = /ing$/i;
/** ", stating", "by saying", "a statement saying", "a letter to management this month stating": the participle's subject is the clause's. */
const PARTICIPLE_OF_CLAUSE =
  /(?:,|\bby|\b(?:statement|letter|report|memo|note|email|tweet|post|release)(?:\s+[\p{L}'’-]+){0,5}?)\s*$/u;
/** "… and", "…, but": a verb coordinated with the clause's first, sharing its subject. */
const COORDINATED_VERB = /[\s,](?:and|but)(?:\s+then)?\s+$/;
/** "was warned", "were told": the subject heard the words. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+$/;

/** "Kurinji Selvaraj, a research analyst at …", "study lead author Lucas Paganini, a scientist at …": a full name, then its appositive. */
const NAME_THEN_APPOSITIVE =
  /^(?:\p{Ll}[\p{Ll}-]*\s+){0,4}((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]*),\s+(?:an?|the|who|one of|co-author|author)\s/u;
/** A full name and nothing else: "Troy Miller", "Kim Tae-hyo", "Ana María de la Cruz". */
const FULL_NAME =
  /^(?!(?:The|A|An)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:de|la|van|von|der|da|di|du|bin|al|el)\s+)*\p{Lu}[\p{L}\p{M}'’.-]+){1,3}$/u;
/** Words ending in a full name: "NASA planetary scientist Lucas Paganini". */
const ENDS_WITH_FULL_NAME = /(?:^|\s)\p{Lu}[\p{L}\p{M}'’.-]+\s+\p{Lu}[\p{L}\p{M}'’.-]+$/u;

const QUOTED_AS_SAYING = /\bquot(?:ed|es|e)\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4})as\s+saying\b/u;

/** A sentence's end: a stop that closes no initial ("S.B. Supriyadi", "U.S.") or title ("Mr. Trump"), or a quotation mark. */
const CLAUSE_END =
  /(?<![\s.]\p{Lu})(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Jr|Sr|St|Rev|Hon|Supt|Insp|Det|Cllr))[.!?](?=\s|$)|["“”]/u;

/** A role and the name it is given: "said its president, Mark Ellis", "the group's president, Anne Clarke, said". */
const ROLE_THEN_NAME =
  /^\s+(?:(?:its|their|his|her|the)\s+)(?:[\p{L}'’-]+\s+){0,3}\p{Ll}[\p{L}'’-]*,\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,4})$/u;
/** "a spokesperson for the energy regulator Ofgem": the body follows its spokesperson. */
const SPOKESPERSON_FOR = /^(?:an?|the)\s+spokes(?:man|woman|person)\s+(?:for|of|at)\s/iu;
/** A subject, then a relative clause closed by a comma: "one worker, who asked not to be named,". */
const SUBJECT_THEN_RELATIVE_CLAUSE = /^([^,;]{1,60}?),\s*(?:who|whose)\s[^,;]*,/u;

/** ""…," he said", ""…," said Jane Doe", ""…," according to the council". */
export function analyseAfter(after: string): SpeakerRef | null {
  // ""…," one worker, who asked not to be named, said": the relative clause is neither subject nor verb.
  const clause = after
    .replace(/^[\s,;:—–-]+/, '')
    .split(CLAUSE_END)[0]
    .replace(SUBJECT_THEN_RELATIVE_CLAUSE, '$1');
  // ""…," local papers quoted Ana Salas as saying".
  const quotedAs = QUOTED_AS_SAYING.exec(clause);
  if (quotedAs) return parseSubject(quotedAs[1].trim());
  // ""…" — Neil Gaiman": a dash and the name, as under a blurb or an epigraph.
  const signed =
    /^\s*[—–]\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)\s*$/u.exec(
      after.split('\n')[0],
    );
  if (signed) return parseSubject(signed[1]);
  const according = /^according to\s+(.+?)\s*(?:,|$)/i.exec(clause);
  if (according) {
    // "according to a Moody's Analytics' forecast in June": the body whose document it is.
    const owner = DOCUMENT_OWNER.exec(according[1]);
    return parseSubject(owner ? owner[1] : according[1]);
  }
  // ""…," read a statement from the Treasury", ""…," the ministry's letter read": a document's words.
  const document = documentReadOut(clause);
  if (document !== null) return writerOf(document);
  const verb = FIRST_SPEECH_VERB.exec(clause);
  if (!verb) return null;
  // ""…," as the National Weather Service notes": "as" opens the attribution, it is no word of the name.
  const beforeVerb = clause
    .slice(0, verb.index)
    .trim()
    .replace(/^as\s+/i, '');
  // "called the vote "a disgrace" and vowed to fight it": the sentence's subject goes on, no attribution.
  if (/^(?:and|but|or)(?:\s+then)?$/i.test(beforeVerb)) return null;
  // ""…," Ivo Geijsen, an analyst with Bank Oyens, told Bloomberg": a name with its appositive.
  const withAppositive = /^(?:the\s+)?\p{Lu}[^,;]*,[^,;]+,$/u.test(beforeVerb);
  // ""…," the chief economist of ZipRecruiter, Cathy Barrera, told …": the name closes the clause, maybe with a comma.
  const named = beforeVerb.replace(/,$/, '');
  const lastClauseNamed = /,\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}|he|she|they)$/u.test(named);
  // ""…," Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water, told CNN".
  const openingName = NAME_THEN_APPOSITIVE.exec(beforeVerb);
  if (verb.index > (withAppositive || lastClauseNamed || openingName ? 160 : 90)) return null;
  // ""very little private sector investment" in new construction, said Joseph Seneca, an economist".
  if (!withAppositive && /,$/.test(beforeVerb) && /^(?:said|says|added)$/i.test(verb[0])) {
    const inverted = /^\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s*){1,5})(?:,|$)/u.exec(
      clause.slice(verb.index + verb[0].length),
    );
    if (inverted) return parseSubject(inverted[1].trim());
  }
  if (beforeVerb.length > 0) {
    // ""…," Troy Miller, CBP Senior Official Performing the Duties of the Commissioner, said": a full name, then its role.
    const nameBeforeRole = withAppositive ? FULL_NAME.exec(beforeVerb.split(',')[0]) : null;
    if (nameBeforeRole) return parseSubject(nameBeforeRole[0]);
    if (withAppositive) return parseSubject(beforeVerb);
    // ""…," the group's president, Anne Clarke, said": the name a role is given.
    const roleThenName = ROLE_THEN_NAME.exec(` ${beforeVerb.replace(/,$/, '')}`);
    if (roleThenName) return parseSubject(roleThenName[1]);
    // ""…" except a few areas benefiting from the energy boom, Burtless said": the clause's last words say who.
    const lastClause =
      /,\s*((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}|he|she|they|(?:an?|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)$/u.exec(
        named,
      );
    if (lastClause && verb.index <= 160) return parseSubject(lastClause[1]);
    if (openingName) return parseSubject(openingName[1]);
    // ""…," lead researcher and NASA planetary scientist Lucas Paganini said": a long role, then the name.
    const longRoleThenName = !/[,;]/.test(beforeVerb) && ENDS_WITH_FULL_NAME.test(beforeVerb);
    if (longRoleThenName && beforeVerb.split(/\s+/).length <= 12) return parseSubject(beforeVerb);
    // ""…," a spokesperson for the energy regulator Ofgem said": the body named after its spokesperson.
    const spokespersonFor = SPOKESPERSON_FOR.test(beforeVerb) && !/[,;]/.test(beforeVerb);
    if (spokespersonFor && beforeVerb.split(/\s+/).length <= 12) return parseSubject(beforeVerb);
    if (beforeVerb.split(/\s+/).length > 6 || /[,;]/.test(beforeVerb)) return null;
    return parseSubject(beforeVerb);
  }
  if (!INVERTING_VERBS.has(verb[0].toLowerCase())) return null;
  // ""…," said its president, Mark Ellis": the name the role is given.
  const roleThenName = ROLE_THEN_NAME.exec(clause.slice(verb.index + verb[0].length));
  if (roleThenName) return parseSubject(roleThenName[1]);
  const afterVerb = clause
    .slice(verb.index + verb[0].length)
    .split(/,|\bwho\b|\bin\b|\bat\b|\bon\b/)[0]
    .trim();
  return afterVerb.length > 0 ? parseSubject(afterVerb) : null;
}
