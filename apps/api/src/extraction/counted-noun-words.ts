/**
 * The words the counted-noun reader (counted-noun.ts) stops at or treats
 * apart: function words and verbs that end a noun phrase, verbs after its
 * subject, adjectives that stand for a noun, modifiers that are never the
 * noun, and nouns that end in -ly.
 */
import { wordSet } from '../text/words.js';

export const STOP_WORDS = wordSet(`
  a an the of in on at to for from by with and or but nor than as that which who whom whose were
  was is are be been being have has had will would can could may might shall should must do does
  did said says say per each every this these those it its their they he she we you i his her our
  my your them him us me into onto over under about after before during since until last next more
  less fewer most least up down out off so too also only just even still yet ago already now then
  there here when where while if because though although including such between among against
  across through throughout within without via according plus minus respectively apiece both all
  not no again back away each versus vs compared toward towards upon around above below behind
  beyond near outside inside today yesterday tomorrow tonight what how why whether got get gets
  went go goes came come comes took take takes made make makes saw see sees won lost met ran hit
  cut set put paid held kept told found gave brought became began grew fled sold bought left rose
  fell spent built sent won stood remain remained remains became become becomes later earlier
  respectively alone altogether overall each either neither annually yearly monthly weekly
  daily instead first second third same another some any many much few several own very really
  almost nearly afterwards afterward beforehand meanwhile ahead aboard abroad apart figure figures
  estimate estimates mark milestone
  threshold barrier level margin majority split decision verdict ruling despite amid amidst unlike
  besides except regarding concerning due struck shook sank drove flew wrote
`);

/** Verbs that follow the counted noun as its subject: "600,000 Israelis live in settlements", "6.8 temblor kills 2,000". */
export const VERBS_AFTER_SUBJECT = wordSet(`
  live work die vote want need think believe agree remain stay fear hope
  kills hits strikes rocks shakes jolts destroys injures leaves claims
`);

/** Adjectives that stand for the people they describe: "20 dead", "Three of the injured". */
export const PEOPLE_ADJECTIVES = wordSet(`
  dead injured wounded missing displaced elderly unemployed homeless poor rich sick jobless needy
`);
/** Adjectives that stand for a noun after a count ("20 dead", "a 2,000 strong crowd"), not model names. */
export const NOMINAL_ADJECTIVES = new Set([
  ...PEOPLE_ADJECTIVES,
  'strong',
  'odd',
  'faithful',
  'unknown',
]);

/** Words that can only modify a noun, never be the counted noun itself. */
export const MODIFIERS_ONLY = wordSet(`
  new old additional extra further major main key different separate big small large local
  national international foreign domestic previous recent current former top senior junior full-
  time part-time young older younger leading likely possible potential existing remaining free
  full high low long short private public other total
`);

/** Words ending in -ly that are nouns ("family", "supply"). */
export const LY_NOUNS = wordSet(`
  family supply ally rally assembly anomaly monopoly reply belly fly lily bully jelly folly
`);
