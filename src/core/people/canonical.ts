/**
 * One canonical name per person in an article: every form of a name ("Lavrov", "Sergei V. Lavrov", "Mr. Lavrov",
 * "Sergey Lavrov") maps to the fullest form the article gives of that person. Linear: names are grouped by last
 * name once, each group's forms by first-name key, and each distinct form's canonical name is found once.
 */
import { isNumberWord } from '../figures/numberWords';
import { memoized } from '../text/memo';
import { TIME_ZONES } from '../text/calendar';
import { SURNAME_PARTICLES } from '../quotes/lexicon';
import { BUSINESS_HEAD, COMPANY_FORM, COMPANY_FORM_END, firstNameGender, givenNameAsPlural, givenNameOfNickname, isCommonWord, isCountry, isDemonym, isHonorific, isKnownOrganization, isPeopleGroup, isPlace, isVerbForm, isVietnameseFamilyName, type Gender, wordSet } from './lexicon';
import { cleanName, countryDepartment, familyFirstSyllables, firstKey, GENERATIONAL_SUFFIX, givenPlaceName, hasKnownFirstName, initialGluedName, isBodyName, isInitial, isInitialWithStop, isLabel, MAX_CACHED, nameGender, nameWords, opensFathersName, personGroup, personKey, REGION_WORD, titleBeforeLastTwo, type PersonGroups, type PersonKey } from './personName';
import { upperFirst } from '../text/wordShape';

/** 'label': a party label, an epithet or a nationality ("Republican", "Libertarian", "American"): no one. */
/** A name that ends on a business's line of business ("HearthPro Home Services"; see lexicon.ts BUSINESS_HEAD). */
const businessName = (name: string): boolean => BUSINESS_HEAD.test(name.slice(name.lastIndexOf(' ') + 1));
export type NameKind = 'person' | 'organization' | 'place' | 'label' | 'unknown';

/**
 * Words that make a name a place or a building ("Kent County", "Bank of America Stadium", "Trump Tower"; "Bo Central
 * Market", an Awoko-style probe, test/fixtures/outlets sl-awoko-bo-market-relocation.txt, a person "Bo" that "The Sierra
 * Leone Police in Bo said" was named by; "Residents of the Kalinago Territory say the main road …", a Dominica News
 * Online-style probe, probes-cc, test/fixtures/outlets dm-dominicanewsonline-kalinago-road-repairs.txt, whose source was
 * a person "Kalinago Territory"; "She said … the maximum number of people in the Sistine Chapel at any one time would be set
 * at 1,600. ⏎ “…,” the Director added.", a Vatican News-style probe, s43-probes-ww, test/fixtures/outlets
 * va-vaticannews-museums-ticket-prices.txt, where the Director of the Vatican Museums was a person "Sistine Chapel").
 */
const PLACE_WORD = wordSet('Chapel|Cathedral|Basilica|County|State|City|Coast|Street|Avenue|Square|Stadium|Arena|Tower|Hall|Airport|River|Lake|Mountain|Island|Park|Bridge|Road|Valley|Beach|Heights|Hills|Shoal|Sea|Ocean|Gulf|Strait|Peninsula|Market|Caucus|Conference|Convention|Summit|Act|Bill|War|Day|Week|Month|Year|Territory');

/** A Roman numeral after a name ("World War II", "Elizabeth II"). */
const ORDINAL_NUMERAL = wordSet('I|II|III|IV|V|VI');

/**
 * The word that says whether a name is a place's or an event's: its last, or the one before an ordinal numeral
 * ("World War II": PolNeAR train, Washington Post 2016-07-15, where "he said" went to "World War II", named in the
 * paragraph before).
 */
const placeHead = (words: readonly string[]): string =>
  (words.length > 1 && ORDINAL_NUMERAL.has(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1]) ?? '';


/** Continents and points of the compass, which a region word makes a part of the world ("Middle East", "Latin America"). */
const WORLD_PART = wordSet('East|West|North|South|Africa|America|Americas|Asia|Europe');

/**
 * A part of the world the lexicon does not know: a region word before a point of the compass, a continent or a country
 * ("Middle East", "Central Asia", "Latin America": PolNeAR train, where "he" and "she" went to "Middle East").
 */
const partOfTheWorld = (w: readonly string[]): boolean => w.length === 2 && REGION_WORD.has(w[0]) && (WORLD_PART.has(w[1]) || isCountry(w[1]));

/** Places written as capitals that are no body ("Washington, DC, gifts and accessories store"). */
const PLACE_ABBREVIATION = /^(?:DC|D\.C\.?)$/;

/** The word after a body's head noun that opens what it is of or for ("Observatory for Human Rights"). */
const BODY_OF = wordSet('for|of|on');

/** A body ("Syrian Observatory for Human Rights", "The Washington Post"), a place, or a person's name. */
export const kindOfName = memoized<NameKind>(classify, MAX_CACHED);

/** A person's name whose given name the lexicon knows ("Chuck Grassley", "Sandy" of "Sandy Hook"; not "Grassley" alone). */
export const knownPersonName = (name: string): boolean => kindOfName(name) === 'person' && hasKnownFirstName(name);

/** A hospital's units written as initials ("the ER", "the ICU"), no body. */
const HOSPITAL_UNIT = wordSet('ER|ICU|NICU');

/** Labels that are also common surnames ("Green" of the Green Party, "Little" of an epithet). */
const SURNAME_LABEL = wordSet('Green|Little');

/** The members of a legislature or a body, capitalised after its name ("National Assembly Members"). */
const BODY_MEMBERS = wordSet('members|mps|lawmakers|legislators|councillors|councilors');

/** Quantifiers and indefinite pronouns, capitalised where they open a sentence ("Others say", "None showed"). */
const QUANTIFIER_PRONOUN = wordSet('Some|Others|Another|None|Most|Several|Many|Both|Few|Someone|Somebody|Anyone|Anybody|Everyone|Everybody|Nobody');

/** A candidate's campaign as the people stage names it ("Sanders campaign", campaigns.ts): a body. */
const CAMPAIGN_NAME = /\s+campaign$/;
/**
 * A candidate's team written "Team" and the name ("Team Trump", "Team Hillary"): a body, no fuller form of the
 * candidate's name ("In somber comments, Trump called the assault … but he also noted": PolNeAR train, USA Today
 * 2016-07-18, where "Trump" read as "Team Trump" and "he" went to another).
 */
const TEAM_NAME = /^Team\s+\p{Lu}/u;
/**
 * A name joined by an ampersand is a business's or a partnership's, never a person's ("AT&T", "Procter & Gamble",
 * "Cushman & Wakefield": "AT&T just finished laying 50,000 feet of fiber downtown, she said" is the press secretary's,
 * PolNeAR train, Washington Post 2016-06-07, where "she" went to AT&T).
 */
const AMPERSAND_NAME = /\S\s*&\s*\S/u;

function classify(written: string): NameKind {
  if (CAMPAIGN_NAME.test(written) || TEAM_NAME.test(written) || AMPERSAND_NAME.test(written)) return 'organization';
  const words = nameWords(written);
  const name = words.join(' ');
  if (isBodyName(words) || isKnownOrganization(name) || countryDepartment(words)) return 'organization';
  if (isPlace(name) || PLACE_WORD.has(placeHead(words)) || partOfTheWorld(words)) return 'place';
  // "Libertarian", "Democratic Senate", "South Korean": labels and nationalities name no one
  // ("Turkish Americans", "New Yorkers": a group)
  // (a known first name before a label that is also a common surname is a person: "Jennifer Green", "Grant Green")
  const surnameAfterFirstName = words.length > 1 && firstNameGender(words[0]) !== undefined && SURNAME_LABEL.has(words[words.length - 1]);
  // ("Pacific Islander": a people's word after no given name; "Bryan English", "David French" are people)
  const peopleWordLast = words.length > 1 && isDemonym(words[words.length - 1]) && firstNameGender(words[0]) === undefined;
  if (peopleWordLast || words.every(w => isLabel(w) || isDemonym(w) || isPlace(w)) || (!surnameAfterFirstName && isLabel(words[words.length - 1] ?? '')) || isPeopleGroup(words[words.length - 1] ?? '')) return 'label';
  // "None has offered specific plans.", "Others argue": a quantifier opening a sentence is no one's name
  if (words.length === 1 && QUANTIFIER_PRONOUN.has(name)) return 'label';
  // ("Addressing National Assembly Members on Wednesday, the Minister of …, Hon. NAME, said …", a The Point-style probe,
  // test/fixtures/outlets gm-thepoint-banjul-barra-ferry-fare.txt, where "Members" was a person "the minister said" went
  // to: the members of a body left alone after the body's words are the hearers, no one's name; not any plural noun of
  // people, which surnames are too: "Sanders", "Waters")
  if (words.length === 1 && BODY_MEMBERS.has(name.toLowerCase())) return 'label';
  // "Thirty-seven percent would vote for Sen. …" (PolNeAR train, Breitbart 2015-12-13): a number opening a sentence is
  // no one; nor is a count before a name that
  // modifies a noun ("Six Trump supporters ran for delegate slots": PolNeAR train, Washington Post 2016-04-17, where
  // Trump was "Six Trump"; a place or body opening on a number word is read above: "Three Mile Island")
  if (!words.length || words[0].split('-').every(p => isNumberWord(p.toLowerCase()))) return 'label';
  // "7:19 p.m. EST": a time zone is no one
  if (words.length === 1 && TIME_ZONES.has(name)) return 'label';
  if (words.length === 1 && PLACE_ABBREVIATION.test(name)) return 'place';
  // "Statistics Canada", "Health Canada", "Air Canada": a country's name after a capitalised word that is no first
  // name and no part of the world ("Central America") is a body
  if (words.length === 2 && isCountry(words[1]) && /^\p{Lu}\p{Ll}/u.test(words[0]) && !REGION_WORD.has(words[0]) && firstNameGender(words[0]) === undefined) return 'organization';
  // "DNC", "RT", "ISIS": an acronym is a body (not a hospital's unit: "admitted patients wait in the ER for days … the
  // provincial health organization said" is Shared Health, named before, a Winnipeg Free Press-style probe)
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(name) && name.length <= 5) return HOSPITAL_UNIT.has(name) ? 'unknown' : 'organization';
  // "Outside Carrier", "Team Trump", "Case for Trump": a common word before a name makes no person's name
  // (an initial with its stop is none: "A. Selvarani, 34, whose husband … said", a Hindu-style probe,
  // test/fixtures/outlets, where "she said" after it went to a man named before, as "A." read as the article)
  // (a Chinese name written family name first is a person's though its family name is a word: "Tan Wei Ming")
  if (words.length > 1 && isCommonWord(words[0]) && firstNameGender(words[0]) === undefined && !isInitialWithStop(words[0]) && !(words.length === 3 && familyFirstSyllables(words))) return 'unknown';
  // (a Mongolian name in one word, the father's initial glued to the given name: "D.Tsogtbaatar", personName.ts initialGluedName)
  return words.length > 1 || (words.length === 1 && initialGluedName(name)) ? 'person' : 'unknown';
}

/** One capitalised word, as a given name is written ("Bernie", "Jean-Luc"; not "U.S.", "GOP"). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * A full name written family name first, as Korean names are: a one-syllable-group family name, then a given name of
 * two syllables joined by a hyphen, the second in lower case ("Ban Ki-moon", "Park Geun-hye", "Kim Jong-un").
 */
const FAMILY_FIRST_FULL_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** FAMILY_FIRST_FULL_NAME's test behind its hyphen (most names have none: some 4.9 k asks a PolNeAR dev run). */
const isFamilyFirstFullName = (name: string): boolean => name.includes('-') && FAMILY_FIRST_FULL_NAME.test(name);

/** A word that may be a given name the lexicon does not know ("Melania", "Ivanka", "Reince"): no place, body or label. */
const unknownGivenName = (word: string): boolean => !isPlace(word) && !isKnownOrganization(word) && !isDemonym(word) && !isPeopleGroup(word) && !isHonorific(word);

/** A name without the initials that open it ("K. Selvarani a/p Krishnan" → "Selvarani a/p Krishnan"). */
const afterInitials = (name: string): string => {
  const w = name.split(' ');
  let k = 0;
  while (k < w.length - 1 && isInitial(w[k])) k++;
  return w.slice(k).join(' ');
};

/** The longest a canonical name may be: longer runs are titles or lists of names. */
const MAX_NAME_WORDS = 5;
/**
 * A form is no longer than a canonical name may be, its surname particles in lower case not counted: "Maria das Graças
 * Oliveira dos Santos … Dos Santos said" (a Rio Times-style probe, test/fixtures/outlets
 * br-riotimes-petropolis-landslides.txt, where "Dos Santos" was no form of her name of six words).
 */
const withinNameLength = (f: Form): boolean => f.words <= MAX_NAME_WORDS || f.name.split(' ').filter(w => !SURNAME_PARTICLES.has(w)).length <= MAX_NAME_WORDS;
const MAX_BODY_WORDS = 8;
/** Forms kept per group: enough for any article, and a bound on the work per name. */
const MAX_FORMS = 64;

/** Files a name's form under `key` in one of the article's indexes of forms, at most MAX_FORMS a key. */
function fileForm(index: Map<string, Form[]>, key: string, form: Form): void {
  const list = index.get(key);
  if (!list) index.set(key, [form]); else if (list.length < MAX_FORMS) list.push(form);
}

interface Form {
  name: string;
  words: number;
  count: number;
  order: number;
}

/** A short word in capitals before a last name: an abbreviated title or a body's initials ("AG", "GOP"), no given name. */
const SHORT_CAPITALS = /^\p{Lu}{2,4}$/u;

const allCaps = (name: string): boolean => !/\p{Ll}/u.test(name);
/** The last two words of a name, lower case ("Aung San Suu Kyi" → "suu kyi"). */
const tailKey = (name: string): string => name.toLowerCase().split(' ').slice(-2).join(' ');
/**
 * Words before a surname that read as given names ("Debbie", "Aung San", "Robert C.", "Jean-Pierre"), not page
 * furniture or a phrase ("Christie Is Over").
 */
const GIVEN_WORD = /^\p{Lu}(?:[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*-?|\.)?$/u;
const givenNames = (words: string): boolean => words.split(' ').every(w => GIVEN_WORD.test(w) && !isCommonWord(w));
/**
 * Given names and then the particles of the surname they stand before ("Jean-Marc de" of "Jean-Marc de Weever Hodge"):
 * "De Weever Hodge said the Minister should …", the particle capitalised at the sentence's start and read off, is the
 * one person named in full before (a Daily Herald-style probe from Philipsburg, s43-probes-ww, test/fixtures/outlets
 * sx-thedailyherald-pjia-passenger-fee.txt, where the source was a person "Weever Hodge").
 */
const givenNamesAndParticles = (words: string): boolean => {
  const w = words.split(' ');
  let e = w.length;
  while (e > 1 && SURNAME_PARTICLES.has(w[e - 1])) e--;
  return givenNames(w.slice(0, e).join(' '));
};

const givenLength = (f: Form): number => f.name.split(' ')[0].length;

/** A name holding a nickname of its own first word ("Robert C. Bobby Scott"). */
export function nicknameWithin(name: string): boolean {
  return nicknameIndex(name.split(' ')) > 0;
}

/** The index of the word of `w` that is a nickname of its first word ("Robert C. Bobby Scott" → 2), else -1. */
function nicknameIndex(w: readonly string[]): number {
  const given = w[0].toLowerCase();
  return w.findIndex((x, k) => k > 0 && givenNameOfNickname(x) === given);
}

/** A name holding a nickname of its own first word as the nickname and what follows it ("Robert C. Bobby Scott" → "Bobby Scott"); any other name as it is. */
export function byNickname(name: string): string {
  const w = name.split(' '), k = nicknameIndex(w);
  return k > 0 ? w.slice(k).join(' ') : name;
}

/**
 * `best` is mentioned as often as the form `clean` or more, of the same person written with a given name spelt otherwise
 * or shortened ("Ken Starr" ×9 and "Kenneth Starr" ×1: one person, one name).
 */
function otherGivenForm(forms: readonly Form[] | undefined, clean: string, best: Form): boolean {
  const written = forms?.find(f => f.name === clean);
  return !!written && written !== best && best.count >= written.count && clean.split(' ')[0] !== best.name.split(' ')[0];
}

/**
 * The fullest of a person's forms: the most words (at most MAX_NAME_WORDS), then the most mentions, then the longest
 * given name ("Kenneth Starr" before "Ken Starr"); none in capitals, none with a nickname of its given name inside
 * ("Robert C. Bobby Scott", read from 'Robert C. "Bobby" Scott').
 */
function fullest(forms: readonly Form[] | undefined): Form | undefined {
  let best: Form | undefined;
  for (const f of forms ?? []) if (withinNameLength(f) && !allCaps(f.name) && !nicknameWithin(f.name) && (!best || f.words > best.words || (f.words === best.words && (f.count > best.count || (f.count === best.count && givenLength(f) > givenLength(best)))))) best = f;
  return best;
}

/**
 * The fullest of a person's forms written in capitals, as a transcript labels its speaker ("JAKE TAPPER:"), for a
 * person the article never names in mixed case (`fullest` leaves capitals out).
 */
function fullestInCapitals(forms: readonly Form[] | undefined): Form | undefined {
  let best: Form | undefined;
  for (const f of forms ?? []) if (withinNameLength(f) && allCaps(f.name) && (!best || f.words > best.words || (f.words === best.words && f.count > best.count))) best = f;
  return best;
}

/** A name in capitals in the article's spelling of its words ("JAKE TAPPER" → "Jake Tapper" when it writes "Tapper"). */
function inMixedCase(name: string, spellings: ReadonlyMap<string, string>): string {
  return name.split(' ').map(w => spellings.get(w.toLowerCase()) ?? w[0] + w.slice(1).toLowerCase()).join(' ');
}

/** The one name that all of `forms` that are a person's (and `keep`) share; undefined for none or two. */
function onlyPersonName(forms: readonly Form[] | undefined, keep: (f: Form) => boolean = () => true): string | undefined {
  const people = forms?.filter(f => kindOfName(f.name) === 'person' && keep(f));
  return people?.length && people.every(f => f.name === people[0].name) ? people[0].name : undefined;
}

/** A surname of two capitalised parts joined by a hyphen ("Delacroix-Bell"), its parts captured. */
const HYPHENATED_SURNAME = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

/** A lower-case "of" between the words of a name. */
const OF_PHRASE = / of /;

export class CanonicalNames {
  /** last-name key → first-name key ('' for none) → forms. */
  private readonly groups: PersonGroups<Form[]> = new Map();
  private readonly cache = new Map<string, string>();
  private revised = 0;
  /**
   * How many times the names changed (a form, a body or a lower-case word added): canonical() may answer otherwise
   * after a change, so a reader that keeps answers built on it rebuilds them when this moves (quotes/names.ts
   * describedGender).
   */
  get revision(): number { return this.revised; }
  private changed(): void {
    this.revised++;
    if (this.cache.size) this.cache.clear();
  }
  /** last-name key → the first-name key mentioned most (ties: the one met first), kept as names are added. */
  private readonly leaders = new Map<string, string>();
  /** last-name key → first-name key → its mentions and when it was met. */
  private readonly totals: PersonGroups<{ total: number; order: number }> = new Map();
  /** The last two words of a form of three words or more, lower case → those forms ("suu kyi" → "Aung San Suu Kyi"). */
  private readonly tails = new Map<string, Form[]>();
  /** The next-to-last word of a form of three words or more, lower case → those forms ("acosta" → "Melba Acosta Febo"). */
  private readonly middles = new Map<string, Form[]>();
  /**
   * A given name's key and one part of a hyphenated surname after it, lower case → the forms of two words so written
   * ("marguerite|delacroix" and "marguerite|bell" → "Marguerite Delacroix-Bell").
   */
  private readonly hyphenParts = new Map<string, Form[]>();
  /**
   * The first word and the generational suffix of a form of three words or more that ends on one, lower case → those
   * forms ("donald jr." → "Donald Trump Jr.").
   */
  private readonly suffixed = new Map<string, Form[]>();
  /** The first two words of a form of three or four words, lower case → those forms ("wan azhar" → "Wan Azhar Wan Daud"). */
  private readonly heads = new Map<string, Form[]>();
  /** One-word names the article writes after an honorific ("Ms. Acosta"): a surname, by the article's own use. */
  private readonly titledSingles = new Set<string>();
  /** First words of full names written family name first, known by their given name ("ban" of "Ban Ki-moon"). */
  private readonly familyFirstNames = new Set<string>();
  /** first-name key → the last-name keys of the people the article gives that first name ("kr" → "starmer"). */
  private readonly byGiven = new Map<string, Set<string>>();
  /** A body's last word → its fuller names ("Council" → "United Nations Security Council"), at most MAX_FORMS. */
  private readonly bodies = new Map<string, string[]>();
  /** A body's head noun before "for", "of" or "on", lower case → its names ("observatory" → "Syrian Observatory for Human Rights"). */
  private readonly headed = new Map<string, string[]>();
  /** A body's initials → its name ("IMF" → "International Monetary Fund"). */
  private readonly acronyms = new Map<string, string>();
  /** Words the article writes in lower case ("hacker"): no given name (see `noteLowerCase`). */
  private readonly lowerWords = new Set<string>();
  /** The first set of such words noted at once (noteLowerCaseWords: the article's, kept as it is, not copied). */
  private lowerWordsNoted: ReadonlySet<string> = new Set<string>();
  /**
   * Places and demonyms the article writes as a given name, after a person's title and before a surname ("Dallas" of
   * "Mayor Dallas Friesen", "Dane" of "TransLink spokesperson Dane Whitfield-Olsen", test/fixtures/outlets).
   */
  private readonly givenPlaces = new Set<string>();
  private order = 0;

  /**
   * A name the article writes after a person's title or role ("Mayor", "spokesperson"): a place or demonym opening it
   * before a surname is a given name, in it and wherever the article writes it ("Dallas Friesen"; see `givenPlaceName`).
   */
  noteTitledName(name: string): void {
    // (the title may be in the run itself, after a party's word: "Conservative MP Dane Kowalski-Hart")
    const all = name.split(' ');
    const w = titleBeforeLastTwo(all) ? all.slice(-2) : all;
    if (!givenPlaceName(w) || this.givenPlaces.has(w[0])) return;
    this.givenPlaces.add(w[0]);
    this.changed();
  }

  /**
   * Surnames the article writes after a courtesy title ("Mr Tan", "Dr Khoo"): a full name of three words that opens on
   * one, which `cleanName` would drop as a word glued on before a given name it knows, is written family name first
   * ("Transport Minister Tan Wei Ming … Mr Tan said", a Straits Times-style probe, test/fixtures/outlets, where the
   * minister was "Wei Ming" and "Mr Tan" no one's).
   */
  private readonly courtesySurnames = new Set<string>();

  /** A family name written first, lower case → the full names `clean` keeps it in ("tan" → "Tan Wei Ming"). */
  private readonly familyFirstForms = new Map<string, Form[]>();

  /** Full names the article writes after a courtesy title ("Ms Tan Li Ting"), as `clean` keeps them. */
  private readonly titledFullNames = new Set<string>();

  /** Notes the article's surnames after courtesy titles (see `courtesySurnames`), before its names are added. */
  noteCourtesySurnames(words: Iterable<string>): void {
    for (const w of words) this.courtesySurnames.add(w);
    this.changed();
  }

  /**
   * `cleanName`, but a name whose first word the article writes as a given name keeps it ("Dallas Friesen"), and so
   * does one written family name first (see `courtesySurnames`).
   */
  private clean(name: string): string {
    const w = name.split(' ');
    if (this.givenPlaces.has(w[0]) && givenPlaceName(w)) return name;
    const tail = w.slice(-2);
    if (titleBeforeLastTwo(w) && this.givenPlaces.has(tail[0]) && givenPlaceName(tail)) return tail.join(' ');
    const clean = cleanName(name);
    // (the family name right before the two words `cleanName` keeps: "Tan" of "Transport Minister Tan Wei Ming")
    const family = w.length >= 3 ? w[w.length - 3] : '';
    // (or a Vietnamese family name: "Prime Minister Pham Minh Chinh", a VnExpress-style probe, was "Minh Chinh", whose
    // "Minh" the lexicon knows as a given name)
    return (this.courtesySurnames.has(family) || familyFirstSyllables(w) || isVietnameseFamilyName(family)) && clean === w.slice(-2).join(' ') && GIVEN_NAME.test(family) && !isHonorific(family) ? `${family} ${clean}` : clean;
  }

  /** A word the article writes in lower case, in lower case: a common noun by its own use ("the hacker known as …"). */
  noteLowerCase(word: string): void {
    this.noteLowerCaseWords(new Set([word]));
  }

  /** noteLowerCase for each of the words (the article's, all at once: one change, and the set kept, not copied). */
  noteLowerCaseWords(words: ReadonlySet<string>): void {
    if (!words.size) return;
    if (!this.lowerWordsNoted.size) this.lowerWordsNoted = words;
    else words.forEach(w => this.lowerWords.add(w));
    this.changed();
  }

  /**
   * A name of two words whose first the article writes in lower case or is a short word in capitals, no given name, and whose last it writes
   * alone as a name: that last name, alone ("Hacker Guccifer: Clinton’s Server Unprotected" and "the hacker … Guccifer
   * said" → "Guccifer", PolNeAR train). So is such a word before a person's full name the article gives: that name
   * ("Conservative Icon Morton Blackwell Endorses Ted Cruz" and "Morton Blackwell, the conservative icon who founded …"
   * → "Morton Blackwell", PolNeAR train, Breitbart 2016-01-10).
   */
  private nounBeforeLastName(clean: string): string | undefined {
    const w = clean.split(' ');
    // (not a common word the lexicon knows, whose name is a body's or a campaign's: "Team Trump")
    // (or an abbreviated title in capitals: "Former AG Mukasey at RNC:" and "Mukasey told delegates" → "Mukasey")
    const lower = w[0].toLowerCase();
    const noGiven = this.lowerWordsNoted.has(lower) || this.lowerWords.has(lower) || SHORT_CAPITALS.test(w[0]);
    if (w.length >= 3 && noGiven && firstNameGender(w[0]) === undefined && !this.knows(clean)) {
      const rest = w.slice(1).join(' ');
      if (kindOfName(rest) === 'person' && this.knows(rest)) return rest;
    }
    if (w.length !== 2 || !noGiven || firstNameGender(w[0]) !== undefined || kindOfName(clean) !== 'person' || this.knows(clean)) return undefined;
    const { last } = personKey(w[1]);
    return this.groups.get(last)?.get('')?.some(f => f.name === w[1]) ? w[1] : undefined;
  }

  /** Counts one written form of a name (`title`: the title written before it, "Ms."). */
  add(name: string, title = ''): void {
    const kind = kindOfName(name);
    if (title && isHonorific(title.split(' ').pop()!) && !name.includes(' ')) this.titledSingles.add(cleanName(name).toLowerCase());
    // (or three syllables, as Chinese names in Malaysia and Singapore are written: "Tan" of "fishmonger Tan Ah Seng, 64,
    // said …" for "…," Tan said', a Malay Mail-style probe, test/fixtures/outlets my-malaymail-einvoice-hawkers.txt, where
    // "Tan", a common word, was no given name of the article's)
    const clean = this.clean(name), full = clean.split(' ');
    if (isFamilyFirstFullName(cleanName(name)) || (full.length === 3 && familyFirstSyllables(full))) this.familyFirstNames.add(full[0].toLowerCase());
    if (kind === 'organization') { this.addBody(cleanName(name)); return; }
    if (kind !== 'person' && kind !== 'unknown') return;
    if (title && isHonorific(title.split(' ').pop()!) && clean.includes(' ')) this.titledFullNames.add(clean);
    // ("Shares of Apple rose": a name whose words after "of" are another's, the head before it, is no form of the
    // name after "of": "Apple said" stays Apple, and "Members of Congress" is no form of Congress)
    if (OF_PHRASE.test(clean)) return;
    const key = personKey(clean), { last, first } = key;
    if (!last) return;
    const forms = personGroup(this.groups, key, (): Form[] => []);
    const seen = forms.find(f => f.name === clean);
    if (seen) seen.count++;
    else if (forms.length < MAX_FORMS) {
      const form: Form = { name: clean, words: clean.split(' ').length, count: 1, order: this.order++ };
      forms.push(form);
      const parts = form.words === 2 ? HYPHENATED_SURNAME.exec(clean.split(' ')[1]) : null;
      if (parts && first) {
        for (const part of [parts[1], parts[2]]) {
          fileForm(this.hyphenParts, `${first}|${part.toLowerCase()}`, form);
        }
      }
      if (form.words >= 3) {
        fileForm(this.tails, tailKey(clean), form);
        // (and the second of four, a surname between an English given name and a Chinese one: "Khoo" of "Amy Khoo Lean
        // Suan", "Dr Khoo", a Straits Times-style probe)
        const w = clean.toLowerCase().split(' ');
        if (form.words <= 4) fileForm(this.heads, `${w[0]} ${w[1]}`, form);
        if (GENERATIONAL_SUFFIX.test(w[w.length - 1])) fileForm(this.suffixed, `${w[0]} ${w[w.length - 1]}`, form);
        for (const middle of form.words === 4 ? [w[2], w[1]] : [w[w.length - 2]]) fileForm(this.middles, middle, form);
        // (a name written family name first, its family name kept by `clean`: "Tan Wei Ming" for "Mr Tan"; or kept by
        // `cleanName` too, a family name no given name the lexicon knows: "Tan Li Ting" for "Ms Tan", a CNA-style probe)
        const family = clean.split(' ')[0];
        if (form.words === 3 && this.courtesySurnames.has(family) && (nameWords(clean)[0] !== family || firstNameGender(family) === undefined)) fileForm(this.familyFirstForms, w[0], form);
      }
    } else return;
    if (first) {
      this.count(key);
      const lasts = this.byGiven.get(first);
      if (!lasts) this.byGiven.set(first, new Set([last])); else if (lasts.size < MAX_FORMS) lasts.add(last);
    }
    this.changed();
  }

  /** The article has already written this very form of a person's name, or this body's name (see `add`). */
  knows(name: string): boolean {
    const clean = this.clean(name);
    if (kindOfName(name) === 'organization') return this.bodies.get(clean.split(' ').pop()!.toLowerCase())?.includes(clean) ?? false;
    const { last, first } = personKey(clean);
    return !!this.groups.get(last)?.get(first)?.some(f => f.name === clean);
  }

  /** The article has written a person's name with this last name ("Ayotte" for "Kelly Ayotte"). */
  knowsLastName(name: string): boolean {
    const { last } = personKey(cleanName(name));
    return !!last && this.groups.has(last);
  }

  /** The article gives this last name with another first word ("Thomas Perez" for "Understated Perez"). */
  knowsOtherFirst(name: string): boolean {
    const { last, first } = personKey(cleanName(name));
    for (const k of this.groups.get(last)?.keys() ?? []) if (k && k !== first) return true;
    return false;
  }

  /** One more mention of the person (last, first): the leader of the last name follows (linear: no walk of the group). */
  private count(key: PersonKey): void {
    const { last, first } = key;
    const t = personGroup(this.totals, key, () => ({ total: 0, order: this.order }));
    t.total++;
    const leader = this.totals.get(last)?.get(this.leaders.get(last) ?? '');
    if (!leader || t.total > leader.total || (t.total === leader.total && t.order < leader.order)) this.leaders.set(last, first);
  }

  private addBody(name: string): void {
    const words = name.replace(/^the /i, '').split(' ');
    const last = words[words.length - 1].toLowerCase();
    const list = this.bodies.get(last) ?? [];
    if (list.length < MAX_FORMS && !list.includes(name)) list.push(name);
    this.bodies.set(last, list);
    // ("Mercury LLC" … "Mercury opposed": a company is also known by its name without its legal form)
    const legal = COMPANY_FORM.test(words[words.length - 1]);
    // (a business by its first word when its name ends on its line of business: "HearthPro Home Services" … "HearthPro
    // responded in a statement … ⏎ “…,” the company said", a CBC Marketplace-style probe; not a given name's, "Tim Services")
    const business = !legal && words.length >= 3 && businessName(name) && kindOfName(words[0]) === 'unknown' && firstNameGender(words[0]) === undefined;
    if (words.length >= 2 && (legal || business)) {
      // (and "Teck Resources Ltd" … "Teck said": by its first word)
      for (const bare of new Set([...legal ? [words[words.length - 2].toLowerCase()] : [], words[0].toLowerCase()])) {
        const named = this.bodies.get(bare) ?? [];
        if (named.length < MAX_FORMS && !named.includes(name)) named.push(name);
        this.bodies.set(bare, named);
      }
    }
    // ("Syrian Observatory for Human Rights": its head noun before "for", "of" or "on")
    const of = words.findIndex((w, k) => k > 0 && BODY_OF.has(w));
    if (of > 0) {
      const head = words[of - 1].toLowerCase();
      const named = this.headed.get(head) ?? [];
      if (named.length < MAX_FORMS && !named.includes(name)) named.push(name);
      this.headed.set(head, named);
    }
    const caps = words.filter(w => upperFirst(w));
    if (caps.length >= 2) {
      const initials = caps.map(w => w[0]).join('');
      if (!this.acronyms.has(initials)) this.acronyms.set(initials, name);
    }
    this.changed();
  }

  /** The fullest name of a body the article gives ("Security Council" → "United Nations Security Council", "IMF"). */
  private body(name: string): string {
    const acronym = /^\p{Lu}{2,6}$/u.test(name) ? this.acronyms.get(name) : undefined;
    if (acronym) return acronym;
    const key = name.replace(/^the /i, '');
    const last = key.split(' ').pop()!.toLowerCase();
    let best = name;
    // (not a name the key only completes after "of": "Members of Congress" is no form of Congress, nor "Bank of America" of America)
    for (const f of this.bodies.get(last) ?? []) {
      const bare = f.replace(COMPANY_FORM_END, '');
      const company = (bare !== f || businessName(f)) && bare.startsWith(key + ' ');
      if (f.length > best.length && (f.endsWith(' ' + key) || bare === key || bare.endsWith(' ' + key) || company) && !f.endsWith(' of ' + key) && f.split(' ').length <= MAX_BODY_WORDS) best = f;
    }
    // "The Observatory said" after "the Britain-based Syrian Observatory for Human Rights" (the seeds), "the Committee"
    // after "The EP Committee on Civil Liberties" (PolNeAR train): the one body the word heads
    const headed = best === name && !key.includes(' ') ? this.headed.get(last) : undefined;
    return headed?.length === 1 && headed[0].split(' ').length <= MAX_BODY_WORDS ? headed[0] : best;
  }

  /** A last name alone that the article gives to more than one person ("Smith": Patricia Smith and Sean Smith). */
  /**
   * A family name alone written first in the article's full names ("Yoon" of "Yoon Hae-won", `familyFirstNames`) that
   * opens the full names of two people or more ("former President Yoon Suk Yeol" too): which one it is depends on where
   * it stands (../quotes/names.ts canonicalAt).
   */
  sharedFamilyName(name: string): boolean {
    return !name.includes(' ') && this.familyFirstNames.has(name.toLowerCase()) && (this.byGiven.get(firstKey(name))?.size ?? 0) > 1;
  }

  sharedLastName(name: string): boolean {
    const { last, first } = personKey(cleanName(name));
    if (first || kindOfName(name) === 'organization') return false;
    // (two first names or more filed under it, the empty one, a last name alone, not counted: no walk over the keys)
    const firsts = this.groups.get(last);
    return !!firsts && firsts.size - (firsts.has('') ? 1 : 0) > 1;
  }

  /**
   * A one-word name the lexicon knows as a body or a place that is the last name of a person the article names in
   * full: "Ford" after "Ontario Premier Doug Ford", "Bloomberg" after "Michael Bloomberg", "Dutton" after "Peter Dutton".
   */
  private personsLastName(clean: string): boolean {
    if (clean.includes(' ') || /^\p{Lu}{2,}$/u.test(clean)) return false;
    const { last } = personKey(clean);
    const leader = this.leaders.get(last);
    // (a real given name before it: not "Several Twitter" or "Will Twitter" opening a sentence)
    return !!leader && !!this.groups.get(last)?.get(leader)?.some(f => {
      const given = f.name.split(' ')[0];
      return firstNameGender(given) !== undefined && !isCommonWord(given);
    });
  }

  /**
   * The last names of the people the article names with the given name of key `key`; after a title of a given name
   * (`titled`, "Sir Peter"), not those it names only in capitals, a byline's: "By PETER KOIMA-NAGAI … Kerowagi MP Sir
   * Peter Yambel-Ona … “…,” Sir Peter said", a Post-Courier-style probe, test/fixtures/outlets
   * pg-postcourier-highlands-highway-repairs.txt, where the speaker was "Peter".
   */
  private givenNameLasts(key: string, titled: boolean): string[] {
    const lasts = [...this.byGiven.get(key) ?? []];
    if (!titled || lasts.length < 2) return lasts;
    return lasts.filter(last => this.groups.get(last)?.get(key)?.some(f => !allCaps(f.name)));
  }

  /**
   * A given name alone that no one in the article has as a last name, and exactly one person has as a first name,
   * written the same: that person's forms ("Bernie" after "Bernie Sanders"). A word the lexicon does not know as a
   * given name must be no place, body or label ("Melania" after "Melania Trump"), or the title says it is a given name
   * (`given`: "Sir Keir" after "Sir Keir Starmer"), or it is a family name written first and the article puts an
   * honorific before it ("Mr. Xi" after "Xi Jinping", "Mr. Ban" after "Ban Ki-moon").
   */
  private givenNameOnly(clean: string, given = false): Map<string, Form[]> | undefined {
    // ("Mr. Xi", "Mr. Ban": a one-word name after an honorific that opens a full name is a family name written first;
    // so is the first word of a name whose given name reads so: "Ban" after "Ban Ki-moon", PolNeAR train)
    const familyFirst = this.titledSingles.has(clean.toLowerCase()) || this.familyFirstNames.has(clean.toLowerCase());
    // (a given name the lexicon does not know is read by the article's own use: "Melania" after "Melania Trump", when
    // no place and no body has it)
    // (a given name the lexicon knows that reads as a common word only as a plural is a given name: "Lachlan Murdoch and
    // James Murdoch … James has said", PolNeAR train, NYT 2016-08-01, and "James Hartwell … “…,” James said", a
    // Guardian-style probe, test/fixtures/outlets uk-guardian-bakery-brothers.txt, were "James", the plural of "jam")
    if (!GIVEN_NAME.test(clean) || (isCommonWord(clean) && !familyFirst && !givenNameAsPlural(clean)) || (!given && !familyFirst && firstNameGender(clean) === undefined && !unknownGivenName(clean))) return undefined;
    const key = firstKey(clean);
    const lasts = this.givenNameLasts(key, given);
    if (lasts.length !== 1) return undefined;
    // (for a word the lexicon does not know, a full name whose other words are names too: not "Latino Problem")
    const unknown = !given && !familyFirst && firstNameGender(clean) === undefined;
    // (after the initials that open the full name: "Selvarani said" after "Grocer K. Selvarani a/p Krishnan", a Malaysian
    // Indian name, its father's name after "a/p", a Malay Mail-style probe, test/fixtures/outlets my-malaymail-einvoice-hawkers.txt)
    const forms = this.groups.get(lasts[0])?.get(key)?.filter(f => afterInitials(f.name).startsWith(clean + ' ') && (kindOfName(f.name) === 'person' || isFamilyFirstFullName(f.name) || (familyFirst && familyFirstSyllables(f.name.split(' '))))
      && !(unknown && f.name.split(' ').slice(1).some(w => isCommonWord(w))));
    return forms?.length ? new Map([['', forms]]) : undefined;
  }

  /**
   * A one-word name the article writes after an honorific ("Mr Tan") that opens the full name of exactly one person,
   * written family name first (see `courtesySurnames`): that person's forms ("Tan Wei Ming").
   */
  private familyNameFirst(clean: string): Map<string, Form[]> | undefined {
    if (!this.titledSingles.has(clean.toLowerCase())) return undefined;
    let forms = this.familyFirstForms.get(clean.toLowerCase());
    // (of two people of that family name, the one the article also titles so in full: "Ms Tan Li Ting … Ms Tan told
    // CNA", not "Tan Jun Hao, 27," jailed, a CNA-style probe)
    if (forms?.some(f => f.name !== forms![0].name)) forms = forms.filter(f => this.titledFullNames.has(f.name));
    if (!forms?.length || forms.some(f => f.name !== forms![0].name)) return undefined;
    return new Map([['', forms]]);
  }

  /**
   * A one-word name the article writes after an honorific ("Ms. Acosta") that is the first of two surnames of exactly
   * one person it names in full, and no one's last name: that person's forms ("Acosta" → "Melba Acosta Febo", PolNeAR train; "García" → "Alejandro García Padilla").
   */
  private firstSurname(clean: string): Map<string, Form[]> | undefined {
    // (or, with no honorific, a word the lexicon knows as no given name, as Latin American copy writes the first surname
    // alone: "Nuevo León Governor Adrián Garza Treviño … Garza said", "Monterrey Mayor Luis Donaldo Colosio Riojas …
    // Colosio wrote on X", a Mexico News Daily-style probe, test/fixtures/outlets; not "Paul" of "John Paul Jones")
    // (and then of a full name opening on a given name the lexicon knows: not "Las Vegas Sun" for "Las Vegas", PolNeAR
    // train; a broadcaster's "Aaron Klein Investigative Radio" is no one's name for "Klein", lexicon.ts OTHER_BODY_WORDS)
    // (a common word too: the full name written before shows it a surname, "Conagua director Efraín Morales López …
    // Morales told reporters", though the lexicon reads "morales" as the plural of "morale")
    const titled = this.titledSingles.has(clean.toLowerCase());
    if (!GIVEN_NAME.test(clean) || (!titled && firstNameGender(clean) !== undefined)) return undefined;
    const given = (f: Form): boolean => givenNames(f.name.split(' ')[0]) && (titled || firstNameGender(f.name.split(' ')[0]) !== undefined);
    const forms = this.middles.get(clean.toLowerCase())?.filter(f => kindOfName(f.name) === 'person' && given(f));
    if (!forms?.length || forms.some(f => personKey(f.name).last !== personKey(forms[0].name).last)) return undefined;
    return new Map([['', forms]]);
  }

  /**
   * A surname written with its particle ("Ms De Angelis", "De Angelis said") that is the first of two surnames of exactly
   * one person the article names in full, where no full name ends on it: that person ("The assessor, Chiara De Angelis
   * Valeri, told the city council … Ms De Angelis said", a Wanted in Rome-style probe, test/fixtures/outlets
   * it-wantedinrome-taxi-licences.txt, probes-aa, was "Angelis"; "Ms Acosta" alone is `firstSurname`'s).
   */
  private particleFirstSurname(clean: string, last: string): string | undefined {
    const w = clean.toLowerCase().split(' ');
    if (!w.slice(0, -1).every(x => SURNAME_PARTICLES.has(x))) return undefined;
    if ([...this.groups.get(last)?.keys() ?? []].some(Boolean)) return undefined;
    // (the particle after the honorific is not kept in the name as read, "Ms De Angelis" is "Angelis": the full name's
    // word before it a particle then)
    const particleBefore = (words: readonly string[]): boolean => {
      const at = words.findIndex((_, k) => w.every((y, j) => words[k + j] === y));
      // (a full name opening on a given name, no particle: not "Las Vegas Sun" for "Vegas", PolNeAR train)
      return at > 0 && at + w.length < words.length && !SURNAME_PARTICLES.has(words[0]) && (w.length > 1 || (at > 1 && SURNAME_PARTICLES.has(words[at - 1])));
    };
    return onlyPersonName(this.middles.get(last), f => particleBefore(f.name.toLowerCase().split(' ')));
  }

  /** Every full name of last-name key `last` the article gives ends on a particle and the last name ("Ramona De los Santos"). */
  private endsAfterParticleOnly(last: string): boolean {
    const full = [...this.groups.get(last)?.values() ?? []].flat().map(f => f.name.split(' ')).filter(w => w.length >= 3);
    return full.length > 0 && full.every(w => SURNAME_PARTICLES.has(w[w.length - 2].toLowerCase()));
  }

  /**
   * A last name alone written with a gendered honorific ("Mrs. Clinton") that the article gives to more than one
   * person: the person of that last name the article mentions most whose first name has that gender ("Hillary
   * Clinton", though "Bill Clinton" is mentioned more); undefined when the one mentioned most may have it or none has.
   * `described`: the gender the article's descriptions give a person named in full ("The cyclist's widow, Catrin
   * Pritchard-Jones"), for given names the lexicon does not know.
   */
  canonicalOfGender(name: string, g: Gender, otherwise?: string, described?: (full: string) => Gender | undefined): string | undefined {
    const { last, first } = personKey(cleanName(name));
    const byFirst = this.groups.get(last), totals = this.totals.get(last);
    if (first || !byFirst || !totals) return undefined;
    // (the one it would be otherwise, by default the one mentioned most, keeps it unless the lexicon knows its first
    // name as of either gender or the other: "Bill", not "Jeb", whose gender it does not know)
    const leader = otherwise ?? fullest(byFirst.get(this.leaders.get(last) ?? ''))?.name;
    if (!leader) return undefined;
    const given = firstNameGender(nameWords(leader)[0] ?? '');
    const leaderGiven = given === 'u' || given === undefined ? described?.(leader) ?? given : given;
    if (leaderGiven === g) return undefined;
    // ("Owain Pritchard-Jones … The cyclist's widow, Catrin Pritchard-Jones … Mrs Pritchard-Jones said": with neither
    // given name known, the one person of that last name the article describes as of the honorific's gender)
    if (leaderGiven === undefined) return described ? this.describedOfGender(byFirst, g, described) : undefined;
    let best: Form | undefined, bestTotal = -1;
    // (else the one person of that last name whose given name the lexicon does not know or gives either sex: "Mr.
    // Obama" after "Michelle Obama" and "Barack Obama", whose "Barack" it lacks; "Mr. Clinton" after "Hillary Clinton",
    // "Chelsea Clinton" and "former President Bill Clinton", PolNeAR train, NYT 2016-08-22; not "Unfortunately for Clinton")
    const unknown: Form[] = [];
    for (const [key, forms] of byFirst) {
      const f = key ? fullest(forms) : undefined;
      const total = totals.get(key)?.total ?? 0;
      if (f && nameGender(f.name) === g && total > bestTotal) { best = f; bestTotal = total; }
      const given = f ? firstNameGender(nameWords(f.name)[0] ?? '') : g;
      if (f && f.name !== leader && (given === undefined || given === 'u') && givenNames(f.name.slice(0, f.name.lastIndexOf(' ')))) unknown.push(f);
    }
    // (a given name either sex bears may be of that gender: "Aunty Pearl Wymarra-Johnson … she said" is not her nephew
    // "Jarrah", whose name the lexicon does not know)
    return best?.name ?? (leaderGiven !== 'u' && unknown.length === 1 ? unknown[0].name : undefined);
  }

  /** Of one last name's people (`byFirst`), the one person named in full whom `described` gives gender g, else undefined. */
  private describedOfGender(byFirst: Map<string, Form[]>, g: Gender, described: (full: string) => Gender | undefined): string | undefined {
    let found: string | undefined;
    for (const [key, forms] of byFirst) {
      const f = key ? fullest(forms) : undefined;
      if (!f || described(f.name) !== g) continue;
      if (found !== undefined) return undefined;
      found = f.name;
    }
    return found;
  }

  /** The fullest form of a given name written after a title that goes with given names ("Sir Keir" → "Keir Starmer"). */
  canonicalGiven(name: string): string {
    const clean = cleanName(name);
    const forms = this.leaders.has(personKey(clean).last) ? undefined : this.givenNameOnly(clean, true)?.get('');
    return fullest(forms)?.name ?? this.canonical(name);
  }

  /** A one-word name in capitals ("TAPPER") that is the last name of a person the article names in full ("Jake Tapper"). */
  private labelInCapitals(clean: string): boolean {
    const { last } = personKey(clean);
    // (a full name opening with a given name the lexicon knows: not a body the lexicon misses, "America Rising PAC")
    const given = (f: Form): boolean => firstNameGender(inMixedCase(f.name.split(' ')[0], new Map())) !== undefined;
    for (const forms of this.groups.get(last)?.values() ?? []) if (forms.some(f => f.words > 1 && kindOfName(f.name) === 'person' && given(f))) return true;
    return false;
  }

  /**
   * The fullest form in capitals of `forms` ("JAKE TAPPER"), in mixed case when the same last name (`group`) is also
   * written so ("Tapper" → "Jake Tapper"); undefined when there is none.
   */
  private capitalsForm(forms: readonly Form[] | undefined, group: ReadonlyMap<string, Form[]>): Form | undefined {
    const caps = fullestInCapitals(forms);
    if (!caps) return undefined;
    const spellings = new Map<string, string>();
    for (const fs of group.values()) for (const f of fs) if (!allCaps(f.name)) for (const w of f.name.split(' ')) spellings.set(w.toLowerCase(), w);
    return spellings.has(caps.name.split(' ').pop()!.toLowerCase()) ? { ...caps, name: inMixedCase(caps.name, spellings) } : caps;
  }

  /** The fullest form of this person's name in the article ("Lavrov" → "Sergei Lavrov"). */
  canonical(name: string): string {
    let c = this.cache.get(name);
    if (c === undefined) this.cache.set(name, (c = this.find(name)));
    return c;
  }

  private find(name: string): string {
    const clean = this.clean(name);
    const kind = kindOfName(name);
    // (a word in capitals is a body's initials, "CNN", unless it is the last name of a person the article names in
    // full: a transcript's label, "TAPPER:" after "JAKE TAPPER:", "FALLIN:" after "Mary Fallin", "TRUMP:")
    const capitalsLabel = /^\p{Lu}{2,}$/u.test(clean) && this.labelInCapitals(clean);
    if ((kind === 'organization' && !this.personsLastName(clean) && !capitalsLabel) || (kind === 'unknown' && /^\p{Lu}{2,6}$/u.test(clean) && !capitalsLabel)) return this.body(clean);
    if (kind === 'place' && !this.personsLastName(clean)) return clean;
    // ("Mercury LLC" … "Mercury opposed": a word the article gives as a company's name, its legal form after it)
    if (kind === 'unknown' && !clean.includes(' ') && !this.personsLastName(clean)) {
      const company = this.body(clean);
      if (company !== clean && (COMPANY_FORM_END.test(company) || businessName(company))) return company;
    }
    const alone = this.nounBeforeLastName(clean);
    if (alone) return this.find(alone);
    // ("His son Donald Jr. announced …" and "Donald Trump Jr., who suggested …": a given name and a generational suffix
    // alone are the one person the article names in full with both; PolNeAR train, NYT 2016-07-21, where "Donald Jr."
    // was a person of its own)
    const suffix = clean.split(' ');
    const junior = suffix.length === 2 && GENERATIONAL_SUFFIX.test(suffix[1]) ? onlyPersonName(this.suffixed.get(clean.toLowerCase())) : undefined;
    if (junior !== undefined) return junior;
    const { last, first } = personKey(clean);
    // (a word no full name of the article ends with may be a given name, "Sir Keir", or the first of two surnames,
    // "Acosta" for "Melba Acosta Febo")
    // (and a word the article's full names end with only after a particle is the first surname of another's, where the
    // article gives one: "Rafael Santos Echavarría … Santos added", a Dominican Today-style probe, probes-zz, went to
    // "Ramona Altagracia De los Santos", named below; English copy keeps a Spanish name's particle, "De los Santos said")
    const particled = first ? undefined : this.particleFirstSurname(clean, last);
    if (particled !== undefined) return particled;
    const other = this.leaders.has(last) ? (!first && this.endsAfterParticleOnly(last) ? this.firstSurname(clean) : undefined) : this.givenNameOnly(clean) ?? this.familyNameFirst(clean) ?? this.firstSurname(clean);
    const byFirst = other ?? this.groups.get(last);
    if (!byFirst) return clean;
    let forms = byFirst.get(first);
    // a last name alone: the person of that name the article mentions most
    if (!first && !other) { const leader = this.leaders.get(last); if (leader !== undefined) forms = byFirst.get(leader); }
    // (a person the article names only in capitals, a transcript's "JAKE TAPPER:", is named by that label; in the
    // article's own spelling when it writes the name in mixed case elsewhere)
    let best = fullest(forms) ?? this.capitalsForm(forms, byFirst);
    // "Suu Kyi" is "Aung San Suu Kyi": a name of two words or more that ends a fuller form of the same last name
    if (first && clean.includes(' ')) {
      for (const f of this.tails.get(tailKey(clean)) ?? []) {
        if (personKey(f.name).first === first) continue;
        if (withinNameLength(f) && f.name.endsWith(' ' + clean) && givenNamesAndParticles(f.name.slice(0, -clean.length - 1)) && (!best || f.words > best.words)) best = f;
      }
    }
    // a form as full as the one written stays as written, unless it is written in capitals ("WALLACE:") or its given
    // name is another spelling or a nickname of the form the article uses most ("Ken Starr" for "Kenneth Starr")
    const words = clean.split(' ').length;
    // ("Marguerite Delacroix was born …" in an obituary of "Marguerite Delacroix-Bell": a given name and one part of the
    // hyphenated surname of exactly one person the article names with that given name is that person, a maiden or
    // married name; a Globe and Mail-style probe, test/fixtures/outlets ca-globe-obituary-bush-pilot.txt)
    if (first && words === 2 && (!best || best.words <= words)) {
      const hyphened = onlyPersonName(this.hyphenParts.get(`${first}|${clean.split(' ')[1].toLowerCase()}`));
      if (hyphened !== undefined) return hyphened;
    }
    // ("said Wan Azhar" after "Kelantan Mentri Besar Datuk Wan Azhar Wan Daud": a name of two words ending on a given
    // name the lexicon knows that opens the fuller name of exactly one person, and no fuller name ends on its last word,
    // is that person's; a Malay name, the given name before the father's, a The Star-style probe, test/fixtures/outlets
    // my-thestar-kelantan-flood-aid.txt; not "Ted Cruz" of a headline's "Ted Cruz Apologizes …", PolNeAR train)
    // (or a given name it lacks before the fuller name's father's name: "Mohd Nizam added that …" after "Datuk Mohd Nizam
    // Abdul Rahman", a Malay Mail-style probe, test/fixtures/outlets my-malaymail-einvoice-hawkers.txt)
    if (first && words === 2 && (!best || best.words <= words)) {
      const knownGiven = firstNameGender(clean.split(' ')[1]) !== undefined;
      // (whose other words are names, no common word or verb: not "Bernie Sanders Pins …", PolNeAR train)
      const opened = onlyPersonName(this.heads.get(clean.toLowerCase()), f => (knownGiven || opensFathersName(f.name.split(' ')[2] ?? '')) && !f.name.split(' ').slice(2).some(w => isCommonWord(w) || isVerbForm(w)));
      if (opened !== undefined) return opened;
    }
    return best && (best.words > words || (best.words === words && (allCaps(clean) || (!!first && otherGivenForm(forms, clean, best))))) ? best.name : clean;
  }
}
