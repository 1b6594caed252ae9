/**
 * What compromise's lexicon knows about people, read once from the table scripts/people-lexicon.mjs generates
 * (lexicon.generated.ts): the gender of first names and honorifics, role nouns, places and organisations; with the
 * given names it lacks, by region, from ./givenNames.ts.
 */
import { ADJECTIVES, COMMON_WORDS, COUNTRIES, DEMONYMS, FEMALE_FIRST_NAMES, GENDERED_HONORIFICS, HONORIFIC_ABBREVIATIONS, MALE_FIRST_NAMES, OPENING_WORDS, ORGANIZATIONS, OTHER_FIRST_NAMES, PLACES, ROLE_NOUNS, VERB_FORMS } from './lexicon.generated';
import { NAME_LIKE_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/abbreviations';
import { MALAYSIAN_HONORIFICS, TITLES } from '../quotes/lexicon';
import { foldWord } from '../corpus/normalize';
import { CORRECTING_GIVEN_NAMES, REGIONAL_GIVEN_NAMES } from './givenNames';
import { memoized } from '../text/memo';
import { upperFirst } from '../text/wordShape';

export type Gender = 'm' | 'f';

function words(s: string, sep = ' '): Set<string> {
  return new Set(s.split(sep));
}
/**
 * The words of an alternation written as a regular expression's ('said|says|told'), as a set to look a lower-case word
 * up in: a set lookup costs no compiled expression, and a list of words tested one word at a time is one.
 */
export function wordSet(alternatives: string): ReadonlySet<string> {
  return words(alternatives, '|');
}
/**
 * Vietnamese family names, written first ("Pham Minh Chinh", "Le Van Hung", "Nguyen Thu Trang", a VnExpress-style probe,
 * test/fixtures/outlets vn-vnexpress-hanoi-motorbike-ban.txt): never given names, though compromise lists "Nguyen" as a
 * man's (so "she" could not stand for "Nguyen Thu Trang").
 */
const VIETNAMESE_FAMILY_NAMES = wordSet('nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dao|dinh|trinh|truong');
/**
 * Given names the lexicon knows that South Asian and Malay names hold as the second word of a compound given name, after
 * one it lacks ("Sarat Chandra Swain", "Dil Maya Tamang", "Tariq Ali Talpur", "Ameer Hamzah bin Abdullah"), so that the
 * word before them is no word glued on before a name (see ./personName.ts unknownGivenOpening).
 */
// (and Spanish "Luis" after a given name the lexicon lacks in its accented spelling: "Economist Dr. Héctor Luis Di Franco
// noted that …", a Dominican Today-style probe, do-dominicantoday-blackouts-electricity-rates, probes-zz, was "Luis Di Franco";
// and a Kurdish father's name "Omer": "The Sulaimani governor, Haval Omer Karim, stated …", a Rudaw-style probe,
// iq-rudaw-erbil-salary-delays, was "Omer Karim")
const SECOND_GIVEN_NAMES = wordSet('chandra|maya|ali|ahmed|ahmad|hussain|hamzah|luis|omer|omar');
/** A given name that is often the second of a compound given name ("Chandra" of "Sarat Chandra Swain"). */
export const isSecondGivenName = (word: string): boolean => SECOND_GIVEN_NAMES.has(word.toLowerCase());
/**
 * The gender of a compound given name by its second word, whatever the first's alone ("Deputy Superintendent of Police
 * Sita Ram Adhikari" a man, though "Sita" alone is a woman's name; "Dil Maya Tamang" a woman; a Kathmandu Post-style
 * probe, test/fixtures/outlets np-kathmandupost-prithvi-landslides.txt, where "She said" went to the DSP). A Sikh
 * name's middle word is a man's "Singh" or a woman's "Kaur" ("Gurdev Singh Sandhu", "Coun. Navjit Kaur Brar", a
 * CBC-style probe, test/fixtures/outlets ca-cbc-surrey-hip-waits.txt, where "Gurdev" and "Manpreet" had no gender).
 */
const SECOND_GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map([
  ...[...wordSet('ram|prasad|bahadur|chandra|ali|ahmed|ahmad|hussain|hamzah|singh')].map(w => [w, 'm'] as const),
  ...[...wordSet('maya|kumari|devi|kaur')].map(w => [w, 'f'] as const),
]);
/** The gender a compound given name takes from its second word (see SECOND_GIVEN_NAME_GENDER), or undefined. */
export const secondGivenNameGender = (word: string): Gender | undefined => SECOND_GIVEN_NAME_GENDER.get(word.toLowerCase());
/** Words of a street's name, written out or short ("Bloor Street", "High Park Ave."). */
export const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'place', 'lane', 'st', 'ave', 'blvd', 'rd', 'way', 'plaza', 'square']);
/** The longest of VIETNAMESE_FAMILY_NAMES: a longer word is none, answered before it is lower-cased (lower case is never shorter). */
const VIETNAMESE_FAMILY_NAME_MAX = Math.max(...[...VIETNAMESE_FAMILY_NAMES].map(n => n.length));
/** A Vietnamese family name ("Pham", "Le", "Nguyen"), capitalised. */
export const isVietnameseFamilyName = (word: string): boolean => word.length <= VIETNAMESE_FAMILY_NAME_MAX && upperFirst(word) && VIETNAMESE_FAMILY_NAMES.has(word.toLowerCase());
/**
 * First name → gender, in one table: compromise's (a name listed as male is male, else one listed as female is female,
 * else 'u'), corrected by the hand lists of ./givenNames.ts, then the regional table there where compromise has no
 * reading; no Vietnamese family name.
 */
const FIRST_NAMES = new Map<string, Gender | 'u'>();
for (const [list, g] of [[OTHER_FIRST_NAMES, 'u'], [FEMALE_FIRST_NAMES, 'f'], [MALE_FIRST_NAMES, 'm'], ...CORRECTING_GIVEN_NAMES] as const) {
  for (const w of list.split(' ')) FIRST_NAMES.set(w, g);
}
/** The men's names of a region whose naming writes a father's given name after the person's own (see ./givenNames.ts). */
const FATHERS_GIVEN_NAMES = new Set<string>();
/** The given names of a region whose naming writes a chief's title before them (see ./givenNames.ts). */
const TITLED_GIVEN_NAMES = new Set<string>();
for (const { male, female, either, fathers, titled } of REGIONAL_GIVEN_NAMES) {
  for (const [list, g] of [[male, 'm'], [female, 'f'], [either, 'u']] as const) {
    for (const w of list.split(' ')) if (w && !FIRST_NAMES.has(w)) FIRST_NAMES.set(w, g);
    if (titled) for (const w of list.split(' ')) if (w) TITLED_GIVEN_NAMES.add(w);
  }
  if (fathers) for (const w of male.split(' ')) FATHERS_GIVEN_NAMES.add(w);
}
/** A given name of a region that writes a chief's title before it ("Tavita" of "Maulolo Tavita Ioane"). */
export const isTitledGivenName = (word: string): boolean => TITLED_GIVEN_NAMES.has(word.toLowerCase());
/** A man's given name of a region that writes a father's given name after the person's own ("Rashid" of "Obaid Rashid Al Ketbi"). */
export const isFathersGivenName = (word: string): boolean => FATHERS_GIVEN_NAMES.has(word.toLowerCase());
for (const w of VIETNAMESE_FAMILY_NAMES) FIRST_NAMES.delete(w);
const HONORIFIC_GENDER = new Map<string, Gender>(GENDERED_HONORIFICS);
// "Ms." is missing from compromise's gendered honorifics
HONORIFIC_GENDER.set('ms', 'f');
// Indian honorifics, written before a full name in Indian copy ("Delhi labour minister Shri Kapil Bhardwaj-Rana", "District
// Collector Smt. V. Kavitha", a Hindustan Times-style probe and a Hindu-style one, where "Shri" stayed in the speaker's
// name); not "Sri", a given name too ("Sri Srinivasan", PolNeAR train)
for (const [h, g] of [['shri', 'm'], ['shrimati', 'f'], ['smt', 'f']] as const) HONORIFIC_GENDER.set(h, g);
// Fijian chiefly titles, written before a given name ("Ratu Viliame Naivalu … Ratu Viliame said", "Adi Litia Qalo", a
// Fiji Times-style probe, test/fixtures/outlets fj-fijitimes-nabukadra-relocation.txt, where "Ratu Viliame" was a
// person of its own and "Adi" a word of the name): "Ratu" a man's, "Adi" a woman's
for (const [h, g] of [['ratu', 'm'], ['adi', 'f']] as const) HONORIFIC_GENDER.set(h, g);
// Latin American honorifics in their feminine form (../text/abbreviations.ts LATIN_AMERICAN_HONORIFICS): a woman doctor's
// "Dra.", a woman licentiate's "Licda." ("The health director, Dra. Yoselin Ixcoy Tzoc, said … Mayor Tomás Aguilar Pérez
// said … ⏎ "…," she said", where "she" went to the mayor; "Assemblywoman Dra. Gladys Peñafiel de Carrasco", a Cuenca High
// Life-style probe, "Its president, Licda. Ana Lucía Toledo de Herrarte,", a Revue-style one from Guatemala)
// (and Venezuelan copy's "Lcda." and "Lcdo.", a woman's and a man's: "FVM Mérida secretary general Lcda. Yajaira Coromoto
// Peña de Briceño", a Venezuelanalysis-style probe, probes-jj)
for (const h of ['dra', 'licda', 'lcda'] as const) HONORIFIC_GENDER.set(h, 'f');
HONORIFIC_GENDER.set('lcdo', 'm');
/** 2 when the name's words `w` open with a Malaysian honorific of two words before the name ("Tan Sri Lim Kok Seng", "Puan Sri …", "Toh Puan …"), else 0. */
export const malaysianHonorificPair = (w: readonly string[]): number =>
  w.length > 2 && /^(?:Tan|Puan|Toh)$/.test(w[0]) && /^(?:Sri|Seri|Puan)$/.test(w[1]) ? 2 : 0;
/**
 * compromise's honorific abbreviations and the title abbreviations of the sentence splitters (../text/abbreviations.ts:
 * "Coun.", "Const.", "Insp."), but those that are given names too ("Del Harris").
 */
const HONORIFICS: ReadonlySet<string> = new Set([...words(HONORIFIC_ABBREVIATIONS),
  ...[...TITLE_ABBREVIATIONS].filter(t => !NAME_LIKE_TITLE_ABBREVIATIONS.has(t)), ...MALAYSIAN_HONORIFICS,
  // ("Hon." written out, as Congolese and Ghanaian copy writes a legislator's: "The national deputy …, Honourable
  // Christian Mavungu Makiese, said … ⏎ Honourable Mavungu explained that …", an Actualite.cd-style probe, and "The
  // Member of Parliament for Ho Central, Honourable Etornam Kpodo-Agbenu, said … ⏎ Honourable Kpodo-Agbenu explained",
  // a Graphic-style one, test/fixtures/outlets, where "Honourable Mavungu" was a person of its own and the honorific
  // stayed in the name)
  'honourable', 'honorable']);
/**
 * Players' positions compromise's role nouns lack ("the veteran winger said", "the rookie pitcher", and Canadian
 * hockey writing's "the 27-year-old blueliner", "the veteran rearguard", "the big centreman"); not those that are other
 * words too ("forward", "centre", "guard", "back").
 */
const SPORTS_POSITIONS = ['winger', 'striker', 'midfielder', 'defender', 'defenseman', 'linebacker', 'pitcher', 'shortstop', 'rookie', 'netminder', 'fullback', 'tailback',
  'skipper', 'goalkeeper', 'goalie', 'blueliner', 'rearguard', 'centreman', 'centerman', 'puckstopper',
  // (a curling team's captain: "“We'll be back …,” the Winnipeg skip said", "The Manitoba skip said his last rock …", a
  // TSN-style probe, where the description stood for no one; a verb too, but never after a determiner and a place)
  'skip'];
/**
 * Roles of news sources compromise's role nouns lack ("the strategist said", "spokeswoman Kieran McAnulty", "the
 * pensioner"): offices and trades a reporter quotes.
 */
const NEWS_ROLES = ['spokesman', 'spokeswoman', 'spokesperson', 'lawmaker', 'legislator', 'pollster', 'strategist', 'adviser', 'aide', 'prosecutor',
  'nurse', 'paramedic', 'challenger', 'incumbent', 'campaigner', 'protester', 'protestor', 'demonstrator', 'unionist', 'fisherman', 'ombudsman',
  'auditor', 'coroner', 'barrister', 'solicitor', 'pensioner', 'patient', 'teenager', 'widow', 'widower', 'organiser', 'irrigator', 'grower',
  'councilman', 'councilwoman', 'assemblyman', 'assemblywoman',
  // (trades of a mill or a boat: "A retired millwright who asked that his name not be used … ⏎ “…,” he said", a Globe
  // and Mail-style probe, where "he" went to the minister four paragraphs up)
  'millwright', 'deckhand',
  // (a kin noun compromise lacks: "Surette-d'Entremont's cousin, Réal d'Entremont, … was less conciliatory. He said")
  'cousin',
  // (trades and specialties of Canadian probes: "Agronomist Priya Shankar-Dubois, who works with growers …, said", a
  // StarPhoenix-style probe, where the title stayed in the name; the Canadian spelling "co-ordinator")
  'agronomist', 'geriatrician', 'steelworker', 'co-ordinator',
  // (the title of Canadian court reporting's prosecutor: "Crown counsel Tobias Ferreira-McKay had asked for five years.
  // He told the court …", a Times Colonist-style probe, where "the Crown" later in the story made "Crown" a person,
  // the subject "He" stood for)
  'counsel',
  // (companions of a school, a team or a home: "Her classmate Jonah, 12, was less excited. He said he misses …", a CBC
  // Kids News-style probe, where "He said" went to the girl quoted before; no PolNeAR train case)
  'classmate', 'schoolmate', 'teammate', 'roommate', 'housemate', 'flatmate', 'bandmate', 'workmate', 'cellmate',
  // (a business reporter's role: "As evidence of his allegation, Cuban seemed to rely on an ad hominem attack … ⏎ “…,” the
  // investor said", PolNeAR train, Western Journal 2016-03-14, where the description stood for no one)
  'investor',
  // (a member of the House of Lords: "Lord Hogan-Howe, the former Met commissioner, told peers that … ⏎ "…," the
  // crossbench peer said", an Evening Standard-style probe, where the description stood for no one; no PolNeAR train case)
  'peer',
  // (market trades of South and South-East Asian copy: "Grocer K. Selvarani a/p Krishnan said her shop …", a Malay
  // Mail-style probe, test/fixtures/outlets my-malaymail-einvoice-hawkers.txt, where "Grocer" stayed in the name)
  'grocer', 'fishmonger', 'hawker', 'shopkeeper', 'stallholder',
  // (a police officer as Caribbean and West African papers write one: "Senior Superintendent of Police Carl Ferguson-Reid
  // … told The Gleaner … ⏎ “…,” the senior cop said", a Gleaner-style probe, where "senior cop" was a name; a retired
  // officer, "the retiree said" after "Abdullah bin Saad Al-Qahtani, a 61-year-old retired engineer,", an Arab
  // News-style probe, where "retiree" was a name)
  'cop', 'retiree',
  // (a stock-raiser of pastoral copy: "Herder D.Tsogtbaatar of Bayan-Ovoo soum … said …", a Montsame-style probe,
  // test/fixtures/outlets mn-montsame-raw-cashmere-price.txt, where "Herder" stayed in the name and "the herder stated" was
  // a name "herder")
  'herder', 'herdsman',
  // (a company's or a government's head, "The Chief Executive, Dr. Andrea Clifton-Jaffray, stated that … ⏎ "…," the Chief
  // Executive said", a Penguin News-style probe, test/fixtures/outlets fk-penguinnews-figas-fares-camp.txt, probes-xx,
  // where the description stood for no one, as "the chief executive" after "The chief executive, NAME," did)
  'executive',
  // (a lecturer as the description that takes up his name, and the mayor of a Congolese or Belgian commune: "Economist
  // Dr. Adelino Tchipilica Cassoma, a lecturer at the Agostinho Neto University, noted that … ⏎ "…," the academic said", an
  // ANGOP-style probe, ao-angop-luanda-taxi-fares.txt; "The bourgmestre of Mont-Ngafula, Jean-Pierre Nsimba Nlandu,
  // disclosed that … ⏎ "…," the bourgmestre noted", an Actualite.cd-style probe,
  // cd-actualite-kinshasa-water-jerrican-price.txt, probes-bb: each description stood for no one)
  'academic', 'bourgmestre',
  // (a school's head and a university's teacher: "The principal of the Salybia Primary School, Mrs. Josephine
  // Warrington-Darroux, said … ⏎ "…," the principal said", a Dominica News Online-style probe, test/fixtures/outlets
  // dm-dominicanewsonline-kalinago-road-repairs.txt, probes-cc; "Transport specialist Dr. Ignacio de la Fuente Sepúlveda,
  // of the University of Chile, disclosed … ⏎ "…," the academic said", a Santiago Times-style probe,
  // cl-santiagotimes-red-fare-rise.txt; each description stood for no one)
  'principal',
  // (a specialist by the field before it, as the description that takes up the name: "The AK's consumer expert, DI Sabine
  // Wechselberger, said that … ⏎ "…," the consumer expert said", a The Local Austria-style probe, test/fixtures/outlets
  // at-thelocal-tyrol-ski-pass-prices.txt, probes-dd, where "consumer expert" was a name; "Economic expert Andrei
  // Ciobanu-Roșca … explained that … ⏎ "…," the expert said", an IPN-style probe, md-ipn-natural-gas-tariff-increase.txt)
  'expert',
  // (a student as a vox-pop's role: "Student Jean-Marc Wernet, 19, said the night routes were good news for young people …",
  // an Aruba Today-style probe, test/fixtures/outlets aw-arubatoday-bus-fares.txt, probes-ii, where "Student" stayed in the
  // name)
  'student',
  // (a lawyer as South African and Channel Islands courts title one, and a campaigner for a cause: "His lawyer, advocate
  // Johan van der Merwe-Botha, argued that …", a Citizen-style probe, test/fixtures/outlets za-citizen-sewage-tender-bail.txt,
  // was "His lawyer"; "The consumer advocate also said that …" after "… (ADDC), Djimadoum Ngaryam Kemtoloum,", an Alwihda
  // Info-style probe, td-alwihdainfo-ndjamena-millet-koro-price.txt, stood for no one; "Advocate Philippa Gallienne", a
  // Guernsey Press-style probe, keeps her name without the title; PolNeAR train, Washington Post 2016-09-04, "advocates
  // estimate there could be up to 18,000 …" was no report. Its verb before an object is no plural noun's head:
  // ../quotes/attribution/opener.ts verbBeforeArticle)
  'advocate'];
const ROLES: ReadonlySet<string> = new Set([...words(ROLE_NOUNS, '|'), ...SPORTS_POSITIONS, ...NEWS_ROLES]);
/** Nouns of a business by its trade ("the Vancouver-based miner", "the Calgary-based pipeline operator", "grid operator Ukrenergo"). */
export const BUSINESS_OF_A_TRADE = wordSet('miner|retailer|lender|insurer|carrier|airline|automaker|carmaker|grocer|producer|manufacturer|operator|utility|bank|broadcaster|publisher|chain|brewer|refiner|railway|railroad|telco|startup|developer|builder');
/**
 * Canadian provinces and territories as Canadian Press abbreviates them, which compromise's places lack ("a B.C.
 * study finds": a place, never a study's issuer).
 */
const PROVINCE_ABBREVIATIONS = ['b.c.', 'n.s.', 'n.b.', 'p.e.i.', 'n.l.', 'n.w.t.'];
/**
 * Regional centres of Ukraine, the Balkans, Poland, Finland, Colombia, Brazil, Fiji, Trinidad and the probes-mm countries that compromise's places
 * lack: "Ukraine's grid operator Ukrenergo said rolling blackouts would continue in Kharkiv, Sumy and Poltava oblasts …
 * ⏎ "…," the company said" (a Kyiv Independent-style probe, test/fixtures/outlets
 * ua-kyivindependent-kharkiv-heating-strike.txt, where "the company" was "Poltava", a name no place).
 */
const REGIONAL_PLACES = [
  'sumy|poltava|chernihiv|zaporizhzhia|dnipro|kherson|mykolaiv|odesa|donetsk|luhansk|kramatorsk|kupiansk|vinnytsia|zhytomyr', // Ukraine
  'novi sad|niš|kragujevac|loznica|šabac|podgorica|tuzla|mostar', // the Balkans
  'wrocław|łódź|kłodzko|katowice|lublin|szczecin|białystok', // Poland
  'rovaniemi|oulu|espoo|vantaa|kuopio|jyväskylä|savukoski', // Finland
  'popayán|bogotá|medellín|cartagena|buenaventura|cúcuta', // Colombia
  'petrópolis|niterói|belém|porto alegre|florianópolis', // Brazil
  'suva|nadi|lautoka|labasa', // Fiji
  'chaguanas|san fernando|arima|port of spain', // Trinidad
  // (probes-mm, test/fixtures/outlets: "MANAMA: MPs yesterday called on the government …, saying …", a Gulf Daily
  // News-style probe, where the dateline was the source; and the other probes' towns)
  'manama|sitra|dodoma|lusaka|chipata|katete|lundazi|petauke|freetown|port moresby|kundiawa|goroka|sliema|temburong|mahaica', // probes-mm
  // (probes-kk, fortieth session, test/fixtures/outlets: ""Between Moundou and N'Djamena, I pay at every barrier …," Adoum
  // Moussa Ali said" made "N'Djamena" a name, and "The ONASA sales will continue until stocks are exhausted, the Director
  // General specified" paragraphs later went to it, an Alwihda Info-style probe; the capitals and chief towns of Central
  // Africa's CFA countries and of Paraguay the lexicon lacks)
  "n'djamena|moundou|malabo|bata|pointe-noire|port-gentil|douala|yaoundé|bangui|asunción|ciudad del este|encarnación", // probes-kk
].join('|');
/**
 * Countries by the names they now give themselves, which compromise's countries lack ("Türkiye's largest labor
 * confederation walked out …, rejecting what it called …", a Hürriyet Daily News-style probe, test/fixtures/outlets
 * tr-hurriyet-minimum-wage-talks.txt: a place's body, never the place).
 */
const COUNTRIES_BY_OWN_NAME = ['türkiye'];
const PLACE_NAMES: ReadonlySet<string> = new Set([...words(PLACES, '|'), ...words(REGIONAL_PLACES, '|'), ...PROVINCE_ABBREVIATIONS, ...COUNTRIES_BY_OWN_NAME]);
const COUNTRY_NAMES = new Set([...words(COUNTRIES, '|'), ...COUNTRIES_BY_OWN_NAME]);
/**
 * The words for a people that compromise's demonyms lack: the "-ish" ones, faiths and ethnic groups ("the British and
 * Russian empires", "Conservative Christians were upset he …", "Asian American and Pacific Islander voters": PolNeAR
 * train, where each took a "he" or "she" as a person would).
 */
// (probes-ww: "somali", "about 4.4 million Somalis faced high levels of acute food insecurity", a Hiiraan Online-style
// probe, test/fixtures/outlets so-hiiraan-mogadishu-food-prices.txt, whose count was of "levels": figures/units.ts)
// (forty-first session: "burkinabè", "more than 4 million Burkinabè", bf-aib-houet-cotton-seed-price.txt, a count of
// nothing: figures/units.ts invariantDemonym)
// (s46-probes-za: "sahrawi", "The Sahrawi Minister of Cooperation, Mrs. Khadijatou Mahmoud Lebsir, … ⏎ “…,” the minister
// said" and "“…,” the President of the Sahrawi Red Crescent said", an SPS-style probe, test/fixtures/outlets
// eh-sps-refugee-camps-food-basket-cut.txt, went to "Sahrawi Minister of Cooperation" and "Sahrawi Red Crescent")
const PEOPLE_WORDS = 'british irish scottish english welsh spanish turkish polish danish swedish finnish kurdish muslim christian jewish catholic evangelical protestant mormon hindu sikh buddhist sunni shiite latino latina hispanic islander somali burkinabè sahrawi';
const DEMONYM_WORDS = new Set([...words(DEMONYMS), ...words(PEOPLE_WORDS)]);
/**
 * Quebec's parties, which compromise's organizations lack: names in French that read as a person's ("The Bloc Québécois
 * said the package ignored aluminum smelters …, which it said had been hit harder", a CP-style probe, where "it" could
 * not stand for the Bloc).
 */
const QUEBEC_PARTIES = ['bloc québécois', 'bloc quebecois', 'parti québécois', 'parti quebecois', 'québec solidaire', 'quebec solidaire', 'coalition avenir québec', 'coalition avenir quebec'];
const ORGANIZATION_NAMES = new Set([...words(ORGANIZATIONS, '|'), ...QUEBEC_PARTIES]);
const COMMON = words(COMMON_WORDS);
const OPENING = words(OPENING_WORDS);
const VERBS = words(VERB_FORMS);
const ADJECTIVE_WORDS = words(ADJECTIVES);

/** How many distinct words and titles the lookups below keep their answers for (cleared when full). */
const MAX_WORDS_CACHED = 20000;
const MAX_TITLES_CACHED = 5000;

/** Lower case, one final period dropped ("Sen." → "sen"). */
const key = (w: string): string => { const l = w.toLowerCase(); return l.endsWith('.') ? l.slice(0, -1) : l; };

/**
 * A first name compromise knows, with its gender when it has one ('u': a first name of either gender). Asked for the
 * same words again and again: each distinct word is looked up once.
 */
export const firstNameGender = memoized((word: string): Gender | 'u' | undefined => FIRST_NAMES.get(key(word)), MAX_WORDS_CACHED);

/** A compound given name: two or three capitalised parts joined by hyphens ("Marc-Aurèle", "Marie-Claude", "Mary-Kate"). */
const COMPOUND_GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){1,2}$/u;

/**
 * A given name's gender as it opens a full name: compromise's for a word it knows; else, for a compound given name, its
 * first part's ("Marc-Aurèle" is Marc's, "Marie-Claude" Marie's: French and English compounds take the first part's
 * gender), or the second's when the first is of either gender and the second is male ("Jean-Pierre"; a female second
 * part follows a male first in French, "Jean-Marie": either). Undefined for a name compromise does not know. (Not the
 * unaccented spelling of an accented name: compromise's French genders are unreliable, "Stephane" and "Etienne" are
 * female in it.)
 */
export const givenNameGender = memoized((word: string): Gender | 'u' | undefined => {
  const known = firstNameGender(word);
  if (known !== undefined) return known;
  if (!COMPOUND_GIVEN_NAME.test(word)) return undefined;
  const [first, second] = word.split('-').map(firstNameGender);
  return first === 'u' ? (second === 'm' ? 'm' : 'u') : first;
}, MAX_WORDS_CACHED);

/**
 * Nouns for a person that give a gender: "woman" and "man", and those compromise does not mark (kinship and the like:
 * "9/11 widow Terry Strada", "Erica Garner, the oldest daughter of Eric Garner,", PolNeAR train); "-woman", "-ess"
 * and "-man" role nouns are read from the role lexicon.
 */
const GENDERED_NOUNS = new Map<string, Gender>([
  ...['woman', 'widow', 'wife', 'mother', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'aunty', 'auntie', 'niece', 'girlfriend', 'girl', 'mom', 'bride', 'lady', 'stepmother', 'stepdaughter'].map(w => [w, 'f'] as const),
  ...['man', 'widower', 'husband', 'father', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'boy', 'dad', 'groom', 'gentleman', 'stepfather', 'stepson'].map(w => [w, 'm'] as const),
]);

/** A noun that gives its person a gender ("widow", "husband"). */
export const nounGender = (word: string): Gender | undefined => GENDERED_NOUNS.get(key(word));
/**
 * The nouns that give a grown person's sex and nothing more, which stand for one introduced by any noun of their gender
 * ("the woman" for "an 81-year-old widow", people/track.ts introducedAs); not "girl" or "boy", which no noun of a grown
 * person ("a young man", "a mother of two") is.
 */
const GROWN_SEX_NOUNS = wordSet('woman|man|lady|gentleman');
/** The gender of such a noun, in any case ("woman" → f, "Gentleman" → m); else undefined. */
export const grownSexNounGender = (word: string): Gender | undefined => (GROWN_SEX_NOUNS.has(key(word)) ? nounGender(word) : undefined);
/**
 * The nouns that give a person's sex and nothing more ("the woman", "the boy"), not a tie to someone ("the mother of two"
 * is the mother the article just wrote of, not an unnamed nurse who spoke before; a TBS News-style probe,
 * test/fixtures/outlets bd-tbsnews-dengue-beds.txt): the grown person's and "girl", "boy".
 */
const SEX_NOUNS: ReadonlySet<string> = new Set([...GROWN_SEX_NOUNS, 'girl', 'boy']);
/** The word is such a noun, in any case ("woman", "Boy"). */
export const isSexNoun = (word: string): boolean => SEX_NOUNS.has(key(word));

/**
 * The gender a title gives ("Mrs.", "Congresswoman", "first lady", "spokesman", "widow"); undefined when it gives none.
 * Asked for every mention of a name: the few titles an article has are read once.
 */
export const titleGender = memoized(readTitleGender, MAX_TITLES_CACHED);

/**
 * Roles ending in "-ess" that are no woman's ("The witness said he had raised concerns …", a Mail & Guardian-style
 * probe, test/fixtures/outlets za-mailguardian-police-inquiry-tenders.txt, where "the witness" took "she" and went to
 * the evidence leader).
 */
const UNGENDERED_ESS = wordSet('witness|eyewitness');

/** A role noun's male ending ("chairman", "congressmen"). */
const MALE_ROLE_ENDING = /m[ae]n$/;

function readTitleGender(title: string): Gender | undefined {
  const t = title.toLowerCase().replace(/\./g, '');
  for (const w of t.split(/\s+/).reverse()) {
    const g = HONORIFIC_GENDER.get(w) ?? GENDERED_NOUNS.get(w);
    if (g) return g;
    if (/(?:wom[ae]n|ess)$/.test(w) && ROLES.has(w) && !UNGENDERED_ESS.has(w)) return 'f';
    if (MALE_ROLE_ENDING.test(w) && ROLES.has(w)) return 'm';
  }
  return HONORIFIC_GENDER.get(t.trim());
}

/** "Mr", "Sen", "Gov": a person's honorific abbreviation. */
export const isHonorific = (word: string): boolean => { const k = key(word); return HONORIFICS.has(k) || HONORIFIC_GENDER.has(k); };

/** One who studies a science, "-ologist" ("entomologist", "ecologist", "biologist": roles compromise does not list). */
const SCIENTIST_NOUN = /^\p{Ll}{2,}ologist$/u;

/** A noun for a person's role or occupation ("envoy", "spokeswoman", "pollster", "entomologist"). */
export function isRoleNoun(word: string): boolean {
  const k = key(word);
  // (a British spelling of a role compromise knows in its American one: "neighbour", "labourer")
  // (the ending looked at before the pattern is run: most words asked about end otherwise, some 23,000 a PolNeAR dev run)
  return ROLES.has(k) || (k.includes('our') && ROLES.has(foldWord(k))) || (k.endsWith('ologist') && SCIENTIST_NOUN.test(k));
}

/**
 * The desks a byline writes before its author's role with no mark ("By Priya Ramdial-Kerr Staff Reporter", "By Damien
 * Cho-Hartley Sports Columnist", "… Courts Reporter", "… Health Reporter": the Toronto Star's bylines).
 */
const BYLINE_DESKS = wordSet('staff|sports|courts|health|investigative|transportation|business|politics|political|education|science|city|consumer|arts|entertainment|senior|national|legal|justice|crime|weather|travel|food|music');
/** The fewest words of an author's name a byline's role is cut from. */
const BYLINE_NAME_WORDS = 2;
/**
 * How many of a byline's capitalised words after "By" are the author's name: the role after it with no mark, its role
 * noun and the desk before it ("Staff Reporter"), left out, at least two words kept.
 */
export function bylineNameWords(words: readonly string[]): number {
  let n = words.length;
  while (n > BYLINE_NAME_WORDS && (BYLINE_DESKS.has(words[n - 1].toLowerCase()) || isRoleNoun(words[n - 1]))) n--;
  return n;
}

/**
 * Words that date a role to the past: "former Secretary of State Hillary Clinton", "the then-senator", "the late
 * senator", "the ex-governor", "his onetime rival", "the erstwhile chairman". PAST_ROLE_WORD is the list as a set, for a
 * token before a title; PAST_ROLE finds one in a description's text, a whole word or a prefix before its hyphen
 * ("then-", "ex-"), never the start of another word ("later", "formerly").
 */
export const PAST_ROLE_WORDS = 'former|then|late|ex|onetime|one-time|erstwhile';
export const PAST_ROLE_WORD = wordSet(PAST_ROLE_WORDS);
export const PAST_ROLE = new RegExp(`\\b(?:${PAST_ROLE_WORDS})\\b`, 'i');

/**
 * Presidents of the United States whose terms ended before 2009, by their names' letters alone (no marks, spaces or
 * case: "George W. Bush" → "georgewbush"): whom "the former president" stands for in any article this tool reads, a
 * reader's knowledge the article need not restate ("Jeb Bush … brought his older brother, George W. Bush, … “…,” the
 * former president told a crowd", PolNeAR train, NYT 2016-02-17, where the description went to Jeb Bush).
 */
const FORMER_US_PRESIDENTS = wordSet('dwighteisenhower|dwightdeisenhower|johnfkennedy|johnkennedy|lyndonjohnson|lyndonbjohnson|richardnixon|richardmnixon|geraldford|geraldrford|jimmycarter|ronaldreagan|georgebush|georgehwbush|georgeherbertwalkerbush|billclinton|williamjclinton|williamjeffersonclinton|georgewbush');
/** The full name is a president of the United States whose term ended before 2009 (FORMER_US_PRESIDENTS). */
export const isFormerUsPresident = (name: string): boolean => FORMER_US_PRESIDENTS.has(name.toLowerCase().replace(/[^\p{L}]/gu, ''));

/**
 * A doctor's role noun ("physician", "surgeon", "neurosurgeon", "pediatrician", "emergency physician"'s head): the
 * person an article titles "Dr." may be described so.
 */
export const DOCTOR_NOUN = /(?:doctor|physician|surgeon|pediatrician|paediatrician|psychiatrist|cardiologist|oncologist|neurologist|radiologist|dermatologist|anesthesiologist|anaesthetist|obstetrician|gynecologist|gynaecologist|internist)$/;

/**
 * A person's staff as a body the person owns ("President Lee Jae-myung's office said", "Ryan's office said"): it speaks
 * as "<owner>'s office", a body, not as its owner.
 */
export const OWNED_OFFICE = wordSet('office');

/**
 * An office a body hands to another in turn, which speaks for itself ("The Council's Polish presidency said in a
 * statement …", a Euronews-style probe, test/fixtures/outlets be-euronews-fishing-quotas.txt): not its owner, the body
 * whose office it is, nor the one who holds it.
 */
export const ROTATING_OFFICE = wordSet('presidency|chairmanship|chairship|secretariat');

/**
 * A department of government its head owns, which speaks for itself: "Minister of the Sea, Transport and Infrastructure
 * Zvonko Matijević has not commented on the price rise, but his ministry said in a written statement that …" (a Total
 * Croatia News-style probe, test/fixtures/outlets hr-totalcroatianews-jadrolinija-ferry-fares.txt), "Ontario's Minister
 * of Northern Development, Anand Sethuraman, visited in August. His ministry said it had set aside $12-million …" (a
 * Globe and Mail-style probe, ca-globe-feature-mill-town.txt): the department, not the minister who owns it.
 */
export const OWNED_DEPARTMENT = wordSet('ministry|department');

/**
 * Words of a title or description that make a person an official of the executive, whom "the official" may stand for
 * ("Secretary of State for Maritime Fisheries Zineb El Amrani", "Nadia Oyelaran, the department's assistant deputy
 * minister for finance"): not a legislator ("Sen. Baljit Dhanoa").
 */
export const EXECUTIVE_OFFICE = /\b(?:minister|secretary)\b/i;

/** Nouns ending like a person's role that are things ("letter", "poster", "order") or bodies ("committee", its "-ee" no employee's). */
export const THING_NOUN = wordSet('letter|newsletter|paper|newspaper|poster|order|flier|flyer|banner|trailer|counter|chapter|folder|transcript|number|computer|character|matter|border|power|center|centre|water|quarter|cover|headquarters|committee|member|minister');
/** A noun for a person ("manager", "spokeswoman", "strategist", "husband"), not a thing or a body. */
export function isPersonNoun(head: string): boolean {
  if (THING_NOUN.has(head)) return head === 'member' || head === 'minister';
  return TITLES.has(head) || isRoleNoun(head) || /(?:man|woman|men|women|person|er|or|ist|ian|ant|ee|husband|wife|son|daughter|father|mother|brother|sister|friend|aide|chief|head|source|official|executive|(?:resid|stud|par|pati|cli|correspond|oppon|respond|constitu|propon|dissid)ent)$/.test(head);
}

/** A lower-case name without its opening "the ". */
const withoutThe = (l: string): string => (l.startsWith('the ') ? l.slice(4) : l);

/** A country, region, city or other place ("New Mexico", "Berlin", "United States"). */
export const isPlace = (name: string): boolean => PLACE_NAMES.has(withoutThe(name.toLowerCase()));

/** A country ("America", "Israel", "New Zealand"), of the places. */
export const isCountry = (name: string): boolean => COUNTRY_NAMES.has(withoutThe(name.toLowerCase()));

/**
 * A country's name, or a place's whose first word is no given name ("Liberia", "Kinshasa", "Aleppo"; not "Paris"):
 * before the colon of an article's first line it labels where the story is, no one who speaks (reported/headline.ts
 * countryHeadline, quotes/attribution/labels.ts transcriptLabel).
 */
export const placeNotGivenName = (name: string): boolean => isCountry(name) || (isPlace(name) && firstNameGender(name.split(' ', 1)[0]) === undefined);

/** "American", "Syrian". */
export const isDemonym = (word: string): boolean => DEMONYM_WORDS.has(key(word));

export const isKnownOrganization = (name: string): boolean => ORGANIZATION_NAMES.has(withoutThe(name.toLowerCase()));

/** A common word ("Sometimes", "Harsh", "Across"), or the plural of one ("Audiences"): compromise lists no name or place among them. */
export function isCommonWord(word: string): boolean {
  const w = key(word);
  return COMMON.has(w) || ROLES.has(w) || pluralOf(w, x => COMMON.has(x) || ROLES.has(x));
}

/**
 * A given name the lexicon knows that is a common word only as the plural of one: "James" ("jams"), which isCommonWord
 * reads so; not a word compromise lists as a common word itself ("Will", "Hope", "Sunny").
 */
export function givenNameAsPlural(word: string): boolean {
  const w = key(word);
  return !COMMON.has(w) && !ROLES.has(w) && firstNameGender(word) !== undefined && pluralOf(w, x => COMMON.has(x) || ROLES.has(x));
}

/**
 * An adjective compromise lists as nothing else ("constant", "frequent"; not "official", "chief", nouns too), or a
 * compound ending in one ("near-constant").
 */
export function isAdjective(word: string): boolean {
  const w = key(word);
  return ADJECTIVE_WORDS.has(w) || (w.includes('-') && ADJECTIVE_WORDS.has(w.slice(w.lastIndexOf('-') + 1)));
}

/** The comparative or superlative ending of an adjective, and the stem before it ("young|er", "wild|est"). */
const DEGREE_ENDING = /^(\p{Ll}{2,}?)(?:er|est)$/u;

/**
 * The comparative or superlative of an adjective compromise lists as nothing else (isAdjective): "younger", "wilder",
 * "bigger", "larger", "happiest". Common words (the lexicon lists them for "Faster approvals."-style fragments), and
 * surnames too ("Younger", "Wilder"); no noun phrase alone. Not "tester", "fewer" ("few" is a determiner too).
 */
export function isAdjectiveDegree(word: string): boolean {
  const stem = DEGREE_ENDING.exec(key(word))?.[1];
  if (!stem) return false;
  const last = stem.length - 1;
  // (as it is, "e" restored, "i" back to "y", a doubled consonant single: "young", "large", "happy", "big")
  return ADJECTIVE_WORDS.has(stem) || ADJECTIVE_WORDS.has(`${stem}e`) || (stem[last] === 'i' && ADJECTIVE_WORDS.has(`${stem.slice(0, last)}y`))
    || (stem[last] === stem[last - 1] && ADJECTIVE_WORDS.has(stem.slice(0, last)));
}

/** An adverb, a conjunction or a question word ("Maybe", "Yet", "Who"): it opens a sentence, never a name. */
export const isOpeningWord = (word: string): boolean => OPENING.has(key(word));

/**
 * A form of a verb ("reported", "says", "wrote", "has", "could"); not the base or "-s" form of a verb that is a noun
 * too ("tax", "report", "emails").
 */
export const isVerbForm = (word: string): boolean => VERBS.has(key(word));

/** The shortest word in "-ing" taken for a verb's form ("being" and shorter are left out). */
const ING_FORM_MIN_LENGTH = 6;

/**
 * The base of a verb the lexicon knows by a form of it, its own or its regular past ("cover" ← covered, "spur" ←
 * spurred, "use" ← used, "speak"): also a noun as often ("use", "target", "help"), so only where a verb must stand.
 */
export function isVerbBase(word: string): boolean {
  const w = key(word);
  const last = w[w.length - 1];
  return VERBS.has(w) || VERBS.has(w + 'ed') || VERBS.has(w + 'd') || VERBS.has(w + last + 'ed') || (last === 'y' && VERBS.has(w.slice(0, -1) + 'ied'));
}

/**
 * The "-ing" form of a verb the lexicon knows by another form ("declaring" ← declared, "explaining", "denouncing",
 * "running" ← run); not a noun in "-ing" whose stem is no verb ("morning", "during").
 */
export function isIngForm(word: string): boolean {
  const w = key(word);
  if (!w.endsWith('ing') || w.length < ING_FORM_MIN_LENGTH) return false;
  const stem = w.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2];
  return VERBS.has(stem + 'ed') || VERBS.has(stem + 'd') || VERBS.has(stem) || VERBS.has(stem + 'e') || (doubled && VERBS.has(stem.slice(0, -1)));
}

/**
 * Common English nicknames → the given name they shorten ("Ken Starr" is "Kenneth Starr", "Will Doyle" may be
 * "William Doyle"): compromise lists no nicknames.
 */
const NICKNAMES = new Map<string, string>(Object.entries({
  al: 'albert', alex: 'alexander', andy: 'andrew', ben: 'benjamin', bill: 'william', billy: 'william', bob: 'robert', bobby: 'robert',
  charlie: 'charles', chris: 'christopher', chuck: 'charles', dan: 'daniel', danny: 'daniel', dave: 'david', dick: 'richard', don: 'donald',
  doug: 'douglas', ed: 'edward', fred: 'frederick', greg: 'gregory', jeff: 'jeffrey', jim: 'james', jimmy: 'james', joe: 'joseph',
  jon: 'jonathan', ken: 'kenneth', larry: 'lawrence', liz: 'elizabeth', matt: 'matthew', mike: 'michael', nick: 'nicholas', pat: 'patrick',
  rick: 'richard', rob: 'robert', ron: 'ronald', sam: 'samuel', steve: 'steven', ted: 'edward', tim: 'timothy', tom: 'thomas',
  tony: 'anthony', will: 'william',
}));

/** The given name a nickname shortens ("Ken" → "kenneth"), lower case; undefined for any other word. */
export const givenNameOfNickname = (word: string): string | undefined => NICKNAMES.get(key(word));

/** Plurals of people that add no "-s" ("People should provide evidence …, he told reporters": no one's name). */
export const IRREGULAR_PEOPLE_PLURAL = wordSet('people|men|women|children|folks');

/** The plural of a people's or a role's name: a group, never one person ("Germans", "Friends", "Voters", "People"). */
export const isPeopleGroup = (word: string): boolean => IRREGULAR_PEOPLE_PLURAL.has(key(word)) || pluralOf(key(word), x => ROLES.has(x) || DEMONYM_WORDS.has(x));

/**
 * Plurals of people that neither compromise's roles and demonyms nor a person's ending give ("experts", "residents",
 * "crews", "elders", "voters"): with isPeopleGroup, the plural nouns for people that can stand alone as a source after
 * a comma ("At a food bank …, volunteers said", "and crews warned that", "which nurses say"); people of the public a
 * local story quotes ("Passengers in west Leeds say", a BBC-style fixture). (PolNeAR train: "If he could go back in
 * time …, prosecutors say that he told one FBI agent, "…""; the roles of NEWS_ROLES give "prosecutors",
 * "strategists", "nurses", "protesters"; uncommonPersonNoun "passengers", "commuters", "supporters", "retirees".)
 */
const PLURAL_PERSON_NOUN = wordSet('experts|fans|pundits|elites|elders|residents|delegates|superdelegates|students|crews|donors|operatives|insiders|conservatives|liberals|progressives|riders|voters|locals');

/** The fewest letters of a noun read as a person's by its ending alone ("writer"; not "older", "refer"). */
const MIN_PERSON_NOUN = 6;

/**
 * A noun for a person by its ending alone (isPersonNoun), long enough to tell, no verb and no adjective nor an
 * adjective's degree: "writer", "forecaster", "proponent"; not "want" (a verb), "refer" (too short to tell), "former",
 * "younger".
 */
export const personNounByEnding = (w: string): boolean =>
  w.length >= MIN_PERSON_NOUN && isPersonNoun(w) && !isVerbForm(w) && !isAdjective(w) && !isAdjectiveDegree(w);

/**
 * A noun for a person by its ending alone (personNounByEnding) that compromise lists as no word of another kind: the
 * role nouns its lexicon and its Actor suffixes miss ("forecaster", "proponent", "opponent", "candidate", "backer",
 * "evacuee", "trustee"), but not "other", "answer", "offer", "filter" (common words).
 */
const uncommonPersonNoun = (w: string): boolean => personNounByEnding(w) && !isCommonWord(w);

/**
 * A plural noun for people: a group as compromise knows it, one of the plurals it misses, or the plural of a noun for a
 * person by its ending (PolNeAR train: "If it doesn't slow down, forecasters say health spending will cripple the U.S.
 * economy within decades", "in the Republican debate last week, candidates referred to ''ISIS'' 44 times").
 */
export const isPluralPeopleNoun = (word: string): boolean => isPeopleGroup(word) || PLURAL_PERSON_NOUN.has(key(word)) || (!isVerbForm(word) && pluralOf(key(word), uncommonPersonNoun));

function pluralOf(w: string, singular: (x: string) => boolean): boolean {
  if (!w.endsWith('s') || w.length < 4) return false;
  // (each singular made only if the one before is not it: no array, no pattern object per call)
  return singular(w.slice(0, -1)) || singular(w.replace(ES_ENDING, '')) || singular(w.replace(IES_ENDING, 'y'));
}
const ES_ENDING = /es$/;
const IES_ENDING = /ies$/;

/**
 * A company's legal form after its name ("Acme Inc.", "Mercury LLC", "Teck Resources Ltd", "Glencore Plc"), written out
 * too ("The Anguilla Electricity Company Limited (ANGLEC) has announced that …", an Anguillian-style probe,
 * test/fixtures/outlets ai-theanguillian-anglec-fuel-surcharge.txt, probes-nn (forty-second session), whose source and
 * "the company said" were a person "Limited").
 */
const COMPANY_FORMS = ['Inc', 'Corp', 'Co', 'Ltd', 'Limited', 'Plc', 'PLC', 'LLC'];
/** A word that is a company's legal form, its period allowed ("Inc.", "LLC"). */
export const COMPANY_FORM = new RegExp(`^(?:${COMPANY_FORMS.join('|')})\\.?$`);
/** A name that ends on a company's legal form ("Mercury LLC", "Pfizer Inc."). */
export const COMPANY_FORM_END = new RegExp(` (?:${COMPANY_FORMS.join('|')})\\.?$`);
/**
 * The last words of a business's name that are no legal form ("HearthPro Home Services", "Northgate Technologies",
 * "Harbour Logistics"): a company known by its first word too, as by its name without a legal form. Each is a body's
 * word too (BODY_WORD): a carrier's or a shipping line's ("the shipping line, Caribbean Fruit Carriers, … The company
 * said a replacement vessel would call at Vieux Fort", a St Lucia Times-style probe, test/fixtures/outlets
 * lc-stluciatimes-banana-shipping-delay.txt, went to the Ministry named before: the carrier was no body).
 */
const BUSINESS_HEADS = ['Services', 'Technologies', 'Enterprises', 'Industries', 'Logistics', 'Holdings', 'Carriers', 'Shipping'];
/** A word that ends a business's name (see BUSINESS_HEADS). */
export const BUSINESS_HEAD = new RegExp(`^(?:${BUSINESS_HEADS.join('|')})$`);
/**
 * Words that make a run of capitalised words a body, not a person. BODY_HEADS end a body's name that a title word may
 * open ("Security Council", "State Department", "Police Federation", "Red Willow Cree Nation"): that title word is the
 * body's own, not a title to strip (quotes/names.ts). (The other body words as heads would also keep "Pastor" in
 * "Pastor Joseph Brown of Marion Avenue Baptist Church", PolNeAR train.)
 * A directorate's ("according to the Directorate General of Health Services (DGHS)", a The Business Standard-style
 * probe, test/fixtures/outlets bd-tbsnews-dengue-beds.txt, was "Services", its "General of …" read as a title's office)
 * and a legislative chamber's ("Leader of the Opposition in the Rajya Sabha Mallikarjun Kharge", "the Delhi Assembly":
 * personName.ts pastChamber). A directorate-general's, hyphened ("The Directorate-General of Budget, Accounting and
 * Statistics (DGBAS) said last month that …", a Focus Taiwan-style probe, test/fixtures/outlets
 * tw-focustaiwan-typhoon-vegetable-prices.txt, probes-tt, was "Accounting"). An inspectorate's ("Gjoçaj-Hoxha said
 * inspectors from the National Inspectorate of Territory would begin checks … ⏎ "…," she said", an Albanian Daily
 * News-style probe, test/fixtures/outlets al-albaniandailynews-ksamil-sunbed-price-cap.txt, probes-yy, where "she" was
 * the inspectorate).
 */
const BODY_HEADS = 'Council|Committee|Department|Ministry|Office|Agency|Commission|Regulator|Secretariat|Tribunal|Court|Senate|House|Party|Board|Bureau|Service|Administration|Institute|Foundation|Association|Union|Center|Centre|Federation|Confederation|Nation|Alliance|Coalition|Society|League|Services|Authority|Directorate|Directorate-General|Inspectorate|Assembly|Sabha';
/** The legal forms as words of a body in running text ("Co" only with its period: "Co." — alone it is a name's word). */
const BODY_COMPANY_FORMS = COMPANY_FORMS.map(f => (f === 'Co' ? 'Co(?=\\.)' : f)).join('|');
/**
 * The heads that open a Quebec or Acadian body's name, its lower-case words and particles after them ("Société de
 * transport de Montréal", "Syndicat du transport de Montréal", "Université de Montréal", "Régie de l'énergie").
 */
const FRENCH_BODY_HEADS = 'Société|Syndicat|Université|Régie|Ministère|Fédération|Confédération|Caisse|Conseil|Collectivité';
/**
 * Other words of a body's name, anywhere in it: outlets, forces, companies' and utilities' words ("Manitoba Hydro"; a
 * water utility's, "Rand Water", "Johannesburg Water", a News24-style probe, test/fixtures/outlets, where "Asked whether
 * Johannesburg Water could meet the minister's deadline, she said" went to the utility; a force's, "Singapore Police
 * Force", "Air Force", a CNA-style probe, where "the Singapore Police Force said" was a person "Force"; a broadcaster's,
 * "Aaron Klein Investigative Radio", PolNeAR train, no fuller form of "Klein"; a school board's, "The Calgary Catholic
 * School District said", a Calgary Herald-style probe, test/fixtures/outlets ca-calherald-cbe-modular-classrooms.txt, and
 * "The Surrey School District", were a person "District"; a collective's or a co-operative's, "The School Food
 * Collective, which holds the contract …, says", an RNZ-style probe, test/fixtures/outlets nz-rnz-school-lunch-contracts.txt,
 * was "Food Collective", its "School" read as an outlet's word before a surname; a UN programme's, "According to the
 * World Food Programme, …, and the agency has said it needs …", a TOLOnews-style probe, test/fixtures/outlets
 * af-tolonews-kabul-flour-prices.txt, and a New Vision-style one, ug-newvision-kampala-sugar-prices.txt, where the
 * programme was a person and "the agency" no body or the Parliament named before; a municipality's, "Opposition MP for
 * Kira Municipality Ibrahim Ssemujju-Kagimu said", the same New Vision-style probe, where the municipality opened his name).
 */
const OTHER_BODY_WORDS = `Observatory|Collective|Cooperative|District|Force|Chamber|Trust|Times|Post|News|Journal|Network|Campaign|Army|Police|Government|Group|Industries|Holdings|Partners|Airlines|Airways|Ferries|Technologies|Enterprises|Logistics|Corporation|Company|${BODY_COMPANY_FORMS}|Railway|Railways|Hydro|Water|University|College|School|Church|Kremlin|Pentagon|Congress|Parliament|Organization|Organisation|Watch|Press|Presse|Reuters|AP|AFP|Xinhua|Interfax|TASS|Tass|Yonhap|Kyodo|CNN|BBC|NBC|CBS|ABC|Fox|MSNBC|Tribune|Herald|Star|Magazine|Daily|Gazette|Review|Caller|Leader|Edition|Examiner|Register|Inquirer|Chronicle|Observer|Dispatch|Beast|Globe|Telegraph|Courier|Enquirer|Sentinel|Club|Fund|Bank|Programme|Program|Municipality|Forces|Command|Republicans|Democrats|Street|Enforcement|Protection|Prevention|Investigations|Legion|TV|Radio|${FRENCH_BODY_HEADS}`;
/**
 * Heads of an advocacy body's name that an infinitive may follow ("Alliance to Reclaim Our Schools", "Coalition to Stop
 * Gun Violence", "Committee to Protect Journalists", "Campaign to End Loneliness").
 */
const INFINITIVE_NAME_HEAD = wordSet('Alliance|Coalition|Committee|Campaign|Movement|Fund|Project|Partnership|Network|Foundation|Council|League|Society|Association');
export const headsInfinitiveName = (word: string): boolean => INFINITIVE_NAME_HEAD.has(word);
/**
 * The head word of a French body's name ("Fédération", "Association", "Syndicat", "Conseil"; those French alone has, and
 * the heads French shares with English: "Commission de la construction du Québec", "Centre de services scolaire de Montréal").
 */
export const FRENCH_BODY_HEAD = wordSet(`${FRENCH_BODY_HEADS}|Association|Regroupement|Centrale|Alliance|Ordre|Institut|Collège|Commission|Centre|Office|Union|Coalition|Front|Mouvement|Réseau|Collectif|Comité|Chambre|Fondation|Agence|Corporation`);
/** The lower-case articles, prepositions and "et" inside a French body's name ("de la santé et des services"). */
export const FRENCH_NAME_JOINER = wordSet('de|du|des|la|le|les|et|pour|en|au|aux|à|sur');
/** A French word by its letters or an adjective's ending ("québécoise", "canadienne", "sociaux", "nationale"). */
export const FRENCH_WORD = /[àâçéèêëîïôûùüœ]|(?:oise|aise|ienne|ale|aux|ique)$/;
/**
 * The words `head` and `next` open a French body's name ("Association québécoise", "Fédération de"): a French body's
 * head word, then a French joiner or word in lower case (not "Association says", "Union members").
 */
export const opensFrenchBodyName = (head: string, next: string): boolean =>
  FRENCH_BODY_HEAD.has(head) && /^\p{Ll}/u.test(next) && (FRENCH_NAME_JOINER.has(next) || FRENCH_WORD.test(next));

/** Nouns for many people at once, a group as one ("the crowd chanted", "the audience"). */
const COLLECTIVE_OF_PEOPLE = wordSet('crowd|audience|public|electorate');
export const isCollectiveOfPeople = (word: string): boolean => COLLECTIVE_OF_PEOPLE.has(key(word));
/** Nouns of a part or a gathering of people before "of" and them ("a proportion of GOP primary voters", "a group of rabbis", "A panel of reporters"). */
export const PART_OF_PEOPLE = wordSet('share|proportion|percentage|portion|number|majority|plurality|minority|group|coalition|panel|handful|couple|pair');
/** A website's name by its address, which speaks as the body that runs it ("Factcheck.org", "ouest-france.fr"). */
export const isWebAddress = (name: string): boolean => /\.(?:com|org|net|gov|edu|fr|uk|ca|de)$/i.test(name);
/**
 * A pollster's, a poll aggregator's or a news site's name that the name stage reads as no one's (speakerKind only):
 * "Gallup", "Quinnipiac", "Marist", "Morning Consult", "RealClearPolitics", "HUFFPOLLSTER", "POLITICO", "Bloomberg",
 * "The Hill", "BuzzFeed" (PolNeAR train); "Statista", "The Guardian" (test/fixtures/outlets).
 */
export const POLL_OR_SITE_NAME = /^(?:The )?(?:Gallup|Quinnipiac|Marist|Monmouth|Rasmussen|Nielsen|YouGov|Ipsos|Zogby|SurveyUSA|Morning Consult|Pew|Real ?Clear ?Politics|HUFFPOLLSTER|Huff ?Pollster|Statista|Crowdpac|CrowdTangle|PolitiFact|Politifact|POLITICO|Bloomberg|Hill|BuzzFeed|Guardian|Atlantic|Variety|Western Journalism|Reuters|Axios|Vox|Slate|Salon)$/;
/**
 * Bodies named as a pair by a slash, a poll's sponsors ("CNN/ORC", "YouGov/Economist", "Des Moines Register/Bloomberg
 * Politics", "USC Dornsife/Los Angeles Times Daybreak", PolNeAR train).
 */
export const SLASHED_BODIES = /^\p{Lu}[\p{L}.&' -]*\/\p{Lu}[\p{L}.&' -]*$/u;
/**
 * A place noun that speaks as its government ("the province said", "the city says", "the county", "the town",
 * test/fixtures/outlets ca-cbc-manitoba-flood-reeve.txt and PolNeAR train): speakerKind only.
 */
export const GOVERNED_PLACE_NOUNS = wordSet('province|city|county|town|township|municipality|borough|village|hamlet|kingdom|region|council');
/**
 * Plural nouns for people that the person-noun lists leave out, for speakerKind's 'group' only ("Republican hopefuls",
 * "various rivals", "Immigrant advocates", "Verizon executives", "old Iowa political hands", "heads of both lobbying
 * firms", "families of those affected by mass shootings", "White House and Pentagon spokesmen", PolNeAR train; "Premiers", test/fixtures/outlets).
 */
export const MORE_PEOPLE_PLURALS = wordSet('hopefuls|rivals|advocates|executives|partisans|premiers|chiefs|owners|families|heavyweights|terrorists|salespeople|representatives|guys|heads|hands|couples|relatives|spokesmen|spokeswomen|spokespeople');
/** A member of a party, written capitalised ("Republican", "Democrat"). */
export const PARTY_MEMBER = wordSet('republican|democrat|libertarian|independent');
/** Members of a party, a group of people rather than the party ("Republicans", "Catholic Republicans", "other Democrats"). */
export const isPartyMembers = (word: string): boolean => /s$/.test(word) && PARTY_MEMBER.has(word.slice(0, -1).toLowerCase());
/** Pronouns for more than one person or thing, which a speaker left unresolved stands for as a group ("they", "those"). */
export const PLURAL_PRONOUNS = wordSet('they|them|those');
/**
 * A body word anywhere in a word ("Post-Dispatch"), bound by letters of any script, not by \\b, whose ASCII word
 * characters never bound a word that ends on an accented letter: "President of the Collectivité Jean-Marc Gumbs-Arnell
 * defended …" (a Daily Herald-style probe from Marigot, test/fixtures/outlets mf-dailyherald-marigot-market-stall-fees.txt)
 * was a person "Collectivité Jean-Marc Gumbs-Arnell", as "Société" and "Université" were no body's words.
 */
const BODY_WORD_EXPRESSION = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${BODY_HEADS}|${OTHER_BODY_WORDS}|${BUSINESS_HEADS.join('|')})(?![\\p{L}\\p{N}_])`, 'u');
/** How many words BODY_WORD keeps its answers for. */
const MAX_BODY_WORDS_CACHED = 20_000;
/**
 * BODY_WORD's test, kept per word: every word of every name and many single tokens are asked about, the same words
 * again and again (21 k tests of a long alternation on PolNeAR dev), and a lookup costs less than the scan.
 */
export const BODY_WORD: { readonly test: (word: string) => boolean } = { test: memoized((word: string) => BODY_WORD_EXPRESSION.test(word), MAX_BODY_WORDS_CACHED) };
/** A newspaper's or a magazine's name ("New York Daily News", "The Wall Street Journal", "Forbes"). */
export const PRINT_OUTLET_NAME = /\b(?:Times|Post|News|Journal|Tribune|Herald|Magazine|Daily|Gazette|Press|Advocate|Register|Inquirer|Chronicle|Observer|Dispatch|Globe|Telegraph|Courier|Sentinel|Review|Time|Forbes|Politico|Breitbart)$/;
/** A broadcaster's name ("CNN", "Fox News", "NBC News"): a network, never a newspaper ("The network said" is not The New York Times). */
export const NETWORK_NAME = /\b(?:CNN|BBC|NBC|CBS|ABC|Fox|MSNBC|CNBC|PBS|NPR|RT|TV|Television|Channel|Broadcasting)(?: News)?$/;
/** An outlet's name: a newspaper's, a magazine's or a broadcaster's. */
export const OUTLET_NAME = (name: string): boolean => PRINT_OUTLET_NAME.test(name) || NETWORK_NAME.test(name);
const BODY_HEAD = wordSet(BODY_HEADS);
/** The word ends a body's name that a title word may open ("Security Council"). */
export const isBodyHead = (word: string): boolean => BODY_HEAD.has(word);

/** Nouns for a body in general, which stand for the body the article just named ("the union", "the agency"). */
export const BODY_NOUN = wordSet('agency|union|group|organization|organisation|association|company|corporation|firm|department|bureau|coalition|institute|foundation|network');

/**
 * The title, in lower case, of an office that stands apart from the people a story quotes, written as a description
 * with no holder's name ("The parliamentary budget officer warned in a report last year that …", "the privacy
 * commissioner", "the auditor general", "the chief coroner"): a National Post-style probe, test/fixtures/outlets
 * ca-np-arctic-drone-delay.txt, gave it to the Conservative critic whose sentence came before. people/track.ts reads
 * such a description as the office's unnamed holder unless the article describes someone so.
 */
const INDEPENDENT_OFFICE = /(?:^|\s)(?:(?:budget|medical|health|ethics|privacy|information|electoral|returning) officer|commissioner|auditor(?: general)?|ombuds(?:man|person)|coroner|fire marshal|watchdog|registrar)$/;
export const isIndependentOffice = (written: string): boolean => INDEPENDENT_OFFICE.test(written.toLowerCase());

/**
 * Participles by which people are described as taking a side for or against someone named after them ("Democrats
 * ⟨supporting⟩ Mrs. Clinton", "Republicans ⟨opposing⟩ Mr. Trump"): those people, never the person named (people/track.ts
 * peopleOfNamed).
 */
export const SIDE_TAKING_PARTICIPLE = wordSet('supporting|backing|opposing');
