/**
 * What may stand between a subject and its speech verb without being the
 * subject: an appositive ("Kim Tae-hyo, the first deputy director of ...,
 * said", "Plaid Cymru health spokesman").
 */
import { NAME_CONNECTORS, TITLE_WORDS } from '../text/name-words.js';
import { endExec } from './text-helpers.js';

/**
 * A name, then its role running up to the verb with no comma after it: ", the
 * leader of the PCS union", ", Plaid Cymru health spokesman".
 */
export const UNCLOSED_APPOSITIVE = endExec(
  /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:(?:the|a|an)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?\s+(?:of|at|for)\s+[^,;:]{2,100}|(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:spokes(?:man|woman|person)|leader|chairman|chairwoman|secretary|director|minister|analyst|economist|executive|president|chief|head|officer|official|adviser|advisor|editor|founder|manager))$/u,
);

/**
 * What may stand between a name and its verb: "the first deputy director of ...",
 * "Edmunds' executive director of industry analysis",
 * "who lost his seat", "34", "D-N.Y." (party and state).
 */
export function isAppositive(phrase: string): boolean {
  return (
    /^(?:the|a|an|his|her|its|their|who|which)\b|^[\p{Ll}\d]|^[DRI]-\p{Lu}[\p{L}.]*$|^\p{Lu}[\p{L}&.-]*['’]s?\s+\p{Ll}/u.test(
      phrase,
    ) || isCapitalisedRole(phrase)
  );
}

/** "George Washington University Law Professor", "Acme Chief Executive": capitalised words ending in a title. */
function isCapitalisedRole(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    words.every((word) => /^\p{Lu}/u.test(word) || NAME_CONNECTORS.has(word)) &&
    TITLE_WORDS.has(words[words.length - 1].toLowerCase())
  );
}
