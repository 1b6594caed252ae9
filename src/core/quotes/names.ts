/**
 * Names in an article: runs of capitalised words ("Russian Foreign Minister Sergei Lavrov", "Syrian Observatory for
 * Human Rights", "Ahmed Moaz al-Khatib"), their canonical form (titles and possessives stripped, short forms mapped
 * to the fullest form: "Lavrov" -> "Sergei Lavrov"), and what the article says they are ("Lakhdar Brahimi, the
 * U.N.'s envoy" -> envoy), so that "the envoy" can be resolved. A retired officer's rank alone before "(Rtd)" names no
 * one ("The Commissioner of Port Sudan locality, Maj. Gen. (Rtd) Ibrahim Hamad el-Tom, said … ⏎ "…," the commissioner
 * said": rankBeforeRetired). A person the article introduces by a trade of their own and never by an office is no
 * holder of an office ("A fisherman from Tiputa, Heiarii Mai-Tepa, said … ⏎ The mayor of Rangiroa said the commune
 * would pay …": the mayor is not the fisherman; introducedByTrade, holdsOtherOffice).
 */
import { DEGREE_FIELDS, DUTCH_HONORIFICS, LATIN_AMERICAN_HONORIFICS } from '../text/abbreviations';
import { withoutFinalPeriod, withoutPossessive } from '../text/endings';
import { byNickname, CanonicalNames, kindOfName, knownPersonName, nicknameWithin } from '../people/canonical';
import { coupleFullNames } from '../people/couples';
import { BODY_NOUN, BODY_WORD, FRENCH_BODY_HEAD, FRENCH_NAME_JOINER, FRENCH_WORD, firstNameGender, givenNameGender, givenNameOfNickname, headsInfinitiveName, isAdjective, isBodyHead, bylineNameWords, isCommonWord, isDemonym, isHonorific, isKnownOrganization, isPeopleGroup, isPersonNoun, isPlace, isPluralPeopleNoun, isRoleNoun, isVerbForm, isVietnameseFamilyName, nounGender, opensFrenchBodyName, PAST_ROLE, personNounByEnding, titleGender, type Gender } from '../people/lexicon';
import { cleanName, COMPASS_POINT, hasKnownFirstName, initialGluedName, isBodyName, isInitial, memberOfParliament, nameGender, personKey, titleBeforeLastTwo } from '../people/personName';
import { andJoinsDepartments, apposedPortfolioTitle, DEPARTMENT_WORD, inPortfolioList, officeBeforePortfolio, officeWritten, pastPortfolio, pastSecondDepartment, PORTFOLIO_LINK, PORTFOLIO_OPENING, portfolioAfterTitle, portfolioList, portfolioListStart, portfolioOnly, titleBeforePortfolio } from '../people/portfolio';
import { isPersonDemonym } from '../people/roleHead';
import { sentencesOf, type Sentences } from '../people/sentences';
import { AGE_NOUN, AGE_WORD, ARTICLES, BEFORE_CUE_WORDS, CALENDAR_NAMES, COORDINATORS_AND_OR, CUES, HONORIFICS_AFTER_POSSESSIVE, HONORIFICS_AFTER_THE, DASH, DETERMINERS, LEGISLATOR_TITLES, NAME_JOINER, NEWS_AGENCIES, NOT_NAME_WORD, NOT_NOUN, OFFICE_HEADS, OFFICE_INITIALS, OFFICE_OF, PARTY_WORDS, PLURAL_KIN, PLURAL_TITLES, POSSESSIVE_DETERMINERS, PREPOSITIONS, QUEBEC_HONORIFICS, RELATIVES, SENTENCE_STOPS, SUBORDINATORS, SURNAME_PARTICLES, TITLES, titleCompound } from './lexicon';
import { photoCreditAt } from './boilerplate';
import { paragraphOf } from './sentences';
import { isWireByline } from '../people/author';
import { BRACKETED_INITIALS, currencyLetters, initialsInBrackets, wordEnd, type Tok } from './tokens';
import { looksAdverb } from '../text/adverbs';
import { inClass } from '../text/wordClasses';
import { countBefore, firstAtLeast } from '../text/sortedSearch';
import { MONTHS_OR_ABBREVIATIONS, WEEKDAYS } from '../text/calendar';
import { keptPer } from '../text/memo';
import { allDigits, inCapitals, upperFirst } from '../text/wordShape';

/**
 * Connecting words that, capitalised, open a name as its first word: the given name "Al" ("Al Gore", "Al Sharpton")
 * and the article of a body's name ("La Raza", "La Stampa"); and "Van" that opens a Dutch or Afrikaans surname where it
 * opens the sentence ("Van der Westhuizen said", a News24-style probe, where the name was "Westhuizen"). (Not "Le",
 * "Abu": "Le Pen" and "Abu-Laban" are the surnames the article writes in full after the given name.)
 */
// (and the Māori article, capitalised, that opens a body's or a person's name: "Te Whatu Ora says", a 1News-style probe,
// where the agency was "Whatu Ora"; "Te Rangi-Walker")
// (and the Spanish plural articles, joiners inside a name since probes-zz's "Ramona Altagracia De los Santos", that open a
// place's name: "Los Angeles Times", "Las Vegas Sun", PolNeAR train; and "Del", a joiner since probes-zz's "Laura del
// Castillo Pérez", a given name too: "said Del Harris, the coach")
const NAME_OPENERS: ReadonlySet<string> = new Set(['al', 'la', 'van', 'te', 'los', 'las', 'del']);
/** A surname particle that, capitalised, opens a given name of two words ("Abu Bakarr") or a kunya ("Abu Khaled"). */
const GIVEN_NAME_PARTICLE = 'abu';

/**
 * Title words that are a title only before another one ("Russian Foreign Minister", "State Sen.", "First Lady", "First
 * Minister"), else a name's own first word ("Syrian Observatory", "First West Yorkshire", "First Solar": a company).
 */
const NATIONALITY = /(?:an|ian|ese|ish|i|ic)$|^(?:national|federal|democratic|republican|gop|state|u\.s\.|us|u\.n\.|un|house|senate|first)$/;
/**
 * A lower-cased title word that NATIONALITY reads as a nationality: one ending in "-i" only when the lexicon knows it
 * as a demonym ("Iraqi", "Saudi", "Pakistani"), not a title of its own ("Kgosi", "Alhaji", "Rabbi"), so stripped from
 * the name it opens ("Kgosi Moeti Seretse-Kaelo of Ghanzi told farmers …", a Sunday Standard-style probe,
 * test/fixtures/outlets bw-sundaystandard-ghanzi-cattle-payments.txt, whose "the Kgosi said" was "Moeti Seretse-Kaelo of
 * Ghanzi", where "Chief" before the same words cut the name before "of Ghanzi").
 */
const nationalityWord = (l: string): boolean => NATIONALITY.test(l) && (!l.endsWith('i') || isDemonym(l));

/** The title of a doctor ("Dr.", "Dr"). */
const DOCTOR_TITLE = /^Dr\.?$/;
/** A degree's field after "Dr." that is not medicine ("Dr. iur.": a doctor of law, no physician; text/abbreviations.ts). */
const NOT_MEDICINE = new Set(DEGREE_FIELDS.filter(f => f !== 'med').map(f => `${f}.`));
/**
 * A title's words name a physician: "Dr." not followed by another field than medicine ("Government Councillor Dr. iur.
 * Sabine Hasler-Quaderer" beside "FBP deputy Dr. med. Ursula Batliner-Gassner … ⏎ "…," the doctor said", a Vaterland-style
 * probe, test/fixtures/outlets li-vaterland-health-insurance-premiums.txt, probes-hh: two doctors, and the quote was "doctor").
 */
const physicianTitle = (words: string[]): boolean => words.some((w, i) => DOCTOR_TITLE.test(w) && !NOT_MEDICINE.has(words[i + 1]?.toLowerCase() ?? ''));
/** The fewest letters a specialist's noun and a word of a description share at their start ("pediatric", "cardi"). */
const SPECIALTY_STEM = 5;
/** Doctors' nouns that name no specialty ("doctor", "physician": not "physical"). */
const NO_SPECIALTY = /^(?:doctor|physician)$/;

/** The description holds a word of the specialty the noun names ("pediatrician": "a pediatric … specialist"). */
function specialtyIn(noun: string, description: string): boolean {
  if (NO_SPECIALTY.test(noun) || noun.length < SPECIALTY_STEM) return false;
  const stem = noun.slice(0, SPECIALTY_STEM);
  return description.toLowerCase().split(/[^a-z]+/).some(w => w.startsWith(stem));
}

export interface NameRun {
  /** Token range [i, j). */
  i: number;
  j: number;
  s: number;
  e: number;
  /** Canonical form of this mention (titles stripped). */
  name: string;
  /** The title words stripped from the front ("Foreign Minister"). */
  title: string;
}

/**
 * Token k joins the capitalised words around it into one name ("Secretary of State", "Commission on Presidential
 * Debates") — but not "on" before a day or a month, which starts a time phrase ("Berlin on Monday", "Later on Sunday").
 */
function connects(toks: Tok[], k: number): boolean {
  return (inClass(toks[k], NAME_JOINER) && !(toks[k].l === 'on' && CALENDAR_NAMES.has(toks[k + 1]?.l ?? '')) && !theBeforeName(toks, k)) || degreeFieldAfterTitle(toks, k);
}

/** The period an abbreviation's token ends with ("hon.", "med."). */
const ABBREVIATION_PERIOD = /\.$/;
/** A degree's title that its field in lower case may follow ("Dr. med.", "lic. oec."). */
const DEGREE_TITLE = /^(?:dr|lic)\.?$/;
/**
 * Token k is the lower-case field of the degree whose title stands before it (text/abbreviations.ts DEGREE_FIELDS), part
 * of the titled name's run: "FBP deputy Dr. med. Ursula Batliner-Gassner, a general practitioner in Schaan, said … ⏎
 * "…," the doctor said", a Vaterland-style probe, test/fixtures/outlets li-vaterland-health-insurance-premiums.txt,
 * probes-hh, left "Dr." a run of its own, and the doctor no one.
 */
const degreeFieldAfterTitle = (toks: Tok[], k: number): boolean =>
  k > 0 && !toks[k].cap && DEGREE_FIELDS.includes(toks[k].l.replace(ABBREVIATION_PERIOD, '')) && DEGREE_TITLE.test(toks[k - 1].l);

/** The nouns of a name one bears or was given, before a full name set off after them ("his … name, Rafael Edward Cruz,"). */
const NAME_NOUN = /^(?:name|birth-name)$/;

/** The run [i, j) is a full name set off after "name" and a comma ("changed his Spanish-sounding name, Rafael Edward Cruz,"). */
function borneName(toks: Tok[], r: { i: number; j: number }): boolean {
  return r.j - r.i >= 2 && r.i >= 2 && toks[r.i - 1].t === ',' && NAME_NOUN.test(toks[r.i - 2].l) && toks[r.j]?.t === ',';
}

/** A hyphenated word ending on a joiner, which "the" goes on ("Liar-of the Year Barack Obama", PolNeAR train). */
const JOINER_ENDING = /-(?:of|for|in)$/i;

/**
 * Token k is a "the" after a capitalised word and no other joiner, before two capitalised words or more that end on a
 * plural noun of people: the article of a group's name of its own, no joiner of one name ("the only Amendment the
 * Founding Fathers wrote", PolNeAR train, Breitbart 2015-11-18, whose quote went to "Amendment the Founding Fathers");
 * not a body's "the" ("Rock the Vote Millennial Poll", PolNeAR train, USA Today 2016-01-12), nor an epithet's, one word
 * after it ("Alexander the Great").
 */
function theBeforeName(toks: Tok[], k: number): boolean {
  if (!(k > 0 && toks[k].l === 'the' && !toks[k].cap && !inClass(toks[k - 1], NAME_JOINER) && !JOINER_ENDING.test(toks[k - 1].t))) return false;
  let m = k + 1;
  while (m < toks.length && toks[m].cap && !toks[m].punct && !toks[m].br) m++;
  return m - k > 2 && isPluralPeopleNoun(toks[m - 1].l);
}

/**
 * "Marc Lasry" in "Marc Lasry of Avenue Capital Group", "Anne-Marie de Grandpré" in "Anne-Marie de Grandpré of
 * Manitoba Court of King's Bench": a first name the lexicon knows (or, hyphenated, whose first part it knows) and a
 * surname, its particles in lower case, before "of".
 */
const PERSON_OF = /^(\p{Lu}[\p{L}'’-]+) ((?:(?:de|du|des|da|di|del|la|le|van|von|der) )*\p{Lu}[\p{L}'’-]+) (of|for) (?:the )?\p{Lu}/u;
/**
 * A longer name before "of": a first name and two or three more words, capitalised or particles of a surname, the last
 * capitalised ("The Minister of Transport, Sjúrður í Gerðinum Joensen of Fólkaflokkurin, said he had been informed …", a
 * Local.fo-style probe, fo-localfo-subsea-tunnel-tolls; "Aviaja Motzfeldt Olsvig of Demokraatit said that the airline
 * should publish its accounts …", a KNR-style probe, gl-knr-air-greenland-domestic-fares; test/fixtures/outlets, whose
 * speakers were the whole run with its party). Looked at only when PERSON_OF finds no two-word name.
 */
const LONG_PERSON_OF = /^(\p{Lu}[\p{L}'’-]+) ((?:[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+) (of|for) (?:the )?\p{Lu}/u;
/** The middle and last words of a LONG_PERSON_OF name are surname words: particles, or capitalised words no common word, place, title or body word. */
const surnameWords = (words: string): boolean => words.split(' ').every(w => SURNAME_PARTICLES.has(w) || (/^\p{Lu}/u.test(w) && !isCommonWord(w) && !isPlace(w) && !TITLES.has(w.toLowerCase()) && !BODY_WORD.test(w)));
/** The name holds " of " or " for ", as every name PERSON_OF matches does (looked for before the expression is run: most names hold neither). */
const ofOrForIn = (name: string): boolean => name.includes(' of ') || name.includes(' for ');

/**
 * Two words the lexicon reads as a person's name though it knows neither as a given name, no common word, place, body
 * or initials: a person named before "of" and a body ("Meenakshi Ganguly of Human Rights Watch", "Holger Schmieding of
 * Berenberg", "Darran Whiting of Liberty Baptist Church", PolNeAR train; not "Hollywood Chamber of Commerce").
 */
function unknownName(name: string): boolean {
  const [first, last] = name.split(' ');
  // (a name of one word is none of two: "D.Tsogtbaatar", people/personName.ts initialGluedName)
  if (last === undefined) return false;
  return !givenNameGender(first) && !isCommonWord(last) && !isPlace(last) && !BODY_WORD.test(name) && kindOfName(name) === 'person' && !isKnownOrganization(name) && !inCapitals(first);
}

/**
 * A surname alone before "of" and a body, after a courtesy title: "said Mr. Nevins of Showtime" (PolNeAR train, NYT
 * 2016-05-17, where "Nevins of Showtime" was the speaker's name beside "David Nevins, the chief executive of Showtime").
 */
const SURNAME_OF = /^(\p{Lu}[\p{L}'’-]+) (?:of|for) (?:the )?\p{Lu}/u;

/** A chief's title ("Chief", "Paramount Chief") and the name of two or three words a chief's run holds before "of" and a place. */
const CHIEF_TITLE = /(?:^|\s)Chief$/;
const CHIEF_OF = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) of \p{Lu}/u;
/** A one-word name before "of" or "for" and a capitalised word ("D.Tsogtbaatar of Bayan-Ovoo"). */
const GLUED_NAME_OF = /^(\S+) (?:of|for) (?:the )?\p{Lu}/u;

/** A LONG_PERSON_OF match whose words after the first are surname words and that reads as a person's name, as [run, first, surname, joiner]. */
function longPersonOf(name: string): RegExpExecArray | null {
  const m = LONG_PERSON_OF.exec(name);
  // (not a constituency and the long form of "MP": "Opposition Kitwe Central Member of Parliament Mr Joseph Kabamba-Ngosa
  // accused …", a Lusaka Times-style probe, zm-lusakatimes-kitwe-mealie-meal-prices)
  return m && surnameWords(m[2]) && !memberOfParliament(name.split(' '), m[2].split(' ').length) && kindOfName(`${m[1]} ${m[2]}`) === 'person' ? m : null;
}

function personBeforeOf(name: string, title: string, afterRole: boolean, courtesySurnames: ReadonlySet<string>): string | undefined {
  const surname = COURTESY_TITLE.test(title.toLowerCase()) ? SURNAME_OF.exec(name)?.[1] : undefined;
  if (surname && courtesySurnames.has(surname) && !TITLES.has(surname.toLowerCase())) return surname;
  // (a chief's name of two or three words before "of" and the village he is chief of: "Chief Ekema Mbua Ndive of Kake II
  // village told Journal du Cameroun that …", a Journal du Cameroun-style probe, test/fixtures/outlets
  // cm-journalducameroun-cocoa-farmgate-price.txt, probes-rr, whose source was "Ekema Mbua Ndive of Kake II")
  const chiefs = CHIEF_TITLE.test(title) ? CHIEF_OF.exec(name)?.[1] : undefined;
  if (chiefs && !chiefs.split(' ').some(w => BODY_WORD.test(w) || TITLES.has(w.toLowerCase()))) return chiefs;
  // (a whole name in one word before "of" and a place: "Herder D.Tsogtbaatar of Bayan-Ovoo soum", initialGluedName)
  const glued = ofOrForIn(name) ? GLUED_NAME_OF.exec(name)?.[1] : undefined;
  if (glued && initialGluedName(glued)) return glued;
  // (nor a constituency before the long form of "MP": "Chasefu Member of Parliament Hon. Kelvin Nyirenda-Sakala told
  // Parliament …", a Zambia Daily Mail-style probe, test/fixtures/outlets zm-dailymail-fisp-fertiliser-delays.txt, whose
  // speaker was "Chasefu Member")
  const m = !ofOrForIn(name) || memberOfParliament(name.split(' '), 1) ? null : PERSON_OF.exec(name) ?? longPersonOf(name);
  // (a given name the lexicon does not know after a title stripped from the run, "Analyst Tariq Hollis-Fenwick of
  // Northbound Securities", or set off after a role noun, "Another analyst, Simran Gill of Bayview Capital Markets,
  // wrote", test/fixtures/outlets; or before a surname the article writes after a courtesy title, "Hamida Rostami of
  // National Bank Financial was less sure …" and "Ms. Rostami said", a Globe and Mail-style probe)
  const titled = title !== '' || afterRole || (!!m && courtesySurnames.has(m[2]));
  const given = m && (givenNameGender(m[1]) || ((titled || (m[3] === 'of' && unknownName(`${m[1]} ${m[2]}`))) && !isCommonWord(m[1]) && !isPlace(m[1])));
  return m && given && !TITLES.has(m[1].toLowerCase()) ? `${m[1]} ${m[2]}` : undefined;
}

/**
 * The part of a name run that holds the name it is canonical for: from the first of the name's words in the run to
 * the end of the last one ("Reason Hedge Funds Support Hillary Clinton" in a Title Case headline → "Hillary Clinton",
 * "Marc Lasry of Avenue Capital Group" → "Marc Lasry", "President Barack Obama" → "Barack Obama"); the whole run
 * when none of the name's words is in it. What the editor marks as a mention of that speaker.
 */
export function nameWithin(text: string, run: { s: number; e: number }, name: string): { start: number; end: number } {
  const words = new Set(name.split(' '));
  let start = -1, end = -1;
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  word.lastIndex = run.s;
  for (let m = word.exec(text); m && m.index < run.e; m = word.exec(text)) {
    const w = withoutFinalPeriod(withoutPossessive(m[0]));
    if (!words.has(w) && !words.has(m[0])) continue;
    if (start < 0) start = m.index;
    end = Math.min(run.e, m.index + m[0].length);
  }
  return start < 0 ? { start: run.s, end: run.e } : { start, end };
}

/**
 * A capitalised "The" right after a capitalised word opens a new phrase, not more of the name: a heading run into its
 * paragraph ("Cheers, Ms. Yellen  The Federal Reserve chairwoman, Janet Yellen, …"). After a joining word it is
 * part of the name ("Bank of The Philippine Islands"); in capitals it is a heading's word ("IS FEELING THE BERN").
 */
const opensPhrase = (t: Tok): boolean => t.t === 'The';

/**
 * A possessive at token k ends a name ("Trump's Cabinet", "Sanders’ Vermont"), except a plural one or an office's that a
 * body's head word follows: that is the body's own name ("B.C. Ferry and Marine Workers' Union", "Ontario Nurses’
 * Association", "Elementary Teachers' Federation of Ontario", "the Prime Minister's Office", "the Premier’s Office").
 */
const endsName = (toks: Tok[], k: number): boolean =>
  toks[k].poss && !((PLURAL_POSSESSIVE.test(toks[k].t) || TITLES.has(toks[k].l)) && k + 1 < toks.length && toks[k + 1].cap && bodyHeadWord(toks[k + 1].t))
  && !peoplesBodyName(toks, k) && !saintsPlace(toks, k) && !sovereignsCourt(toks, k);
/**
 * A sovereign's possessive at token k after a body's head and "of", before a capitalised word: the court's own name
 * ("Justice Amara Nwosu-Blake of the Court of King's Bench said …", a CTV-style probe, test/fixtures/outlets
 * ca-ctv-calgary-renovation-fraud.txt, where "Bench" was a person of its own that "said" went to).
 */
const sovereignsCourt = (toks: Tok[], k: number): boolean =>
  TITLES.has(toks[k].l) && toks[k - 1]?.l === 'of' && !toks[k - 1].cap && !!toks[k - 2]?.cap && isBodyHead(toks[k - 2].t) && !!toks[k + 1]?.cap;
/** The most capitalised words between a people's possessive and the body's head word it names ("People's Action Party"). */
const PEOPLES_BODY_REACH = 3;
/**
 * A possessive of people at token k that a body's head word follows within a few capitalised words: the body's own
 * name, a party's as often as a union's ("The main opposition Republican People's Party (CHP) called for …", a Hürriyet
 * Daily News-style probe, test/fixtures/outlets tr-hurriyet-minimum-wage-talks.txt, whose source was "Party"; "People's
 * Action Party", "Serhii Tkachenko, head of the Consumers' Energy Association, an independent watchdog, said", a Kyiv
 * Independent-style probe, whose source was "head of the Consumers'"). Its plural's apostrophe or an irregular plural's.
 */
function peoplesBodyName(toks: Tok[], k: number): boolean {
  if (!PLURAL_POSSESSIVE.test(toks[k].t) && !isPeopleGroup(withoutPossessive(toks[k].t))) return false;
  for (let m = k + 1; m < toks.length && m <= k + PEOPLES_BODY_REACH && toks[m].cap && !toks[m].poss && !toks[m].br; m++) {
    if (bodyHeadWord(toks[m].t) || ORGANISATION.test(toks[m].t)) return true;
  }
  return false;
}
/**
 * "Organisation" as a body's last word after a people's possessive ("But the Rwanda Consumers' Rights Protection
 * Organisation (ADECOR) said …", a New Times-style probe, test/fixtures/outlets rw-newtimes-kigali-bus-fares.txt, whose
 * source was "Rights Protection Organisation").
 */
const ORGANISATION = /^Organi[sz]ations?$/;
/** "St." or "Saint" before one name. */
const SAINT = /^(?:st\.?|saint)$/;
/** The most capitalised words between a saint's possessive and the body or building it names ("St. Anthony's Catholic Church"). */
const SAINTS_PLACE_REACH = 3;
/**
 * A saint's possessive at token k that a body's or a building's word follows within a few capitalised words: the
 * church's, school's or hospital's own name ("the parish priest of St. Anthony's Catholic Church, Owa-Alero", a
 * Vanguard-style probe, test/fixtures/outlets, where "St. Anthony" was a person "the cleric said" went to).
 */
function saintsPlace(toks: Tok[], k: number): boolean {
  if (!SAINT.test(toks[k - 1]?.l ?? '')) return false;
  for (let m = k + 1; m <= k + SAINTS_PLACE_REACH && toks[m]?.cap; m++) if (BODY_WORD.test(toks[m].t)) return true;
  return false;
}
/**
 * A body's head word in the plural, as a federation of bodies names itself after them: "The Federation of North
 * Toronto Residents' Associations said it was disappointed", a Toronto Star-style probe, where the source was cut at
 * "Residents".
 */
const pluralBodyHead = (word: string): boolean => word.length > 3 && word.endsWith('s') && isBodyHead(word.slice(0, -1));
/** A body's head word in the singular or the plural ("Union", "Party", "Associations"): after a possessive, the body's name. */
const bodyHeadWord = (word: string): boolean => isBodyHead(word) || pluralBodyHead(word);
/** A plural noun's possessive, an apostrophe after its "s" ("Residents'", "Patients'", "officers’"). */
export const PLURAL_POSSESSIVE = /s['’]$/;

/** A word written in capital letters only ("FBI", "WSJ", "JOHN"): ../text/wordShape.ts. */
export { inCapitals };

/** A body's head words that end no name joined with "and" ("Obama and White House officials", "Clinton and Senate Democrats"). */
const NOT_AND_BODY_HEAD = /^(?:House|Senate|Court|Party)$/;
/** The most capitalised words after the "and" of a body's name before its head word ("and Marine Workers' Union"). */
const AND_BODY_REACH = 4;
/**
 * An "and" at token k inside a body's name: between capitalised words, and the words after it end on a body's head
 * word ("Food and Drug Administration", "Ferry and Marine Workers' Union"); not "Obama and White House officials"
 * (House, Senate, Court and Party are left out) nor "Clinton and Sanders".
 */
function andInBodyName(toks: Tok[], k: number): boolean {
  if (toks[k].l !== 'and' || toks[k].cap || !toks[k - 1]?.cap || toks[k - 1].poss || !toks[k + 1]?.cap) return false;
  if (andAfterBodyHeadsField(toks, k)) return true;
  if (andInOfficeName(toks, k)) return true;
  if (!bodyWordBeforeAnd(toks, k - 1)) return false;
  if (secondFieldAfterOf(toks, k)) return true;
  for (let m = k + 1; m < toks.length && m <= k + AND_BODY_REACH && toks[m].cap; m++) {
    if (isBodyHead(toks[m].t) && !NOT_AND_BODY_HEAD.test(toks[m].t)) return true;
    if (endsName(toks, m)) return false;
  }
  return false;
}

/**
 * An "and" at token k before the last department of an office's portfolio, a title's "of" or "for" and its departments
 * before it (../people/portfolio.ts titleBeforePortfolio) and no holder's name after the department's words: the office
 * written whole, as a body's name is read ("the Ministry of Trade and Industry"): "The Minister for Foreign Affairs and
 * Trade said that …", "The Secretary of State for Environment and Rural Affairs said that …", were cut at "and" and read
 * as "Minister for Foreign Affairs" and "Secretary of State for Environment" beside the people "Trade" and "Rural Affairs".
 */
function andInOfficeName(toks: Tok[], k: number): boolean {
  if (k < 2 || titleBeforePortfolio(toks, k) < 0) return false;
  let m = k + 1;
  while (m < toks.length && m <= k + AND_BODY_REACH && toks[m].cap && !toks[m].punct && DEPARTMENT_WORD.test(toks[m].t)) m++;
  // (a holder set off after the office is read as before: "Minister of Public Infrastructure, Utilities and Transport, Hon.
  // Desmond Liburd-Warner, told …", kn-sknvibes-water-rationing.txt)
  return m > k + 1 && !toks[m]?.cap && toks[m]?.t !== ',';
}

/**
 * An "and" at token k between the two fields of a body's word and its "of", the second of common words that end the
 * name: "IDAAN's 2024 budget was about $310 million, according to figures published by the Ministry of Economy and
 * Finance, of which …" and "The ministry said …" (a Newsroom Panama-style probe, test/fixtures/outlets
 * pa-newsroompanama-arraijan-water-cuts.txt), "the Department of Health and Human Services", were cut at "and"; not
 * "the Department of Justice and Hillary Clinton" (a given name), "the Bank of England and Financial Conduct
 * Authority" (a place, bodyWordBeforeAnd). After an office's title too (ofAfterBodyWordOrOffice), and a department's
 * word is such a field's word ("Hydrocarbons", "Consumption", portfolio.ts DEPARTMENT_WORD).
 */
function secondFieldAfterOf(toks: Tok[], k: number): boolean {
  if (k < 2) return false;
  const wider = !ofAfterBodyWordOrOffice(toks, k - 2);
  if (wider && !widerFirstField(toks, k)) return false;
  let m = k + 1;
  for (; m < toks.length && m <= k + AND_BODY_REACH && toks[m].cap && !toks[m].punct; m++) {
    if (!commonFieldWord(toks[m]) || (wider && isBodyHead(toks[m].t))) return false;
  }
  return m > k + 1 && !toks[m]?.cap && !(wider && toks[m]?.l === 'and');
}

/** A capitalised word of a body's field: a common word or a department's, no possessive, no place, no given name. */
const commonFieldWord = (t: Tok): boolean =>
  !t.poss && (isCommonWord(t.t) || DEPARTMENT_WORD.test(t.t)) && !isPlace(t.t) && firstNameGender(t.t) === undefined;

/**
 * The first field before the "and" at token k has two words or more, after a body's word and its "of": "Taxi associations
 * raised the fare … without waiting for approval from the Ministry of Public Works and Transport. … According to the
 * ministry, …" (a Public Eye-style probe, test/fixtures/outlets ls-publiceye-maseru-taxi-fares.txt, s50-ug) and "… at the
 * Ministry of Primary Resources and Tourism … According to the ministry, …" (a Borneo Bulletin-style probe,
 * bn-borneobulletin-temburong-agrotech-park.txt) were cut at "and", "Ministry of Public Works", "Ministry of Primary
 * Resources". Then the second field holds no body's head (a second body, "… and Senate officials", whose heads
 * andInBodyName reads on its own) and no "and" follows it ("the Ministry of Public Health and Education and the police",
 * a list); an office's title keeps andInOfficeName's reading.
 */
function widerFirstField(toks: Tok[], k: number): boolean {
  let of = k - 1;
  while (of > 0 && k - of <= AND_BODY_REACH && toks[of].cap && !toks[of].punct && commonFieldWord(toks[of])) of--;
  return of < k - 2 && ofAfterBodyWordOrOffice(toks, of) && BODY_WORD.test(toks[of - 1].t);
}

/** "for" or "of" in lower case between a body's head and its field ("Centre for Monitoring"). */
const fieldPreposition = (t: Tok | undefined): boolean => !!t && !t.cap && (t.l === 'for' || t.l === 'of');
/** A capitalised word of a body's field: no possessive, no given name ("Early", "Warning"; not "Hillary"). */
const fieldWord = (t: Tok | undefined): boolean => !!t && t.cap && !t.punct && !t.poss && firstNameGender(t.t) === undefined;

/**
 * An "and" at token k between two fields of the body whose head and "for" or "of" open its name just before, the
 * second field followed by the name's own "of" or "for" and a capitalised word ("the National Centre for Monitoring and
 * Early Warning of Natural Disasters (Cemaden)", a Rio Times-style probe, test/fixtures/outlets
 * br-riotimes-petropolis-landslides.txt, was cut at "Monitoring"); not "the Department of Justice and Hillary Clinton".
 */
function andAfterBodyHeadsField(toks: Tok[], k: number): boolean {
  let of = k - 1;
  while (of > k - AND_BODY_REACH && fieldWord(toks[of])) of--;
  if (of === k - 1 || !fieldPreposition(toks[of]) || !toks[of - 1]?.cap || !isBodyHead(toks[of - 1].t)) return false;
  let m = k + 1;
  while (m < toks.length && m <= k + AND_BODY_REACH && fieldWord(toks[m])) m++;
  return m > k + 1 && fieldPreposition(toks[m]) && !!toks[m + 1]?.cap;
}

/**
 * The capitalised word at token k, before "and", may open a body's name: a common word ("Food and Drug
 * Administration"), or a word after "the" that is no initials and no given name ("the Securities and Exchange
 * Commission", "the Boycott Divestment and Sanction (BDS) movement", PolNeAR train, HuffPost 2016-06-02); not "Goodlatte and Benghazi Committee Chairman Trey
 * Gowdy", "the FBI and Justice Department", "Bill and Hillary Clinton Foundation" (PolNeAR train).
 * (The words back to "the" may hold a body's word and its "of", and a common noun's possessive stands for "the": "In a
 * statement, the BVI Chamber of Commerce and Hotel Association called on the government … ⏎ “…,” the association
 * said." (a BVI Beacon-style probe, test/fixtures/outlets vg-bvibeacon-water-rates-increase.txt) and "A spokesperson
 * for the municipality's Children and Youth Administration said … ⏎ Parents can apply for a reduced fee …, the
 * administration said." (a Local Denmark-style probe, dk-thelocal-copenhagen-daycare-fees.txt) were cut at "and", the
 * body "Hotel Association", "Youth Administration"; not a place before "and": "the Bank of England and Financial
 * Conduct Authority", two bodies.)
 */
export function bodyWordBeforeAnd(toks: Tok[], k: number): boolean {
  // (or a title: "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell", two offices)
  if (isCommonWord(toks[k].t) || TITLES.has(toks[k].l)) return true;
  let m = k, ofBody = false;
  for (; m > 0; m--) {
    const before = toks[m - 1];
    // (an office's "of" too: "The Directorate General of Competition and Consumption (DGCC) said …", ofAfterBodyWordOrOffice)
    if (ofAfterBodyWordOrOffice(toks, m - 1)) ofBody = true;
    else if (!before.cap || before.l === 'the' || before.poss) break;
  }
  return opensBodyName(toks[m - 1]) && !(ofBody && isPlace(toks[k].t)) && !inCapitals(toks[k].t) && firstNameGender(toks[k].t) === undefined;
}

/**
 * Token p is the lower-case "of" of a body's name, after a body's word ("Chamber of Commerce", "Ministry of Health"), or
 * its "for" ("The Ministry for Construction and Transport said it would examine …", a Daily News Hungary-style probe,
 * test/fixtures/outlets hu-dailynewshungary-budapest-pass-price.txt, probes-hh, was cut at "Construction", as Hungarian
 * and German ministries are named in English).
 * Or the lower-case "of" (not "for") after an office's title, whose department's name may have two fields ("The
 * Minister of Mines and Hydrocarbons also indicated that …", a Guinea Ecuatorial Press-style probe, test/fixtures/outlets
 * gq-guineaecuatorialpress-butane-cylinder-price.txt; "The Directorate General of Competition and Consumption (DGCC) said
 * in a press release that …", a Gabonreview-style probe, ga-gabonreview-libreville-cassava-baton-price.txt, probes-kk,
 * fortieth session: the sources were "Hydrocarbons" and "Competition and Consumption", the second of two people named
 * together). secondFieldAfterOf keeps a name after the field out ("Minister of Health and Welfare Jeong Hye-rim").
 */
function ofAfterBodyWordOrOffice(toks: Tok[], p: number): boolean {
  const t = toks[p], before = toks[p - 1];
  if (!PORTFOLIO_OPENING.has(t.l) || t.cap || p === 0 || !before.cap || before.poss) return false;
  return BODY_WORD.test(before.t) || (t.l === 'of' && TITLES.has(before.l));
}

/** "the", or a lower-case noun's possessive ("the municipality's"), before a body's name. */
const opensBodyName = (t: Tok | undefined): boolean => !!t && (t.l === 'the' || (t.poss && !t.cap));

/**
 * A "to" at token k inside a body's name: after such a head and before a capitalised word that is no place and no
 * given name ("the Coalition to Stop Trump", PolNeAR train, NYT 2016-06-23; not "the Committee to Canada", "gave the
 * Foundation to Mary Smith").
 */
function toInBodyName(toks: Tok[], k: number): boolean {
  const head = toks[k - 1], next = toks[k + 1];
  return toks[k].t === 'to' && !!head && headsInfinitiveName(head.t) && !!next && next.cap && !isPlace(next.t) && firstNameGender(next.t) === undefined;
}

/** The token after the age set off by commas at token j (", 69,"), else j. */
export function pastAge(toks: Tok[], j: number): number {
  return toks[j]?.t === ',' && /^\d{1,3}$/.test(toks[j + 1]?.t ?? '') && toks[j + 2]?.t === ',' ? j + 3 : j;
}

/**
 * Token k is the "the" of a body's name after its head's "for" or "of", before a capitalised word: "Kiel Institute for
 * the World Economy", "Foundation for the Defense of Democracies" (a Deutsche Welle-style probe, test/fixtures/outlets
 * de-dw-merz-zelenskyy-air-defense.txt, where "World Economy" was a person of its own that "he said" took).
 */
function theAfterBodyJoiner(toks: Tok[], k: number): boolean {
  const the = toks[k], joiner = toks[k - 1], head = toks[k - 2];
  return !!the && the.l === 'the' && !the.cap && !!joiner && (joiner.l === 'for' || joiner.l === 'of') && !joiner.cap && !!head && head.cap && !head.poss
    && (isBodyHead(head.t) || (joiner.l === 'of' && bodyHeadsField(toks, k - 2))) && !!toks[k + 1]?.cap && toks[k + 1].s <= the.e + 2 && the.s <= joiner.e + 2 && joiner.s <= head.e + 2;
}

/** The most capitalised words of a body's field between its head's "of" and a second "of the" (bodyHeadsField). */
const BODY_FIELD_NAME_WORDS = 3;
/**
 * The capitalised word at token h ends the field of a body's head before it, "HEAD of|for Field Words": a second "of
 * the" goes on with the body's name (only "of": the cases seen are all "of the"). "The president of the Federation of Pearl Farmers of the Tuamotu, NAME, said …"
 * (a Tahiti Infos-style probe, test/fixtures/outlets pf-tahitiinfos-pearl-export-floor-price.txt, where the federation
 * was "Federation of Pearl Farmers"); "the Ministry of Energy of the Kyrgyz Republic announced" (a 24.kg-style probe,
 * kg-24kg-bishkek-heating-tariff.txt, "Ministry of Energy").
 */
function bodyHeadsField(toks: Tok[], h: number): boolean {
  for (let k = h; k > 1 && k > h - BODY_FIELD_NAME_WORDS; k--) {
    if (!toks[k].cap || toks[k].poss || toks[k].br) return false;
    const joiner = toks[k - 1], head = toks[k - 2];
    if (!joiner.cap && (joiner.l === 'of' || joiner.l === 'for')) return head.cap && !head.poss && isBodyHead(head.t) && joiner.s <= head.e + 2 && toks[k].s <= joiner.e + 2;
    if (toks[k].s > joiner.e + 2) return false;
  }
  return false;
}

/**
 * The name of tokens [i, j) is a body's, set off by a comma after lower-case words that describe a person named after
 * it: "A spokesperson for the mill operator, | Northern Sugar Industries Ltd.,| Marisol Villanueva-Tzul, said …" (an
 * Amandala-style probe, test/fixtures/outlets bz-amandala-cane-final-payment.txt, whose spokesperson was the company);
 * or the body's initials after its noun: "The director of the territory's electricity company, | EEWF,| Laurent
 * Guérin-Folaka, said the company would apply the new tariff …" (a Wallis et Futuna la 1ère-style probe,
 * test/fixtures/outlets wf-wallisfutuna1ere-electricity-tariff.txt, probes-vv, forty-third session, whose source was "EEWF").
 */
export function bodySetOff(toks: Tok[], i: number, j: number, floor = 0): boolean {
  const before = i - 2;
  if (before < floor || toks[i - 1].t !== ',' || toks[before].cap || toks[before].punct) return false;
  return isBodyName(toks.slice(i, j).map(t => t.t)) || (j - i === 1 && BODY_INITIALS_WORD.test(toks[i].t) && BODY_NOUN.has(toks[before].l));
}
/** A body's initials written as one word of capitals ("EEWF", "SEMNC"). */
const BODY_INITIALS_WORD = /^\p{Lu}{2,6}$/u;

/** A description that writes the office `head` ("minister", OFFICE_OF) capitalised as its title ("The Minister of Agriculture, …"), or opens on it. */
function officeCapitalisedIn(description: string, head: string): boolean {
  const h = head.toLowerCase();
  if (!OFFICE_OF[h]) return false;
  const title = h[0].toUpperCase() + h.slice(1);
  const words = description.split(/[\s,]+/);
  // (or the office opens it after "the", as an office the copy writes in lower case: "The tavana of Papara, NAME, said
  // … ⏎ The tavana replied that …", a Radio1-style probe, pf-radio1-papara-water-tariff.txt, probes-vv)
  return words.includes(title) || (/^the$/i.test(words[0] ?? '') && words[1]?.toLowerCase() === h);
}

/** The comma before a person's name at token p (a comma), past a body's name set off between them (bodySetOff); else p. */
function pastBodySetOff(toks: Tok[], p: number): number {
  const body = toks[p]?.t === ',' ? runAt(toks, p - 1) : null;
  return body && body.j === p && bodySetOff(toks, body.i, body.j) ? body.i - 1 : p;
}

/** The first comma of the list of portfolios that ends at the comma q (portfolioListStart); else q. */
function pastPortfolioList(toks: Tok[], q: number): number {
  const last = toks[q]?.t === ',' ? runAt(toks, q - 1) : null;
  const first = last && last.j === q ? portfolioListStart(toks, last.i, last.j) : -1;
  return first >= 0 ? first : q;
}

/** The run of tokens [i, j) is a body's name set off (bodySetOff) before a person's name set off after it. */
function bodyBeforePerson(toks: Tok[], i: number, j: number): boolean {
  const person = toks[j]?.t === ',' ? runAt(toks, j + 1) : null;
  return !!person && person.i === j + 1 && toks[person.j]?.t === ',' && bodySetOff(toks, i, j) && !isBodyName(toks.slice(person.i, person.j).map(t => t.t));
}

/**
 * runAt's answers for a token array, two slots per token (the run's i and j; NO_RUN: none; UNREAD: not asked yet).
 * Some 70 rules ask for the run around a token, most of them for tokens NameTable has already asked about (every
 * capitalised word of the article): each run is read once per token. A token array is never changed once tokenize
 * returns it, and runAt reads nothing else.
 */
const RUNS_READ = new WeakMap<readonly Tok[], Int32Array>();
const UNREAD = -2, NO_RUN = -1;
let lastToks: readonly Tok[] | undefined, lastRuns: Int32Array | undefined;

function runsReadOf(toks: readonly Tok[]): Int32Array {
  if (toks === lastToks && lastRuns) return lastRuns;
  let runs = RUNS_READ.get(toks);
  if (!runs) RUNS_READ.set(toks, runs = new Int32Array(2 * toks.length).fill(UNREAD));
  lastToks = toks;
  return lastRuns = runs;
}

/**
 * The capitalised run that contains token k, or null (a new object each time: callers may change it). None at a
 * currency's letters (./tokens.ts currencyLetters: "farmers EC$8" names no one "EC", "BZ$9 million" no body "BZ").
 */
export function runAt(toks: Tok[], k: number): { i: number; j: number } | null {
  if (k < 0 || k >= toks.length || !toks[k].cap || currencyLetters(toks, k)) return null;
  const runs = runsReadOf(toks);
  if (runs[2 * k] === UNREAD) {
    const r = readRunAt(toks, k);
    runs[2 * k] = r ? r.i : NO_RUN;
    runs[2 * k + 1] = r ? r.j : NO_RUN;
    return r;
  }
  return runs[2 * k] === NO_RUN ? null : { i: runs[2 * k], j: runs[2 * k + 1] };
}

/** runAt's reading: k is a capitalised token of toks. */
function readRunAt(toks: Tok[], k: number): { i: number; j: number } | null {
  let i = k, j = k + 1;
  while (i > 0 && !toks[i].br && !(opensPhrase(toks[i]) && toks[i - 1].cap) && (toks[i - 1].cap && !endsName(toks, i - 1) || inSlashPatronymic(toks, i - 1) || ((connects(toks, i - 1) || andInBodyName(toks, i - 1) || toInBodyName(toks, i - 1)) && i > 1 && (toks[i - 2].cap || particlePair(toks, i - 2) || theAfterBodyJoiner(toks, i - 1)) && !toks[i - 2].poss)) && (toks[i - 1].e + 2 >= toks[i].s || toks[i].amp)) i--;
  while (j < toks.length && !toks[j].br && !endsName(toks, j - 1) && (toks[j].s <= toks[j - 1].e + 2 || toks[j].amp) && (toks[j].cap ? !(opensPhrase(toks[j]) && toks[j - 1].cap) : inSlashPatronymic(toks, j) || ((connects(toks, j) || andInBodyName(toks, j) || toInBodyName(toks, j)) && j + 1 < toks.length && (toks[j + 1].cap || particlePair(toks, j) || theAfterBodyJoiner(toks, j + 1))))) j++;
  while (j > i && !toks[j - 1].cap) j--;
  while (i < j && (!toks[i].cap || openingNor(toks, i) || ageWordAt(toks[i]) || (inClass(toks[i], NOT_NAME_WORD) && !nicknameInSentence(toks, i, j) && !monthAsGivenName(toks, i, j) && !weekdayAfterBracketedTitle(toks, i, j) && !initialA(toks, i, j) && !givenNameInApposition(toks, i, j)))) i++;
  // (a union local's number is its name's: "CUPE Local 21", "Unifor Local 444", a Regina Leader-Post-style probe)
  if (j > i + 1 && toks[j - 1].t === 'Local' && allDigits(toks[j]?.t ?? '') && toks[j].s === toks[j - 1].e + 1) j++;
  j = bylineNameEnd(toks, i, j);
  if (j <= i) return null;
  // (a seat's name before its holder's is a run of its own: "Greens senator for Western Australia Dorinda Maplethorpe")
  const seat = seatEnd(toks, i, j);
  if (seat > i) return k < seat ? { i, j: seat } : { i: seat, j };
  return frenchBodyName(toks, portfolioList(toks, i, j));
}

/**
 * The end of the author's name in the run [i, j) after a line's opening "By", before the role written after it with no
 * mark: "By Priya Ramdial-Kerr Staff Reporter" (the Toronto Star's byline; a Star-style probe, test/fixtures/outlets
 * ca-star-brampton-rental-licensing.txt, where "According to city staff" went to a person "Reporter"); j when none.
 */
function bylineNameEnd(toks: Tok[], i: number, j: number): number {
  const by = toks[i - 1];
  if (!by || by.l !== 'by' || !by.cap || !(by.br || i === 1)) return j;
  return i + bylineNameWords(toks.slice(i, j).map(t => t.t));
}

/** The letters after "a/" of a Malaysian Indian patronymic: "a/p" (anak perempuan, daughter of), "a/l" (anak lelaki, son of). */
const PATRONYMIC_SLASH_LETTERS: ReadonlySet<string> = new Set(['p', 'l']);

/**
 * Tokens k and k + 1 are the "a" and "p" (or "l") of a Malaysian Indian patronymic written with a slash between a given
 * name and the father's ("Grocer K. Selvarani a/p Krishnan said …", a Malay Mail-style probe, test/fixtures/outlets
 * my-malaymail-einvoice-hawkers.txt, where the tokens broke the run and "Krishnan" was the source).
 */
function slashPatronymic(toks: Tok[], k: number): boolean {
  const a = toks[k], b = toks[k + 1];
  return !!a && !!b && a.t === 'a' && PATRONYMIC_SLASH_LETTERS.has(b.t) && b.s === a.e + 1 && !!toks[k - 1]?.cap && !!toks[k + 2]?.cap;
}
/** Token k is a letter of such a patronymic. */
const inSlashPatronymic = (toks: Tok[], k: number): boolean => slashPatronymic(toks, k) || slashPatronymic(toks, k - 1);

/**
 * Token i, "A" inside a run of [i, j), is an initial written with no stop after a role or title in lower case, as Indian
 * papers write it ("Prohibition and excise minister A Karthikeyan, who visited the hospital, rejected …", a Times of
 * India-style probe, test/fixtures/outlets in-toi-hooch-deaths-assembly.txt, where "A" was the article and "the minister
 * said" no longer his), not the article opening a sentence or a name ("A Democratic senator", "a Type A personality").
 */
function initialA(toks: Tok[], i: number, j: number): boolean {
  const before = toks[i - 1];
  return toks[i].t === 'A' && j - i >= 2 && !toks[i].br && !!before && !before.cap && !before.punct && (isRoleNoun(before.l) || TITLES.has(before.l)) && !isCommonWord(toks[i + 1].t);
}

/**
 * The most characters between a given name's (or a nickname's) token and the particles after it: a space, and the
 * closing mark of a nickname in quotes ('Sen. Ronaldo "Dodong" de la Paz', test/fixtures/outlets
 * ph-inquirer-flood-control-hearing, where the run stopped at the nickname and the senator was "Paz").
 */
const QUOTED_NICKNAME_GAP = 2;

/**
 * Tokens k and k + 1 are two surname particles in lower case between a capitalised given name and surname ("Marius van
 * der Westhuizen", "Johan van den Berg", a News24-style probe, test/fixtures/outlets, where the run stopped at "van" and
 * "Westhuizen" was no one's).
 */
function particlePair(toks: Tok[], k: number): boolean {
  const a = toks[k], b = toks[k + 1];
  return !!a && !!b && !a.cap && !b.cap && SURNAME_PARTICLES.has(a.l) && SURNAME_PARTICLES.has(b.l) && !!toks[k - 1]?.cap && !!toks[k + 2]?.cap
    && b.s <= a.e + 1 && toks[k + 2].s <= b.e + 1 && a.s <= toks[k - 1].e + QUOTED_NICKNAME_GAP;
}

/** Who holds a seat named after "for" ("senator for Tasmania", "the member for Goldstein", "MP for Western Sydney"). */
const SEAT_HOLDERS: ReadonlySet<string> = new Set(['senator', 'member', 'candidate', ...[...LEGISLATOR_TITLES].map(t => t.toLowerCase())]);

/**
 * A run after a seat holder's "for" that names the seat and then its holder, two words ("Liberal senator for Tasmania
 * Brigid Halloran-Vance", "Greens senator for Western Australia Dorinda Maplethorpe", "Independent senator for the ACT
 * Lachlan Tremayne-Oakes", an AAP-style probe, test/fixtures/outlets, where the speaker was the whole description and
 * "ACT Lachlan Tremayne-Oakes"): the end of the seat's words, where the holder's name starts; else i. The seat is one or
 * two words, no title ("candidate for President Hillary Clinton" keeps its title), and the name's first word no common
 * word unless a given name; a name in mixed case, no body's.
 */
function seatEnd(toks: Tok[], i: number, j: number): number {
  let h = i - 1;
  if (toks[h]?.l === 'the') h--;
  if (h < 1 || toks[h].l !== 'for' || !SEAT_HOLDERS.has(toks[h - 1].l) || j - i < 3 || j - i > 4) return i;
  const a = j - 2;
  for (let k = i; k < j; k++) if (!toks[k].cap || toks[k].punct || TITLES.has(toks[k].l) || toks[k].poss) return i;
  const holder = toks.slice(a, j).map(t => t.t);
  // (a person's name in mixed case, no body's: not "the Vermont senator for the USA TODAY NETWORK", PolNeAR train)
  if (!holder.every(w => /^\p{Lu}\p{Ll}/u.test(w) && !BODY_WORD.test(w)) || kindOfName(holder.join(' ')) === 'organization') return i;
  return givenNameGender(toks[a].t) === undefined && isCommonWord(toks[a].l) ? i : a;
}

/** The most tokens of a French body's name ("Fédération de la santé et des services sociaux": 8). */
const FRENCH_NAME_TOKENS = 10;

/**
 * The end of a French body's name whose head is token h, over its lower-case words ("Association québécoise des CPE",
 * "Fédération de la santé et des services sociaux (FSSS-CSN)"): after the head a joiner or a French word, then
 * capitalised words, joiners, words after a joiner and French words, up to punctuation or a line break; h + 1 when the
 * words after the head are no French name's ("the Association says", "Union members").
 */
function frenchNameEnd(toks: Tok[], h: number): number {
  const first = toks[h + 1];
  if (!first || first.cap || first.br || !opensFrenchBodyName(toks[h].t, first.t)) return h + 1;
  let e = h + 1;
  for (; e < toks.length && e - h <= FRENCH_NAME_TOKENS && !toks[e].br && !toks[e].punct && !toks[e].poss; e++) {
    const t = toks[e];
    if (t.cap || FRENCH_NAME_JOINER.has(t.t) || FRENCH_WORD.test(t.t)) continue;
    // (a word after a joiner, or after such a word when it is no English verb's form: "des services sociaux", "de
    // transport de Montréal", not "… said")
    const afterJoiner = FRENCH_NAME_JOINER.has(toks[e - 1].t);
    if (!/^\p{Ll}+$/u.test(t.t) || (!afterJoiner && isVerbForm(t.t)) || !(afterJoiner || (!toks[e - 1].cap && e - 1 > h + 1))) break;
  }
  while (e > h + 1 && FRENCH_NAME_JOINER.has(toks[e - 1].t)) e--;
  return e;
}

/** The ending of every age word (AGE_WORD), in lower case. */
const AGE_WORD_ENDING = '-year-old';
/**
 * Token t is an age word ("Nineteen-year-old"): its lower case ends as one does before the expression is run (every
 * capitalised word of every name is asked about, some 10 k a PolNeAR dev run, and none was an age word).
 */
const ageWordAt = (t: Tok): boolean => t.l.endsWith(AGE_WORD_ENDING) && AGE_WORD.test(t.t);

/**
 * A lower-case word after a joiner before token i: "Société de développement commercial de la rue Saint-Denis", a
 * Montreal Gazette-style probe, was "Saint-Denis" (the joiner looked up before the word's letters are read).
 */
const afterFrenchJoiner = (toks: Tok[], i: number): boolean => i > 1 && FRENCH_NAME_JOINER.has(toks[i - 2].t) && /^\p{Ll}+$/u.test(toks[i - 1].t);

/**
 * A French body's name with lower-case words, from any run inside it ("The Association québécoise des CPE, which …"
 * is the association, not "CPE"; "The Fédération de la santé et des services sociaux (FSSS-CSN), which represents …,
 * said" the federation): the head's run to the name's end; else [i, j).
 */
function frenchBodyName(toks: Tok[], run: { i: number; j: number }): { i: number; j: number } {
  const { i, j } = run;
  if (FRENCH_BODY_HEAD.has(toks[j - 1].t)) {
    const e = frenchNameEnd(toks, j - 1);
    return e > j ? { i, j: e } : run;
  }
  if (i === 0 || toks[i].br || toks[i - 1].cap || !(FRENCH_NAME_JOINER.has(toks[i - 1].t) || FRENCH_WORD.test(toks[i - 1].t) || afterFrenchJoiner(toks, i))) return run;
  for (let h = i - 2; h >= 0 && i - h <= FRENCH_NAME_TOKENS && !toks[h + 1].br && !toks[h].punct; h--) {
    if (!toks[h].cap || !FRENCH_BODY_HEAD.has(toks[h].t)) continue;
    if (frenchNameEnd(toks, h) < j) return run;
    let a = h;
    while (a > 0 && toks[a - 1].cap && !toks[a].br && !toks[a - 1].punct) a--;
    return { i: a, j: Math.max(j, frenchNameEnd(toks, h)) };
  }
  return run;
}

/**
 * A word that is also a given name, capitalised after the comma that opens an apposition after a lower-case word, before
 * the rest of the name and the apposition's closing comma: no sentence opens there, so the capital is the name's. "Its
 * energy spokesman in parliament, Even Tveit Lunde, claimed that …" (probes-dd, a News in English-style probe from
 * Bergen, test/fixtures/outlets no-newsinenglish-bergen-power-prices.txt: "Even", a Norwegian given name and an English
 * adverb, was no name's word, and the source was "Its energy spokesman in parliament"); "Its spokesman in the province,
 * Will Dimaporo-Ampatuan, said that …" (names42, a Philippine Star-style probe, ph-philstar-cotabato-dengue-ward.txt,
 * where the source was "Its spokesman in the province"). The rest of the name is capitalised words that are no common
 * words or places and no body's or place's name; no determiner ("One of the organizations he will soon launch, Our
 * Revolution, will help …", PolNeAR train, a body's name).
 */
function givenNameInApposition(toks: Tok[], i: number, j: number): boolean {
  if (j - i < 2 || i < 2 || toks[i - 1].t !== ',' || !(lowerCaseWord(toks[i - 2]) || roleOfOneWordName(toks, i - 2)) || toks[j]?.t !== ',' || DETERMINERS.has(toks[i].l)) return false;
  for (let m = i + 1; m < j; m++) if (!toks[m].cap || inClass(toks[m], NOT_NAME_WORD) || isCommonWord(toks[m].t) || isPlace(toks[m].t)) return false;
  const kind = kindOfName(toks.slice(i + 1, j).map(t => t.t).join(' '));
  return kind !== 'organization' && kind !== 'place';
}

/** A word in lower case ("spokesman"). */
const lowerCaseWord = (t: Tok): boolean => !t.cap && /^\p{Ll}/u.test(t.t);
/**
 * Token k is a one-word name after "of" or "for" and a lower-case role noun: what a role is of, before the apposition
 * that names its holder ("The mayor of Mamoudzou, Said Omar Anrafa, welcomed …", a Mayotte la 1ère-style probe,
 * test/fixtures/outlets yt-mayottela1ere-water-cuts-schedule.txt, was "Omar Anrafa": see givenNameInApposition).
 */
const roleOfOneWordName = (toks: Tok[], k: number): boolean => k >= 2 && toks[k].cap && !toks[k - 1].cap && (toks[k - 1].l === 'of' || toks[k - 1].l === 'for') && lowerCaseWord(toks[k - 2]) && isRoleNoun(toks[k - 2].l);

/** A nickname capitalised after a lower-case word, before more of the name: a given name ("said Will Doyle"), not "Will". */
const nicknameInSentence = (toks: Tok[], i: number, j: number): boolean =>
  j - i >= 2 && i > 0 && lowerCaseWord(toks[i - 1]) && givenNameOfNickname(toks[i].l) !== undefined;

/**
 * A month that is also a given name opening a sentence before a surname, with no date reading: "April Mellody, a
 * spokeswoman for the Democratic National Convention, said" (PolNeAR train, New York Times 2016-05-19) is April
 * Mellody, not Mellody. Not after a word ("in April Smith …" dates), nor before a common word, a day or a month, a
 * place or a number ("June Primary", "April Fools", "April 3").
 */
function monthAsGivenName(toks: Tok[], i: number, j: number): boolean {
  const t = toks[i], next = toks[i + 1];
  if (j - i < 2 || !(i === 0 || t.br || toks[i - 1].punct) || !CALENDAR_NAMES.has(t.l) || firstNameGender(t.t) === undefined || !next.cap) return false;
  return !inClass(next, NOT_NAME_WORD) && !isCommonWord(next.t) && !isPlace(next.t) && !isVerbForm(next.l) && !next.poss;
}

/**
 * Tokens [i, j) are a place set off after a person's name by "from" ("Among them was Michal Ohana-Levi, from Kiryat Gat,
 * whose husband and two sons have served in Gaza. ⏎ “…,” the 52-year-old said", a Times of Israel-style probe,
 * test/fixtures/outlets, where "Kiryat Gat" was a person who took the quote): where the person is from, no one.
 */
function hometownSetOff(toks: Tok[], i: number, j: number): boolean {
  return i >= 3 && toks[i - 1].l === 'from' && toks[i - 2].t === ',' && toks[i - 3].cap && !toks[i - 3].poss && toks[j]?.t === ',';
}

/**
 * A weekday that is a given name after an honorific in brackets, as Nigerian copy writes "Senator (Dr.) Sunday Ojoma
 * Akpabi" (a Premium Times-style probe, test/fixtures/outlets, where the senator was "Ojoma Akpabi"): the bracket opens a
 * run of its own, whose weekday is no time word before more of the name.
 */
function weekdayAfterBracketedTitle(toks: Tok[], i: number, j: number): boolean {
  return j - i >= 2 && WEEKDAYS.has(toks[i].l) && bracketedTitleBefore(toks, i) && toks[i + 1].cap && !inClass(toks[i + 1], NOT_NAME_WORD);
}

/** An honorific's closing bracket is token i - 1, the honorific, a title, before it ("Senator (Dr.) |Sunday"). */
const bracketedTitleBefore = (toks: Tok[], i: number): boolean => i >= 2 && toks[i - 1].t === ')' && TITLES.has(toks[i - 2].l);

/**
 * Token i is the conjunction "Nor" opening a sentence ("Nor, he said, did he say anything …", PolNeAR train, Washington
 * Post 2016-01-16), no word of a name; mid-sentence, after a comma or a word, it is a Malay given name ("Her neighbour,
 * Nor Hayati Ismail, 41, said", test/fixtures/outlets my-thestar-kelantan-flood-aid), kept by nameWords.
 */
function openingNor(toks: Tok[], i: number): boolean {
  return toks[i].t === 'Nor' && (i === 0 || toks[i].br || !(toks[i - 1].t === ',' || /^\p{Ll}/u.test(toks[i - 1].t))) && !malayNameAfterNor(toks, i);
}

/**
 * Token i, "Nor", opens a Malay name of three words or more, a given name the lexicon knows next ("Nor Azizah binti
 * Ismail, who runs a kuih stall with her sister, said …", a Malay Mail-style probe, test/fixtures/outlets
 * my-malaymail-einvoice-hawkers.txt, where the stallholder was "Azizah binti Ismail"), though it opens the sentence.
 */
function malayNameAfterNor(toks: Tok[], i: number): boolean {
  const given = toks[i + 1], after = toks[i + 2];
  return !!given && !!after && given.cap && !given.punct && firstNameGender(given.t) !== undefined && !after.punct && (after.cap || SURNAME_PARTICLES.has(after.l)) && !!toks[i + 3]?.cap;
}

/** A word in capitals ("CHAIR", "A", "GOP"). */
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d'’.&-]*$/u;
/** A word in capitals longer than an acronym ("TIDE", "CHAIR"; not "FBI", "USA"). */
const ALL_CAPS_WORD = /^\p{Lu}{4,}/u;
/** The fewest words in capitals that open a paragraph as its run-in head ("ROLL TIDE", "DNC CHAIR …"). */
const RUN_IN_HEAD_WORDS = 2;

/**
 * The name run [i, j) runs from a run-in head into its paragraph's first sentence: words in capitals opening the
 * paragraph, then the sentence's opening word ("DNC CHAIR DEBBIE WASSERMAN SCHULTZ RESIGNS After months of criticism",
 * PolNeAR train, HuffPost 2016-07-25; "ROLL TIDE Alabama beat undefeated Clemson", "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team
 * cited"): no one's name.
 */
export function runsFromRunInHead(toks: Tok[], i: number, j: number): boolean {
  let a = i;
  while (a > 0 && !toks[a].br && ALL_CAPS.test(toks[a - 1].t)) a--;
  if (a > 0 && !toks[a].br) return false;
  let c = a, word = false;
  for (; c < j && ALL_CAPS.test(toks[c].t); c++) word ||= ALL_CAPS_WORD.test(toks[c].t);
  return word && c - a >= RUN_IN_HEAD_WORDS && c > i && c < j;
}

/**
 * The words the article writes in lower case (each word token neither capitalised nor punctuation, by its `l`),
 * found once per article: the names table and the people stage both ask.
 */
export const lowerCaseWords: (toks: Tok[]) => ReadonlySet<string> = keptPer((toks: Tok[]): ReadonlySet<string> => {
  const words = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.cap && !t.punct) words.add(t.l);
  }
  return words;
});

/** Capitalised words written after a word or a comma, across a line break (`acrossLines`) or not. */
function capsAfterWord(toks: Tok[], acrossLines: boolean): ReadonlySet<string> {
  const set = new Set<string>();
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k], p = toks[k - 1];
    if (t.cap && (!p.punct || p.t === ',' || p.t === '(') && t.s - p.e <= 2 && (acrossLines || !t.br)) set.add(t.l);
  }
  return set;
}

/**
 * Capitalised words the article also writes inside a sentence (after a word or a comma): a word seen only at
 * sentence starts ("Later", "Typically", "Allies") is no name.
 */
export const midSentenceCaps: (toks: Tok[]) => ReadonlySet<string> = keptPer((toks: Tok[]): ReadonlySet<string> => capsAfterWord(toks, true));

/**
 * midSentenceCaps without the words that open a line after a line ending in a word: a byline's or a headline's has no
 * mark, and the lede's first word after it opens a sentence ("By Alusine Kamara-Bangura ⏎⏎ Commercial motorbike riders
 * in Makeni …", a Sierraloaded-style probe, test/fixtures/outlets sl-sierraloaded-makeni-okada-permit-fee.txt, where
 * "Commercial" read as a name written mid-sentence and took "the Mayor said" and "She added").
 */
export const midLineCaps: (toks: Tok[]) => ReadonlySet<string> = keptPer((toks: Tok[]): ReadonlySet<string> => capsAfterWord(toks, false));

/**
 * Words the article writes capitalised right after "in", no possessive ("in Mahalapye", not "in Trump's campaign"): the
 * places it is set in, which the lexicon may not know (placeNamedIn).
 */
const capitalisedAfterIn: (toks: Tok[]) => ReadonlySet<string> = keptPer((toks: Tok[]): ReadonlySet<string> => {
  const set = new Set<string>();
  for (let k = 1; k < toks.length; k++) if (toks[k].cap && !toks[k].poss && toks[k - 1].l === 'in' && !toks[k - 1].cap) set.add(toks[k].l);
  return set;
});

/**
 * A word in capitals that the article also writes, capitalised, after "in": a place the lexicon may not know, as a
 * dateline names it ("MAHALAPYE: Residents have gone without tap water …" and "… a kgotla meeting in Mahalapye", a
 * Mmegi-style probe, test/fixtures/outlets bw-mmegi-mahalapye-water-kgotla.txt, where the lede was a report of
 * "MAHALAPYE"); not a transcript's speaker label ("TAPPER:", "BOULDUAN:", PolNeAR train, none written after "in").
 */
const placeNamedIn = (toks: Tok[], t: Tok): boolean => capitalisedAfterIn(toks).has(t.l);

/** The most characters of the text before the line of a dateline that opens the article's lede (opensLede). */
const LEDE_REACH = 300;

/**
 * Token a opens the article's lede: a line after the first (the headline), within LEDE_REACH characters of the text's
 * start, where no line between the headline and it ends on a sentence's stop (a byline, a credit: "By Onkarabile
 * Seretse-Moagi ⏎ Staff Writer ⏎ MAHALAPYE: …"). A transcript's speaker label comes after paragraphs of prose
 * ("HOLLINGS:", test/fixtures/us-probes us-nyt-debate-transcript.txt; "BOULDUAN:", "TAPPER:", PolNeAR train).
 */
function opensLede(toks: Tok[], a: number): boolean {
  if (a === 0 || !toks[a].br || toks[a].s > LEDE_REACH) return false;
  let headline = true;
  for (let k = 1; k < a; k++) {
    if (!toks[k].br) continue;
    if (!headline && SENTENCE_STOPS.has(toks[k - 1].t)) return false;
    headline = false;
  }
  return true;
}

/**
 * The word in capitals at token a, before a colon, is a place the lexicon may not know, by the article's own evidence: it
 * opens the lede (opensLede), or the article writes it after "in" too (placeNamedIn).
 */
export const placeByArticle = (toks: Tok[], a: number): boolean => opensLede(toks, a) || placeNamedIn(toks, toks[a]);

/**
 * Titles written before a given name rather than a last name ("Sir Keir", "Dame Judi"; an Aboriginal elder's "Aunty
 * Pearl", "Uncle Roy"; a Fijian chief's "Ratu Viliame", "Adi Litia").
 */
const GIVEN_NAME_TITLE = /^(?:Sir|Dame|Aunty|Auntie|Uncle|Ratu|Adi)$/;

/** A compound that says where someone comes from or who runs them ("Texas-based"): no part of the name. */
const AFFILIATION = /-(?:based|born|led|backed|run|owned)$/i;
/**
 * A capitalised word made a modifier by a lower-case participle or a noun of kind after its hyphen ("Occupy Wall
 * Street-style protests", "his Orlando-based district", "GOP-leaning voters"); not a name's second syllable ("Ban
 * Ki-moon", "Kim Jong-un", "Soong Mei-ling": the participle's stem has three letters at least).
 */
const MODIFIER_COMPOUND = /^\p{Lu}[\p{L}.'’]*-(?:\p{Ll}{3,}(?:ed|ing)|born|led|run|style|like|type|era|esque|friendly)$/u;
/** MODIFIER_COMPOUND, run only on a word with a hyphen (every run's last word is asked about, few hold one). */
const modifierCompound = (word: string): boolean => word.includes('-') && MODIFIER_COMPOUND.test(word);

/** The gap a spaced hyphen leaves between two tokens (" - "). */
const SPACED_HYPHEN_GAP = 3;
/** How far into the sentence the dash of a dateline may stand ("MOSCOW (AP) —", "CHARLESTON, S.C. -"). */
const DATELINE_REACH = 9;

/** A question label "Q" glued to the first word of a question opening its line ("QWhat would …"), in an interview whose answers are labelled "A:". */
const GLUED_Q = /^Q\p{Lu}\p{Ll}/u;
const ANSWER_LABEL = /(?:^|\n)[ \t]*A:\s/;
const answerLabelled = new WeakMap<Tok[], boolean>();
export function gluedQuestionLabel(toks: Tok[], k: number, text: string): boolean {
  if (!(k === 0 || toks[k].br) || !GLUED_Q.test(toks[k].t)) return false;
  let labelled = answerLabelled.get(toks);
  if (labelled === undefined) answerLabelled.set(toks, labelled = ANSWER_LABEL.test(text));
  return labelled;
}

/**
 * The first token after a dateline ("WASHINGTON — Sen. Chuck Grassley …", "MOSCOW (AP) — …", "NASHUA, N.H. - …"), or
 * startTok. A dateline names a place, never a person. (Asked for the same sentence opening by every cue of the
 * sentence with a different `ceil`: the scan is made once per opening token, unbounded, and `ceil` applied to where
 * it stopped.)
 */
export function afterDateline(toks: Tok[], startTok: number, ceil: number): number {
  if (!toks[startTok]?.cap) return startTok;
  if (datelines.toks !== toks) datelines = { toks, end: new Int32Array(toks.length).fill(DATELINE_UNKNOWN) };
  let found = datelines.end[startTok];
  if (found === DATELINE_UNKNOWN) datelines.end[startTok] = found = datelineEnd(toks, startTok);
  if (found === DATELINE_NONE) return startTok;
  // (the scan stopped at token found >> 1: a bounded scan gets there only if that token is before ceil - 1)
  const x = found >> 1;
  return x < ceil - 1 ? x + (found & 1) : startTok;
}

/** datelineEnd's answers for the last token array asked about (one article is analysed at a time). */
let datelines: { toks: Tok[] | null; end: Int32Array } = { toks: null, end: new Int32Array(0) };
const DATELINE_UNKNOWN = -2, DATELINE_NONE = -1;

/**
 * Where afterDateline's scan from startTok (a capitalised token) stops with no ceiling but the text's end: 2x + 1 for a
 * dash at token x (the dateline ends after it), 2x for a spaced hyphen before token x (it ends there), DATELINE_NONE
 * when neither stands within DATELINE_REACH.
 */
function datelineEnd(toks: Tok[], startTok: number): number {
  // (whether tokens [startTok, x) hold a news agency, and are all words of a place, kept as x grows; "New York (AFP)
  // –": an agency's dateline may write its place in mixed case; so does a one-word place before the dash that opens
  // the lede, or that the article writes after "in" (placeByArticle): "Ljubljana – Several hundred students gathered …,
  // saying that …", a Slovenia Times-style probe, test/fixtures/outlets si-sloveniatimes-ljubljana-student-rents.txt,
  // probes-hh, was a report of "Ljubljana"; "Vaduz – Adults in Liechtenstein will pay …, the Office of Public Health
  // announced", li-vaterland-health-insurance-premiums.txt, took the dateline into its content)
  let agency = NEWS_AGENCIES.has(toks[startTok].t), place = toks[startTok].t === toks[startTok].t.toUpperCase(), comma = false;
  for (let x = startTok + 1; x < toks.length - 1 && x < startTok + DATELINE_REACH; x++) {
    if (x > startTok + 1) {
      const w = toks[x - 1];
      agency ||= NEWS_AGENCIES.has(w.t);
      place &&= w.punct || (w.cap && (w.t === w.t.toUpperCase() || comma));
    }
    comma ||= toks[x - 1].t === ',';
    if ((inClass(toks[x], DASH) && (agency || place || datedAgency(toks, x) || (x === startTok + 1 && placeByArticle(toks, startTok)))) || colonDateline(toks, startTok, x) || stopDateline(toks, startTok, x)) return 2 * x + 1;
    // (a spaced hyphen is no token: "CHARLESTON, S.C. - Democratic …" leaves a gap of three characters)
    // ("TORONTO, April 11 (Reuters) - …": after an agency's name in brackets too)
    if (toks[x].s - toks[x - 1].e >= SPACED_HYPHEN_GAP && (place || (agency && toks[x - 1].t === ')'))) return 2 * x;
  }
  return DATELINE_NONE;
}

/**
 * The dash at token x follows a dated agency's initials in brackets, "Soubré, 5 Dec 2026 (AIP) –", "Bobo-Dioulasso, December
 * 3, 2026 (AIB) –": a day or a year, then two to six capitals in brackets, whatever agency they name (NEWS_AGENCIES lists
 * the ones that sign without a date). (An AIP-style probe, test/fixtures/outlets ci-aip-soubre-cocoa-farmgate-price.txt,
 * s47-probes-qf: the dateline's "Soubré" was the source of a report of the union's president and of his quote; the same
 * dateline shape took "DILI, 02 december 2026 (TATOLI)—" into tl-tatoli-dili-rice-price's lede report and made "Dakar"
 * the source of sn-aps-dakar-bread-price's bakers' one.)
 */
function datedAgency(toks: Tok[], x: number): boolean {
  return toks[x - 1]?.t === ')' && toks[x - 3]?.t === '(' && /^[A-Z]{2,6}$/.test(toks[x - 2].t) && /^\d{1,4}$/.test(toks[x - 4]?.t ?? '');
}

/**
 * The stop at token x ends a dateline of one place word that opens the lede, the French regional papers' "Mamoudzou. From
 * Monday, the households …" and "Saint-Denis. The single ticket …" (a Mayotte la 1ère-style and a Clicanoo-style probe,
 * test/fixtures/outlets yt-mayottela1ere-water-cuts-schedule.txt, re-clicanoo-saint-denis-bus-fares.txt, s47-probes-qf:
 * "Mamoudzou" was a person whom "the mayor of Mamoudzou declared" then named): a capitalised word on the same line after
 * it (opensLede: a line after the headline and its byline).
 */
function stopDateline(toks: Tok[], a: number, x: number): boolean {
  const next = toks[x + 1];
  return x === a + 1 && toks[x].t === '.' && !!next && next.cap && !next.br && !toks[a].punct && opensLede(toks, a);
}

/** The most words of a dateline before its colon ("PETALING JAYA:"). */
const MAX_COLON_DATELINE = 4;

/**
 * Tokens [a, x) are a dateline in capitals before the colon at token x, as Malaysian, Indian and Singaporean papers
 * open a story ("KOTA BHARU: Cash aid … will be paid out by Friday, says Datuk Seri Rahmat Zainal Abidin.", a The
 * Star-style probe, test/fixtures/outlets my-thestar-kelantan-flood-aid.txt, where "KOTA BHARU" was a person the
 * minister's description then named): a place the lexicon knows, or two words or more with no given name or title
 * among them; not a transcript's speaker label ("TAPPER:", "JAKE TAPPER:", "SEN. SANDERS:") nor its "Q:" and "A:".
 */
export function colonDateline(toks: Tok[], a: number, x: number): boolean {
  if (toks[x]?.t !== ':' || x <= a) return false;
  // (a date set off by a comma may stand before the colon, and makes a place of one word a dateline: "KUWAIT CITY, Dec 5:
  // The Ministry of Electricity … has submitted a proposal …, informed sources told the Arab Times.", an Arab Times-style
  // probe, test/fixtures/outlets kw-arabtimes-investment-power-tariff.txt, whose report was not found)
  const end = datelineDateStart(toks, a, x);
  if (end - a > MAX_COLON_DATELINE) return false;
  const run = toks.slice(a, end);
  if (!run.every(w => !w.punct && w.t.length > 1 && inCapitals(w.t) && !TITLES.has(w.l) && firstNameGender(w.t) === undefined)) return false;
  return run.length >= 2 || end < x || isPlace(run[0].t) || placeByArticle(toks, a);
}

/** The comma before a day and its month that end a dateline before its colon at token x (", Dec 5", ", Dec. 5"), else x. */
function datelineDateStart(toks: Tok[], a: number, x: number): number {
  const month = withoutFinalPeriod(toks[x - 2]?.l ?? '');
  return x - 3 > a && toks[x - 3].t === ',' && MONTHS_OR_ABBREVIATIONS.has(month) && DAY_OF_MONTH.test(toks[x - 1].t) ? x - 3 : x;
}
/** A party-and-state tag as one word: "D-Conn", "R-Texas", "I-Vt" (its abbreviation's period a token of its own). */
const PARTY_STATE_TAG = /^[DRI]-\p{Lu}\p{Ll}*$/u;

/**
 * Tokens [i, j) are a legislator's party-and-state tag set off after a capitalised word, in parentheses or after a
 * comma: "Sen. Richard Blumenthal (D-Conn.)", "Sen. Ted Cruz, R-Texas,", "Mitch McConnell, R-Ky., said". It names no one.
 */
export function partyStateTag(toks: Tok[], i: number, j: number): boolean {
  return j - i === 1 && PARTY_STATE_TAG.test(toks[i].t) && (toks[i - 1]?.t === '(' || toks[i - 1]?.t === ',') && !!toks[i - 2]?.cap;
}

/** The most words of a seat's name after its holder's "for" ("Bimbo", "Kira Municipality", "Ottawa South Centre"). */
const SEAT_WORDS = 3;

/**
 * Tokens [i, j) are a seat holder's title, "for" and the seat's name, set off after a name and a comma and closed by a
 * comma, a constituency's number before it at most: "For the honourable Bertin Mbaïkoua-Sélézi, MP for Bimbo 2, these
 * announcements come late. The deputy told RNL that …", a Radio Ndeke Luka-style probe from Bangui, test/fixtures/outlets
 * cf-radiondekeluka-bangui-cassava-flour-price.txt, probes-mm, where the deputy and the MP were a person "Bimbo"; "The
 * honourable Jane Hale, MP for Kira, said …" went to "Kira". It names the seat, no one (the holder is the name before).
 */
export function seatSetOff(toks: Tok[], i: number, j: number): boolean {
  if (toks[i - 1]?.t !== ',' || !toks[i - 2]?.cap || toks[i + 1]?.l !== 'for' || !SEAT_HOLDERS.has(toks[i].l) || j - i - 2 < 1 || j - i - 2 > SEAT_WORDS) return false;
  const after = /^\d{1,2}$/.test(toks[j]?.t ?? '') ? j + 1 : j;
  return toks[after]?.t === ',';
}

/** A seat's holders who hold a numbered district, besides SEAT_HOLDERS ("Parliamentary Representative for District 5"). */
const DISTRICT_HOLDERS: ReadonlySet<string> = new Set([...SEAT_HOLDERS, 'representative']);

/**
 * Tokens [i, j) are a numbered district's name set off after its number and closed by a comma: "The Leader of the
 * Opposition and Parliamentary Representative for District 5, Road South, Hon. Dr. Cardigan Lake-Banks, described the
 * subsidy as …", an Anguillian-style probe, test/fixtures/outlets ai-theanguillian-anglec-fuel-surcharge.txt, probes-nn
 * (forty-second session), where the speaker of the quote and of "He said the Government had promised …" was a person
 * "Road South"; "The Member for District 5, Road South, NAME, said …" the same. It names the seat, no one (the holder
 * is the name after).
 */
export function numberedSeatName(toks: Tok[], i: number, j: number): boolean {
  if (toks[i - 1]?.t !== ',' || toks[j]?.t !== ',' || j - i > SEAT_WORDS) return false;
  const num = toks[i - 2], district = toks[i - 3], holder = toks[i - 5];
  return !!num && DAY_OF_MONTH.test(num.t) && !!district?.cap && toks[i - 4]?.l === 'for' && !!holder && DISTRICT_HOLDERS.has(holder.l);
}

/** A day of the month in figures ("5", "31"); a district's or a constituency's number. */
const DAY_OF_MONTH = /^\d{1,2}$/;

/**
 * Tokens [i, j) are two or more words of a title and nothing else ("Prime Minister", "Foreign Minister", "Vice
 * President"). (One title word alone may be a surname — "King", "Marshall" — or a body — "Senate".)
 */
export function onlyTitles(toks: Tok[], i: number, j: number): boolean {
  const head = toks[j - 1]?.l;
  if (j - i < 2 || !(OFFICE_HEADS.has(head) || head === LEADER || chiefExecutive(toks, j - 1))) return false;
  for (let k = i; k < j; k++) if (!TITLES.has(toks[k].l) && !chiefExecutive(toks, k) && !(k < j - 1 && OFFICE_QUALIFIERS.has(toks[k].l))) return false;
  return true;
}

/**
 * Token k is the "Executive" of "Chief Executive", an office's title as "Chief Executive of the Minerals Commission"
 * (a Citi Newsroom-style sentence, where "the chief said" then took a person "Executive") or Hong Kong's "Chief
 * Executive" are; "executive" alone is a common word of no title.
 */
const chiefExecutive = (toks: Tok[], k: number): boolean => toks[k].l === 'executive' && k > 0 && toks[k - 1].l === 'chief';
/**
 * Tokens [i, j), after "the", are a portfolio's capitalised common words and an office's title, and nothing else: "The
 * Natural Disaster Management Minister said …" after "…, says Datuk Seri Rahmat Zainal Abidin." (a The Star-style probe,
 * test/fixtures/outlets my-thestar-kelantan-flood-aid.txt, where the minister was a name "Natural Disaster Management
 * Minister" that took his quotes), "the Finance Minister", as "the finance minister" is a description of its holder. No
 * given name, place, demonym, honorific or party among them ("the Ontario Premier" is a run of its own).
 */
export function portfolioTitle(toks: Tok[], i: number, j: number): boolean {
  if (i === 0) return false;
  // (or, after a body's possessive, any title set off before its holder's name: "in a statement signed by the service's
  // Public Relations Officer, Mr Daniel Fenyi-Asare, directed …", a GhanaWeb-style probe, test/fixtures/outlets, where
  // "Public Relations Officer" was a person "the statement warned" went to; a title of one word too, "The agency's
  // Director-General, Engr. Umar Ibrahim-Mohammed, told PUNCH that …", a Punch-style probe, test/fixtures/outlets
  // ng-punch-kogi-flood-relief.txt, whose source was a person "Director-General")
  const owned = toks[i - 1].poss && !toks[i - 1].cap && (TITLES.has(toks[j - 1].l) || titleCompound(toks[j - 1].l)) && toks[j]?.t === ',' && !!toks[j + 1]?.cap;
  if (j - i < (owned ? 1 : 2)) return false;
  return (owned || (toks[i - 1].l === 'the' && OFFICE_HEADS.has(toks[j - 1].l))) && portfolioWords(toks, i, j - 1);
}

/** Tokens [i, j) are capitalised words of a portfolio: no possessive, given name, place, demonym, honorific or party. */
function portfolioWords(toks: Tok[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const t = toks[k];
    if (!t.cap || t.poss || t.punct || firstNameGender(t.t) !== undefined || isPlace(t.t) || isDemonym(t.t) || isHonorific(t.t) || PARTY_WORDS[t.l] !== undefined) return false;
  }
  return true;
}

/**
 * Tokens [i, j) are an office of a portfolio and nothing else: title words, "of", and words that are no given name,
 * common words or any set off by a comma before a capitalised word, the holder's name in apposition ("Ontario's
 * Minister of Northern Development, Anand Sethuraman, visited", "The Minister of Finance said", a Globe and Mail-style
 * probe, where "Development" was a person who took the ministry's and a retired millwright's quotes). A name after the
 * portfolio is no common word ("Minister of Finance Bill Morneau", "Secretary of State Jon Husted"): the run holds it.
 * A portfolio takes no "the" ("Speaker of the House of Representatives" holds a body's name), and a body's head is no
 * title there ("Manila's House of Representatives", PolNeAR train).
 */
export function portfolioOffice(toks: Tok[], i: number, j: number): boolean {
  const k = pastOfficeTitles(toks, i, j);
  if (k === i || k + 1 >= j || !PORTFOLIO_OPENING.has(toks[k].l) || toks[k + 1].l === 'the') return false;
  // (or the first of several department words "and" joins: "Minister of Transport | and Water, Senator …", bb-nationnews-electric-buses-parts.txt's shape)
  const apposed = (toks[j]?.t === ',' && !!toks[j + 1]?.cap) || andJoinsDepartments(toks, j);
  for (let m = k + 1; m < j; m++) {
    if (!toks[m].t.split('-').every(w => firstNameGender(w) === undefined && (apposed || isCommonWord(w)))) return false;
  }
  return true;
}

/**
 * Tokens [i, j) name an office, no person: title words alone ("the Prime Minister"), a portfolio's title or office
 * ("Minister of Northern Development") or a place's title no lexicon knows (unknownTitleOfPlace). One test for the
 * mention of a name (attribution/mention.ts nameMention) and the names a text's runs give (here, below).
 */
export function officeRun(toks: Tok[], i: number, j: number): boolean {
  return onlyTitles(toks, i, j) || portfolioTitle(toks, i, j) || portfolioOffice(toks, i, j) || unknownTitleOfPlace(toks, i, j);
}

/** The most words of an office's title that a lexicon does not know before "of" and its place ("Chefe de Suku of Becora"). */
const UNKNOWN_TITLE_WORDS = 3;
/** A given name, an honorific, a title or a body's word ("Mr", "Minister", "Council"). */
function namingWord(word: string): boolean {
  return firstNameGender(word) !== undefined || isHonorific(word) || TITLES.has(word.toLowerCase()) || BODY_WORD.test(word);
}

/**
 * A word of an office's title no lexicon knows: no given name, honorific, title, body's word, common word, role, place,
 * demonym or known body ("Tiafoi", "Faipule", "Seremi").
 */
export function unknownTitleWord(word: string): boolean {
  const l = word.toLowerCase();
  return !namingWord(word) && !isCommonWord(word) && !isRoleNoun(l) && !isPlace(word) && !isDemonym(word) && !isBodyHead(word) && !isKnownOrganization(word);
}

/**
 * Tokens [i, j) are an office of a place whose title no lexicon knows, set off before a comma: a capitalised title that
 * is no given name, common word, title, role, place or body's word, "of", and the place's capitalised words, after
 * "the" ("The Tiafoi of Alo, one of the chiefs of the kingdom's council, Atonio Fakatika Mulikihaamea, said", a Wallis
 * et Futuna 1ère-style probe, test/fixtures/outlets wf-wallisfutuna1ere-electricity-tariff.txt; "The Faipule of
 * Fakaofo, Teletule Falani Tumua, told", a Tokelau government-style one, tk-tokelaugov-ferry-fares.txt), or opening
 * its sentence before a person's name set off by commas ("Chefe de Suku of Becora, José Francisco Lopes Martins,
 * said", a Tatoli-style probe, tl-tatoli-dili-rice-price.txt): a person's name takes no "the", and an office, not its
 * holder, is what such a name is set off after. Each was a person "Tiafoi of Alo", "Chefe de Suku of Becora", that
 * "the chief said" and "the village chief said" then took.
 */
export function unknownTitleOfPlace(toks: Tok[], i: number, j: number): boolean {
  if (toks[j]?.t !== ',') return false;
  let of = i + 1;
  while (of < j && of - i <= UNKNOWN_TITLE_WORDS && toks[of].l !== 'of') of++;
  if (of >= j - 1 || toks[of].l !== 'of') return false;
  for (let k = i; k < j; k++) {
    const t = toks[k];
    if (k === of || (k > i && k < of && !t.cap && SURNAME_PARTICLES.has(t.l))) continue;
    // (a given name after the place's first word is the place's: "Custos of St Elizabeth, the Honourable Dr NAME, said", a
    // Jamaica Observer-style probe, jm-observer-st-elizabeth-drought-farmers.txt, was a person "Custos of St Elizabeth")
    if (!t.cap || t.poss || t.punct || (k < of ? !unknownTitleWord(t.t) : k === of + 1 ? namingWord(t.t) : placeWordNaming(t.t))) return false;
  }
  // (not after "and", a person's second role, whose reading is reported/speaker.ts phraseHead's: "a community leader and the
  // Baale of Ilaje-Otumara, Chief Olumide Bamgbose, said", a Punch-style probe, ng-punch-lagos-cholera.txt, whose source
  // stays the chief; and only before its holder's name set off, past a description at most: a place's or a body's own
  // word no lexicon knows, "the Sultanate of Oman, …", "the Shire of Cocos (Keeling) Islands, …", is set off before no one)
  if (i > 0 && toks[i - 1].l === 'the') return toks[i - 2]?.l !== 'and' && holderSetOff(toks, j);
  if (!sentenceOpening(toks, i)) return false;
  // (the holder's name set off after the comma: a known given name opening a run closed by a comma, no list's "and" or
  // "or" after it: "Sanders of Vermont, Hillary Clinton, and Martin O'Malley" are three people)
  // (or after an honorific of address and titles, which make a person's name of two words or more, its given name one
  // the lexicon lacks: ", the Honourable Dr Lascelles Gayle-Morrison,")
  const opens = theOfHonorific(toks, j + 1) ? j + 2 : j + 1;
  const holder = runAt(toks, opens);
  let given = opens;
  while (holder && given < holder.j - 1 && (isHonorific(toks[given].t) || TITLES.has(toks[given].l))) given++;
  const titled = opens > j + 1 || given > opens;
  return !!holder && holder.i === opens && toks[holder.j]?.t === ',' && (givenNameGender(toks[given].t) !== undefined || (titled && holder.j - given >= 2)) && !COORDINATORS_AND_OR.has(toks[holder.j + 1]?.l ?? '');
}

/** A word after the first of a place's name that names no place: an honorific, a title or a body's word (namingWord without the given names: "St Elizabeth"). */
const placeWordNaming = (word: string): boolean => isHonorific(word) || TITLES.has(word.toLowerCase()) || BODY_WORD.test(word);

/** How many tokens after an office's comma its holder's name may stand, past a description set off ("one of the chiefs of the kingdom's council,"). */
const HOLDER_REACH = 12;
/**
 * A person's name of two words or more set off by commas within HOLDER_REACH tokens after the comma at token c, in its
 * sentence, right after a comma: the holder of an office written before c ("…, one of the chiefs of the kingdom's
 * council, Atonio Fakatika Mulikihaamea, said").
 */
function holderSetOff(toks: Tok[], c: number): boolean {
  for (let k = c + 1; k < toks.length && k <= c + HOLDER_REACH && !toks[k].br && !SENTENCE_STOPS.has(toks[k].t); k++) {
    if (toks[k - 1].t !== ',' || !toks[k].cap) continue;
    const r = runAt(toks, k);
    if (r && r.i === k && r.j - r.i >= 2 && toks[r.j]?.t === ',' && kindOfName(toks.slice(r.i, r.j).map(t => t.t).join(' ')) === 'person') return true;
  }
  return false;
}

/** The token after the title words that open the office run at token i (before j), as portfolioOffice reads them: "Minister | for Agriculture". */
function pastOfficeTitles(toks: Tok[], i: number, j: number): number {
  let k = i;
  while (k < j && TITLES.has(toks[k].l) && !isBodyHead(toks[k].t)) k++;
  return k;
}

/**
 * Tokens [i, j) are an office's title words, "of" and its department's words alone, no holder's name: "Leader of
 * Opposition", "Leader of the Opposition", "Minister of Health" (the department words of personName.ts).
 */
export function departmentOffice(toks: Tok[], i: number, j: number): boolean {
  let k = i;
  while (k < j && TITLES.has(toks[k].l)) k++;
  if (k === i || k + 1 >= j || toks[k].l !== 'of') return false;
  for (let m = k + 1; m < j; m++) if (!DEPARTMENT_WORD.test(toks[m].t)) return false;
  return true;
}

/**
 * A member's description by the riding they hold after "the": "the Conservative MP for Beauce-Sud", "the Liberal MP for
 * Ottawa South" (an Ottawa Citizen-style probe, where the speaker was "MP for Beauce-Sud"): labels, a legislator's
 * title and "for", an office like "the Prime Minister", no one's name. The title's token (the description's head), or -1.
 */
export function memberForRiding(toks: Tok[], i: number, j: number): number {
  // (also "the Member for Newtown", the seat as Australian parliaments name a member: "Greens MP Jenna Papadakis-Lowe,
  // the Member for Newtown, said … ⏎ "…," the Member for Newtown said", an SBS-style probe, where the name was "Member
  // for Newtown")
  // (or a description set off by a comma that opens the sentence with the party before the title, as Irish and British
  // copy writes a member: "Fianna Fáil TD for Kerry, Norma Foley-Sheahan, said", an RTÉ-style probe, test/fixtures/outlets
  // ie-rte-inquest-ambulance-delay.txt, where the speaker was "Fianna Fáil TD for Kerry"; not "Tory MP for Romsey Annabel
  // Greaves-Holt said", one run with the name)
  // (probes-nn, test/fixtures/outlets: also after a party's name and its initials in brackets, "Opposition Maldivian
  // Democratic Party (MDP) MP for Henveiru Dhekunu, Ibrahim Faisal-Waheed, alleged that …" (an Edition.mv-style probe,
  // mv-edition-hulhumale-flats-points-list, where the source was "Henveiru Dhekunu"); and the long form of the title,
  // "Member of Parliament for Mahalapye West, Hon. David Tshere-Motlhabane, told residents that …" (a Mmegi-style
  // probe, bw-mmegi-mahalapye-water-kgotla, where the source was the description) and "Opposition Member of Parliament
  // for Blantyre City South, Hon. Felix Ndovi-Kachale, described …" (a Nyasa Times-style probe,
  // mw-nyasatimes-escom-load-shedding, where the speaker was "Opposition Member"))
  const opening = sentenceOpening(toks, i) || (i >= 3 && initialsInBrackets(toks, i - 3));
  if (!(toks[i - 1]?.l === 'the' || (opening && toks[j]?.t === ','))) return -1;
  let k = i;
  while (k < j && !LEGISLATOR_TITLES.has(toks[k].t) && toks[k].t !== MEMBER) k++;
  const f = pastOfParliament(toks, k);
  return f + 2 < j && toks[f + 1].l === 'for' && toks.slice(i, k).every(t => OFFICE_QUALIFIERS.has(t.l) || PARTY_WORDS[t.l] !== undefined || TITLES.has(t.l)) ? k : -1;
}

/** Past "of Parliament" after "Member" at token k ("Member | of Parliament | for Mahalapye West"): its last token, else k. */
const pastOfParliament = (toks: Tok[], k: number): number =>
  toks[k]?.t === MEMBER && toks[k + 1]?.l === 'of' && toks[k + 2]?.t === 'Parliament' ? k + 2 : k;

/** A member of a parliament, capitalised before "for" and the seat ("the Member for Wakehurst"). */
const MEMBER = 'Member';
/** The head of a party's or a chamber's office ("Majority Leader", "the Opposition Leader"). */
const LEADER = 'leader';
/**
 * Parties and the opposition of Canadian and British parliaments, before an office as "Democratic" is ("the
 * Conservative Leader said", "the Opposition Leader asked", "the NDP Leader"): a title's words here, though never
 * stripped from a name as titles are ("Conservative Party of Canada", "Labour MPs").
 */
const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(['conservative', 'liberal', 'labour', 'tory', 'ndp', 'opposition', 'green',
  // (and the Oireachtas's and Holyrood's: "Fianna Fáil TD for Kerry", "Fine Gael TD for Dublin Bay North", "Sinn Féin TD")
  'fianna', 'fáil', 'fine', 'gael', 'sinn', 'féin', 'snp']);

/** The title of a married woman ("Mrs", "Mrs."). */
const MARRIED_WOMAN = /^mrs\.?$/i;

/** Token i opens a sentence or a line. */
export const sentenceOpening = (toks: Tok[], i: number): boolean => i === 0 || toks[i].br || SENTENCE_STOPS.has(toks[i - 1].t);

/** The office of the run [i, j) whose portfolio opens at token a, from its first title word before a: its name, and what went before it as its title. */
function officeOf(toks: Tok[], i: number, a: number, j: number): { name: string; title: string } {
  let t = a - 1;
  while (t > i && titleWordAt(toks, t - 1)) t--;
  const words = (from: number, to: number): string => toks.slice(from, to).map(x => x.t).join(' ');
  return { name: words(t, j), title: words(i, t) };
}

/** Token k is a title word (canonicalOf). */
const titleWordAt = (toks: Tok[], k: number): boolean => TITLES.has(toks[k].l) || TITLES.has(toks[k].t.toLowerCase()) || PLURAL_TITLES.has(toks[k].l) || QUEBEC_HONORIFICS.has(toks[k].t);

/**
 * Token k, in the run [i, j), is stripped from the front of a name (canonicalOf). A nationality is part of a title only
 * before another title word ("Russian Foreign Minister", not "Syrian Observatory").
 */
const strippedAt = (toks: Tok[], i: number, j: number, k: number): boolean => AFFILIATION.test(toks[k].t) || (titleWordAt(toks, k) && (!nationalityWord(toks[k].l) || (k + 1 < j - 1 && titleWordAt(toks, k + 1))))
  || (k === i && j - i >= 3 && openingRole(toks, k))
  // (Singapore's "Senior Minister of State for Home Affairs Teo Siew Ann", a TODAY-style probe: "Senior" opening a title)
  || (k === i && toks[k].l === 'senior' && k + 1 < j - 1 && titleWordAt(toks, k + 1))
  // (a plural noun of kin before a given name: "Sisters Hilary and Frances Leckie"; not "Sisters of Mercy")
  || (k === i && PLURAL_KIN.has(toks[k].l) && k + 1 < j && toks[k + 1].cap);

/**
 * The run [i, j) ends on a name of ../people/personName.ts initialGluedName after other words (the role, title or body
 * they hold: "Herder D.Tsogtbaatar said …", "Minister of Food, Agriculture and Light Industry Ch.Khurelchuluun informed
 * that …", "Head of the Mongolian Wool and Cashmere Association G.Munkhzaya noted that …", a Montsame-style probe,
 * test/fixtures/outlets mn-montsame-raw-cashmere-price.txt, probes-rr, where they stayed in the name): the name, and those words as its title. */
function gluedNameEnding(toks: Tok[], i: number, j: number): { name: string; title: string } | undefined {
  if (j - i < 2 || !initialGluedName(toks[j - 1].t) || PORTFOLIO_LINK.has(toks[j - 2].l)) return undefined;
  let title = '';
  for (let k = i; k < j - 1; k++) title += (k > i && toks[k].t !== ',' ? ' ' : '') + toks[k].t;
  return { name: toks[j - 1].t, title };
}

export function canonicalOf(toks: Tok[], i: number, j: number): { name: string; title: string } {
  const glued = gluedNameEnding(toks, i, j);
  if (glued) return glued;
  let a = i;
  // (its two tests are functions of the module, not closures made at each of the many calls)
  // "Secretary of State John F. Kerry", "Minister of Defense …": "of" and the department belong to the title
  // (a body's name keeps its words: "Security Council", "State Department", "Foreign Ministry")
  // (nor a body the lexicon knows by a title word: "General Electric says", PolNeAR train, Washington Post 2016-02-05)
  // (nor a body's name by its words, a Canadian health authority's, "Interior Health said in a statement", a Vancouver
  // Sun-style probe, whose "Interior" reads as a title's, "Interior Minister", and was dropped; not one opening on where
  // it is based, "Oregon-based Halvorsen Timber Co.")
  const written = toks.slice(i, j).map(t => t.t);
  // (nor a person's title before its portfolio, a body's word among the portfolio's: "Minister for Water and Power
  // Khawaja Asif", an outlet-style sentence of the shape of pk-dawn-gas-tariff-senate, where "Water and" read as a
  // utility's name, "Rand Water", and the whole run was the speaker's name)
  const titleOpensPortfolio = TITLES.has(toks[i].l) && isPersonNoun(toks[i].l) && PORTFOLIO_OPENING.has(toks[i + 1]?.l ?? '');
  const body = isBodyHead(toks[j - 1].t) || isKnownOrganization(written.join(' ')) || (isBodyName(written) && !AFFILIATION.test(toks[i].t) && !titleOpensPortfolio);
  // (an office written whole, a portfolio of several departments joined by "and" or commas and no holder's name after
  // it, is the office, as a body's name is read: "The Secretary of State for Environment, Food and Rural Affairs said that
  // …", was ", Food and Rural Affairs"; ../people/portfolio.ts officeWritten)
  if (!body && officeWritten(written)) return { name: toks.slice(i, j).map((t, k) => (k > 0 && t.t !== ',' ? ' ' : '') + t.t).join(''), title: '' };
  while (!body && a < j - 1 && (strippedAt(toks, i, j, a) || (toks[a].l === 'of' && a > i && titleWordAt(toks, a - 1) && a + 2 < j))) {
    // (but the place an office is held for, no department's word, given name or common word, with one word after it is
    // that place's name, the office's whole run no one's: "The Mayor of Santo Tomas, NAME, said …" was "Tomas", whom "The
    // mayor said" then stood for; domainOfOffice)
    if (toks[a].l === 'of' && domainOfOffice(toks, a, j)) return { name: toks.slice(i, j).map(t => t.t).join(' '), title: '' };
    a += toks[a].l === 'of' ? 2 : 1;
  }
  // (and a second department after "and": "Minister of Health and Welfare | Jeong Hye-rim", ../people/portfolio.ts)
  // (but an office whose two departments end the run is the office: "The Minister of Mines and Hydrocarbons also indicated
  // that …", a Guinea Ecuatorial Press-style probe, test/fixtures/outlets gq-guineaecuatorialpress-butane-cylinder-price.txt,
  // probes-kk, fortieth session, was "and Hydrocarbons", as "Minister of Health and Welfare" was "and Welfare")
  if (!body && a > i + 2 && toks[a - 2].l === 'of' && titleWordAt(toks, a - 3) && portfolioOnly(toks, a - 2, j)) return officeOf(toks, i, a - 2, j);
  if (!body && a > i + 2 && toks[a - 2].l === 'of') a = pastSecondDepartment(toks, a, j);
  // (a portfolio after a title's "for", "of" or "in the", in the run or before it, belongs to the title, a name of
  // two words or more after it: "Minister of State for Home Affairs | Ng Hui Ling", ../people/portfolio.ts)
  // (an office with no holder's name after its portfolio is the office: "the Minister for Housing announced", not "Housing")
  if (!body && a > i && titleWordAt(toks, a - 1) && portfolioOnly(toks, a, j)) return officeOf(toks, i, a, j);
  if (!body && ((a > i && titleWordAt(toks, a - 1) && PORTFOLIO_LINK.has(toks[a].l) && toks[a].l !== 'the') || (a === i && portfolioAfterTitle(toks, i)))) a = pastPortfolio(toks, a, j);
  // (the area a rank is held for, set between the rank and the name: "SSP East Khurram Waris Abro told The News", a The
  // News-style probe, test/fixtures/outlets pk-thenews-karachi-water-sitin.txt, where "East" stayed in the name)
  if (!body && a > i && titleWordAt(toks, a - 1) && j - a >= 3 && COMPASS_POINT.has(toks[a].t)) a++;
  // (not a capitalised word that opens names: "Al Gore", "La Raza")
  // (nor "Le", the Vietnamese family name, before two more words: "Le Van Hung", a VnExpress-style probe, where the
  // driver was "Van Hung"; "Le Pen" alone still loses it, as the comment on NAME_OPENERS says)
  // (nor "Abu" before two more words, the first of a given name: "Mr Abu Bakarr Lahai-Musa", an Awoko-style probe,
  // test/fixtures/outlets sl-awoko-bo-market-relocation.txt, was "Bakarr Lahai-Musa"; nor before one, a kunya, "father of":
  // "Abu Khaled, a 47-year-old father of five …, told Enab Baladi that …", an Enab Baladi-style probe,
  // sy-enabbaladi-aleppo-ampere-generators.txt, probes-jj, was "Khaled")
  while (a < j - 1 && inClass(toks[a], NAME_JOINER) && !(toks[a].cap && (NAME_OPENERS.has(toks[a].l) || toks[a].l === GIVEN_NAME_PARTICLE || (a + 3 <= j && isVietnameseFamilyName(toks[a].t))))) a++;
  let name = '';
  // (a comma keeps to its word: "Immigration, Refugees and Citizenship Canada")
  // (nor a nickname in quotes inside it: 'Sen. Ronaldo "Dodong" de la Paz' is Ronaldo de la Paz)
  // (an ampersand between its words stays: "Sserwadda & Co. Advocates", a business's name, ../people/canonical.ts)
  // (and a patronymic's slash stays: "K. Selvarani a/p Krishnan", and a slash between capitalised words: "WICSU/PSU", "P/F", ./tokens.ts markSlashJoins)
  // (but a nickname of the name's own given name stays, and the name is shown by it below)
  for (let k = a; k < j; k++) if (!toks[k].nick || k === a || ownNickname(toks, a, k)) name += (k > a && toks[k].t !== ',' ? (toks[k].amp ? ' & ' : toks[k].slash || slashPatronymic(toks, k - 1) ? '/' : ' ') : '') + (k === j - 1 ? toks[k].t.slice(0, wordEnd(toks[k]) - toks[k].s) : toks[k].t);
  let stripped = '';
  for (let k = i; k < a; k++) stripped += (k > i ? ' ' : '') + toks[k].t;
  // (a chief's one name, then the area he is chief of: "Chief Mushavanhu of Guruve, who sits on the National Council
  // of Chiefs, said", a Herald-style probe, where "Mushavanhu of Guruve" was the name)
  const ofArea = a === j - 3 && a > i && toks[a - 1].l === 'chief' && toks[a + 1].l === 'of' && !isCommonWord(toks[a].t) && !isRoleNoun(toks[a].l) && !TITLES.has(toks[a].l) && !isBodyHead(toks[j - 1].t);
  if (ofArea) name = toks[a].t;
  // (shown by a nickname of its own given name kept in it: 'Rep. Robert C. "Bobby" Scott' is Bobby Scott)
  else if (holdsOwnNickname(toks, a, j)) name = byNickname(name);
  return { name: name.replace(/\s+/g, ' '), title: stripped };
}

/**
 * The "of" at token a, after an office's title word, and the two words after it that end the run [i, j) are the place
 * the office is held for, not a department's word and a holder's surname: the first is no department's word
 * (DEPARTMENT_WORD: "Secretary of State Kerry"), no given name and no common word, so the two are a place's name the
 * lexicon may lack, its second a given name or not ("Mayor of St Elizabeth", the parish of a Jamaica Observer-style
 * probe; "The Mayor of Santo Tomas, NAME, said …", a Philippine News Agency-style probe, test/fixtures/outlets
 * ph-pna-santo-tomas-tricycle-fare.txt, whose "The mayor said" and the quote after it went to "Tomas").
 */
export function domainOfOffice(toks: readonly Tok[], a: number, j: number): boolean {
  const place = toks[a + 1];
  return a + 3 === j && place.cap && !DEPARTMENT_WORD.test(place.t) && !firstNameGender(place.t) && !isCommonWord(place.l);
}

/** Token k, a nickname in quotes inside the name opening at token a, is a nickname of that name's given name ("Robert C. "Bobby" Scott"). */
const ownNickname = (toks: readonly Tok[], a: number, k: number): boolean => !!toks[k].nick && givenNameOfNickname(toks[k].t) === toks[a].l;

/** The name of tokens [a, j) holds a nickname in quotes of its own given name. */
function holdsOwnNickname(toks: readonly Tok[], a: number, j: number): boolean {
  for (let k = a + 1; k < j; k++) if (ownNickname(toks, a, k)) return true;
  return false;
}

/** The most tokens of a portfolio in brackets after its office ("(Regional Administration and Local Government)"). */
const BRACKETED_PORTFOLIO_TOKENS = 8;

/** The "(" of a portfolio in brackets that closes just before token p: capitalised words, "and" and commas; else p. */
function bracketedPortfolioOpen(toks: Tok[], p: number): number {
  if (toks[p - 1]?.t !== ')') return p;
  for (let k = p - 2; k >= 0 && p - k <= BRACKETED_PORTFOLIO_TOKENS + 2; k--) {
    if (toks[k].t === '(') return k < p - 2 ? k : p;
    if (!(toks[k].cap || toks[k].l === 'and' || toks[k].t === ',') || toks[k].br) return p;
  }
  return p;
}


/**
 * A role noun opening a sentence before a name of two words or more ("Patient Mair Hughes-Parry, 68, from Llangefni,
 * has been waiting", "Pensioner Wenna Hughes-Parry"): a description, no word of the name. A noun of one who does what
 * a common word names counts too, before a full word no common word and no given name of one sex with it ("Hunter Tagak
 * Ukpatiku-Barnes, 36, said", a CBC North-style probe; not "Oliver K. Hedge", "Sander M. Levin", PolNeAR train, nor
 * "Baker Lake …").
 */
function openingRole(toks: Tok[], k: number): boolean {
  const before = toks[k - 1];
  const t = toks[k], next = toks[k + 1];
  const personWord = isRoleNoun(t.l) || (agentNoun(t.l) && !!next && !isInitial(next.t) && !isCommonWord(next.t) && !nameGender(`${t.t} ${next.t}`));
  // (one person's role right before a capitalised word, not people's: "Citizens for Tax Justice advocates …")
  return t.cap && personWord && !isPluralPeopleNoun(t.l) && !!next?.cap && (!before || !!t.br || /^[.!?]$/.test(before.t));
}


/**
 * A noun of one who does what a common word names, "-er" after it ("hunter", "trapper", "driver"; not "Holger", "Lee",
 * "National", PolNeAR train names the person-noun endings would take).
 */
function agentNoun(l: string): boolean {
  if (!l.endsWith('er')) return false;
  const stem = l.slice(0, -2);
  return [stem, stem + 'e', stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''].some(w => w !== '' && (isCommonWord(w) || isVerbForm(w)));
}

/** A name's first name does not give the other gender than its title ("Mrs. Abedini" is not "Saeed Abedini"). */
function agrees(name: string, title: string): boolean {
  const g = title ? titleGender(title) : undefined;
  return !g || nameGender(cleanName(name)) !== (g === 'm' ? 'f' : 'm');
}

/**
 * The words a Title Case headline glues before a name that describe the person: those after the headline's verb and its
 * adverbs, ending on a title or a person's noun ("House Speaker" of "Donald Trump Finally Endorses House Speaker Paul
 * Ryan"; none of "U.S. Nominates Jim Yong Kim …" or "… The Only Reason Hedge Funds Support Hillary Clinton", PolNeAR
 * train, HuffPost 2016-08-05, NYT 2016-08-26, HuffPost 2015-11-17; "McCain Challenger Kelli Ward" keeps its words).
 */
function afterHeadlineVerb(glued: string): string {
  const w = glued.split(' ');
  let k = w.length;
  while (k > 0 && !headlineVerbWord(w[k - 1])) k--;
  const last = withoutFinalPeriod(w[w.length - 1].toLowerCase());
  return k < w.length && (TITLES.has(last) || TITLES.has(`${last}.`) || isRoleNoun(last) || isPersonNoun(last)) ? w.slice(k).join(' ') : '';
}

/** A capitalised word of a headline that is a verb or an adverb, no title, role or word in capitals ("Endorses", "Finally"; not "Speaker", "OK"). */
function headlineVerbWord(word: string): boolean {
  const l = word.toLowerCase();
  if (inCapitals(word) || TITLES.has(l) || isRoleNoun(l) || isPersonNoun(l)) return false;
  return isVerbForm(l) || looksAdverb(l);
}

/** The words before a name that are no part of it ("Ohio Sen." in "Ohio Sen. Rob Portman"), or "". */
export function gluedTitle(name: string): string {
  const clean = cleanName(name);
  const at = name.lastIndexOf(clean);
  return at > 0 ? name.slice(0, at).trim() : '';
}

/**
 * A person's name in a Title Case headline that may stand as a form of the name: a given name the lexicon knows and a
 * last name, a middle initial at most between them (not "Hillary Clinton Slams Donald Trump", "Hillary Clinton Wins
 * Delaware": a Title Case headline runs names and verbs together).
 */
function headlineForm(name: string): boolean {
  const clean = cleanName(name);
  const words = clean.split(' ');
  const short = words.length === 2 || (words.length === 3 && /^\p{Lu}\.?$/u.test(words[1]));
  return short && knownPersonName(clean) && !isCommonWord(words[0]);
}

/**
 * A name of two words whose first is a demonym for one person, a cue verb right after it: a given name compromise knows
 * only as the demonym ("Dane Kowalski-Hart said", a HuffPost Canada-style probe, test/fixtures/outlets
 * ca-huffpost-cerb-explainer, where "Dane" was dropped); `noteTitledName` keeps it only before a surname-like word.
 */
function demonymGivenName(toks: Tok[], r: { i: number; j: number }): boolean {
  return r.j - r.i === 2 && isPersonDemonym(toks[r.i].t) && !isPlace(toks[r.i].t) && !!toks[r.j] && CUES.has(toks[r.j].l);
}

/**
 * A name of two words opening a sentence as its subject, a verb or a mark after it, whose first word is a place the
 * article writes nowhere else: a given name the lexicon lacks, not where the person stands ("TORONTO — Odessa
 * Marr-Kinsella was still scrolling through her phone", a Globe and Mail-style probe, then "Marr-Kinsella said", where
 * "Odessa" read as the Ukrainian port was dropped; not "Wisconsin Trump supporters lined the road", a modifier).
 */
function lonePlaceOpening(toks: Tok[], r: { i: number; j: number }): boolean {
  if (r.j - r.i !== 2 || !isPlace(toks[r.i].t)) return false;
  const before = toks[r.i - 1], after = toks[r.j];
  if (before && !toks[r.i].br && !/^[.!?]$/.test(before.t) && !inClass(before, DASH)) return false;
  if (after && !after.punct && (after.cap || !isVerbForm(after.l))) return false;
  let seen = 0;
  for (const t of toks) if (t.t === toks[r.i].t && ++seen > 1) return false;
  return true;
}

/**
 * The text's first name run, of two words or more, opens with a word that is no given name the lexicon knows
 * ("Understated Perez", "Thin-skinned Trump"): it may be a headline's epithet glued to the name.
 */
function openingEpithet(toks: Tok[], run: NameRun): boolean {
  for (let k = 0; k < run.i; k++) if (!toks[k].punct) return false;
  const words = cleanName(run.name).split(' ');
  // (a compound given name whose first part is a given name is one: "Marc-André Lévesque of Université Laval said", a
  // Canadian Press-style probe; not "Thin-Skinned")
  return words.length >= 2 && kindOfName(run.name) !== 'organization' && givenNameGender(words[0]) === undefined;
}

/** A title that is a noun, not a word that only modifies one ("former" of "former President", "acting"). */
const isTitleNoun = (w: string): boolean => TITLES.has(w) && !isAdjective(w);

/**
 * The head of a description that reads as someone's role, shown beside the name: a person ("president", "expert",
 * "student") but no honorific ("Mr."), a body ("the provincial transit agency"), or where a body is based
 * ("London-based").
 */
function readsAsRole(head: string): boolean {
  if (isHonorific(head) || PREPOSITIONS.has(head) || NOT_NOUN.has(head)) return false;
  // (a noun that only ends like one for a person is one when long enough and no verb: not "older", "want", "stated")
  // (nor an adjective or its degree, a title's too: "former" of "former Clinton employee, Bryan Pagliano", PolNeAR train,
  // Western Journal 2016-05-05, was Hillary Clinton's description; "younger", "junior")
  const person = isRoleNoun(head) || isTitleNoun(head) || isPluralPeopleNoun(`${head}s`) || personNounByEnding(head);
  return person || isBodyHead(head.charAt(0).toUpperCase() + head.slice(1)) || head.endsWith('-based');
}
/** Courtesy titles, which say nothing of a person's role: "Mr.", "Dr", "Sir", Quebec's "Me" (a lawyer). */
const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'mme', 'mlle', 'm', 'me', 'rev'].flatMap(w => [w, `${w}.`]));
/** A courtesy title as written in lower case, with or without its period (looked up: asked of some 17 k words a PolNeAR dev run). */
const COURTESY_TITLE = { test: (word: string): boolean => COURTESY_TITLES.has(word) };
/**
 * Honorifics that open a South Asian or Arab name after an office's title ("Adviser Sheikh Mahbubur Rahman"), and Latin
 * American copy's professional ones ("Mayor Lic. Rodrigo Asturias Cofiño … the mayor added", ../text/abbreviations.ts) and
 * Dutch Caribbean copy's academic ones ("Minister of Natural Resources Ir. Glenn Kartosen-Wongsodikromo").
 */
const HONORIFIC_BEFORE_NAME = new Set(['sheikh', 'sheik', 'seyyed', 'seyed', ...[...LATIN_AMERICAN_HONORIFICS, ...DUTCH_HONORIFICS].map(w => `${w}.`)]);

/**
 * The capitalised words the article writes after a courtesy title that stands before a surname ("Ms. Rostami", "Mr.
 * Osei-Bonsu", "Dr. Singh"; not "Sir Keir", a given name): the article's surnames, wherever they stand.
 */
function surnamesAfterCourtesyTitle(toks: Tok[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k].cap && COURTESY_TITLE.test(toks[k].l) && !GIVEN_NAME_TITLE.test(toks[k].t) && toks[k + 1].cap && !toks[k + 1].br) out.add(toks[k + 1].t.replace(/['’]s?$/, ''));
  }
  return out;
}

/**
 * The title before an honorific in brackets right before token i ("Senator (Dr.) |Sunday Ojoma Akpabi", as Nigerian copy
 * writes it), -1 when none: the run after the bracket is described by it ("… ⏎ “…,” the senator said", a Premium
 * Times-style probe, test/fixtures/outlets, went to the other senator, whose title stood before his name).
 */
function titleBeforeBracketedHonorific(toks: Tok[], i: number): number {
  return i >= 4 && bracketedTitleBefore(toks, i) && toks[i - 3].t === '(' && toks[i - 4].cap && TITLES.has(toks[i - 4].l) ? i - 4 : -1;
}

/** "(Rtd)" or "(retd)", a retired officer's mark after a rank, opens at token k. */
const retiredRankAfter = (toks: Tok[], k: number): boolean => toks[k]?.t === '(' && /^re?td$/.test(toks[k + 1]?.l ?? '') && toks[k + 2]?.t === ')';
/** Tokens [i, j) are a rank's words alone right before "(Rtd)" ("Maj (Rtd)", "Maj. Gen. (Rtd)", "Lt. Col. (Rtd)"). */
function rankBeforeRetired(toks: Tok[], i: number, j: number): boolean {
  if (!retiredRankAfter(toks, j)) return false;
  for (let k = i; k < j; k++) if (!TITLES.has(toks[k].l) || toks[k].punct) return false;
  return true;
}
/** The first of the rank's words before "(Rtd)" right before token i ("Maj (Rtd) |Fred"), -1 when none. */
function retiredRankBefore(toks: Tok[], i: number): number {
  if (i < 4 || !retiredRankAfter(toks, i - 3)) return -1;
  let k = i - 4;
  while (k > 0 && TITLES.has(toks[k - 1].l) && !toks[k - 1].punct) k--;
  return TITLES.has(toks[k].l) ? k : -1;
}

/**
 * Token i is the "the" of an honorific of address after it ("the | Hon. Aaron de la Paz", "the Rev. NAME"), or the
 * "His" or "Her" of one ("Her | Worship NAME").
 */
export function theOfHonorific(toks: Tok[], i: number): boolean {
  const tok = toks[i], next = toks[i + 1];
  if (!tok || !next?.cap) return false;
  // (the token holds the abbreviation's period: "hon.")
  if (tok.l === 'the') return HONORIFICS_AFTER_THE.has(next.l.replace(ABBREVIATION_PERIOD, ''));
  return (tok.l === 'his' || tok.l === 'her') && tok.cap && HONORIFICS_AFTER_POSSESSIVE.has(next.l);
}

/**
 * Where a name whose run opens at token i opens as written: at the "the" or "Her" of an honorific of address before it
 * ("The Mayor of Makeni, ⟨Her⟩ Worship NAME, defended", "⟨the⟩ Hon. NAME"), else at i.
 */
export const nameOpening = (toks: Tok[], i: number): number => theOfHonorific(toks, i - 1) ? i - 1 : i;

/**
 * Past a retired officer's rank that opens a name at token k ("Maj (Rtd) Fred Tumusiime-Kagaba", "Lt Col (Rtd) …"): the
 * token after "(Rtd)", where the name's own run opens; k when no such rank stands there.
 */
export function pastRetiredRank(toks: Tok[], k: number): number {
  let x = k;
  while (x < toks.length && TITLES.has(toks[x].l) && !toks[x].punct) x++;
  return x > k && retiredRankAfter(toks, x) && toks[x + 3]?.cap ? x + 3 : k;
}

/** The most words an area in brackets holds ("(North)", "(South West)"). */
const MAX_AREA_WORDS = 2;

/**
 * The index of the "(" of a capitalised area in brackets right before token i, after a word in lower case ("police
 * (North) V Kavitha"), else -1.
 */
function bracketedAreaBefore(toks: Tok[], i: number): number {
  if (toks[i - 1]?.t !== ')') return -1;
  let k = i - 2;
  while (k >= 0 && i - 2 - k < MAX_AREA_WORDS && toks[k].cap) k--;
  return k < i - 2 && k >= 1 && toks[k].t === '(' && !toks[k - 1].cap && !toks[k - 1].punct ? k : -1;
}

/** The longest line read as a byline (a byline is short; a long line is never sliced for it). */
const MAX_BYLINE_LINE = 120;

/** The line holding `pos` is a wire story's closing byline (../people/author.ts isWireByline). */
function onWireByline(text: string, pos: number): boolean {
  const { s, e } = paragraphOf(text, pos);
  return e - s <= MAX_BYLINE_LINE && isWireByline(text.slice(s, e));
}

/** A (name, description) pair of NameTable's describedPairs, at its first position; `owners`: ownerWords of the description. */
type DescribedPair = { name: string; pos: number; description: string; owners?: Set<string> };

/** A one-word run [i, j) that is a demonym for one person after "the" and an age ("the 58-year-old Finn", "the 24-year-old Spaniard"). */
export const agedDemonym = (toks: Tok[], i: number, j: number): boolean =>
  j - i === 1 && i >= 2 && i < toks.length && toks[i - 2].l === 'the' && AGE_NOUN.test(toks[i - 1].t) && isPersonDemonym(toks[i].t);


export class NameTable {
  /** Every form of a person's name to the fullest one (../people/canonical.ts). */
  readonly names = new CanonicalNames();
  /** head noun of a description ("envoy") -> names described so, in text order with positions. */
  private described = new Map<string, { name: string; pos: number; description: string }[]>();
  /**
   * `described` with each (name, description) pair once, at its first position, read once (describedBefore): a name
   * re-described on every line of a long one-line text ("Sen. Ann Smith … the senator says …" over and over) made
   * each look-back read every earlier copy (test/bench/growth.mjs, "one line: a description re-mentions a titled name").
   */
  private distinctDescribed: Map<string, { name: string; pos: number; description: string }[]> | undefined;
  /**
   * Each (name, description) pair of `described` once, by name and then description, at its first position, with the
   * description's owner words read when the first describedByOwner after it indexes it (ownerWords): kept as descriptions are
   * added, so that a look-back reads each pair once per document, not every copy of it under every key per call.
   */
  private readonly describedPairs = new Map<string, Map<string, DescribedPair>>();
  /**
   * describedPairs' pairs in the order they came, the first `ownersIndexed` of them indexed for describedByOwner (its
   * call reads only the pairs that may share an owner with `written`, so a document's calls read each pair about once:
   * test/bench/growth.mjs, "one line: the X member after a new X spokesman"): by owner word, and by the
   * initials the description's capitalised words spell in a row ("NA": "National Assembly", spellsInitials).
   */
  private readonly describedPairList: DescribedPair[] = [];
  private ownersIndexed = 0;
  private readonly pairsByOwner = new Map<string, DescribedPair[]>();
  private readonly pairsByInitials = new Map<string, DescribedPair[]>();
  readonly descriptions = new Map<string, string>();
  /** The first description of each name that reads as a person's role: the one a hover shows beside the name. */
  readonly shownDescriptions = new Map<string, string>();
  readonly runs: NameRun[] = [];
  /** Per run: inside a quote or the headline (its words name no one the article's own text introduces). */
  private readonly quotedRun: boolean[] = [];
  private sentences: Sentences | undefined;
  /** canonicalOfRun's answers, by run. */
  private readonly runCanonical: string[] = [];

  /**
   * `quotes`: the article's quoted spans, in order, and `titleEnd`: the end of its headline. A name's canonical form is
   * never built from words inside a quote or the headline ("Crooked Hillary Clinton" in a Trump quote).
   */
  constructor(private readonly toks: Tok[], private readonly text: string, quotes: readonly { start: number; end: number }[] = [], private readonly titleEnd = 0) {
    let q = 0;
    const titled: NameRun[] = [], epithets: NameRun[] = [], borne: NameRun[] = [];
    const courtesySurnames = surnamesAfterCourtesyTitle(toks);
    this.names.noteCourtesySurnames(courtesySurnames);
    /** Runs of a person's name before "of" and a body's, and that person's name ("Hamida Rostami"). */
    const ofRuns: [run: string, person: string][] = [];
    this.names.noteLowerCaseWords(lowerCaseWords(toks));
    for (let k = 0; k < toks.length; k++) {
      // (a dateline opening a paragraph names a place, never a person: "NASHUA, N.H. -", "MOSCOW (AP) —")
      if (k === 0 || toks[k].br) k = afterDateline(toks, k, toks.length);
      if (k >= toks.length) break;
      const found = runAt(toks, k);
      if (!found || found.i !== k) continue;
      // (an interview's question label glued to the question's first word names no one: "QWhat would have happened? ⏎
      // A: I think …", PolNeAR train, USA Today 2016-03-18, where the answer's "I" went to "QWhat"; the run goes on
      // past it to a full name, "QIf Donald Trump is the Republican nominee", not to a word the label's opened, "QLast October")
      const r = gluedQuestionLabel(toks, k, text) ? { i: k + 1, j: found.j } : found;
      if (r.j - r.i < (r === found ? 1 : 2)) { k = found.j - 1; continue; }
      const { name, title } = canonicalOf(toks, r.i, r.j);
      // (a run of title words alone names an office, not a person: "the Prime Minister", "the President"; nor does a run
      // ending on a modifier compound, which modifies the noun after it: "Occupy Wall Street-style protests")
      // (nor a portfolio's office, "Minister of Northern Development", nor a word of one of several, inPortfolioList)
      if (name.length < 2 || officeRun(toks, r.i, r.j) || inPortfolioList(toks, r.i, r.j) || modifierCompound(toks[r.j - 1].t) || memberForRiding(toks, r.i, r.j) >= 0) { k = r.j - 1; continue; }
      // (nor does a photo credit closing a caption, capitals and all: "… on Tuesday. PHOTO BY DAVE SIDAWAY /Montreal
      // Gazette", a Postmedia caption whose credit was a body that "it" then stood for)
      if (r.j - r.i >= 3 && photoCreditAt(text, toks[r.i].s)) { k = r.j - 1; continue; }
      // (nor a writer on a wire story's closing byline: "(By Tseng Yi-ning and Sean Lin)" closing a Focus Taiwan story,
      // whose "Lin said" went to "Sean Lin", the writer, not to "Lin Mei-hua", the farmer)
      if (onWireByline(text, toks[r.i].s)) { k = r.j - 1; continue; }
      // (nor a demonym for one person after "the" and an age, a description: "The 58-year-old Finn, a former
      // steelworkers' union official, said …", a Reuters-style probe, was a person "Finn" that "the former union
      // official" then re-mentioned)
      if (agedDemonym(toks, r.i, r.j) || hometownSetOff(toks, r.i, r.j)) { k = r.j - 1; continue; }
      // (nor a retired officer's rank alone before "(Rtd)", one word or two: "The Commissioner of Port Sudan locality, Maj.
      // Gen. (Rtd) Ibrahim Hamad el-Tom, said … ⏎ "…," the commissioner said", a Sudan Tribune-style probe, where the
      // commissioner was "Gen."; "The Municipal Chief Executive, Lt. Col. (Rtd) NAME,", a Graphic-style one, "Col.")
      if (rankBeforeRetired(toks, r.i, r.j)) { k = r.j - 1; continue; }
      // (nor a legislator's party-and-state tag set off after the name: "Sen. Richard Blumenthal (D-Conn.), who's been
      // aggressively pushing for new gun restrictions", PolNeAR train, Politico 2016-06-22, whose "who" went to a person
      // "D-Conn"; "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump …, last week said",
      // West Journal 2016-08-26, a speaker "R-Texas")
      if (partyStateTag(toks, r.i, r.j) || seatSetOff(toks, r.i, r.j) || numberedSeatName(toks, r.i, r.j)) { k = r.j - 1; continue; }
      const run: NameRun = { i: r.i, j: r.j, s: toks[r.i].s, e: wordEnd(toks[r.j - 1]), name, title };
      this.runs.push(run);
      while (q < quotes.length && quotes[q].end <= run.s) q++;
      // (a run that starts inside a quote is quoted, also where it runs on past the quote's end into the noun after
      // it: '"We are Orlando" T-shirts')
      const quoted = q < quotes.length && run.s >= quotes[q].start;
      this.quotedRun.push(quoted || run.s < titleEnd);
      const opening = this.runs.length === 1 && run.s >= titleEnd && openingEpithet(toks, run);
      if (opening && !quoted) epithets.push(run);
      else if (!quoted && run.s >= titleEnd && borneName(toks, r)) borne.push(run);
      else if (!quoted && run.s >= titleEnd) {
        const afterRole = r.i >= 2 && toks[r.i - 1].t === ',' && !toks[r.i - 2].cap && (isRoleNoun(toks[r.i - 2].l) || isPersonNoun(toks[r.i - 2].l));
        // (after a title or a role noun, a place opening the name is a given name: "Mayor Dallas Friesen", "TransLink
        // spokesperson Dane Whitfield-Olsen", test/fixtures/outlets)
        // (or before one set off in apposition: "Dane Penner-Toews, the MP for Provencher,"; or set off after a noun for
        // a person: "One voter, Guadalupe Potocacetpl, 35, showed up", PolNeAR train, Washington Post 2016-06-05, was
        // "Potocacetpl")
        const roleAfter = toks[r.j]?.t === ',' && ARTICLES.has(toks[r.j + 1]?.l ?? '') && !!toks[r.j + 2] && (isRoleNoun(toks[r.j + 2].l) || TITLES.has(toks[r.j + 2].l));
        const holder = title ? undefined : this.roleHolderBefore(run);
        if (holder) {
          this.epithetRuns.set(name, holder);
          this.learnDescriptions(run);
          k = r.j - 1;
          continue;
        }
        if (title || afterRole || roleAfter || (r.i >= 1 && !toks[r.i - 1].cap && isRoleNoun(toks[r.i - 1].l)) || lonePlaceOpening(toks, r) || demonymGivenName(toks, r) || titleBeforeLastTwo(name.split(' '))) this.names.noteTitledName(name);
        this.names.add(name, title);
        // "Marc Lasry of Avenue Capital Group": the person is known by the name before "of" ("Lasry told …")
        const person = personBeforeOf(name, title, afterRole, courtesySurnames);
        if (person) {
          this.names.add(person);
          ofRuns.push([name, person]);
        }
      }
      else if (!quoted) titled.push(run);
      this.learnDescriptions(run);
      k = r.j - 1;
    }
    // such a run is that person wherever the article writes the surname alone too, after a courtesy title or not
    // ("Hamida Rostami of National Bank Financial was less sure …" and "Ms. Rostami said", a Globe and Mail-style probe;
    // "Analyst Tariq Hollis-Fenwick of Northbound Securities said …" and "Hollis-Fenwick said", a CP-style one), not a
    // body's name read so ("the Koch-backed Concerned Veterans for America said", PolNeAR train); or where its two words
    // read as a person's name with no word the lexicon knows before "of" ('"…," said Meenakshi Ganguly of Human Rights
    // Watch', PolNeAR train, Washington Post 2015-11-10; not "Heritage Action for America", us-probes)
    const alone = new Set(this.runs.filter((run, k) => !this.quotedRun[k] && run.j - run.i === 1).map(run => cleanName(run.name)));
    for (const [run, person] of ofRuns) {
      const last = person.split(' ').pop() as string;
      if (courtesySurnames.has(last) || alone.has(last) || (unknownName(person) && run.startsWith(`${person} of `))) this.personRuns.set(run, person);
    }
    // "the parents, Khizr and Ghazala Khan": the first of a couple, named in full (../people/couples.ts)
    for (const name of coupleFullNames(toks, this.runs.filter((_, k) => !this.quotedRun[k]))) this.names.add(name);
    // a name a Title Case headline shares with the text counts as one more mention of it; a form of its own needs a
    // given name the lexicon knows and a last name the text gives ("Cecile Richards: ‘I’m Sick Of Men …’" and "Richards
    // said"), not "Hillary Clinton Wins Delaware"
    for (const run of titled) if (this.names.knows(run.name) || (headlineForm(run.name) && this.names.knowsLastName(run.name))) this.names.add(run.name, run.title);
    // an epithet opening the text is no given name when the text gives the person's own ("Understated Perez raises
    // political profile." and "Labor Secretary Thomas Perez"; "'Thin-skinned' Trump quells critics" and "Donald Trump")
    // a name the person was given, set off after "name", is no name the article uses when it gives another given name
    // with that last name ("Cruz changed his Spanish-sounding name, Rafael Edward Cruz, as a teenager." and "Ted Cruz",
    // PolNeAR train, NYT 2015-12-18, where the senator was shown as "Rafael Edward Cruz"): the person of the last name
    for (const run of borne) {
      if (!this.names.knowsOtherFirst(run.name)) this.names.add(run.name, run.title);
      else this.epithetRuns.set(run.name, cleanName(run.name).split(' ').pop() as string);
    }
    for (const run of epithets) {
      if (this.names.knows(run.name) || !this.names.knowsOtherFirst(run.name)) this.names.add(run.name, run.title);
      // (else the epithet's run is the person's last name: "Understated Perez" is Thomas Perez wherever it is read)
      else {
        const last = cleanName(run.name).split(' ').pop() as string, full = this.names.canonical(last);
        if (full !== last && knownPersonName(full)) this.epithetRuns.set(run.name, last);
      }
    }
  }
  /**
   * The person an earlier run names in full whose apposition opens with the lower-case first word of this two-word run
   * and who has its last name: "Vikram Amar, dean of the University of Illinois College of Law, said …" and "''In
   * Fisher,'' Dean Amar said" (PolNeAR train, NYT 2016-06-29), where "Dean", a given name too, made "Dean Amar" a
   * second person; that person's canonical name.
   */
  private roleHolderBefore(run: NameRun): string | undefined {
    const words = run.name.split(' ');
    if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return undefined;
    const [first, last] = words, role = first.toLowerCase();
    if (!this.wordsAfterComma().has(role)) return undefined;
    for (const { earlier, full } of this.runsByLastWord(last)) {
      if (earlier.s >= run.s) break;
      if (full.length < 2 || full[0] === first) continue;
      const after = this.text.slice(earlier.e, earlier.e + role.length + 7);
      if (after.startsWith(`, ${role} `) || after.startsWith(`, the ${role} `)) return this.canonical(earlier.name);
    }
    return undefined;
  }

  /**
   * The words the article writes after ", " or ", the " and before a space ("…, dean of …", "…, the dean of …"): read once
   * per article, not the whole text searched for every two-word run (roleHolderBefore).
   */
  private wordsAfterComma(): ReadonlySet<string> {
    if (!this.afterComma) {
      this.afterComma = new Set();
      addFirstCaptures(WORD_AFTER_COMMA, this.text, this.afterComma);
      addFirstCaptures(WORD_AFTER_COMMA_THE, this.text, this.afterComma);
    }
    return this.afterComma;
  }
  private afterComma: Set<string> | undefined;

  /**
   * The runs read so far whose clean name ends on `last`, in order, with that name's words: each run's name cleaned
   * once, as it is first asked for, not every earlier run per two-word run (roleHolderBefore; quadratic in an article's
   * runs where "New York" met ", the new", as growth probes showed).
   */
  private runsByLastWord(last: string): readonly { earlier: NameRun; full: string[] }[] {
    for (; this.lastWordsRead < this.runs.length; this.lastWordsRead++) {
      const earlier = this.runs[this.lastWordsRead];
      const full = cleanName(earlier.name).split(' ');
      const key = full[full.length - 1];
      const list = this.byLastWord.get(key);
      if (list) list.push({ earlier, full }); else this.byLastWord.set(key, [{ earlier, full }]);
    }
    return this.byLastWord.get(last) ?? [];
  }
  private readonly byLastWord = new Map<string, { earlier: NameRun; full: string[] }[]>();
  private lastWordsRead = 0;

  /** Opening epithets glued to a last name the text gives with another given name: run as written → the last name. */
  private readonly epithetRuns = new Map<string, string>();
  /** Runs of a person's name before "of" and a body's (personBeforeOf): run as written → the person's name. */
  private readonly personRuns = new Map<string, string>();

  /** The fullest form of a name in this article ("Lavrov" -> "Sergei Lavrov"). */
  canonical(name: string): string {
    return this.names.canonical(this.epithetRuns.get(name) ?? this.personRuns.get(name) ?? name);
  }

  /**
   * The fullest form of the name written at `pos`. A last name alone that two people of the article share is the one
   * that is the subject of this sentence or of one just before ("Patricia Smith, mother of Benghazi victim Sean Smith,
   * rejected Clinton's claim. “We were nose-to-nose …,” Smith said" → Patricia Smith); else the one the article
   * named in full last in this paragraph, else the one it named in full first. Not one whose gender the name's title
   * (`title`: "Mrs.", "Mr.") denies.
   */
  canonicalAt(name: string, pos: number, title = ''): string {
    // ("Sir Keir", "Dame Judi": a British title before a given name)
    if (title && GIVEN_NAME_TITLE.test(title) && !name.includes(' ')) return this.names.canonicalGiven(name);
    // (a family name written first that opens two people's full names: the one written in full last before it, "Yoon
    // Hae-won, a professor …" for "…," Yoon said" after "former President Yoon Suk Yeol", a Korea Herald-style probe,
    // test/fixtures/outlets kr-koreaherald-medical-quota-talks.txt, where the name stayed "Yoon")
    if (this.names.sharedFamilyName(name)) return this.lastFamilyFirstForm(name, pos) ?? this.canonical(name);
    // (the one person of that last name, unless "Mrs" is written before it and that person's given name is a man's:
    // "Tadhg Culhane … his wife, Bríd, rang … Mrs Culhane told the coroner" is no "Tadhg Culhane", an RTÉ-style probe,
    // test/fixtures/outlets ie-rte-inquest-ambulance-delay.txt; the name stays as written, with its title. Not "Ms" nor
    // "Mr", whose given names of either sex the lexicon reads as one: "Frankie Marsden … Ms Marsden said", "Lindsey
    // Graham … Mr. Graham said", PolNeAR train)
    if (!this.names.sharedLastName(name)) {
      const one = this.canonical(name);
      return one !== name && MARRIED_WOMAN.test(title) && firstNameGender(one.split(' ')[0]) === 'm' ? `${title} ${name}` : one;
    }
    const last = personKey(cleanName(name)).last;
    const sentences = (this.sentences ??= sentencesOf(this.text));
    const here = sentences.sentence(pos);
    // this sentence's subject, else that of the last sentence before it with a name outside quotes, in this paragraph
    // or the one before; the last name alone again carries the reach on ("“She lied to me,” Smith said")
    // (a paragraph with no name outside its quotes goes on from the one before and is not counted: "“…,” he said.")
    let para = sentences.paragraph(here), crossed = 0, named = false;
    for (let n = here; n >= Math.max(0, here - SUBJECT_SENTENCES_BACK); n--) {
      if (sentences.paragraph(n) !== para) {
        para = sentences.paragraph(n);
        if (named && ++crossed > SUBJECT_PARAGRAPHS_BACK) break;
        named = false;
      }
      const subject = this.subjectOf(sentences.start(n), n === here ? pos : sentences.start(n + 1));
      if (!subject) continue;
      named = true;
      const key = personKey(cleanName(subject));
      if (key.last !== last) { if (n < here) break; continue; }
      // (a person's name, not "Had Sanders", "Neither Johnson", "Actress Amandla Stenberg"; a given name the lexicon
      // lacks that is no common word counts: "Gurleen's younger brother, Amrit Dhillon, 16, lit a candle … Dhillon
      // said", a CTV-style fixture)
      if (key.first) return kindOfName(subject) === 'person' && givenNameOf(cleanName(subject)) && agrees(subject, title) && this.describedAgrees(subject, title) ? this.otherOfContentGender(this.byTitleGender(name, title, this.canonical(subject)), name, pos) : this.byTitleGender(name, title);
      crossed = 0;
    }
    // (else the one of them written in full last, in this paragraph: "Homeland Security Secretary Jeh
    // Johnson … Johnson said", though "Gary Johnson" is mentioned more)
    // (else the one the article named in full first, not the one it names in full most: a paper that titles a last name
    // names the others in full again, "Mr. Bush" is Jeb Bush where the article opens on him and "George W. Bush" is
    // mentioned more, PolNeAR train, NYT 2016-01-19, 2016-02-22; and a story about one person names a relative in full
    // more often than the person, "Rep. Alan Grayson’s Senate campaign … ⏎ Grayson hit the phones on behalf of his
    // wife" after "Dena Minning Grayson" four times, Politico 2016-07-29; "Donald Trump's advisers were exuberant -
    // thrilled with Melania Trump's sparkling debut … ⏎ The first 24 hours of Trump's convention", Washington Post
    // 2016-07-20, where the bare "Trump" was Melania Trump; "Hillary Clinton has expressed frustration … ⏎ Earlier this
    // week, Clinton shared a bit of her anxiety", Politico 2016-09-01, Bill Clinton)
    return this.byTitleGender(name, title, this.lastFullForm(last, pos) ?? this.firstFullForm(last, pos));
  }

  /**
   * The person of `found`'s last name whom the pronoun opening the content of the cue after the name at `pos` names,
   * when `found` is of the other gender ("Sandhu's daughter, Manpreet Sandhu, … “…,” she says. ⏎ Sandhu says he is
   * thinking of paying …" is Gurdev Singh Sandhu, a CBC-style probe, test/fixtures/outlets ca-cbc-surrey-hip-waits.txt,
   * where the daughter, the subject before, took "he" and the quotes after); else `found`.
   */
  private otherOfContentGender(found: string, name: string, pos: number): string {
    const m = CUE_THEN_PRONOUN.exec(this.text.slice(pos + name.length, pos + name.length + CUE_THEN_PRONOUN_CHARS));
    if (!m || !CUES.has(m[1])) return found;
    const g: Gender = m[2] === 'he' ? 'm' : 'f';
    const had = nameGender(found) ?? this.describedGender(found);
    return had && had !== g ? this.otherOfGenderSharingName(found, g) ?? found : found;
  }

  /**
   * The canonical name of the first run before `pos` outside quotes and the headline that gives last name `last` with a
   * given name; past one that holds a nickname of its own given name when a later run gives the name without it, as
   * `fullest` (people/canonical.ts) does, and that one by its nickname when none does ('Rep. Robert C. "Bobby" Scott …
   * Scott said' is Bobby Scott, not "Robert C. Bobby Scott").
   */
  private firstFullForm(last: string, pos: number): string | undefined {
    let nicknamed: string | undefined;
    for (const k of this.fullFormRunsOf(last)) {
      if (this.runs[k].s >= pos) break;
      const name = this.canonical(this.runs[k].name);
      if (!nicknameWithin(name)) return name;
      nicknamed ??= name;
    }
    return nicknamed && byNickname(nicknamed);
  }

  /**
   * The canonical name of the last run before `pos` outside quotes that gives last name `last` with a first name,
   * in its own paragraph and within FULL_FORM_RUNS_BACK runs.
   */
  private lastFullForm(last: string, pos: number): string | undefined {
    return this.lastRunBefore(pos, FULL_FORM_PARAGRAPHS_BACK, k => this.fullFormAt(k, last));
  }

  /** The canonical name of the last run before `pos`, in this paragraph or the few before, outside quotes, that is a person's full name opening with the family name `family`. */
  private lastFamilyFirstForm(family: string, pos: number): string | undefined {
    return this.lastRunBefore(pos, FAMILY_FORM_PARAGRAPHS_BACK, k => this.familyFirstFormAt(k, family));
  }

  /**
   * The canonical name of the last run before `pos` that `found` takes (by the run's index), in the paragraph of `pos` or
   * the `paragraphsBack` before it, and within FULL_FORM_RUNS_BACK runs; undefined when there is none.
   */
  private lastRunBefore(pos: number, paragraphsBack: number, found: (k: number) => boolean): string | undefined {
    const sentences = (this.sentences ??= sentencesOf(this.text));
    const floor = sentences.paragraph(sentences.sentence(pos)) - paragraphsBack;
    const lo = countBefore(this.runs, run => run.s < pos);
    for (let k = lo - 1; k >= 0 && k >= lo - FULL_FORM_RUNS_BACK && sentences.paragraph(sentences.sentence(this.runs[k].s)) >= floor; k--) {
      if (found(k)) return this.canonical(this.runs[k].name);
    }
    return undefined;
  }

  /** Run k, outside quotes, is a person's full name opening with the family name `family`. */
  private familyFirstFormAt(k: number, family: string): boolean {
    const clean = cleanName(this.runs[k].name);
    return !this.quotedRun[k] && clean.startsWith(family + ' ') && kindOfName(clean) === 'person';
  }

  /**
   * Run k, outside quotes and the headline, gives last name `last` with a given name (not an abbreviation in capitals:
   * "AG Lynch"; nor an epithet opening the text, "Debating Clinton's character.", which is the last name alone).
   */
  /**
   * The runs that give last name `last` with a given name (fullFormAt), in text order: read once for all last names on the
   * first ask, so that a bare last name's first full form is no scan from the text's start (quadratic on a text of many
   * capitalised runs: "Title Case and capitals lines" of bench's growth shapes, 1.6 MB in 12.7 s).
   */
  private fullFormRunsOf(last: string): readonly number[] {
    if (!this.fullFormRuns) {
      const runs = (this.fullFormRuns = new Map<string, number[]>());
      for (let k = 0; k < this.runs.length; k++) {
        const last = personKey(cleanName(this.runs[k].name)).last;
        if (!this.fullFormAt(k, last)) continue;
        const forms = runs.get(last);
        if (forms) forms.push(k);
        else runs.set(last, [k]);
      }
    }
    return this.fullFormRuns.get(last) ?? [];
  }

  private fullFormRuns: Map<string, number[]> | undefined;

  private fullFormAt(k: number, last: string): boolean {
    if (this.quotedRun[k] || this.epithetRuns.has(this.runs[k].name)) return false;
    const name = this.runs[k].name, key = personKey(cleanName(name));
    return key.last === last && !!key.first && kindOfName(name) === 'person' && !inCapitals(cleanName(name).split(' ')[0]);
  }

  /**
   * A shared last name's person: of the honorific's gender ("Mrs. Clinton" after "Bill Clinton's policies … Hillary
   * Clinton"), else `otherwise`, by default the one mentioned most.
   */
  /**
   * No description of the article gives the person `name` the other gender than the title's ("The cyclist's widow,
   * Catrin Pritchard-Jones" is no "Mr Pritchard-Jones").
   */
  private describedAgrees(name: string, title: string): boolean {
    const g = title ? titleGender(title) : undefined;
    const described = g ? this.describedGender(this.canonical(name)) : undefined;
    return !described || described === g;
  }

  private byTitleGender(name: string, title: string, otherwise?: string): string {
    const g = title ? titleGender(title) : undefined;
    return (g && this.names.canonicalOfGender(name, g, otherwise, full => this.describedGender(full))) || (otherwise ?? this.canonical(name));
  }

  /**
   * The gender the article's descriptions of a person named in full give them ("The cyclist's widow, Catrin
   * Pritchard-Jones", "spokeswoman Jen Psaki"); undefined when none does or they disagree. Read once, by canonical name,
   * and again when a description is added or the names change (a canonical name may then be another: `names` is public).
   */
  describedGender(full: string): Gender | undefined {
    if (!this.genders || this.gendersAt !== this.names.revision) {
      this.gendersAt = this.names.revision;
      const genders = new Map<string, Gender | null>();
      for (const [head, list] of this.described) {
        const g = titleGender(head);
        if (!g) continue;
        for (const d of list) {
          if (!cleanName(d.name).includes(' ')) continue;
          const key = this.canonical(d.name), had = genders.get(key);
          genders.set(key, had === undefined || had === g ? g : null);
        }
      }
      this.genders = genders;
    }
    return this.genders.get(this.canonical(full)) ?? undefined;
  }
  private genders: Map<string, Gender | null> | undefined;
  /** The names' revision the genders were read at. */
  private gendersAt = -1;

  /**
   * The person `name` holds an office or role other than `head` and not `head` ("Foreign Minister" is not "President
   * Barack Obama"): from the titles written before the person's name in the article, or else from a description that
   * gives them another role and never `head` ("Sinn Féin leader Mary Lou McDermott" is not "the Taoiseach"). False
   * when the article gives the person no office or role, or `head` is no office.
   */
  holdsOtherOffice(name: string, head: string): boolean {
    const h = head.toLowerCase();
    const office = OFFICE_OF[h];
    if (!office) return false;
    const held = this.officesHeld().get(name);
    if (held) return !held.has(office);
    // (or a trade of their own, and never an office: introducedByTrade)
    if (this.introducedByTrade(name)) return true;
    const d = this.descriptions.get(name);
    return !!d && OTHER_ROLE.test(d.slice(d.lastIndexOf(' ') + 1).toLowerCase()) && !this.describedBefore(head, this.text.length).some(x => x.name === name);
  }

  /**
   * The person `name` (a canonical name, who holds no office by a title) is introduced by a trade of their own and never
   * by an office, so that a bare office ("the mayor", "the councillor") cannot stand for them (holdsOtherOffice): every
   * description the article gives them, an age aside, writes in lower case a role noun for its head that is no title's
   * word (TITLES: not "candidate", "leader", "senator") and no office's. "A fisherman from Tiputa, Heiarii Mai-Tepa, said
   * … ⏎ The mayor of Rangiroa said the commune would pay …" (a TNTV-style probe, test/fixtures/outlets
   * pf-tntv-rangiroa-fish-market.txt) went to the fisherman. False when the article gives the person no description (a
   * person it only names may hold any office: "the senator said" after "Ted Cruz said", PolNeAR train), or a title
   * before the name only ("Opposition Senator Dr. Natasha Grey-Pemberton", kn-sknvibes-water-rationing.txt, is kept by
   * "doctor", which "Dr." does not write).
   */
  private introducedByTrade(name: string): boolean {
    let trade = false;
    for (const [h, written] of this.headsDescribing(name)) {
      // (an age is no role: "a 38-year-old fisherman" is described by both)
      if (AGE_HEAD.test(h)) continue;
      if (!written || TITLES.has(h) || OFFICE_OF[h] || !isRoleNoun(h)) return false;
      trade = true;
    }
    return trade;
  }

  /**
   * The head nouns the article's descriptions of `name` (a canonical name) are kept by ("fisherman", "38-year-old"), each
   * with whether one of those descriptions writes it as a lower-case word ("A fisherman from Tiputa"; not "Dr." for
   * "doctor"), read once per table.
   */
  private headsDescribing(name: string): ReadonlyMap<string, boolean> {
    const table = this.describedByCanonical();
    if (this.headsByNameOf !== table) {
      this.headsByName = new Map();
      this.headsByNameOf = table;
      for (const [head, byName] of table) {
        for (const [who, list] of byName) {
          let heads = this.headsByName.get(who);
          if (!heads) this.headsByName.set(who, (heads = new Map()));
          heads.set(head, !!heads.get(head) || list.some(d => d.description.split(/\s+/).includes(head)));
        }
      }
    }
    return this.headsByName?.get(name) ?? new Map();
  }
  private headsByName: Map<string, Map<string, boolean>> | undefined;
  private headsByNameOf: Map<string, Map<string, { name: string; pos: number; description: string }[]>> | undefined;

  /**
   * The other person of `name`'s last name whom the article gives gender g, by given name or description ("Gord and
   * Maria Lindgren-Bako's grain farm … Gord Lindgren-Bako said … His wife said" → Maria Lindgren-Bako); undefined when
   * there is none, or `name` may be that person.
   */
  otherOfGenderSharingName(name: string, g: Gender): string | undefined {
    // (a family written in the plural, "the Lindgren-Bakos have been through dry years before. Her husband said": its
    // person of gender g)
    const family = !name.includes(' ') && /\p{Ll}s$/u.test(name) && this.names.sharedLastName(name.slice(0, -1)) ? name.slice(0, -1) : undefined;
    const full = this.canonical(family ?? name);
    const last = full.slice(full.lastIndexOf(' ') + 1);
    if (last === full) return undefined;
    // (of that gender by a given name or a description, not by a given name the lexicon lacks: "As the crowd cheered
    // Sanders …, his wife whispered to him" is no "Had Sanders", PolNeAR train, Washington Post 2016-06-09)
    const ofGender = (n: string): boolean => (nameGender(n) ?? this.describedGender(n)) === g;
    const other = this.names.canonicalOfGender(last, g, full, f => this.describedGender(f));
    if (other && other !== full) return ofGender(other) ? other : undefined;
    return family && !other && ofGender(full) ? full : undefined;
  }

  /**
   * The one person the article gives the office `head` names by a title ("Sen. Rob Portman" for "the Ohio senator"),
   * or undefined when it gives it to no one or to more than one.
   */
  soleHolderOf(head: string): string | undefined {
    const office = OFFICE_OF[head];
    if (!office) return undefined;
    let holder: string | undefined;
    for (const [name, held] of this.officesHeld()) {
      if (!held.has(office)) continue;
      if (holder !== undefined) return undefined;
      holder = name;
    }
    return holder;
  }

  /**
   * The one person the article titled with an office and described by the role `head` before `pos` in a way that fits the description `written`
   * (byDescription's fit: place, party, rank), when `name`, the most salient person, is not described so: whom a role
   * description at `pos` stands for over `name` ("Neither Cruz nor Christie acknowledged the Obama administration's
   * efforts … Earlier this week, the president proposed …", PolNeAR train, Huffington Post 2016-02-07, where "President
   * Barack Obama" is the one president described before). Undefined for a past holder ("the former president" is not
   * the one titled "President" now) or a people's word ("the French president" is not "President Obama"). Titled also
   * by an apposition that writes the office capitalised before the name: "The Minister of Agriculture, Marine Resources
   * and Pearl Farming, NAME, said … ⏎ (nine paragraphs of others) ⏎ Another member of the cooperative, NAME2, said … ⏎ The
   * minister said the government would meet …" (a TNTV-style probe, test/fixtures/outlets pf-tntv-rangiroa-fish-market.txt,
   * and "The Minister of Economy, Labour and Housing, NAME, said …" … "The minister said on Thursday that …", an All
   * Andorra-style probe, ad-allandorra-seasonal-work-permits.txt, probes-vv, forty-third session: both went to the
   * subject of the sentence before).
   */
  otherSoleHolder(name: string, head: string, written: string, pos: number): string | undefined {
    if (PAST_ROLE.test(written) || written.split(/\s+/).some(w => isDemonym(w.toLowerCase()))) return undefined;
    const before = this.describedBefore(head.toLowerCase(), pos, written);
    const described = new Set(before.map(d => d.name));
    const holder = described.size === 1 && !described.has(name) ? [...described][0] : undefined;
    // (a person the article titles with an office: not a body a description was read for)
    return holder && (this.officesHeld().has(holder) || before.some(d => officeCapitalisedIn(d.description, head))) ? holder : undefined;
  }

  /**
   * The one person the article titles "Dr." ("Dr. Harpreet Sandhu-Ellison"), or undefined when it titles no one so or
   * more than one; of several, the one whose description names the specialty of `noun` ("Dr. Shaina Goldfarb-Mensah, a
   * pediatric infectious diseases specialist at …" for "the pediatrician", a Global News-style probe with two doctors).
   */
  soleDoctor(noun = ''): string | undefined {
    const doctors = new Set<string>();
    for (let k = 0; k < this.runs.length; k++) if (physicianTitle(this.runs[k].title.split(/\s+/))) doctors.add(this.canonicalOfRun(k));
    if (doctors.size <= 1) return doctors.values().next().value;
    const descriptions = [...this.described.values()].flat();
    const specialists = [...doctors].filter(name => descriptions.some(d => d.name === name && specialtyIn(noun, d.description)));
    return specialists.length === 1 ? specialists[0] : undefined;
  }

  /** The offices the article's titles give each person (canonical name → offices), read once. */
  private officesHeld(): Map<string, Set<string>> {
    if (!this.offices) {
      this.offices = new Map();
      for (let k = 0; k < this.runs.length; k++) {
        const t = this.runs[k].title;
        if (!t) continue;
        // (a rank before the office makes it another one: "Deputy Prime Minister Chrystia Freeland" is no "Prime Minister")
        let rank = '';
        // (and the office of a portfolio set off before the name: apposedPortfolioTitle)
        const apposed = apposedPortfolioTitle(this.toks, this.runs[k].i);
        for (const w of [...(apposed >= 0 ? [this.toks[apposed].l] : []), ...t.toLowerCase().split(/\s+/)]) {
          if (RANK_WORD.test(w)) rank = `${rank}${w} `;
          const o = OFFICE_OF[w] && rank + OFFICE_OF[w];
          if (!o) continue;
          const key = this.canonicalOfRun(k);
          let set = this.offices.get(key);
          if (!set) this.offices.set(key, (set = new Set()));
          set.add(o);
        }
      }
    }
    return this.offices;
  }
  private offices: Map<string, Set<string>> | undefined;

  /** canonicalAt of name run k (the people stage and the speakers' mentions both ask: found once per run). */
  canonicalOfRun(k: number): string {
    const run = this.runs[k];
    return (this.runCanonical[k] ??= this.canonicalAt(run.name, run.s, run.title));
  }

  /** The first name written in [s, e) outside quotes: the sentence's subject, as far as names go. */
  /**
   * A common word opening the sentence at `s` before a preposition, that the article never writes after a given name:
   * an adverb or a preposition capitalised, no subject ("Back at the memorial", "Outside the courthouse").
   */
  private openingAdverb(run: NameRun, s: number): boolean {
    const next = this.toks[run.j];
    return run.s === s && run.j - run.i === 1 && !!next && PREPOSITIONS.has(next.l) && !next.cap && isCommonWord(run.name) && !this.names.knowsOtherFirst(run.name);
  }

  private subjectOf(s: number, e: number): string | undefined {
    const lo = countBefore(this.runs, run => run.s < s);
    for (let k = lo; k < this.runs.length && this.runs[k].s < e; k++) {
      const run = this.runs[k];
      if (this.quotedRun[k]) continue;
      // (past an owner, a day or a place before the subject: "Back at the memorial on Wednesday evening, Gurleen's
      // younger brother, Amrit Dhillon, 16, lit a candle", a CTV-style fixture)
      if (ownsApposition(this.toks, run) || CALENDAR_NAMES.has(run.name.toLowerCase()) || kindOfName(run.name) === 'place' || this.openingAdverb(run, s)) continue;
      if (inSubordinateBeforeComma(this.toks, run, s)) continue;
      return run.name;
    }
    return undefined;
  }

  private describe(head: string, name: string, pos: number, description: string, shown?: boolean): void {
    const h = TITLE_HEADS[head] ?? head;
    this.genders = undefined;
    this.distinctDescribed = undefined;
    this.titledIndex = new WeakMap();
    // (an office written out is described by its initials too: "Chief financial officer Luc-Antoine Béliveau" … "the
    // CFO said", a Financial Post-style probe)
    // (and by the age it states: "Hodan Jama-Nur, a 38-year-old program officer at …" … "The 38-year-old said", an
    // Ottawa Citizen-style probe)
    const keys = officeInitialsOf(description);
    keys.unshift(h);
    // (and a member of a chamber of deputies or of parliament by the title that names one alone: "The member of the
    // Chamber of Deputies for Bioko Norte, Hon. Pedro Mba Obono Nfumu, recalled … ⏎ "…," the deputy declared", a Guinea
    // Ecuatorial Press-style probe, test/fixtures/outlets gq-guineaecuatorialpress-butane-cylinder-price.txt, where the
    // speaker was "deputy"; TITLE_HEADS makes an MP a deputy)
    if (h !== DEPUTY && MEMBER_OF_CHAMBER.test(description)) keys.push(DEPUTY);
    AGE_IN_DESCRIPTION.lastIndex = 0;
    for (let m; (m = AGE_IN_DESCRIPTION.exec(description));) keys.push(m[0].toLowerCase());
    // (an index loop: for…of makes an iterator result per key in code V8 has not optimised)
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const list = this.described.get(key) ?? [];
      if (key === h || !list.some(d => d.name === name && d.pos === pos)) list.push({ name, pos, description });
      this.described.set(key, list);
    }
    this.addDescribedPair(name, pos, description);
    if (!this.descriptions.has(name) && description) this.descriptions.set(name, description);
    // (shown beside the name: a person's role, "president of the Brady Campaign", never an honorific alone or the
    // words before a name that only look like one, "FBI named", "I know")
    if (!this.shownDescriptions.has(name) && description && (shown ?? readsAsRole(h))) this.shownDescriptions.set(name, description);
  }

  private learnDescriptions(run: NameRun): void {
    const toks = this.toks;
    this.describeByTitle(run);
    // the token before the name, a role's or an apposition's comma
    // (past the area an Indian police rank names in brackets: "Avadi deputy commissioner of police (North) V Kavitha
    // said" … "the DCP (North) said", test/fixtures/outlets in-toi-hooch-deaths-assembly, where the speaker was "DCP")
    const area = bracketedAreaBefore(toks, run.i);
    // (a lone rank before "(Rtd)" is no name, and the name after it is apposed past the rank: "The Resident District
    // Commissioner (RDC), Maj (Rtd) Fred Tumusiime-Kagaba, said", a Daily Monitor-style probe, where "Maj" was described)
    if (retiredRankAfter(toks, run.j) && onlyTitles(toks, run.i, run.j)) return;
    const retired = retiredRankBefore(toks, run.i);
    // (or past the "the" of an honorific of address the run opens with: "The Minister for Utilities and Climate Change, the
    // Hon. Aaron de la Paz, said …" … "the minister said that tariffs would be reviewed …", a Gibraltar Chronicle-style
    // probe, test/fixtures/outlets gi-chronicle-utility-tariffs-rise.txt, probes-xx, where the minister was the shadow
    // minister named later)
    const p = area >= 0 ? area - 1 : retired >= 0 ? retired - 1 : theOfHonorific(toks, run.i - 1) ? run.i - 2 : run.i - 1;
    const descriptionEnd = area >= 0 ? toks[run.i - 1].e : toks[p]?.e;
    this.describeByRoleBefore(run, p, descriptionEnd);
    if (!bodyBeforePerson(toks, run.i, run.j)) this.describeByAppositionBefore(run, pastBodySetOff(toks, p));
    this.describeByInitials(run);
    this.describeByAppositionAfter(run);
  }

  /**
   * Describes the run's name by its title: the title in the run ("Foreign Minister Sergei Lavrov"), the office before an
   * honorific that ends it, the title before a portfolio the run opens inside, and a title before an honorific in brackets.
   */
  private describeByTitle(run: NameRun): void {
    const toks = this.toks;
    // the title in the run itself: "Foreign Minister Sergei Lavrov", and labels glued on ("Ohio Sen. Rob Portman")
    const glued = run.s < this.titleEnd ? afterHeadlineVerb(gluedTitle(run.name)) : gluedTitle(run.name);
    const title = [run.title, glued].filter(Boolean).join(' ');
    if (title) {
      const tw = title.toLowerCase().split(' ');
      // (a title is shown as written, "Coun.", "Det Ch Insp", but not an honorific alone, "Mr.", "Sir")
      this.describe(tw[tw.length - 1], run.name, run.s, title, !tw.every(w => COURTESY_TITLE.test(w)) && tw.some(w => isTitleNoun(w) || readsAsRole(w)));
      // (and by the office before an honorific that ends the title: "Labour and Employment Adviser Sheikh Mahbubur Rahman
      // … ⏎ “…,” the adviser said", a Daily Star-style probe, test/fixtures/outlets bd-dailystar-ashulia-wage-arrears.txt,
      // where only "sheikh" described him; "Health Cabinet Secretary Dr …", "Minister Dr …")
      let office = tw.length - 1;
      while (office > 0 && (COURTESY_TITLE.test(tw[office]) || HONORIFIC_BEFORE_NAME.has(tw[office]))) office--;
      if (office < tw.length - 1 && OFFICE_HEADS.has(tw[office])) this.describe(tw[office], run.name, run.s, title, true);
      // (and by the office before the portfolio the title names: "Deputy Minister of Economy Artak Ghazaryan explained
      // that … ⏎ "…," the Deputy Minister said", an Armenpress-style probe, test/fixtures/outlets
      // am-armenpress-apricot-purchase-price.txt, probes-rr, described by "economy" only, where the speaker was "Deputy
      // Minister"), an honorific after the portfolio aside ("Minister of Natural Resources Ir. Glenn Kartosen-Wongsodikromo
      // announced … ⏎ The minister said …", a Suriname Herald-style probe, test/fixtures/outlets sr-srherald-ebs-tariff.txt,
      // probes-ii, where "the minister" went to the woman quoted before, as after "Minister of Health Dr. NAME")
      const portfolioOffice = officeBeforePortfolio(tw.slice(0, office + 1));
      if (portfolioOffice >= 0) this.describe(tw[portfolioOffice], run.name, run.s, title, true);
    }
    // (and by the title before a portfolio of two words the run opens inside: "Minister for Works and Highways Hon.
    // Justin Tomaru-Pinda said … ⏎ “…,” the Minister said", a Post-Courier-style probe, test/fixtures/outlets
    // pg-postcourier-highlands-highway-repairs.txt, where "the Minister" went to a former Works minister named later)
    const portfolioHead = titleBeforePortfolio(toks, run.i);
    if (portfolioHead >= 0 && kindOfName(run.name) === 'person') this.describe(toks[portfolioHead].l, run.name, run.s, `${this.text.slice(toks[portfolioHead].s, run.s)}${run.title}`.trim(), true);
    const honoured = titleBeforeBracketedHonorific(toks, run.i);
    if (honoured >= 0) this.describe(toks[honoured].l, run.name, run.s, toks[honoured].t, true);
  }

  /**
   * Describes the run's name by a role noun just before it, token p, the description ending at descriptionEnd: "U.N.-Arab
   * League envoy Lakhdar Brahimi", "spokesman John Kirby" (not a headline's last words over the next line's name, "… but
   * Assad defiant ⏎ Russia said", nor a cue verb's subject, "Lavrov said Russia would …").
   */
  private describeByRoleBefore(run: NameRun, p: number, descriptionEnd: number): void {
    const toks = this.toks;
    // (nor a possessive, whose name is the owner's thing: "the company's Hamilton plant")
    if (p >= 0 && !toks[p].punct && !toks[p].cap && !toks[p].poss && !DETERMINERS.has(toks[p].l) && !PREPOSITIONS.has(toks[p].l) && /^[a-z-]+$/.test(toks[p].l) && toks[p].l.length > 3
      && !CUES.has(toks[p].l) && !(isVerbForm(toks[p].l) && !isPersonNoun(toks[p].l)) && !this.text.slice(toks[p].e, run.s).includes('\n')
      // (nor a body's noun before the person's title, which names where the title is held: "Winnipeg police Chief …")
      && !(run.title && BODY_WORD.test(toks[p].t.charAt(0).toUpperCase() + toks[p].t.slice(1)))) {
      // (never past "and", "or" and the person before it: "Liu-Matheson and captain Brianne Okonkwo-Baird replied",
      // test/fixtures/outlets ca-cp-sports-pwhl.txt, was described as "Liu-Matheson and captain")
      let a = p;
      // (nor past a verb after a name, its subject: "when White House hopeful Donald Trump threw famous Mexican-American
      // reporter Jorge Ramos out", PolNeAR train, Breitbart 2016-04-12, was described as "Donald Trump threw famous …")
      const verbAfterName = (k: number) => !toks[k].cap && isVerbForm(toks[k].l) && !!toks[k - 1]?.cap && !toks[k - 1].punct;
      // (an office's "of" after its role noun is the office's: "deputy commissioner of police")
      const officeOf = (k: number) => toks[k].l === 'of' && k > 0 && !toks[k - 1].cap && isRoleNoun(toks[k - 1].l);
      // (nor past a relative, whose clause the description opens: "a chaotic presidential campaign in which GOP presidential
      // nominee Donald Trump has said that …", PolNeAR train, HuffPost 2016-09-06, was described as "which GOP presidential
      // nominee")
      while (a > 0 && a > p - 5 && !toks[a - 1].punct && (toks[a - 1].cap || /^[a-z-]+$/.test(toks[a - 1].l)) && !DETERMINERS.has(toks[a - 1].l) && (!PREPOSITIONS.has(toks[a - 1].l) || officeOf(a - 1)) && !COORDINATORS_AND_OR.has(toks[a - 1].l) && !RELATIVES.has(toks[a - 1].l) && !verbAfterName(a - 1)) a--;
      this.describe(toks[p].l, run.name, run.s, this.text.slice(toks[a].s, descriptionEnd));
    }
  }

  /** Describes the run's name as an apposition to a description before it, whose comma is token p. */
  private describeByAppositionBefore(run: NameRun, p: number): void {
    const toks = this.toks;
    // the name as an apposition to a description before it: "Sanders's campaign manager, Jeff Weaver, appeared"
    // ("His campaign manager, Jeff Weaver,")
    // ("The Liberal MP for Ottawa South, Daniel Chen-Morrison,": a member by the riding, whose head is the title)
    const member = p >= 2 && toks[p].t === ',' ? runAt(toks, p - 1) : null;
    const memberTitle = member && member.j === p ? memberForRiding(toks, member.i, member.j) : -1;
    if (member && memberTitle >= 0) this.describe(toks[memberTitle].l, run.name, run.s, this.text.slice(toks[toks[member.i - 1]?.l === 'the' ? member.i - 1 : member.i].s, toks[p - 1].e));
    if (p >= 1 && toks[p].t === ',' && (toks[run.j]?.punct ?? true)) {
      // (past the office's initials in brackets: "The Resident District Commissioner (RDC), Fred Tumusiime-Kagaba, said"
      // … "the RDC said", a Daily Monitor-style probe, where the speaker was "RDC")
      // (or past the portfolio in brackets: "The Minister of State in the President's Office (Regional Administration and
      // Local Government), Hon. Zuberi Mwakalinga-Saidi, told reporters …" … "the minister said", a Citizen-style probe,
      // test/fixtures/outlets tz-citizen-dar-brt-fares.txt, where the minister was an MP named before)
      // (or past the portfolios a ministry lists with commas after the first: "The Permanent Secretary of the Ministry of
      // Commerce, Industry, Labour and Immigration, Dr NAME," … "According to the Permanent Secretary", people/portfolio.ts)
      const q = p >= 4 && initialsInBrackets(toks, p - 3) ? p - 3 : pastPortfolioList(toks, bracketedPortfolioOpen(toks, p));
      // (a portfolio's office is headed by its title: "Saskatchewan's Minister of Public Safety, Michael Weger," … "the
      // minister said")
      const office = runAt(toks, q - 1);
      // (also one written after "in the", set apart from its title: "Minister of State in the | President's Office")
      const portfolioHead = office && office.j === q ? titleBeforePortfolio(toks, office.i) : -1;
      // (and so is the office of an area or a body after "the": "the Paramount Chief of the Wassa Fiase Traditional Area,
      // Nana Kwesi Ampem Agyeman IV, who said …" … "the chief said", a Citi Newsroom-style probe, where the speaker was
      // "chief")
      const areaTitle = office && office.j === q && portfolioHead < 0 ? titleOfArea(toks, office.i, office.j) : undefined;
      // (and a lower-case role of a body named after "of": "The chief executive of the Minerals Commission, Martin Ayisi,
      // said …" … "the chief executive said", a Ghanaian-style probe, where the speaker was "chief executive")
      // (or a body's role before the field it speaks on, opening the sentence: "Opposition spokesman on national
      // security, Trevor Blackwood-Scott, accused …" … "the Opposition member said", a Gleaner-style probe,
      // test/fixtures/outlets jm-gleaner-soe-extension-debate.txt, where the member stood as written)
      const fieldRole = !areaTitle && !office ? roleBeforeField(toks, q) : -1;
      // (or where the person is from: "A fisherman from Tiputa, Heiarii Mai-Tepa, said …", a TNTV-style probe,
      // test/fixtures/outlets pf-tntv-rangiroa-fish-market.txt, was described by no role, so that "The mayor of Rangiroa
      // said" went to the fisherman)
      const ofBody = !areaTitle && office && office.j === q ? roleOfBodyBefore(toks, office.i) : -1;
      const bodyRole = portfolioHead >= 0 ? portfolioHead : !areaTitle && office && office.j === q ? (ofBody >= 0 ? ofBody : roleFromPlace(toks, office.i)) : fieldRole;
      const head = areaTitle ? toks[areaTitle.head] : bodyRole >= 0 ? toks[bodyRole] : office && office.j === q && portfolioOffice(toks, office.i, office.j) ? toks[pastOfficeTitles(toks, office.i, office.j) - 1] : toks[q - 1];
      let a = areaTitle ? areaTitle.open : bodyRole >= 0 ? bodyRole : q - 1;
      const headEnd = bodyRole >= 0 ? bodyRole + 1 : q;
      while (!areaTitle && a > 0 && (headEnd - a < APPOSED_DESCRIPTION_TOKENS || bodyNameBefore(toks, a, headEnd)) && !toks[a - 1].punct && !DETERMINERS.has(toks[a].l) && !toks[a].poss) a--;
      // (not after a possessive pronoun, whose owner changes: "her eventual boss, Alan C. Greenberg," … "her boss told her";
      // but a kinship noun that gives a gender still says what the person is: "her mother, Harpreet Dhillon," … "The
      // 47-year-old mother said", a CTV-style fixture)
      const opens = (DETERMINERS.has(toks[a].l) && (!POSSESSIVE_DETERMINERS.has(toks[a].l) || nounGender(head.l) !== undefined)) || toks[a].poss
        || (fieldRole >= 0 && toks[a].cap && (a === 0 || !!toks[a].br || /^[.!?]$/.test(toks[a - 1].t)));
      // (one person's role: not "During Mr. Clinton's 1992 campaign, Betsey Wright,", "their attorneys, Justin Bamberg,")
      // (a title may be capitalised: "The federal Emergency Management Minister, Jenny McAllister,")
      if (opens && (!head.cap || TITLES.has(head.l)) && (isRoleNoun(head.l) || TITLES.has(head.l) || bodyRole >= 0)) this.describe(head.l, run.name, run.s, this.text.slice(toks[a].s, toks[p - 1].e));
    }
  }

  /** Describes the run's name by an office's initials in brackets between its title and the name. */
  private describeByInitials(run: NameRun): void {
    const toks = this.toks;
    // the office's initials in brackets between its title and the name: "Special Relief Commissioner (SRC) Debasis
    // Mohapatra said" … "the SRC said", a PTI-style probe, test/fixtures/outlets in-pti-odisha-cyclone-evacuation.txt,
    // where the speaker was "SRC"
    const bracket = run.i - BRACKETED_INITIALS;
    const initials = bracket >= 0 && initialsInBrackets(toks, bracket) ? toks[bracket + 1].l : '';
    if (OFFICE_INITIALS.has(initials)) this.describe(initials, run.name, run.s, this.text.slice(toks[bracket].s, toks[run.i - 1].e), false);
  }

  /** Describes the run's name by an age set off after it and an apposition after it (past the age). */
  private describeByAppositionAfter(run: NameRun): void {
    const toks = this.toks;
    // an age set off after: "Kiana Sasakamoose, 24, is studying law" … "the 24-year-old said"
    const r = run.j, afterAge = pastAge(toks, r);
    const age = afterAge > r;
    if (age) this.describe(`${toks[r + 1].t}-year-old`, run.name, run.s, `${toks[r + 1].t}-year-old`, false);
    // an apposition after: "Lakhdar Brahimi, the U.N.'s envoy for the Syrian crisis,"
    // (also past the age: "Thandeka Mokoena, 67, a pensioner who lives alone, said" … "the pensioner told News24", a
    // News24-style probe, test/fixtures/outlets, where the quotes went to "a pensioner")
    const c = age ? afterAge - 1 : r;
    // (or a role with no determiner: "said Stephen Loomis, president of the Cleveland Police Patrolmen's Association")
    // (or one word before the role: "said Mark Dubowitz, executive director of the Foundation for Defense of
    // Democracies", PolNeAR train, NYT 2016-01-14, had no description in the hover; "chief economist at Manulife";
    // not "Bernie Sanders, as chairman of …", a part played)
    // (a legislator's title in capitals too: "Komlan Dogbé Akakpo-Numado, MP for the Golfe prefecture")
    const role = (k: number) => k + 1 < toks.length && ((!toks[k].cap && (isRoleNoun(toks[k].l) || TITLES.has(toks[k].l))) || LEGISLATOR_TITLES.has(toks[k].t)) && PREPOSITIONS.has(toks[k + 1].l);
    const modifier = (t: Tok) => !t.cap && !t.punct && /^[a-z-]+$/.test(t.l) && !isVerbForm(t.l) && !CUES.has(t.l) && !DETERMINERS.has(t.l) && !PREPOSITIONS.has(t.l) && !COORDINATORS_AND_OR.has(t.l) && t.l !== 'as';
    const bareRole = c + 2 < toks.length && (role(c + 1) || (modifier(toks[c + 1]) && role(c + 2)));
    // (or a name's possessive: "Corey Lewandowski, Trump's campaign manager, said", PolNeAR train, Washington Post
    // 2016-05-25, had no description)
    const owned = c + 2 < toks.length && toks[c + 1].poss && toks[c + 1].cap && !toks[c + 2].cap && !toks[c + 2].punct;
    if (c + 2 < toks.length && toks[c].t === ',' && (DETERMINERS.has(toks[c + 1].l) || bareRole || owned)) {
      let k = c + 1, head = -1;
      while (k < toks.length && k < c + 14 && !toks[k].punct) {
        if (PREPOSITIONS.has(toks[k].l) || toks[k].l === 'who' || toks[k].l === 'which') break;
        if (!toks[k].cap || toks[k].l.length > 1) head = k;
        k++;
      }
      let end = k;
      while (end < toks.length && end < c + 16 && !toks[end].punct) end++;
      // (a relative clause no comma closes ends before the sentence's own cue, a second verb after the clause's: "“…,”
      // Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.", PolNeAR train, Politico
      // 2016-09-01, is "the polling guru who founded fivethirtyeight.com")
      if (toks[k]?.l === 'who' || toks[k]?.l === 'which') {
        let verb = k + 1;
        while (verb < end && BEFORE_CUE_WORDS.has(toks[verb].l)) verb++;
        for (let x = verb + 1; x < end; x++) if (!toks[x].cap && CUES.has(toks[x].l) && !BEFORE_CUE_WORDS.has(toks[x - 1].l) && !COORDINATORS_AND_OR.has(toks[x - 1].l) && toks[x - 1].l !== 'to') { end = x; break; }
      }
      // (not the subject of the sentence's own cue: "In an email to CTV News, the college said …" describes no CTV News;
      // a cue's word after "in" is a noun: "David Shaw, a special agent in charge of Homeland Security Investigations in
      // San Diego", PolNeAR train, NYT 2016-09-03; "Annie Qaqqasiq-Nowdlak, the nurse in charge that night, told …" and
      // later "the nurse agreed", a CBC North-style fixture)
      // (a cue inside a relative clause after the head is that clause's verb: "said Bob Mulholland, a California
      // superdelegate and Clinton supporter who has accused Sanders supporters of harassing his peers", PolNeAR train,
      // Washington Post 2016-05-19, had no description in the hover)
      const relative = toks[k]?.l === 'who' || toks[k]?.l === 'which' ? k : end;
      const cued = toks.slice(c + 1, relative).some((t, x) => CUES.has(t.l) && toks[c + x].l !== 'in');
      // (nor a body's own name, a capitalised body head: "In a statement to CTV News, the Canadian Telecommunications
      // Association, which represents the major carriers, said", a CTV-style probe, where "the association said" then
      // went to CTV News)
      const bodyName = head > c + 1 && toks[head].cap && isBodyHead(toks[head].t);
      if ((head > c + 1 || (bareRole && head === c + 1)) && !cued && !bodyName) this.describe(toks[head].l, run.name, run.s, this.text.slice(toks[c + 1].s, toks[end - 1].e));
    }
  }

  /**
   * The name last described by this head noun before `pos` ("the envoy" -> "Lakhdar Brahimi"), by binary search; not
   * one whose title a rank word changes that `written` (the description being resolved) lacks: "the president" is not
   * "Vice President Joseph R. Biden Jr.". One described after `pos` only within `reach` characters of it.
   */
  byDescription(head: string, pos: number, written = head, reach = Infinity): { name: string; description: string } | undefined {
    const h = head.toLowerCase();
    const list = this.described.get(TITLE_HEADS[h] ?? h);
    if (!list) return undefined;
    const lo = countBefore(list, x => x.pos <= pos);
    const fitting = this.fitting(written);
    // (first one described by the title as written, capitals and all, when it is two words or more: "The Chief Minister
    // said" after "Chief Minister M.K. Thangavelu" and "Minister of State for Housing and Urban Affairs Shri Rakesh
    // Upadhyay", a Hindu-style probe, test/fixtures/outlets in-hindu-metro-phase-funding.txt)
    const titled = capitalisedWords(written) >= 2 ? (d: { description: string }) => fitting(d) && titledAsWritten(d.description, written) : undefined;
    // (the titled ones read from titledAt's index, not the whole list: "the Deputy PM said" after each of many "Deputy
    // Prime Minister X Y", none titled "PM", read every pair twice per mention, test/bench/growth.mjs)
    if (titled) {
      const at = this.titledAt(list, written);
      const before = firstAtLeast(at, lo);
      for (let x = before - 1; x >= 0; x--) if (fitting(list[at[x]])) return this.describedPair(list[at[x]]);
      for (let x = before; x < at.length && list[at[x]].pos - pos <= reach; x++) if (fitting(list[at[x]])) return this.describedPair(list[at[x]]);
    }
    // the last fitting one before `pos`, else the first after it
    for (let k = lo - 1; k >= 0; k--) if (fitting(list[k])) return this.describedPair(list[k]);
    for (let k = lo; k < list.length && list[k].pos - pos <= reach; k++) if (fitting(list[k])) return this.describedPair(list[k]);
    return undefined;
  }

  /** A described pair as byDescription answers it, the name canonical. */
  private describedPair(d: { name: string; description: string }): { name: string; description: string } {
    return { name: this.canonical(d.name), description: d.description };
  }

  /**
   * The indexes, in text order, of the pairs of `list` (a list of `described` or of distinctDescriptions) whose
   * description is titled as `written` (titledAsWritten), read once per list and title until a description is added.
   */
  private titledAt(list: readonly { description: string }[], written: string): number[] {
    let index = this.titledIndex.get(list);
    if (!index) this.titledIndex.set(list, (index = { byWritten: new Map() }));
    let at = index.byWritten.get(written);
    if (!at) {
      // (only the pairs whose description has the title's first capitalised word, from an index word -> pairs: "The Bac
      // Party member said" after each of many "X Y, a member of the Z Party", each title written anew, read every pair
      // per mention, test/bench/growth.mjs)
      const first = titleWords(written)[0];
      const candidates = first === undefined ? undefined : (index.byWord ??= descriptionWordIndex(list)).get(first) ?? [];
      at = candidates ? candidates.filter(k => titledAsWritten(list[k].description, written)) : list.map((_, k) => k);
      index.byWritten.set(written, at);
    }
    return at;
  }
  /**
   * titledAt's indexes by list, then by title as written, and the list's pairs by each word of their description; a new
   * map when a description is added.
   */
  private titledIndex = new WeakMap<object, { byWritten: Map<string, number[]>; byWord?: Map<string, number[]> }>();

  /**
   * Every name described by this head noun before `pos` as byDescription would accept it, with its description
   * (`anyRank`: also one whose description adds a rank, "assistant coroner" for "a coroner").
   */
  describedBefore(head: string, pos: number, written = head, anyRank = false): { name: string; description: string }[] {
    const h = head.toLowerCase();
    const fits = this.fitting(written, anyRank);
    // (each pair once: the first of its copies before `pos` stands for them all, every caller reading names, not copies)
    const found = (this.distinctDescriptions().get(TITLE_HEADS[h] ?? h) ?? []).filter(d => d.pos < pos && fits(d));
    // (those described by the title as written, capitals and all, when there are any and it is two words or more: "The
    // Chief Minister said" after "Chief Minister M.K. Thangavelu" and "Minister of State for Housing and Urban Affairs
    // Shri Rakesh Upadhyay", a Hindu-style probe, test/fixtures/outlets in-hindu-metro-phase-funding.txt)
    const titled = capitalisedWords(written) >= 2 ? found.filter(d => titledAsWritten(d.description, written)) : [];
    return (titled.length ? titled : found).map(d => this.describedPair(d));
  }

  /**
   * describedBefore's answer for the people of `among` (canonical names) alone, in text order for each of them: read from
   * an index canonical name -> its pairs, so that a long one-line text describing a new senator each time ("Sen. Bac
   * Smith spoke … and later the senator says …" over and over) does not make each look-back read every earlier pair
   * (test/bench/growth.mjs, "one line: a description re-mentions a new titled name"). A title of two capitalised words
   * or more, whose pairs titled as written are picked among all those found, reads the full list.
   */
  describedBeforeAmong(head: string, pos: number, written: string, among: ReadonlySet<string>): { name: string; description: string }[] {
    const h = head.toLowerCase();
    const fits = this.fitting(written);
    // (a title of two capitalised words or more: the pairs titled as written when there are any before `pos`, of anyone,
    // as describedBefore picks them, read from titledAt's index; else the index by name below, "the Deputy PM said"
    // after each of many "Deputy Prime Minister X Y" no longer reading the full list, test/bench/growth.mjs)
    if (capitalisedWords(written) >= 2) {
      const distinct = this.distinctDescriptions().get(TITLE_HEADS[h] ?? h) ?? [];
      const titled = this.titledAt(distinct, written).map(k => distinct[k]).filter(d => d.pos < pos && fits(d));
      if (titled.length) return titled.map(d => this.describedPair(d)).filter(d => among.has(d.name));
    }
    const byName = this.describedByCanonical().get(TITLE_HEADS[h] ?? h);
    if (!byName) return [];
    const found: { name: string; description: string }[] = [];
    for (const name of among) for (const d of byName.get(name) ?? []) if (d.pos < pos && fits(d)) found.push({ name, description: d.description });
    return found;
  }

  /** distinctDescriptions by head key, then by canonical name; read again when a description is added or the names change. */
  private describedByCanonical(): Map<string, Map<string, { name: string; pos: number; description: string }[]>> {
    const distinct = this.distinctDescriptions();
    if (!this.byCanonical || this.byCanonicalOf !== distinct || this.byCanonicalAt !== this.names.revision) {
      this.byCanonical = new Map();
      this.byCanonicalOf = distinct;
      this.byCanonicalAt = this.names.revision;
      for (const [key, list] of distinct) {
        const byName = new Map<string, { name: string; pos: number; description: string }[]>();
        for (const d of list) {
          const name = this.canonical(d.name);
          const own = byName.get(name);
          if (own) own.push(d);
          else byName.set(name, [d]);
        }
        this.byCanonical.set(key, byName);
      }
    }
    return this.byCanonical;
  }
  private byCanonical: Map<string, Map<string, { name: string; pos: number; description: string }[]>> | undefined;
  /** The distinct pairs and the names' revision byCanonical was read from. */
  private byCanonicalOf: Map<string, { name: string; pos: number; description: string }[]> | undefined;
  private byCanonicalAt = -1;

  /** `described` with the later copies of each (name, description) pair left out, read once. */
  private distinctDescriptions(): Map<string, { name: string; pos: number; description: string }[]> {
    if (!this.distinctDescribed) {
      this.distinctDescribed = new Map();
      for (const [key, list] of this.described) {
        const seen = new Map<string, Set<string>>();
        this.distinctDescribed.set(key, list.filter(d => {
          let descriptions = seen.get(d.name);
          if (!descriptions) seen.set(d.name, (descriptions = new Set()));
          return !descriptions.has(d.description) && !!descriptions.add(d.description);
        }));
      }
    }
    return this.distinctDescribed;
  }

  /**
   * The one person described before `pos` by any head noun whose description names a body `written` names too: "the
   * Opposition member said" after "Opposition spokesman on national security, Trevor Blackwood-Scott, accused …" (a
   * Gleaner-style probe, test/fixtures/outlets jm-gleaner-soe-extension-debate.txt, where the description stood as
   * written); undefined when `written` names no body or the article described more than one person so.
   */
  describedByOwner(written: string, pos: number): string | undefined {
    const owners = ownerWords(written);
    if (!owners.size) return undefined;
    this.indexOwners();
    // the pairs oneOwner may accept: a shared owner word, an owner word of `written` that the pair's description spells
    // in initials, or one of the pair's that `written` spells
    const candidates = new Set<DescribedPair>();
    const add = (list: DescribedPair[] | undefined): void => { if (list) for (const d of list) candidates.add(d); };
    for (const w of owners) {
      add(this.pairsByOwner.get(w));
      if (OWNER_INITIALS.test(w)) add(this.pairsByInitials.get(w));
    }
    for (const initials of initialsSpelled(capitalsInOrder(written))) add(this.pairsByOwner.get(initials));
    let found: string | undefined;
    for (const d of candidates) {
      if (d.pos >= pos || !oneOwner(d.owners ?? new Set(), owners, d.description, written)) continue;
      const name = this.canonical(d.name);
      if (found !== undefined && found !== name) return undefined;
      found = name;
    }
    return found;
  }

  /** describedPairs: the pair (name, description) at `pos`, or its earlier position. */
  private addDescribedPair(name: string, pos: number, description: string): void {
    let byDescription = this.describedPairs.get(name);
    if (!byDescription) this.describedPairs.set(name, (byDescription = new Map()));
    const d = byDescription.get(description);
    if (!d) {
      const pair = { name, pos, description };
      byDescription.set(description, pair);
      this.describedPairList.push(pair);
    } else if (pos < d.pos) d.pos = pos;
  }

  /** Index the pairs that came since the last describedByOwner (pairsByOwner, pairsByInitials), reading their owner words. */
  private indexOwners(): void {
    const push = (index: Map<string, DescribedPair[]>, key: string, d: DescribedPair): void => {
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    };
    for (; this.ownersIndexed < this.describedPairList.length; this.ownersIndexed++) {
      const d = this.describedPairList[this.ownersIndexed];
      d.owners = ownerWords(d.description);
      for (const w of d.owners) push(this.pairsByOwner, w, d);
      for (const initials of initialsSpelled(capitalsInOrder(d.description))) push(this.pairsByInitials, initials, d);
    }
  }

  /** The article describes this person by this head noun, but never as `written` ("Vice President Joe Biden" for "the president"). */
  describedOtherwise(name: string, head: string, written = head): boolean {
    const h = head.toLowerCase();
    const own = (this.described.get(TITLE_HEADS[h] ?? h) ?? []).filter(d => this.canonical(d.name) === name);
    return own.length > 0 && !own.some(this.fitting(written));
  }

  /** Some title or description the article gives `name` (a canonical name) holds a word `office` finds ("Secretary of State for …"). */
  describedWith(name: string, office: RegExp): boolean {
    for (const d of this.descriptionsOf(name)) if (office.test(d)) return true;
    return false;
  }

  /** The descriptions given `name` (a canonical name), read again with byCanonical. */
  private descriptionsOf(name: string): ReadonlySet<string> {
    const table = this.describedByCanonical();
    if (this.descriptionsByNameOf !== table) {
      this.descriptionsByName = new Map();
      this.descriptionsByNameOf = table;
      for (const byName of table.values()) {
        for (const [who, list] of byName) {
          let set = this.descriptionsByName.get(who);
          if (!set) this.descriptionsByName.set(who, (set = new Set()));
          for (const d of list) set.add(d.description);
        }
      }
    }
    return this.descriptionsByName?.get(name) ?? new Set();
  }
  private descriptionsByName: Map<string, Set<string>> | undefined;
  private descriptionsByNameOf: Map<string, Map<string, { name: string; pos: number; description: string }[]>> | undefined;

  /**
   * The one person (a canonical name) a description given before `pos` holds `word` in, anywhere in it ("Sen. Baljit
   * Dhanoa, a Conservative from Alberta and a retired army colonel" for "colonel"); undefined for none or two.
   */
  soleDescribedWithWord(word: string, pos: number): string | undefined {
    let found: string | undefined;
    for (const [name, at] of this.describedByWord().get(word.toLowerCase()) ?? []) {
      if (at >= pos) continue;
      if (found !== undefined) return undefined;
      found = name;
    }
    return found;
  }

  /** Each word of a description -> the people (canonical names) described with it, and where first; read again with byCanonical. */
  private describedByWord(): Map<string, Map<string, number>> {
    const byCanonical = this.describedByCanonical();
    if (this.byWord && this.byWordOf === byCanonical) return this.byWord;
    this.byWord = new Map();
    this.byWordOf = byCanonical;
    for (const byName of byCanonical.values()) {
      for (const [name, list] of byName) {
        for (const d of list) {
          for (const w of d.description.toLowerCase().split(NOT_A_WORD)) {
            let people = this.byWord.get(w);
            if (!people) this.byWord.set(w, (people = new Map()));
            if (!(d.pos >= (people.get(name) ?? Infinity))) people.set(name, d.pos);
          }
        }
      }
    }
    return this.byWord;
  }
  private byWord: Map<string, Map<string, number>> | undefined;
  private byWordOf: Map<string, Map<string, { name: string; pos: number; description: string }[]>> | undefined;

  /** The one person the article describes by this head noun, when none of those descriptions names a place ("captain Brianne Okonkwo-Baird"). */
  soleDescribedWithoutPlace(head: string): string | undefined {
    const h = head.toLowerCase();
    const list = this.described.get(TITLE_HEADS[h] ?? h) ?? [];
    const people = new Set(list.map(d => this.canonical(d.name)));
    return people.size === 1 && !list.some(d => placesIn(d.description).length) ? [...people][0] : undefined;
  }

  /** Whether a description the article gave fits `written`, the description being resolved (byDescription). */
  private fitting(written: string, anyRank = false): (d: { description: string }) => boolean {
    const writtenWords = written.toLowerCase().split(/[\s-]+/);
    // (a rank word written alone as the head is the role, no rank of another: "the deputy added" after "NAME, MP for the
    // Golfe prefecture", TITLE_HEADS, is that MP, and after "his deputy, NAME" that deputy)
    const last = writtenWords[writtenWords.length - 1];
    const head = RANK_WORD.test(last) ? last : undefined;
    const ranks = new Set(writtenWords.map(w => INITIALS_RANK.get(w) ?? w).filter(w => RANK_WORD.test(w) && w !== head));
    // (nor one of another place: "the Florida senator" is not the one described as "Sen." alone or "Iowa Sen.")
    // (a place that opens a body's name is the body's, no place of the person's: "Chairman of the Kuwait Real Estate
    // Owners Association Sheikh Dawood Nasser Al-Sabah said …", an Arab Times-style probe, test/fixtures/outlets
    // kw-arabtimes-investment-power-tariff.txt, fits the description "Chairman of the" given with the name, and the
    // whole run was the speaker's name)
    const places = placesIn(written, false);
    // (the same rank both ways: "the vice presidential nominee" is not the one described as "presidential nominee")
    // (nor one of another party: "the GOP front-runner" is not the one described as "Democratic front-runner")
    const party = partyOf(written);
    // (nor one of another body: "the Fine Gael leader" is not the one described as "Sinn Féin leader")
    const bodies = ownerWords(written);
    // (a word capitalised as it opens the sentence is no owner when `written` has it in lower case: "Borough mayor Marie-Claude
    // de Varennes" is "The mayor of the Plateau-Mont-Royal borough", test/fixtures/outlets, which went to the city's mayor)
    const lower = new Set(written.split(/\s+/).filter(w => /^\p{Ll}/u.test(w)));
    const fits = (d: { description: string }) => (sameRanks(d.description.toLowerCase().split(/[\s-]+/).filter(w => RANK_WORD.test(w) && w !== head), ranks) || (anyRank && !ranks.size))
      && (!party || !partyOf(d.description) || partyOf(d.description) === party)
      && (!places.length || places.some(p => d.description.includes(p)))
      && (!bodies.size || sharesOwner(ownerWords(d.description), bodies, d.description, written) || [...ownerWords(d.description)].every(w => lower.has(w.toLowerCase())));
    return fits;
  }
}

/** The most tokens between a subordinator and a name in its clause ("while on the campaign trail for his wife … Hillary Clinton"). */
const SUBORDINATE_REACH = 16;
/**
 * A comma closes the clause within SUBORDINATE_REACH tokens from k, before the sentence's end (a stop, a semicolon or a
 * colon, or a line break: a comma of the next paragraph closes no clause of this one).
 */
function commaAfter(toks: Tok[], k: number): boolean {
  for (let x = k; x < toks.length && x - k <= SUBORDINATE_REACH; x++) {
    const t = toks[x];
    if (x > k && t.br) return false;
    if (t.t === ',') return true;
    if (t.punct && /^[.!?;:]$/.test(t.t)) return false;
  }
  return false;
}
/**
 * Run `run` (in the sentence from offset `s`) lies in a subordinate clause that opens the sentence or follows a comma
 * and ends at a comma after the run: no subject of the sentence's own ("Tuesday in New York City, while on the
 * campaign trail for his wife Democratic presidential front-runner Hillary Clinton, former president Bill Clinton said
 * … ⏎ Clinton said, “She was …”" is Bill Clinton, PolNeAR train, Breitbart 2016-04-12, where the search stopped at
 * "Democratic" and the bare name went to the first full form, Hillary Clinton).
 */
function inSubordinateBeforeComma(toks: Tok[], run: NameRun, s: number): boolean {
  if (!commaAfter(toks, run.j)) return false;
  for (let k = run.i - 1; k >= 0 && toks[k].s >= s && run.i - k <= SUBORDINATE_REACH; k--) {
    const t = toks[k];
    if (t.t === ',') return false;
    if (SUBORDINATORS.has(t.l) && (k === 0 || toks[k - 1].s < s || toks[k - 1].t === ',')) return true;
  }
  return false;
}

/**
 * A possessive name that owns a description a name is set off after ("Gurleen's younger brother, Amrit Dhillon,"):
 * the owner, not the subject (not "Donald Trump's new proposal … is vague").
 */
export function ownsApposition(toks: readonly Tok[], run: { i: number; j: number }): boolean {
  if (!toks[run.j - 1].poss) return false;
  let k = run.j;
  while (k < toks.length && k < run.j + APPOSED_DESCRIPTION_TOKENS && !toks[k].punct && !toks[k].cap) k++;
  return k > run.j && toks[k]?.t === ',' && !!toks[k + 1]?.cap;
}

/** A full name whose first word reads as a given name: one the lexicon knows, or a capitalised word that is no common word. */
const givenNameOf = (clean: string): boolean => {
  const words = clean.split(' ');
  // (not a verb, an adverb or a lower-case word: "Had Sanders", "Mostly for Trump")
  return hasKnownFirstName(clean) || (words.every(w => upperFirst(w)) && !isCommonWord(words[0]) && !isVerbForm(words[0]) && !looksAdverb(words[0].toLowerCase()));
};

/** A cue after a name and the pronoun opening its content ("… says he is thinking …"). */
const CUE_THEN_PRONOUN = /^ (\p{Ll}+) (he|she) /u;
/** The characters after a name read for that cue and pronoun. */
const CUE_THEN_PRONOUN_CHARS = 16;
/** Sentences looked back over for the subject a shared last name may refer to (a paragraph of quote holds several, and no subject). */
const SUBJECT_SENTENCES_BACK = 20;
/** Paragraphs before the one of the last name alone that its subject may stand in (not "Bill Clinton got in on the game … ⏎ “…,” he said. ⏎ Clinton herself also signaled"). */
const SUBJECT_PARAGRAPHS_BACK = 1;

/**
 * Paragraphs before the one of the last name alone that its full form may stand in: none ("… Ivanka Trump's den. ⏎
 * “It's like a new plane,” Mr. Trump said" is not Ivanka; "Anne Marie Murphy could do that …” ⏎ Murphy has an ally").
 */
const FULL_FORM_PARAGRAPHS_BACK = 0;
/** How many name runs back a shared last name looks for its full form (a text with no line breaks is one paragraph). */
const FULL_FORM_RUNS_BACK = 200;
/** How many paragraphs before the one of a family name alone its full name may stand (lastFamilyFirstForm). */
const FAMILY_FORM_PARAGRAPHS_BACK = 3;

/**
 * The first "of" or "for" among tokens [k, end), -1 when none (a scan of those tokens only: this runs once per name).
 * ("for" as an office of an area is written: "The Senior Divisional Officer for Meme, Oumarou Abba Kaka, said … ⏎ "…,"
 * the SDO warned", a Journal du Cameroun-style probe, test/fixtures/outlets cm-journalducameroun-cocoa-farmgate-price.txt,
 * probes-rr, where the speaker was "SDO".)
 */
function ofBetween(toks: Tok[], k: number, end: number): number {
  for (let x = k; x < end; x++) if (PORTFOLIO_OPENING.has(toks[x].l)) return x;
  return -1;
}

/**
 * The lower-case noun for a person before "of" or "for", perhaps "the", and a body's or an area's name run opening at
 * token i ("The chief executive | of the | Minerals Commission"; "The senior coroner | for | North Yorkshire and York",
 * an Independent-style probe, test/fixtures/outlets uk-independent-inquest-ouse, where "The coroner said" went to the
 * last person named), its token; -1 otherwise.
 */
function roleOfBodyBefore(toks: Tok[], run: number): number {
  // (past an area joined to the one before it: "for | North Yorkshire and | York")
  const joined = toks[run - 1]?.l === 'and' && !toks[run - 1].cap && toks[run - 2]?.cap ? runAt(toks, run - 2) : null;
  const area = joined && joined.j === run - 1 ? joined.i : run;
  // (past the place a body is in: "The chairman of the Bakery Owners' Association | in | Port Sudan, NAME, rejected …"
  // … "he said", a Sudan Tribune-style probe, test/fixtures/outlets sd-sudantribune-port-sudan-bread-prices.txt)
  const body = toks[area - 1]?.l === 'in' && !toks[area - 1].cap && toks[area - 2]?.cap ? runAt(toks, area - 2) : null;
  const i = kindOfBodyBefore(toks, body && body.j === area - 1 ? body.i : area);
  const of = DETERMINERS.has(toks[i - 1]?.l ?? '') ? i - 2 : i - 1;
  const role = toks[of - 1];
  if (of < 1 || !PORTFOLIO_OPENING.has(toks[of].l)) return -1;
  return !role.cap && isPersonNoun(role.l) ? of - 1 : roleOfFieldBefore(toks, of);
}

/** The most lower-case words of a body's kind between "the" and its name ("the parents' network | Forældrenetværket København"). */
const BODY_KIND_WORDS = 2;

/**
 * The first token of the lower-case words that say what kind of body or vessel the name at token `run` is, between its
 * article and the name: "The captain of the ⟨tanker⟩ Kapitan Pinaev, NAME, told TASS … ⏎ "…," the captain added." (a
 * TASS-style probe, test/fixtures/outlets ru-tass-yakutia-northern-delivery.txt), "The chairwoman of the ⟨parents'
 * network⟩ Forældrenetværket København, NAME, said …" (a Local Denmark-style probe, dk-thelocal-copenhagen-daycare-fees.txt);
 * `run` itself when no such words stand after an article.
 */
function kindOfBodyBefore(toks: Tok[], run: number): number {
  let k = run;
  while (k > 0 && run - k < BODY_KIND_WORDS && /^\p{Ll}+$/u.test(toks[k - 1].l) && !toks[k - 1].cap && !DETERMINERS.has(toks[k - 1].l) && !PREPOSITIONS.has(toks[k - 1].l) && !COORDINATORS_AND_OR.has(toks[k - 1].l)) k--;
  return k < run && toks[k - 1]?.l === 'the' ? k : run;
}

/**
 * The lower-case role noun before "from" and the name run at token `run` of where the person comes from ("A fisherman |
 * from | Tiputa"), its token; -1 otherwise.
 */
function roleFromPlace(toks: Tok[], run: number): number {
  const role = toks[run - 2];
  return run >= 2 && toks[run - 1].l === 'from' && !toks[run - 1].cap && !role.cap && !role.punct && isRoleNoun(role.l) ? run - 2 : -1;
}

/**
 * The role noun before "of" and the lower-case field it heads, the field ending at the "of" (token `of`) before the body
 * or area ("the regional director | of trade and competition | of Ségou, Mr. Moussa Ag Attaher Maïga, indicated that …"
 * … "“…,” the regional director said", a Maliweb-style probe, test/fixtures/outlets ml-maliweb-segou-rice-paddy-price.txt,
 * probes-ll, where the quote went to "the Managing Director of the Office du Niger" named after it), its token; -1
 * otherwise. At most FIELD_WORDS words, "and" among them.
 */
function roleOfFieldBefore(toks: Tok[], of: number): number {
  let k = of - 1;
  while (k > 0 && of - k <= FIELD_WORDS && !toks[k].cap && !toks[k].punct && toks[k].l !== 'of') k--;
  const role = toks[k - 1];
  return k < of - 1 && toks[k].l === 'of' && !!role && !role.cap && !role.punct && isRoleNoun(role.l) ? k - 1 : -1;
}

/** Prepositions between a spokesperson's role and the field it speaks on ("spokesman on national security"). */
const FIELD_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for']);
/** The most lower-case words of that field ("national security", "health and wellness"). */
const FIELD_WORDS = 4;

/**
 * The lower-case noun for a person before "on" or "for" and the lower-case words of a field that end before the comma
 * at token q ("Opposition spokesman | on national security | ,"), its token; -1 otherwise.
 */
function roleBeforeField(toks: Tok[], q: number): number {
  let k = q - 1;
  while (k > 0 && q - k <= FIELD_WORDS && !toks[k].cap && !toks[k].punct && !FIELD_PREPOSITIONS.has(toks[k].l)) k--;
  const role = toks[k - 1];
  return k < q - 1 && FIELD_PREPOSITIONS.has(toks[k].l) && !!role && !role.cap && isRoleNoun(role.l) ? k - 1 : -1;
}

/**
 * The name run [i, j) set off before a comma ends an office of an area or a body after "the": capitalised modifiers, a
 * title, "of", perhaps "the", and the area's or body's capitalised words, no given name, honorific or possessive among
 * them ("the Paramount Chief of the Wassa Fiase Traditional Area", "the Paramount Chief of Wassa"). The title's token,
 * the office's head, and the "the" that opens the office; undefined otherwise. (A portfolio with no "the" is
 * portfolioOffice's.)
 */
function titleOfArea(toks: Tok[], i: number, j: number): { head: number; open: number } | undefined {
  let of = ofBetween(toks, i + 1, j);
  let from = i;
  if (of < 0) {
    // (the run stops before "of the": the title's words are a run of their own)
    of = toks[i - 1]?.l === 'the' ? i - 2 : i - 1;
    const title = PORTFOLIO_OPENING.has(toks[of]?.l) ? runAt(toks, of - 1) : null;
    if (!title || title.j !== of) return undefined;
    from = title.i;
  }
  if (from === 0 || toks[from - 1].l !== 'the' || !TITLES.has(toks[of - 1].l) || of - 1 < from) return undefined;
  for (let k = from; k < j; k++) {
    const t = toks[k];
    if (k === of || (k === of + 1 && t.l === 'the')) continue;
    if (!t.cap || t.poss || t.punct || firstNameGender(t.t) !== undefined || isHonorific(t.t)) return undefined;
  }
  return { head: of - 1, open: from - 1 };
}

/** The most tokens of a description a name is set off after ("Sanders's campaign manager, Jeff Weaver,"). */
const APPOSED_DESCRIPTION_TOKENS = 6;
/** The most tokens of such a description whose role a body's name written before it owns ("the Ministry of Lands and Water Affairs spokesperson,"). */
const APPOSED_BODY_DESCRIPTION_TOKENS = 10;
/**
 * Token a - 1 is a body's name's word, or the determiner before it, within APPOSED_BODY_DESCRIPTION_TOKENS of the
 * description's end: "Contacted for comment, the Ministry of Lands and Water Affairs spokesperson, Ms Kebonyemodisa
 * Masire-Keipidile, said … ⏎ "…," the spokesperson said" (a Mmegi-style probe, test/fixtures/outlets
 * bw-mmegi-mahalapye-water-kgotla, probes-nn, where the description was read no one's).
 */
const bodyNameBefore = (toks: Tok[], a: number, headEnd: number): boolean =>
  headEnd - a < APPOSED_BODY_DESCRIPTION_TOKENS && (toks[a - 1].cap || toks[a - 1].l === 'of' || toks[a - 1].l === 'and' || DETERMINERS.has(toks[a - 1].l));

/**
 * The places a description names, one or two capitalised words each ("Florida", "New Hampshire"); with `inBodies`
 * false, not one that opens a body's name (placeOpensBodyName).
 */
export function placesIn(description: string, inBodies = true): string[] {
  const words = description.split(/\s+/);
  const found: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const n = placeWordsAt(words, k);
    if (n && (inBodies || !placeOpensBodyName(words, k + n))) found.push(words.slice(k, k + n).join(' '));
    if (n) k += n - 1;
  }
  return found;
}

/** The most capitalised words after a place that may end on a body's word (placeOpensBodyName). */
const MAX_BODY_WORDS_AFTER_PLACE = 5;

/**
 * The capitalised words from word k, right after a place, run on to a body's word, no title between: the place opens
 * that body's name ("Kuwait | Real Estate Owners Association"; not "Florida | Sen.", "Iowa | senator").
 */
function placeOpensBodyName(words: readonly string[], k: number): boolean {
  for (let x = k; x < words.length && x < k + MAX_BODY_WORDS_AFTER_PLACE; x++) {
    if (!upperFirst(words[x]) || TITLES.has(words[x].toLowerCase())) return false;
    if (BODY_WORD.test(words[x])) return true;
  }
  return false;
}

/** An article that opens a description or a name ("The", "A", "An"), no word of what it names. */
const OPENING_ARTICLE = /^(?:The|A|An)$/;

/** How many of a description's words from word k name a place: 2 ("New Hampshire"), 1 ("Florida"), or 0. */
function placeWordsAt(words: readonly string[], k: number): number {
  // (an article opening the sentence is no word of the place: "The Manitoba senator said" names "Manitoba")
  const pair = k + 1 < words.length && !OPENING_ARTICLE.test(words[k]) ? `${words[k]} ${words[k + 1]}` : '';
  if (pair && upperFirst(pair) && isPlace(pair)) return 2;
  return /^\p{Lu}\p{Ll}/u.test(words[k]) && isPlace(words[k]) ? 1 : 0;
}

/**
 * The capitalised words of a description that name whose role it is ("Sinn Féin" of "Sinn Féin leader", "Trump" of
 * "the Trump campaign chairman"): not its opening article, a title or an honorific, a place, a demonym or a party word,
 * which the other tests read.
 */
function ownerWords(description: string): Set<string> {
  // (an office's initials and the office written out own nothing: "the CS" fits "Health Cabinet Secretary Dr Wanjiku
  // Mwangi-Kariuki", a Daily Nation-style probe, as "the CFO" fits "Chief Financial Officer …", and "the DCP (North)"
  // a deputy commissioner of police)
  const words = description.replace(ROLE_WORDS_OR_INITIALS, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    // (a place of two words, as placesIn reads it: "New York")
    if (placeWordsAt(words, k) === 2) { k++; continue; }
    const w = words[k].replace(/['’]s$|[.,]$/u, '');
    if (!upperFirst(w) || (k === 0 && OPENING_ARTICLE.test(w)) || TITLES.has(w.toLowerCase()) || isHonorific(w) || isPlace(w) || isDemonym(w) || PARTY_WORDS[w.toLowerCase()]) continue;
    out.add(w);
  }
  return out;
}

/**
 * Two descriptions' owner words (ownerWords) leave room for the same owner: either has none, or they name one (oneOwner).
 */
function sharesOwner(a: ReadonlySet<string>, b: ReadonlySet<string>, aDescription: string, bDescription: string): boolean {
  return !a.size || !b.size || oneOwner(a, b, aDescription, bDescription);
}

/**
 * Two descriptions' owner words name one owner: a word of both, or one's word in capitals the initials of capitalised
 * words in a row of the other ("the NA member" and "A member of the National Assembly for Vientiane, Ms NAME", a
 * Vientiane Times-style probe, test/fixtures/outlets la-vientianetimes-pork-prices.txt, where the quote went to "NA
 * member" as written).
 */
function oneOwner(a: ReadonlySet<string>, b: ReadonlySet<string>, aDescription: string, bDescription: string): boolean {
  for (const w of a) if (b.has(w)) return true;
  return initialsOfOwner(a, bDescription) || initialsOfOwner(b, aDescription);
}

/**
 * Some word of `owners` is in capitals and spells the initials of capitalised words of `description` in a row
 * (spellsInitials); the description's capitals are read only when such a word comes (most owner words are names).
 */
function initialsOfOwner(owners: ReadonlySet<string>, description: string): boolean {
  let capitals: string[] | undefined;
  for (const w of owners) if (OWNER_INITIALS.test(w) && spellsInitials(w, (capitals ??= capitalsInOrder(description)))) return true;
  return false;
}

/** The capitalised words of a description in order, but an article that opens it ("National", "Assembly", "Vientiane"). */
const capitalsInOrder = (description: string): string[] => description.split(/\s+/).filter((w, k) => upperFirst(w) && !(k === 0 && OPENING_ARTICLE.test(w)));

/** A body's initials as an owner word ("NA", "ANC"). */
const OWNER_INITIALS = /^\p{Lu}{2,5}$/u;
/**
 * Every word spellsInitials may find `words` to spell: the first characters of two to ten words in a row (an
 * OWNER_INITIALS word is two to five letters, up to ten UTF-16 units), each run once.
 */
function initialsSpelled(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    let initials = words[k][0];
    for (let n = k + 1; n < words.length && n - k < 10; n++) out.add((initials += words[n][0]));
  }
  return out;
}

/** `word` is in capitals and its letters open words of `words` in a row ("NA": "National", "Assembly"). */
function spellsInitials(word: string, words: readonly string[]): boolean {
  if (!OWNER_INITIALS.test(word)) return false;
  for (let k = 0; k + word.length <= words.length; k++) if (words.slice(k, k + word.length).every((w, x) => w[0] === word[x])) return true;
  return false;
}


/** The party a description names ("the GOP front-runner" → R), if any: the last one, nearest the name it describes. */
function partyOf(description: string): string | undefined {
  let party: string | undefined;
  for (const w of description.split(/[\s-]+/)) party = PARTY_WORDS[w.toLowerCase()] ?? PARLIAMENT_PARTY_WORDS[w] ?? party;
  return party;
}
/**
 * The parties of Canadian and British parliaments, capitalised as their names are ("the Conservative MP for Beauce-Sud"
 * is not "The Liberal MP for Ottawa South"; an Ottawa Citizen-style probe); in lower case they are a leaning.
 */
const PARLIAMENT_PARTY_WORDS: Record<string, string> = { Conservative: 'C', Tory: 'C', Liberal: 'Lib', NDP: 'NDP', Bloc: 'BQ', Labour: 'Lab' };

/** The rank words of a description are those of another (as sets). */
function sameRanks(words: readonly string[], ranks: ReadonlySet<string>): boolean {
  return words.every(w => ranks.has(w)) && [...ranks].every(w => words.includes(w));
}

/** Words before a title that make it another office ("Vice President", "Deputy Secretary", "Lt. Gov."). */
/**
 * The last word of a description that gives a person a role other than an office ("Sinn Féin leader"). Only a leader:
 * any role noun (isRoleHead) also took "the Vermont senator" from "Former Democratic candidate Bernie Sanders"
 * (PolNeAR train) and "the prime minister" from "Sir Keith Stannard" (uk-bbc-nhs).
 */
const OTHER_ROLE = /^leader$/;
/** The capitalised words of `written` after its determiner ("The Chief Minister" → Chief, Minister). */
const titleWords = (written: string): string[] => written.split(/\s+/).slice(1).filter(w => upperFirst(w));
/** How many words of `written` after its determiner are capitalised ("The Chief Minister": 2). */
const capitalisedWords = (written: string): number => titleWords(written).length;

/** The capitalised words of `written` after its determiner ("The Chief Minister" → Chief, Minister) are all words of `description`. */
function titledAsWritten(description: string, written: string): boolean {
  const words = new Set(description.split(/\s+/));
  return titleWords(written).every(w => words.has(w));
}

/** The indexes, in order, of the pairs of `list` by each word of their description (as titledAsWritten reads it). */
function descriptionWordIndex(list: readonly { description: string }[]): Map<string, number[]> {
  const byWord = new Map<string, number[]>();
  list.forEach((d, k) => {
    for (const w of new Set(d.description.split(/\s+/))) {
      const at = byWord.get(w);
      if (at) at.push(k);
      else byWord.set(w, [k]);
    }
  });
  return byWord;
}

// (and an opposition's "shadow": "the GSD's shadow minister for the environment, Damon Bula" is no "the minister", the
// Minister for Utilities "the minister said that tariffs would be reviewed …" stands for, a Gibraltar Chronicle-style
// probe, test/fixtures/outlets gi-chronicle-utility-tariffs-rise.txt, probes-xx, where the speaker was Damon Bula)
export const RANK_WORD = /^(?:vice|deputy|assistant|associate|acting|lieutenant|lt\.?|under|co|shadow)$/;

/** An age a description states, the key "the 38-year-old" is looked up by. */
const AGE_IN_DESCRIPTION = /\b\d{1,3}-year-old\b/gi;
/** A description's key that is an age (AGE_IN_DESCRIPTION: "38-year-old"). */
const AGE_HEAD = /^\d{1,3}-year-old$/i;

/**
 * The initials of an office and the office written out as an expression that finds it in a description ("the CFO" for
 * one described as "chief financial officer"): OFFICE_INITIALS.
 */
const ROLE_INITIALS: readonly (readonly [string, RegExp])[] = [...OFFICE_INITIALS].map(([initials, office]) => [initials, new RegExp(`\\b${office}\\b`, 'i')]);
/** A word after ", " and before a space, and one after ", the " (NameTable.wordsAfterComma). */
const WORD_AFTER_COMMA = /,(?= (\S+) )/g;
const WORD_AFTER_COMMA_THE = /,(?= the (\S+) )/g;

/** Each match's first group of the global expression `re` in `text`, added to `into` (an exec loop: no iterator). */
function addFirstCaptures(re: RegExp, text: string, into: Set<string>): void {
  re.lastIndex = 0;
  for (let m; (m = re.exec(text));) into.add(m[1]);
}

/** Any office of ROLE_INITIALS written out (one test for the description that names none, as most do). */
const ANY_ROLE_OFFICE = new RegExp(ROLE_INITIALS.map(([, office]) => office.source).join('|'), 'i');

/** The initials of each office of ROLE_INITIALS a description writes out ("chief financial officer": "cfo"). */
function officeInitialsOf(description: string): string[] {
  // (a new array either way: the caller adds to it)
  if (!ANY_ROLE_OFFICE.test(description)) return [];
  return ROLE_INITIALS.filter(([, office]) => office.test(description)).map(([initials]) => initials);
}

/**
 * The rank an office's initials hold ("DCP": deputy), as its words written out would state it: the office's first
 * word, when a rank (see `fitting`).
 */
const INITIALS_RANK: ReadonlyMap<string, string> = new Map([...OFFICE_INITIALS].map(([initials, office]) => [initials, office.split(' ')[0]] as const).filter(([, first]) => RANK_WORD.test(first)));
/** The offices of ROLE_INITIALS written out or by their initials, in any case ("Cabinet Secretary", "CS"). */
const ROLE_WORDS_OR_INITIALS = new RegExp(ROLE_INITIALS.flatMap(([initials, office]) => [office.source, `\\b${initials}\\b`]).join('|'), 'gi');

/** What splits a description into its words. */
const NOT_A_WORD = /[^\p{L}\p{N}'’-]+/u;

/** A member of a chamber by its name, who is its deputy (TITLE_HEADS: an MP too). */
const MEMBER_OF_CHAMBER = /\bmember of (?:the )?(?:chamber of deputies|parliament)\b/i;
/** The role noun of a member of a chamber of deputies or of parliament (TITLE_HEADS, MEMBER_OF_CHAMBER). */
const DEPUTY = 'deputy';
/**
 * Abbreviated titles and the role noun a description uses for them ("Gov. Hale" is "the governor"); "Fr." and "the
 * cleric" for a priest ("a Catholic priest, Rev. Fr. Christopher Ejiofor-Nwosu, … Speaking to Vanguard on Sunday, the
 * cleric said he was treated "like an animal"", a Vanguard-style probe, test/fixtures/outlets, where it went to the
 * police spokesperson).
 */
const TITLE_HEADS: Record<string, string> = {
  'fr.': 'priest', fr: 'priest', cleric: 'priest',
  'gov.': 'governor', gov: 'governor', 'sen.': 'senator', sen: 'senator', 'rep.': 'congressman', rep: 'congressman',
  representative: 'congressman', congresswoman: 'congressman', 'gen.': 'general', gen: 'general', 'lt.': 'lieutenant',
  'col.': 'colonel', 'capt.': 'captain', 'sgt.': 'sergeant', 'adm.': 'admiral', 'rev.': 'reverend', 'prof.': 'professor',
  'dr.': 'doctor', spokeswoman: 'spokesman', spokesperson: 'spokesman', chairwoman: 'chairman', chair: 'chairman',
  'atty.': 'attorney', premier: 'premier', justice: 'judge',
  // (a Tongan noble is titled "Lord": "The Noble's Representative for Vava'u, Lord Mataka'eua, said … ⏎ "…," the noble
  // said", a Matangi Tonga-style probe, test/fixtures/outlets to-matangitonga-squash-export-price.txt, probes-qq, was "noble")
  noble: 'lord',
  // (Jersey's French title for a parish's Constable: "The Connétable of St Ouen, NAME, stated … ⏎ "…," the Constable
  // said", a Jersey Evening Post-style probe, test/fixtures/outlets je-jep-andium-rent-cap-vote.txt, probes-xx)
  connétable: 'constable',
  // (a member of parliament is the deputy of French- and Spanish-speaking copy: "The honourable Komlan Dogbé
  // Akakpo-Numado, MP for the Golfe prefecture, … ⏎ The MP recalled that … ⏎ "…," the deputy added", a Togo First-style
  // probe, test/fixtures/outlets tg-togofirst-lome-cement-bag-price.txt, where the speakers were "MP" and "deputy")
  mp: DEPUTY,
};
