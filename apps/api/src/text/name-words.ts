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

/**
 * Common English given names that are one sex's nearly always, by which "she
 * said" does not mean "Barbara Stephenson" when no title says so. Names used
 * for both (Jordan, Kim, Leslie, Robin, Chris, Jean) are in neither list.
 */
export const MALE_GIVEN_NAMES = wordSet(`
  aaron adam adrian alan albert alexander alfred andrew angus anthony antonio arthur barack barry ben
  benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl
  carlos charles charlie chad chuck clarence craig dale dan daniel darren dave david dean dennis derek
  dick don donald doug douglas duncan dwight ed eddie edward elijah eric ernest eugene frank fred
  frederick gary gavin geoffrey george gerald gordon graham greg gregory harold harry henry howard hugh
  ian isaac jack jacob jake james jason jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john
  johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin kyle larry lawrence
  leonard louis luke malcolm marco marcus mark martin matt matthew michael mike mitch mitchell
  nathan neil nicholas nick nigel noah oliver oscar patrick paul peter philip phillip ralph randy ray
  raymond richard rick rob robert roger ronald roy russell ryan samuel scott sean seth simon stephen
  steve steven stuart ted terry thomas tim timothy todd tom tony travis trevor victor vincent walter
  wayne william willie zachary
`);
export const FEMALE_GIVEN_NAMES = wordSet(`
  abigail alice alison allison amanda amy andrea angela anita ann anna anne annie barbara betty
  beverly brenda caroline carol carolyn catherine cathy charlotte cheryl christina christine claire
  cynthia debbie deborah debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen
  emily emma evelyn frances gloria grace hannah heather helen hillary irene jacqueline janet janice
  jennifer jessica jill joan joanne joyce judith judy julia julie karen kate katherine kathleen kathryn
  kathy katie kelly kimberly laura lauren linda lisa louise lucy margaret maria marie marilyn martha
  mary megan melania melissa michelle nancy natalie nicole olivia pamela patricia paula rachel rebecca
  rose ruth sally samantha sandra sarah sharon shirley sophie stephanie susan teresa theresa tiffany
  victoria virginia wendy
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
