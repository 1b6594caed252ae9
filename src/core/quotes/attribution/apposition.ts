/**
 * Appositions between a subject and its cue, for ./subjectBefore.ts. Examples (PolNeAR train, the seeds):
 *   "Russia's foreign minister, Sergei V. Lavrov, said" → Sergei V. Lavrov (the name in the apposition)
 *   "Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama" → Steve Cohen (the name before it)
 *   "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone" → Daniloff (past two appositions)
 *   "Gov. John Kasich (R-OH), said" → John Kasich (a party tag in parentheses)
 *   "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted" → Jeff Bechdel (a description in them is none)
 *   "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said" → Giovanni Maria Vian
 *   "Asked about …, Speaker of the House Rep. Paul Ryan (R-WI) said “…”" → Rep. Paul Ryan (a title's "of" is no object's)
 *   "Mr. Slinker, whose latest start-up, Paradata, uses big data …, said" → Mr. Slinker (a "whose" clause's antecedent)
 */
import { AFFILIATION_PREPOSITIONS, AGE_NOUN, AREA_OFFICE_QUALIFIERS, CLOSE_SOURCE_NOUNS, PLACE_PREPOSITIONS, DASHES, DETERMINERS, INSIDE_DESCRIPTION, ARTICLES, NOT_NAME, NOT_NOUN, POSSESSIVE_DETERMINERS, PREPOSITIONS, COMMA_RELATIVES, COORDINATORS_AND_OR, TITLES, titleCompound } from '../lexicon';
import { bodySetOff, domainOfOffice, numberedSeatName, pastRetiredRank, runAt, sentenceOpening, theOfHonorific, unknownTitleOfPlace } from '../names';
import { firstNameGender, isPlace, isVerbForm } from '../../people/lexicon';
import { afterApposedRole, isOnePersonWord } from '../../people/roleHead';
import { DEPARTMENT_WORD, PORTFOLIO_OPENING, portfolioListStart } from '../../people/portfolio';
import { initialsInBrackets, type Tok } from '../tokens';
import { isFullName, nameMention, nameMentionAsWritten, personBeforeAffiliation, personBeforeBody, type Mention } from './mention';
import { subjectBefore } from './subjectBefore';

/** How far back the "(" of a party tag may stand from its ")" ("(R-S.C.)"). */
const PARTY_TAG_REACH = 8;
/** How far back the comma or dash that opens an apposition may stand. */
const APPOSITION_REACH = 40;
/** How far back a description standing before an apposition's name may start. */
const DESCRIPTION_BEFORE_NAME_REACH = 14;
/** How far back, past an apposition, an earlier apposition's comma may stand. */
const EARLIER_APPOSITION_REACH = 25;
/** A town's or state's name in an apposition has at most this many words ("Raleigh, N.C."). */
export const PLACE_MAX_WORDS = 2;

/** What closes an apposition before a cue, and the marks that may open it. */
const APPOSITION_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([[',', [',', ...DASHES]], ...[...DASHES].map(d => [d, [',', ...DASHES]] as [string, string[]]), [')', ['(']]]);

/**
 * "Gov. John Kasich (R-OH), said": the party tag in parentheses before the comma belongs to the name. The subject
 * before the tag, or undefined when there is no such tag at token k.
 */
export function partyTagBefore(toks: Tok[], k: number, floor: number): Mention | null | undefined {
  if (toks[k].t !== ',' || toks[k - 1]?.t !== ')') return undefined;
  let o = k - 2;
  while (o >= floor && o > k - PARTY_TAG_REACH && toks[o].t !== '(' && toks[o].t !== ',') o--;
  // (not a description in parentheses: "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted")
  if (!(o > floor && toks[o].t === '(' && toks[o - 1].cap && !DETERMINERS.has(toks[o + 1]?.l ?? ''))) return undefined;
  const tagged = subjectBefore(toks, o - 1, floor);
  // (a body's initials closing a description set off after a name are no party tag: the apposition rules read past it,
  // "Jean-Baptiste de Kerangal, a Sahel researcher at the French Institute of International Relations (IFRI), said", an
  // AFP-style probe, test/fixtures/outlets fr-afp-mali-fuel-blockade.txt, was the description)
  if (tagged?.kind === 'description' && initialsInBrackets(toks, o) && toks[tagged.i - 1]?.t === ',') return undefined;
  // (nor a body's name a preposition governs, its initials after it: "Geologist Renata Kubota Ferraz, of the Federal
  // University of Rio de Janeiro (UFRJ), said", a Rio Times-style probe, test/fixtures/outlets
  // br-riotimes-petropolis-landslides.txt, was the university)
  if (tagged?.kind === 'name' && initialsInBrackets(toks, o) && governedByPreposition(toks, tagged.i)) return undefined;
  return tagged;
}

/** The mention opening at token i is a preposition's object, "the" between or not ("of | the Federal University"). */
function governedByPreposition(toks: Tok[], i: number): boolean {
  const before = ARTICLES.has(toks[i - 1]?.l ?? '') && !toks[i - 1].cap ? i - 2 : i - 1;
  return PREPOSITIONS.has(toks[before]?.l ?? '') && !toks[before].cap;
}

/**
 * Past a party or state tag in parentheses right after a name at token j ("Sen. Ron Johnson (R-Wis.) kept asking",
 * "Sen. Susan Collins (Maine) joined"): the token after its ")", or j when no such tag stands there.
 */
export function pastPartyTag(toks: Tok[], j: number): number {
  if (toks[j]?.t !== '(' || !toks[j - 1]?.cap) return j;
  for (let c = j + 1; c < toks.length && c < j + PARTY_TAG_REACH; c++) {
    if (toks[c].t === ')') return c > j + 1 ? c + 1 : j;
    // (only the tag's words, hyphens and abbreviation periods: not a description, "(a Republican PAC)")
    if (DETERMINERS.has(toks[c].l) || (toks[c].punct && toks[c].t !== '-' && toks[c].t !== '.')) return j;
  }
  return j;
}

/** Token a is a period glued to an abbreviation before a comma or a parenthesis ("McConnell, R-Ky., said"). */
export function abbreviationPeriod(toks: Tok[], a: number): boolean {
  return toks[a].t === '.' && (toks[a + 1]?.t === ',' || toks[a + 1]?.t === ')') && toks[a - 1]?.e === toks[a].s;
}

/** A period glued to an abbreviation before a comma ("McConnell, R-Ky., said") does not end the clause. */
function endsClause(toks: Tok[], a: number): boolean {
  return toks[a].punct && /[.!?;:]/.test(toks[a].t) && !abbreviationPeriod(toks, a);
}

/** The mark at or before token `from` that may open the apposition closing at token k, or where the clause ends. */
function openerBefore(toks: Tok[], k: number, from: number, floor: number, openers: readonly string[]): number {
  let a = from;
  while (a >= floor && a > k - APPOSITION_REACH && !openers.includes(toks[a].t) && !endsClause(toks, a)) a--;
  return a;
}

/** The most words of a gloss after "or" ("or CPEs", "or ALC"). */
const GLOSS_WORDS = 3;

/** The apposition from the comma at token a to token k is a gloss of the words before it: "or" and a capitalised term ("or CPEs"). */
function orGloss(toks: Tok[], a: number, k: number): boolean {
  return toks[a].t === ',' && toks[a + 1]?.l === 'or' && !toks[a + 1].cap && k - (a + 2) >= 1 && k - (a + 2) <= GLOSS_WORDS && toks.slice(a + 2, k).every(t => t.cap && !t.poss);
}

/** The most tokens from "close to" to the comma of the apposition after it ("close to | the justice secretary"). */
const CLOSE_TO_REACH = 8;

/**
 * The words before the comma at token a describe an unnamed source close to someone, the one the name set off after them
 * names: "A source close to the justice secretary, Priya Lindqvist-Rao, said she had pressed the Treasury …" (a
 * Times-style probe, test/fixtures/outlets uk-times-pmqs-prisons, went to the secretary; and "A source close to the
 * housing secretary, Angela Roe-Whitfield, said she would …", uk-inews-renters-row).
 */
function sourceCloseTo(toks: Tok[], a: number, floor: number): boolean {
  for (let x = a - 2; x > floor && x >= a - CLOSE_TO_REACH && !toks[x].punct; x--) {
    if (closeToSourceAt(toks, x)) return true;
  }
  return false;
}

/** Token x opens "close to" after a noun for an unnamed source (lexicon CLOSE_SOURCE_NOUNS: "a source | close to"). */
export function closeToSourceAt(toks: Tok[], x: number): boolean {
  return toks[x].l === 'close' && toks[x + 1].l === 'to' && CLOSE_SOURCE_NOUNS.has(toks[x - 1].l);
}

/**
 * An apposition closing at token k (a comma, a dash or a parenthesis): either the speaker it decides (`mention`,
 * perhaps null) or the token `k` before it where the subject is looked for.
 */
export function appositionBefore(toks: Tok[], k: number, floor: number): { mention: Mention | null } | { k: number } {
  const openers = APPOSITION_OPENERS.get(toks[k].t);
  if (!openers) return { k };
  let a = openerBefore(toks, k, k - 1, floor, openers);
  // (", or CPEs," glosses the words before it: the apposition opens before them, "The Fédération … (FSSS-CSN), which
  // represents about 13,000 workers in the network of centres de la petite enfance, or CPEs, said")
  if (a >= floor && orGloss(toks, a, k)) {
    const earlier = openerBefore(toks, k, a - 1, floor, openers);
    if (earlier >= floor && openers.includes(toks[earlier].t)) a = earlier;
  }
  if (a < floor || !openers.includes(toks[a].t)) return { mention: null };
  // "Russia's foreign minister, Sergei V. Lavrov, said": the name in the apposition is the speaker
  // (past a retired officer's rank: "The Resident District Commissioner (RDC), Maj (Rtd) Fred Tumusiime-Kagaba, said", a
  // Daily Monitor-style probe, test/fixtures/outlets ug-monitor-mubende-eviction, was the description)
  // (or past an age: "One victim, 29-year-old Priya Nandakumar-Hughes from Clapham, said her phone was taken …", an
  // Evening Standard-style probe, test/fixtures/outlets uk-standard-phone-snatching, was "One victim")
  // (or past the "the" of an honorific of address: "The Minister for Utilities and Climate Change, the Hon. Aaron de la
  // Paz, said the increase was …", a Gibraltar Chronicle-style probe, test/fixtures/outlets
  // gi-chronicle-utility-tariffs-rise.txt, probes-xx, whose source was "Climate Change")
  const rank = pastRetiredRank(toks, theOfHonorific(toks, a + 1) ? a + 2 : a + 1);
  const first = AGE_NOUN.test(toks[rank]?.t ?? '') ? rank + 1 : rank;
  const inner = first < k ? runAt(toks, first) : null;
  // but "Representative Steve Cohen, Democrat of Tennessee, told": a name before the apposition wins
  // (a body inside a description is no such name: "the director of the Federal Bureau of Investigation, James B. Comey, said")
  // (nor an office's title words joined by hyphens: "The agency's Director-General, Engr. Umar Ibrahim-Mohammed, told")
  const outer = a - 1 >= floor && toks[a - 1].cap && !NOT_NAME.has(toks[a - 1].l) && !titleCompound(toks[a - 1].l) ? runAt(toks, a - 1) : null;
  // (nor a body a possessive owns inside it: "An infectious disease specialist at Toronto's Sunnybrook Health Sciences
  // Centre, Dr. Kwabena Asante-Whitfield, says", "A veterinary epidemiologist at the University of Guelph's Ontario
  // Veterinary College, Martine Gagnon-Sato, says", a Global News-style probe, where the source was the description
  // or the college)
  // (the owner after a preposition, or its "the": not "The Podesta Group's CEO, Kimberley Fritts, said", PolNeAR train,
  // where the source stays as it was)
  const owner = outer && toks[outer.i - 1]?.poss ? runAt(toks, outer.i - 1) : null;
  const ownerAt = owner ? owner.i - (toks[owner.i - 1]?.l === 'the' ? 2 : 1) : -1;
  // (nor title words a possessive determiner owns: "The governor, Mr Babatunde Adewale-Cole, through his Chief Press
  // Secretary, Mr Gboyega Akinwande, said", a Punch-style probe, test/fixtures/outlets ng-punch-lagos-cholera, was "Secretary")
  // (nor a body's name set off itself after the words that describe the person named after it, names.ts bodySetOff, nor
  // the last of a ministry's portfolios listed with commas, people/portfolio.ts portfolioListStart, nor a numbered
  // district's name, "Parliamentary Representative for District 5, Road South, Hon. Dr. NAME, described …", names.ts
  // numberedSeatName)
  const outerIsName = !!outer && !titleAfterDeterminer(toks, outer) && !bodySetOff(toks, outer.i, outer.j, floor) && !numberedSeatName(toks, outer.i, outer.j) && portfolioListStart(toks, outer.i, outer.j, floor) < 0 && !officeWithoutName(toks, outer) && !(owner ? ownerAt >= floor && PREPOSITIONS.has(toks[ownerAt].l) : INSIDE_DESCRIPTION.has(toks[outer.i - 1]?.l ?? '') || POSSESSIVE_DETERMINERS.has(toks[outer.i - 1]?.l ?? '') || modifiedAfterDeterminer(toks, outer.i, floor) || INSIDE_DESCRIPTION.has(toks[placeNameStart(toks, outer.i, floor) - 1]?.l ?? '') || placeOfPlace(toks, outer.i, floor) || frenchBodyPlace(toks, outer.i, floor) || secondPortfolio(toks, outer, floor));
  if (inner && !outerIsName && inner.i === first && inner.j === k && isFullName(inner)) {
    // (but an unnamed source close to someone stays unnamed: the name is whom it is close to, see sourceCloseTo)
    if (sourceCloseTo(toks, a, floor)) return { k: a - 1 };
    return { mention: personBeforeDescription(toks, a, floor) ?? nameMention(toks, inner.i, inner.j) };
  }
  // (the two readings below: a name opens the apposition, other words close it, and no name stands before it)
  const innerOpens = inner !== null && !outerIsName && inner.i === first && inner.j < k;
  const affiliated = innerOpens ? personOfPlacesBody(toks, first, k) : null;
  if (affiliated) return { mention: personBeforeDescription(toks, a, floor) ?? affiliated };
  // (or before "of the" and a body's name: "Another economist, Associate Professor Goh Tiong Beng of the National
  // University of Singapore, said", a Straits Times-style probe, test/fixtures/outlets, was "Another economist")
  const ofBody = innerOpens ? personBeforeBody(toks, inner.i, inner.j, k) : null;
  if (ofBody) return { mention: personBeforeDescription(toks, a, floor) ?? ofBody };
  // (or past an age in brackets, before "from" or "of" and a place: "Another farmer, Mr Obert Sibanda (64) from Gokwe
  // North, said the payment period had improved", a Herald-style probe, test/fixtures/outlets zw-herald-gmb-arrears, was
  // "Another farmer")
  const fromPlace = innerOpens ? personFromPlace(toks, inner.i, inner.j, k) : null;
  if (fromPlace) return { mention: personBeforeDescription(toks, a, floor) ?? fromPlace };
  // (so is the name after the apposition's own roles: "The jury chair, Montreal poet and translator Anne-Sophie
  // Lévesque-Darko, said …", test/fixtures/outlets ca-globe-arts-book-prize.txt, went to the prize's winner)
  const afterRoles = outerIsName ? null : nameAfterApposedRoles(toks, a, k);
  if (afterRoles) return { mention: afterRoles };
  k = a - 1;
  if (k < floor) return { mention: null };
  // "Tim Cook, Apple's chief executive, who spoke Monday, said": past a relative clause, a description set off after a
  // full name is that person's
  // (not a name a preposition governs: "In a statement to CTV News, the Canadian Telecommunications Association, which
  // represents the major carriers, said", a CTV-style probe, is the association's)
  const described = COMMA_RELATIVES.has(toks[a + 1]?.l ?? '') ? nameBeforeDescription(toks, k, floor) : null;
  if (described && !PREPOSITIONS.has(toks[described.i - 1]?.l ?? '')) return { mention: described };
  const deeper = earlierApposition(toks, k, floor);
  if (deeper) return { mention: deeper };
  // (an age set off before it, the name before the age: "Her younger sister Kelly, 38, a hairdresser, said the family had
  // tried everything", a MailOnline-style probe, where no subject was read)
  if (/^\d{1,3}$/.test(toks[k].t) && toks[k - 1]?.t === ',' && k - 2 >= floor && toks[k - 2].cap) return { k: k - 2 };
  return { k };
}

/**
 * The capitalised words at token i are the larger place set off after a place a description names ("A resident of
 * Gwarinpa, Abuja, Mrs Hauwa Danjuma-Bello, told PREMIUM TIMES that …", a Premium Times-style probe, test/fixtures/outlets,
 * whose source was "Abuja"): a comma before them, and before it a name after "of", "at" or "in".
 */
function placeOfPlace(toks: Tok[], i: number, floor: number): boolean {
  const place = i - 2 >= floor && toks[i - 1].t === ',' && toks[i - 2].cap ? runAt(toks, i - 2) : null;
  return !!place && place.j === i - 1 && place.i - 1 >= floor && PLACE_PREPOSITIONS.has(toks[place.i - 1].l);
}

/**
 * The capitalised words at token i close a French body's name after its lower-case adjective and "de" or "du", the
 * place the body is of, not a person's particle and surname ("The president of the Collectivité territoriale de Guyane,
 * NAME, said the CTG was ready …", a Guyane la 1ère-style probe, gf-guyane1ere-maroni-fuel-prices.txt; "The president
 * of the executive council of the Collectivité territoriale de Martinique, NAME, said on Wednesday that …", a
 * Martinique la 1ère-style probe, mq-martinique1ere-cost-of-living-report.txt, s47-probes-qg: the sources were "Guyane"
 * and "Martinique"; a person's "de" follows a capitalised name, "Charles de Gaulle", inside the run).
 */
function frenchBodyPlace(toks: Tok[], i: number, floor: number): boolean {
  const of = toks[i - 1], before = toks[i - 2];
  return i - 2 >= floor && !of.cap && (of.l === 'de' || of.l === 'du') && !before.cap && !before.punct;
}

/** The most words of a place's name in a language other than English before its last capitalised word ("Na h-Eileanan an"). */
const PLACE_NAME_WORDS = 4;

/**
 * Where a place's name ending in the capitalised words at token i opens, back past its short lower-case particles and
 * its other capitalised words ("The SNP MSP for ⟨Na h-Eileanan an⟩ Iar, Donnie Macleod, said", a Herald-style probe,
 * test/fixtures/outlets uk-herald-holyrood-ferries.txt, was "Iar"): i itself when no particle stands before it.
 */
function placeNameStart(toks: Tok[], i: number, floor: number): number {
  let x = i;
  while (x - 1 >= floor && x > i - PLACE_NAME_WORDS && !toks[x - 1].punct && !toks[x - 1].poss && !INSIDE_DESCRIPTION.has(toks[x - 1].l) && !COORDINATORS_AND_OR.has(toks[x - 1].l)
    && (toks[x - 1].cap || /^\p{Ll}{1,3}$/u.test(toks[x - 1].t) || /^\p{Ll}+-\p{Lu}/u.test(toks[x - 1].t))) x--;
  // (a particle among the words: capitalised words alone are read by the name rules)
  if (!toks.slice(x, i).some(t => !t.cap)) return i;
  // (and past a body's name joined by "and" that the words open inside, names.ts runAt: "The head of the Chamber of
  // Commerce and ⟨Industry in⟩ Aden, Abdulkarim Ahmed bin Shamlan, said that …", an Al-Masdar Online-style probe,
  // test/fixtures/outlets ye-almasdaronline-aden-flour-prices.txt, whose source was "Industry in Aden", as "the Chamber
  // of Commerce in Aden" is read)
  const body = x < i && COORDINATORS_AND_OR.has(toks[x - 1]?.l ?? '') ? runAt(toks, x) : null;
  return body && body.i < x && body.i >= floor ? body.i : x;
}

/**
 * The capitalised run [i, j) is the second of two portfolios that one title after it holds, joined by "and" to the
 * first: "Manitoba's Labour and Immigration Minister, Lourdes Abalos-Kerr, says …" (a Global News-style probe,
 * test/fixtures/outlets ca-global-winnipeg-ukrainian-newcomers.txt, where the source was the office), no name.
 */
function secondPortfolio(toks: Tok[], run: { i: number; j: number }, floor: number): boolean {
  const and = run.i - 1;
  return and - 1 >= floor && toks[and].l === 'and' && !toks[and].cap && toks[and - 1].cap && !toks[and - 1].poss && TITLES.has(toks[run.j - 1].l);
}

/** The most lower-case modifiers between a determiner and the capitalised words of a description ("The federal"). */
const DESCRIPTION_MODIFIERS = 2;

/**
 * The capitalised words at token i follow a determiner and one or two lower-case modifiers, so they head a description,
 * no name: "The federal Member for Maranoa, Colin Dunstable-Wray, said he had raised the issue", an ABC-style probe
 * (test/fixtures/outlets au-abc-shire-roads.txt), where the speaker was "Member for Maranoa"; as "The Member for
 * Maranoa, …" was read right.
 */
/**
 * A run of title words after a determiner, no name: "Another MP, Dr Mariam Yousif bin Dhaen, noted that …" (a Gulf Daily
 * News-style probe, test/fixtures/outlets bh-gdn-housing-waiting-list.txt, where the source was "Another MP"; as
 * "Another commuter, Mr NAME, said" was read right).
 */
// (not after a body's possessive: "The Podesta Group's CEO, Kimberley Fritts, said", PolNeAR train, keeps its mention)
function titleAfterDeterminer(toks: Tok[], run: { i: number; j: number }): boolean {
  const words = toks.slice(run.i, run.j);
  const opensOnDeterminer = DETERMINERS.has(words[0].l) || DETERMINERS.has(toks[run.i - 1]?.l ?? '');
  return opensOnDeterminer && words.some(w => TITLES.has(w.l)) && words.every(w => TITLES.has(w.l) || DETERMINERS.has(w.l));
}

/**
 * A run of title words, "of" and an office's department with no given name after it: "The Deputy Minister of Local
 * Government and Community Affairs, Hon. Alhaji Mohamed Lamin Jalloh-Koroma, confirmed that …" (an Awoko-style probe,
 * test/fixtures/outlets sl-awoko-bo-market-relocation.txt, where the source was the office); not "Secretary of State John
 * Kerry".
 */
function officeWithoutName(toks: Tok[], run: { i: number; j: number }): boolean {
  // (the run after the department's "and" ends the office: "… of Local Government | and | Community Affairs")
  // (so does a department's run after a comma, a list of them: "Minister of Transport, | Works | and Water Resources,
  // Senator Dr. NAME, told …", a Nation-style probe, test/fixtures/outlets bb-nationnews-electric-buses-parts, probes-nn)
  const joiner = toks[run.i - 1];
  const listed = joiner?.t === ',' && toks.slice(run.i, run.j).every(w => DEPARTMENT_WORD.test(w.t));
  const first = ((joiner?.l === 'and' && !joiner.cap) || listed) && toks[run.i - 2]?.cap ? runAt(toks, run.i - 2) : null;
  if (first && first.j === run.i - 1 && officeWithoutName(toks, first)) return true;
  // (or an office of a place whose title no lexicon knows, names.ts unknownTitleOfPlace: "Chefe de Suku of Becora, José
  // Francisco Lopes Martins, said", a Tatoli-style probe, was "Chefe de Suku of Becora")
  if (areaOffice(toks, run) || unknownTitleOfPlace(toks, run.i, run.j)) return true;
  let x = run.i;
  // (after an area's word: "District Commissioner for North Caicos, Mrs. NAME, told …", quotes/lexicon.ts AREA_OFFICE_QUALIFIERS)
  if (AREA_OFFICE_QUALIFIERS.has(toks[x].l) && TITLES.has(toks[x + 1]?.l ?? '')) x++;
  while (x < run.j && TITLES.has(toks[x].l)) x++;
  // (or a known title of a place whose second word is a given name, names.ts domainOfOffice: "Mayor of St Elizabeth, the
  // Honourable Dr NAME, said that …", a Jamaica Observer-style probe, whose report went to "Mayor of St Elizabeth")
  if (x > run.i && toks[x]?.l === 'of' && domainOfOffice(toks, x, run.j)) return true;
  // (or "for": "The Minister for Agriculture, Food and Forests, Hon. Semisi Fonua Havili, told …", a Matangi Tonga-style
  // probe, test/fixtures/outlets to-matangitonga-squash-export-price.txt, probes-qq, was "Agriculture")
  if (x === run.i || x >= run.j - 1 || !PORTFOLIO_OPENING.has(toks[x].l)) return false;
  return toks.slice(x + 1, run.j).every(w => firstNameGender(w.t) === undefined);
}

/**
 * A place's name and its office's title, two words opening the sentence before the holder set off: "Chukha Dzongdag,
 * Dasho Tshewang Rinzin, said that …" (a Kuensel-style probe, test/fixtures/outlets bt-kuensel-potato-auction-price.txt,
 * probes-qq, where the source was "Chukha Dzongdag"); not a given name before a title word, "John Major".
 */
function areaOffice(toks: Tok[], run: { i: number; j: number }): boolean {
  return sentenceOpening(toks, run.i) && run.j - run.i === AREA_OFFICE_WORDS && TITLES.has(toks[run.j - 1].l) && !TITLES.has(toks[run.i].l) && firstNameGender(toks[run.i].t) === undefined;
}
/** A place's word and its office's title ("Chukha Dzongdag", "Kinondoni Mayor"). */
const AREA_OFFICE_WORDS = 2;

function modifiedAfterDeterminer(toks: Tok[], i: number, floor: number): boolean {
  let x = i - 1;
  while (x >= floor && x >= i - DESCRIPTION_MODIFIERS && /^\p{Ll}+$/u.test(toks[x].t) && !DETERMINERS.has(toks[x].l) && !PREPOSITIONS.has(toks[x].l) && toks[x].l !== 'and' && !isVerbForm(toks[x].l)) x--;
  return x < i - 1 && x >= floor && DETERMINERS.has(toks[x].l);
}

/** The most lower-case words of the roles before a name in an apposition ("poet and translator"). */
const APPOSED_ROLE_WORDS = 4;

/**
 * The full name that closes an apposition (from the comma at token a to token k) after its roles: lower-case role words,
 * two joined by "and", a one-word place before them ("Montreal poet and translator Anne-Sophie Lévesque-Darko");
 * null when the apposition is not so.
 */
function nameAfterApposedRoles(toks: Tok[], a: number, k: number): Mention | null {
  let x = a + 1;
  if (toks[x]?.cap && isPlace(toks[x].t)) x++;
  const start = x;
  // (not a role afterApposedRole reads, whose name the rules after it find: "Her neighbour, retired nurse Helen Oyelaran,";
  // nor a participle's phrase: "The aides, led by campaign manager Terry Sullivan, …", PolNeAR train)
  if (x === a + 1 && afterApposedRole(toks, x) > x) return null;
  while (x < k && x - start < APPOSED_ROLE_WORDS && !toks[x].cap && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[x].t) &&
    (toks[x].l === 'and' || (!DETERMINERS.has(toks[x].l) && !PREPOSITIONS.has(toks[x].l) && !isVerbForm(toks[x].l)))) x++;
  if (x === start || !isOnePersonWord(toks[x - 1].l) || toks[start].l === 'and') return null;
  const run = runAt(toks, x);
  return run && run.i === x && run.j === k && isFullName(run) ? nameMention(toks, run.i, run.j) : null;
}

/**
 * The full name that opens an apposition at token i, before "of", "from" or "at" and a place's possessive that owns the
 * body ending the apposition at token k: "Ng-Bérubé's lawyer, Ayesha Quintero-Mbeki of Toronto's Mbeki Employment Law,
 * called the decision …" (a Law Times-style probe, where the name run "Ayesha Quintero-Mbeki of Toronto's" left the
 * firm as the source; "of Mbeki Employment Law" alone was read right). Null when the apposition is not so.
 */
function personOfPlacesBody(toks: Tok[], i: number, k: number): Mention | null {
  const body = runAt(toks, k - 1);
  const owner = body && body.j === k && body.i > i ? runAt(toks, i) : null;
  return owner && owner.i === i && owner.j === body!.i ? personBeforeAffiliation(toks, owner.i, owner.j) : null;
}

/**
 * The full name at tokens [i, j), past an age or a tag in brackets ("(64)"), before "from", "of" or "at", perhaps "the",
 * and a place's name that ends at token k, no given name among its words ("Mr Obert Sibanda (64) from Gokwe North"): the
 * person's words; null when the words are not so. (A body's name after "of" is personBeforeBody's.)
 */
function personFromPlace(toks: Tok[], i: number, j: number, k: number): Mention | null {
  let b = pastPartyTag(toks, j);
  if (!AFFILIATION_PREPOSITIONS.has(toks[b]?.t ?? '')) return null;
  if (toks[++b]?.l === 'the') b++;
  const place = b < k ? runAt(toks, b) : null;
  if (!place || place.i !== b || place.j !== k || toks.slice(b, k).some(t => t.poss || firstNameGender(t.t) !== undefined)) return null;
  const person = nameMention(toks, i, j);
  return isFullName(person) ? person : null;
}

/**
 * The full name before a description that ends at token k and is set off from it by a comma ("Norman Keevil, Teck's
 * chairman emeritus", "Tim Cook, the chief executive"): the description opens with a determiner or an owner's
 * possessive. Null when the words before k are no such description.
 */
export function nameBeforeDescription(toks: Tok[], k: number, floor: number): Mention | null {
  let ds = k;
  while (ds > floor && ds > k - DESCRIPTION_BEFORE_NAME_REACH && !toks[ds - 1].punct) ds--;
  if (ds === k || toks[ds - 1]?.t !== ',' || ds - 2 < floor || !toks[ds - 2].cap) return null;
  const opener = toks[ds];
  if (!DETERMINERS.has(opener.l) && !(opener.cap && opener.poss)) return null;
  const person = runAt(toks, ds - 2);
  return person && person.j === ds - 1 && isFullName(person) ? nameMentionAsWritten(toks, person.i, person.j) : null;
}

/**
 * "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said": the
 * description before the apposition's name (which opens at token a) is itself an apposition of a person named before it.
 */
function personBeforeDescription(toks: Tok[], a: number, floor: number): Mention | null {
  let ds = a - 1;
  while (ds > floor && ds > a - DESCRIPTION_BEFORE_NAME_REACH && !toks[ds - 1].punct) ds--;
  if (toks[ds - 1]?.t === ',' && ds - 2 >= floor && toks[ds - 2].cap && DETERMINERS.has(toks[ds].l)) {
    const person = runAt(toks, ds - 2);
    // (not a place a preposition governs: "At the monastery in Ywa Htaung, the abbot, Sayadaw U Pyinnya Thiri, said", an
    // Irrawaddy-style probe, test/fixtures/outlets mm-irrawaddy-sagaing-quake-tents.txt, was "Ywa Htaung"; past its "the",
    // "At the Salani Primary School, the principal, Mrs. NAME, said the school had sent the children home early", a Samoa
    // Observer-style probe, ws-samoaobserver-falealili-water.txt, was the school)
    const lead = person && toks[person.i - 1]?.l === 'the' ? person.i - 2 : (person?.i ?? 0) - 1;
    const governed = !!person && PREPOSITIONS.has(toks[lead]?.l ?? '');
    // (nor an office of a place whose title no lexicon knows, names.ts unknownTitleOfPlace: "The Tiafoi of Alo, one of the
    // chiefs of the kingdom's council, Atonio Fakatika Mulikihaamea, said", was "Tiafoi of Alo")
    if (person && person.j === ds - 1 && isFullName(person) && !governed && !unknownTitleOfPlace(toks, person.i, person.j)) return nameMentionAsWritten(toks, person.i, person.j);
  }
  return null;
}

/** How far back from a name set off by commas the "whose" of the clause it belongs to may stand. */
const WHOSE_REACH = 6;

/**
 * The name opening at token st is set off by commas in a "whose" clause, the thing its antecedent owns: "Mr. Slinker,
 * whose latest start-up, Paradata, uses big data to help brands find suppliers, said", "Marco Rubio, whose hometown,
 * Miami, is projected to be largely underwater …, argues" (PolNeAR train) → the antecedent's name, or null.
 */
function ownerBeforeWhose(toks: Tok[], st: number, floor: number): Mention | null {
  if (toks[st - 1]?.t !== ',') return null;
  let w = st - 2;
  while (w > floor && w > st - WHOSE_REACH && !toks[w].punct && toks[w].l !== 'whose') w--;
  if (toks[w]?.l !== 'whose' || toks[w - 1]?.t !== ',' || w - 2 < floor) return null;
  const owner = subjectBefore(toks, w - 2, floor);
  return owner && owner.kind === 'name' ? owner : null;
}

/**
 * What stands before an apposition (ending at token k) is itself the object of an earlier one ("Mr. Daniloff, now 81
 * and retired in Cambridge, Mass., said", "Senator Richard Shelby, the Alabama Republican who heads the Senate
 * Banking Committee, which oversees the Fed, said"): the subject is before the earlier comma.
 */
function earlierApposition(toks: Tok[], k: number, floor: number): Mention | null {
  const run = toks[k].cap ? runAt(toks, k) : null;
  let st = run && run.j === k + 1 ? run.i : k;
  const owner = run && run.j === k + 1 ? ownerBeforeWhose(toks, st, floor) : null;
  if (owner) return owner;
  // ("of Raleigh, N.C., who …": a state after a town belongs to it)
  if (run && run.j - run.i <= PLACE_MAX_WORDS && toks[st - 1]?.t === ',' && toks[st - 2]?.cap) {
    const town = runAt(toks, st - 2);
    if (town && town.j === st - 1 && PREPOSITIONS.has(toks[town.i - 1]?.l ?? '')) st = town.i;
  }
  if (ARTICLES.has(toks[st - 1]?.l ?? '')) st--;
  const before = toks[st - 1];
  // (only after a preposition or a verb: "retired in Cambridge", "heads the Senate Banking Committee" — not after
  // "that", "who" or "and", which start a clause whose subject the name is: "charges that Rush Limbaugh, for one, called")
  // (nor after the "of" of a title: "…, Speaker of the House Rep. Paul Ryan (R-WI) said “…”", PolNeAR train)
  const titleOf = before?.l === 'of' && !!toks[st - 2]?.cap;
  if (before && st - 1 >= floor && !before.punct && !before.cap && !before.poss && !DETERMINERS.has(before.l) && !titleOf
    && (PREPOSITIONS.has(before.l) || (/(?:s|ed)$/.test(before.l) && !NOT_NOUN.has(before.l)))) {
    for (let c = st - 2; c >= floor && c > st - EARLIER_APPOSITION_REACH; c--) {
      if (toks[c].punct && toks[c].t !== ',') break;
      if (toks[c].t !== ',') continue;
      const deeper = subjectBefore(toks, c, floor) ?? subjectBefore(toks, c - 1, floor);
      if (deeper && deeper.kind !== 'description') return deeper;
      break;
    }
  }
  return null;
}
