/**
 * Word lists for reading names: titles ("Deputy Director", "Mr", "Meteorologist"),
 * words that make a capitalised run a body or place rather than a person, and
 * capitalised words that are no names.
 */
import { wordSet } from './words.js';

/** Lowercase words inside a name: "Office for National Statistics", "Ursula von der Leyen", "Mabon ap Gwynfor". */
export const NAME_CONNECTORS = wordSet(`
  of for the and de van von der den da di du bin al el la le ap
`);

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
  investor banker broker trader lecturer student pupil airman airwoman seaman trooper councilman
  councilwoman councilmember councilor supervisor commissioner delegate legislator lawmaker
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
  aaron abraham adam adrian ahmed alan albert alexander alfred ali alistair andre andrew andy
  angelo angus anthony antoine antonio archie arnold arthur austin barack barry bart ben benjamin
  benny bernard bernie bill billy blake bob bobby boris boyd brad bradley brandon brendan brent
  brett brian brooks bruce bryan bryce calvin cameron carl carlos cedric chad charles charlie chuck
  clarence clark clayton clifford clint colin connor conor cory craig curtis dale dallas damian
  damon dan daniel darius darrell darren dave david dean declan dennis derek derrick desmond dick
  dominic don donald donovan doug douglas drew duane duncan dustin dwight dylan earl ed eddie edgar
  eduardo edward edwin elijah elliot emmanuel enrique eric ernest ernesto eugene evan everett felix
  fernando floyd francis francisco frank franklin fred frederick gabriel garrett gary gavin gene
  geoffrey george gerald gilbert glenn gordon graham grant greg gregory gustavo guy hamish hank
  harold harry harvey hector henry herbert horace howard hugh hugo ian isaac ivan jack jacob
  jacques jaime jake jamal james jared jarrod jason javier jay jeff jeffrey jeremiah jeremy jerome
  jerry jesse jesus jim jimmy joaquin joe joel johan john johnny jon jonah jonathan jorge jose
  josef joseph josh joshua juan julian julio justin karl keegan keith ken kendall kenneth kenny
  kevin kieran kurt kyle lamar lance larry lawrence leo leon leonard leroy lewis lincoln lloyd
  lorenzo louis lucas luis luke luther malcolm malik manuel marcel marco marcus mario mark martin
  marvin mason matt matthew maurice max melvin michael miguel mike milton mitch mitchell mohamed
  mohammed muhammad murray nathan nathaniel neil neville nicholas nick nigel noah noel norman
  oliver omar oscar otis owen pablo patrick paul pedro percy pete peter phil philip phillip pierre
  preston quentin rafael ralph ramon randall randy raul ray raymond reggie reginald rene rex
  ricardo richard rick rob robert roberto rodney rodrigo roger roland roman ronald ronnie rory ross
  roy rudy rupert russ russell ryan salvador sammy samuel santiago saul scott sean sebastian sergio
  seth seymour shane shawn sheldon sid sidney simon spencer stanley stefan stephan stephen sterling
  steve steven stewart stuart sylvester ted terrence terry theo theodore thomas tim timothy tobias
  toby todd tom tomas tony travis trent trevor troy tyler tyrone vernon victor vince vincent wade
  wallace walter warren wayne wesley wilbur willard william willie winston xavier zach zachary
`);
export const FEMALE_GIVEN_NAMES = wordSet(`
  abigail adele adriana agnes aileen alexandra alexis alice alicia alina alison allison alyssa
  amanda amber amelia amy ana andrea angela angelina angie anita ann anna anne annette annie
  antonia april ariana arlene audrey ava barbara beatrice becky belinda bernadette beth bethany
  betty beverly bianca bonnie brandy brenda bridget brittany brooke camila candace carla carly
  carmen carol caroline carolyn carrie cassandra catherine cathy cecilia celeste charlene charlotte
  chelsea cheryl chloe christa christina christine christy cindy claire clara claudia colleen
  connie constance courtney crystal cynthia daisy danielle daphne darlene dawn deanna debbie
  deborah debra deirdre delia denise destiny diana diane dolores dominique donna doreen doris
  dorothy edith eileen elaine eleanor elena elisa elise eliza elizabeth ella ellen ellie eloise
  elsa emilia emily emma erica erika erin estelle esther ethel eugenia eva evangeline evelyn faith
  felicia fiona florence frances francesca gabriela gabrielle gail georgia geraldine gina ginger
  giselle gladys glenda gloria grace greta gretchen gwen hailey hannah harriet hazel heather heidi
  helen helena henrietta hilary hillary holly hope ida imogen ingrid irene iris isabel isabella
  isabelle ivy jackie jacqueline jade jana janelle janet janice janine jasmine jeanette jenna
  jennifer jenny jessica jill joan joanna joanne jocelyn jodi josephine joy joyce juanita judith
  judy julia juliana julianne julie june kara karen karina kate katherine kathleen kathryn kathy
  katie katrina kay kayla kelly kelsey kendra kimberly kirsten krista kristen kristin kristina
  kristine lara laura lauren laurie leah leila lena lillian lily linda lindsay lindsey lisa lois
  lorraine louise lucia lucille lucy luisa lydia lynn mabel mackenzie madeline madison maggie
  mallory marcia margaret margarita maria marian marianne marie marilyn marina marjorie marlene
  marsha martha mary mavis maxine maya megan melania melanie melinda melissa mercedes meredith mia
  michaela michelle mildred miranda miriam molly monica monique myra nadia nancy naomi natalie
  natasha nellie nicola nicole nina nora norma olga olivia paige pamela patricia paula pauline
  pearl peggy penelope penny phoebe phyllis polly priscilla rachael rachel ramona rebecca regina
  renee rhonda rita roberta robyn rosa rosalind rose rosemary roxanne ruby ruth sabrina sadie sally
  samantha sandra sara sarah selena serena sharon sheila shelby shelley shirley sierra simone sonia
  sophia sophie stacey stacy stella stephanie susan susanna suzanne sylvia tamara tammy tanya tara
  teresa tessa thelma theresa tiffany tina tonya tracey tracy trisha ursula valerie vanessa vera
  veronica vicki victoria viola violet virginia vivian wanda wendy yasmin yolanda yvonne zoe
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
/** "the King" is a title where "King" alone may be a surname. */
export const ARTICLES = wordSet('the a an');

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

/** What a body or a person issues and is quoted from: "the FBI's affidavit", "Moody's latest report". */
export const DOCUMENT_NOUNS = `
  letter report statement memo study survey affidavit filing review analysis forecast testimony
  email tweet speech complaint lawsuit ruling investigation audit inquiry probe assessment
`
  .trim()
  .split(/\s+/);

/** Nouns for a person of a nation, which news uses for the person it is about ("the Spaniard said"). */
export const DEMONYMS = wordSet(`
  spaniard german frenchman frenchwoman englishman englishwoman scot scotsman scotswoman welshman
  welshwoman irishman irishwoman dutchman dutchwoman dane swede norwegian finn icelander italian
  portuguese brazilian argentine argentinian uruguayan colombian chilean peruvian mexican american
  canadian australian belgian swiss austrian croatian serb slovenian pole czech slovak hungarian
  romanian bulgarian russian ukrainian georgian turk greek egyptian moroccan algerian tunisian
  nigerian ghanaian senegalese cameroonian ivorian kenyan ethiopian japanese korean chinese indian
  pakistani iranian israeli
`);

/** Lowercase words that join a role before a name ("group leader", "cabinet member"). */
export const ROLE_MODIFIERS = wordSet(`
  group party cabinet shadow opposition council union club team board city county state regional
  general
`);

/** Single title words too general to identify a person ("Director", "Minister"). */
export const GENERIC_TITLES = wordSet(`
  mr mrs ms dr director minister secretary officer head leader chief president deputy
`);
