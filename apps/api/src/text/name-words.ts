/**
 * Word lists for reading names: titles ("Deputy Director", "Mr", "Meteorologist"),
 * words that make a capitalised run a body or place rather than a person, and
 * capitalised words that are no names.
 */
import { wordSet } from './words.js';

/**
 * Titles and roles written before a name, never part of the name itself,
 * occupations included ("Meteorologist Dana Whitfield", "Economist Jane Doe").
 */
export const TITLE_WORDS = wordSet(`
  mr mrs ms miss mx dr prof professor sir dame lord lady president prime minister secretary deputy
  director chancellor governor mayor senator sen rep representative chief executive chairman
  chairwoman chair general gen colonel col captain capt lieutenant lt sergeant sgt judge justice
  king queen prince princess sheikh councillor cllr inspector detective superintendent supt
  commissioner constable officer supreme leader first vice foreign finance health home defence
  defense interior trade education economic state assistant senior head ambassador envoy spokesman
  spokeswoman spokesperson bishop archbishop rabbi imam reverend rev pastor cardinal coach manager
  dean principal headteacher agent attorney premier emir crown speaker chief ceo cfo mp mep mla
  msp pc dc di dci ds dsupt nurse father sister brother cabinet labour industry culture justice
  transport environment energy treasury shadow junior acting interim former national security
  adviser advisor commander admiral marshal major corporal private mullah gov insp det battalion
  fire police deputy assemblyman assemblywoman congressman congresswoman alderman sheriff
  chancellor minister secretary-general president-elect meteorologist forecaster economist analyst
  strategist scientist researcher historian lawyer solicitor barrister author activist campaigner
  teacher doctor surgeon paramedic firefighter photographer journalist editor columnist economists
  spokesman founder co-founder owner farmer resident pilot engineer architect consultant
  epidemiologist virologist psychologist chairwoman treasurer trustee director-general prosecutor
  coroner magistrate midwife carer pharmacist dentist vet chef referee striker goalkeeper
  midfielder defender player boss landlord shopkeeper businessman businesswoman entrepreneur
  investor banker broker trader lecturer student pupil airman airwoman seaman trooper
`);

export const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
export const FEMALE_TITLES = wordSet(`
  mrs ms miss dame lady queen princess sister
`);

/** Words that make a capitalised run a body, place or thing rather than a person. */
export const ORGANISATION_WORDS = wordSet(`
  dem dems democrats republicans conservatives tories tory labour
  office ministry department council university college school hotel institute center centre bank
  group motors air airways airlines jet forum summit agency service services trust association
  company corporation corp inc ltd plc llc news times post daily party union league club
  parliament assembly committee commission authority board hospital police force army navy station
  airport street road square plant project republic kingdom states foundation fund federation
  organisation organization network industries holdings partners capital energy electric
  electronics government administration museum library cathedral stadium river sea ocean lake
  mountain island islands valley county city province region district borough village town nhs
  council cooperation development exploration referendum introduction participation possibility
  resources geoscience technology research statistics office reserve exchange market markets index
  system programme program act bill law treaty agreement accord declaration strategy plan report
  review survey study gardens centre mall store stores supermarket limited media press television
  radio broadcasting channel studios records health care clinic surgery trust prison barracks base
  harbour mines route railway railways rail visit business finance affairs analytics economics
  consulting consultancy associates securities insights intelligence
`);

/** Capitalised words that start sentences or headlines without being names. */
export const NOT_NAME_WORDS = wordSet(`
  the a an of in on at by for from to with and or but as if when while after before meanwhile
  however although though since during under over this that these those it its he she they we i
  his her their our my your there here then now also in about some many most more according along
  among despite following including last next this what why how who where which yes no not all
  both each every other another january february march april may june july august september
  october november december monday tuesday wednesday thursday friday saturday sunday image source
  photo copyright read more overall separately earlier later today yesterday tomorrow still
  instead only just even so yet such than because until north south east west central korea korean
  british american chinese european whether whatever whenever wherever unless once perhaps maybe
  indeed besides thus hence unlike like
`);

/** Words of NOT_NAME_WORDS that still open a body's name: "European Commission", "British Medical Association". */
export const NATIONALITIES = wordSet('korean british american chinese european');

/** Lowercase words that join a role before a name ("group leader", "cabinet member"). */
export const ROLE_MODIFIERS = wordSet(`
  group party cabinet shadow opposition council union club team board city county state regional
  general
`);

/** Single title words too general to identify a person ("Director", "Minister"). */
export const GENERIC_TITLES = wordSet(`
  mr mrs ms dr director minister secretary officer head leader chief president deputy
`);
