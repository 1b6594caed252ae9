/**
 * A title's portfolio, the department or departments an office is held for, read on a sentence's tokens: the title,
 * the words linking it to the portfolio ("of", "for", "in the"), the department's words (two joined by "and", or a list
 * joined by commas and one "and"), then the holder's name. One reader for every consumer: the name runs and their
 * canonical names of the quote rules (../quotes/names.ts runAt, canonicalOf, the titles it learns as descriptions), the
 * pairs of names of the people stage (./track.ts) and the sources of reported speech (../reported/speaker.ts). Examples:
 *   "Minister of State for Sustainability and the Environment Baey Yam Keng-Soh said …" → Baey Yam Keng-Soh (a CNA-style probe)
 *   "Federal Minister for Science and Technology Ahsan Malik" → Ahsan Malik, one minister, not "Science and Ahsan Malik"
 *   "Minister of Social Affairs and Health Kaisa Nurmela said …" → Kaisa Nurmela (a Yle-style probe)
 *   "Minister for Works and Highways Hon. Justin Tomaru-Pinda said … “…,” the Minister said" → the Minister is he
 *   "Immigration, Refugees and Citizenship Canada" → one department, the list of its portfolios and the country
 *   "Families, Children and Social Development Minister Jenna Sudds said" → Jenna Sudds, after the list and the title
 *   "The Department for Environment, Food and Rural Affairs said" → the department (a BBC-style probe)
 *   "the Ministry of Children, Community and Social Services said … The ministry did not say why …" → the whole ministry
 *   both times, not "Ministry of Children" (a Toronto Star-style probe; "The Ministry of Development, Public Works and
 *   Administration (MDLPA)", a Romania Insider-style one)
 *   "…, the Ministry of Energy of the Kyrgyz Republic announced on Thursday." → an attribution tail past the body's long
 *   name (bodyNameReach, a 24.kg-style probe)
 *   "The Minister of Fisheries and Maritime Economy said that …", "The Secretary of State for Environment, Food and Rural
 *   Affairs said that …", "“…,” said the Minister for Foreign Affairs and Trade." → the office whole, as "The Ministry of
 *   Trade and Industry said" is read (officeWritten, officeListEnd; ../quotes/names.ts andInOfficeName), was "Economy",
 *   "Secretary", "Minister for Foreign Affairs"; and after "The Minister of Fisheries and Maritime Economy, Mr. NAME, …",
 *   "The Minister of Fisheries said that …" → NAME, the one holder of an office whose portfolio opens so (./track.ts
 *   shortenedOfficeHolder; mr-ami-nouadhibou-octopus-season.txt, gw-odemocrata-cashew-farmgate-price.txt)
 * A name's words as a string are read by ./personName.ts (officeOfDepartment: "Secretary of State | John Kerry"), with
 * the same department words.
 */
import { CALENDAR_NAMES, NOT_NAME_WORD, OFFICE_HEADS, PARTY_WORDS, TITLES } from '../quotes/lexicon';
import { inClass } from '../text/wordClasses';
import type { Tok } from '../quotes/tokens';
import { BODY_WORD, firstNameGender, isBodyHead, isCountry, isDemonym, isHonorific, isPlace, OUTLET_NAME, wordSet } from './lexicon';

/**
 * Words of a department a title names after "of" ("Secretary of State", "Director of National Intelligence"), or after
 * "for" and "in the" as Commonwealth ministers are titled ("Minister for Home Affairs", "Federal Minister for Petroleum",
 * "Minister in the Presidency", "Federal Minister for National Food Security and Research", an Express Tribune-style
 * probe, test/fixtures/outlets pk-tribune-wheat-sit-in.txt); Egypt's "Minister of Supply and Internal Trade Tarek
 * Abdel-Rahman El-Sayed told Ahram Online that …", an Ahram Online-style probe, whose source was "Supply and Tarek …");
 * "Minister for Rural and Maritime Development Semi Tuiloma said …" (a Fiji Times-style probe, was "Maritime Development
 * Semi Tuiloma") and "Minister of Social Affairs and Health Kaisa Nurmela said …" (a Yle-style probe, "Affairs and
 * Health Kaisa Nurmela"), test/fixtures/outlets; "Minister of State for Housing and Urban Affairs Shri Rakesh Upadhyay had
 * stated that …" (a Hindu-style probe, was "Housing and Rakesh Upadhyay"), "Minister of State for Sustainability and the
 * Environment Baey Yam Keng-Soh said …" (a CNA-style probe, was "Sustainability"), "The Minister of Electricity and
 * Energy, Dr Kgosientsho Ramokgopa-Sithole, said …" (an IOL-style probe, was "Energy"), test/fixtures/outlets probes-ll;
 * "Minister of Transport, Works and Water Resources, Senator Dr. Rommel Waithe-Bourne, told …" (a Nation-style probe,
 * bb-nationnews-electric-buses-parts, was "Transport"), probes-nn; "Minister for Works and Highways Hon. Justin
 * Tomaru-Pinda said …" (a Post-Courier-style probe, whose minister was no one's), test/fixtures/outlets
 * pg-postcourier-highlands-highway-repairs.txt; "The Minister of Natural Resources and Environment, Toomata Leilua
 * Elisara, said … ⏎ "…," the Minister said" (a Samoa Observer-style probe, probes-oo, where the minister was a person
 * "Resources"); "Minister of Economic Affairs and Industry Erkki Saar-Lepik noted … ⏎ He said …" (an ERR News-style
 * probe, probes-pp, ee-err-tartu-district-heating-price.txt, where the minister was "Affairs and Industry Erkki Saar-Lepik");
 * "The Minister for Agriculture, Food and Forests, Hon. Semisi Fonua Havili, told …" (a Matangi Tonga-style probe,
 * to-matangitonga-squash-export-price.txt, was "Agriculture"), "Minister for Agriculture and Lands, Hon. Lennox
 * Andrews-Bartholomew, said …" (a NOW Grenada-style probe, gd-nowgrenada-nutmeg-bonus-delay.txt, was "Lands"), probes-qq;
 * "Director General of the Ministry of Agriculture, Livestock, Forestry, Fisheries and Biosecurity, Jean-Pierre Nakou,
 * explained that …" (a Daily Post-style probe, vu-dailypost-kava-farmgate-price.txt, was "Livestock"); "Minister of Food,
 * Agriculture and Light Industry Ch.Khurelchuluun" (a Montsame-style probe, mn-montsame-raw-cashmere-price.txt), probes-rr;
 * "Minister of Public Infrastructure, Utilities and Transport, Hon. Desmond Liburd-Warner, told SKNVibes that …" (an
 * SKNVibes-style probe, kn-sknvibes-water-rationing.txt, was "Utilities"), probes-ss; "Secretary for Transport and
 * Public Works Ho Weng Chon stated …" (a Macau Daily Times-style probe, mo-macaudailytimes-bus-fare-review.txt, was
 * "Public Works Ho Weng Chon", the family name first and no given name the lexicon knows), probes-vv; "his ministry
 * said …" after "Minister of the Sea, Transport and Infrastructure Zvonko Matijević" (a Total Croatia News-style probe,
 * hr-totalcroatianews-jadrolinija-ferry-fares.txt, was "Infrastructure Zvonko Matijević") and "Minister of Environment
 * and Physical Planning Bujar Rexhepi-Shaqiri announced …" (an MIA-style probe, mk-mia-skopje-heating-subsidy-pollution.txt,
 * whose "the minister said" went to "Environment"), probes-ww; "Minister of Industry, Entrepreneurship and Trade Drita
 * Berisha-Gashi said …" (a Prishtina Insight-style probe, xk-prishtinainsight-bakery-flour-prices.txt, was ",
 * Entrepreneurship and Trade Drita Berisha-Gashi"), probes-yy; "The Mayor for Children and Youth, Signe Østergaard Nielsen,
 * defended the increase …, saying that …" (a Local Denmark-style probe, dk-thelocal-copenhagen-daycare-fees.txt, was
 * "Children"), probes-aa; "The Permanent Secretary in the Ministry of Hydraulics, Energy and Mines, Eng. Jean-Bosco
 * Hatungimana, said …" (an Iwacu-style probe, bi-iwacu-bujumbura-fuel-queues.txt, was "Energy") and "The Minister of
 * Industrialisation and Trade, Hon. Rija Ny Aina Rakotomalala, said …" (a Midi Madagasikara-style probe,
 * mg-midi-antananarivo-rice-prices.txt, whose "He added that …" went to "Industrialisation"), probes-bb; "The Minister of
 * Hydrocarbons and Energy, Lic. Marcelo Arce Zambrana, told state television that …" (a Bolivian Express-style probe,
 * bo-boliviaexpress-diesel-queues-santa-cruz.txt, whose "The minister replied that …" went to a deputy named before),
 * probes-ff; "Reacting to the
 * bakers' demands, the Minister of Commerce, Consumption and Small and Medium Enterprises, Mrs Ndèye Khady Mbengue Faye,
 * said …" (an APS-style probe, sn-aps-dakar-bread-price.txt, was "Consumption", and its "the minister said" "Small" once the ministry's first words were read), probes-gg;
 * "The Minister for Transport, Energy, Communication and Innovation, Hon. Simeti Lopati Taulima, told Fenui News that …"
 * (a Fenui News-style probe, tv-fenuinews-outer-island-ship-fares.txt, was "Energy"), probes-oo, forty-second session;
 * "The Minister of Marine Resources, Pearl Farming and Fisheries, in charge of Relations with the Archipelagos, NAME, said
 * the government understood … ⏎ "…," the minister said" (a Tahiti Infos-style probe,
 * pf-tahitiinfos-pearl-export-floor-price.txt, whose quote went to "Pearl Farming"), probes-vv, forty-third session;
 * "The Secretary of State for Industry, Crafts and Trade, Eng. NAME, presented the plan … He said the increase was needed
 * …" (a San Marino RTV-style probe, sm-sanmarinortv-aass-electricity-tariffs.txt, whose report went to "Crafts") and
 * "Minister of Tourism, Economic Affairs, Traffic and Telecommunication TEATT NAME" (a Daily Herald-style probe from
 * Philipsburg, sx-thedailyherald-pjia-passenger-fee.txt), s43-probes-ww, forty-third session; "Minister of Transport and Local
 * Government NAME confirmed that … and said …" (a Nassau Guardian-style probe, bs-nassauguardian-jitney-fare-increase.txt,
 * whose second report went to "Minister of Transport": "local", "government", and "community" so that Awoko's "Deputy
 * Minister of Local Government and Community Affairs, Hon. NAME" keeps its holder) and "Minister of Agriculture and Food
 * and Nutritional Security, Senator Dr NAME, defended the increase, explaining that …" (a Barbados Today-style probe,
 * bb-barbadostoday-cheapside-stall-rent.txt, was "Minister of Agriculture and Food"), s49-sk, forty-ninth session.
 */
/** The words of a department's name (DEPARTMENT_WORD), in lower case. */
const DEPARTMENT_WORD_LIST = 'works|highways|supply|urban|sustainability|electricity|internal|state|defence|defense|homeland|home|security|national|intelligence|staff|treasury|labor|labour|energy|commerce|agriculture|education|transportation|transport|health|interior|justice|veterans|affairs|foreign|housing|finance|war|navy|army|petroleum|presidency|food|research|science|technology|information|water|resources|natural|railways|planning|development|trade|industries|industry|environment|climate|welfare|power|irrigation|mines|minerals|fisheries|oceans|rural|maritime|social|tourism|culture|sport|sports|youth|children|immigration|communications|forestry|forests|lands|livestock|biosecurity|light|infrastructure|employment|economy|economic|opposition|utilities|public|sea|physical|entrepreneurship|the|hydraulics|hydraulic|industrialisation|industrialization|hydrocarbons|consumption|enterprises|small|medium|communication|innovation|marine|pearl|farming|crafts|traffic|telecommunication|telecommunications|local|government|community|nutritional';
const DEPARTMENT_WORDS = wordSet(DEPARTMENT_WORD_LIST);
/** A department's word as written, in any case ("Health", "HEALTH"); only ASCII letters match it. */
const DEPARTMENT_EXPRESSION = new RegExp(`^(?:${DEPARTMENT_WORD_LIST})$`, 'i');
/**
 * A word of a department's name. Its lower case is looked up first: every word the expression matches is one of the
 * list in some case, and most words asked about are none (some 14 k asks a PolNeAR dev run, 1% of them department's
 * words); the expression then decides, as before (a lower case can be a listed word the expression does not match:
 * "wor\u212As", with the Kelvin sign).
 */
export const DEPARTMENT_WORD = { test: (word: string): boolean => DEPARTMENT_WORDS.has(word.toLowerCase()) && DEPARTMENT_EXPRESSION.test(word) };
/** DEPARTMENT_WORD of a token, looked up by the lower case the token holds (`l`: its word's, or without its possessive's ending, which the expression never matches). */
const departmentToken = (t: Tok): boolean => DEPARTMENT_WORDS.has(t.l) && DEPARTMENT_EXPRESSION.test(t.t);
/** An "and" before a department's word ("Health and | Welfare"): one joining two words of a department's name. */
export const andBeforeDepartment = (word: string, next: string | undefined): boolean => isAnd(word) && DEPARTMENT_WORD.test(next ?? '');
/** "and" in any case, by its character codes (what `/^and$/i` matches; asked of some 11 k words a PolNeAR dev run). */
const isAnd = (word: string): boolean =>
  word.length === 3 && (word.charCodeAt(0) | CASE_BIT) === LOWER_A && (word.charCodeAt(1) | CASE_BIT) === LOWER_N && (word.charCodeAt(2) | CASE_BIT) === LOWER_D;
/** The bit that tells an ASCII letter's lower case from its capital. */
const CASE_BIT = 0x20;
const LOWER_A = 0x61, LOWER_N = 0x6e, LOWER_D = 0x64;

/** The most tokens of a list of portfolios set off by commas before its last ("Commerce, Industry, | Labour and Immigration"). */
const PORTFOLIO_LIST_TOKENS = 12;

/**
 * The first comma of a list of a ministry's portfolios set off by commas after its "of", whose last item is the
 * capitalised run [i, j): "The Permanent Secretary of the Ministry of Commerce⟨,⟩ Industry, Labour and Immigration, Dr
 * Rose Aruhane-Kiko, stated that …" (a Solomon Star-style probe, test/fixtures/outlets sb-solomonstar-makira-copra-price.txt,
 * probes-pp, where the source was "Labour", and "According to the Permanent Secretary" went to it); -1 when the run
 * ends no such list.
 */
export function portfolioListStart(toks: Tok[], i: number, j: number, floor = 0): number {
  const portfolioWord = (t: Tok): boolean => (t.cap && departmentToken(t)) || (t.l === 'and' && !t.cap);
  if (j <= i || !toks.slice(i, j).every(portfolioWord)) return -1;
  let x = i - 1, first = -1;
  for (; x > floor && x >= i - PORTFOLIO_LIST_TOKENS && (toks[x].t === ',' || portfolioWord(toks[x])); x--) if (toks[x].t === ',') first = x;
  return first >= 0 && toks[x].l === 'of' && !toks[x].cap && toks[x + 1].t !== ',' ? first : -1;
}

const TRAILING_COMMA = /,$/;
/**
 * The office head of a title's words (lower case) that a portfolio follows, its "of" or "for" and department words to
 * the end, a list's commas among them ("deputy | minister | of economy", "minister | of food, agriculture and light
 * industry"), else -1.
 */
export function officeBeforePortfolio(tw: readonly string[]): number {
  const link = tw.findIndex(w => PORTFOLIO_OPENING.has(w));
  if (link < 1 || link === tw.length - 1 || !OFFICE_HEADS.has(tw[link - 1])) return -1;
  // (a Minister of State's "for" too: "Minister of State for Housing Ahmed Shareef-Moosa noted … ⏎ "…," the state minister
  // said", an Edition-style probe, mv-edition-hulhumale-flats-points-list.txt, went to the Minister of Housing before him)
  const rest = tw.slice(link + 1);
  return rest.every((w, k) => w === 'and' || w === ',' || (w === 'for' && k > 0 && rest[k - 1] === 'state') || DEPARTMENT_WORD.test(w.replace(TRAILING_COMMA, ''))) ? link - 1 : -1;
}

/**
 * A name's words are an office written whole, its title words, "of" or "for" and a portfolio of several departments
 * joined by "and" or commas to the end, no holder's name after it (officeBeforePortfolio): "Minister of Fisheries and
 * Maritime Economy", "Secretary of State for Environment, Food and Rural Affairs", "Minister for Foreign Affairs and
 * Trade", read whole as a body's name is ("Ministry of Trade and Industry"); a reading for a holder's name took the
 * last department for a surname ("Economy") or cut the office at its "and" ("Minister for Foreign Affairs").
 */
export function officeWritten(w: readonly string[]): boolean {
  if (!w.some(x => isAnd(x) || TRAILING_COMMA.test(x))) return false;
  return titledOfficeHead(w.map(x => x.toLowerCase())) >= 0;
}

/**
 * officeBeforePortfolio for lower-cased words whose every word up to the office's head is a title ("minister of
 * fisheries and maritime economy", not "fisheries director of …"): the head's index, else -1. One test for an office
 * read whole (officeWritten) and for the shortened office whose holder the people stage looks up (track.ts).
 */
export function titledOfficeHead(tw: readonly string[]): number {
  const head = officeBeforePortfolio(tw);
  return head >= 0 && tw.slice(0, head + 1).every(x => TITLES.has(x)) ? head : -1;
}

/** Words that join a title to its portfolio ("Minister of State for", "Minister in the"). */
export const PORTFOLIO_LINK = new Set(['of', 'for', 'in', 'the']);
/**
 * Words after a title that open its portfolio in the name run ("Minister for …", "Minister of …"); the same words tie
 * an office's title or a role to the area or body it serves ("Paramount Chief | of | Wassa", "Senior Divisional Officer
 * | for | Meme", "chief executive of", "coroner for": quotes/names.ts; "manager for Yorkshire", "head of Research":
 * quotes/attribution/subjectAfter.ts).
 */
export const PORTFOLIO_OPENING: ReadonlySet<string> = new Set(['of', 'for']);
/**
 * Most tokens of a portfolio between its title and the token after it, its links and its department's words ("of
 * State for", "of State for Sustainability and the | Environment Baey Yam Keng-Soh", a CNA-style probe,
 * test/fixtures/outlets sg-cna-hawker-tray-return.txt): the reach back from a holder's name to its title
 * (titleBeforePortfolio) and to the "and" that joins two departments (departmentsJoinedBefore), one span.
 */
const PORTFOLIO_LINK_TOKENS = 7;

/** Token m is an "and" between two words of a department's name ("Health and | Welfare", "Science and | Technology"). */
export const andJoinsDepartments = (toks: Tok[], m: number): boolean =>
  m > 0 && andBeforeDepartment(toks[m].l, toks[m + 1]?.t) && departmentToken(toks[m - 1]);

/**
 * Token k is a comma between two capitalised words of departments, inside a list of portfolios ("Minister of Food⟨,⟩
 * Agriculture and Light Industry Ch.Khurelchuluun informed that …", a Montsame-style probe, test/fixtures/outlets
 * mn-montsame-raw-cashmere-price.txt, whose source was ", Agriculture and Ch.Khurelchuluun").
 */
const commaInPortfolio = (toks: Tok[], k: number): boolean =>
  k > 0 && toks[k].t === ',' && !!toks[k + 1]?.cap && departmentToken(toks[k + 1]) && !!toks[k - 1].cap && departmentToken(toks[k - 1]);

/** Token k is a lower-case "and" between two words of a department's name, inside a portfolio ("Science and | Technology"). */
const andInPortfolio = (toks: Tok[], k: number): boolean => !toks[k].cap && andJoinsDepartments(toks, k);

/**
 * Token i follows a title, the words linking it to a portfolio and any of the portfolio's words: "Minister for | …",
 * "Minister of State for | …", "Minister in the | …", "Minister in the Presidency | …".
 */
export function portfolioAfterTitle(toks: Tok[], i: number): boolean {
  return titleBeforePortfolio(toks, i) >= 0;
}

/** The token of the title before the portfolio that token i follows (portfolioAfterTitle), else -1. */
export function titleBeforePortfolio(toks: Tok[], i: number): number {
  if (!toks[i - 1] || toks[i - 1].l === 'in') return -1;
  let k = i - 1;
  // (and one "and" between two of its words, the run opening on the second: "Federal Minister for Science and |
  // Technology Ahsan Malik", an outlet-style sentence of the shape of pk-dawn-gas-tariff-senate, where the speaker was "Technology Ahsan Malik")
  while (k >= 0 && i - k <= PORTFOLIO_LINK_TOKENS && (PORTFOLIO_LINK.has(toks[k].l) || departmentToken(toks[k]) || andInPortfolio(toks, k) || commaInPortfolio(toks, k))) k--;
  if (k < 0 || k >= i - 1 || !PORTFOLIO_LINK.has(toks[k + 1].l) || toks[k + 1].l === 'the') return -1;
  return TITLES.has(toks[k].l) ? k : glossedTitle(toks, k);
}

/**
 * The token of a title glossed by the office's own word in brackets, the bracket's close at token k ("Commissioner
 * (Gedeputeerde) | for Economic Affairs and Energy Clarisse M. van der Veen-Janga said …", a Bonaire Reporter-style
 * probe, test/fixtures/outlets bq-bonairereporter-web-tariffs.txt, probes-xe, whose speaker was "Economic Affairs and
 * Energy Clarisse M. van der Veen-Janga"), else -1.
 */
function glossedTitle(toks: Tok[], k: number): number {
  return k >= 3 && toks[k].t === ')' && toks[k - 2].t === '(' && toks[k - 1].cap && !toks[k - 1].punct && TITLES.has(toks[k - 3].l) ? k - 3 : -1;
}

/**
 * The token after a title's first department, its "and" and the second department's word, where two tokens or more
 * of the name follow, from token a that opens the first department after "of"; else a. "Minister of Health and Welfare
 * Jeong Hye-rim said …" (a Korea Herald-style probe, test/fixtures/outlets kr-koreaherald-medical-quota-talks.txt, was
 * "and Welfare Jeong Hye-rim"); a first department of two words or more, "Minister of Social Affairs and Health Kaisa
 * Nurmela said …" (a Yle-style probe, test/fixtures/outlets fi-yle-lapland-health-stations.txt, whose report was
 * "Affairs").
 */
export function pastSecondDepartment(toks: Tok[], a: number, j: number): number {
  let d = a;
  while (d < j - 3 && toks[d].cap && departmentToken(toks[d])) d++;
  // (and the departments of a list set off by commas before its "and": "Minister of Industry⟨,⟩ Entrepreneurship and Trade
  // Drita Berisha-Gashi said on Tuesday that the ministry was monitoring prices "every single day"", a Prishtina
  // Insight-style probe, test/fixtures/outlets xk-prishtinainsight-bakery-flour-prices.txt, probes-yy, whose partial
  // quote was ", Entrepreneurship and Trade Drita Berisha-Gashi"'s)
  while (d < j - 3 && commaInPortfolio(toks, d)) for (d++; d < j - 3 && toks[d].cap && departmentToken(toks[d]);) d++;
  if (!(d + 2 < j && andJoinsDepartments(toks, d))) return a;
  // (a second department of two words or more: "Minister of Environment and Physical Planning Bujar Rexhepi-Shaqiri", an
  // MIA-style probe, test/fixtures/outlets mk-mia-skopje-heating-subsidy-pollution.txt, probes-ww, was "Planning Bujar …")
  let e = d + 2;
  while (e < j - 2 && toks[e].cap && departmentToken(toks[e])) e++;
  return e;
}

/**
 * The token after a portfolio's links and its department's words from token a, in the run [a, j) that keeps two
 * tokens for the holder's name; else a (no department's word). "Minister of State for Home Affairs Ng Hui Ling",
 * "Minister in the Presidency Mmapaseka Ntshangase", "Federal Minister for Petroleum Ahsan Qadeer Malik" (TODAY-, Daily
 * Maverick- and Dawn-style probes, where the speakers were "Home Affairs Ng Hui Ling", "Presidency Mmapaseka Ntshangase"
 * and "Petroleum Ahsan …"); and one "and" between two of its words: "Federal Minister for National Food Security and
 * Research Rana Zia-ur-Rehman" (an Express Tribune-style probe, test/fixtures/outlets, was "Food Security and Research
 * Rana …").
 */
export function pastPortfolio(toks: Tok[], a: number, j: number): number {
  let p = a;
  while (p < j && PORTFOLIO_LINK.has(toks[p].l)) p++;
  let q = p;
  while (q < j - 2 && (departmentToken(toks[q]) || (q > p && q + 1 < j - 2 && andJoinsDepartments(toks, q)))) q++;
  return q > p ? q : a;
}

/**
 * Tokens [a, j) after a title are its portfolio and nothing more, no holder's name after it: the links and the
 * department's capitalised words ("the Minister | for Housing | announced on Wednesday", "the Minister | for Health | said",
 * a Luxembourg Times-style probe, test/fixtures/outlets lu-luxtimes-rent-cap.txt, probes-aa, whose source was "Housing").
 */
export function portfolioOnly(toks: Tok[], a: number, j: number): boolean {
  let p = a;
  while (p < j && PORTFOLIO_LINK.has(toks[p].l) && toks[p].l !== 'the') p++;
  if (p === a || p >= j) return false;
  for (let q = p; q < j; q++) if (!((toks[q].cap && departmentToken(toks[q])) || andInPortfolio(toks, q))) return false;
  return true;
}

/** The most tokens of a holder's name after a title's portfolio, the cue's token counted ("Bujar Rexhepi-Shaqiri | announced"). */
const HOLDER_AND_CUE_TOKENS = 4;

/**
 * How far past token i an attribution tail that opens on a title and its portfolio at i may reach for its cue: the
 * token after the portfolio's words (pastPortfolio) and HOLDER_AND_CUE_TOKENS more; i when no title and portfolio open
 * there. "…, Minister of Environment and Physical Planning Bujar Rexhepi-Shaqiri announced on Wednesday." (an MIA-style
 * probe, test/fixtures/outlets mk-mia-skopje-heating-subsidy-pollution.txt, probes-ww, whose cue stood past the tail's
 * reach and whose report was missed).
 */
export function titledPortfolioReach(toks: Tok[], i: number, j: number): number {
  const title = toks[i];
  if (!title?.cap || !TITLES.has(title.l) || !PORTFOLIO_OPENING.has(toks[i + 1]?.l ?? '')) return i;
  const past = pastPortfolio(toks, i + 1, j);
  return past > i + 1 ? past + HOLDER_AND_CUE_TOKENS : i;
}

/**
 * Lower-case words inside a body's name between its capitalised ones ("Ministry of Energy of the Kyrgyz Republic", "the
 * Embassy in Washington"): a portfolio's links and "and" ("Ministry of Agriculture and Food").
 */
const BODY_NAME_LINKS: ReadonlySet<string> = new Set([...PORTFOLIO_LINK, 'and']);
/** The most link words in a row inside a body's name ("of the"). */
const BODY_NAME_LINKS_IN_A_ROW = 2;
/** The most tokens after a body's name an attribution tail reaches for its cue, the cue counted ("also announced"). */
const AFTER_BODY_NAME_TOKENS = 2;
/** The most tokens of a body's name read (a Title Case line is capitalised to its end: the scan stays bounded). */
const BODY_NAME_MAX_TOKENS = 16;

/**
 * How far past token i an attribution tail that opens on a body's name ("the Ministry …", a head of isBodyHead first)
 * may reach for its cue: AFTER_BODY_NAME_TOKENS past the name's last capitalised word; i when no body's head opens
 * there. "Tariffs for heating … will rise by 18 percent from January 1, the Ministry of Energy of the Kyrgyz Republic
 * announced on Thursday." (a 24.kg-style probe, probes-ee, test/fixtures/outlets kg-24kg-bishkek-heating-tariff.txt,
 * whose cue stood past the tail's reach and whose report was missed; post-Soviet copy names its bodies "of the Kyrgyz
 * Republic", "of the Republic of Tajikistan").
 */
export function bodyNameReach(toks: Tok[], i: number, j: number): number {
  let p = i;
  if (toks[p]?.l === 'the') p++;
  const head = toks[p];
  if (!head || !head.cap || head.punct || !isBodyHead(head.t)) return i;
  let last = p;
  const end = Math.min(j, p + BODY_NAME_MAX_TOKENS);
  for (let q = p + 1; q < end;) {
    const t = toks[q];
    if (t.cap && !t.punct) { last = q++; continue; }
    let r = q;
    while (r < end && r - q < BODY_NAME_LINKS_IN_A_ROW && BODY_NAME_LINKS.has(toks[r].l) && !toks[r].cap) r++;
    if (r === q || r >= end || !toks[r].cap || toks[r].punct) break;
    q = r;
  }
  return last + AFTER_BODY_NAME_TOKENS;
}

/**
 * An "and" joins two departments among the PORTFOLIO_LINK_TOKENS tokens before token r (past the sentence's first): the
 * portfolio's span before its holder's name ("of State for Sustainability and the Environment").
 */
function departmentsJoinedBefore(toks: Tok[], r: number): boolean {
  for (let x = Math.max(1, r - PORTFOLIO_LINK_TOKENS); x < r; x++) if (andInPortfolio(toks, x)) return true;
  return false;
}

/**
 * The first token of the name after a title and its portfolio of two departments that the tokens [i, j) end on, else
 * -1: "Minister of State for Sustainability and the Environment ⟨Baey Yam Keng-Soh⟩ said …" (a CNA-style probe,
 * test/fixtures/outlets sg-cna-hawker-tray-return.txt, whose reported speech's source was "Sustainability"), as the
 * quote rules read it. Only a portfolio of two departments joined by "and", whose second a reading took for a
 * conjunct: a title of one stays whole, "Secretary of State Hillary Clinton", as PolNeAR's sources are written. (Whether
 * the name is a person's is the caller's: "a spokesperson for Employment and Social Development ⟨Canada⟩" is the
 * department's.)
 */
export function holderAfterPortfolio(toks: Tok[], i: number, j: number): number {
  for (let r = j - 1; r > i && toks[r].cap && !toks[r].punct; r--) {
    if (!departmentToken(toks[r]) && !departmentToken(toks[r - 1])) continue;
    return departmentToken(toks[r - 1]) && !departmentToken(toks[r]) && departmentsJoinedBefore(toks, r) && portfolioAfterTitle(toks, r) ? r : -1;
  }
  return -1;
}

/** The most tokens of a department named by its portfolios ("Innovation, Science and Economic Development Canada"). */
const PORTFOLIO_TOKENS = 12;
/** A portfolio's word: capitalised, in lower case after its capital ("Immigration", "Refugees"). */
const PORTFOLIO_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Token k joins two portfolios of a list: a comma or "and" on the same line (portfolioList). */
const joinsPortfolios = (toks: Tok[], k: number): boolean => (toks[k]?.t === ',' || toks[k]?.t === 'and') && !toks[k].br;

/**
 * A federal department named by the list of its portfolios and the country ("Immigration, Refugees and Citizenship
 * Canada", "Innovation, Science and Economic Development Canada"): the whole list, from any run inside it; else [i, j).
 * Every word is a capitalised word that is no place and no given name, the portfolios are joined by commas and one
 * "and" before the last. The list may also follow a ministry's head and "of" or "for" ("the Ministry of Children,
 * Community and Social Services said", Ontario's; "the Department for Environment, Food and Rural Affairs", Britain's) or end on a minister's title and name ("Families, Children and Social Development
 * Minister Jenna Sudds said", "Housing, Infrastructure and Communities Minister …", federal), where the last portfolio
 * holds a word of its own before the title (not "Trump, Clinton and Vice President Joe Biden"); Toronto Star- and
 * Canadian Press-style probes, where the speaker was "Community and Social Services" and "Families".
 */
export function portfolioList(toks: Tok[], i: number, j: number): { i: number; j: number } {
  // (called for every name run: its helper is a function of the module, not a closure made per call)
  // (the run may open on the ministry's head and its "of" itself, as the run read at the head ends at the list's first
  // comma: "In an emailed statement, the Ministry of Children, Community and Social Services said …", "The ministry did
  // not say why …", a Toronto Star-style probe, test/fixtures/outlets ca-star-group-home-documents.txt, and "The Ministry
  // of Development, Public Works and Administration (MDLPA) said … Data from the ministry show …", a Romania
  // Insider-style one, ro-romaniainsider-bucharest-heating-price.txt, where "the ministry" was "Ministry of Children" and
  // "Ministry of Development")
  // (a list with its comma: a run "Ministry of Primary Resources" before "and Tourism" is left as it was read)
  const office = officeListEnd(toks, i, j);
  if (office) return office;
  const headed = j - i >= 3 && toks[j]?.t === ',' && PORTFOLIO_OPENING.has(toks[i + 1].l) && listHead(toks, i);
  let a = headed ? i + 2 : i, b = j;
  // (an article between the "and" and the last portfolio joins too, articleAfterAnd: "…, Sport and the Arts")
  for (let p = joinBefore(toks, a); p >= 1 && i - a < PORTFOLIO_TOKENS && joinsPortfolios(toks, p) && toks[p - 1].cap; p = joinBefore(toks, a)) { a = p - 1; while (a > 0 && toks[a - 1].cap && !toks[a].br && toks[a - 1].l !== 'of') a--; }
  for (let n = pastJoin(toks, b); n < toks.length && b - j < PORTFOLIO_TOKENS && joinsPortfolios(toks, b) && toks[n].cap && !toks[n].br; n = pastJoin(toks, b)) { b = n + 1; while (b < toks.length && toks[b].cap && !toks[b].br) b++; }
  // (the last portfolio's own "of" and its words: "The Ministry of Labor, Migration and Employment of Population said …")
  if (b > j && b - j < PORTFOLIO_TOKENS && ofInLastPortfolio(toks, b)) for (b += 2; b < toks.length && toks[b].cap && !toks[b].br;) b++;
  if (a >= i && b === j) return { i, j };
  // (the ministry's head before "of", or before "for" and a list with a comma: the list starts after it; "The Department
  // for Environment, Food and Rural Affairs said", Britain's, a BBC-style probe, test/fixtures/outlets
  // uk-bbc-caravan-park-flooding.txt, was "Food"; not "the Center for Economic and Policy Research", PolNeAR train)
  const link = toks[a - 1]?.l === 'of' || (toks[a - 1]?.l === 'for' && toks.slice(a, b).some(t => t.t === ','));
  const head = a >= 2 && link && (listHead(toks, a - 2) || TITLES.has(toks[a - 2].l)) && !toks[a - 1].br ? a - 2 : a;
  // (and the capitalised words before a body's head, its own: "The Botswana Federation of Public, Private and Parastatal
  // Sector Unions (BOFEPUSU) said …", a Mmegi-style probe, test/fixtures/outlets bw-mmegi-mahalapye-water-kgotla.txt,
  // was "Federation of …")
  const open = headed ? i : head < a && listHead(toks, head) ? capitalisedBefore(toks, head) : head;
  // (no list opens on a noun after "the": "Speaking to reporters at the Secretariat, Labour and Employment Adviser Sheikh
  // Mahbubur Rahman said", a Daily Star-style probe, test/fixtures/outlets bd-dailystar-ashulia-wage-arrears.txt, where
  // the place and the portfolios were read as one department and the source was "Speaking …")
  if (head === a && a < i && toks[a - 1]?.l === 'the' && !toks[a - 1].cap) return { i, j };
  const and = toks.slice(a, b).findIndex(t => t.t === 'and') + a;
  let end = b;
  if (!isCountry(toks[b - 1].t) && head === a) {
    // (a minister's title and name after the last portfolio's own words)
    let t = and + 1;
    while (t < b && !TITLES.has(toks[t].l)) t++;
    // (an office's title, not an honorific: "Minister for Works and Highways Hon. Justin Tomaru-Pinda said", a
    // Post-Courier-style probe, test/fixtures/outlets pg-postcourier-highlands-highway-repairs.txt, whose "Works and
    // Highways" before "Hon." read as such a list and the minister's name was lost)
    if (and < a || t === and + 1 || t >= b - 1 || isHonorific(toks[t].t) || !portfolioBeforeTitle(toks, and + 1, b)) return { i, j };
    end = t + 1;
  }
  // (the article of the last portfolio after the "and" is no word of the list's length: "the Department of Infrastructure,
  // Transport, Regional Development, Communications, Sport and the Arts had asked …" and "The Department said in a
  // statement that …", the Australian federal department, The Norfolk Islander- and The Islander-style probes,
  // test/fixtures/outlets nf-norfolkislander-fuel-shipping-delay.txt and cx-theislander-air-freight-food-prices.txt,
  // s45-probes-ye, were "Sport and the Arts" and "Department of Infrastructure")
  const articles = toks.slice(a, b).filter((_, k) => articleAfterAnd(toks, a + k)).length;
  if (b - head - articles > PORTFOLIO_TOKENS + 2) return { i, j };
  let ands = 0;
  // (after a ministry's head its last word too is a portfolio's, no body's beside it: not "the Ministry of Health, Oxfam and UNICEF")
  for (let k = a, last = headed ? end : end - 1; k < last; k++) {
    const t = toks[k];
    if (t.t === 'and') { ands++; if (toks.slice(k + 1, b).some(x => x.t === ',')) return { i, j }; }
    else if (articleAfterAnd(toks, k) || (ands === 1 && k + 1 < b && ofInLastPortfolio(toks, k))) continue;
    // (a title is no portfolio: "Deputy Prime Minister and Finance Minister Chrystia Freeland" are two offices)
    // (nor a day set off before the list: "Speaking in the National Assembly on Sunday, Physical Infrastructure and
    // Transport Minister Devendra Prasad Mahato said …", a Kathmandu Post-style probe, test/fixtures/outlets
    // np-kathmandupost-prithvi-landslides.txt, where the source was "Speaking")
    else if (t.t !== ',' && !(PORTFOLIO_WORD.test(t.t) && !isPlace(t.t) && !CALENDAR_NAMES.has(t.l) && firstNameGender(t.t) === undefined && (end === b || !TITLES.has(t.l)))) return { i, j };
  }
  return ands === 1 ? { i: open, j: b } : { i, j };
}

/**
 * The head of a list of portfolios at token h, before its "of" or "for": a body's head ("Ministry", "Department"), or
 * before "of" another word of a body's name that is no outlet's ("The Observatory of Prices, Margins and Incomes said
 * …", a Martinique la 1ère-style probe, test/fixtures/outlets mq-martinique1ere-cost-of-living-report.txt, whose
 * source was "Margins", and "the observatory found" the "Observatory of Prices").
 */
function listHead(toks: Tok[], h: number): boolean {
  const w = toks[h].t;
  return isBodyHead(w) || (toks[h + 1]?.l === 'of' && BODY_WORD.test(w) && !OUTLET_NAME(w));
}

/**
 * Token k is the lower-case "of" of a list's last portfolio, after its capitalised word and before one on the same
 * line ("…, Migration and Employment ⟨of⟩ Population"): Tajikistan's "The Ministry of Labor, Migration and Employment of
 * Population said that …" (an Asia-Plus-style probe, test/fixtures/outlets tj-asiaplus-dushanbe-electricity-limits.txt,
 * and an Avesta-style one, tj-avesta-khujand-bread-prices.txt, s49-sj) was a body "Migration and Employment of
 * Population", and "According to the ministry" and "The ministry said" the "Ministry of Labor, Migration and Employment".
 */
function ofInLastPortfolio(toks: Tok[], k: number): boolean {
  const of = toks[k], next = toks[k + 1];
  return !!of && of.l === 'of' && !of.cap && !of.br && !!toks[k - 1]?.cap && !toks[k - 1].punct && !!next && next.cap && !next.br && !next.punct && !isPlace(next.t);
}

/**
 * Token k is a lower-case "the" between a list's "and" and its last portfolio, a comma before the portfolio before the
 * "and" ("…, Sport and ⟨the⟩ Arts"): not two bodies joined ("both the American Federation of Teachers and the National
 * Education Association endorsed her", PolNeAR train, whose source runs from "both"), nor two portfolios alone ("the
 * Ministry of Sustainability and the Environment"), read as they were.
 */
function articleAfterAnd(toks: Tok[], k: number): boolean {
  if (toks[k]?.l !== 'the' || toks[k].cap || toks[k - 1]?.t !== 'and' || !toks[k + 1]?.cap) return false;
  let x = k - 2;
  while (x > 0 && toks[x].cap && !toks[x].punct) x--;
  return x < k - 2 && toks[x].t === ',';
}
/** The token that may join a list's portfolios before the run that opens at a, past an article after an "and" (articleAfterAnd). */
const joinBefore = (toks: Tok[], a: number): number => (articleAfterAnd(toks, a - 1) ? a - 2 : a - 1);
/** The token after the join at b where the list's next portfolio opens, past an article after an "and" (articleAfterAnd). */
const pastJoin = (toks: Tok[], b: number): number => (articleAfterAnd(toks, b + 1) ? b + 2 : b + 1);

/**
 * An office written whole whose portfolio is a list of departments set off by commas, the run [i, j) its title and first
 * department, and no holder's name after the list: the title (or the run's first word, a rank before it) to the list's
 * last department, as a ministry's list is read after its head: "The Secretary of State for Environment, Food and Rural
 * Affairs said that …" (was "Secretary" and a run "State for Environment, Food and Rural Affairs"), "The Minister for
 * Environment, Food and Rural Affairs said …". Null when the run ends no such office.
 */
function officeListEnd(toks: Tok[], i: number, j: number): { i: number; j: number } | null {
  // (the list's first comma: the run's end, or before it, a run inside the list, "Food and Rural Affairs")
  let c = toks[j]?.t === ',' ? j : -1;
  for (let x = i - 1; x >= 0 && i - x <= PORTFOLIO_LIST_TOKENS && !toks[x + 1].br && (toks[x].t === ',' || (toks[x].l === 'and' && !toks[x].cap) || (toks[x].cap && departmentToken(toks[x]))); x--) if (toks[x].t === ',') c = x;
  if (c < 1 || !toks[c - 1].cap || !departmentToken(toks[c - 1])) return null;
  const title = titleBeforePortfolio(toks, c);
  if (title < 0 || title >= c - 2 || !PORTFOLIO_OPENING.has(toks[title + 1].l)) return null;
  let b = c, ands = 0;
  while (b - c < PORTFOLIO_LIST_TOKENS && (toks[b]?.t === ',' || (toks[b]?.l === 'and' && !toks[b].cap)) && !toks[b].br && !!toks[b + 1]?.cap && departmentToken(toks[b + 1]) && !toks[b + 1].br) {
    if (toks[b].t !== ',') ands++;
    for (b++; b < toks.length && toks[b].cap && !toks[b].br && departmentToken(toks[b]);) b++;
    if (ands) break;
  }
  // (a holder set off after the list is read as before: "Minister of Transport, Works and Water Resources, Senator …")
  return ands === 1 && b >= j && !toks[b]?.cap && toks[b]?.t !== ',' ? { i: Math.min(i, title), j: b } : null;
}

/** The first of the capitalised words of a name that run back from token h on its line, no article or possessive among them ("Botswana | Federation"). */
function capitalisedBefore(toks: Tok[], h: number): number {
  let k = h;
  while (k > 0 && toks[k - 1].cap && !toks[k].br && !toks[k - 1].poss && !inClass(toks[k - 1], NOT_NAME_WORD) && toks[k - 1].e + 2 >= toks[k].s) k--;
  return k;
}

/** The most tokens of a portfolio set off by commas before a name ("Minister of Transport, Works and Water Resources,"). */
const APPOSED_PORTFOLIO_TOKENS = 10;

/**
 * The title of a portfolio that the name run opening at token i is set off after by a comma, the portfolio's words
 * capitalised, "and", the link words and commas ("Minister of Transport, Works and Water Resources, Senator Dr. Rommel
 * Waithe-Bourne, told the Senate …" … "the minister said", a Nation-style probe, test/fixtures/outlets
 * bb-nationnews-electric-buses-parts.txt, where the title "Senator" gave him another office than the minister's and
 * the quote stood as "minister"): its token, else -1.
 */
export function apposedPortfolioTitle(toks: Tok[], i: number): number {
  return toks[i - 1]?.t === ',' ? portfolioListTitle(toks, i - 2, i) : -1;
}

/** The title opening a portfolio whose words, "and", link words and commas run back from token `from` (up to `i`): its token, else -1. */
function portfolioListTitle(toks: Tok[], from: number, i: number): number {
  for (let k = from; k >= 0 && i - k <= APPOSED_PORTFOLIO_TOKENS; k--) {
    const t = toks[k];
    if (TITLES.has(t.l) && PORTFOLIO_OPENING.has(toks[k + 1].l)) return k;
    if (!(t.cap || t.l === 'and' || t.t === ',' || PORTFOLIO_LINK.has(t.l)) || t.br) return -1;
  }
  return -1;
}

/**
 * Tokens [i, j) are department words after a comma or "and" in a portfolio of several ("Minister of Transport, | Works |
 * and | Water Resources |, Senator …", bb-nationnews-electric-buses-parts.txt, where "Works" was a person a quote
 * went to): no name.
 */
export function inPortfolioList(toks: Tok[], i: number, j: number): boolean {
  if (i < 1 || (toks[i - 1].t !== ',' && toks[i - 1].l !== 'and')) return false;
  for (let k = i; k < j; k++) if (!departmentToken(toks[k])) return false;
  return portfolioListTitle(toks, i - 1, i) >= 0;
}

/**
 * Tokens [i, j) open with the rest of a portfolio that an "and" before them began, then its title and a name:
 * capitalised words, none a title, label, demonym, place or honorific, then a title word and a capitalised word
 * ("Government Services Minister David Akeeagok-Snow" after "Community and", "Climate Change Minister Steven …" after
 * "Environment and", the way Canadian outlets title a minister by a department named with "and"; a CBC North-style
 * probe, where "Community and David Akeeagok-Snow" was read as two people). Not "Russian Foreign Minister Sergei
 * Lavrov" after "Kerry and" (a demonym), nor "Republican National Committee Chairman …" (a label).
 */
export function portfolioBeforeTitle(toks: Tok[], i: number, j: number): boolean {
  let h = i;
  while (h < j && !TITLES.has(toks[h].l)) {
    const t = toks[h];
    if (!t.cap || t.poss || isHonorific(t.t) || isDemonym(t.t) || isPlace(t.t) || PARTY_WORDS[t.l] !== undefined) return false;
    h++;
  }
  return h > i && h + 1 < j && toks[h + 1].cap;
}
