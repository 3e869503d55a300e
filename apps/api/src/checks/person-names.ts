/**
 * The people a document names, as written: runs of capitalised words with
 * titles removed ("President Yoon Suk-yeol's" → "Yoon Suk-yeol"), kept only
 * when the text shows them to be a person: a title before the name, a quote
 * attributed to it, or ", 34,", ", the ...", "said" after it.
 */
import type { DocumentText } from './document-text.js';
import { wordSet } from './word-lists.js';

export interface NameMention {
  /** The name's words without titles or possessive: ["Yoon", "Suk-yeol"]. */
  words: string[];
  /** UTF-16 range of the name words in the text. */
  start: number;
  end: number;
  /** The text shows this mention names a person. */
  isPerson: boolean;
}

const TITLES = wordSet(`
  mr mrs ms miss mx dr doctor prof professor sir dame lord lady president minister secretary
  deputy director chancellor governor mayor senator sen rep representative chief executive
  chairman chairwoman chair general gen colonel col captain capt judge justice king queen
  prince princess councillor cllr inspector detective commissioner leader supreme ambassador
  spokesman spokeswoman spokesperson bishop archbishop reverend rev pope coach manager premier
  emir sheikh speaker mp ceo cfo adviser advisor analyst economist officer head founder author
  lieutenant sergeant sgt superintendent constable admiral envoy chairperson
`);

/** Words of capitalised runs that make them a body, place or thing rather than a person. */
const NOT_PERSON_WORDS = wordSet(`
  office ministry department council university college school hotel institute center centre
  bank group forum summit agency service trust association company corporation party union
  committee commission authority board hospital police street road airport project republic
  kingdom states foundation fund government news daily times post motors airlines air plc ltd
  inc court house city county river island
`);

/** Capitalised words that start a sentence or a headline without being part of a name. */
const NOT_NAME_WORDS = wordSet(`
  the a an in on at by for from to with and but as if when while after before meanwhile
  however although since during this that it he she they we his her their according also then
  now both
`);

/** A capitalised word ("Suk-yeol", "O'Brien"), or an abbreviated title with its period ("Mr.", "Dr."). */
const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Jr|Sr)\.|\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*)`;
const NAME_RUN = new RegExp(`${NAME_WORD}(?:[ \\u00a0]+${NAME_WORD})*`, 'gu');
const PERSON_AFTER =
  /^(?:,[ \u00a0]+(?:\d{1,3}(?:,|[ \u00a0]|$)|(?:the|a|an|who|whose)[ \u00a0])|[ \u00a0]+(?:said|says|told|added|explained|stated|wrote|argued|replied|insisted))/u;

function normalise(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

export function findNameMentions(text: DocumentText, speakers: ReadonlySet<string>): NameMention[] {
  const mentions: NameMention[] = [];
  for (const run of text.text.matchAll(NAME_RUN)) {
    const words = run[0].split(/[ \u00a0]+/u);
    const offsets = wordOffsets(run[0], run.index);
    // The name is what follows the last title word: "Meanwhile President Yoon Suk-yeol" → "Yoon Suk-yeol".
    let first = 0;
    let titled = false;
    words.forEach((word, i) => {
      if (TITLES.has(normalise(word))) {
        first = i + 1;
        titled = true;
      }
    });
    while (first < words.length && NOT_NAME_WORDS.has(normalise(words[first]))) first++;
    const name = words.slice(first).map(withoutPossessive);
    if (name.length < 2 || name.length > 4) continue;
    if (
      name.some(
        (word) =>
          NOT_PERSON_WORDS.has(normalise(word)) || !/\p{Ll}/u.test(word) || word.endsWith('.'),
      )
    )
      continue;
    const start = offsets[first];
    const runEnd = run.index + run[0].length;
    const wordBefore =
      /([\p{L}]+)[ \u00a0,]*$/u.exec(text.text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
    titled ||= first === 0 && TITLES.has(wordBefore.toLowerCase());
    const isPerson =
      titled ||
      speakers.has(name.join(' ')) ||
      PERSON_AFTER.test(text.text.slice(runEnd, runEnd + 20));
    const end = offsets[words.length - 1] + name[name.length - 1].length;
    mentions.push({ words: name, start, end, isPerson });
  }
  return mentions;
}

function wordOffsets(run: string, runStart: number): number[] {
  const offsets: number[] = [];
  for (const match of run.matchAll(/[^ \u00a0]+/gu)) offsets.push(runStart + match.index);
  return offsets;
}
