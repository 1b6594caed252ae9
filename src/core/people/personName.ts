/**
 * A person's name as written ("Sergei V. Lavrov", "Mr. Trump", "Crooked Hillary Clinton") and what identifies the
 * person: the last name and the first name's spelling-free key ("Sergei" = "Sergey"), middle initials and nicknames
 * left out. Words that are no part of a name are dropped: party labels, epithets, outlets and places glued on
 * before it ("Republican Donald Trump", "Washington Post Trump"), a quantity before "of" ("Percent of Hillary
 * Clinton"), a time after "on" ("Berlin on Monday"), a body's name run on before its member's ("Member of the Council of
 * State Kwabena Owusu-Afriyie wrote", "Opposition MP for Kira Municipality Ibrahim Ssemujju-Kagimu said": memberAfterBody).
 */
import { withoutPossessive } from '../text/endings';
import { memoized } from '../text/memo';
import { CALENDAR_NAMES, CLOSING_PATRONYMS, CUES, NUMBER_WORDS_TO_TEN, SURNAME_PARTICLES, TITLES } from '../quotes/lexicon';
import { RELATIVE_DAYS } from '../text/calendar';
import { andBeforeDepartment, DEPARTMENT_WORD, officeWritten } from './portfolio';
import { BODY_WORD, firstNameGender, givenNameGender, givenNameOfNickname, headsInfinitiveName, isCommonWord, isCountry, isDemonym, isFathersGivenName, isHonorific, isKnownOrganization, isOpeningWord, isPlace, isPluralPeopleNoun, isRoleNoun, isSecondGivenName, isTitledGivenName, isVerbForm, isVietnameseFamilyName, secondGivenNameGender, malaysianHonorificPair, opensFrenchBodyName, PAST_ROLE_WORDS, STREET_WORDS, wordSet } from './lexicon';
import { upperFirst } from '../text/wordShape';

/**
 * Nouns that make a place's name a body's ("Nova Scotia Health", "Alberta Health Services", "Ontario Power"), a
 * province's department named by its portfolio among them ("Manitoba Transportation and Infrastructure said", "Alberta
 * Justice", a Canadian Press-style probe).
 */
const PLACE_BODY_TAIL = wordSet('Health|Services|Energy|Power|Hydro|Transit|Education|Transportation|Infrastructure|Agriculture|Justice|Finance|Environment|Labour');
/** Party labels and epithets written before a name ("Republican Donald Trump", "Crooked Hillary Clinton"). */
const LABEL_WORD = new RegExp(`^(?:republican|democrat|democratic|gop|libertarian|independent|green|conservative|liberal|progressive|crooked|lyin['’]?|little|low-energy|crazy|sleepy|phony|candidate|nominee|presidential|billionaire|mogul|frontrunner|front-runner|${PAST_ROLE_WORDS}|sen\\.?|rep\\.?|gov\\.?)$`, 'i');
/** A company's securities, written before "of" and its name ("Shares of Maple Basket Foods Inc."). */
const SECURITIES = wordSet('shares|stock|units');
/** Media that show a person, written before "of" and the person's name ("Footage of Al-Awlaki"). */
const MEDIA_OF_PERSON = wordSet('footage|video|videos|clip|clips|audio|tape|tapes|recording|recordings|photo|photos|image|images|portrait|portraits');
/** Quantities before "of": "Percent of Hillary Clinton", "Half of …". */
const QUANTITY_WORD = wordSet('percent|per|half|most|some|many|all|none|much|part|one|two|three|four|five|rest|majority|minority|share|portion|supporters|fans|voters|friends|critics|aides|allies');
/** A connector that is also a surname ("Al From"), when it ends a name. */
const SURNAME_PREPOSITION = /^from$/i;
/** Connectors that end a name ("Berlin on Monday", "Speaking in Toledo"). */
const BREAK_WORD = wordSet('on|in|at|to|from|with|by|and|or|as|after|before|during|since|says|said');
/** Malay hereditary titles, written as the first word of a name ("Wan Azhar Wan Daud", "Tengku Zafrul", "Syed Saddiq"). */
const MALAY_HEREDITARY = wordSet('wan|nik|tengku|tunku|syed|sharifah|megat|puteri|che|awang|dayang');
/**
 * Malay given names that are also English words, opening a compound given name before one the lexicon knows ("Nor
 * Hayati Ismail", test/fixtures/outlets my-thestar-kelantan-flood-aid, was "Hayati Ismail"); the conjunction opening a
 * sentence is no part of the run (../quotes/names.ts runAt). Also the Māori article that opens a compound given name
 * ("Hapū spokesperson Te Aroha Ngāwhika-Rewi said", a Stuff-style probe, nz-stuff-water-bottling, was "Aroha
 * Ngāwhika-Rewi"; "Te Ururoa Flavell").
 */
const COMPOUND_GIVEN_OPENER = wordSet('nor|te');
/** The name opens on such a word before a given name the lexicon knows ("Nor Hayati Ismail", "said Nor Hayati", "Te Aroha"). */
const compoundGivenName = (w: readonly string[]): boolean => w.length >= 2 && COMPOUND_GIVEN_OPENER.has(w[0].toLowerCase()) && firstNameGender(w[1]) !== undefined;
/** The index of a name's given name among its words (the second after a Malay name's first, "Nor"). */
const givenIndex = (w: readonly string[]): number => (compoundGivenName(w) ? 1 : 0);
/** The word of a name's words that gives its given name: the first, or the known part after a Malay "Nor" ("Hayati"). */
const givenWord = (w: readonly string[]): string => w[givenIndex(w)];
/**
 * The Arabic "mother of" opening a woman's name by her child's given name, the kunya ("Umm Ahmed al-Najjar", an
 * Al Jazeera-style probe, test/fixtures/outlets qa-aljazeera-gaza-hospitals-fuel, was "Ahmed al-Najjar", a man's name
 * that her "she" could not take).
 */
const KUNYA = wordSet('umm|um');
/**
 * The Arabic and Maghrebi words that open a family name after the father's given name, the nasab ("Fatima Ali Ben Omran",
 * "Mukhtar Salem Al-Jadid"): a second given name before one of them is the father's, which gives the name no gender (a
 * Libya Herald-style probe, test/fixtures/outlets ly-libyaherald-cash-liquidity, where "Another customer, Fatima Ali Ben
 * Omran, a nurse at Tripoli Central Hospital, said …" and then '"…," she said' went to the hospital, "Ali" making her a
 * man). Not "Sita Ram Adhikari", whose "Ram" is his given name's.
 */
const FAMILY_AFTER_FATHER = /^(?:ben|bin|ibn|bint|abu|el|al)$|^(?:al|el)[-'’]\p{L}/iu;
/** The name's words from w[k] hold a given name, the father's given name and a family name that opens with FAMILY_AFTER_FATHER. */
const fathersNameBeforeFamily = (w: readonly string[], k: number): boolean => w.length - k >= 3 && FAMILY_AFTER_FATHER.test(w[k + 2]);
/**
 * "Muhammad" abbreviated before a given name, in Bangladeshi and Malay names ("DSCC Administrator Md Mizanur Rahman
 * Talukder", a TBS News-style probe, test/fixtures/outlets bd-tbsnews-dengue-beds, was "Mizanur Rahman Talukder" once
 * ./givenNames.ts knew "Mizanur"): the name's first word, before a given name the lexicon knows as before one it lacks
 * ("BGMEA President Md Anwar Hossain Chowdhury", a Daily Star-style probe, was "Anwar Hossain Chowdhury").
 */
const MUHAMMAD_ABBREVIATION = wordSet('md|mohd|muhd');
/**
 * Words a person's name may open on before the given name it is read from, kept as its first word: a Malay hereditary
 * title, a compound given name's opener, a kunya, an abbreviated Muhammad ("Wan Azhar", "Nor Hayati", "Umm Ahmad",
 * "Md Anwar").
 */
const OPENERS_BEFORE_GIVEN_NAME: readonly ReadonlySet<string>[] = [MALAY_HEREDITARY, COMPOUND_GIVEN_OPENER, KUNYA, MUHAMMAD_ABBREVIATION];
/** A word the name may open on before its given name (see OPENERS_BEFORE_GIVEN_NAME). */
function opensBeforeGivenName(word: string): boolean {
  const l = word.toLowerCase();
  return OPENERS_BEFORE_GIVEN_NAME.some(words => words.has(l));
}
/**
 * A title's word that Kurdish and Arab names hold after the given name, a family's inherited part of the name ("Dr. Sozan
 * Sheikh Mohammed, a member of the parliament's finance committee, noted that …", a Rudaw-style probe,
 * test/fixtures/outlets iq-rudaw-erbil-salary-delays.txt, probes-zz, was "Mohammed", "Dr. Sozan Sheikh" its title): after
 * a given name the lexicon lacks (`unknownGivenWord`) it is no title the name opens after.
 */
const HONORIFIC_INSIDE_NAME = wordSet('sheikh|sheik');
/** w[k] is HONORIFIC_INSIDE_NAME after a given name the lexicon lacks ("Sozan | Sheikh | Mohammed"). */
const honorificInsideName = (w: readonly string[], k: number): boolean => k >= 1 && HONORIFIC_INSIDE_NAME.has(w[k].toLowerCase()) && unknownGivenWord(w[k - 1]);
/** The most given names the lexicon lacks before a father's name ("Farhana Begum | Abdul Karim"). */
const UNKNOWN_GIVEN_WORDS = 2;

/**
 * Words that open a father's name in a Malay or Arabic name written without "bin" or "binti" ("Abdul Karim", "Abdul
 * Rahman"): given names the lexicon knows, which here follow the person's own.
 */
const FATHERS_NAME_OPENER = wordSet('abdul|abd|abdel|abdal');

/** A capitalised word that may be a given name, though the lexicon may read it as a common word ("Said"): no title, role, label, place, demonym or body word. */
const givenNameShape = (x: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(x) && !LABEL_WORD.test(x) && !isPlace(x) && !isDemonym(x) && !TITLES.has(x.toLowerCase()) && !BODY_WORD.test(x) && !isRoleNoun(x) && !isHonorific(x);

/** A capitalised word that may be a given name the lexicon lacks: no known given name, common word, label, place, title or body word. */
const unknownGivenWord = (x: string): boolean => givenNameShape(x) && firstNameGender(x) === undefined && !isCommonWord(x);

/**
 * Where a name opens whose first given name the lexicon knows is word `first`: when that word opens a father's name
 * ("Abdul Karim"), at the words before it that may be given names the lexicon lacks ("Farhana Begum Abdul Karim", a
 * TODAY-style probe, test/fixtures/outlets sg-today-parliament-scam-bill, was "Abdul Karim"), else at `first`. So too
 * when it is a man's name of a region that writes the father's given name second, after a word that is no verb form
 * ("Obaid Rashid Al Ketbi", a The National-style probe, ae-thenational-rain-remote-learning.txt, was "Rashid Al Ketbi"
 * once ./givenNames.ts knew "Rashid"; "Mahamat Saleh Oumar", PolNeAR train).
 */
function givenBeforeFathersName(w: readonly string[], first: number): number {
  const fathers = FATHERS_NAME_OPENER.has(w[first].toLowerCase()) || (first > 0 && isFathersGivenName(w[first]) && !isVerbForm(w[first - 1]));
  if (!fathers || first + 1 >= w.length) return first;
  let k = first;
  while (k > 0 && k > first - UNKNOWN_GIVEN_WORDS && unknownGivenWord(w[k - 1])) k--;
  return k;
}

/** One syllable as a Chinese name is romanised, capitalised ("Tan", "Wei", "Ming"). */
const SYLLABLE = /^\p{Lu}\p{Ll}{1,3}$/u;
/** The last syllable of such a name, which Malaysian spelling writes in five letters too ("Keong", "Leong", "Chuan"). */
const LAST_SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;

/**
 * A full name written family name first, as Chinese names in Singapore and Malaysia are, ending the words w: three
 * syllables, the family name no title, role, label, place, demonym or body, the last no given name the lexicon knows
 * ("Transport Minister Tan Wei Ming said …", a Straits Times-style probe, test/fixtures/outlets, was "Wei Ming" where
 * the article wrote no "Mr Tan": `cleanName` dropped "Tan" as a word glued on before the given name "Wei"; it keeps it now, see
 * `unknownGivenOpening`).
 */
export function familyFirstSyllables(w: readonly string[]): boolean {
  if (w.length < 3) return false;
  const [family, given, last] = w.slice(-3);
  return SYLLABLE.test(family) && SYLLABLE.test(given) && LAST_SYLLABLE.test(last) && firstNameGender(family) === undefined && firstNameGender(last) === undefined
    && !isHonorific(family) && !isLabel(family) && !isRoleNoun(family) && !isPlace(family) && !isDemonym(family) && !isKnownOrganization(family)
    // (no street: "a bakery near High Park Ave.", a Toronto Sun-style probe)
    && !STREET_WORDS.has(last.toLowerCase());
}

/**
 * Where a name opens whose first given name the lexicon knows is word `first`, one that is often a compound given name's
 * second word (isSecondGivenName), and whose surname is the one word after it: at the words before it, up to
 * UNKNOWN_GIVEN_WORDS, when they open the run and each may be a given name the lexicon lacks. South Asian names are
 * written so ("Senior BJD leader and former minister Sarat Chandra Swain alleged …", a PTI-style probe,
 * test/fixtures/outlets in-pti-odisha-cyclone-evacuation.txt, was "Chandra Swain"; "Dil Maya Tamang", a Kathmandu
 * Post-style probe, was "Maya Tamang"; "Mir Tariq Ali Talpur", a The News-style probe, was "Ali Talpur"). A word glued on
 * before the run, a label, place, title or role, is no such word (`unknownGivenWord`), and a run with one opens on it;
 * any given name else would keep a sentence's opening verb ("Entrusting Donald Trump", PolNeAR train).
 */
function unknownGivenOpening(w: readonly string[], first: number): number {
  // (after the honorifics that open the run, and before a father's name after "bin": "Datuk Ameer Hamzah bin Abdullah",
  // a Malay Mail-style probe, my-malaymail-einvoice-hawkers.txt, was "Hamzah bin Abdullah")
  let start = 0;
  while (start < first && isHonorific(w[start])) start++;
  // (or the second syllable of a Chinese name written family name first: "Deputy Finance Minister Datuk Lim Wei Keong",
  // a Malay Mail-style probe, was "Wei Keong", so "Lim told reporters" was no one's full name)
  // (a Vietnamese family name is kept by the names registry, ./canonical.ts, the given name keyed as the person's)
  if (first - start === 1 && w.length - first === 2 && familyFirstSyllables(w.slice(start)) && !isVietnameseFamilyName(w[start])) return start;
  // (or a given name the lexicon lacks before a particle in lower case and a given name it knows, a Portuguese compound
  // given name: "said Felismina da Conceição Cossa, a domestic worker", a Club of Mozambique-style probe,
  // test/fixtures/outlets mz-clubofmozambique-maputo-chapa-fares.txt, was "Conceição Cossa")
  if (first - start === 2 && w.length - first >= 2 && SURNAME_PARTICLES.has(w[first - 1]) && unknownGivenWord(w[start])) return start;
  // (or before a family's "Sheikh" and a given name it knows: "Sozan Sheikh Mohammed", honorificInsideName)
  if (first - start === 2 && honorificInsideName(w, first - 1)) return start;
  // (or a verb of speech capitalised inside a run, before a given name it knows and a surname: a given name, as the run
  // leaves out one that opens a sentence, "Said Dorothy Poynter, who grew up with Ali, “…”" (PolNeAR train, Breitbart
  // 2016-06-05): "Its director general, Mr Said Ahmed Mmadi Bacar, said …", an Al-Watwan-style probe, test/fixtures/outlets
  // km-alwatwan-moroni-rice-bag-price.txt, was "Ahmed Mmadi Bacar"; see ../quotes/names.ts givenNameInApposition)
  if (first - start === 1 && w.length - first >= 2 && CUES.has(w[start].toLowerCase()) && givenNameShape(w[start])) return start;
  // (or a chief's title before a given name of a region that writes one: "Maulolo Tavita Ioane", a Samoan matai title)
  if (!isSecondGivenName(w[first]) && !isTitledGivenName(w[first])) return first;
  // (a surname of one word, or after a patronymic's or a surname's particle: "Héctor Luis Di Franco")
  const surname = w.length - first === 2 || (w.length - first === 3 && (PATRONYMIC.has(w[first + 1].toLowerCase()) || SURNAME_PARTICLES.has(w[first + 1].toLowerCase())));
  return surname && first > start && first - start <= UNKNOWN_GIVEN_WORDS && w.slice(start, first).every(unknownGivenWord) ? start : first;
}

/** The words of a name closed by a patronymic word (../quotes/lexicon.ts CLOSING_PATRONYMS): given name, father's name, the word. */
const CLOSING_PATRONYM_NAME_WORDS = 3;

/** A compass point, as a police district is named after a rank ("SSP East", "DCP North"). */
export const COMPASS_POINT = wordSet('North|South|East|West|Central');

/** Words that open a sentence, never a name ("Yet Bloomberg says"). */
const OPENER_WORD = wordSet('yet|but|and|so|still|however|meanwhile|instead|thus|indeed|moreover|nonetheless|nevertheless');
/** Conjunctions that open a clause, never a word of a name: the name is after them ("the U.S. While Clinton has …"). */
const SUBORDINATOR = wordSet('while|when|whereas|although|though|because|unless');
/**
 * A verb of speech in the past opening a label, never a given name ("Stated Stone:", "Continued Stone:", PolNeAR train
 * Breitbart 2016-08-08).
 */
const pastCue = (word: string): boolean => /ed$/.test(word) && CUES.has(word.toLowerCase());
/** A middle initial ("V.", "J"). */
export const isInitial = (word: string): boolean => /^\p{Lu}\.?$/u.test(word);
/** An initial written with its stop: one capital letter and its period ("C." of 'Robert C. "Bobby" Scott', "A." of "A. Selvarani"). */
const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;
export const isInitialWithStop = (word: string): boolean => INITIAL_WITH_STOP.test(word);

/** Title words that modify the title after them, not head it ("State", "Foreign", "Vice", "Syrian"). */
/** A country's or a body's initials that modify a title ("U.N. envoy", "GOP nominee"). */
const BODY_INITIALS = /^(?:u\.s\.|us|u\.n\.|un|gop)$/;
const TITLE_MODIFIER = wordSet('state|house|senate|security|national|federal|first|vice|deputy|assistant|associate|acting|former|majority|minority|foreign|defense|interior|treasury|homeland|democratic|republican|democrat|prime|chief|general|lady|police|presidential');
/** A time after "on" or "in" ("on Friday", "in January"). */
const DATE_WORDS: ReadonlySet<string> = new Set([...CALENDAR_NAMES, ...RELATIVE_DAYS]);

/** A country's or a body's initials in a title ("the UN chief"): the body, never a role on its own ("The UN is calling for …"). */
export const isBodyInitials = (l: string): boolean => BODY_INITIALS.test(l);

/** A title that heads the name after it ("Ohio Democratic Party Chairman David Pepper", "Charlotte Mayor Jennifer Roberts"). */
const headTitle = (w: string): boolean => {
  const l = w.toLowerCase();
  // (a hyphenated title of title words: "Vice-Chief Alys Bearchild-Cardinal")
  return (TITLES.has(l) || (l.includes('-') && l.split('-').every(p => TITLES.has(p)))) && !TITLE_MODIFIER.has(l) && !BODY_INITIALS.test(l) && !isDemonym(w);
};

/**
 * "General" after a title, the office it closes ("Secretary General", "Attorney General"), heads the name after it:
 * "BNP Secretary General Mirza Shamsul Alam Talukder said …", a Daily Star-style probe, test/fixtures/outlets
 * bd-dailystar-ashulia-wage-arrears.txt, where "General" as a title's modifier left the whole run the name.
 */
const generalAfterTitle = (w: readonly string[], k: number): boolean => k > 0 && w[k] === 'General' && TITLES.has(w[k - 1].toLowerCase());

/**
 * "Chief", a title's modifier ("Chief Justice", "Chief Executive"), heads the name after it when that is no common word
 * nor role: "Hereditary Chief Gisdaywa'a", "Grand Chief Smith" (a Narwhal-style probe), as "Chief Gisdaywa'a" alone is.
 */
const chiefBeforeName = (w: readonly string[], k: number): boolean =>
  w[k].toLowerCase() === 'chief' && k > 0 && !!w[k + 1] && !isCommonWord(w[k + 1]) && !isRoleNoun(w[k + 1]);

/** An award's title before a name ("Liar of the Year", "Person of the Year"), with the space after it. */
const AWARD_TITLE = /^.*\bof the (?:Year|Decade|Century)\s+(?=\p{Lu})/u;
/** Verbs of a share or follow prompt, never a word of a name ("Follow Breitbart News …"). */
const SHARE_VERB = wordSet('Follow|Subscribe|Share|Tweet|Email|Like');

/** The most words of a chamber's name after "in the" ("Delhi Assembly", "Rajya Sabha", "Pratinidhi Sabha"). */
const CHAMBER_WORDS = 3;

/**
 * Past "in the" and a chamber's name ending on a body's head at word n ("in the Rajya Sabha", "in the Delhi Assembly"),
 * before the name of the office's holder; else n.
 */
function pastChamber(w: readonly string[], n: number): number {
  if (!/^in$/i.test(w[n] ?? '') || !/^the$/i.test(w[n + 1] ?? '')) return n;
  for (let e = n + 2; e < w.length - 2 && e < n + 2 + CHAMBER_WORDS; e++) if (BODY_WORD.test(w[e]) && upperFirst(w[e + 1])) return e + 1;
  return n;
}

/**
 * Words k to k + 2 are the long form of "MP" before a member's name: "Opposition Member of Parliament Annette
 * Ferreira-Jones accused …" (a Stabroek News-style probe, test/fixtures/outlets gy-stabroeknews-mahaica-flooding.txt)
 * and "Chasefu Member of Parliament Hon. Kelvin Nyirenda-Sakala told Parliament …" (a Zambia Daily Mail-style probe),
 * where "Opposition Member" and "Chasefu Member" were names.
 */
export const memberOfParliament = (w: readonly string[], k: number): boolean =>
  w[k] === 'Member' && w[k + 1] === 'of' && w[k + 2] === 'Parliament' && upperFirst(w[k + 3] ?? '');

/**
 * The index of the first word of the name after a title, "of" and its department ("Secretary of State | John Kerry",
 * "Chief of Staff | Reince Priebus"), or -1 when the words are no such title (a body's "of": "Bank of America").
 */
function officeOfDepartment(w: readonly string[]): number {
  for (let k = 0; k + 3 < w.length; k++) {
    if (memberOfParliament(w, k)) return k + 3;
    // (not a title word after a body's head, the body's name: "Directorate General of Health Services")
    if (!/^of$/i.test(w[k + 1]) || !TITLES.has(w[k].toLowerCase()) || DEPARTMENT_WORD.test(w[k]) || (k > 0 && BODY_WORD.test(w[k - 1]))) continue;
    let n = k + 2;
    // (and one "and" between two of its words: "Minister of Health and Welfare Jeong Hye-rim said …", a Korea
    // Herald-style probe, test/fixtures/outlets kr-koreaherald-medical-quota-talks.txt, was "Welfare Jeong Hye-rim")
    while (n < w.length - 1 && (DEPARTMENT_WORD.test(w[n]) || isPlace(w[n]) || (n > k + 2 && n + 2 < w.length && andBeforeDepartment(w[n], w[n + 1])))) n++;
    // (and the chamber the office is held in: "Leader of the Opposition in the Rajya Sabha Mallikarjun Kharge", the
    // Indian style of a probes-cc sentence, was the whole run)
    n = pastChamber(w, n);
    if (n > k + 2 && upperFirst(w[n])) return n;
    // (any department before a known given name that opens the last two words: "UMWA Director of Government Affairs |
    // Phil Smith")
    const given = w.length - 2;
    return given > k + 2 && firstNameGender(w[given]) !== undefined && upperFirst(w[given + 1]) ? given : -1;
  }
  return -1;
}

/**
 * The "and" at word k joins the two departments that end an office's name after its title and "of" ("Minister of Mines
 * and Hydrocarbons", "Minister of Health and Welfare"): the last word after it, and the words between "of" and it, are
 * departments' words.
 */
function departmentsOfOffice(w: readonly string[], k: number): boolean {
  if (k !== w.length - 2 || !DEPARTMENT_WORD.test(w[k + 1])) return false;
  let of = k - 1;
  while (of > 1 && DEPARTMENT_WORD.test(w[of])) of--;
  return of < k - 1 && /^of$/i.test(w[of]) && TITLES.has(w[of - 1].toLowerCase());
}

/** The fewest words of a body's name joined by "of" ("Council of State") and a member's given name and surname after it. */
const MEMBER_AFTER_BODY_WORDS = 5;

/**
 * The index of a member's given name the lexicon knows and surname, the run's last two words, after a body's name joined
 * by "of" that is no place's ("Council of State"), as a title's "of the" runs them together: "Member of the Council of
 * State Kwabena Owusu-Afriyie wrote on his Facebook page that …" (a Graphic-style probe, test/fixtures/outlets
 * gh-graphic-ho-trotro-fares.txt, where the source was the whole run); -1 when there is none ("Bank of America Merrill
 * Lynch" ends a place's name before the given name).
 */
function memberAfterBody(w: readonly string[]): number {
  const given = w.length - 2;
  if (given < 2 || firstNameGender(w[given]) === undefined || !upperFirst(w[given + 1]) || isPlace(w[given - 1]) || !isBodyName(w.slice(0, given))) return -1;
  // (or after a place's body whose head ends it, as "for" and the seat run on: "Opposition MP for Kira Municipality
  // Ibrahim Ssemujju-Kagimu said …", a New Vision-style probe, ug-newvision-kampala-sugar-prices.txt)
  if (BODY_WORD.test(w[given - 1])) return given;
  const of = w.findIndex(x => /^of$/i.test(x));
  return w.length >= MEMBER_AFTER_BODY_WORDS && of >= 1 && of < given - 1 && !w.slice(of + 1, given).some(x => /^of$/i.test(x) || isPlace(x)) ? given : -1;
}

/**
 * The two words before "of" at `ends` are a given name the lexicon lacks and a surname it reads as a given name ("Simran
 * Gill of …"): the first no common word, place, title, label or body word, the second a known given name.
 */
const unknownGivenBeforeOf = (w: readonly string[], ends: number): boolean =>
  ends === 2 && /^\p{Lu}\p{Ll}+$/u.test(w[0]) && firstNameGender(w[1]) !== undefined && !isCommonWord(w[0]) && !isPlace(w[0]) &&
  !TITLES.has(w[0].toLowerCase()) && !LABEL_WORD.test(w[0]) && !BODY_WORD.test(w[0]) && !BODY_WORD.test(w[1]);

/** A party label or epithet ("Republican", "Crooked"). */
export const isLabel = (word: string): boolean => LABEL_WORD.test(word);

/** Names remembered per cache (a cache is cleared when full): these and ./canonical.ts kindOfName. */
export const MAX_CACHED = 20000;

/** The words of a name with what is no part of it dropped (computed once per distinct name; do not modify). */
export const nameWords = memoized<readonly string[]>(readNameWords, MAX_CACHED);

const OF_FOR = wordSet('of|for');
/**
 * An ampersand joins the words of a business's or a partnership's name, before any "of" or "for" (`ends`, -1 for none)
 * that a person's name would end before: "Shaw & Company Research" (PolNeAR train, Breitbart 2016-02-18, which was
 * "Research"), not "Ibrahim Lwanga Sserwadda of Sserwadda & Co. Advocates", the person's.
 */
const ampersandBefore = (w: readonly string[], ends: number): boolean => {
  const amp = w.indexOf('&');
  return amp > 0 && (ends < 0 || amp < ends);
};
/** The Arabic and Malay word for "son of" or "daughter of" between a given name and the father's ("Mohammed bin Rashid"). */
const PATRONYMIC = wordSet('bin|ibn|bint|binti');
/**
 * The Maghrebi words for "son of" and "sons of" that open a family name ("Ould", "Oulad", "Ouled", "Ait": "Hajj Brahim
 * Oulad Said", a Morocco World News-style probe, test/fixtures/outlets ma-mwn-sardine-prices-ramadan.txt, was "Hajj
 * Brahim Oulad", and "Oulad Said said …" no one's); not "Ben", an English given name too ("Ben Said" may be "Ben said").
 */
const FILIATION = wordSet('ould|oulad|ouled|ait');
/**
 * Word k is a capitalised name after "bin" or "bint" ("bint Said") or a FILIATION word ("Oulad Said"): the father's or
 * the family's, though it is a word that ends a name.
 */
const fathersNameAt = (w: readonly string[], k: number): boolean => (PATRONYMIC.has(w[k - 1].toLowerCase()) || FILIATION.has(w[k - 1].toLowerCase())) && upperFirst(w[k]);
/** The word opens a father's name after a person's given names ("bin", "binti", "Abdul" of "Mohd Nizam Abdul Rahman"). */
export const opensFathersName = (word: string): boolean => PATRONYMIC.has(word.toLowerCase()) || FATHERS_NAME_OPENER.has(word.toLowerCase());
/**
 * A name written as one word, the initial of the father's name glued to the given name by its stop, as Mongolian copy
 * writes every name ("D.Tsogtbaatar", "Ts.Bat-Ochir", "Ch.Khurelchuluun"; an initial of one capital or a Mongolian
 * digraph, not "St.Louis"): a person's whole name in one token, whatever words before it a run holds (a Montsame-style
 * probe, test/fixtures/outlets mn-montsame-raw-cashmere-price.txt, probes-rr).
 */
const INITIAL_GLUED_NAME = /^(?:\p{Lu}|Ch|Sh|Kh|Zh|Ts|Ya|Yo|Yu|Ye)\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
export const initialGluedName = (word: string): boolean => INITIAL_GLUED_NAME.test(word);

/** The name of initialGluedName among a run's words, when it ends them or stands before "of" or "for" ("D.Tsogtbaatar of Bayan-Ovoo"). */
function gluedNameOf(name: string): string | undefined {
  if (!name.includes('.')) return undefined;
  const w = name.split(' ');
  const k = w.findIndex(initialGluedName);
  return k >= 0 && w.length > 1 && (k === w.length - 1 || OF_FOR.has(w[k + 1].toLowerCase())) ? w[k] : undefined;
}
const ON_IN = wordSet('on|in');
function readNameWords(name: string): string[] {
  // (a Mongolian name in one word is the whole name, last or before "of" and a place: "Herder D.Tsogtbaatar of Bayan-Ovoo",
  // initialGluedName)
  const glued = gluedNameOf(name);
  if (glued) return [glued];
  // ("Liar-of the Year Barack Obama": an award's title glued on before the name)
  let w = name.replace(/[“”"]\p{L}+[“”"]/gu, ' ').replace(AWARD_TITLE, '').split(/\s+/).filter(Boolean);
  // a share prompt's verb opening the name ("Follow Breitbart News investigative reporter … on Twitter")
  if (w.length > 1 && SHARE_VERB.has(w[0])) w = w.slice(1);
  // a clause's conjunction inside the run: the name is after it ("Trump called to ban Muslims from entering the U.S.
  // While Clinton has forcefully condemned …", PolNeAR train, HuffPost 2015-12-10)
  const clause = w.findIndex((x, k) => k < w.length - 1 && SUBORDINATOR.has(x.toLowerCase()));
  if (clause >= 0) w = w.slice(clause + 1);
  // ("Stated Stone:")
  if (w.length > 1 && pastCue(w[0])) w = w.slice(1);
  // a sentence's opening word before a body's name: "Yet Republicans acknowledge" (PolNeAR train, USA Today 2015-12-07)
  if (w.length > 1 && OPENER_WORD.has(w[0].toLowerCase()) && isBodyName(w.slice(1))) w = w.slice(1);
  // "A survey by the organization in March" (PolNeAR train, NYT 2016-05-27): a date after "on" or "in" is no part of it
  if (w.length > 2 && DATE_WORDS.has(w[w.length - 1].toLowerCase()) && ON_IN.has(w[w.length - 2].toLowerCase())) w = w.slice(0, -2);
  // "Secretary of State John Kerry", "Missouri Secretary of State Jason Kander", "Prime Minister of Canada Justin
  // Trudeau": the department or the place after a title's "of" is the title's too
  // (an office written whole, a portfolio of several departments and no holder's name after it, is read whole: "The
  // Minister of Fisheries and Maritime Economy said that …", was "Economy"; ./portfolio.ts officeWritten)
  if (officeWritten(w)) return w;
  const office = officeOfDepartment(w);
  if (office > 0) w = w.slice(office);
  // "Council of State Kwabena Owusu-Afriyie": a body's name closed by a member's (memberAfterBody)
  const member = memberAfterBody(w);
  if (member > 0) w = w.slice(member);
  // "… Party Chairman David Pepper": the name after its last heading title word
  // (also a title that opens it: "Chairman Reince Priebus", after "party" or "Republican National Committee")
  for (let k = w.length - 2; k >= 0; k--) {
    // (not a title word that opens a place's name: "Business Council of British Columbia", PolNeAR train, NYT 2016-03-03)
    if ((headTitle(w[k]) || chiefBeforeName(w, k) || generalAfterTitle(w, k)) && !honorificInsideName(w, k) && /^\p{Lu}/u.test(w[k + 1]) && !w.slice(k + 1).some(x => BODY_WORD.test(x) || TITLES.has(x.toLowerCase())) && !isPlace(w.slice(k, k + 2).join(' '))) { w = w.slice(k + 1); break; }
  }
  // (a Malaysian honorific of two words, before the given name can open the name at "Sri": "Tan Sri Lim Kok Seng")
  w = w.slice(malaysianHonorificPair(w));
  // "Joel Pollak of Breitbart California" (PolNeAR train, Breitbart 2015-11-11), "Cameron Easley for Morning Consult": a
  // person's name ends before "of" or "for"
  // (also before a body's name: "Robert Gordon of Northwestern University", "Meenakshi Ganguly of Human Rights Watch")
  let ends = w.findIndex((x, k) => k >= 2 && OF_FOR.has(x.toLowerCase()));
  // (the given name may follow a title the loop above keeps, a modifier's: "Grand Chief Alvin Fiddler-Kakegamic of
  // Nishnawbe Aski Nation", test/fixtures/outlets)
  // (or a given name the lexicon lacks, right after the title: "Chief Ovide Beardy-Spence of Fox Lake Cree Nation", a
  // Canadian Press-style probe)
  const known = ends >= 2 ? w.findIndex((x, k) => k < ends - 1 && firstNameGender(x) !== undefined) : -1;
  const given = known >= 0 ? known : w.findIndex((x, k) => k >= 1 && k < ends - 1 && /^of$/i.test(w[ends]) && (headTitle(w[k - 1]) || /^chief$/i.test(w[k - 1])) && !TITLES.has(x.toLowerCase()) && upperFirst(x) && !BODY_WORD.test(x) && !isCommonWord(x) && !isRoleNoun(x));
  const personOfBody = given >= 0 && (given === 0 || TITLES.has(w[given - 1].toLowerCase())) && !w.slice(given, ends).some(x => BODY_WORD.test(x)) && isBodyName(w.slice(ends + 1));
  if (personOfBody && given > 0) { w = w.slice(given); ends -= given; }
  // ("Shares of Maple Basket Foods Inc. fell …": a company's securities are the company's, a Financial Post-style probe)
  if (w.length > 2 && SECURITIES.has(w[0].toLowerCase()) && /^of$/i.test(w[1])) w = w.slice(2);
  if (!personOfBody && (isBodyName(w) || countryDepartment(w) || ampersandBefore(w, ends))) return w;
  // (but "for" and a place after words that open no person's name is an advocacy body's: "Concerned Veterans for America",
  // "Heritage Action for America")
  // (also a given name the lexicon lacks before a surname it reads as a given name, "Simran Gill of Bayview Capital
  // Markets", where the surname would otherwise open the name: a Globe and Mail-style probe)
  if (ends >= 2 && (personOfBody || firstNameGender(w[0]) !== undefined || unknownGivenBeforeOf(w, ends) || (isPlace(w.slice(ends + 1).join(' ')) && !/^for$/i.test(w[ends])))) w = w.slice(0, ends);
  // a time or place after a connector: "Berlin on Monday" (a particle stays: "Leyen")
  // (two people named together stay together: "Mark Blumenthal and Jon Cohen")
  // (a preposition that ends the run joins nothing: it is the surname, "said Al From, who helped found the DLC")
  // (nor an "and" between two portfolios of a department: "Manitoba Transportation and Infrastructure")
  // (a capitalised "Said" after "bin" or "bint" is the father's name: "Eng. Maryam bint Said Al Hashmi", a Times of
  // Oman-style probe, test/fixtures/outlets om-timesofoman-sur-fish-market-fees.txt, was "Maryam bint")
  // (nor an "and" between the two departments of an office after its title's "of", the office's whole name: "The Minister
  // of Mines and Hydrocarbons also indicated that …", a Guinea Ecuatorial Press-style probe, test/fixtures/outlets
  // gq-guineaecuatorialpress-butane-cylinder-price.txt, probes-kk, fortieth session, was "Minister of Mines")
  const cut = w.findIndex((x, k) => k > 0 && BREAK_WORD.has(x.toLowerCase()) && !(k === w.length - 1 && SURNAME_PREPOSITION.test(x)) && !fathersNameAt(w, k) && !(/^and$/i.test(x) && ((k >= 2 && w.length - k >= 3) || (PLACE_BODY_TAIL.has(w[k - 1]) && PLACE_BODY_TAIL.has(w[k + 1] ?? '')) || departmentsOfOffice(w, k))));
  if (cut > 0) w = w.slice(0, cut);
  // a quantity or a group before "of": "Percent of Hillary Clinton", "Supporters of Bernie Sanders"
  const of = w.findIndex(x => x.toLowerCase() === 'of');
  // (also a piece of media of a person: "Footage of Al-Awlaki again appears", the person's)
  if (of > 0 && of < w.length - 1 && (w.slice(0, of).every(x => QUANTITY_WORD.has(x.toLowerCase())) || (of === 1 && MEDIA_OF_PERSON.has(w[0].toLowerCase())))) w = w.slice(of + 1);
  // labels, roles, outlets and places glued on before a name: the name starts at a known first name
  // ("Crooked Hillary Clinton", "Pollster Dana Reyes", "Republican Donald Trump")
  const first = w.findIndex(x => firstNameGender(x) !== undefined);
  // (a first name that ends a place is the place's: "San Francisco Supervisor Jane Kim" → "Jane Kim")
  // (nor a common word before a place, the way national bodies are named: "Food Banks Canada", "Statistics Canada")
  const personFirst = w.findIndex((x, k) => firstNameGender(x) !== undefined && !endsPlace(w, k) && !(isCommonWord(x) && isPlace(w[w.length - 1])) && !particleAfterGivenName(w, k));
  // (a Malay hereditary title before the given name is the name's: "Datuk Wan Azhar Wan Daud", "Tengku …", "Syed …")
  // (and a given name before "bin" is the name's though it is a title's word too: "HH Sheikh Dr Sultan bin Muhammad Al
  // Qasimi", a The National-style probe, was "Muhammad Al Qasimi", so "Sheikh Mohammed wrote" after "Sheikh Mohammed bin
  // Rashid" had two people of that given name)
  const patronymic = personFirst >= 2 && PATRONYMIC.has(w[personFirst - 1].toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w[personFirst - 2]);
  // (so are given names the lexicon lacks before a father's name it knows: "Farhana Begum Abdul Karim")
  const opens = patronymic ? personFirst - 2 : personFirst > 0 && opensBeforeGivenName(w[personFirst - 1]) ? personFirst - 1 : personFirst > 0 ? Math.min(givenBeforeFathersName(w, personFirst), unknownGivenOpening(w, personFirst)) : personFirst;
  if (opens > 0 && w.length - opens >= 2 && !w.slice(0, opens).some(x => x.toLowerCase() === 'of' || /^\p{Lu}\.?$/u.test(x))) w = w.slice(opens);
  if (w.length >= 2 && first < 0) {
    // "Washington Post Trump", "Ohio Republican Portman": an outlet, a place or a label before a surname
    for (let k = w.length - 1; k >= 1; k--) {
      const before = w.slice(0, k).join(' ');
      // (but a place before a body word or a common noun names a body: "Nova Scotia Health", "Oxford Economics"; and a
      // number after a body word is no surname but the body's own word: "Hydro One said", a Global News-style probe)
      if ((BODY_WORD.test(w[k - 1]) && !NUMBER_WORDS_TO_TEN.has(w[k].toLowerCase())) || isKnownOrganization(before) || (isPlace(before) && k === w.length - 1 && !givenCountry(w, k) && !BODY_WORD.test(w[k]) && !PLACE_BODY_TAIL.has(w[k]) && (LABEL_WORD.test(w[k]) || !isCommonWord(w[k]))) || (w.slice(0, k).every(x => LABEL_WORD.test(x) || isDemonym(x)) && !isPlace(w.slice(0, k + 1).join(' ')))) { w = w.slice(k); break; }
    }
  }
  // (a Kyrgyz name is its given name, its father's name and the patronymic word closing it: what is glued on before is
  // not the name's, "Deputy of the Jogorku Kenesh Aizada Sultanbekova kyzy wrote …", kg-24kg-bishkek-heating-tariff.txt)
  if (w.length > CLOSING_PATRONYM_NAME_WORDS && CLOSING_PATRONYMS.has(w[w.length - 1])) w = w.slice(-CLOSING_PATRONYM_NAME_WORDS);
  while (w.length > 1 && isHonorific(w[0])) w = w.slice(1);
  // a sentence's opening word glued on: "Yet Bloomberg", "Yet the Clinton", "Carter however"
  // ("Maybe Trump", "Perhaps Russia": an adverb opening the sentence; a number stays, "Zero Hedge")
  if (w.length > 1 && (OPENER_WORD.has(w[0].toLowerCase()) || isOpeningWord(w[0])) && !compoundGivenName(w)) w = w.slice(/^the$/i.test(w[1] ?? '') && w.length > 2 ? 2 : 1);
  if (w.length > 1 && /^however$/i.test(w[w.length - 1])) w = w.slice(0, -1);
  // letters after a person's name, no part of it ("Michael Brereton SC", "Jane Hale MP", "Ann Lee KC", an Irish
  // deputy's "Pearse Mac Conmara TD", ie-independent-tanaiste-childcare.txt, and a barrister's "Eimear Nagle BL")
  if (w.length > 2 && POST_NOMINAL.has(w[w.length - 1]) && firstNameGender(w[0]) !== undefined) w = w.slice(0, -1);
  return w;
}

/**
 * w[k] is a capitalised surname particle before the last word, after a word that may be a given name the lexicon lacks
 * (no label, title, demonym, place or common word): "Maricel | Dela Cruz", a Filipino name, is one name, where "Dela" is
 * also a given name the lexicon knows (a Winnipeg Free Press-style probe, where the nurse was "Dela Cruz"); not
 * "Republican | Del Marsh". Also the first of two particles, in either case: "Annelie | van der Merwe", an Afrikaans
 * name (a Daily Maverick-style probe, where "Van", a given name the lexicon knows, opened the name "van der Merwe").
 */
function particleAfterGivenName(w: readonly string[], k: number): boolean {
  const before = w[k - 1];
  const particles = w.slice(k, -1);
  return k >= 1 && particles.length >= 1 && particles.length <= 2 && particles.every(p => SURNAME_PARTICLES.has(p.toLowerCase())) && !isCommonWord(before) && !LABEL_WORD.test(before)
    && !isDemonym(before) && !isPlace(before) && !TITLES.has(before.toLowerCase());
}

/** A known body's initials ("NHS", "BBC"), no place's ("UK", "NYC"). */
const bodyInitials = (word: string): boolean => /^\p{Lu}{2,5}$/u.test(word) && isKnownOrganization(word) && !isPlace(word);

/**
 * The last word w[k] ends a body's name, no surname after it: initials, which no surname is written in, after a body word
 * ("Property Council NSW said", test/fixtures/outlets au-smh-premier-rezoning, was "NSW"; not a title's, "CEO"), or the
 * plural of the members a body's initials serve ("NHS Providers, which represents hospital trusts, warned",
 * uk-sky-no10-nurses-pay, was "Providers").
 */
function bodysOwnTail(w: readonly string[], k: number): boolean {
  if (k !== w.length - 1) return false;
  const initials = /^\p{Lu}{2,5}$/u.test(w[k]) && !TITLES.has(w[k].toLowerCase()) && BODY_WORD.test(w[k - 1]);
  return initials || (k === 1 && bodyInitials(w[0]) && MEMBERS_PLURAL.test(w[k]));
}
/** A capitalised plural of an agent noun ("Providers", "Employers"). */
const MEMBERS_PLURAL = /^\p{Lu}\p{Ll}+ers$/u;

/** Letters written after a person's name: a barrister's rank, a member's seat, an honour. */
// (and the Isle of Man's members of the House of Keys and of the Legislative Council: "The Minister for Infrastructure,
// Juan Corkish MHK, told Tynwald …", "Dr. Alex Cregeen MLC stated that …", a Manx Radio-style probe, test/fixtures/outlets
// im-manxradio-bus-fares-rise.txt, probes-xx, where the letters stayed in the name)
const POST_NOMINAL = wordSet('SC|QC|KC|BL|TD|MP|MPP|MLA|MHA|MNA|MSP|MS|OBE|MBE|CBE|MHK|MLC');

/** A name in capitals longer than an acronym, as an outlet writes its own ("POLITICO"). */
const OUTLET_IN_CAPITALS = /^\p{Lu}{6,}$/u;

/**
 * A one-word country before a last name is a given name, not where the person stands ("America Ferrera", PolNeAR
 * train; "Israel Kamakawiwo'ole"), as a state or a city is not ("Wisconsin Trump", "New Hampshire Sanders").
 */
const givenCountry = (w: readonly string[], k: number): boolean => k === 1 && isCountry(w[0]);

/**
 * A two-word name whose first word is a one-word place or demonym and whose second a surname-like word (capitalised, no
 * common word, body word, label, place or demonym): "Dallas Friesen", "Dane Whitfield-Olsen". `nameWords` drops the place
 * ("Wisconsin Trump"); the names registry keeps it as a given name where the article writes the name after a person's
 * title ("Mayor Dallas Friesen", canonical.ts).
 */
/**
 * The last two words of a name follow a title glued on before them ("Dane Kowalski-Hart" of "Conservative MP Dane
 * Kowalski-Hart", a HuffPost Canada-style probe, test/fixtures/outlets ca-huffpost-cerb-explainer, where the party's
 * word kept the title in the run and the MP was "Kowalski-Hart"): a name written after a person's title.
 */
export const titleBeforeLastTwo = (w: readonly string[]): boolean => w.length >= 3 && headTitle(w[w.length - 3]);

export const givenPlaceName = (w: readonly string[]): boolean => w.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(w[0]) && (isPlace(w[0]) || isDemonym(w[0]))
  && /^\p{Lu}\p{Ll}/u.test(w[1]) && !isCommonWord(w[1]) && !BODY_WORD.test(w[1]) && !LABEL_WORD.test(w[1]) && !isPlace(w[1]) && !isDemonym(w[1]);

/** The word at k ends a place's name that starts before it ("San Francisco", "Santa Monica"). */
function endsPlace(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) if (isPlace(w.slice(j, k + 1).join(' '))) return true;
  return false;
}

/**
 * Words that make a country's or a continent's name a part of the world ("Central Canada", "Atlantic Canada", "Latin
 * America", "Middle East"): no department's name opens on one (countryDepartment), and canonical.ts reads the two words
 * as a place.
 */
export const REGION_WORD = wordSet('North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Greater|Atlantic|Latin|Middle|Far|Near');
/** Words that name a country itself ("Republic of Turkey", "Kingdom of Saudi Arabia"): a place, no department. */
const POLITY_WORD = wordSet('Republic|Kingdom|Commonwealth|Federation|Union|State|States|Dominion|Principality|Emirate|Sultanate');
/** Words that join the words of a department's name ("Fisheries and Oceans Canada"). */
const DEPARTMENT_JOINER = wordSet('and|of');

/**
 * A government department named by common words and the country, the Canadian way: "Indigenous Services Canada",
 * "Global Affairs Canada", "Fisheries and Oceans Canada" (two words, "Health Canada", are read below): capitalised
 * words, one of them a common word (or a list of portfolios, "Innovation, Science and Economic Development Canada"),
 * no given name first, no place or part of the world before the country.
 */
export function countryDepartment(words: readonly string[]): boolean {
  if (words.length < 3 || !isCountry(words[words.length - 1])) return false;
  const before = words.slice(0, -1);
  return before.every(w => /^\p{Lu}\p{Ll}/u.test(w) || DEPARTMENT_JOINER.has(w)) && !REGION_WORD.has(before[0]) && !before.some(w => POLITY_WORD.has(w)) && firstNameGender(before[0]) === undefined
    && !isPlace(before.join(' ')) && before.some(w => (isCommonWord(w) && !DEPARTMENT_JOINER.has(w)) || w.endsWith(','));
}

/** A municipality's kind before "of" and its place, as its council's legal name has it ("City of Brampton", "Township of King"). */
const MUNICIPALITY = wordSet('City|Town|Township|Village|Municipality|Region');

/** The most words of a health authority's name ending on "Health" ("Vancouver Coastal Health"). */
const HEALTH_AUTHORITY_WORDS = 4;
/**
 * The industries a company's name ends on, a common noun no surname is written as after a word that is no given name
 * ("Bayfront Steel said in an email to The Spectator … “…,” the company said", a Hamilton Spectator-style probe, where
 * "Bayfront Steel" was a person and "the company" no one; not "Michael Steel", a person).
 */
const INDUSTRY_END = wordSet('Steel|Foods|Mining|Motors|Pharmaceuticals|Petroleum|Chemicals|Brewing|Pipelines|Fisheries|Seafoods|Dairies');
/** The fewest words of a body's name ending on "Team" ("District Health Management Team", "National Soccer Team"). */
const TEAM_NAME_WORDS = 3;
/** What a public service's name holds after "Public" ("Public Health Ontario", "Public Safety Canada"). */
const PUBLIC_SERVICE = wordSet('Health|Safety');

/**
 * The words name a body: a known organisation, or a body word ("Post", "Committee", "Observatory") that ends the
 * name or is followed by its complement ("Syrian Observatory for Human Rights") — not one followed by a surname
 * ("Washington Post Trump"), or a public service's name before the place it serves ("Public Health Ontario").
 */
export function isBodyName(w: readonly string[]): boolean {
  return bodyNameByWords(JSON.stringify(w));
}

/**
 * isBodyName's answers kept by the words, written as their JSON array (a key that tells "A B" + "C" from "A" + "B C",
 * whatever the words hold): the name table, a name's kind and its cleaning ask about the same names again (11.5 k asks,
 * 3.0 k distinct on PolNeAR dev, each joining and looking up the words and testing each for a body word).
 */
const bodyNameByWords = memoized((key: string): boolean => readBodyName(JSON.parse(key) as string[]), MAX_CACHED);

function readBodyName(w: readonly string[]): boolean {
  // ("Association québécoise des CPE", "Fédération de la santé et des services sociaux": a French body's name)
  if (isKnownOrganization(w.join(' ')) || (w.length >= 3 && opensFrenchBodyName(w[0], w[1]))) return true;
  // ("The City of Brampton said in a statement", a CTV-style fixture: a municipality's government by its legal name)
  if (w.length >= 3 && MUNICIPALITY.has(w[0]) && w[1] === 'of') return true;
  // ("Dairy Farmers of Ontario says it is working with the family", a Global News-style probe, was "Dairy Farmers": a
  // producers' body named for its members and the province, a modifier before the members' plural noun)
  const of = w.indexOf('of');
  if (of >= 2 && isPluralPeopleNoun(w[of - 1]) && firstNameGender(w[0]) === undefined && isPlace(w.slice(of + 1).join(' '))) return true;
  let b = -1;
  // ("Public Health": a public service's name, "Toronto Public Health", "Public Health Ontario")
  w.forEach((x, k) => { if (BODY_WORD.test(x) || (k > 0 && PUBLIC_SERVICE.has(x) && w[k - 1] === 'Public')) b = k; });
  // (a body's or an outlet's edition for a place is the body's: "Reuters Libya", "POLITICO Massachusetts")
  // (so is a body's initials before the place it serves: "NHS England", "NHS Scotland", and a public service's)
  if (w.length >= 2 && (b === 0 || OUTLET_IN_CAPITALS.test(w[0]) || bodyInitials(w[0])) && isPlace(w.slice(1).join(' '))) return true;
  if (b >= 1 && b + 1 < w.length && PUBLIC_SERVICE.has(w[b]) && isPlace(w.slice(b + 1).join(' '))) return true;
  // ("Shared Health", "Fraser Health", "Nova Scotia Health", "Vancouver Coastal Health": a Canadian health authority's
  // name ends on "Health", no one's surname; "Shared Health … says" was a person, Winnipeg Free Press-style probe)
  if (w.length >= 2 && w.length <= HEALTH_AUTHORITY_WORDS && w[w.length - 1] === 'Health') return true;
  if (w.length >= 2 && w.length <= HEALTH_AUTHORITY_WORDS && INDUSTRY_END.has(w[w.length - 1]) && firstNameGender(w[0]) === undefined) return true;
  // ("Meanwhile, the District Health Management Team has warned residents …", a Mmegi-style probe, test/fixtures/outlets
  // bw-mmegi-mahalapye-water-kgotla.txt, was a person "Health Management Team", "District" read as a title: a team of
  // three words or more, no given name first; "Team Trump" is read in canonical.ts)
  if (w.length >= TEAM_NAME_WORDS && w[w.length - 1] === 'Team' && firstNameGender(w[0]) === undefined) return true;
  if (w.length >= 2 && bodysOwnTail(w, w.length - 1)) return true;
  // ("Coalition to Stop Gun Violence": an advocacy body's infinitive)
  // (a directorate general, as francophone administrations name theirs, is the body: "The Directorate General of
  // Competition and Consumption (DGCC) said in a press release that …", a Gabonreview-style probe, test/fixtures/outlets
  // ga-gabonreview-libreville-cassava-baton-price.txt, probes-kk, fortieth session, was "General of Competition", the
  // "General" read as a rank)
  return b >= 0 && (b === w.length - 1 || /^(?:of|for|on|the|and|&|in|at)$/i.test(w[b + 1]) || (w[b + 1] === 'to' && headsInfinitiveName(w[b])) || (w[b + 1] === 'General' && w[b + 2] === 'of'));
}

/**
 * The name as shown: `nameWords` joined, read once more when that dropped words, so a shown name shows as itself (the
 * titles before "NBC News Senior Investigative Correspondent Cynthia McFadden for Dateline on Assignment" go only
 * after the "for" that ends a person's name was looked for: "Cynthia McFadden for Dateline", itself "Cynthia McFadden").
 */
export const cleanName = memoized((name: string): string => {
  const once = nameWords(name).join(' ') || name;
  return once === name ? once : nameWords(once).join(' ') || once;
}, MAX_CACHED);

/** The spelling-free key of a first name: "Sergei" and "Sergey", "Mohammed" and "Muhammad", "Ken" and "Kenneth" are one. */
export const firstKey = memoized<string>(readFirstKey, MAX_CACHED);

function readFirstKey(word: string): string {
  // (a nickname is keyed as the given name it shortens: "Ken" and "Kenneth" are one)
  return (givenNameOfNickname(word) ?? word.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '').replace(/ph/g, 'f').replace(/y/g, 'i').replace(/ou/g, 'u')
    .replace(/[aeiou]/g, (v, k) => (k === 0 ? v : '')).replace(/(.)\1+/g, '$1');
}

/** A generational suffix ending a name ("Jr.", "Sr", "III"): no last name. */
export const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * The last name's key ("al-Khatib" = "Khatib"; "Jr." and middle initials are no last name; "O’Neill" = "O'Neill": one
 * article, or one folder, may write a name with either apostrophe).
 */
export function lastKey(words: readonly string[]): string {
  let k = words.length - 1;
  while (k > 0 && GENERATIONAL_SUFFIX.test(words[k].replace(/,$/, ''))) k--;
  return withoutPossessive(words[k] ?? '').replace(/^(?:al|el|bin|ibn|abu)[-'’]/i, '').replace(/’/g, "'").toLowerCase();
}

export interface PersonKey {
  /** The last name's key. */
  last: string;
  /** The first name's key, when the name has one ("" for "Lavrov", "Mr. Trump"). */
  first: string;
}

/** What is kept per person, by last-name key, then first-name key ('' for none). */
export type PersonGroups<T> = Map<string, Map<string, T>>;
/** The entry of `groups` for the person (last, first), made by `make` when there is none yet. */
export function personGroup<T>(groups: PersonGroups<T>, { last, first }: PersonKey, make: () => T): T {
  let byFirst = groups.get(last);
  if (!byFirst) groups.set(last, (byFirst = new Map()));
  let entry = byFirst.get(first);
  if (entry === undefined) byFirst.set(first, (entry = make()));
  return entry;
}

/** Who a name identifies: "Sergei V. Lavrov" and "Sergey Lavrov" give { last: "lavrov", first: "srgi" }. */
export const personKey = memoized<PersonKey>(readPersonKey, MAX_CACHED);

/** A Chinese given name of two syllables joined by a hyphen, the second in lower case ("Ka-chiu", "Sze-man"). */
const CHINESE_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** A Chinese family name as romanised in Hong Kong ("Lee", "Lau", "Cheung", "Ho"). */
const CHINESE_FAMILY_NAME = /^\p{Lu}\p{Ll}{1,5}$/u;

/**
 * A Hong Kong name, an English given name the lexicon knows before the family name and the Chinese given name ("John
 * Lee Ka-chiu", "Grace Lau Sze-man"): the family name is the last name, as the article writes it alone ("Lee said",
 * an SCMP-style probe, test/fixtures/outlets hk-scmp-subdivided-flats-bill.txt, where "Lee" was no one's full name).
 */
const englishGivenBeforeChinese = (w: readonly string[]): boolean =>
  w.length === 3 && CHINESE_GIVEN_NAME.test(w[2]) && CHINESE_FAMILY_NAME.test(w[1]) && firstNameGender(w[0]) !== undefined && !isCommonWord(w[1]);

function readPersonKey(name: string): PersonKey {
  const w = nameWords(name).filter(x => !isInitial(x) && !SURNAME_PARTICLES.has(x.toLowerCase()));
  const last = lastKey(englishGivenBeforeChinese(w) ? w.slice(0, 2) : w);
  const first = w.length >= 2 ? firstKey(w[0]) : '';
  return { last, first };
}

/** The gender a name's first word gives ("Hillary Clinton" → f); undefined when unknown. */
export function nameGender(name: string): 'm' | 'f' | undefined {
  const w = nameWords(name);
  if (w.length < 2) return undefined;
  // (a compound given name's is the pair's, by its second word, before a surname: "Sita Ram Adhikari" a man's; not a
  // mother's kunya before her child's name, "Umm Ahmed al-Najjar")
  const k = givenIndex(w);
  const pair = w.length - k >= 3 && !KUNYA.has(w[k].toLowerCase()) && !fathersNameBeforeFamily(w, k) ? secondGivenNameGender(w[k + 1]) : undefined;
  if (pair) return pair;
  // (a Malay compound given name's gender is its known part's: "Nor Hayati Ismail … she said", test/fixtures/outlets)
  const g = givenNameGender(w[k]);
  return g === 'm' || g === 'f' ? g : undefined;
}

/** A name whose first word is a first name compromise knows ("Dana Reyes"; compound or accented: "Marc-Aurèle Deveau", "André Boisclair"). */
export const hasKnownFirstName = (name: string): boolean => {
  const w = nameWords(name);
  return w.length >= 2 && givenNameGender(givenWord(w)) !== undefined;
};

/** Two names of one person: the same last name, and the same first name wherever both give one. */
export function samePerson(a: string, b: string): boolean {
  const x = personKey(a), y = personKey(b);
  return !!x.last && x.last === y.last && (!x.first || !y.first || x.first === y.first);
}

/** Quotation marks as a description may hold them: PTB's and the NYT's doubled marks, straight and curly ones. */
const QUOTATION_MARK = /``|''|["“”«»„]/g;

/**
 * A description shown without the marks of a quotation it cuts through ("Hundreds of the party's ''superdelegates" →
 * "Hundreds of the party's superdelegates", PolNeAR train, NYT 2016-04-26; 'The “market accident' → "The market
 * accident"): a quotation held whole stays quoted ('Some in the "Bernie or Bust" crowd').
 */
export function withoutStrayMarks(description: string): string {
  const marks = description.match(QUOTATION_MARK);
  if (!marks) return description;
  const count = (m: string) => marks.filter(x => x === m).length;
  const whole = count('``') === count("''") || (count('``') === 0 && count("''") % 2 === 0);
  const balanced = whole && count('"') % 2 === 0 && count('“') === count('”') && count('«') === count('»') && count('„') === 0;
  return balanced ? description : description.replace(QUOTATION_MARK, '').replace(/\s{2,}/g, ' ').trim();
}

/**
 * A speaker's description as a reader is shown it beside the name (hover, outline): none when it is abbreviated
 * titles alone, which say nothing the name does not ("Bernie Sanders · speaker — Sen."; PolNeAR train, HuffPost 2015-12-17), and
 * without the abbreviated titles that end it. The
 * model keeps the description whole: people are matched across articles by it.
 */
export function shownDescription(description: string | undefined): string | undefined {
  if (!description) return undefined;
  const words = description.split(/\s+/);
  // (and an abbreviated title that ends it is left off: "Committee Chairman Rep." before "Jason Chaffetz" shows
  // "Committee Chairman"; PolNeAR train, Western Journal 2016-07-06)
  // ("Ohio Sen." keeps its title: "Ohio" alone names no office)
  let n = words.length;
  while (n > 0 && abbreviatedTitle(words[n - 1])) n--;
  if (n === 0) return undefined;
  return n < words.length && words.slice(0, n).some(w => TITLES.has(w.toLowerCase())) ? words.slice(0, n).join(' ') : description;
}

/** An abbreviated title ("Sen.", "Rep.", "Gov."). */
const abbreviatedTitle = (w: string): boolean => w.endsWith('.') && TITLES.has(w.toLowerCase().slice(0, -1));
