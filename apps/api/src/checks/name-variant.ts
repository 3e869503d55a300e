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
import { distance } from 'fastest-levenshtein';
import type { CheckContext } from './check-context.js';
import { createFinding, type Finding, type RuleInfo } from './finding.js';
import { findNameMentions, type NameMention } from './person-names.js';

export const NAME_VARIANT: RuleInfo = { name: 'name-variant', version: 1, severity: 'warning' };

interface Spelling {
  name: string;
  mentions: NameMention[];
}

export function checkNameVariant(context: CheckContext): Finding[] {
  const speakers = new Set(
    context.quoteClaims.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])),
  );
  const spellings = new Map<string, Spelling>();
  for (const mention of findNameMentions(context.text, speakers)) {
    const name = mention.words.join(' ');
    const spelling = spellings.get(name) ?? { name, mentions: [] };
    spelling.mentions.push(mention);
    spellings.set(name, spelling);
  }
  const all = [...spellings.values()];
  const isPerson = (spelling: Spelling) => spelling.mentions.some((mention) => mention.isPerson);
  const findings: Finding[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i], all[j]];
      if ((isPerson(a) || isPerson(b)) && isSameName(a.name, b.name))
        findings.push(variantFinding(context, a, b));
    }
  }
  return findings;
}

function variantFinding(context: CheckContext, a: Spelling, b: Spelling): Finding {
  // The more frequent spelling first; on a tie, the one written first.
  const [usual, other] = b.mentions.length > a.mentions.length ? [b, a] : [a, b];
  const occurrences = (spelling: Spelling) =>
    spelling.mentions.map((mention) => ({
      start: context.text.codePointOffset(mention.start),
      end: context.text.codePointOffset(mention.end),
    }));
  const spellings = [usual, other].map((spelling) => ({
    name: spelling.name,
    occurrences: occurrences(spelling),
  }));
  return createFinding(NAME_VARIANT, {
    claims: [],
    identity: [`name:${usual.name}`, `name:${other.name}`],
    message: `One person's name is spelled two ways: "${usual.name}" (${times(usual)}) and "${other.name}" (${times(other)})`,
    data: { spellings },
    inputs: { spellings },
  });
}

function times(spelling: Spelling): string {
  const count = spelling.mentions.length;
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/** Name parts, lower case without accents, given names split at hyphens: "Yoon Suk-yeol" → yoon, suk, yeol. */
function nameParts(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[ \u00a0-]+/u)
    .filter((part) => part !== '');
}

export function isSameName(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  const [x, y] = [nameParts(a), nameParts(b)];
  if (x.length !== y.length || x.length < 2) return false;
  const differing = x.map((part, i) => [part, y[i]] as const).filter(([p, q]) => p !== q);
  if (differing.length === 0) return true; // only hyphens or spaces differ
  if (differing.length > 1) return false;
  const [p, q] = differing[0];
  if (p[0] !== q[0] || p[p.length - 1] !== q[q.length - 1]) return false;
  return (
    consonants(p) === consonants(q) || (Math.min(p.length, q.length) >= 5 && distance(p, q) === 1)
  );
}

function consonants(part: string): string {
  return part.replace(/[aeiouy'’]/g, '');
}
