/**
 * name-variant (warning): one person's name spelled two ways. Example:
 * "President Yoon Suk-yeol" and, in a caption, "President Yoon Seok-yeol's"
 * raise 'One person's name is spelled two ways: "Yoon Suk-yeol" (3 times) and
 * "Yoon Seok-yeol" (once)'.
 * Two spellings are one name when one of them is shown to be a person (a
 * title, a quote, ", 34," or "said"), they have the same number of name parts
 * (given names split at hyphens) and differ in at most one part, and that part
 * keeps its first and last letter and either its consonants ("Suk"/"Seok",
 * "Mohammed"/"Muhammad") or all but one letter of a long part
 * ("Philip"/"Phillip"); or they differ only in hyphens and spaces ("Kim
 * Jong-un"/"Kim Jong Un"). Not raised: two people who share a surname ("Kim
 * Tae-hyo" and "Kim Jong-un"), or whose names differ by an ending
 * ("Martin"/"Martina").
 */
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { NameRegistry, type NameMention, type Person } from '../text/people.js';

export const NAME_VARIANT: RuleInfo = { name: 'name-variant', version: 2, severity: 'warning' };

/** After a name, what shows it names a person: ", 34,", ", the ...", "said". */
const PERSON_AFTER =
  /^(?:,[ \u00a0]+(?:\d{1,3}(?:,|[ \u00a0]|$)|(?:the|a|an|who|whose)[ \u00a0])|[ \u00a0]+(?:said|says|told|added|explained|stated|wrote|argued|replied|insisted))/u;

interface Spelling {
  name: string;
  mentions: NameMention[];
}

export function checkNameVariant(context: CheckContext): Finding[] {
  const speakers = new Set(
    context.quoteClaims.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])),
  );
  const registry = new NameRegistry(context.text.text, context.text);
  const findings: Finding[] = [];
  for (const person of registry.people) {
    const spellings = spellingsOf(person);
    if (spellings.length < 2 || !isShownToBePerson(context, person, speakers)) continue;
    // The most frequent spelling first; on a tie, the one written first.
    const [usual, ...others] = [...spellings].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start,
    );
    for (const other of others) findings.push(variantFinding(context, usual, other));
  }
  return findings;
}

/** The spellings of a person's full name, case-insensitively one (the casing written most often shown). */
function spellingsOf(person: Person): Spelling[] {
  const byKey = new Map<string, NameMention[]>();
  for (const mention of person.mentions) {
    const key = mention.spelling.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), mention]);
  }
  return [...byKey.values()].map((mentions) => ({ name: mostWritten(mentions), mentions }));
}

function mostWritten(mentions: NameMention[]): string {
  const counts = new Map<string, number>();
  for (const { spelling } of mentions) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

/** A title, a quote attributed to the person, or ", 34," / "said" after one of the mentions. */
function isShownToBePerson(
  context: CheckContext,
  person: Person,
  speakers: ReadonlySet<string>,
): boolean {
  if (person.titleWords.size > 0 || speakers.has(person.canonical)) return true;
  return person.mentions.some((mention) =>
    PERSON_AFTER.test(context.text.text.slice(mention.end, mention.end + 20)),
  );
}

function variantFinding(context: CheckContext, usual: Spelling, other: Spelling): Finding {
  const spellings = [usual, other].map((spelling) => ({
    name: spelling.name,
    occurrences: spelling.mentions.map((mention) => ({
      start: context.text.codePointOffset(mention.start),
      end: context.text.codePointOffset(mention.end),
    })),
  }));
  const evidence = [usual, other].flatMap((spelling) =>
    spelling.mentions.map((mention) => ({
      start: context.text.codePointOffset(mention.start),
      end: context.text.codePointOffset(mention.end),
      exact: context.text.text.slice(mention.start, mention.end),
    })),
  );
  return createFinding(NAME_VARIANT, {
    claims: [],
    identity: [`name:${usual.name}`, `name:${other.name}`],
    evidence: evidence.sort((a, b) => a.start - b.start),
    message: `One person's name is spelled two ways: "${usual.name}" (${times(usual)}) and "${other.name}" (${times(other)})`,
    data: { spellings },
    inputs: { spellings },
  });
}

function times(spelling: Spelling): string {
  const count = spelling.mentions.length;
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
