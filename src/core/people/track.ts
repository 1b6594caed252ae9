/**
 * The people stage of one article: every name the article mentions outside quotes, headlines and bylines, entered
 * into the salience model (salience.ts) in text order with its sentence, whether it is the sentence's subject and
 * the title it came with; then each speaker mention of an attribution is read as a person, body or document:
 * a name to its canonical form, a pronoun to the most salient entity that agrees with it, a description to the
 * entity the article described so, and a source the article never names to its own description, marked unnamed.
 * A bare office is never a group written as its plural noun ("Passengers who are overcharged can report …, the
 * councillor said" is the councillor the article titled so, not "Passengers").
 */
import { endsInS, withoutFinalPeriod, withoutPossessive } from '../text/endings';
import { inTenBefore, isNumberWord, isNumeral } from '../figures/numberWords';
import { FUNCTION_WORDS } from '../text/functionWords';
import { TIME_UNITS } from '../text/calendar';
import { looksAdverb } from '../text/adverbs';
import { mayBeRoleWord, nameBeforeDescription, sentenceOpener, subjectBefore, type Mention } from '../quotes/attribution';
import { closeToSourceAt } from '../quotes/attribution/apposition';
import { descriptionOpening } from '../quotes/attribution/opener';
import { AGE_NOUN, ONE_DETERMINERS, ANONYMITY, SUBJECT_QUANTITIES, ROLE_PREPOSITIONS_AND_IN, ARTICLES, AUXILIARIES, BE_FORMS, COORDINATORS, COORDINATORS_AND_OR, COUNT_NOUNS, CUES, DETERMINERS, GROUP_NOUNS, INDEFINITE_ARTICLES, INNER_MARKS, LEGISLATOR_TITLES, NAME_JOINERS, NOT_NAME, NOT_NOUN, NOUN_MARKERS, OFFICE_HEADS, OFFICE_INITIALS, OPENING_CONJUNCTIONS, POLL_NOUNS, POSSESSIVE_DETERMINERS, PREDICATE_OPENERS, PREPOSITIONS, QUANTIFIER_SUBJECTS, RELATIVE_PRONOUNS, RELATIVES, SINGULAR_PERSONAL_POSSESSIVES, THIRD_PERSON_NOUN_MARKERS, THIRD_PERSON_POSSESSIVES, TITLES, UNNAMED_SOURCE_DETERMINERS, WEAK_CUES } from '../quotes/lexicon';
import { DASH_GAP } from '../text/dashes';
import { agedDemonym, canonicalOf, gluedTitle, theOfHonorific, unknownTitleOfPlace, unknownTitleWord, lowerCaseWords, midLineCaps, midSentenceCaps, ownsApposition, pastAge, placesIn, PLURAL_POSSESSIVE, RANK_WORD, runsFromRunInHead, type NameRun, type NameTable } from '../quotes/names';
import { isBoilerplateLine } from '../quotes/boilerplate';
import { NAMING } from '../quotes/titles';
import { withinQuote } from '../quotes/marks';
import { inPortfolioList, portfolioAfterTitle, portfolioBeforeTitle, titledOfficeHead } from './portfolio';
import { paragraphOf } from '../quotes/sentences';
import { tokenAt, type Tok } from '../quotes/tokens';
import { inClass, wordClass } from '../text/wordClasses';
import { pronounClass, pronounGender } from './agreement';
import { coupleFirst, mayBeGiven, nameUse, type NameUse } from './couples';
import { authorOf, isNamesByline } from './author';
import { campaignOf, campaignPronoun, type CampaignContext } from './campaigns';
import { kindOfName, knownPersonName } from './canonical';
import { documentHead, isDocumentNoun, issuerOf, SENTENCE_END, type DocumentContext } from './documents';
import { BODY_NOUN, BODY_WORD, BUSINESS_OF_A_TRADE, EXECUTIVE_OFFICE, PARTY_MEMBER, COMPANY_FORM_END, DOCTOR_NOUN, NETWORK_NAME, OUTLET_NAME, OWNED_DEPARTMENT, OWNED_OFFICE, PRINT_OUTLET_NAME, ROTATING_OFFICE, firstNameGender, grownSexNounGender, isFormerUsPresident, isAdjectiveDegree, isCommonWord, isDemonym, isHonorific, isOpeningWord, isPeopleGroup, isIndependentOffice, isPersonNoun, isPluralPeopleNoun, isRoleNoun, isSexNoun, isVerbForm, nounGender, PAST_ROLE_WORD, SIDE_TAKING_PARTICIPLE, THING_NOUN, titleGender, type Gender, wordSet } from './lexicon';
import { afterApposedRole, isOnePersonWord, isPersonDemonym, isPlaceAlone, isRoleHead } from './roleHead';
import { hasKnownFirstName, isBodyInitials, isLabel, nameGender, nameWords, withoutStrayMarks } from './personName';
import { HE_SHE, People, type EntityMention } from './salience';
import { countBefore } from '../text/sortedSearch';
import { pretested } from '../text/pretested';
import { speakerKind } from './speakerKind';
import type { SpeakerKind } from '../types';
import { allDigits, digitFirst, endsOnComma, isSpaceAt, upperFirst } from '../text/wordShape';
import { keptForLastText } from '../text/memo';

/** What a speaker mention was read as. */
export interface Reading {
  name: string;
  /** From the mention to the name: ["she", "the Ohio senator", "Rob Portman"]. */
  chain: string[];
  unnamed?: boolean;
  /** A document or a body, not a person: "it" may stand for it ("The lawsuit contends … It goes on to say"). */
  thing?: boolean;
  /** Two people ("Mike Crapo and Jim Risch"): no one "he" or "she" may stand for. */
  pair?: boolean;
  /** A pronoun no one the article names stands for, shown as written ("I" of the narration): still whoever speaks on. */
  unresolved?: boolean;
  /** The name a reader is shown when it is not `name`, the one the people stage tracks: NARRATOR for the narration's "I". */
  shown?: string;
  /** The gender an unnamed person's description states ("One victim, an 86-year-old widow who …" → f). */
  gender?: Gender;
  /** The head noun of a role set off after an unnamed source's description ("A third source, an EU diplomat," → diplomat). */
  apposed?: string;
  /** An unnamed person whose description's relative clause withholds the name ("A police officer who asked not to be named"). */
  anonymous?: boolean;
}

/** Nouns for a business ("the company said", "the firm"), which stand for the company the article named by its legal form. */
const BUSINESS_NOUN = wordSet('company|corporation|firm');
/** Nouns for a body of people or a business, which a public body is not. */
const isPrivateBodyNoun = (head: string): boolean => /^union$/i.test(head) || BUSINESS_NOUN.has(head.toLowerCase());
/** The nouns of a spouse, whose gender the noun gives ("his wife", "her husband"). */
const SPOUSE_NOUNS = wordSet('wife|husband');
/** Head nouns a headline's description may stand for in the body's description of the same person ("chief": "head of"). */
const HEAD_NOUN_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([['chief', ['head']]]);
/** Nouns of one who belongs to a body or party, no role of their own ("the Opposition member", "the PNP member"). */
const MEMBER_NOUN = wordSet('member');
/** A business's name: its legal form or a word for a company last ("Acme Corp.", "Enbridge Inc.", "Ford Motor Company"). */
const isCompanyName = (name: string): boolean => COMPANY_FORM_END.test(name) || / (?:Corporation|Company|Holdings)$/.test(name);
/** How many sentences back "the company" finds the company named by its legal form ("Acme Corp."). */
const COMPANY_REACH = 40;
/** A union's name, by its last word ("United Auto Workers", "Teamsters", "Service Employees International Union"). */
const isUnionName = (name: string): boolean => /\b(?:Union|Teamsters|Guild|Workers|AFL-CIO)$/.test(name);
/** A body of members by its last word, a caucus's, a party's or an advocacy body's ("Parkview Residents' Association"). */
const isMembersBodyName = (name: string): boolean => /\b(?:Caucus|Party|Coalition|Alliance|Association|Federation)$/.test(name);
/**
 * A name no business bears: a union's or a body of members' ("The Parkview Residents' Association said tenants had gone
 * without heat … The corporation said repairs would take another week", a probe: "the corporation" was the residents'
 * association, named after the landlord "Toronto Community Housing Corp.").
 */
const NOT_A_BUSINESS = (name: string): boolean => isUnionName(name) || isMembersBodyName(name);
/**
 * A name no government department or ministry bears: a business's, a union's, or a caucus's, a party's or an advocacy
 * body's ("Progressive Senate Group": "The department has said …" is not the senators' group, a Hill Times-style probe).
 */
const NOT_A_DEPARTMENT = (name: string): boolean => isCompanyName(name) || NOT_A_BUSINESS(name) || /\b(?:Group|Institute)$/.test(name);
/** Body nouns and the names of another kind they never stand for ("the union" is no "Acme Corp.", "the company" no union). */
const NAMES_OF_OTHER_KIND: ReadonlyMap<string, (name: string) => boolean> = new Map([
  ['union', isCompanyName], ['company', NOT_A_COMPANY], ['corporation', NOT_A_COMPANY], ['firm', NOT_A_COMPANY],
  ['department', NOT_A_DEPARTMENT], ['ministry', NOT_A_DEPARTMENT],
]);
/** The last word of a public body's name ("State Emergency Service", "Department of Labor" aside). */
const PUBLIC_BODY_END = /\b(?:Service|Department|Ministry|Office|Agency|Commission|Court|Senate|House|Bureau|Administration|Council|Committee|Board|Police|Government|Army|Forces|Command|Parliament|Congress)$/;
/** The first words of a public body's name that its department's words follow ("Ministry of Infrastructure", "Department for Transport"). */
const PUBLIC_BODY_START = /^(?:Ministry|Department|Office) (?:of|for)\b/;
/**
 * A name no business bears: NOT_A_BUSINESS's, or a public body's by its first words or its last. "The company said it
 * was willing to meet with the Government" after "The Permanent Secretary in the Ministry of Infrastructure, Dr. Neville
 * Outten, said …" is the ferry operator named before, "Caicos Island Ferry Services Ltd" (a TC Weekly News-style probe,
 * probes-uu, test/fixtures/outlets tc-tcweeklynews-ferry-fares.txt, where it was the ministry).
 */
function NOT_A_COMPANY(name: string): boolean {
  return NOT_A_BUSINESS(name) || PUBLIC_BODY_END.test(name) || PUBLIC_BODY_START.test(name);
}
/** Lower-case nouns that make the name before them an outlet's ("Forbes magazine", "Televisa network"). */
const OUTLET_NOUN = wordSet('magazine|newspaper|network|website|tabloid|broadcaster');
/** An acronym of two to five capitals written with a plural "s" ("NEVs"): a kind of thing, no body's name. */
const PLURAL_ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})s(?![\p{L}\p{N}])/gu;
/**
 * The one place's name between a description's determiner and its head noun ("the ⟨Hefei⟩ bureau"), or undefined.
 */
function placeBeforeHead(toks: Tok[], m: Mention): string | undefined {
  const word = toks[m.i + 1];
  return m.j - m.i === 3 && !!word && word.cap && !word.poss && !word.punct && kindOfName(word.t) === 'place' ? word.t : undefined;
}
/** The token at j is an outlet's noun ending the phrase ("Forbes magazine started", not "the Forbes magazine list"). */
const outletNounAfter = (toks: Tok[], j: number): boolean => !!toks[j] && !toks[j].cap && OUTLET_NOUN.has(toks[j].l) && (!toks[j + 1] || toks[j + 1].punct || !nounAfterName(toks[j + 1].l));
/**
 * Nouns for a body of one kind, which stand for the body of that kind the article named just before, never a person:
 * an outlet ("the newspaper", "the network"), or any body ("the watchdog", "the commission").
 */
const BODY_KINDS: ReadonlyMap<string, { only?: (name: string) => boolean }> = new Map([
  // (a print outlet, never a broadcaster whose name ends like one: "The magazine said" is not CBS News, PolNeAR train,
  // Breitbart 2016-08-19)
  ...['newspaper', 'paper', 'magazine'].map(n => [n, { only: (name: string) => PRINT_OUTLET_NAME.test(name) && !NETWORK_NAME.test(name) }] as const),
  ...['network', 'broadcaster'].map(n => [n, { only: (name: string) => NETWORK_NAME.test(name) }] as const),
  ['outlet', { only: OUTLET_NAME }],
  ...['watchdog', 'regulator', 'commission', 'agency', 'organization', 'organisation', 'foundation'].map(n => [n, {}] as const),
]);
/** More nouns of a body that an article sets its name off after ("The regulator, Ofwat, said"), a business's trade among them ("The lender, Barclays, said"). */
const APPOSED_BODY_WORD = wordSet('regulator|charity|council|party|authority|board|ministry|provider|company|union|body');
/** The most words of a body's field or nation between "the" and its noun ("The Israeli military body"). */
const BODY_FIELD_WORDS = 2;
/** The most tokens of a relative clause between a body's description and its name set off after it ("that oversees aid to Gaza"). */
const RELATIVE_CLAUSE_COMMA_TOKENS = 8;
const isApposedBodyHead = (head: string): boolean => APPOSED_BODY_WORD.has(head) || BUSINESS_OF_A_TRADE.has(head);
/** A modifier of where a body is based ("Calgary-based", "Toronto-based"). */
const BASED_IN = /^\p{L}[\p{L}.]*-based$/u;
/** Body nouns for a group of people, which an outlet or a school is not. */
const GROUP_NOUN = wordSet('group|organization|organisation|association|coalition');
const NOT_A_GROUP = /\b(?:Times|Post|News|Journal|Tribune|Herald|Magazine|Daily|Gazette|Press|Reuters|AP|AFP|CNN|BBC|NBC|CBS|ABC|Fox|MSNBC|University|College|School)$/;
/** A party's people, named as a body ("Democrats"): no body a description stands for. */
const PEOPLE_OF_A_PARTY = wordSet('Democrats|Republicans');
/** The words for a grandchild, one or more ("grandson", "granddaughters", "grandkids"), as a regular expression's source. */
const GRANDCHILD = 'grand(?:son|daughter|child|children|sons|daughters|kids)';
/** "her grandson", "his grandkids": the owner's pronoun (captured) before a grandchild; global, read with matchAll. */
const ownersGrandchild = (pronoun: string): RegExp => new RegExp(`\\b(${pronoun}) ${GRANDCHILD}\\b`, 'gi');
/** A kin noun → the tie that gives it, its owner's pronoun and the kin ("the grandmother" of "her grandson"). */
const KIN_OF_NOUN: ReadonlyMap<string, RegExp> = new Map([
  ['grandmother', ownersGrandchild('her')],
  ['grandfather', ownersGrandchild('his')],
]);
/**
 * Role nouns for someone other than the people an article follows (a debate's moderator, an ad's announcer, a
 * physician; a case's employer, "The employer had argued that the hygienist … had access to patient lists", a Law
 * Times-style probe, where it went to a judge of the panel): never resolved to the most salient person, so shown as the
 * description, unnamed.
 */
/** "Members of the National Assembly's Finance and National Planning Committee": people of a body, the body after any owner. */
const PEOPLE_OF_BODY = /^(\p{Lu}\p{Ll}+) of (?:the )?(?:[^'’]+['’]s )?(.+)$/u;

/**
 * The body a group of its people is named after ("Members of the National Assembly's Finance and National Planning
 * Committee" → "Finance and National Planning Committee"); undefined for any other name.
 */
function bodyOfItsPeople(name: string): string | undefined {
  const m = PEOPLE_OF_BODY.exec(name);
  return m && isPluralPeopleNoun(m[1].toLowerCase()) ? m[2] : undefined;
}

const OTHER_PARTICIPANT = wordSet('moderator|host|announcer|narrator|anchor|interviewer|questioner|caller|stranger|colleague|physician|doctor|nurse|neighbor|neighbour|employer');
/**
 * Those of OTHER_PARTICIPANT that name a person by their tie to another, no part in the events ("Her colleague Ruth
 * Okonkwo-Baines, the MP for Hastings and Rye, said …", a BBC-style probe, test/fixtures/outlets
 * uk-bbc-welfare-rebellion.txt): the person so introduced may be re-mentioned by a role ("the former nurse said").
 */
const RELATION_TO_ANOTHER = wordSet('colleague|neighbor|neighbour');
/** A first-person possessive opening a description ("my father", "our mother"). */
const FIRST_PERSON_OWNER = wordSet('my|our');
/**
 * Officers of a legislature that Canadian outlets capitalise, whose nouns are no role nouns of the lexicon ("the
 * advocates" are people, "advocates a litany of rules" a verb): "The territory's Seniors' Advocate, Annie …, said".
 */
const LEGISLATIVE_OFFICER = wordSet('advocate|ombudsperson');
/** The words for the writer's parents, each to the one parent it names ("my mom" … "my own mother"). */
const WRITERS_PARENT: ReadonlyMap<string, string> = new Map([['mom', 'mother'], ['mum', 'mother'], ['mother', 'mother'], ['dad', 'father'], ['father', 'father']]);
/** Bare plurals of people: "Protesters", "Demonstrators", "Democrats". */
/** A description whose last word is a plural noun ("Ted Cruz’s associates", "three senators"). */
const PLURAL_HEAD = /(?:^|\s)[\p{Ll}-]+[^s’'\s]s$/u;
/**
 * A description whose head, the word before its first preposition or participle, is a plural of people: "People briefed
 * on the reshuffling", "Officials familiar with the talks" (PolNeAR train, NYT 2016-08-18, whose "And they insisted …"
 * went to Breitbart News LLC, named seven paragraphs before).
 */
function pluralPeopleBeforeModifier(name: string): boolean {
  const w = name.split(/\s+/);
  const k = w.findIndex((x, i) => i > 0 && (PREPOSITIONS.has(x) || /^[a-z]+(?:ed|ing)$/.test(x)));
  return k > 0 && isPluralPeopleNoun(w[k - 1].toLowerCase());
}
const PLURAL_GROUP = /^(?:\p{Lu})?[\p{Ll}-]+(?:ers|ors|ists|ants|ents|ians|ans|s)$/u;
const BYLINE_MAX = 120;
/** An outlet's name as a byline line writes it: up to four capitalised words, perhaps after "The" ("The Canadian Press"). */
const BYLINE_OUTLET = String.raw`(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
/** A byline of a name, a comma and the outlet, alone on its line: "Annick Gélinas, Montreal Gazette" (Postmedia). */
const OUTLET_BYLINE = new RegExp(String.raw`^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*,\s*${BYLINE_OUTLET}\s*$`, 'u');
/**
 * A byline of a name, a comma and the writer's newsroom role, alone on its line: "Oliver Wrexham-Boyd, Political
 * Correspondent" (a Times-style probe, test/fixtures/outlets uk-times-pmqs-prisons, where "the Conservative leader"
 * went to the writer), "Sam Whitworth-Lees, City reporter".
 */
const NEWSROOM_ROLE_END = String.raw`(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist)\s*$`;
const ROLE_BYLINE = pretested(new RegExp(NEWSROOM_ROLE_END),
  new RegExp(String.raw`^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*,\s*(?:[\p{L}-]+\s+){0,3}${NEWSROOM_ROLE_END}`, 'u'));
/**
 * An outlet's name alone on its line, the byline block's ("The Canadian Press", "Montreal Gazette" under the writer's
 * name): page furniture, no body an "it" of the story stands for (a Canadian Press-style probe: "It found that …" was
 * The Canadian Press, not the study).
 */
const OUTLET_LINE = new RegExp(String.raw`^\s*${BYLINE_OUTLET}\s*$`, 'u');

/** "Both" or "neither" standing alone for two people named together just before. */
const BOTH = wordSet('both|neither');

/** What ends a name set off after a description ("the company's chief executive, John J. Ferriola."). */
const APPOSITION_END = /^[,.;]$/;
/** The plural of a compound of "man" ("chairmen", "congressmen"), which the people's plurals leave out. */
const PLURAL_OF_MAN = /\p{Ll}men$/u;
/** How far back (characters) a description's words are looked for as written before (writtenBefore): an article's length. */
const DESCRIPTION_SEEN_REACH = 6000;
/** The tokens of a description of a determiner, one modifier and its head ("the university student"). */
const DETERMINER_MODIFIER_HEAD = 3;
/**
 * Nouns for someone's people, never that someone ("his operatives", "Trump's opponents", "Clinton's allies", "her
 * team", "his family", "her boss"): an owner before them is not the speaker.
 */
const PEOPLE_OF_SOMEONE = /^(?:operatives?|opponents?|rivals?|allies|ally|critics?|supporters?|backers?|loyalists?|surrogates?|associates?|team|staff|staffers?|counsel|forces|family|families|friends|parents?|children|kids|relatives?|boss|bosses|circle|entourage|people|camp|clients?)$/;

/** Prepositions that tie someone's people to that someone ("aides ⟨to⟩ Clinton", "supporters ⟨of⟩ Hillary Clinton"). */
const PEOPLE_LINK = wordSet('to|of|for|around');
/** Words for people that are no plural in "-s" ("people close to the Clintons", "those loyal to him"). */
const PEOPLE_WORD = wordSet('people|those');
/** Adjectives of nearness between such people and their link ("people ⟨close⟩ to the Clintons"). */
const NEAR_LINK = wordSet('close|closest|closer|loyal|near');

/**
 * Description m opens with a plural of people tied by a preposition to a name after it: "Aides to Clinton say",
 * "People close to the Clintons felt", "Friends of Mr. Clinton's who have seen him … say", "supporters of Democrat
 * Hillary Clinton say" (PolNeAR train): those people, unnamed, not the person named. Also by a participle of the side
 * they take: "Democrats supporting Mrs. Clinton have pointed to Senators Harry Reid …, Elizabeth Warren … and Chuck
 * Schumer … as potential peacemakers" (PolNeAR train, NYT 2016-04-28, was Hillary Clinton; the gold's own source of
 * "supporting" is "Democrats").
 */
function peopleOfNamed(toks: Tok[], m: Mention): boolean {
  let k = m.i;
  if (DETERMINERS.has(toks[k].l) && k + 1 < m.j) k++;
  if (!(pluralPeopleWord(toks[k].l) || PEOPLE_WORD.has(toks[k].l)) || toks[k].t === toks[k].t.toUpperCase()) return false;
  k++;
  if (k < m.j && NEAR_LINK.has(toks[k].l)) k++;
  // (the name is the rest of the phrase: not "people close to the vice president said", PolNeAR train, NYT 2016-08-17)
  return k + 1 < m.j && (PEOPLE_LINK.has(toks[k].l) || SIDE_TAKING_PARTICIPLE.has(toks[k].l)) && toks.slice(k + 1, m.j).every(t => t.cap || t.l === 'the');
}

/** A lower-case plural noun for people ("supporters", "experts", "aides", "senators"), not one person ("boss"). */
/** Prepositions of the place people are at, after their noun ("Traders ⟨at⟩ the Bo Central Market"). */
const PEOPLE_PLACE_PREPOSITIONS = wordSet('at|in|along|near');

/**
 * The head of description m is a plural of people (its first capital aside: "Traders", "Police") and a place ends it
 * after a preposition: "Traders at the Bo Central Market", "The Sierra Leone Police in Bo".
 */
function peopleAtPlaceIn(toks: Tok[], m: Mention): boolean {
  const head = m.head?.toLowerCase();
  if (!head) return false;
  let k = m.i;
  while (k < m.j - 2 && toks[k].l !== head) k++;
  if (toks[k].l !== head || !isPluralPeopleNoun(head) || !PEOPLE_PLACE_PREPOSITIONS.has(toks[k + 1].l) || toks[k + 1].cap) return false;
  for (let x = k + 2; x < m.j; x++) if (!toks[x].cap && !ARTICLES.has(toks[x].l)) return false;
  return toks[m.j - 1].cap;
}

function pluralPeople(t: Tok | undefined): boolean {
  return !!t && !t.cap && !t.punct && pluralPeopleWord(t.l);
}
/**
 * A person's office named by its owner ("Lee Jae-myung's office") when `head` is an office's noun and `owner` a person
 * (not an office already: "Her office" after "Lee's office said"); undefined otherwise.
 */
function ownersOffice(owner: string, head: string): string | undefined {
  const last = owner.split(' ').pop() ?? '';
  return OWNED_OFFICE.has(head) && !OWNED_OFFICE.has(last) && kindOfName(owner) === 'person' ? `${owner}'s ${head}` : undefined;
}

function pluralPeopleWord(l: string): boolean {
  if (l.length <= MIN_PLURAL_LETTERS || !endsInS(l)) return false;
  const one = l.slice(0, -1);
  return (isPersonNoun(one) && !THING_NOUN.has(one)) || isPluralPeopleNoun(l) || PEOPLE_OF_SOMEONE.test(l);
}
/** The fewest letters of a plural of people ("aides"; not "sons" of a name, "Bros"). */
const MIN_PLURAL_LETTERS = 4;

/** A head noun for a person or a group of people ("manager", "operatives", "attorneys", "Germans"). */
function isPersonHead(head: string): boolean {
  return isPersonNoun(head) || isPeopleGroup(head) || PEOPLE_OF_SOMEONE.test(head) || (head.length > 4 && head.endsWith('s') && isPersonNoun(head.slice(0, -1)));
}


const MAX_HEADLINE_WORDS = 20;
/** Role words between a sentence's opening description and the name it introduces ("campaign chairman"). */
const MAX_ROLE_WORDS = 3;
/** Words of an apposition read for its head noun ("Erica Garner, the oldest daughter of Eric Garner,", PolNeAR train, Wash. Post 2016-02-17). */
const MAX_APPOSITION_WORDS = 6;
/** Words a Title Case headline leaves in lower case: the function words of English and the short prepositions and conjunctions. */
const FUNCTION_WORD: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'nor', 'yet', 'off', 'onto', 'via', 'per']);
/** Pronouns of a person in the text that keep the person salient. */
const TEXT_PRONOUN = wordClass(['he', 'she', 'him', 'his', 'her', 'hers']);
/** Subject pronouns whose gender, opening the sentence after a name's, is that person's ("Walz … . She said"). */
const SUBJECT_PRONOUN_GENDER: Readonly<Record<string, Gender | undefined>> = { he: 'm', she: 'f' };
/** Object pronouns and their gender ("her" when it is no possessive). */
const OBJECT_PRONOUN_GENDER: Readonly<Record<string, Gender | undefined>> = { him: 'm', her: 'f' };
/** How many sentences after a document spoke "it" may still stand for it. */
const IT_REACH = 2;
/** The most tokens back from an "it" to the body that is the subject of a verb in its sentence (bodySubjectInSentence). */
const IT_SUBJECT_TOKENS = 16;
/** A lower-case noun of a body ("union", "agency", "confederation"). */
const isBodyNoun = (l: string): boolean => BODY_NOUN.has(l) || BODY_KINDS.has(l) || BODY_WORD.test(l.charAt(0).toUpperCase() + l.slice(1));
/**
 * How many descriptions deep the subject of a document's issuing verb is resolved ("the lawsuit" → "His campaign sued"
 * → the campaign's candidate): a description whose issuer's subject is itself again ends there.
 */
const SUBJECT_DEPTH = 3;
/** How many sentences back "the woman" looks for "a young woman" the article introduced. */
const INTRODUCED_REACH = 3;
/**
 * How many sentences back "the former emergency physician" looks for the apposition "said the minister, a former
 * emergency physician" (a quote's sentences count: the minister's two-sentence quote and one more sentence stand
 * between them in the probe, test/fixtures/outlets ca-record-coaticook-er.txt).
 */
const APPOSED_DESCRIPTION_REACH = 5;
/** The determiners of an unnamed description that the next paragraph's quote may name ("A marine biologist …, says"). */
const NAMED_NEXT_DETERMINERS = wordSet('a|an|another');
/**
 * An apposition at token j that opens on an age, "a" and "N-year-old", set off after a name: "Rami Haddad, a
 * 44-year-old electrician in Laval, received …" after the lede's "A Montreal man who fled Syria in 2016 says he has not
 * seen his wife …" (a CTV-style probe, test/fixtures/outlets ca-ctv-montreal-sponsorship-cap.txt, where the lede's
 * source stayed the description).
 */
const agedApposition = (toks: readonly Tok[], j: number): boolean =>
  toks[j]?.t === ',' && INDEFINITE_ARTICLES.has(toks[j + 1]?.l ?? '') && AGE_NOUN.test(toks[j + 2]?.t ?? '');
/** The most characters after the "for" or "of" of a description before the one it is of ("Housing Minister "). */
const DESCRIPTION_OWNER_CHARS = 40;
/** The words between a description and the one it is of ("A spokesperson ⟨for Housing Minister⟩ Robert …"): no mark. */
const DESCRIPTION_OWNER = new RegExp(`^\\s*(?:for|of)\\s[^.,;:"“”]{0,${DESCRIPTION_OWNER_CHARS}}$`);
/** The tokens of "the", a noun and a comma set off before a name ("the spokesperson, Kavya Menon, said"). */
const THE_NOUN_COMMA = 3;
/** The words of an apposition after a name that namedInNextQuote reads. */
const NAMED_NEXT_APPOSITION = 12;
/** A line of the article's body: it ends with a stop, perhaps before a closing mark (no headline, no deck). */
const BODY_LINE = /[.!?]["”’']?\s*$/;
/**
 * How many tokens back "the woman" looks at most, however long those sentences are (a text without full stops is one
 * sentence: the reach in sentences alone would be the whole text, read again for every description). The farthest
 * "a young woman" found on PolNeAR train, dev and the seeds is 35 tokens back; three long sentences are about 150.
 */
const INTRODUCED_TOKENS = 150;
/** How many words may stand between the article and the head noun ("a young woman", "an elderly Syrian man"). */
const INTRODUCED_MODIFIERS = 3;
/** The most tokens of the phrase after an introduced noun looked over for the comma that sets a name off after it. */
const INTRODUCED_PHRASE_TOKENS = 10;
/** Words that end the modifiers of "a … woman" (prepositions, conjunctions). */
const NOT_A_MODIFIER = wordSet('with|of|in|for|to|at|on|by|from|and|or|as|about|than|that|who');
/** The longest description "who" may follow ("the influential delegate and conservative activist"). */
const MAX_DESCRIPTION_WORDS = 7;
/** The most tokens before a sentence's end read for the "by" of its agent (relativeSubjectBefore). */
const AGENT_SENTENCE_TOKENS = 40;
/** A word that reads as a verb before its object ("tells", "rebuked", "slamming"). */
const VERB_ENDING = /(?:s|ed|ing)$/;
/** Sentence adverbs written between a subject and its verb ("Carter however said", "Obama too said"). */
const TRAILING_ADVERB = wordSet('however|though|too|also|meanwhile|instead|then|later|first|himself|herself');
/** Nouns for one unnamed source whom British copy calls "they" ("A Treasury source hit back. … they said"). */
const ANONYMOUS_ONE = wordSet('source|minister|official|insider|aide|adviser|backbencher|frontbencher');
/** The most words from the determiner to the source's noun ("One | senior cabinet minister"). */
const ANONYMOUS_SOURCE_WORDS = 4;
/** Nouns for a source that stand for the unnamed source quoted just before ("the person added", "the source said"). */
// (and "the executive", a role since probes-xx: "One chief financial officer, who asked not to be named …, said … ⏎ "…,"
// the executive said", test/fixtures/outlets nl-bloomberg-chip-export-licences.txt, went to the last person named)
const GENERIC_SOURCE = wordSet('person|source|official|executive');
/** The most names before "the official" read for the one person of an executive office (executiveNamedBefore). */
const EXECUTIVE_RUNS = 20;
/** How far after a description, in characters, the one the article describes so may be named (byDescription), past the lede. */
const DESCRIBED_AFTER_REACH = 1000;
/** Parts played for someone else: a description of one is no salient person the article never described so ("the aide", "the official", "the Toronto captain"). */
const SUBORDINATE_ROLE = wordSet('person|source|official|aide|staffer|employee|spokesman|spokeswoman|spokesperson|adviser|advisor|assistant|deputy|captain');
/** An unnamed source who spoke: its reading, its description without the body it speaks for, and that description's head noun. */
interface UnnamedSource { reading: Reading; noun: string; head: string }
/** The phrase after a source's head noun naming whom it speaks for ("… for the minister", "… at the agency"). */
// (after a lower-case head only, so that a body's "of" stays in its name: "A Bay of Plenty Regional Council spokesperson
// said … ⏎ “…,” the spokesperson said", a Stuff-style probe, nz-stuff-water-bottling, read the head "bay"; and "close to"
// is the owner's: "A source close to the justice secretary" is "A source")
const OWNER_PHRASE = /(?<=(?:^|\s)\p{Ll}[\p{L}'’-]*)(?:\s+close)?\s+(?:for|of|at|with|from|to)\s.*$/u;
/** The most tokens of a description's words after its head noun before ", who" ("… analyst | at Employment and Social Development Canada"). */
const DESCRIPTION_TAIL = 10;
/** The most tokens of a relative clause read for its pronouns. */
const RELATIVE_CLAUSE_TOKENS = 25;
/** One of a group ("One of those witnesses", "one of the nurses"): the group's words. */
const ONE_OF_GROUP = pretested(/^(?:one|another) of /iu, /^(?:one|another) of (?:the |those |these |his |her |their |its )?([\p{L}' -]+)$/iu);
/**
 * A relative clause that withholds only the surname ("who asked that her last name not be used"): the person is named
 * by a given name elsewhere, so the description is theirs, not an unnamed source's.
 */
const SURNAME_WITHHELD = /\b(?:last|family|sur) ?name\b/;
/**
 * The name an article gives a person in place of theirs, in the relative clause after the description ("One former
 * youth worker, whom the Star is calling Teresa because she fears …, said", "who asked to be identified only as Teresa",
 * "whom CBC News has agreed to call Teresa"; "A landlord who gave his name only as Mr Wong, who owns four subdivided
 * units …, said", an SCMP-style probe, test/fixtures/outlets hk-scmp-subdivided-flats-bill.txt, with its honorific):
 * the name, capitalised, in group 1.
 */
const PSEUDONYM_CUE = String.raw`\b(?:(?:is|are) (?:calling|referring to)|(?:has|have) agreed to call|identified (?:only )?(?:as|by the (?:pseudonym|name))|(?:using|under) the pseudonym|gave (?:his|her|their) (?:name|surname) (?:only )?as)\s+`;
const PSEUDONYM = pretested(new RegExp(PSEUDONYM_CUE), new RegExp(String.raw`${PSEUDONYM_CUE}((?:(?:Mr|Mrs|Ms|Miss)\.? )?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b`, 'u'));
/**
 * The name a person goes by, given in quotation marks or not, in a relative clause opening on "goes by" ("The ELN's
 * chief negotiator, who goes by the alias “Gabino Ortiz,” said …", a Colombia Reports-style probe,
 * test/fixtures/outlets co-colombiareports-eln-talks-cauca-bomb.txt): the alias is the name a reader is shown, in group 1.
 */
const ALIAS = pretested(/^\s*(?:goes|went) by the /, /^\s*(?:goes|went) by the (?:alias|nom de guerre|pseudonym|nickname|name)\s+["“]?(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\b/u);
/** How many characters after its "who" the clause giving an alias is read (ALIAS). */
const ALIAS_REACH = 80;
/** How many sentences back "his uncle" looks for "his uncle, Wilfred Ross," to stand for. */
const OWNED_APPOSITION_REACH = 2;
/** How many sentences back "his spokesman" may find the same role owned by a role noun ("The prime minister's official spokesman"). */
const OWNED_ROLE_REACH = 40;
/** The most words of a role noun's owner before its possessive ("prime minister's"). */
const OWNER_WORDS = 3;
/** Possessive pronouns of one person, whose role "his spokesman" may be one written before. */
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
/** Nouns of a body of people that a "they" may stand for ("the editorial board", "the newspaper", "the jury"). */
const COLLECTIVE_BODY = wordSet('board|team|committee|panel|newspaper|paper|campaign|court|jury');
/** The most words of a role set off after an unnamed source's description (", an EU diplomat,"). */
const APPOSED_ROLE_TOKENS = 4;
/** How many sentences after an unnamed source spoke "the person" may still stand for it. */
const UNNAMED_SOURCE_REACH = 3;
/** "a"/"an": the article of a description that a lede uses before it names the person. */
const INDEFINITE_ARTICLE = /^an?$/;
/** The most words of such a description ("A federal judge", "A senior coroner"). */
const LEDE_DESCRIPTION_WORDS = 3;
/** How many sentences after the headline's end a lede may start (a byline, a dateline line). */
const LEDE_SENTENCES = 1;
/** How many lines of page furniture more than LEDE_SENTENCES allows may stand between the headline and the lede. */
const LEDE_FURNITURE_LINES = 3;
/** How far after the headline's end a lede's description may stand, in characters. */
const LEDE_CHARS = 400;
/** Tokens of a sentence read for a role description opening it ("The GOP presidential candidate | sent"). */
const ROLE_SUBJECT_TOKENS = 12;
/** How many name runs an apposition after the first of two people joined by "and" may hold (", Republican of Iowa,"). */
const PAIR_RUNS_BETWEEN = 2;
/**
 * The most characters before a "they" or a "both" read back for the two people it stands for, within the sentence
 * before it (or the run of sentences "They" opens): a bound on an unbroken sentence or a long run of "They …"
 * sentences, where every pronoun read back to the start (an unbroken 1.6 MB line took seconds). The farthest pair in
 * PolNeAR train and dev starts 493 characters back.
 */
const PAIR_REACH_CHARS = 1500;
/**
 * The most characters around a mention read for a name's last word (namedAround, namedInParagraphBefore): a paragraph,
 * or a sentence, may be a whole one-line text. The farthest found in PolNeAR train and dev and the outlet fixtures is
 * 416 characters away.
 */
const NAMED_REACH_CHARS = 1500;
/** What may stand between a quote and the cue after it (cuedQuoteStart): blanks and a comma. */
const CUE_AFTER_QUOTE_GAP = /^[\s,]*$/;
/** A name set off as an apposition (leadInParagraphSubject): a comma right before it (text/wordShape.ts endsOnComma), or a
 * relative clause right after it. */
const SET_OFF_AFTER = /^,\s*(?:who|which|whose)\b/;
/** What may stand before a name that opens its sentence (leadInParagraphSubject): blanks and a mark, then three capitalised
 * words at most, its titles ("Mr.", "Goaltender", "British resident" not: a lower-case word is no title). */
const TITLES_ONLY = /^[\s"'“‘(]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** A comma and the capitalised titles at most before a name set off after another (leadInParagraphSubject apposedPerson):
 * "Lt. Col. (Rtd)", "Dr.", "Hon."; APPOSED_TITLES_CHARS long at most. */
const APPOSED_TITLES = /^,\s*(?:[\p{Lu}(][\p{L}.)]*\s+)*\(?$/u;
/** The most characters between that comma and the name (apposedPerson). */
const APPOSED_TITLES_CHARS = 40;
/** The most characters of a description's rest before the comma that sets off the name after it (apposedPerson). */
const APPOSITION_REACH = 60;
/** The most tokens of an apposition or a bracket after the first of two people joined by "and" (", Republican of Iowa,"). */
const PAIR_APPOSITION_TOKENS = 6;
/** A participle opening a sentence's opening clause ("Asked whether one was coming, the minister smiled"). */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u;
/** Tokens of an opening participle clause read for the comma that ends it. */
const OPENING_CLAUSE_TOKENS = 20;
/** The most lower-case words between a clause's verb and a possessive opening its object ("stood by | his"). */
const CLAUSE_VERB_WORDS = 2;
/** The most lower-case words between "but" or "and" and the subject pronoun of its clause ("but | even now at 86 | she": coordinateSubject's PolNeAR dev example). */
const COORDINATE_OPENER_WORDS = 4;
/** "though", "although": the words of concession that join a clause whose "they" goes on from the sentence's people. */
const CONCESSIVE = wordSet('though|although');
/** How many capitalized words or determiners may stand before the people that open a sentence ("City | staff"). */
const OPENING_PEOPLE_WORDS = 2;
/** How far back "who" looks for the name it follows. */
const WHO_REACH = 300;

export interface PeopleStage {
  /** `said`: the words attributed (a quote's or a paraphrase's), whose third-person names are not their speaker. */
  resolve(m: Mention, pos: number, said?: string): Reading;
  /** A quote (or, `reported`, reported speech, whose words are `content`) at [s, e) was attributed as `r`. */
  spoke(r: Reading, s: number, e: number, reported?: boolean, content?: string): void;
  /** Name run k lies inside a quote. */
  inQuote(k: number): boolean;
  kindOf(name: string): 'person' | 'organization' | 'unknown';
  isUnnamed(name: string): boolean;
  /** What the speaker `name` is, for the reader: a person, a body, a document, a group (./speakerKind.ts). */
  speakerKind(name: string): SpeakerKind;
}

interface Span { start: number; end: number }

/**
 * Names the lexicon reads as a person's, a known first name first, that the article writes only as the start of a
 * longer name of a body or a place, their last word never standing alone: "Sandy Hook", as in "Sandy Hook Elementary School" (PolNeAR train,
 * Politico 2016-08-08, where "… my son just graduated from first grade," he added went to "Sandy Hook" as a man by
 * the first name "Sandy"). Not "Barack Obama" beside "the Barack Obama Presidential Center": "Obama" names him alone.
 */
function personNamesOpeningBodies(runs: readonly NameRun[]): ReadonlySet<string> {
  const alone = new Set(runs.map(run => withoutPossessive(run.name)));
  const found = new Set<string>();
  for (const run of runs) {
    const words = run.name.split(' ');
    const kind = words.length > 2 ? kindOfName(run.name) : undefined;
    if (kind !== 'organization' && kind !== 'place') continue;
    for (let n = 2; n < words.length; n++) {
      const start = words.slice(0, n).join(' ');
      if (knownPersonName(start) && !alone.has(words[n - 1])) found.add(start);
    }
  }
  return found;
}

/** One of two names joined by "and" read as a person's (pairBefore, pairNamed in trackPeople): it came with a title, or knownPersonName. */
const pairedPerson = (name: string, title: string): boolean => !!title || knownPersonName(name);

/** A letter or a digit: a character a word goes on across (lastWordIn's bounds of a word). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function trackPeople(text: string, toks: Tok[], names: NameTable, quotes: readonly Span[]): PeopleStage {
  const lower = lowerCaseWords(toks);
  const midCaps = midSentenceCaps(toks);
  const openingBodies = personNamesOpeningBodies(names.runs);
  // (a verb form too: "Come again? ⏎ "Savage," she said" is Deja Stewart's, PolNeAR train, USA Today 2016-07-25)
  const people = new People(text, names.names, w => lower.has(w.toLowerCase()) || ((isCommonWord(w) || isVerbForm(w)) && !midCaps.has(w.toLowerCase())) || isPeopleGroup(w));
  const inQuote: boolean[] = [];
  const unnamed = new Set<string>();
  const headlineEnd = headline(text);
  const deckEnd = deck(text, headlineEnd);
  let qi = 0, openerOf = -1, sentStart = 0, opener: Mention | null = null;
  const inAnyQuote = (s: number, e: number) => {
    while (qi < quotes.length && quotes[qi].end <= s) qi++;
    return qi < quotes.length && s >= quotes[qi].start && e <= quotes[qi].end;
  };
  // a quoted passage of another text's narration ("McCrummen reports: ⏎ "Melanie thought … She was anxious …"): its
  // names and pronouns keep people salient as the article's own text does (the quote at qi holds the last span asked)
  /** The index of the name run that starts at token i, or -1 (the runs are in text order). */
  const runStartingAt = (i: number): number => {
    const r = countBefore(names.runs, run => run.i < i);
    return names.runs[r]?.i === i ? r : -1;
  };
  const narration = new Map<number, boolean>();
  const inSpeech = (s: number, e: number): boolean => {
    if (!inAnyQuote(s, e)) return false;
    let n = narration.get(qi);
    if (n === undefined) narration.set(qi, (n = isNarration(text, quotes[qi])));
    return !n;
  };
  /** Sentence n starts inside a quote: a quote of several sentences runs on past the sentence that opens it. */
  const startsInsideQuote = (n: number): boolean => {
    const at = people.sentences.start(n);
    const lo = countBefore(quotes, q => q.start < at);
    return lo > 0 && at < quotes[lo - 1].end;
  };
  /** The sentence after sentence n, past the further sentences of a quote n holds ("Graham said, “…? I believe …” ⏎ He continued"). */
  const sentenceAfter = (n: number): number => {
    let x = n + 1;
    while (x < people.sentences.count && startsInsideQuote(x)) x++;
    return x;
  };
  const isSubject = (s: number, i: number, j: number) => {
    const sent = people.sentences.sentence(s);
    if (sent !== openerOf) {
      openerOf = sent;
      sentStart = tokenAt(toks, people.sentences.start(sent));
      // (within the sentence: not "she" of the next one — 'The German chancellor, Angela Merkel, met Barack Obama in
      // Berlin. "We agree," she said.')
      const next = people.sentences.start(sent + 1);
      opener = sentenceOpener(toks, sentStart, Math.min(next === undefined ? toks.length : tokenAt(toks, next), sentStart + 60));
    }
    if (!opener) return opensWithVerb(toks, sentStart, i, j) || appositionToOpening(toks, sentStart, i, j) || afterOpeningWord(toks, sentStart, i, j) || afterOpeningRole(toks, sentStart, i, j);
    // (or a one-word name the opener passed over as an opening word: "Merkel met Obama.")
    if (opener.kind !== 'description') return (opener.i <= i && i < opener.j) || opensWithVerb(toks, sentStart, i, j);
    // "Trump campaign chairman Paul Manafort said": the name after a description opening the sentence, not the name
    // inside it (nor its verb's object: "The chancellor met Barack Obama")
    let k = opener.j;
    while (k < i && k < opener.j + MAX_ROLE_WORDS && !toks[k].punct && !toks[k].cap && mayBeRoleWord(toks[k].l)) k++;
    return k === i;
  };
  /**
   * "the senator" where the article described someone so before, in reach ("World Bank President Jim Yong Kim" …
   * "Obama said …" … "the president said"): the most salient of the people described so.
   */
  const describedSalient = (head: string, written: string, pos: number): { name: string; description: string } | undefined => {
    // (of those in reach alone, the only ones resolveRoleAmong may pick: not every pair described before)
    const described = names.describedBeforeAmong(head, pos, written, people.namesInReach(pos)).filter(d => sameOwner(written, d.description));
    if (!described.length) return undefined;
    const r = people.resolveRoleAmong(new Set(described.map(d => d.name)), head, written, pos);
    return r && described.find(d => d.name === r.name);
  };

  /** The last word of `name` is written as a word, in quotes or not, between `from` and `to`. */
  const lastWordIn = (name: string, from: number, to: number): boolean => {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const span = text.slice(from, to);
    for (let at = span.indexOf(last); at >= 0; at = span.indexOf(last, at + 1)) {
      if (!LETTER_OR_DIGIT.test(span[at - 1] ?? ' ') && !LETTER_OR_DIGIT.test(span[at + last.length] ?? ' ')) return true;
    }
    return false;
  };
  /** The last word of `name` is written in the paragraph holding `pos` or the sentence before it, up to the end of the sentence holding `pos` (NAMED_REACH_CHARS at most either way). */
  const namedAround = (name: string, pos: number): boolean => {
    const here = people.sentences.sentence(pos);
    const from = Math.min(paragraphOf(text, pos).s, people.sentences.start(Math.max(0, here - 1)));
    const to = here + 1 < people.sentences.count ? people.sentences.start(here + 1) : text.length;
    return lastWordIn(name, Math.max(from, pos - NAMED_REACH_CHARS), Math.min(to, pos + NAMED_REACH_CHARS));
  };
  /** The last word of `name` is written in the paragraph holding `pos`, before it (NAMED_REACH_CHARS at most). */
  const namedInParagraphBefore = (name: string, pos: number): boolean => lastWordIn(name, Math.max(paragraphOf(text, pos).s, pos - NAMED_REACH_CHARS), pos);

  /** The start of the last quote between the start of the sentence holding `pos` and `pos`; -1 when none. */
  const quoteStartBefore = (pos: number): number => {
    const start = people.sentences.start(people.sentences.sentence(pos));
    // (the quotes in text order: the last one starting before `pos`, found by bisection, and those before it in the sentence)
    const lo = countBefore(quotes, q => q.start < pos);
    for (let k = lo - 1; k >= 0 && quotes[k].start >= start; k--) if (quotes[k].end <= pos) return quotes[k].start;
    return -1;
  };

  /** The start of the quote a cue at `pos` follows, with a comma at most between ("“…,” the senator said"); undefined when none. */
  const cuedQuoteStart = (pos: number): number | undefined => {
    const quote = quotes[countBefore(quotes, q => q.start < pos) - 1];
    return quote && quote.end <= pos && CUE_AFTER_QUOTE_GAP.test(text.slice(quote.end, pos)) ? quote.start : undefined;
  };

  /**
   * "Pumas captain Julián Ocampo-Ferrer was more blunt. ⏎ “We lost this game ourselves. …,” the hooker said.": a role
   * description cueing a quote that opens its paragraph, after a paragraph of one sentence that names a person as its
   * subject, is that person (a lead-in), whoever else the article described so (a Nine-style probe, test/fixtures/outlets
   * au-nine-rugby-postmatch.txt, was the replacement hooker named paragraphs before; "Captain Nolan Brisebois-Kamara said
   * the younger players had noticed … ⏎ “…,” the centre said.", a Toronto Star-style column, ca-star-column-defenceman.txt,
   * stood as written; "Liu-Matheson, for her part, said she should have passed. ⏎ “…,” the Toronto forward said.", a
   * Canadian Press-style probe, ca-cp-sports-pwhl.txt, went to the forward named after it). Undefined otherwise.
   */
  const leadInParagraphSubject = (head: string, written: string, pos: number): string | undefined => {
    // (a noun for one person or one the article describes someone by, "the Toronto forward", no part others play nor a
    // body's or a group's noun: "“…,” the board said", "the moderator said", "the progressive heavyweights wrote", PolNeAR train)
    const noun = head.toLowerCase();
    if (OTHER_PARTICIPANT.has(noun) || !(isOnePersonWord(noun) || names.describedBefore(noun, text.length).length)) return undefined;
    const from = cuedQuoteStart(pos);
    if (from === undefined || text.slice(paragraphOf(text, from).s, from).trim()) return undefined;
    const leadIn = people.sentences.sentence(from) - 1;
    const start = leadIn >= 0 ? people.sentences.start(leadIn) : -1;
    // (the lead-in a paragraph of its own, with no quote in it; or the last sentence of a paragraph with none, whose
    // subject the paragraph names: "Lucie Boivin-Tremblay has worked at the same CPE … for 23 years. The 52-year-old said
    // she had never voted to strike before. ⏎ « Je n'ai jamais fait ça de ma vie », the educator said", a La Presse
    // Canadienne-style probe, ca-lpc-daycare-strike.txt, read so once its French-spaced » closed, probes-mm)
    const para = start >= 0 ? paragraphOf(text, start).s : -1;
    // (and no one else the article describes by the noun: "Marri-Abbasi then asked the secretary why … Durrani said the
    // package had been approved … ⏎ "…," the chairperson replied", a Dawn-style probe, pk-dawn-gas-tariff-senate.txt, is
    // the chairperson described before)
    const longer = para !== start;
    if (start < 0 || quoteStartBefore(from - 1) >= 0 || (longer && (countBefore(quotes, q => q.start < start) > countBefore(quotes, q => q.start < para) || names.describedBefore(noun, from).length))) return undefined;
    // (its subject, not one set off by commas or a relative clause: "The plan was first drawn up under the agency’s former
    // regional manager, Colin Arsenault-Park, who retired in 2024. ⏎ “…,” the minister said.", a Tyee-style probe,
    // ca-tyee-watershed-logging.txt)
    // (and named there, not a description read for someone: "The minister dismissed the claim …", a Citizen-style probe,
    // tz-citizen-dar-brt-fares.txt)
    const subject = people.lastSubjectBefore(head, written, from);
    // (a relative clause after a name that opens its sentence, after its titles at most, is no apposition: "The tanker
    // owners reject the accusations … Mr. Omar Robleh Guedi, who owns two trucks in PK12, explained that … ⏎ « … », the
    // transporter said.", a La Nation-style probe, test/fixtures/outlets dj-lanation-balbala-water-barrel-price.txt, stood
    // as written; "Goaltender Tomáš Novák-Reyes, who has faced fewer shots …, was quick to share the credit. ⏎ “…,” the
    // goaltender said.", ca-star-column-defenceman.txt, reads the same)
    if (!subject || subject.e > from || !lastWordIn(subject.name, para, from) || endsOnComma(text, start, subject.s)
      || (SET_OFF_AFTER.test(text.slice(subject.e, from)) && !TITLES_ONLY.test(text.slice(people.sentences.start(people.sentences.sentence(subject.s)), subject.s)))) return undefined;
    // (a title the name table read as a name, with the person's name set off after it, is that person: "The Municipal
    // Chief Executive for Ho, Lt. Col. (Rtd) Kodzo Agbenyega-Tsikata, said … ⏎ “…,” the chief executive said.", a Daily
    // Graphic-style probe, test/fixtures/outlets gh-graphic-ho-trotro-fares.txt, and "The PAICV MP elected by the Fogo
    // constituency, Dr. Arlindo Gomes Pina, said …", an Inforpress-style probe, cv-inforpress-ferry-fares.txt, and "The
    // Government Councillor-Minister for Finance and the Economy, Isabelle Fautrier-Gianotti, said …", a Monaco Life-style
    // probe, mc-monacolife-state-housing-plan.txt, were the titles; only for a name holding a title or a role noun and no
    // given name the lexicon knows)
    const who = !hasKnownFirstName(subject.name) && subject.name.split(/[\s-]/).some(w => TITLES.has(w.toLowerCase()) || isRoleNoun(w)) ? apposedPerson(subject.e) ?? subject.name : subject.name;
    return names.holdsOtherOffice(who, head) || describedAsOtherParticipant(who) ? undefined : who;
  };
  /**
   * The person whose name is set off by commas after the description that ends at or runs on from `e` (its rest, "elected
   * by the Fogo constituency", "and the Economy", APPOSITION_REACH characters at most before the comma), after
   * capitalised titles only (leadInParagraphSubject).
   */
  const apposedPerson = (e: number): string | undefined => {
    const rest = text.slice(e, e + APPOSITION_REACH + 1), at = rest.indexOf(','), comma = e + at;
    if (at < 0 || /[.;:!?"“”]/.test(rest.slice(0, at))) return undefined;
    for (let k = countBefore(names.runs, r => r.s <= comma); k < names.runs.length && names.runs[k].s - comma <= APPOSED_TITLES_CHARS; k++) {
      const run = names.runs[k];
      if (!APPOSED_TITLES.test(text.slice(comma, run.s))) return undefined;
      const name = names.canonical(run.name);
      if (kindOfName(name) === 'person' && name.includes(' ')) return /^\s*,/.test(text.slice(run.e, run.e + 3)) ? name : undefined;
    }
    return undefined;
  };

  /** A cue's pronoun at `pos` right after the quote its sentence opens with ("“…,” he says."). */
  const cuesOpeningQuote = (pos: number): boolean => {
    const start = people.sentences.start(people.sentences.sentence(pos));
    const q = quoteStartBefore(pos);
    if (q < 0 || text.slice(start, q).trim()) return false;
    const quote = quotes.find(x => x.start === q);
    return !!quote && /^[\s,]*$/.test(text.slice(quote.end, pos));
  };

  /**
   * "Rubio sought to stoke positive energy … Walking into the office …, the senator said": the subject of the sentence
   * before a role description at `pos`, of no other office or rank ("Vice President Joe Biden" is not "the president")
   * and no part others play.
   */
  const subjectReMentioned = (head: string, written: string, pos: number): string | undefined => {
    if (unheldOffice(head, written)) return undefined;
    const subject = people.recentSubject(head, written, pos, quoteStartBefore(pos));
    if (!subject || names.holdsOtherOffice(subject, head) || names.describedOtherwise(subject, head, written) || describedAsOtherParticipant(subject)) return undefined;
    // (nor when the article titles one other person so: "Neither Cruz nor Christie acknowledged … the president
    // proposed" is President Obama's, names.otherSoleHolder)
    if (names.otherSoleHolder(subject, head, written, pos)) return undefined;
    // (nor when the description names a place and the article described someone else so, with that place: "Sen.
    // Rosemary Tuccaro, a Cree senator from Manitoba … ⏎ Oyelaran said … ⏎ The Manitoba senator said", a Hill
    // Times-style probe, is Tuccaro)
    const placed = placesIn(written).length ? names.byDescription(head, pos, written) : undefined;
    return placed && placed.name !== subject ? undefined : subject;
  };

  /**
   * An independent office's title in lower case that the article never gives anyone, as a description or a title it
   * writes capitalised ("The parliamentary budget officer warned …", people/lexicon.ts isIndependentOffice; not "The
   * Lagos State Commissioner for Health, Prof. Adeyemi Ogunbanjo, … the commissioner added", a Punch-style probe): its
   * holder, unnamed, not the subject of the sentence before nor the most salient person.
   */
  const unheldOffice = (head: string, written: string): boolean => isIndependentOffice(written) && !text.includes(head[0].toUpperCase() + head.slice(1).toLowerCase())
    && !names.describedBefore(head, text.length, written, true).length;

  /** The article describes this person as a part others play ("Moderator Bret Baier"). */
  let otherParticipants: Set<string> | undefined;
  const describedAsOtherParticipant = (name: string): boolean => {
    // (read once per article: the people its descriptions end in such a part)
    if (!otherParticipants) {
      otherParticipants = new Set();
      for (const [written, description] of names.descriptions) {
        const part = description.slice(description.lastIndexOf(' ') + 1).toLowerCase();
        if (OTHER_PARTICIPANT.has(part) && !RELATION_TO_ANOTHER.has(part)) otherParticipants.add(names.canonical(written));
      }
    }
    return otherParticipants.has(name);
  };

  /**
   * The person a role description opening the sentence at token k stands for ("The Indiana governor said …"): the
   * most salient person the article described so, else the subject of the sentence before ("Ted Cruz is protesting … ⏎
   * The GOP presidential candidate sent out an email", PolNeAR train, Breitbart 2016-01-05; "Trump is taking questions …
   * ⏎ The billionaire businessman began", Breitbart 2016-02-08), else anyone described so, else the most salient person
   * of the role's gender; as a subject mention.
   */
  const roleSubject = (k: number): EntityMention | undefined => {
    // (or "the", an age and a demonym for one person, set off by a comma: "The 58-year-old Finn, a former steelworkers'
    // union official, said …", a Reuters-style probe, where "the former union official" after it found no one)
    const aged = toks[k].l === 'the' && agedDemonym(toks, k + 2, k + 3) ? { s: toks[k].s, e: toks[k + 2].e, kind: 'description' as const, i: k, j: k + 3, head: toks[k + 2].l } : undefined;
    const d = aged ?? descriptionOpening(toks, k, Math.min(toks.length, k + ROLE_SUBJECT_TOKENS));
    const head = d?.head;
    // (not "The director of the European Centre, Ina Kirsch, told": a role of a body, named after it)
    // (nor "The state reported …", a place: isPlaceAlone)
    if (!d || !head || toks[d.i].l !== 'the' || toks[d.j - 1].poss || PREPOSITIONS.has(toks[d.j]?.l ?? '') || !isRoleHead(head) || OTHER_PARTICIPANT.has(head) || nounGender(head) || isPlaceAlone(toks, d.i, d.j)) return undefined;
    const written = text.slice(d.s, d.e);
    const name = describedSalient(head, written, d.s)?.name ?? subjectReMentioned(head, written, d.s) ?? names.byDescription(head, d.s, written)?.name ??
      // (never the most salient person for a part played for someone else, as in resolveMention: "The Platte River employee
      // told FBI agents that …", PolNeAR train, Washington Post 2016-09-07, went to Hillary Clinton)
      (SUBORDINATE_ROLE.has(head.toLowerCase()) || unheldOffice(head, written) ? undefined : people.resolveRole(head, written, d.s)?.name);
    return name ? { s: d.s, e: d.e, name, subject: true, via: written } : undefined;
  };
  /**
   * A title Canadian outlets capitalise opening the sentence before its verb ("The Elder remembers that room well.", "The
   * Premier spent the morning in Sudbury."): the person the article titled so before, as the sentence's subject (the
   * title was a name "Elder" that took the next paragraph's "she said"; a CBC North-style probe). Only a title someone
   * bears in the article: "The Economist reported" stays the magazine.
   */
  const capitalisedTitleSubject = (k: number): EntityMention | undefined => {
    const title = toks[k + 1], verb = toks[k + 2];
    // (its verb right after it: "The Republican nominee, he said, …" is a description of its own, PolNeAR train)
    if (toks[k].l !== 'the' || !title?.cap || title.poss || !verb || verb.cap || !isVerbForm(verb.l) || !TITLES.has(title.l) || !isRoleHead(title.l)) return undefined;
    // (the most salient of those titled so, else the one titled so nearest, out of salience's reach)
    const name = describedSalient(title.l, title.t, title.s)?.name ?? names.byDescription(title.l, title.s, title.t)?.name;
    return name ? { s: toks[k].s, e: title.e, name, subject: true, via: text.slice(toks[k].s, title.e) } : undefined;
  };
  /**
   * "My own mother has her complaints too.": the writer's parent opening the sentence before its verb, when the article
   * set a name beside the writer's parent before ("My mom, Ngozi Okonjo-Clarke, had offered the room"), is that person,
   * as the sentence's subject, whatever the word for the parent (a HuffPost Canada-style first-person feature, where
   * "When I told her …, she asked me …" and the quote after it went to another woman quoted before).
   */
  const writersParentSubject = (k: number): EntityMention | undefined => {
    if (toks[k].l !== 'my') return undefined;
    const n = toks[k + 1]?.l === 'own' ? k + 2 : k + 1;
    const parent = WRITERS_PARENT.get(toks[n]?.l ?? ''), verb = toks[n + 1];
    if (!parent || !verb || verb.cap || verb.punct) return undefined;
    for (let x = k - 1; x >= 0; x--) {
      if (toks[x].l !== 'my' || WRITERS_PARENT.get(toks[x + 1]?.l ?? '') !== parent || toks[x + 2]?.t !== ',' || inSpeech(toks[x].s, toks[x].e)) continue;
      const run = names.runs[runStartingAt(x + 3)];
      if (!run || run.j - run.i < 2 || toks[run.j]?.t !== ',') return undefined;
      return { s: toks[k].s, e: toks[n].e, name: names.canonicalAt(run.name, run.s, run.title), subject: true, via: text.slice(toks[k].s, toks[n].e) };
    }
    return undefined;
  };
  /**
   * The same after an opening participle clause ("Asked whether one was coming, the minister smiled. ⏎ “Stay tuned,”
   * he said."): the role description after the clause's comma, the sentence's subject.
   */
  const roleAfterOpeningClause = (k: number): EntityMention | undefined => {
    if (!OPENING_PARTICIPLE.test(toks[k].t)) return undefined;
    const sentence = people.sentences.sentence(toks[k].s);
    for (let c = k + 1; c < toks.length && c < k + OPENING_CLAUSE_TOKENS && people.sentences.sentence(toks[c].s) === sentence; c++) {
      if (toks[c].t === ',') return toks[c + 1]?.l === 'the' ? roleSubject(c + 1) : undefined;
    }
    return undefined;
  };
  // one pass in text order over names and the pronouns outside quotes: each pronoun resolved to the most salient
  // entity so far counts as a mention of it ("Melanie thought … She was anxious … she said")
  let r = 0;
  const seen = new Set<string>();
  /** A name a "he" or "she" of gender g cannot stand for: a place, a body, or a person known to be of the other gender. */
  const notFor = (name: string, g: Gender): boolean => {
    const t = people.traitsOf(name);
    return t.kind === 'place' || t.kind === 'organization' || (!!t.gender && t.gender !== g);
  };
  // the subject name of the current sentence (for genderFromPronoun), and the other names that follow it there
  let subjectName: { name: string; sentence: number; others: string[] } | undefined;
  /** The gender of an object pronoun ("him") in the subject name's sentence: someone other than the subject. */
  let objectOfGender: { sentence: number; g: Gender } | undefined;
  let sentenceOfToken = -1;
  /** The name run that is its sentence's subject after a one-word qualifier of its role (modifierOfRole). */
  let subjectRun = -1;
  /** The end of a capitalised title read as its sentence's subject (capitalisedTitleSubject); -1 for none. */
  let titleRunEnd = -1;
  for (let k = 0; k < toks.length; k++) {
    const sentence = people.sentences.sentence(toks[k].s);
    if (sentence !== sentenceOfToken) {
      sentenceOfToken = sentence;
      // "The GOP presidential candidate sent out an email …" (PolNeAR train, Breitbart 2016-01-05): a role description
      // opening the sentence is a mention of the person it stands for, as the sentence's subject
      const reading = toks[k].s >= headlineEnd && !inSpeech(toks[k].s, toks[k].e);
      const titled = reading ? capitalisedTitleSubject(k) : undefined;
      const described = reading ? titled ?? roleSubject(k) ?? roleAfterOpeningClause(k) ?? writersParentSubject(k) : undefined;
      if (described) people.mention(described, '');
      // (the title's own run is no name of its own)
      titleRunEnd = titled ? k + 2 : -1;
    }
    const run = names.runs[r];
    if (run && run.i === k && run.j <= titleRunEnd) {
      inQuote[r] = inAnyQuote(run.s, run.e);
      r++;
      k = run.j - 1;
      continue;
    }
    if (run && run.i === k) {
      inQuote[r] = inAnyQuote(run.s, run.e);
      if ((!inQuote[r] || !inSpeech(run.s, run.e)) && run.s >= headlineEnd && !furniture(text, run.s) && !runsFromRunInHead(toks, run.i, run.j) && !placeAfterPreposition(toks, run.i, run.j) && !venueAfterPreposition(toks, run.i, run.j) && !modifierOfOwnedNoun(toks, run.i, run.j)) {
        // ("Radio talk host Rush Limbaugh used …": the qualifier's subject role goes to the person after the role)
        if (modifierOfRole(toks, run, names.runs[r + 1])) {
          if (isSubject(run.s, run.i, run.j)) subjectRun = r + 1;
          r++;
          k = run.j - 1;
          continue;
        }
        // ("Cyber security experts and U.S. officials, however, said …": a word written only to open a sentence, before
        // the lower-case words of a group of people, is a word of their description, no one a pronoun stands for; the
        // lede's first word after a byline, "By NAME ⏎ Commercial motorbike riders …", is written at no sentence's middle)
        if (modifierOfPeople(toks, run, tokenAt(toks, people.sentences.start(sentence))) && !midLineCaps(toks).has(toks[run.i].l)) {
          r++;
          k = run.j - 1;
          continue;
        }
        const name = names.canonicalOfRun(r);
        const introduced = !seen.has(name) && hasKnownFirstName(name) && introducedWith(toks, run.i, run.j);
        seen.add(name);
        // ("Gurleen's younger brother, Amrit Dhillon, 16, lit a candle": the subject role goes to the name set off after
        // the description the possessive owns, a CTV-style fixture where "he said" after it went to Gurleen)
        const owner = ownsApposition(toks, run);
        if (owner && (subjectRun === r || isSubject(run.s, run.i, run.j))) subjectRun = r + 1;
        const subject = !owner && (subjectRun === r || isSubject(run.s, run.i, run.j) || cueFollows(toks, run.j));
        // (the first token of the run's sentence: run.i is k, whose sentence the loop read above)
        const sentenceStart = tokenAt(toks, people.sentences.start(sentence));
        const listed = !subject && listedAfterColon(toks, sentenceStart, run.i, run.j);
        people.mention({ s: run.s, e: run.e, name, subject, introduced, ...(run.j - run.i >= 2 && roleNounBefore(toks, run.i) && { described: true }), ...(listed && { listed }) }, run.title || titleInRun(run.name));
        if (askerOfOpener(toks, run.i, sentenceStart)) people.asked(name, sentence);
        // ("Younger said the plan would fail. “It will not work,” he said.": the comparative of an adjective, a common
        // word that is no noun phrase alone, right before a verb of speech is a surname, a person's; one that only opens
        // sentences is otherwise no evidence)
        if (run.j - run.i === 1 && cueFollows(toks, run.j) && isAdjectiveDegree(toks[run.i].t)) people.traitsOf(name).personEvidence = true;
        // "Forbes magazine started the rich-list craze in 1982, when it published …": a name before an outlet's noun,
        // the sentence's subject, is the outlet, a thing "it" may stand for and "he" may not (not an owner: "Clinton’s
        // website"; nor one named in passing: "told El Universal newspaper")
        if (subject && outletNounAfter(toks, run.j) && !toks[run.j - 1].poss && kindOfName(name) !== 'place') people.traitsOf(name).thing = true;
        // ("Santé Québec, the Crown corporation that has managed …": a name the lexicon reads as a person's, set off
        // before a body's noun, is that body, which "The agency said" may then stand for; a CP-style fixture)
        if (kindOfName(name) === 'person' && apposedBodyNoun(toks, run.j)) people.traitsOf(name).kind = 'organization';
        // ("Tinder, the mobile dating application, can provide …", "The Brujas, a crew of female skateboarders, have
        // gathered …": a name of no known kind set off before a thing's or a body's noun is that thing, never what "he"
        // or "she" stands for; PolNeAR train, NYT 2016-02-09 and 2016-07-31, where "she suspects" went to Tinder and
        // "she said" after Ms. Olivieri to the Brujas)
        else if (kindOfName(name) === 'unknown' && apposedThingNoun(toks, run.j)) people.traitsOf(name).thing = true;
        // ("Urban Kos Pečnik, a 20-year-old student of mechanical engineering, …", "Ōpōtiki resident Tame Rāwiri, a member
        // of a hapū that voted against ratification, said …": a name of two words or more, of no known kind, set off
        // before a person's noun is a person's, whose first word may be a common one; a Slovenia Times- and an RNZ-style
        // fixture, where "he said" after it went to a man named sentences before)
        else if (kindOfName(name) === 'unknown' && run.j - run.i >= 2 && apposedPersonNoun(toks, run.j)) people.traitsOf(name).personEvidence = true;
        // (one the article writes only as the start of a body's or a place's name is no one "he" stands for, nor a body
        // "the union" stands for: personNamesOpeningBodies)
        if (openingBodies.has(withoutPossessive(run.name))) people.traitsOf(name).thing = true;
        const role = roleGender(toks, run.i, run.j);
        if (role) people.genderFromArticle(name, role);
        // (a name set off after a noun of kin is a person's, one word and all: "Jerome Bautista's wife, Maricar," whom
        // "She said" after it stands for; a Toronto Sun-style probe)
        if (role && run.j - run.i === 1 && appositionBeforeName(toks, run.i, run.j) && people.traitsOf(name).kind !== 'organization') people.traitsOf(name).personEvidence = true;
        // "In his remarks, Graham argued …": a possessive in the opening phrase, no name before the subject, is the
        // subject's (PolNeAR train, Breitbart 2016-03-20, where the lexicon's female "Lindsey" sent "he" to "La Raza")
        const opening = subject ? openingPossessive(toks, sentenceStart, run.i) : undefined;
        if (opening) people.genderFromPronoun(name, opening);
        if (subject) subjectName = { name, sentence, others: [] };
        else if (subjectName?.sentence === sentence && name !== subjectName.name) subjectName.others.push(name);
        else subjectName = undefined;
      }
      r++;
      k = run.j - 1;
      continue;
    }
    const t = toks[k];
    if (!inClass(t, TEXT_PRONOUN) || t.s < headlineEnd || inSpeech(t.s, t.e)) continue;
    // "Graham … his": a possessive pronoun referring back to the sentence's subject with no other name between
    // (not when another person of that gender is in reach: "Clinton … Groberg admits … her party")
    // (nor after an object "him" or "her" in that sentence, which is never its subject, so someone else of that gender:
    // "Boateng read it for him as he sat in the front row, his head in his hands", a Hamilton Spectator-style probe
    // where "his" made the Crown attorney Tanisha Boateng a man)
    const ownerOfPossessive = subjectName && SINGULAR_PERSONAL_POSSESSIVES.has(t.l) && possessive(toks, k);
    const objectGender = ownerOfPossessive ? undefined : OBJECT_PRONOUN_GENDER[t.l];
    if (subjectName && objectGender && people.sentences.sentence(t.s) === subjectName.sentence) objectOfGender = { sentence: subjectName.sentence, g: objectGender };
    if (subjectName && !subjectName.others.length && ownerOfPossessive && people.sentences.sentence(t.s) === subjectName.sentence) {
      const g = t.l === 'his' ? 'm' : 'f';
      const other = objectOfGender?.sentence === subjectName.sentence && objectOfGender.g === g;
      if (!other && !people.otherOfGender(subjectName.name, g, t.s)) people.genderFromPronoun(subjectName.name, g);
    }
    // "Walz approaches it a bit more diplomatically. She said …": a "he"/"she" opening the sentence right after the
    // one a name is the subject of, no other name between that the pronoun may stand for, states that person's gender
    // (not when another person of that gender is in reach: from the paragraph of the name's sentence on when the name
    // is a person's or stands in the pronoun's paragraph). "Maricel Dimaculangan-Ortiz has worked as a registered nurse …
    // for 14 years. She said …" after a paragraph about another woman, a Toronto Star-style probe, where the nurse stayed
    // of no gender and took a son's "he said"; not "FULL TEXT. ⏎ He has called China …", PolNeAR train, NYT 2016-05-09,
    // a page line in a paragraph of its own. A name of the other gender or of no person may stand between ("Tennis great
    // Billie Jean King remembered Ali as fun to be around. She witnessed …", PolNeAR train, Breitbart 2016-06-05, where
    // compromise's male "Billie" sent a later "she said" to Novak Djokovic, a girl named three paragraphs back blocking
    // the pronoun's reading; "Nefzi … said he never saw Mateen … He said …", Washington Post 2016-06-14)
    // (or one cueing the quote that opens that sentence: "Kwame Asante-Dubois, who co-ordinates …, says the letters are
    // landing hardest … ⏎ “…,” he says.", a HuffPost Canada-style probe, where "she said" of the woman named next went
    // to him, a given name the lexicon lacks). Not when the name asks a question there (People.asked), whose "he" or "she" is
    // the one who answers ("Sen. Hélène Boisvenu … asked the PBO whether his office had been given the documents … ⏎ He
    // said it had received …", a Hill Times-style probe, where the senator became a man and lost her "she said").
    // The next sentence is the one after the name's quote of several sentences: 'Graham said, “How many of you believe
    // … on immigration? I believe we’re losing the Hispanic vote …” ⏎ He continued, “…”' (PolNeAR train, Breitbart
    // 2015-12-03, where the lexicon's female "Lindsey" sent "He continued" and "He added" to Donald Trump).
    const g = SUBJECT_PRONOUN_GENDER[t.l];
    const sameParagraph = !!subjectName && people.sentences.paragraph(subjectName.sentence) === people.sentences.paragraph(people.sentences.sentence(t.s));
    if (g && subjectName && people.sentences.sentence(t.s) === sentenceAfter(subjectName.sentence) && (people.sentences.opens(t.s) || (cuesOpeningQuote(t.s) && kindOfName(subjectName.name) === 'person'))
      && subjectName.others.every(o => notFor(o, g))
      && !people.isAsker(subjectName.name, subjectName.sentence + 1)
      && !people.otherOfGender(subjectName.name, g, t.s, sameParagraph || kindOfName(subjectName.name) === 'person' ? subjectName.sentence : undefined)) people.genderFromNextSentence(subjectName.name, g);
    const resolved = people.resolvePronoun(t.l, t.s);
    if (resolved) people.mention({ s: t.s, e: t.e, name: resolved.name, subject: HE_SHE.has(t.l) && (isSubject(t.s, k, k + 1) || cueFollows(toks, k + 1)) }, '');
  }
  for (; r < names.runs.length; r++) inQuote[r] = inAnyQuote(names.runs[r].s, names.runs[r].e);

  // (a person's "who" passes over a place: "said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited
  // …" (PolNeAR train, USA Today 2016-02-05) and "Yelena Grigoryeva-Stern, a housing economist at a Moscow university
  // who asked that the university not be named" (test/fixtures/outlets, a Moscow Times-style probe) were the place)
  const nameBefore = (pos: number, person = false): string | undefined => {
    const lo = countBefore(names.runs, run => run.s < pos);
    for (let k = lo - 1; k >= 0 && pos - names.runs[k].e <= WHO_REACH; k--) {
      if (inQuote[k] || (person && kindOfName(names.runs[k].name) === 'place')) continue;
      return names.canonical(names.runs[k].name);
    }
    return undefined;
  };

  /**
   * The person of gender g named right before the verb whose object a possessive at token w opens ("Trump stood by |
   * his comment"): a name run outside quotes, then a verb form and at most CLAUSE_VERB_WORDS lower-case words, the run
   * after a mark, a conjunction or the sentence's start (its clause's subject, not a verb's object).
   */
  const clauseSubjectBefore = (w: number, g: Gender): string | undefined => {
    let v = w - 1;
    while (v > w - 1 - CLAUSE_VERB_WORDS && v > 0 && /^[a-z]+$/.test(toks[v].t) && !isVerbForm(toks[v].l)) v--;
    // (no word before a possessive that opens the article: "Her allies fear that …")
    if (v < 0 || v >= w || !/^[a-z]+$/.test(toks[v].t) || !isVerbForm(toks[v].l) || !toks[v - 1]?.cap) return undefined;
    const lo = countBefore(names.runs, run => run.j < v);
    const run = names.runs[lo];
    if (!run || run.j !== v || inQuote[lo] || toks[v - 1].poss) return undefined;
    const before = toks[run.i - 1];
    if (before && !before.punct && !COORDINATORS_AND_OR.has(before.l) && !OPENING_CONJUNCTIONS.has(before.l)) return undefined;
    const name = names.canonical(run.name);
    return people.traitsOf(name).gender === g && kindOfName(name) === 'person' ? name : undefined;
  };

  /** The first token of the sentence holding offset `pos`. */
  const sentenceStartToken = (pos: number): number => tokenAt(toks, people.sentences.start(people.sentences.sentence(pos)));
  /**
   * The word that `joins` a clause to the one before, at most COORDINATE_OPENER_WORDS lower-case words before token k
   * with no mark between ("…, but even now at 86 she", coordinateSubject's PolNeAR dev example; "…, though they caution"), or -1.
   */
  const joinerBefore = (k: number, joins: (t: Tok) => boolean): number => {
    let c = k - 1;
    while (c > 0 && c >= k - COORDINATE_OPENER_WORDS && !toks[c].punct && !toks[c].cap && !joins(toks[c])) c--;
    return c >= 0 && joins(toks[c]) ? c : -1;
  };

  /**
   * The description of one person that opens the sentence of a subject pronoun of gender g at token k, when the pronoun
   * opens the clause that "but" or "and" joins to the description's, at most COORDINATE_OPENER_WORDS lower-case words
   * after it: the clause's subject goes on from the sentence's. Not when its noun or its relative clause gives the other
   * gender, nor when a name of no body or place stands between (a person the pronoun may stand for). First written on a
   * PolNeAR dev example ("My mother has softened with age, but even now at 86 she still says …", an op-ed, where "she"
   * went to "Obama", named two paragraphs up), and it holds on no train article: without it PolNeAR train,
   * test/fixtures/outlets and us-probes outputs are unchanged ("The Democratic presidential nominee explained that Comey
   * was referring only to her interviews with the FBI - but she also insisted that …", Washington Post 2016-08-06, is
   * Hillary Clinton's without it too).
   */
  const coordinateSubject = (k: number, g: Gender): Mention | undefined => {
    const c = joinerBefore(k, t => COORDINATORS.has(t.l));
    if (c < 0) return undefined;
    const start = sentenceStartToken(toks[k].s);
    const d = descriptionOpening(toks, start, c, NOUN_MARKERS);
    const head = d?.head?.toLowerCase();
    if (!d || !head || withinQuote(quotes, d.s, d.e) || toks[d.j - 1].poss || !isPersonNoun(head) || isPluralPeopleNoun(head)) return undefined;
    const said = describedGender(d);
    return (said && said !== g) || !sameGenderBefore(d.j, c, g) ? undefined : d;
  };

  /**
   * The people that open the sentence of a "they" at token k, when the "they" opens a clause that a coordinator or
   * "though" joins to theirs, at most COORDINATE_OPENER_WORDS lower-case words after it ("City staff estimate it could
   * add about 11,000 homes over the next decade, though they caution that …", a Toronto Star-style probe, where "they"
   * was left unresolved): at most OPENING_PEOPLE_WORDS words, capitalized or determiners before a lower-case plural of
   * people or group noun, then a lower-case word. Not when a name or other people stand between ("Officials warned
   * residents, but they refused").
   */
  const pluralCoordinateSubject = (k: number): Mention | undefined => {
    const c = joinerBefore(k, t => COORDINATORS.has(t.l) || CONCESSIVE.has(t.l));
    if (c < 0) return undefined;
    const start = sentenceStartToken(toks[k].s);
    const peopleNoun = (t: Tok): boolean => isPluralPeopleNoun(t.l) || GROUP_NOUNS.has(t.l);
    const peopleWord = (t: Tok): boolean => !t.cap && peopleNoun(t);
    // (the sentence's first word, capitalized as it opens it: "Nurses estimate …, though they …")
    let h = start;
    if (!peopleNoun(toks[start])) while (h < c && h < start + OPENING_PEOPLE_WORDS && (toks[h].cap || DETERMINERS.has(toks[h].l)) && !toks[h].punct) h++;
    const head = toks[h];
    if (!head || h >= c || !(h === start ? peopleNoun(head) : peopleWord(head)) || withinQuote(quotes, head.s, head.e)) return undefined;
    const verb = toks[h + 1];
    if (!verb || verb.cap || verb.punct || PREPOSITIONS.has(verb.l)) return undefined;
    for (let b = h + 1; b < c; b++) if ((toks[b].cap && !toks[b].punct) || peopleWord(toks[b])) return undefined;
    return { s: toks[start].s, e: head.e, kind: 'description', i: start, j: h + 1, head: head.l };
  };

  /**
   * The first token of the sentence holding the pronoun at token k, when nothing in it before the pronoun names a person
   * or a plural of people (past the marks that open it: "(That was …"); undefined otherwise or in the first sentence.
   */
  const pronounSentenceStart = (k: number, pastQuotes = false): number | undefined => {
    const here = people.sentences.sentence(toks[k].s);
    if (here === 0) return undefined;
    const start = tokenAt(toks, people.sentences.start(here));
    let first = start;
    while (first < k && toks[first].punct) first++;
    for (let b = first + 1; b < k; b++) {
      if (pastQuotes && withinQuote(quotes, toks[b].s, toks[b].e)) continue;
      if ((toks[b].cap && !toks[b].punct) || isPluralPeopleNoun(toks[b].l)) return undefined;
    }
    return start;
  };
  /** The first token of the sentence before the one opening at token `start`. */
  const sentenceBeforeStart = (start: number): number => tokenAt(toks, people.sentences.start(people.sentences.sentence(toks[start].s) - 1));

  /**
   * The plural description of people that is a subject in the sentence before a "they" or "their" at token k (its head
   * a plural of people, an auxiliary right after it), when the pronoun's own sentence names no one and no people before
   * it: "… but all the pundits have been trying to convince you that Trump’s a complete fraud. (That was between their
   * smug assurances that he wouldn’t make it out of Iowa.)" (PolNeAR train, Breitbart 2016-05-04, where "their" went to
   * "TV", named two paragraphs before). The last such subject of that sentence; undefined when there is none.
   */
  const pluralSubjectBefore = (k: number, pastQuotes = false): Mention | undefined => {
    const start = pronounSentenceStart(k, pastQuotes);
    if (start === undefined) return undefined;
    const prev = sentenceBeforeStart(start);
    for (let h = start - 2; h > prev; h--) {
      const head = toks[h], verb = toks[h + 1];
      if (head.cap || !isPluralPeopleNoun(head.l) || !AUXILIARIES.has(verb.l) || withinQuote(quotes, head.s, head.e)) continue;
      let i = h;
      // (a party's or a place's name before the noun is a word of the group's: "Labour backbenchers were privately more
      // worried", test/fixtures/outlets uk-times-pmqs-prisons.txt)
      while (i > prev && (DETERMINERS.has(toks[i - 1].l) || SUBJECT_QUANTITIES.has(toks[i - 1].l) || (toks[i - 1].cap && !toks[i - 1].poss && !toks[i - 1].punct))) i--;
      // (a subject opens its clause, after a mark, "and", "but" or a relative pronoun: not "with voters - has matured",
      // "Mr. Trump's children would …", PolNeAR train, NYT 2016-01-29 and 2016-08-18)
      const before = toks[i - 1];
      if ((i > prev && !before.punct && !COORDINATORS.has(before.l) && !RELATIVE_PRONOUNS.has(before.l)) || DASH_GAP.test(text.slice(head.e, verb.s))) continue;
      return { s: toks[i].s, e: head.e, kind: 'description', i, j: h + 1, head: head.l };
    }
    return undefined;
  };

  /**
   * The description of one unnamed source that opens the sentence before a "they" at token k, with nothing in the
   * pronoun's sentence before it that names a person: "A Treasury source hit back. ⏎ “…,” they said.", "One cabinet
   * minister played down the row. ⏎ “…,” they said." (an i-style probe, test/fixtures/outlets uk-inews-renters-row,
   * where "they" was "they" and the landlords' association named before), British copy's singular "they" for a source
   * whose sex it keeps back.
   */
  const anonymousOneBefore = (k: number): Mention | undefined => {
    const start = pronounSentenceStart(k);
    if (start === undefined) return undefined;
    let i = sentenceBeforeStart(start);
    while (i < start && toks[i].punct) i++;
    // (a determiner of one opens such a source's description: "A Treasury source", "One cabinet minister")
    if (!ONE_DETERMINERS.has(toks[i]?.l ?? '') || withinQuote(quotes, toks[i].s, toks[i].e)) return undefined;
    for (let h = i + 1; h < start - 1 && h <= i + ANONYMOUS_SOURCE_WORDS; h++) {
      if (toks[h].punct) return undefined;
      if (ANONYMOUS_ONE.has(toks[h].l) && !toks[h].cap && !toks[h + 1].cap && !toks[h + 1].punct) return { s: toks[i].s, e: toks[h].e, kind: 'description', i, j: h + 1, head: toks[h].l };
    }
    return undefined;
  };

  /**
   * The description of one person, with a relative clause, that opens the sentence before a subject pronoun of gender g
   * at token k, when nothing in the pronoun's sentence before it names a person or stands for one of the other gender:
   * the names inside that clause are no one the pronoun goes back to ("A president who authorized the raid that killed
   * Osama bin Laden and who hoped to leave office … will instead hand his successor an unresolved war … Where he used to
   * boast …", PolNeAR train, NYT 2016-01-14, where "he" went to "Osama bin Laden"; "A woman who has accused former
   * President Bill Clinton of rape said … She also described …", PolNeAR train, Western Journal 2016-01-18).
   */
  const relativeSubjectBefore = (k: number, g: Gender): Mention | undefined => {
    const here = people.sentences.sentence(toks[k].s);
    if (here === 0) return undefined;
    const start = tokenAt(toks, people.sentences.start(here));
    if (!sameGenderBefore(start, k, g)) return undefined;
    const prev = tokenAt(toks, people.sentences.start(here - 1));
    let w = prev + 1;
    while (w < start && w <= prev + MAX_DESCRIPTION_WORDS && toks[w].l !== 'who') w++;
    let d = toks[w]?.l === 'who' ? descriptionBefore(toks, w) : undefined;
    // (or the agent after "by" that the sentence before ends on, a person described with "a" and a relative clause that
    // names no person: "The company's claim that … was questioned by a retired transport engineer who now teaches at a
    // college in the wilayat. He said …", an Oman Observer-style probe, where "He" went to a place named before, and
    // The Bhutanese and The Citizen-style probes, where it went to the person quoted before)
    const agent = !d || d.i !== prev ? agentWhoIn(prev, start) : undefined;
    if (agent !== undefined) {
      w = agent;
      d = descriptionBefore(toks, w);
      // (no person named in that sentence, before the agent or in its clause, where a one-word name after "at" or "in"
      // is a place, "who now runs a boatyard at Igombe", and one before a noun a word of its phrase, "the Sohar routes":
      // not "Mayor John Smith said the plan was questioned by a resident who … He said …")
      if (d && !sameGenderBefore(prev, start, g, true)) return undefined;
    }
    const head = d?.head?.toLowerCase();
    if (!d || !head || (agent === undefined && d.i !== prev) || !NOUN_MARKERS.has(toks[d.i].l) || withinQuote(quotes, d.s, d.e) || !isPersonNoun(head) || isPluralPeopleNoun(head)) return undefined;
    const said = describedGender(d);
    if (said && said !== g) return undefined;
    // (not when that sentence names the person it describes: "The woman who started it all identified herself to CNN as
    // a 52-year-old Salem, N.H., resident named Caroline. ⏎ “…,” she said of Trump.", PolNeAR train, Western Journal
    // 2016-02-09: "she" is Caroline)
    // (nor when a full name is set off right after the clause: "A former colleague who worked the same overnight shift,
    // Dariusz Whitfield-Amadi, agreed to speak to me … He says …", a Walrus-style probe, where "He" stayed the description)
    let close = w + 1;
    while (close < start && !toks[close].punct) close++;
    const lo = countBefore(names.runs, run => run.i < d.j);
    for (let n = lo; n < names.runs.length && names.runs[n].j <= start; n++) {
      const run = names.runs[n];
      if (!inQuote[n] && (NAMING.has(toks[run.i - 1]?.l ?? '') || (toks[close].t === ',' && run.i === close + 1 && run.j - run.i >= 2 && toks[run.j]?.t === ','))) return undefined;
    }
    return d;
  };

  /**
   * The "who" after a person described with "a" or "an" as the agent after "by" of a cue verb's passive ("was questioned
   * by", not a weak cue's, "was shot by") in the sentence of tokens [prev, start): one who spoke. Its description's first
   * word at most MAX_DESCRIPTION_WORDS tokens before it, the "by" within AGENT_SENTENCE_TOKENS of the sentence's end;
   * undefined when there is none. (Any word before the "a" instead of "by", an object too, "killed …, including a bus
   * driver who was shot. He said …", moved 7 PolNeAR train items, 6 of them wrong, and 2 outlet items, both wrong.)
   */
  const agentWhoIn = (prev: number, start: number): number | undefined => {
    for (let b = Math.max(prev + 2, start - AGENT_SENTENCE_TOKENS); b < start - 2; b++) {
      if (toks[b].l !== 'by' || toks[b].cap || !INDEFINITE_ARTICLE.test(toks[b + 1].l) || toks[b + 1].cap) continue;
      const verb = toks[b - 1];
      if (verb.cap || !CUES.has(verb.l) || WEAK_CUES.has(verb.l) || !BE_FORMS.has(toks[b - 2].l)) continue;
      for (let w = b + 2; w < start && w <= b + 1 + MAX_DESCRIPTION_WORDS && !toks[w].punct; w++) if (toks[w].l === 'who' && !toks[w].cap) return descriptionBefore(toks, w)?.i === b + 1 ? w : undefined;
    }
    return undefined;
  };

  /**
   * No name of a person (one of the other gender known aside), nor a pronoun of the other gender, outside quotes in
   * tokens [from, to): no one else a pronoun of gender g at `to` may stand for (`pastPlaces`: a name written right after a
   * preposition of place, placeAfterPreposition, or as a word of a noun phrase, modifierOfOwnedNoun, aside).
   */
  const sameGenderBefore = (from: number, to: number, g: Gender, pastPlaces = false): boolean => {
    const other = g === 'm' ? 'f' : 'm';
    const lo = countBefore(names.runs, run => run.i < from);
    for (let n = lo; n < names.runs.length && names.runs[n].j <= to; n++) {
      const run = names.runs[n];
      if (inQuote[n] || (pastPlaces && (placeAfterPreposition(toks, run.i, run.j) || modifierOfOwnedNoun(toks, run.i, run.j)))) continue;
      const t = people.traitsOf(names.canonical(names.runs[n].name));
      if (t.kind !== 'organization' && t.kind !== 'place' && t.gender !== other) return false;
    }
    for (let x = from; x < to; x++) if (pronounGender(toks[x].l) === other && !withinQuote(quotes, toks[x].s, toks[x].e)) return false;
    return true;
  };

  /**
   * Two people's names joined by "and" outside quotes, in the sentence holding `pos` (before it) or the one before
   * ("Sens. Mike Crapo and Jim Risch", "Wilcox and Beruff, a Sarasota Republican,"), the last such: "A and B".
   */
  const pairBefore = (pos: number): string | undefined => {
    // (further back across sentences that "They" opens: "… are Anna Palmer and Jake Sherman … ⏎ They are confident …
    // “mind-melds” …")
    // (PAIR_REACH_CHARS at most)
    const reach = pos - PAIR_REACH_CHARS;
    let first = people.sentences.sentence(pos) - 1;
    while (first > 0 && people.sentences.start(first) > reach && toks[sentenceStartOf(first)]?.t === 'They') first--;
    const floor = Math.max(people.sentences.start(Math.max(0, first)), reach);
    const lo = countBefore(names.runs, run => run.s < pos);
    for (let k = lo - 1; k > 0 && names.runs[k].s >= floor; k--) {
      const b = names.runs[k];
      if (inQuote[k]) continue;
      // (the first name may have runs of its own in the apposition after it: ", Republican of Iowa,")
      for (let a = k - 1; a >= 0 && a >= k - 1 - PAIR_RUNS_BETWEEN && names.runs[a].s >= floor; a--) {
        if (inQuote[a] || !coordinationGap(toks, names.runs[a].j, b.i)) continue;
        const x = names.canonicalOfRun(a), y = names.canonicalOfRun(k);
        if (x !== y && pairedPerson(x, names.runs[a].title) && pairedPerson(y, b.title)) return `${x} and ${y}`;
      }
    }
    return undefined;
  };

  /**
   * A name mention that joins two people's names by "and" ("Mr. Grassley and Mr. Leahy", "Edward-Isaac Dovere and
   * Gabriel Debenedetti", "Wilcox and Beruff"): "A and B", each by its canonical name; undefined for anything else
   * ("Science and Technology Directorate", "Trump and his attorneys").
   */
  let use: NameUse | undefined;
  /**
   * A name of a person's shape: a person's name whose first word may be a given name, or one word of no known kind;
   * none of its words a preposition, a title or a role ("Lakhdar Brahimi", "Menendez"; not "Vice President", not
   * "Strategists for Barack Obama"). Wider than quotes/attribution/followUp.ts fullPersonName, a mention of two words or
   * more that kindOfName calls a person's: here one word will do.
   */
  const personShapedName = (name: string): boolean => {
    const w = nameWords(name);
    const kind = kindOfName(name);
    return (kind === 'person' || (kind === 'unknown' && w.length === 1)) && mayBeGiven(w[0]) && !w.some(x => PREPOSITIONS.has(x) || TITLES.has(x.toLowerCase()) || isRoleNoun(x.toLowerCase()));
  };
  const pairNamed = (m: Mention): string | undefined => {
    let k = m.i + 1;
    while (k < m.j - 1 && toks[k].l !== 'and') k++;
    // (nor an "and" inside a title's portfolio: "Federal Minister for Science and Technology Ahsan Malik" is one
    // minister, not "Science and Ahsan Malik")
    // (nor one inside a list of a ministry's portfolios set off by commas: "Minister of Agriculture, Water Resources and
    // Fisheries Mongi Ben Romdhane said …", a TAP-style probe, test/fixtures/outlets tn-tap-olive-oil-prices-sfax.txt, was
    // "Resources and Ben Romdhane")
    if (k >= m.j - 1 || !toks[k - 1].cap || !toks[k + 1].cap || portfolioAfterTitle(toks, k + 1) || inPortfolioList(toks, m.i, k)) return undefined;
    const a = canonicalOf(toks, m.i, k), b = canonicalOf(toks, k + 1, m.j);
    const x = names.canonicalAt(a.name, toks[m.i].s, a.title), y = names.canonicalAt(b.name, toks[k + 1].s, b.title);
    // ("Khizr and Ghazala Khan": a couple, two people of one last name, ./couples.ts)
    const couple = coupleFirst(toks, { i: m.i, j: k }, { i: k + 1, j: m.j }, () => (use ??= nameUse(toks, names.runs.filter((_, n) => !inQuote[n]))));
    if (couple && !a.title) return `${names.canonical(couple)} and ${y}`;
    if (x === y) return undefined;
    if (pairedPerson(x, a.title) && pairedPerson(y, b.title)) return `${x} and ${y}`;
    // ("Both Brahimi and Lavrov insisted" after "Lakhdar Brahimi", "Edward-Isaac Dovere and Gabriel Debenedetti"): a
    // full name whose given name the lexicon does not know, or a one-word name of no known kind ("But Richards and
    // Menendez both stressed"), is a person's beside one it knows as a person's
    // (not the first words of a portfolio whose title and holder follow: "Community and Government Services Minister
    // David Akeeagok-Snow", one minister)
    return (pairedPerson(x, a.title) && personShapedName(y)) || (pairedPerson(y, b.title) && personShapedName(x) && !portfolioBeforeTitle(toks, k + 1, m.j)) ? `${x} and ${y}` : undefined;
  };

  /**
   * Two people's names joined by "and" that end mention m, after role words with no preposition ("brothers John and
   * Brian Meza", "Trailing contenders Ted Cruz and John Kasich"): "A and B" (pairNamed). Not people the two have
   * ("Spokesmen at the FBI and Justice Department would not discuss", PolNeAR train, Wash. Post 2016-03-03), nor a body
   * of theirs ("The Sanders and Clinton campaigns").
   */
  const pairWithin = (m: Mention): string | undefined => {
    const lo = countBefore(names.runs, run => run.i < m.i);
    for (let k = lo; k + 1 < names.runs.length && names.runs[k + 1].j <= m.j; k++) {
      const a = names.runs[k], b = names.runs[k + 1];
      if (b.i !== a.j + 1 || toks[a.j].l !== 'and') continue;
      if (b.j !== m.j || toks.slice(m.i, a.i).some(t => PREPOSITIONS.has(t.l))) return undefined;
      return pairNamed({ s: a.s, e: b.e, kind: 'name', i: a.i, j: b.j });
    }
    return undefined;
  };

  /**
   * A share written with a percent sign right before token w, the tokens leaving the sign out ("For Trump, a majority
   * of likely voters, 56%, have a negative response …, including 18% who say they would be dissatisfied", PolNeAR train,
   * USA Today 2016-02-17, where "who" was Donald Trump), as "64 percent who say" is (descriptionPhrase).
   */
  const percentBefore = (w: number): Mention | undefined => {
    const figure = toks[w - 1];
    if (!figure || !FIGURE.test(figure.t) || text.charAt(figure.e) !== PERCENT_SIGN) return undefined;
    return { s: figure.s, e: figure.e + 1, kind: 'description', i: w - 1, j: w, head: PERCENT_SIGN };
  };

  /**
   * The body described in lower case as the subject of a verb earlier in the sentence of an "it" at token i, the nearest
   * within IT_SUBJECT_TOKENS tokens ("Talks … stalled on Dec. 3 after Türkiye's largest labor confederation walked out
   * of the commission meeting, rejecting what it called an offer that “condemns workers to hunger.”", a Hürriyet Daily
   * News-style probe, test/fixtures/outlets tr-hurriyet-minimum-wage-talks.txt, where "it" was shown as written). Read
   * only for an "it" that no body named before stands for ("Montreal's transit authority will run fewer métro trains …,
   * a move it says will save …" stays the STM the caption named); no PolNeAR train or dev quote moves.
   */
  const bodySubjectInSentence = (i: number): Mention | undefined => {
    const start = sentenceStartToken(toks[i].s);
    for (let k = i - 2; k >= Math.max(start, i - IT_SUBJECT_TOKENS); k--) {
      const noun = toks[k], verb = toks[k + 1];
      if (noun.cap || noun.punct || verb.cap || verb.punct || !isBodyNoun(noun.l) || !isVerbForm(verb.l) || withinQuote(quotes, noun.s, noun.e)) continue;
      return nounPhraseEndingAt(toks, k + 1);
    }
    return undefined;
  };

  /**
   * "The union represents about 2,300 bus drivers. It says …", "The company posted a loss. It said …": the body a
   * sentence opens with ("the" and a lower-case body noun before its verb), for an "it" opening the next sentence.
   */
  const bodySubjectBefore = (i: number): Mention | undefined => {
    const here = people.sentences.sentence(toks[i].s);
    if (here === 0 || tokenAt(toks, people.sentences.start(here)) !== i) return undefined;
    return bodyOpening(tokenAt(toks, people.sentences.start(here - 1)));
  };

  /**
   * "The ministry says 305 new buses are expected …, which it says will cut waiting times …", a New Times-style probe,
   * test/fixtures/outlets rw-newtimes-kigali-bus-fares.txt, where "it" went to the outlet the article names: an "it"
   * right after a relative "which" and before a cue is the body its own sentence opens with as a cue's subject
   * (bodyOpening; not a body its name is set off after, "The union representing the hospital's nurses, the FIQ, warned
   * that …, which it said could push some to quit", ca-gazette-lachine-er-nights.txt, whose "it" is the FIQ).
   */
  const bodyOpeningBeforeWhich = (i: number): Mention | undefined => {
    if (toks[i - 1]?.l !== 'which' || !CUES.has(toks[i + 1]?.l ?? '')) return undefined;
    const body = bodyOpening(sentenceStartToken(toks[i].s));
    return body && CUES.has(toks[body.j]?.l ?? '') ? body : undefined;
  };

  /** The body a sentence opening at token k opens with: "the" and a lower-case body noun or a document's before its verb. */
  const bodyOpening = (k: number): Mention | undefined => {
    const det = toks[k], noun = toks[k + 1], verb = toks[k + 2];
    // (the sentence's own words, not a quote's: '"The army launched an offensive …," said the Observatory. It said …')
    // (or a document the sentence before opened with, a phrase set off after it or not: "The study, published Monday in
    // the journal Ecology Letters, compared … ⏎ It found that …", a Canadian Press-style probe)
    const document = !!noun && isDocumentNoun(noun.l) && (verb?.t === ',' || (!!verb && !verb.punct && !verb.cap));
    if (document && !noun.cap && !withinQuote(quotes, det.s, noun.e) && det.l === 'the') return { s: det.s, e: noun.e, kind: 'description', i: k, j: k + 2, head: noun.t };
    if (det?.l !== 'the' || !noun || noun.cap || noun.punct || !verb || verb.punct || verb.cap || withinQuote(quotes, det.s, noun.e)) return undefined;
    if (!BODY_KINDS.has(noun.l) && !BODY_WORD.test(noun.t.charAt(0).toUpperCase() + noun.t.slice(1))) return undefined;
    return { s: det.s, e: noun.e, kind: 'description', i: k, j: k + 2, head: noun.t };
  };

  /** A person's name (or, with `anyBody`, any name) written in [s, e). */
  const personIn = (s: number, e: number, anyBody: boolean): string | undefined => {
    const lo = countBefore(names.runs, run => run.s < s);
    for (let k = lo; k < names.runs.length && names.runs[k].e <= e; k++) {
      const name = names.canonical(names.runs[k].name);
      if (anyBody || knownPersonName(name)) return name;
    }
    return undefined;
  };

  /** The one person named from the start of the sentence before `pos`'s up to `pos` whom the article titles or describes with an executive office (EXECUTIVE_OFFICE). */
  const executiveNamedBefore = (pos: number): string | undefined => {
    const from = people.sentences.start(Math.max(0, people.sentences.sentence(pos) - 1));
    const found = new Set<string>();
    // (the last EXECUTIVE_RUNS names at most, so that one very long sentence is not read again for each "the official")
    const end = countBefore(names.runs, run => run.e <= pos);
    for (let k = Math.max(countBefore(names.runs, run => run.s < from), end - EXECUTIVE_RUNS); k < end; k++) {
      const name = names.canonicalOfRun(k);
      if (kindOfName(name) === 'person' && names.describedWith(name, EXECUTIVE_OFFICE)) found.add(name);
    }
    return found.size === 1 ? [...found][0] : undefined;
  };

  /** The one president of the past (isFormerUsPresident) the article names before `pos`; undefined for none or two. */
  const soleFormerPresidentBefore = (pos: number): string | undefined => {
    const found = new Set<string>();
    for (let k = 0; k < names.runs.length && names.runs[k].e <= pos; k++) {
      const name = names.canonical(names.runs[k].name);
      if (isFormerUsPresident(name)) found.add(name);
    }
    return found.size === 1 ? [...found][0] : undefined;
  };

  /**
   * A description that is one name run and nothing else, the last name of a person the article names in full with a
   * given name the lexicon lacks: that person ("Chicago Mayor Rahm Emanuel … Emanuel continues to face questions about
   * the city's delay in releasing the video", PolNeAR train, Washington Post 2015-12-04, was named "Emanuel"; personIn
   * asks for a given name the lexicon knows, so that a body's name is no person).
   */
  const wholeRunPerson = (m: Mention): string | undefined => {
    const r = runStartingAt(m.i);
    if (r < 0 || names.runs[r].j !== m.j || names.runs[r].j - names.runs[r].i !== 1) return undefined;
    const name = names.canonical(names.runs[r].name);
    return name !== names.runs[r].name && name.includes(' ') && kindOfName(name) === 'person' ? name : undefined;
  };

  /**
   * The one person whose name the article writes after the title that mention m is made of ("Energy Minister" →
   * "Federal Energy Minister Jonathan Whitlock-Baird"), when m holds no name of its own; undefined for none or two.
   */
  const soleTitled = (m: Mention): string | undefined => {
    const written = text.slice(m.s, m.e);
    const office = ` ${written.toLowerCase()}`;
    const holders = new Set(names.describedBefore(toks[m.j - 1].l, Infinity, written)
      .filter(d => ` ${d.description.toLowerCase()}`.endsWith(office) && d.name !== written).map(d => d.name));
    return holders.size === 1 ? [...holders][0] : undefined;
  };

  /**
   * The holder of an office written with its portfolio and no holder's name ("the Minister of Fisheries said"): the one
   * person described before by an office of that title whose portfolio opens with those words, no rank before it ("The
   * Minister of Fisheries and Maritime Economy, Mr. Ahmedou Ould Babana Ould Sidi, on Saturday announced …" … "The
   * Minister of Fisheries said that …", an AMI-style probe, test/fixtures/outlets mr-ami-nouadhibou-octopus-season.txt;
   * "the Minister of Commerce and Industry, Eng. Aladje Mamadu Baldé," … "The Minister of Commerce said that …", an O
   * Democrata-style probe, gw-odemocrata-cashew-farmgate-price.txt; both were the office). Undefined when none or two
   * people hold such an office in the article (soleTitled reads an office with no portfolio), or when the holder's name
   * is first written after the mention. Read once per office as written, and each holder's first name run once (a line
   * of many "the Minister of Fisheries" stays linear, test/bench/growth.mjs).
   */
  const shortenedOfficeHolder = (m: Mention): string | undefined => {
    const written = text.slice(m.s, m.e);
    const office = written.toLowerCase();
    let holder = officeHolders.get(office);
    if (!officeHolders.has(office)) officeHolders.set(office, (holder = soleOfficeHolder(written, office)));
    if (holder === undefined) return undefined;
    let first = holderNamedAt.get(holder);
    if (first === undefined) {
      const k = names.runs.findIndex((_, n) => !inQuote[n] && names.canonicalOfRun(n) === holder);
      holderNamedAt.set(holder, (first = k >= 0 ? names.runs[k].s : Infinity));
    }
    return first < m.s ? holder : undefined;
  };
  /** shortenedOfficeHolder's holder of each office as written (lower case), and where each holder's name is first written. */
  const officeHolders = new Map<string, string | undefined>();
  const holderNamedAt = new Map<string, number>();
  /** The one person described by an office of the title of `written` whose portfolio opens with its words (shortenedOfficeHolder). */
  const soleOfficeHolder = (written: string, office: string): string | undefined => {
    const tw = office.split(/\s+/);
    const head = titledOfficeHead(tw);
    if (head < 0) return undefined;
    const holders = new Set<string>();
    for (const d of names.describedBefore(tw[head], Infinity, written)) {
      const described = ` ${d.description.toLowerCase()}`;
      const at = described.indexOf(` ${office}`);
      if (at < 0 || d.name === written || kindOfName(d.name) !== 'person') continue;
      const rest = described.slice(at + office.length + 1);
      const before = described.slice(0, at).split(' ').pop() ?? '';
      if ((rest === '' || rest.startsWith(' and ') || rest.startsWith(',')) && !RANK_WORD.test(before)) holders.add(d.name);
    }
    return holders.size === 1 ? [...holders][0] : undefined;
  };

  /**
   * A person's name set off by a comma at token k and ended by a comma or a period ("…, Bruce Turry, who"), outside quotes
   * (`kin`: after a noun of kin or one that gives a gender, nounGender's "wife", "daughter", "woman", a given name alone
   * the lexicon lacks too, "Sidhu's wife, Rajwinder, said").
   */
  /**
   * The comma that closes a relative clause of "that" or "which" right after a description ending at token j, with no
   * mark inside it and at most RELATIVE_CLAUSE_COMMA_TOKENS tokens ("The Israeli military body | that oversees aid to
   * Gaza |, COGAT, said"); else j itself.
   */
  const relativeClauseComma = (j: number): number => {
    if (toks[j]?.l !== 'that' && toks[j]?.l !== 'which') return j;
    let k = j + 1;
    while (k < toks.length && k - j <= RELATIVE_CLAUSE_COMMA_TOKENS && !toks[k].punct && !toks[k].br) k++;
    return toks[k]?.t === ',' && k - j > 2 ? k : j;
  };

  const apposedName = (k: number, body = false, kin = false): string | undefined => {
    const comma = toks[k], first = toks[k + 1];
    if (comma?.t !== ',' || !first) return undefined;
    // ("Another rider, university student Jacob Ouellette, said": the name may follow a lower-case role of its own)
    // (a body's name after "the": ", the Syndicat des cols bleus regroupés de Montréal,")
    const from = body && first.l === 'the' && toks[k + 2]?.cap ? k + 2 : afterApposedRole(toks, k + 1);
    const r = runStartingAt(from);
    const run = names.runs[r];
    // (a courtesy title before the name is no office of its own: "The Bo City Council's Chief Administrator, Mr Abu Bakarr
    // Lahai-Musa, noted that …", an Awoko-style probe, test/fixtures/outlets sl-awoko-bo-market-relocation.txt, whose
    // source was "Administrator")
    if (!run || inQuote[r] || !run.title.split(' ').every(w => w === '' || isHonorific(w)) || (toks[run.j] && !APPOSITION_END.test(toks[run.j].t))) return undefined;
    const name = names.canonicalAt(run.name, run.s, run.title);
    if (body) return kindOfName(name) !== 'person' && kindOfName(name) !== 'place' && !hasKnownFirstName(name) ? name : undefined;
    // (a given name the lexicon does not know too: "Ontario's Minister of Northern Development, Priya Kashyap-Moore,
    // said", test/fixtures/outlets; the commas and the description before them say it is a person)
    // (or a given name alone the lexicon knows: "His daughter, Naomi, said", "her husband, Gary,")
    // (or, after a noun of kin, one it lacks: "Sidhu's wife, Rajwinder, said outside the courthouse …", a Sudbury
    // Star-style probe, test/fixtures/outlets ca-sudburystar-assault-sentence.txt, where "Sidhu's wife" went to the
    // daughter the article names after her, "Her daughter, Simran Sidhu, 22,", as the Sidhu woman it gives a gender)
    const givenAlone = !name.includes(' ') && (firstNameGender(name) !== undefined || (kin && kindOfName(name) !== 'organization' && kindOfName(name) !== 'place'));
    return (kindOfName(name) === 'person' && (hasKnownFirstName(name) || name.includes(' '))) || givenAlone ? name : undefined;
  };

  /**
   * An unnamed source's description names one person: its head noun a person's ("a 52-year-old cab driver"), or one of a
   * group of people ("One of those witnesses"; not "one" alone, "one suggested she marry an American", PolNeAR train).
   */
  const describesOnePerson = (description: string): boolean => {
    const ofGroup = ONE_OF_GROUP.exec(description);
    if (ofGroup) return isPluralPeopleNoun(ofGroup[1].slice(ofGroup[1].lastIndexOf(' ') + 1));
    const noun = description.replace(OWNER_PHRASE, '');
    const head = noun.slice(noun.lastIndexOf(' ') + 1).toLowerCase();
    return isPersonNoun(head) && !PLURAL_HEAD.test(noun);
  };

  /** The body that spoke last (quoted or reported), in the sentence before `pos` or its own; undefined for a person or none. */
  const bodySpokeBefore = (pos: number): string | undefined => {
    const back = lastSource ? people.sentences.sentence(pos) - lastSource.sentence : -1;
    const r = lastSource?.reading;
    return r && back >= 0 && back <= 1 && !r.unnamed && !r.pair && kindOfName(r.name) === 'organization' ? r.name : undefined;
  };

  /**
   * "his uncle" (description m: a possessive pronoun and one noun) written again within OWNED_APPOSITION_REACH sentences
   * of where the same two words stood before a name set off by commas ("… would stay with his uncle, Wilfred Ross, until
   * …"): that name (an APTN-style probe, where the quote went to "his uncle"). The pronoun's owner is the same
   * person's so near; any other noun between is not the same description ("his cousin" is not "his uncle").
   */
  const ownedApposedBefore = (m: Mention): string | undefined => {
    if (m.j - m.i !== 2 || !THIRD_PERSON_POSSESSIVES.has(toks[m.i].l) || toks[m.i + 1].cap) return undefined;
    const floor = people.sentences.start(Math.max(0, people.sentences.sentence(toks[m.i].s) - OWNED_APPOSITION_REACH));
    for (let k = m.i - 1; k >= 0 && toks[k].s >= floor; k--) {
      if (toks[k].l === toks[m.i].l && toks[k + 1]?.l === toks[m.i + 1].l && toks[k + 2]?.t === ',' && !inSpeech(toks[k].s, toks[k].e)) return apposedName(k + 2);
    }
    return undefined;
  };

  /**
   * "his spokesman" (description m: "his" or "her" and a role noun) after the same role owned by a role noun the
   * article wrote within OWNED_ROLE_REACH sentences before, when that owner's noun stands in m's own sentence: that
   * description ("The prime minister's official spokesman said … ⏎ Asked whether the prime minister would meet the RCN,
   * his spokesman said he had "no plans" …", a Sky News-style probe, test/fixtures/outlets uk-sky-no10-nurses-pay.txt,
   * where the quote went to "his spokesman").
   */
  const ownedRoleBefore = (m: Mention): string | undefined => {
    const role = toks[m.i + 1];
    if (m.j - m.i !== 2 || !OWNING_PRONOUNS.has(toks[m.i].l) || role.cap || !isRoleNoun(role.l)) return undefined;
    const open = sentenceStartToken(toks[m.i].s);
    const floor = people.sentences.start(Math.max(0, people.sentences.sentence(toks[m.i].s) - OWNED_ROLE_REACH));
    for (let k = open - 1; k > 1 && toks[k].s >= floor; k--) {
      if (toks[k].l !== role.l || toks[k].cap) continue;
      // (the owner's possessive right before the role, or one adjective before it: "minister's official spokesman")
      const p = toks[k - 1].poss ? k - 1 : toks[k - 2].poss && !toks[k - 1].punct ? k - 2 : -1;
      if (p < 0 || toks[p].cap || !toks.slice(open, m.i).some(t => t.l === toks[p].l && !t.poss)) continue;
      let a = p;
      while (a > 0 && !toks[a - 1].punct && !toks[a - 1].cap && !DETERMINERS.has(toks[a - 1].l) && p - a < OWNER_WORDS) a--;
      return text.slice(toks[a].s, toks[k].e);
    }
    return undefined;
  };

  /**
   * "B.C.'s Agriculture Minister, Pam Whitford-Akande, said": a title with no name, name mention m, is the person named
   * after it (also an office of an "of" phrase: "Saskatchewan's Minister of Public Safety, Michael Weger, said").
   */
  const officeHolderApposed = (m: Mention): string | undefined => {
    // (or an office capitalised as its role noun: "The territory's Seniors' Advocate, Annie Kootoo-Arnakaq, said", a CBC
    // North-style probe, was "Advocate")
    const last = toks[m.j - 1];
    const office = (TITLES.has(last.l) && isPersonNoun(last.l)) || (last.cap && (isRoleNoun(last.l) || LEGISLATIVE_OFFICER.has(last.l))) || (TITLES.has(toks[m.i].l) && isPersonNoun(toks[m.i].l) && toks[m.i + 1]?.l === 'of');
    return office ? apposedName(m.j) : undefined;
  };

  /** The entity a possessive pronoun owning a source stands for ("its website" is a body of its own paragraph). */
  const ownerPronoun = (word: string, pos: number): string | undefined =>
    (word === 'its' ? people.resolveOwnerInParagraph(word, pos) : people.resolvePronoun(word, pos))?.name;

  /** A past-role word, up to three lower-case words of a role and a name ("Former housing chief Stanley Chow Tak-ming"). */
  const titledPastPattern = (word: string): RegExp =>
    new RegExp(`\\b[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}\\s+(?:\\p{Ll}+\\s+){1,3}(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3})`, 'gu');
  /** The persons of such phrases in `within`, those matched, each with the one person of all up to it (undefined: none or more). */
  const solePersons = (within: string, word: string): { s: number; e: number; sole: string | undefined }[] => {
    const people = new Set<string>();
    return [...within.matchAll(titledPastPattern(word))].map(x => {
      const name = names.canonical(x[1]);
      if (kindOfName(name) === 'person') people.add(name);
      return { s: x.index ?? 0, e: (x.index ?? 0) + x[0].length, sole: people.size === 1 ? [...people][0] : undefined };
    });
  };
  /** solePersons over the whole article, by past-role word: read once, not over the text before each mention. */
  const titledPast = new Map<string, ReturnType<typeof solePersons>>();
  /**
   * The one person the article names before `pos` after a past-role word and up to three lower-case words of a role
   * ("Former housing chief Stanley Chow Tak-ming"); undefined when none or more than one. (A phrase that runs past `pos`
   * is read again in the text before it, where it may end sooner.)
   */
  const soleTitledPast = (word: string, pos: number): string | undefined => {
    let found = titledPast.get(word);
    if (!found) titledPast.set(word, (found = solePersons(text, word)));
    const n = countBefore(found, x => x.s < pos);
    if (n > 0 && found[n - 1].e > pos) return solePersons(text.slice(0, pos), word).pop()?.sole;
    return n > 0 ? found[n - 1].sole : undefined;
  };

  /** Where each "\n\n" of the text starts, in order (a paragraph break; "\n\n\n" holds two). */
  let breaks: number[] | undefined;
  /** text.lastIndexOf('\n\n', q), by a search of `breaks`, not a scan back over the text. */
  const breakAtOrBefore = (q: number): number => {
    if (!breaks) { breaks = []; for (let k = text.indexOf('\n\n'); k >= 0; k = text.indexOf('\n\n', k + 1)) breaks.push(k); }
    const n = countBefore(breaks, k => k <= Math.max(0, q));
    return n > 0 ? breaks[n - 1] : -1;
  };
  /** The kin phrases of KIN_OF_NOUN found over the whole article, by kin noun: read once, not before each mention. */
  const kinPhrases = new Map<string, RegExpMatchArray[]>();

  /**
   * The person a kin noun at `pos` ("the grandmother") stands for: the owner of the last "her grandson" (or another
   * kin of that tie) written in the paragraph before `pos` or its own, resolved at that pronoun; undefined when none.
   */
  const ownerOfKin = (noun: string, pos: number): string | undefined => {
    const kin = KIN_OF_NOUN.get(noun);
    if (!kin) return undefined;
    const from = Math.max(0, breakAtOrBefore(Math.max(0, breakAtOrBefore(pos - 1) - 1)));
    let all = kinPhrases.get(noun);
    if (!all) kinPhrases.set(noun, (all = [...text.matchAll(kin)]));
    const n = countBefore(all, x => (x.index ?? 0) < pos);
    const found = n > 0 ? all[n - 1] : undefined;
    let at = found?.index ?? -1, owner = found?.[1];
    // (one that runs past `pos` is read again in the text before it, where it may end sooner)
    if (found && at + found[0].length > pos) {
      at = -1;
      for (const x of text.slice(from, pos).matchAll(kin)) [at, owner] = [from + (x.index ?? 0), x[1]];
    }
    if (at < from || !owner) return undefined;
    const name = ownerPronoun(owner.toLowerCase(), at);
    return name && kindOfName(name) === 'person' ? name : undefined;
  };

  let subjectDepth = 0;
  const documents: DocumentContext = {
    text,
    toks,
    runs: names.runs,
    inQuote: k => inQuote[k],
    canonical: (name, pos, title) => (pos === undefined ? names.canonical(name) : names.canonicalAt(name, pos, title)),
    kindOf: kindOfName,
    pronoun: ownerPronoun,
    subjectOf(v) {
      const start = sentenceStartToken(toks[v].s);
      const m = start < v ? subjectBefore(toks, v - 1, start) : null;
      if (!m) return undefined;
      // "The Cruz campaign sent a fundraising email": a description of a named body or of someone's people (a
      // description of a document asks for its issuer's subject in turn: at most SUBJECT_DEPTH deep, so that "In the
      // poll, 47 percent said …" cannot ask for itself)
      if (m.kind === 'description') {
        if (subjectDepth >= SUBJECT_DEPTH) return undefined;
        subjectDepth++;
        try {
          const r = resolveDescription(m, toks[v].s);
          return !r.unnamed || holdsName(toks, m.i, m.j) ? r.name : undefined;
        } finally {
          subjectDepth--;
        }
      }
      if (m.kind === 'pronoun') return people.resolvePronoun(toks[m.i].l, m.s)?.name;
      // ("Ontario's Minister of Northern Development, Priya Kashyap-Moore, said in a statement": the minister's)
      const titled = officeHolderApposed(m);
      if (titled) return titled;
      const name = names.canonical(canonicalOf(toks, m.i, m.j).name);
      const kind = kindOfName(name);
      return kind === 'place' || kind === 'label' ? undefined : name;
    },
  };

  const sentenceStartOf = (sentence: number) => tokenAt(toks, people.sentences.start(sentence));
  const campaigns: CampaignContext = {
    toks,
    runs: names.runs,
    inQuote: k => inQuote[k],
    canonical: (name, pos, title) => names.canonicalAt(name, pos, title),
    kindOf: kindOfName,
    pronoun: (word, pos) => people.resolvePronoun(word, pos)?.name,
    sentenceStart: k => sentenceStartOf(people.sentences.sentence(toks[k].s)),
    previousSentenceStart: k => sentenceStartOf(Math.max(0, people.sentences.sentence(toks[k].s) - 1)),
  };

  let lastSpeaker: { reading: Reading; sentence: number } | undefined;
  /**
   * The last unnamed source of reported speech ("A spokesperson for the minister said in an email that …"), which "the
   * spokesperson" of the next quote may stand for (test/fixtures/outlets).
   */
  let lastUnnamedReport: { reading: Reading; sentence: number } | undefined;
  /** The last source of speech (quoted or reported), when it was an unnamed group ("the Texas senator's allies say"). */
  let lastGroup: { reading: Reading; sentence: number } | undefined;
  /** The last source of speech, quoted or reported. */
  let lastSource: { reading: Reading; sentence: number } | undefined;
  /**
   * The last source of speech, within UNNAMED_SOURCE_REACH sentences before `pos`, when it is a collective body written
   * as its noun ("the editorial board", "the newspaper", "the committee"), which a "they" may stand for.
   */
  const collectiveSpokeBefore = (pos: number): Reading | undefined => {
    if (!lastSource || people.sentences.sentence(pos) - lastSource.sentence > UNNAMED_SOURCE_REACH) return undefined;
    const written = lastSource.reading.chain[0] ?? lastSource.reading.name;
    return COLLECTIVE_BODY.has(written.slice(written.lastIndexOf(' ') + 1).toLowerCase()) ? lastSource.reading : undefined;
  };
  /**
   * Token k opens its sentence and the sentence before names people with a plural noun ("representatives", "Workers
   * objected") and no name after it.
   */
  const peopleJustBefore = (k: number): boolean => {
    const here = people.sentences.sentence(toks[k].s);
    if (here === 0 || sentenceStartOf(here) !== k) return false;
    for (let b = k - 1, start = sentenceStartOf(here - 1); b >= start && b >= 0; b--) {
      const t = toks[b];
      if (t.cap && b !== start) return false;
      if (t.l.endsWith('s') && isPersonHead(t.l)) return true;
    }
    return false;
  };
  /**
   * "said a longtime adviser to both Clintons … the person added", "one GOP source said … the source added", "…, the
   * prime minister’s spokesman said. ⏎ “…,” the spokesman said.": the unnamed source that spoke just before (quoted or
   * reported), when the description is a generic one or has that source's head noun (`reportedOnly`: the unnamed
   * source of reported speech since the last quote, "A spokesperson for the minister said in an email that …").
   */
  /**
   * `pos` is in the article's lede: its first sentence after the headline (a byline or dateline line aside; more lines
   * of page furniture with no stop aside too, "CTV News Montreal Staff ⏎ Published Monday, January 27, 2025", a
   * CTV-style probe, test/fixtures/outlets ca-ctv-montreal-sponsorship-cap.txt).
   */
  const inLede = (pos: number): boolean => {
    if (pos < headlineEnd || pos - headlineEnd > LEDE_CHARS) return false;
    let first = people.sentences.sentence(headlineEnd);
    if (people.sentences.start(first) < headlineEnd) first++;
    const at = people.sentences.sentence(pos);
    let furniture = 0;
    for (let n = first; n < at && n - first <= LEDE_SENTENCES + LEDE_FURNITURE_LINES; n++) if (furnitureLine(n)) furniture++;
    return at - first - Math.max(0, furniture - LEDE_SENTENCES) <= LEDE_SENTENCES;
  };
  /** Sentence n is a line of its own with no stop at its end (a byline, a credit, a date). */
  const furnitureLine = (n: number): boolean => {
    const { sentences } = people;
    if (sentences.paragraph(n) === sentences.paragraph(n + 1) || (n > 0 && sentences.paragraph(n - 1) === sentences.paragraph(n))) return false;
    const e = n + 1 < sentences.count ? sentences.start(n + 1) : text.length;
    return !BODY_LINE.test(text.slice(sentences.start(n), e).trim());
  };
  /**
   * The one person the article describes by this role after `pos`, no other described so anywhere (a second coroner
   * or judge leaves the description as written).
   */
  const namedLater = (head: string, written: string, pos: number): { name: string; description: string } | undefined => {
    if (!isRoleHead(head) || nounGender(head) || OTHER_PARTICIPANT.has(head)) return undefined;
    // (a chief is described as the head of a body too: the deck's "IDF personnel chief warns quotas '…'" and "the head of
    // the IDF Personnel Directorate, Maj. Gen. Oren Ben-Shimol, told the committee …", a Times of Israel-style probe,
    // test/fixtures/outlets il-timesofisrael-draft-bill-committee.txt, where the deck's source stood as written)
    const heads = [head, ...(HEAD_NOUN_SYNONYMS.get(head) ?? [])];
    const described = (before: number) => heads.flatMap(h => names.describedBefore(h, before, written, true));
    const all = described(text.length);
    const first = all[0];
    return first && all.every(d => d.name === first.name) && !described(pos).length ? first : undefined;
  };

  /**
   * The paragraph description m opens, no word before it, and where the next paragraph starts (its first character
   * that is no space): what namedInNextQuote and namedNextWithAge read after an unnamed description; undefined when m
   * does not open its paragraph.
   */
  const paragraphOpenedBy = (m: Mention): { para: { s: number; e: number }; q: number } | undefined => {
    const para = paragraphOf(text, m.s);
    if (text.slice(para.s, m.s).trim() !== '') return undefined;
    return { para, q: nextParagraphStart(para.e) };
  };
  /** The first character that is no space at or after the end `e` of a paragraph: where the next one starts. */
  const nextParagraphStart = (e: number): number => {
    let q = e;
    while (q < text.length && isSpaceAt(text, q)) q++;
    return q;
  };
  /**
   * The name run opening at character q, with the canonical name, when it is a person's full name of two words or more
   * that no name run before it gives; undefined otherwise.
   */
  const newFullNameAt = (q: number): { run: NameRun; name: string } | undefined => {
    const r = runStartingAt(tokenAt(toks, q));
    const run = names.runs[r];
    if (!run || run.s !== q || !personOfTwoWords(run)) return undefined;
    const name = names.canonical(run.name);
    for (let x = 0; x < r; x++) if (names.canonical(names.runs[x].name) === name) return undefined;
    return { run, name };
  };
  /** Name run `run` is the one description m is of: inside it, or right after it past "for" or "of" and words of no clause. */
  const describedOwner = (m: Mention, run: NameRun): boolean =>
    (run.s >= m.s && run.e <= m.e) || (run.s >= m.e && DESCRIPTION_OWNER.test(text.slice(m.e, run.s)));
  /** Tokens k on are "the", the noun `head` and a comma ("the spokesperson,"), set off before a name. */
  const sameNounSetOff = (k: number, head: string): boolean => toks[k]?.l === 'the' && toks[k + 1]?.l === head && toks[k + 2]?.t === ',';
  /** The name run is a person's full name, two words or more ("Oonagh Penney-Whelan", not "Penney-Whelan"). */
  const personOfTwoWords = (run: NameRun): boolean => kindOfName(run.name) === 'person' && nameWords(run.name).length >= 2;
  /** The gender of description m ("A grandmother") and of the full name `name` do not differ, when both have one. */
  const genderFits = (m: Mention, name: string): boolean => {
    const g = describedGender(m), named = nameGender(name);
    return !(g && named && named !== g);
  };
  /**
   * "A marine biologist who spent six hours cutting fishing rope …, says the animal was wrapped … ⏎ “We counted 14
   * wraps …,” Oonagh Penney-Whelan told The Current host …" and "Another expert, a virologist at McMaster …, says … ⏎
   * “So far it hasn't …,” says Dr. Aditi Venkataraman-Holt." (CBC Radio- and Global News-style probes; PolNeAR train,
   * Washington Post 2016-03-30: "A spokesman for the Jupiter Police Department said … ⏎ "…," said Officer Joseph
   * Beinlich, a Jupiter police spokesman."): an unnamed description ("a", "an", "another" and a person's noun, or a
   * person's noun in the apposition after it) that opens a paragraph is the person whose full name cues the quote that
   * opens the next paragraph, when that name is not written in the article's body before, has no apposition but one
   * that holds the description's noun or one of its capitalised words, and no title but an honorific ("Dr.") unless
   * that apposition matched, and no one not named before is named between them; undefined otherwise.
   */
  const namedInNextQuote = (m: Mention, head: string): string | undefined => {
    // (or a word for anyone, whose apposition gives the role: "Another expert, a virologist at McMaster …")
    const apposed = toks[m.j]?.t === ',' && INDEFINITE_ARTICLE.test(toks[m.j + 1]?.l ?? '') ? toks.slice(m.j + 2, m.j + 2 + LEDE_DESCRIPTION_WORDS).find(t => !t.cap && isPersonWord(t.l)) : undefined;
    if (!NAMED_NEXT_DETERMINERS.has(toks[m.i].l) || !(isPersonWord(head) || apposed) || isPluralPeopleNoun(head)) return undefined;
    const opening = paragraphOpenedBy(m);
    if (!opening) return undefined;
    const { para, q } = opening;
    const quote = quotes.find(x => x.start === q);
    const next = quote && paragraphOf(text, q);
    if (!quote || !next || quote.end >= next.e) return undefined;
    let k = tokenAt(toks, quote.end);
    const cueFirst = k < toks.length && CUES.has(toks[k].l);
    if (cueFirst) k++;
    // (or the description's noun with "the" set off before the name: "A spokesperson for Housing Minister Robert
    // Tremblay-Osei said the review would be completed … ⏎ "…," the spokesperson, Kavya Menon, said in an e-mail.", a
    // Globe and Mail-style probe, test/fixtures/outlets ca-globe-explainer-rent-control.txt, was the description)
    const theNoun = !cueFirst && sameNounSetOff(k, head);
    if (theNoun) k += THE_NOUN_COMMA;
    const r = runStartingAt(k);
    const run = names.runs[r];
    if (!run || run.e > next.e || !personOfTwoWords(run)) return undefined;
    // (an apposition after the name holds the description's noun or one of its capitalised words: "said Officer Joseph
    // Beinlich, a Jupiter police spokesman." after "A spokesman for the Jupiter Police Department said …")
    let after = run.j;
    let matched = theNoun;
    if (theNoun && toks[after]?.t === ',') after++;
    else if (toks[after]?.t === ',') {
      let end = after + 1;
      while (end < toks.length && end - after <= NAMED_NEXT_APPOSITION && toks[end].t !== ',' && !SENTENCE_END.test(toks[end].t)) end++;
      const described = new Set(toks.slice(m.i + 1, m.j).filter(t => t.cap).map(t => t.l).concat(head, apposed?.l ?? head));
      if (end >= toks.length || end - after > NAMED_NEXT_APPOSITION || !toks.slice(after + 1, end).some(t => described.has(t.l))) return undefined;
      matched = true;
      after = toks[end].t === ',' ? end + 1 : end;
    }
    // (the cue after the name, or before it and the sentence ending after it)
    if (cueFirst ? !SENTENCE_END.test(toks[after]?.t ?? '') : !(after < toks.length && CUES.has(toks[after].l))) return undefined;
    const name = names.canonical(run.name);
    // (a title, but an honorific, is a role of its own unless the apposition matched: "Fisheries Minister Joanne
    // Thompson-Blake said")
    const written = `${run.title} ${text.slice(run.s, run.e)}`.trim().split(/\s+/);
    const given = written.indexOf(name.split(' ')[0]);
    if (given < 0 || (!matched && !written.slice(0, given).every(isHonorific))) return undefined;
    if (!genderFits(m, name)) return undefined;
    const before = new Set<string>();
    for (let x = 0; x < r; x++) {
      const other = names.runs[x];
      if (withinQuote(quotes, other.s, other.e) || kindOfName(other.name) !== 'person') continue;
      const named = names.canonical(other.name);
      // (the one the description is of, "A spokesperson for Housing Minister Robert Tremblay-Osei", is no one between them)
      if (describedOwner(m, other)) continue;
      // (no one introduced between them, someone named before aside; nor the same person named in a paragraph of the
      // body before: a headline's or a deck's line, with no stop at its end, may name them)
      if (other.s < m.s) before.add(named);
      else if (!before.has(named)) return undefined;
      if (named === name && other.s < m.s) {
        const line = paragraphOf(text, other.s);
        if (BODY_LINE.test(text.slice(line.s, line.e))) return undefined;
      }
    }
    namedNext.push({ s: para.s, e: para.e, name });
    return name;
  };
  /**
   * "A grandmother who was tricked into handing over her life savings … has told how she was ‘completely taken in’ … ⏎
   * Maureen Haddock-Price, 72, from Stockport, sent more than £41,000 …" (a MailOnline-style probe, where the lede's
   * partial quote stayed "A grandmother"): the lede's unnamed person ("a", "an" and a person's noun opening the
   * paragraph) is the person whose full name opens the next paragraph with their age set off after it, when no one of
   * the other gender and that name is written nowhere before; undefined otherwise.
   */
  const namedNextWithAge = (m: Mention, head: string): string | undefined => {
    if (!INDEFINITE_ARTICLE.test(toks[m.i].l) || !isPersonWord(head) || isPluralPeopleNoun(head) || !inLede(m.s)) return undefined;
    const opening = paragraphOpenedBy(m);
    if (!opening) return undefined;
    const { para, q } = opening;
    const found = newFullNameAt(q);
    if (!found || (pastAge(toks, found.run.j) === found.run.j && !agedApposition(toks, found.run.j) && !speaksOnAsGendered(found.run.j, head))) return undefined;
    const { name } = found;
    if (!genderFits(m, name)) return undefined;
    namedNext.push({ s: para.s, e: para.e, name });
    ledeNamedHeads.set(head, name);
    return name;
  };
  /**
   * "The prime minister was accused of "hiding behind reviews" by the Conservative leader yesterday as she used all six
   * of her questions … ⏎ Helena Markham-Fry said …" (a Times-style probe, test/fixtures/outlets uk-times-pmqs-prisons.txt,
   * where the description stood as written): a role description with "the" in the lede, which the next pronoun of its
   * sentence takes up with no other noun between, is the person whose full name, never written before, opens the next
   * paragraph, when that name is of the pronoun's gender ("The prime minister", with "the Conservative leader" between it
   * and "she", is not).
   */
  const ledeRoleNamedNext = (m: Mention, head: string): string | undefined => {
    if (toks[m.i].l !== 'the' || !isRoleHead(head) || !inLede(m.s) || toks.slice(m.i, m.j).some(t => t.poss)) return undefined;
    const n = people.sentences.sentence(m.s);
    const end = n + 1 < people.sentences.count ? people.sentences.start(n + 1) : text.length;
    let g: Gender | undefined;
    for (let k = m.j; k < toks.length && toks[k].s < end && !g; k++) {
      if ((toks[k].cap && !pronounClass(toks[k].l)) || DETERMINERS.has(toks[k].l) || withinQuote(quotes, toks[k].s, toks[k].e)) return undefined;
      g = pronounGender(toks[k].l);
    }
    const found = g ? newFullNameAt(nextParagraphStart(paragraphOf(text, m.s).e)) : undefined;
    return found && nameGender(found.name) === g ? found.name : undefined;
  };
  /**
   * The name whose run ends before token j goes on with a cue and a subject pronoun of the gender the lede's head noun
   * has: "A Merritt, B.C., woman says her husband lay on their kitchen floor … ⏎ Carol Dempsey says she called 911 …", a
   * Global News-style probe, test/fixtures/outlets ca-global-merritt-ambulance-wait.txt, where the lede stayed "A
   * Merritt, B.C., woman" (the next paragraph tells her story on in her name, as an age set off after it does).
   */
  const speaksOnAsGendered = (j: number, head: string): boolean => {
    const g = nounGender(head), cue = toks[j], pronoun = toks[j + 1];
    return !!g && !!cue && !cue.cap && CUES.has(cue.l) && !!pronoun && SUBJECT_PRONOUN_GENDER[pronoun.l] === g;
  };
  /**
   * The heads of the lede's descriptions namedNextWithAge named, and the names: "The grandmother-of-three said she had
   * finally accepted the truth …" after "A grandmother who … ⏎ Maureen Haddock-Price, 72, …" is her (a MailOnline-style
   * probe, where it was the police spokesman quoted before).
   */
  const ledeNamedHeads = new Map<string, string>();
  /** The article's names of each head's office with no holder (officeNameStarts): one pass over the text a head, not one a description. */
  const officeNames = new Map<string, readonly number[]>();
  /**
   * The people the article names set off by a comma after "the" and a description, up to OPENING_APPOSITION_TOKENS
   * tokens before the name in its sentence, each with the description's words after "the" and whether it opens the
   * sentence as one person's ("The deputy of the first constituency, NAME,"): read once per article, on the first call
   * of soleNamedAfterOpening.
   */
  let openingAppositions: OpeningApposition[] | undefined;
  /** A word after `before`, a preposition or a determiner, is a noun, whatever verb it spells too ("of transport"). */
  const nounAfter = (before: Tok | undefined): boolean => !!before && (PREPOSITIONS.has(before.l) || DETERMINERS.has(before.l));
  const readOpeningAppositions = (): OpeningApposition[] => {
    const found: OpeningApposition[] = [];
    for (let k = 0; k < names.runs.length; k++) {
      const run = names.runs[k];
      const close = toks[run.j]?.t ?? '.';
      // (the comma before the name, or before the "the" of an honorific of address: ", the Honourable Dr NAME,")
      const comma = toks[run.i - 1]?.t === ',' ? run.i - 1 : theOfHonorific(toks, run.i - 1) && toks[run.i - 2]?.t === ',' ? run.i - 2 : -1;
      if (comma < 0 || (close !== ',' && !SENTENCE_END.test(close))) continue;
      let s = comma - 1;
      while (s > 0 && comma - s < OPENING_APPOSITION_TOKENS && !toks[s].br && !SENTENCE_END.test(toks[s - 1].t)) s--;
      if (s < 0) continue;
      const name = names.canonicalOfRun(k);
      if (kindOfName(name) !== 'person') continue;
      // (an office of a place no lexicon knows opening the sentence with no "the", as Caribbean and West African copy
      // writes it: "Custos of St Elizabeth, the Honourable Dr NAME, said … ⏎ "…," the custos said", a Jamaica
      // Observer-style probe, test/fixtures/outlets jm-observer-st-elizabeth-drought-farmers.txt, stood as written)
      if (close === ',' && (s === 0 || !!toks[s].br || SENTENCE_END.test(toks[s - 1].t)) && toks[s].l !== 'the' && unknownTitleOfPlace(toks, s, comma)) {
        found.push({ words: toks.slice(s, comma).map(t => t.l), name, opening: true });
        continue;
      }
      // (each "the" of the sentence before the name: where the description opens, or one inside the sentence, which another
      // holder of the role stands after and so makes two, "“…,” declared the president of the union …, Mr. NAME.", an
      // AIP-style probe, test/fixtures/outlets ci-aip-soubre-cocoa-farmgate-price.txt)
      for (let the = s; the < comma - 1; the++) {
        if (toks[the].l !== 'the') continue;
        const description = toks.slice(the + 1, comma);
        // (one person's description opening the sentence, a noun's words with no verb, no list set off after a dash, no
        // role owned by a body: "The other candidates at the prime-time debate -- former Florida governor Jeb Bush, Ohio
        // Gov. John Kasich, …", PolNeAR train, USA Today 2016-01-29; "The employer had argued that the hygienist, NAME, had
        // access …", ca-lawtimes-appeal-noncompete.txt; "The union's vice-president for the western region, NAME,",
        // ca-globe-rob-rail-earnings.txt, is no "the union"; a word after a preposition or a determiner is a noun, whatever
        // verb it spells too: "The Seremi of Transport for the Metropolitan Region, NAME," cl-santiagotimes-red-fare-rise.txt)
        const opening = the === s && (s === 0 || !!toks[s].br || SENTENCE_END.test(toks[s - 1].t)) && close === ','
          && !description.some((t, x) => t.poss || (t.punct && t.t !== ',') || (isVerbForm(t.l) && !nounAfter(description[x - 1])));
        found.push({ words: description.map(t => t.l), name, opening });
      }
    }
    return found;
  };
  /** soleNamedAfterOpening's answers, by the description's words. */
  const namedAfterOpening = new Map<string, string | undefined>();
  /**
   * The one person the article names set off after a description opening its sentence with "the" and the words of
   * description m after its "the" (readOpeningAppositions), more words after them or none; undefined for none or for two.
   */
  const soleNamedAfterOpening = (m: Mention): string | undefined => {
    const words = toks.slice(m.i + 1, m.j).map(t => t.l);
    const key = words.join(' ');
    if (namedAfterOpening.has(key)) return namedAfterOpening.get(key);
    openingAppositions ??= readOpeningAppositions();
    const fitting = openingAppositions.filter(o => o.words.length >= words.length && words.every((w, x) => o.words[x] === w));
    const named = new Set(fitting.map(o => o.name));
    const answer = named.size === 1 && fitting.some(o => o.opening) ? [...named][0] : undefined;
    namedAfterOpening.set(key, answer);
    return answer;
  };
  /** The article names the office `head` stands for with no holder elsewhere than the description at `at` (officeNameStarts). */
  const officeWithoutHolder = (head: string, at: number): boolean => {
    let starts = officeNames.get(head);
    if (!starts) officeNames.set(head, (starts = officeNameStarts(text, head)));
    return starts.some(s => s !== at);
  };
  /**
   * The noun for a person that a "who" inside description m qualifies, which the description's last word is not: "A
   * Montreal man who fled Syria in 2016 says …" (a CTV-style probe, test/fixtures/outlets
   * ca-ctv-montreal-sponsorship-cap.txt, read with the head "2016"); undefined when none.
   */
  const qualifiedByWho = (m: Mention): string | undefined => {
    for (let w = m.i + 2; w < m.j; w++) if (toks[w].l === 'who' && !toks[w].cap && isPersonWord(toks[w - 1].l)) return toks[w - 1].l;
    return undefined;
  };
  /** A lower-case word of an office's title no lexicon knows, no verb either ("seremi", "président"; names.unknownTitleWord). */
  const unknownOfficeWord = (head: string): boolean => /^\p{Ll}+$/u.test(head) && !isVerbForm(head) && unknownTitleWord(head);
  /** A noun for one person or their role ("biologist", "virologist"). */
  const isPersonWord = (l: string): boolean => isPersonNoun(l) || isRoleHead(l);
  /** The paragraphs whose unnamed description namedInNextQuote named, and the name. */
  const namedNext: { s: number; e: number; name: string }[] = [];

  /** The name after a place's possessive at token `owner` that ends mention m ("France’s | Marine Le Pen"), when the article gives it. */
  const namedAfterPlace = (m: Mention, owner: number): string | undefined => {
    if (owner + 1 >= m.j || !toks[owner].cap || !toks.slice(owner + 1, m.j).every(t => t.cap && !t.poss)) return undefined;
    const place = withoutPossessive(toks[owner].t);
    if (kindOfName(place) !== 'place') return undefined;
    const rest = text.slice(toks[owner + 1].s, toks[m.j - 1].e);
    return names.names.knows(rest) ? names.canonical(rest) : undefined;
  };

  /**
   * Description m, `written`, is two or more capitalised words (no possessive) that are a person's full name the
   * article gives ("Rick Perry" before "Just Announced …" in a title-case headline): that person's name; else undefined.
   */
  const fullNameWritten = (m: Mention, written: string): string | undefined => {
    if (m.j - m.i < 2 || !toks.slice(m.i, m.j).every(t => t.cap && !t.poss && !t.punct)) return undefined;
    return kindOfName(written) === 'person' && names.names.knows(written) ? names.canonical(written) : undefined;
  };

  /**
   * Description m ends on a person's name the article gives, written after its words with no comma ("Mother of three
   * Esline Tari, 34, said she sold …", a Daily Post-style probe, test/fixtures/outlets vu-dailypost-kava-farmgate-price.txt;
   * "Head of the Mongolian Wool and Cashmere Association G.Munkhzaya noted that …", a Montsame-style probe,
   * mn-montsame-raw-cashmere-price.txt; probes-rr, where the source was the whole description): the longest such
   * name's canonical form; else undefined.
   */
  const nameEndingDescription = (m: Mention): string | undefined => {
    // (a description of a role "of" something, opening the mention: "Mother of …", "Head of …")
    if (m.j - m.i < 4 || !toks[m.i].cap || toks[m.i + 1].l !== 'of' || toks[m.i + 1].cap) return undefined;
    for (let k = m.i + 3; k < m.j; k++) {
      if (!toks.slice(k, m.j).every(t => t.cap && !t.poss && !t.punct)) continue;
      const tail = text.slice(toks[k].s, toks[m.j - 1].e);
      if (kindOfName(tail) === 'person' && names.names.knows(tail)) return names.canonical(tail);
    }
    return undefined;
  };

  /** Description m is an unnamed source's close to someone ("A source close to the justice secretary"): the name set off after it is that someone's. */
  const sourceCloseTo = (m: Mention): boolean => {
    for (let k = m.i + 1; k + 1 < m.j; k++) if (closeToSourceAt(toks, k)) return true;
    return false;
  };

  const sameUnnamedSource = (head: string, pos: number, reportedOnly = false): Reading | undefined => {
    const last = unnamedPersonWithin(reportedOnly ? lastUnnamedReport : lastSource, pos);
    // (or the role set off after it: "A third source, an EU diplomat, said … The diplomat said …", a Reuters-style
    // probe, test/fixtures/outlets be-reuters-eu-steel-quotas.txt, where "the diplomat" was the analyst quoted before)
    return last && (GENERIC_SOURCE.has(head) || last.head === head || last.reading.apposed === head || sameUnnamedPerson(head, last)) ? last.reading : undefined;
  };

  /**
   * The head noun of a role set off by commas right after token j - 1, an unnamed source's description: ", an EU
   * diplomat," ("A third source, an EU diplomat, said"), a person's noun in lower case after "a" or "an" and at most
   * APPOSED_ROLE_TOKENS words; else undefined.
   */
  const apposedRoleHead = (j: number): string | undefined => {
    if (toks[j]?.t !== ',' || !/^an?$/.test(toks[j + 1]?.t ?? '')) return undefined;
    let k = j + 2;
    while (k < toks.length && k - j - 2 < APPOSED_ROLE_TOKENS && !toks[k].punct && !toks[k].br) k++;
    const head = toks[k - 1];
    return toks[k]?.t === ',' && k > j + 2 && !head.cap && isPersonNoun(head.l) ? head.l : undefined;
  };

  /**
   * "the woman", "the boy" (a noun that gives a gender) for the unnamed person who spoke just before, described otherwise
   * ("One of them, a Vaughan resident who asked that her name not be used, said … “…,” the woman said"; "from a young
   * child, who said he … “…?” asked the boy", PolNeAR train): one person whose noun has no other gender.
   */
  const sameUnnamedPerson = (head: string, last: UnnamedSource): boolean => {
    // (a noun of sex alone: "the mother of two" after "Rokeya Begum, 34, … sat beside her nine-year-old daughter" is
    // that mother, not the unnamed nurse who spoke two paragraphs before; test/fixtures/outlets
    // bd-tbsnews-dengue-beds.txt)
    const g = isSexNoun(head) ? nounGender(head) : undefined;
    return !!g && onePersonOf(last, g) && !isPluralPeopleNoun(last.head) && !/(?:men|people)$/.test(last.head);
  };

  /** The unnamed source is one person whose description's noun gives no gender but `gender` ("a reporter" with "he"; not "a mother"). */
  const onePersonOf = (last: UnnamedSource, gender: Gender): boolean => {
    const g = nounGender(last.head);
    return !last.reading.pair && isPersonNoun(last.head) && !PLURAL_HEAD.test(last.noun) && (g === undefined || g === gender);
  };

  /**
   * The unnamed person or people (no body, no pronoun left unresolved) who spoke as `last`, within UNNAMED_SOURCE_REACH
   * sentences before `pos`, with the head noun of their description and that description without the body it
   * speaks for ("A spokesperson for the minister" → spokesperson, "A spokesperson").
   */
  const unnamedPersonWithin = (last: { reading: Reading; sentence: number } | undefined, pos: number): UnnamedSource | undefined => {
    if (!last?.reading.unnamed || last.reading.thing || last.reading.unresolved || people.sentences.sentence(pos) - last.sentence > UNNAMED_SOURCE_REACH) return undefined;
    const noun = last.reading.name.replace(OWNER_PHRASE, '');
    return { reading: last.reading, noun, head: noun.slice(noun.lastIndexOf(' ') + 1).toLowerCase() };
  };

  /**
   * The unnamed person who spoke last, within UNNAMED_SOURCE_REACH sentences before `pos`, when the head of their
   * description agrees with `gender` ("a reporter" with "he"; not "a mother" with "he", nor a group or a body).
   */
  const unnamedSpeakerBefore = (gender: Gender, pos: number): Reading | undefined => {
    const last = unnamedPersonWithin(lastSource, pos);
    return last && onePersonOf(last, gender) ? last.reading : undefined;
  };

  /**
   * The unnamed person who spoke last, within UNNAMED_SOURCE_REACH sentences before `pos` (`justBefore`: in the
   * sentence before `quoteStart`, where the quote the pronoun is the speaker of opens, or its own), described as a
   * person of `gender` ("One victim, an 86-year-old widow who asked not
   * to be named, told Global News she let a man into her kitchen … ⏎ “…,” she said.").
   */
  const describedSpeakerBefore = (gender: Gender, pos: number, justBefore = false, quoteStart = pos): Reading | undefined => {
    const within = unnamedPersonWithin(lastSource, pos);
    const last = within?.reading;
    const back = lastSource ? people.sentences.sentence(quoteStart) - lastSource.sentence : -1;
    if (!within || !last || (justBefore && (back < 0 || back > 1))) return undefined;
    // (the gender its reading was given, else the one its description's noun gives: "a judge … sentenced a 26-year-old
    // man … after the man had posted on his Facebook page that … ⏎ … Along with the photo, he had posted: “…”", PolNeAR
    // train, Washington Post 2016-01-07, where "he" went to "Spiegel"; first written on a PolNeAR dev op-ed, "“…,” my
    // father often said. ⏎ He also told …")
    // (or a "-woman" or "-man" role's: "A spokeswoman for Emergency Management Minister Sally Brennock-Vane said … ⏎
    // “…,” the spokeswoman said in a statement. ⏎ She said a further round of funding would be considered …", an
    // ABC-style probe, test/fixtures/outlets au-abc-shire-roads.txt, where "She" went to the minister)
    const described = last.gender ?? ((nounGender(within.head) ?? titleGender(within.head)) === gender && onePersonOf(within, gender) ? gender : undefined);
    return described === gender && !last.pair ? last : undefined;
  };

  /**
   * The unnamed person who spoke in the sentence just before the one of `quoteStart`, described by a person noun that
   * gives no gender and a relative clause that withholds their name, with no gender known ("a bank employee who declined
   * to be identified"): the one a "he" or "she" cueing the next quote stands for (not a reporter who asked a question).
   * With no such clause too when the person named before (`namedOfGender` false) is not known to be of the pronoun's
   * gender: the nearer antecedent ("A senior staff nurse at the hospital, who did not want to be named, said the ward she
   * supervised had 96 patients. ⏎ “…,” she said.", a TBS News-style probe, test/fixtures/outlets bd-tbsnews-dengue-beds.txt,
   * where "she" went to "director Brig Gen Dr Kazi Mahfuzur Rahman", a given name the lexicon lacks). No PolNeAR train
   * quote moves. Over a man named before of the pronoun's gender too when the description withholds the name with no
   * comma ("A police officer who asked not to be named told AFP that his own mother … “…,” he said.", a Buenos Aires
   * Times-style probe, test/fixtures/outlets ar-batimes-pensioners-congress-protest.txt, where "he" went to Rubén
   * Quiroga, quoted the paragraph before; no PolNeAR train or dev output moves).
   */
  const ungenderedSpeakerJustBefore = (gender: Gender, pos: number, quoteStart: number, namedOfGender: boolean): Reading | undefined => {
    const within = unnamedPersonWithin(lastSource, pos);
    if (!within || !lastSource || people.sentences.sentence(quoteStart) - lastSource.sentence !== 1 || within.reading.gender || (namedOfGender && !(within.reading.anonymous || ANONYMITY.test(within.reading.name) || NAME_DECLINED.test(within.reading.name)))) return undefined;
    const noun = within.noun.replace(RELATIVE_CLAUSE_TAIL, '');
    const head = noun.slice(noun.lastIndexOf(' ') + 1).toLowerCase();
    return nounGender(head) === undefined && titleGender(head) === undefined && onePersonOf({ ...within, noun, head }, gender) ? within.reading : undefined;
  };

  /**
   * The tokens [from, to) of the relative clause after a description ending at token j: it opens after the description's
   * own words (up to DESCRIPTION_TAIL tokens, no mark) with ", who", in the description's sentence ("one user wrote on
   * X. ⏎ Another, who said she …" is another's clause), and ends at its next mark (RELATIVE_CLAUSE_TOKENS at most).
   */
  const relativeClauseAfter = (j: number): { from: number; to: number } | undefined => {
    let k = j;
    while (k < toks.length && k < j + DESCRIPTION_TAIL && !toks[k].punct) k++;
    // (or the clause of a description set off after it, "who" with no comma: "A second source, a former ministry
    // employee who asked not to be named because she fears for her career, said …", a Toronto Star-style probe, where
    // "she said" after it went to a man named before, of a given name the lexicon lacks)
    if (toks[k]?.t === ',' && toks[k + 1] && !toks[k + 1].cap && INDEFINITE_ARTICLES.has(toks[k + 1].l)) {
      let w = k + 2;
      while (w < toks.length && w < k + 2 + DESCRIPTION_TAIL && !toks[w].punct && !toks[w].cap && toks[w].l !== 'who') w++;
      if (toks[w]?.l === 'who') return clauseFrom(w + 1, j);
    }
    if (toks[k]?.t !== ',' || toks[k + 1]?.l !== 'who') return undefined;
    return clauseFrom(k + 2, j);
  };
  /** The relative clause opening at token `from`, in the sentence of the description ending at token j, to its next mark. */
  const clauseFrom = (from: number, j: number): { from: number; to: number } | undefined => {
    if (!toks[j - 1] || people.sentences.sentence(toks[from - 1].s) !== people.sentences.sentence(toks[j - 1].s)) return undefined;
    let x = from;
    while (x < toks.length && x < from + RELATIVE_CLAUSE_TOKENS && !toks[x].punct) x++;
    return { from, to: x };
  };

  /**
   * The gender the pronouns of the relative clause after an unnamed person's description give, all of one gender: "A
   * 38-year-old policy analyst at Employment and Social Development Canada, who asked that her name not be used because
   * she is not authorized to speak publicly, said …" (a National Post-style probe, where "she said" after it went to the
   * union president named before).
   */
  const relativeClauseGender = (j: number): Gender | undefined => {
    const clause = relativeClauseAfter(j);
    if (!clause) return undefined;
    let g: Gender | undefined;
    for (let x = clause.from; x < clause.to; x++) {
      const p = pronounGender(toks[x].l);
      if (!p) continue;
      if (g && p !== g) return undefined;
      g = p;
    }
    return g;
  };

  /**
   * What the relative clause after a description ending at token j withholds: 'name' when it says its person is not
   * named ("The organizer of the Reddit group, who goes by the username u/northernbasket and declined to give his name,
   * told HuffPost Canada …": a HuffPost Canada-style probe, where the description went to the most salient man);
   * 'surname' when it withholds only the surname (SURNAME_WITHHELD); else undefined.
   */
  const withheldAfter = (j: number): 'name' | 'surname' | undefined => {
    const clause = relativeClauseAfter(j) ?? whoClauseAfter(j);
    if (!clause || clause.to <= clause.from) return undefined;
    const words = text.slice(toks[clause.from].s, toks[clause.to - 1].e);
    if (!ANONYMITY.test(words)) return undefined;
    return SURNAME_WITHHELD.test(words) ? 'surname' : 'name';
  };

  /**
   * The relative clause opening with "who" right after a description ending at token j, no comma between, to its next
   * mark ("A police officer who asked not to be named told AFP that …", a Buenos Aires Times-style probe).
   */
  const whoClauseAfter = (j: number): { from: number; to: number } | undefined =>
    toks[j]?.l === 'who' && !toks[j].cap ? clauseFrom(j + 1, j) : undefined;

  /**
   * The pseudonym the relative clause after a description ending at token j gives its person (PSEUDONYM), or undefined.
   * The clause opens with ", who" or ", whom" after the description's own words and ends at its next mark.
   */
  const pseudonymAfter = (j: number): string | undefined => {
    let k = j;
    while (k < toks.length && k < j + DESCRIPTION_TAIL && !toks[k].punct) k++;
    // (or "who" right after the description's noun: "A landlord who gave his name only as Mr Wong")
    if (toks[j]?.l === 'who' && !toks[j].cap) k = j - 1;
    else if (toks[k]?.t !== ',' || !(toks[k + 1]?.l === 'who' || toks[k + 1]?.l === 'whom')) return undefined;
    const clause = clauseFrom(k + 2, j);
    if (!clause || clause.to <= clause.from) return undefined;
    // (the alias may stand in quotation marks, past the clause's first mark)
    const from = toks[clause.from].s;
    return PSEUDONYM.exec(text.slice(from, toks[clause.to - 1].e))?.[1] ?? ALIAS.exec(text.slice(from, from + ALIAS_REACH))?.[1];
  };

  /**
   * The gender an unnamed person's description, the apposition after it or the pronouns of its relative clause state ("a
   * woman", "One victim, an 86-year-old widow,", "A … policy analyst …, who asked that her name not be used,").
   */
  const describedGender = (m: Mention): Gender | undefined => {
    const head = m.head?.toLowerCase();
    return (head && personNounGender(head)) || appositionGender(toks, m.j) || relativeClauseGender(m.j);
  };

  const resolveDescription = (m: Mention, pos: number): Reading => {
    // "The employee first said he did not recall …" (PolNeAR train, Washington Post 2016-09-07, was named "employee
    // first"): a sentence adverb after a description's noun is no word of it
    if (m.j - m.i >= 3 && TRAILING_ADVERB.has(toks[m.j - 1].l) && !toks[m.j - 1].cap && !toks[m.j - 2].cap && !toks[m.j - 2].punct && /^\p{Ll}/u.test(toks[m.j - 2].t)) {
      return resolveDescription({ ...m, e: toks[m.j - 2].e, j: m.j - 1, head: toks[m.j - 2].t }, pos);
    }
    const written = text.slice(m.s, m.e);
    const det = toks[m.i]?.l ?? '';
    const shown = withoutStrayMarks(written.replace(/^(?:the)\s+/i, ''));
    // "The state reported …": a place as written, never the person salient there nor one described with the word
    // ("the former secretary of state"; isPlaceAlone)
    if (isPlaceAlone(toks, m.i, m.j)) return { name: shown, chain: [written], unnamed: true, thing: true };
    // "Rick Perry Just Announced His Official Endorsement …" (PolNeAR train, Western Journal 2016-01-25): a title-case
    // line's capitalised words run on past the name, so the source before the cue is read as a description; words
    // that are all capitalised and are a person's full name the article gives are that person, named
    const fullName = fullNameWritten(m, written) ?? nameEndingDescription(m);
    if (fullName) return { name: fullName, chain: [fullName] };
    // "the statement said", "a Times article said": the document's issuer
    const doc = documentHead(toks, text, m.i, m.j);
    const issuer = doc >= 0 ? issuerOf(documents, m.i, doc) : undefined;
    if (issuer) return { name: issuer, chain: [written, issuer], thing: true };
    if (doc >= 0) return { name: shown, chain: [written], unnamed: true, thing: true };
    // "Carter however said": a name with a sentence adverb after it is that name
    if (m.j - m.i >= 2 && toks[m.i].cap && TRAILING_ADVERB.has(toks[m.j - 1].l)) {
      const name = personIn(m.s, toks[m.j - 2].e, true);
      if (name) return { name, chain: [written, name] };
    }
    // "Clinton's campaign", "the Sanders campaign", "the campaign": the candidate's campaign, a body
    const campaign = campaignOf(campaigns, m.i, m.j);
    if (campaign) return { name: campaign, chain: [written, campaign], thing: true };
    const head = ofCountHead(m.head?.toLowerCase());
    // "The two lawmakers, however, argue … “…,” the two write.": a number alone after "the" is the group of that
    // number that spoke last ("two lawmakers"), else the description as written ("the two"); a number is no name
    if (det === 'the' && m.j - m.i === 2 && head && isNumberWord(head)) {
      const group = lastSource?.reading.unnamed && !lastSource.reading.thing && people.sentences.sentence(pos) - lastSource.sentence <= UNNAMED_SOURCE_REACH
        && lastSource.reading.name.toLowerCase().startsWith(head + ' ') ? lastSource.reading : undefined;
      return group ? { ...group, chain: [written, ...group.chain] } : { name: written, chain: [written], unnamed: true };
    }
    // ("Labour backbenchers were privately more worried. “…,” one said.", a Times-style probe, test/fixtures/outlets
    // uk-times-pmqs-prisons.txt, where the quote had no speaker: "one" alone, the cue's subject, is one of the people
    // the sentence before has as its subject, shown as that group, as "one of them" is)
    const ofGroup = m.j - m.i === 1 && det === 'one' ? pluralSubjectBefore(m.i, true) : undefined;
    if (ofGroup) {
      const group = text.slice(ofGroup.s, ofGroup.e);
      unnamed.add(group);
      return { name: group, chain: [written, group], unnamed: true };
    }
    // ("They and their supporters argue" after "… than representatives of the labor movement": those people, unnamed)
    if (head === 'they' && peopleJustBefore(m.i)) return { name: shown, chain: [written], unnamed: true };
    // ("The organizer of the Reddit group, who … declined to give his name, told …": a person the article does not name)
    // ("Rosalind spent a day and a half on a stretcher … ⏎ "…," said the 71-year-old retired bookkeeper, who asked that
    // her last name not be used": the person of the clause's gender the article names by a given name, the most salient;
    // a Toronto Star-style probe, where the description stood as written)
    // ("One former Brightpath youth worker, whom the Star is calling Teresa because …, said": the name the article gives
    // that person, a Toronto Star-style probe, test/fixtures/outlets ca-star-group-home-documents.txt)
    const pseudonym = head && isPersonNoun(head.toLowerCase()) ? pseudonymAfter(m.j) : undefined;
    if (pseudonym) return { name: pseudonym, chain: [written, pseudonym] };
    const withheld = head && isPersonNoun(head.toLowerCase()) ? withheldAfter(m.j) : undefined;
    if (withheld === 'surname') {
      const gender = relativeClauseGender(m.j);
      const given = gender && people.resolvePronoun(gender === 'f' ? 'she' : 'he', m.s);
      if (given) return { name: given.name, chain: [written, given.name] };
    }
    // (the unnamed source that spoke just before, when the description is its again: "A U.S. law enforcement official …
    // said … The official, who spoke on the condition of anonymity …, said", PolNeAR train)
    if (head && withheld === 'name') {
      const same = det === 'the' ? sameUnnamedSource(head.toLowerCase(), m.s) : undefined;
      // (the gender its relative clause gives, kept when the source goes on: "The mayor of a mid-sized Ontario city, who
      // asked not to be named because her council is …, told me … ⏎ “…,” she said.", a National Post-style probe, where
      // "she" went to the spokeswoman named before)
      const gender = relativeClauseGender(m.j);
      if (same) return { name: same.name, chain: [written, same.name], unnamed: true, anonymous: true, ...(gender && { gender }) };
      return { name: shown, chain: [written], unnamed: true, anonymous: true, ...(gender && { gender }) };
    }
    // "said the company's chief executive, John J. Ferriola.", "another Twitter user, Johanna Bayer.": the name set off
    // after a description of a person is that person
    // (not one close to the person named: "A source close to the housing secretary, Angela Roe-Whitfield, said she would
    // …", an i-style probe, uk-inews-renters-row, and a Times-style one, uk-times-pmqs-prisons, went to the secretary)
    const apposed = head && isOnePersonWord(head.toLowerCase()) && !sourceCloseTo(m) ? apposedName(m.j, false, !!nounGender(head.toLowerCase())) : undefined;
    if (apposed) return { name: apposed, chain: [written, apposed] };
    // ("Tang Mei-ling, 71, shares a 90 sq ft unit … with her grandson, who is in Form Three. Her landlord told her … ⏎
    // “…,” the grandmother said", an SCMP-style probe, test/fixtures/outlets hk-scmp-subdivided-flats-bill.txt, was the
    // landlord: a kin noun is the person the paragraph before gave that kin, "her grandson", by its owner pronoun)
    const kinOwner = det === 'the' && m.j - m.i === 2 && head ? ownerOfKin(head.toLowerCase(), m.s) : undefined;
    if (kinOwner) return { name: kinOwner, chain: [written, kinOwner] };
    // "The mother of a 15-year-old who lived at one of the company's homes … said she learned her son had been locked in"
    // (a Toronto Star-style probe, test/fixtures/outlets ca-star-group-home-documents.txt, was the youth worker the
    // article named before): a noun of kin (one that gives a gender) before "of" and someone new ("a", "an") introduces a person of
    // their own (not "the chief of a northern Saskatchewan First Nation", the chief named before)
    const of = det === 'the' && m.j - m.i > 3 && nounGender(toks[m.i + 1].l) && toks[m.i + 2].l === 'of' && INDEFINITE_ARTICLES.has(toks[m.i + 3].l) ? m.i + 1 : -1;
    if (of >= 0) {
      const gender = nounGender(toks[of].l);
      return { name: shown, chain: [written], unnamed: true, ...(gender && { gender }) };
    }
    // "The regulator, Ofwat, said", "The union, Unite, said": the name set off after a description of a body is that body
    // (and the noun a participle phrase after it qualifies: "The union representing the city's blue-collar workers, the
    // Syndicat des cols bleus regroupés de Montréal, said", test/fixtures/outlets, was the union as written)
    const participleAfterHead = m.j - m.i > 3 && toks[m.i + 1].l === head && !toks[m.i + 2].cap && /ing$/.test(toks[m.i + 2].l);
    // (and after one lower-case word of its field: "The exam regulator, Ofqual, says …", an Observer-style probe,
    // test/fixtures/outlets uk-observer-longread-headteacher.txt, was "exam regulator"; no PolNeAR train case)
    // (or two, a demonym among them, and a relative clause after the head before the name: "The Israeli military body
    // that oversees aid to Gaza, COGAT, said in a post on X that …", an Al Jazeera-style probe, test/fixtures/outlets
    // qa-aljazeera-gaza-hospitals-fuel.txt, was "Israeli military body"; no PolNeAR train case)
    const fieldBeforeHead = m.j - m.i >= 3 && m.j - m.i <= 2 + BODY_FIELD_WORDS && toks[m.j - 1].l === head
      && toks.slice(m.i + 1, m.j - 1).every(t => !t.punct && !t.poss && (/^\p{Ll}+$/u.test(t.t) || isDemonym(t.t)));
    const apposedBody = head && det === 'the' && (m.j - m.i === 2 || participleAfterHead || fieldBeforeHead) && (BODY_NOUN.has(head) || BODY_KINDS.has(head) || isApposedBodyHead(head)) ? apposedName(relativeClauseComma(m.j), true) : undefined;
    if (apposedBody) return { name: apposedBody, chain: [written, apposedBody], thing: true };
    // "The Vancouver-based miner said", "the Calgary-based pipeline operator": a trade's noun after where it is based is
    // the business named last, never a person (a miner, an operator), else as written
    // (not one the article says is based elsewhere: "Cedarline Forest Products Inc. has rejected a … offer from
    // Oregon-based Halvorsen Timber Co. … The Vancouver-based producer said", a Globe and Mail-style probe)
    if (head && BUSINESS_OF_A_TRADE.has(head) && basedIn(m)) {
      const business = people.lastBody(m.s, name => !PUBLIC_BODY_END.test(name) && !isUnionName(name) && !basedElsewhere(name, m)) ?? people.lastUntypedBody(m.s);
      return business ? { name: business, chain: [written, business], thing: true } : { name: shown, chain: [written], unnamed: true, thing: true };
    }
    // "A spokesperson for the minister said in an email … “…,” the spokesperson wrote.": the unnamed person who spoke
    // just before, before any named person of that role
    const early = head && det === 'the' && m.j - m.i === 2 && isPersonNoun(head.toLowerCase()) ? sameUnnamedSource(head.toLowerCase(), m.s, true) : undefined;
    if (early) return { name: early.name, chain: [written, early.name], unnamed: true };
    // ("Hillary Clinton and Bernie Sanders met voters … Both have promised …": the two named together just before)
    const both = m.j - m.i === 1 && BOTH.has(det) ? pairBefore(m.s) : undefined;
    if (both) return { name: both, chain: [written, both], pair: true };
    // "A coroner has said …" opening the article, "assistant coroner Lucy Ashworth said" below it: the one person the
    // article goes on to describe so (PolNeAR train: "A federal judge has ordered the release …" … "U.S. District Judge
    // Gonzalo Curiel")
    // (and a headline's description with no determiner: "British diplomat praises Obama's presidency" … "Peter
    // Westmacott, the British ambassador …", "Saudi prince mocks Trump on Twitter", PolNeAR train, Politico 2015-12-26,
    // 2016-01-28: was "diplomat", "prince")
    const opening = (INDEFINITE_ARTICLE.test(det) && inLede(m.s)) || ((m.e <= headlineEnd || m.e <= deckEnd) && !DETERMINERS.has(det) && !toks[m.i].poss);
    const ledeNamed = head && opening && m.j - m.i <= LEDE_DESCRIPTION_WORDS ? namedLater(head, written, m.s) : undefined;
    if (ledeNamed) return { name: ledeNamed.name, chain: [written, ledeNamed.description, ledeNamed.name] };
    const namedBelow = head && !ledeNamed ? namedInNextQuote(m, head.toLowerCase()) ?? namedNextWithAge(m, (qualifiedByWho(m) ?? head).toLowerCase()) : undefined;
    if (namedBelow) return { name: namedBelow, chain: [written, namedBelow] };
    const ledeNamedNext = head ? ledeRoleNamedNext(m, head.toLowerCase()) : undefined;
    if (ledeNamedNext) return { name: ledeNamedNext, chain: [written, ledeNamedNext] };
    const ledeAgain = head && det === 'the' ? ledeNamedHeads.get(head.toLowerCase()) : undefined;
    if (ledeAgain) return { name: ledeAgain, chain: [written, ledeAgain] };
    if (UNNAMED_SOURCE_DETERMINERS.has(det) || (m.j - m.i === 1 && PLURAL_GROUP.test(written))) {
      const gender = m.j - m.i === 1 ? undefined : describedGender(m);
      return { name: shown, chain: [written], unnamed: true, ...(gender && { gender }) };
    }
    // "Clinton supporters", "Nuclear proliferation experts", "E.U. leaders", "the senators": people written as a plural
    // noun that ends the description are a group, never one person named in it or before it ("the experts" goes on
    // from the unnamed experts who spoke just before); not someone and their people ("Mr. Rubio and his advisers",
    // "She and her aides") nor a noun inside a phrase ("Her advice to young female reporters")
    if (pluralPeople(toks[m.j - 1]) && !toks.slice(m.i, m.j - 1).some(t => t.l === 'and' || (PREPOSITIONS.has(t.l) && t.l !== 'of'))) {
      const same = det === 'the' ? sameUnnamedSource(toks[m.j - 1].l, m.s) : undefined;
      return same ? { name: same.name, chain: [written, same.name], unnamed: true } : { name: shown, chain: [written], unnamed: true };
    }
    // ("Traders at the Bo Central Market have vowed …", "The Sierra Leone Police in Bo said …", an Awoko-style probe,
    // test/fixtures/outlets sl-awoko-bo-market-relocation.txt, were the market: people before the place they are at are
    // those people, as written, never the place)
    if (peopleAtPlaceIn(toks, m)) return { name: shown, chain: [written], unnamed: true };
    // a possessor: "her economic plan", "His office" are the possessor's (a campaign is a body of its own, above);
    // "Sanders's campaign manager" is another person
    let owner = -1;
    // (not past a preposition before a place's possessive, which owns no head before it: "Snow crab fishers on
    // Quebec's Gaspé Peninsula say", a CBC-style fixture, were "Snow")
    const placeAfter = (k: number): boolean => !toks[k].cap && PREPOSITIONS.has(toks[k].l) && !!toks[k + 1]?.poss && kindOfName(withoutPossessive(toks[k + 1].t)) === 'place';
    for (let k = m.i; k < m.j - 1 && owner < 0 && !(k > m.i && placeAfter(k)); k++) if (toks[k].poss || THIRD_PERSON_POSSESSIVES.has(toks[k].l)) owner = k;
    // ("his operatives", "their attorneys": people of the owner's, not the owner; "his parents", "Scott's family",
    // "her boss": not whoever the article describes so either)
    // (a body's noun that ends like a person's is the body's: "the regulator said" after "The Alberta Energy Regulator
    // has ordered …", a Calgary Herald-style probe, test/fixtures/outlets ca-calherald-aer-wells-order.txt)
    const personHead = !!head && isPersonHead(head) && !BODY_KINDS.has(head);
    // ("… stay with his uncle, Wilfred Ross, until a trailer is ready. ⏎ “…,” his uncle said.": the name the same words
    // were set beside just before)
    const apposedAgain = owner === m.i ? ownedApposedBefore(m) : undefined;
    if (apposedAgain) return { name: apposedAgain, chain: [written, apposedAgain] };
    const ownedRole = owner === m.i ? ownedRoleBefore(m) : undefined;
    if (ownedRole) return { name: ownedRole, chain: [written, ownedRole], unnamed: true };
    // ("On Gord and Maria Lindgren-Bako's grain farm … Gord Lindgren-Bako said … ⏎ His wife said …", a StarPhoenix-style
    // probe, where "His wife" was no one: a spouse is the one other person of the owner's last name of the noun's gender)
    const spouse = owner === m.i && m.j - m.i === 2 && head && SPOUSE_NOUNS.has(head.toLowerCase()) ? nounGender(head.toLowerCase()) : undefined;
    const spouseOf = spouse ? (toks[owner].cap && !pronounClass(toks[owner].l) ? personIn(m.s, toks[owner].e, true) : ownerPronoun(toks[owner].l, toks[owner].s)) : undefined;
    const partner = spouse && spouseOf ? names.otherOfGenderSharingName(spouseOf, spouse) : undefined;
    if (partner) return { name: partner, chain: [written, partner] };
    if (owner >= 0 && head && (PEOPLE_OF_SOMEONE.test(head) || ROTATING_OFFICE.has(head))) return { name: shown, chain: [written], unnamed: true };
    // ("his ministry said", test/fixtures/outlets hr-totalcroatianews-jadrolinija-ferry-fares.txt,
    // ca-globe-feature-mill-town.txt and ca-global-merritt-ambulance-wait.txt, were the minister: a department speaks
    // for itself, as written; a body's department, "the PWHL's department of player safety", is still the body's)
    if (owner >= 0 && head && OWNED_DEPARTMENT.has(head) && pronounClass(toks[owner].l)) return { name: shown, chain: [written], unnamed: true, thing: true };
    // ("Patients' groups said they had been left out …", a Korea Herald-style probe, test/fixtures/outlets
    // kr-koreaherald-medical-quota-talks.txt, was "Patients": people written as a plural noun own no name)
    // (a plural's possessive, lower-case but where the sentence opens, before a noun of people or of a body: not
    // "Sanders' campaign manager", "Europeans' hostility", PolNeAR train)
    const pluralOwner = owner === m.i && !!head && PLURAL_POSSESSIVE.test(toks[owner].t) && isPluralPeopleNoun(toks[owner].l)
      && (!toks[owner].cap || sentenceStartToken(toks[owner].s) === owner) && (isPersonHead(head) || GROUP_NOUNS.has(head) || BODY_NOUN.has(head) || BODY_NOUN.has(head.replace(/s$/, '')));
    if (pluralOwner) return { name: shown, chain: [written], unnamed: true };
    // (not an outlet whose name holds a possessive: "the People's Daily newspaper calls it", PolNeAR train, Washington Post
    // 2015-12-28, is not "People")
    if (owner >= 0 && !personHead && !(OUTLET_NOUN.has(head ?? '') && toks[owner + 1]?.cap)) {
      const o = toks[owner];
      // ("Her economic plan" opening a sentence: a capitalised pronoun is still a pronoun)
      const name = o.cap && !pronounClass(o.l) ? personIn(m.s, o.e, true) : ownerPronoun(o.l, o.s);
      // ("The Premier's office said": the office of a title with no name is a body, as written, not a person "Premier")
      if (name && TITLES.has(name.toLowerCase())) return { name: shown, chain: [written], unnamed: true };
      // ("Ottawa's transit union says", "Toronto's police force said": a place's body is not the place)
      if (name && kindOfName(name) === 'place') return { name: shown, chain: [written], unnamed: true, thing: true };
      // ("President Lee Jae-myung's office said Sunday it would reopen talks …", kr-koreaherald-medical-quota-talks.txt,
      // was "Lee Jae-myung"; PolNeAR train: "Congressman Trey Gowdy's office slammed …", "Ryan's office said"): a person's
      // office is a body of theirs, named by its owner
      const office = name && head && m.j - 1 === owner + 1 ? ownersOffice(name, head) : undefined;
      if (name && office) return { name: office, chain: [written, name], thing: true };
      if (name) return { name, chain: [written, name] };
    }
    // "Campaign group Friends of the Kent said": the body's name after the noun of its kind is the body
    const bodyName = owner >= 0 ? undefined : nameAfterKindNoun(m);
    if (bodyName) return { name: bodyName, chain: [written, bodyName], thing: true };
    // "brothers John and Brian Meza": a description that holds two people's names joined by "and" is the two
    if (owner < 0 && peopleOfNamed(toks, m)) return { name: shown, chain: [written], unnamed: true };
    const two = owner >= 0 ? undefined : pairWithin(m);
    if (two) return { name: two, chain: [written, two], pair: true };
    // ("The Clinton team thinks …", PolNeAR train, Washington Post 2016-04-10: a name modifying a noun of someone's
    // people is theirs, no one named, as "Clinton's team" is)
    // (but "boss" after a team's or a place's name is that side's manager, a role: "“…,” the Kilkenny boss said", an Irish
    // Independent-style probe, where it was no one; "the Clinton boss" would be a person's, one the article names in full)
    const sideBoss = head === 'boss' && !names.canonical(toks[m.j - 2].t).includes(' ');
    if (owner < 0 && head && m.j - m.i >= 2 && toks[m.j - 1].l === head && PEOPLE_OF_SOMEONE.test(head) && toks[m.j - 2].cap && !sideBoss) return { name: shown, chain: [written], unnamed: true };
    // "Democratic candidate Hillary Clinton boldly": a description that holds a person's name is that person
    const named = owner >= 0 ? undefined : personIn(m.s, m.e, false) ?? wholeRunPerson(m);
    if (named) return { name: named, chain: [written, named] };
    // ("Jeb Bush … brought his older brother, George W. Bush, … “…,” the former president told a crowd", PolNeAR train,
    // NYT 2016-02-17, was Jeb Bush, the sentence's subject before: the one president of the past the article named)
    const pastPresident = det === 'the' && m.j - m.i === 3 && PAST_ROLE_WORD.has(toks[m.i + 1].l) && toks[m.j - 1].l === 'president' ? soleFormerPresidentBefore(m.s) : undefined;
    if (pastPresident) return { name: pastPresident, chain: [written, pastPresident] };
    // "the newspaper", "the network", "the watchdog": a body of that kind the article named just
    // before, never a person ("In a statement, the network said" is not the network's anchor), else as written
    const last = toks[m.j - 1];
    // ("the editorial board writes", PolNeAR train, Politico 2016-01-14: a newspaper's board speaks as the newspaper)
    const kindWord = last.l === 'board' && toks[m.j - 2]?.l === 'editorial' ? 'newspaper' : last.l;
    const kindOfBody = !last.cap && !personHead && owner < 0 && DETERMINERS.has(det) ? BODY_KINDS.get(kindWord) : undefined;
    if (kindOfBody) {
      // (of a kind: a body of that kind named last, never one whose name merely holds the noun, "… the network said"
      // is not the page line "CNN Disputes Characterization Of Network's Reporting On Carson")
      // ("Shared Health, which runs HSC, says … In a statement, the provincial health organization said": the body that
      // spoke just before, over one named inside its own sentence; a Winnipeg Free Press-style probe)
      const body = kindOfBody.only ? people.lastBody(m.s, kindOfBody.only) ?? people.soleBody(m.s, kindOfBody.only) : people.bodyNamed(last.l, m.s) ?? bodySpokeBefore(m.s) ?? people.lastBody(m.s);
      return body ? { name: body, chain: [written, body], thing: true } : { name: shown, chain: [written], unnamed: true, thing: true };
    }
    // ("Grayson's spokeswoman" is not the person described as "Murphy’s spokeswoman")
    const near = head ? describedSalient(head, written, m.s) : undefined;
    // ("the senator" as the role's own head after "the", no one's: the subject of the sentence before, perhaps re-mentioned)
    const plainRole = !!head && det === 'the' && owner < 0 && toks[m.j - 1].l === head.toLowerCase() && !nounGender(head);
    // (not a past part, one an unnamed source played before: "One former budget official who worked with Oyelowo said … ⏎
    // Franklin Oyelowo said the claims were false. ⏎ “…,” the former official said.", a test/fixtures/us-probes sentence)
    const leadIn = plainRole && !people.sentences.opens(m.s) && !toks.slice(m.i, m.j).some(t => PAST_ROLE_WORD.has(t.l)) ? leadInParagraphSubject(head, written, m.s) : undefined;
    if (leadIn) return { name: leadIn, chain: [written, leadIn] };
    // (but the subject of the sentence before, of that role, over a person described so whom neither this paragraph nor
    // that sentence names: "Cruz defends his outsider bona fides in a commercial running on Iowa TV: "…," the senator says
    // directly to the camera", PolNeAR train, Washington Post 2015-12-24, was John McCain, titled a senator paragraphs
    // before; "“Broad City” star Arturo Castro turned the tables … the actor held a fake audition", HuffPost 2015-12-22,
    // was Michael B. Jordan; not "when the AP asked Bennett about Carson's comments, the campaign manager said",
    // Politico 2015-12-23, Barry Bennett, nor "the Sanders aide" the sentence before quotes by name)
    const reMentioned = near && plainRole && !people.sentences.opens(m.s) && isRoleHead(head) && !OTHER_PARTICIPANT.has(head) && !namedAround(near.name, m.s) ? subjectReMentioned(head, written, m.s) : undefined;
    if (reMentioned && reMentioned !== near?.name && namedInParagraphBefore(reMentioned, m.s)) return { name: reMentioned, chain: [written, reMentioned] };
    if (near) return { name: near.name, chain: [written, near.description, near.name] };
    // ("said the minister, a former emergency physician … the former emergency physician said": the person the
    // description the apposition was set after stands for)
    // (or a person's noun no role in itself: "The 58-year-old Finn, a former steelworkers' union official, said … “…,” the
    // former union official said", a Reuters-style probe, where the description stood as written)
    const apposedTo = head && det === 'the' && owner < 0 && isOnePersonWord(head.toLowerCase()) ? descriptionApposedBefore(head.toLowerCase(), m.i) : undefined;
    const apposedReading = apposedTo ? resolveDescription(apposedTo, pos) : undefined;
    if (apposedReading && !apposedReading.unnamed && !apposedReading.thing) return { ...apposedReading, chain: [written, ...apposedReading.chain] };
    // "A young woman asked Mrs. Clinton … “…,” the woman said.": the unnamed person the article introduced so
    const introducedAt = head && det === 'the' && isPersonNoun(head.toLowerCase()) ? introducedAs(head.toLowerCase(), m.i) : undefined;
    // ("Another expert, a virologist at McMaster …, says … ⏎ “…,” says Dr. Aditi Venkataraman-Holt. ⏎ The McMaster
    // virologist says …": the person the next paragraph named that description as, namedInNextQuote)
    const introducedNamed = introducedAt ? namedNext.find(p => introducedAt.at >= p.s && introducedAt.at < p.e)?.name : undefined;
    if (introducedAt && introducedNamed) return { name: introducedNamed, chain: [written, introducedAt.written, introducedNamed] };
    if (introducedAt) return { name: introducedAt.written, chain: [written, introducedAt.written], unnamed: true, ...(introducedAt.gender ? { gender: introducedAt.gender } : {}) };
    // "Rubio sought to stoke positive energy … Walking into the office …, the senator said": the subject just before
    const again = head && (det === 'the' || det === 'that') && m.j - m.i === 2 ? sameUnnamedSource(head.toLowerCase(), m.s) : undefined;
    // ("Members of the National Assembly's Finance and National Planning Committee have rejected … the committee chaired by
    // … said", a Standard-style probe, test/fixtures/outlets ke-standard-finance-bill-bread-vat.txt: a body's noun after
    // its people is the body, not its members)
    const bodyOfGroup = again && head && !isPersonNoun(head.toLowerCase()) ? bodyOfItsPeople(again.name) : undefined;
    if (again && bodyOfGroup) return { name: bodyOfGroup, chain: [written, again.name, bodyOfGroup], thing: true };
    if (again) return { name: again.name, chain: [written, again.name], unnamed: true };
    // ("Liu-Matheson and captain Brianne Okonkwo-Baird replied for Toronto … “…,” the Toronto captain said", test/fixtures/
    // outlets ca-cp-sports-pwhl.txt, was the team the sentence before opened with: a part played for a place's team or
    // office is the one person the article describes so with no place of their own)
    const soleRole = head && det === 'the' && owner < 0 && SUBORDINATE_ROLE.has(head.toLowerCase()) && placesIn(written).length ? names.soleDescribedWithoutPlace(head) : undefined;
    if (soleRole) return { name: soleRole, chain: [written, soleRole] };
    // (a part others play, "the nurse", is one once played by the person re-mentioned: "But Ms Okonkwo-Baines said a
    // longer transition would not be enough. Speaking to BBC Radio 5 Live, the former nurse said: “…”", a BBC-style
    // probe, test/fixtures/outlets uk-bbc-welfare-rebellion.txt, where the description stood as written)
    const pastPart = m.j - m.i >= 3 && PAST_ROLE_WORD.has(toks[m.j - 2].l);
    // (a past part with the side it was played for between, a noun the lexicon leaves out as another word's: "Kilkenny
    // manager Eoin Fitzpatrick-Walsh said his side had no complaints … ⏎ “…,” the former Ballyhale Shamrocks forward
    // said.", an Irish Independent-style probe, where the description stood as written)
    const pastSide = m.j - m.i >= 4 && PAST_ROLE_WORD.has(toks[m.i + 1].l) && toks.slice(m.i + 2, m.j - 1).every(t => t.cap);
    const subject = plainRole && (isRoleHead(head) || pastSide) && (pastPart || pastSide || !OTHER_PARTICIPANT.has(head))
      ? subjectReMentioned(head, written, m.s) : undefined;
    if (subject) return { name: subject, chain: [written, subject] };
    // ("the Opposition member said": a member of the body capitalised before the noun is the one person the article
    // described as that body's, whatever the role, names.describedByOwner)
    const member = head && det === 'the' && owner < 0 && m.j - m.i === 3 && MEMBER_NOUN.has(head.toLowerCase()) && toks[m.j - 2].cap ? names.describedByOwner(written, m.s) : undefined;
    if (member) return { name: member, chain: [written, member] };
    // (and a person's noun no role in itself after the past-role word, for the one person the article titles with that
    // word and a role's words before the name: "Former housing chief Stanley Chow Tak-ming … said … ⏎ “…,” the former
    // official said.", an SCMP-style probe, test/fixtures/outlets hk-scmp-subdivided-flats-bill.txt, where the description
    // stood as written; not "One former budget official who worked with Oyelowo said … said the former official",
    // test/fixtures/us-probes)
    const pastPerson = !!head && det === 'the' && owner < 0 && pastPart && m.j - m.i === 3 && !isRoleHead(head) && isPersonNoun(head.toLowerCase());
    const titled = pastPerson ? soleTitledPast(toks[m.j - 2].l, m.s) : undefined;
    if (titled) return { name: titled, chain: [written, titled] };
    // (one named after it only near it, unless the description opens the article: "In the village of Karasu, farmer
    // Saule Zhaksylykova-Ivanova said …" is 2,300 characters after "“…,” the farmer said", an Astana Times-style probe,
    // kz-astanatimes-grain-storage, where the farmer was the one quoted just before; PolNeAR train, "When the moderator
    // pointed out that Trump hadn't answered the question, the candidate said …", HuffPost 2016-02-07, was Ben Carson,
    // described later)
    const reach = m.e <= headlineEnd || m.e <= deckEnd || inLede(m.s) ? Infinity : DESCRIBED_AFTER_REACH;
    // ("The OPMR will publish its next report in April, its president said." after "The president of the OPMR, Hélène
    // Sainte-Rose-Labat, said …" and "The president of the executive council of the Collectivité territoriale de
    // Martinique, NAME, said …", a Martinique la 1ère-style probe, test/fixtures/outlets mq-martinique1ere-cost-of-living-report.txt:
    // "its" owns the role as a body's name would, the body it stands for)
    const its = owner === m.i && m.j - m.i === 2 && toks[owner].l === 'its' ? ownerPronoun('its', toks[owner].s) : undefined;
    const owned = its && kindOfName(its) !== 'person' ? `${toks[m.j - 1].t} of the ${its}` : written;
    const found = head ? names.byDescription(head, pos, owned, reach) : undefined;
    const described = found && sameOwner(written, found.description) ? found : undefined;
    if (described) return { name: described.name, chain: [written, described.description, described.name] };
    // "the commission", "the committee": the body of that name mentioned last
    // (a place's name before the noun picks the body whose name holds it: "The Hefei bureau said that a review of the program
    // would be published in April" after "the Hefei Municipal Bureau of Commerce" and then "data from the Anhui Provincial
    // Bureau of Statistics showed …", a Global Times-style probe, test/fixtures/outlets
    // cn-globaltimes-hefei-nev-trade-in-subsidy.txt, s46-probes-zb, was the Anhui bureau, named last; placeBeforeHead)
    const bodyNoun = head && DETERMINERS.has(det) && !personHead ? head : undefined;
    const place = bodyNoun ? placeBeforeHead(toks, m) : undefined;
    const ofName = bodyNoun ? (place && people.bodyNamed(bodyNoun, m.s, name => name.split(' ').includes(place))) ?? people.bodyNamed(bodyNoun, m.s) ?? genericBody(bodyNoun, m) : undefined;
    // ("One of them, UnitedHealth Group, has threatened … the trade group for the Blue Cross Blue Shield plans … spelled
    // out its concerns … “…,” the group wrote", politico_2015-12-28, PolNeAR train: a body of the noun described since
    // that body's name was last written is the one the bare noun takes up)
    const body = ofName && head && !(m.j - m.i === 2 && describedSince(head.toLowerCase(), m, text.lastIndexOf(ofName, m.s) + ofName.length)) ? ofName : undefined;
    if (body) return { name: body, chain: [written, body], thing: true };
    // "Dr. Harpreet Sandhu-Ellison, the hospital's chief of emergency medicine, … “…,” the emergency physician said": a
    // doctor's role noun for the one person the article titles "Dr." (a doctor is otherwise a part others play), or the
    // one of them its description makes that specialist ("The pediatrician says …", a Global News-style probe)
    // (not a doctor who is something else too, two roles of one person: "…," the physician and politician told Al
    // Jazeera", an Al Jazeera-style probe, test/fixtures/outlets qa-aljazeera-gaza-hospitals-fuel.txt, went to the one
    // "Dr" the article quoted before, not the party leader named in the sentence before)
    const twoRoles = toks.slice(m.i, m.j).some(t => t.l === 'and' && !t.cap);
    const doctor = head && det === 'the' && owner < 0 && !twoRoles && DOCTOR_NOUN.test(head.toLowerCase()) ? names.soleDoctor(head.toLowerCase()) : undefined;
    if (doctor) return { name: doctor, chain: [written, doctor] };
    // "the senator", "the Indiana governor", "the billionaire businessman": the most salient person of that role (not
    // someone's relative: "his wife" is not whichever woman is most salient; nor a part the people an article is about
    // do not play: "the moderator", "the announcer")
    // (not an office the article names with no holder: "She filed a complaint with the Public Sector Integrity
    // Commissioner … the commissioner found that the agency had taken "reprisals"", a Walrus-style probe, where the
    // commissioner was the woman the profile is about)
    if (head && det === 'the' && (officeWithoutHolder(head, m.s) || unheldOffice(head, written))) return { name: shown, chain: [written], unnamed: true };
    // (of two roles of one person, a part others play and one of the person's own, the latter: "the physician and
    // politician" is the politician salient there, see `twoRoles`)
    const role = head && twoRoles && OTHER_PARTICIPANT.has(head) && last.l !== head.toLowerCase() && isRoleHead(last.l) && !OTHER_PARTICIPANT.has(last.l) ? last.l : head;
    // (nor "the man", "the woman" alone, which tell a sex and nothing more: no one the article never introduced so, as
    // written; but "the man who built his political career on …", a clause saying which man, PolNeAR train, Breitbart
    // 2016-08-15, Joe Biden)
    const sexAlone = !!role && m.j - m.i === 2 && !!grownSexNounGender(role) && toks[m.j]?.l !== 'who';
    if (role && DETERMINERS.has(det) && isRoleHead(role) && !OTHER_PARTICIPANT.has(role) && owner < 0 && !(nounGender(role) && FIRST_PERSON_OWNER.has(det)) && !sexAlone) {
      const head = role;
      // (never for a part played for someone else, "the aide", "the official": such a description is the person the
      // article described so, else unnamed, "… between the White House and the Sanders campaign.\" The aide declined to
      // specify …", PolNeAR train, Washington Post 2016-01-28, was Bernie Sanders)
      const r = SUBORDINATE_ROLE.has(head.toLowerCase()) ? undefined : people.resolveRole(head, written, m.s);
      // (a part played in the past is not the most salient person's but that of the one person a description of the
      // article holds the noun in: "Sen. Baljit Dhanoa, a Conservative from Alberta and a retired army colonel … ⏎ The
      // official said she did not have the number … ⏎ “…,” the former colonel said", a Hill Times-style probe,
      // ca-hilltimes-senate-pbo, went to the official, who spoke last)
      const describedSo = r && pastPart ? names.soleDescribedWithWord(head, m.s) : undefined;
      if (r && describedSo && describedSo !== r.name) return { name: describedSo, chain: [written, describedSo] };
      // (never someone the article gives another office: "the Foreign Minister said" is not President Obama)
      // (nor, over the one person the article titled so before, someone it never did, names.otherSoleHolder)
      const titled = r ? names.otherSoleHolder(r.name, head, written, m.s) : undefined;
      if (titled) return { name: titled, chain: [written, titled] };
      // (nor a group written as its plural noun alone: "Passengers who are overcharged can report the vehicle's
      // registration number to the council's toll-free line, the councillor said", a Club of Mozambique-style probe,
      // test/fixtures/outlets mz-clubofmozambique-maputo-chapa-fares.txt, went to "Passengers", the councillor titled
      // so before being the one holder, below)
      const group = !!r && !r.name.includes(' ') && pluralPeopleWord(r.name.toLowerCase());
      if (r && !group && !names.holdsOtherOffice(r.name, head)) return { name: r.name, chain: [written, ...r.chain.slice(1)] };
      // (else the one person the article titles so: "Sen. Rob Portman … Speaker Paul Ryan … the Ohio senator said")
      const holder = names.soleHolderOf(head);
      if (holder) return { name: holder, chain: [written, holder] };
    }
    // "The community's band council also released a statement … “…,” the council said.": the compound the article
    // just introduced the body by
    const compound = det === 'the' && m.j - m.i === 2 && head && !personHead ? compoundBefore(head.toLowerCase(), m.i) : undefined;
    if (compound) return { name: compound, chain: [written, compound], unnamed: true };
    // "The UN is calling for $1.5 billion": a body's initials after "the" name that body
    if (det === 'the' && m.j - m.i === 2 && head && isBodyInitials(head.toLowerCase())) return { name: shown, chain: [written], thing: true };
    // ("Her daughter, Simran Sidhu, 22, said the family hoped … ⏎ "…," the university student said", a Sudbury
    // Star-style probe, test/fixtures/outlets ca-sudburystar-assault-sentence.txt, stood as written: a person's noun, no
    // role, after one modifier the article writes with it nowhere before is the one who spoke in the sentence just before;
    // not a group, "the committee chairmen", PolNeAR train, nor a past part, which tells nothing new: "One former budget
    // official who worked with Oyelowo said … said the former official", test/fixtures/us-probes)
    // ("Secretary of State for Maritime Fisheries Zineb El Amrani told the House … “…,” El Amrani said. ⏎ The official
    // explained that the ministry had extended the ban …", a Morocco World News-style probe, ma-mwn-sardine-prices-ramadan;
    // "Dhanoa … asked Oyelaran how many procurement officers the department had hired … ⏎ The official said she did not
    // have the number", a Hill Times-style probe, ca-hilltimes-senate-pbo, Oyelaran "the department's assistant deputy
    // minister": both were "official"): "the official" no unnamed official came before is the one person of the
    // executive named since the sentence before
    const executive = det === 'the' && m.j - m.i === 2 && head?.toLowerCase() === 'official' ? executiveNamedBefore(m.s) : undefined;
    if (executive) return { name: executive, chain: [written, executive] };
    const lastSpeaker = det === 'the' && owner < 0 && head ? speakerOfNewDescription(m, written, head) : undefined;
    if (lastSpeaker) return { name: lastSpeaker, chain: [written, lastSpeaker] };
    // (else the one person a sentence of the article names set off after a description opening with these words: "The
    // deputy of the first constituency, Madi Houmadi Abdallah, said … ⏎ "…," the deputy said", a Mayotte la 1ère-style
    // probe, test/fixtures/outlets yt-mayottela1ere-water-cuts-schedule.txt; "The member of the government in charge of
    // mines, energy and the nickel sector, Sandrine Lefeuvre-Tein, said …", nc-lnc-kouaoua-nickel-plant-jobs.txt; "The
    // Seremi of Transport for the Metropolitan Region, Rodrigo Alarcón Figueroa, explained …",
    // cl-santiagotimes-red-fare-rise.txt: all stood as written, a role no salient person was given by)
    // (a word no lexicon knows after "the" alone is such an office too, unknownOfficeWord: '"…," the seremi said' after
    // the Seremi's sentence above, which stood as written with a person's noun asked for, and "The président of the
    // Territorial Council, Xavier Lédée-Gréaux, … ⏎ The président explained that …", a Journal de Saint-Barth-style
    // probe, bl-journaldesaintbarth-gustavia-yacht-fees.txt, reported speech left to "président")
    const opened = det === 'the' && owner < 0 && (personHead || (m.j - m.i === 2 && !!head && unknownOfficeWord(head))) ? soleNamedAfterOpening(m) : undefined;
    if (opened) return { name: opened, chain: [written, opened] };
    // (a body's noun heads a body, unnamed, that "it" may stand for: '“…,” the company wrote in its statement. ⏎ It added,
    // “We want no part in the listing …”', PolNeAR train, USA Today 2016-05-13, where "It" was left as written)
    return { name: shown, chain: [written], unnamed: true, ...(!personHead && head && BODY_NOUN.has(head.toLowerCase()) && { thing: true }) };
  };

  /**
   * The capitalised name that ends description m after a body noun of its kind ("Campaign group | Friends of the
   * Kent", "rights group | Amnesty International"): its words capitalised or joining words; undefined for none.
   */
  const nameAfterKindNoun = (m: Mention): string | undefined => {
    const k = toks.slice(m.i, m.j - 1).findIndex(t => !t.cap && BODY_NOUN.has(t.l));
    if (k < 0) return undefined;
    const first = m.i + k + 1;
    if (!toks[first].cap || !toks[m.j - 1].cap) return undefined;
    for (let x = first; x < m.j; x++) if (!toks[x].cap && !NAME_JOINERS.has(toks[x].l)) return undefined;
    // (a person after the noun is read below: "company CEO Tim Cook")
    const name = text.slice(toks[first].s, m.e);
    return kindOfName(name) === 'person' || hasKnownFirstName(name) ? undefined : name;
  };

  /**
   * The token of where description m's body is based, which opens it after "the", a place's words and commas before it
   * and lower-case words after ("the Calgary-based pipeline operator", "The Mississauga, Ont.-based company"); -1 for none.
   */
  const basedModifier = (m: Mention): number => {
    if (toks[m.i].l !== 'the') return -1;
    let k = m.i + 1;
    while (k < m.j - 1 && !BASED_IN.test(toks[k].l)) k++;
    if (k >= m.j - 1 || !toks.slice(m.i + 1, k).every(t => t.cap || t.t === ',')) return -1;
    return toks.slice(k + 1, m.j - 1).every(t => !t.cap && !t.punct) ? k : -1;
  };

  /** Description m is "the", where its body is based and its noun ("the Calgary-based pipeline operator", "The Vancouver-based company"). */
  const basedIn = (m: Mention): boolean => basedModifier(m) >= 0;
  /** The body `name` is described as based somewhere other than where description m says its body is ("Oregon-based"). */
  const basedElsewhere = (name: string, m: Mention): boolean => {
    const based = names.descriptions.get(name)?.split(/\s+/).find(w => BASED_IN.test(w.toLowerCase()));
    return !!based && based.toLowerCase() !== toks[basedModifier(m)].l;
  };

  /**
   * "band council" a few sentences before token `before`, a lower-case noun and the head noun `head` of a description
   * of a body ("the council"): the two words, as written.
   */
  const compoundBefore = (head: string, before: number): string | undefined => {
    const floor = people.sentences.start(Math.max(0, people.sentences.sentence(toks[before].s) - INTRODUCED_REACH));
    for (let k = before - 1; k > 0 && toks[k].s >= floor; k--) {
      if (toks[k].l !== head || toks[k].cap || inSpeech(toks[k].s, toks[k].e)) continue;
      const mod = toks[k - 1];
      // (no function word: "as" of "40 litres a week as hamlet waits for a winter airlift", a CBC North-style probe, where
      // "the hamlet has asked residents" was "as hamlet")
      if (mod.punct || mod.cap || mod.poss || !/^[a-z]+$/.test(mod.t) || !isCommonWord(mod.l) || DETERMINERS.has(mod.l) || PREPOSITIONS.has(mod.l) || FUNCTION_WORDS.has(mod.l) || isVerbForm(mod.l)) continue;
      return `${mod.t} ${toks[k].t}`;
    }
    return undefined;
  };

  /**
   * "the union", "the agency": the body the article named last, when the description is just that noun; a group is
   * no outlet, school or party's voters ("the group" after "the Chicago Sun-Times reported").
   */
  /** The words of a clause "that …"/"which …" right after the mention m, to its first mark ("that represents the STM's workers"). */
  const restrictiveClauseAfter = (m: Mention): string => {
    if (!RELATIVE_PRONOUNS.has(toks[m.j]?.l ?? '')) return '';
    let k = m.j + 1;
    while (k < toks.length && k < m.j + RELATIVE_CLAUSE_TOKENS && !toks[k].punct && !toks[k].br) k++;
    return text.slice(toks[m.j].s, toks[k - 1].e);
  };
  /**
   * The head noun, lower case, stands between `from` and the mention m after a modifier of its own ("the trade group
   * for …" before "the group"; not an earlier "the board").
   */
  const describedSince = (head: string, m: Mention, from: number): boolean => {
    for (let k = m.i - 1; k > 0 && toks[k].s >= from; k--) {
      const mod = toks[k - 1];
      if (toks[k].l === head && !toks[k].cap && !mod.punct && !mod.cap && !mod.poss && !DETERMINERS.has(mod.l)) return true;
    }
    return false;
  };
  /** The acronyms the text writes with a plural "s" ("NEVs", "SUVs"), read once when a body noun first asks. */
  let acronymsInPlural: ReadonlySet<string> | undefined;
  const pluralAcronyms = (): ReadonlySet<string> => (acronymsInPlural ??= new Set([...text.matchAll(PLURAL_ACRONYM)].map(x => x[1])));
  const genericBody = (head: string, m: Mention): string | undefined => {
    // ("The Calgary-based company said", "The Mississauga, Ont.-based company said": the place it is based in is no
    // other body, Canadian Press style)
    if (toks[m.i].l !== 'the' || !(m.j - m.i === 2 || basedIn(m)) || !BODY_NOUN.has(head)) return undefined;
    // ("Acme Corp. fired 300 workers. … The union said": a body whose name says it is a company is no union, nor a
    // union a company: the last body of the head's kind)
    const otherKind = NAMES_OF_OTHER_KIND.get(head);
    // (a company the article named by its legal form stays "the company" further on: "Maple Ridge Foods Inc. says …"
    // … six sentences of a union and a mayor … "The company said it was "open to discussions"", a CP-style probe; else
    // a business the lexicon does not know: "Workers at Maple Leaf Foods …")
    // (nor a news outlet, for a noun of a public or private body: "In an email to CTV News, the department said")
    const outletToo = BUSINESS_NOUN.has(head.toLowerCase()) || head === 'network' || head === 'group';
    // (the body its sentence opens on before one named in passing after it: "Royal Greenland said … that it was willing
    // to meet both the Naalakkersuisoq and KNAPK … ⏎ The company also said", a Sermitsiaq-style probe, was KNAPK; People.lastBody)
    // (nor the outlet the article's people talk to, for any noun but the network's: Salience.addressedBefore)
    // (nor an acronym the article also writes in the plural, a kind of thing: "the bureau" after "new-energy vehicles
    // (NEVs) … an NEV priced above 100,000 yuan", a Global Times-style probe, cn-globaltimes-hefei-nev-trade-in-subsidy,
    // s46-probes-zb, was "NEV"; pluralAcronyms)
    const body = people.lastBody(m.s, name => !(otherKind && otherKind(name)) && (outletToo || !OUTLET_NAME(name)) && !pluralAcronyms().has(name), { bySubject: true, notHearer: head !== 'network' })
      ?? (BUSINESS_NOUN.has(head.toLowerCase()) ? people.lastBody(m.s, isCompanyName, { reach: COMPANY_REACH }) ?? people.lastUntypedBody(m.s) ?? people.lastBusinessNamed(m.s) : undefined);
    if (!body || PEOPLE_OF_A_PARTY.has(body) || (GROUP_NOUN.has(head) && NOT_A_GROUP.test(body))) return undefined;
    // ("The union that represents the STM's maintenance workers says": a body the noun's own relative clause names is
    // another body, a Montreal Gazette-style probe)
    if (restrictiveClauseAfter(m).includes(body)) return undefined;
    // ("The State Emergency Service said … The union said": a public body is no union or company)
    if (isPrivateBodyNoun(head) && PUBLIC_BODY_END.test(body)) return undefined;
    return body;
  };

  /**
   * The words of description `written` after its determiner stand in the DESCRIPTION_SEEN_REACH characters of text
   * before `pos` ("university student"; bounded, so that a long text's descriptions stay linear).
   */
  const writtenBefore = (written: string, pos: number): boolean =>
    text.slice(Math.max(0, pos - DESCRIPTION_SEEN_REACH), pos).toLowerCase().includes(written.toLowerCase().replace(/^\S+\s+/, ''));

  /**
   * The subject of the sentence just before description m, "the" (its determiner), one lower-case modifier and `head`, a
   * person's noun that is no role, no plural and no past part ("the university student"), when the article writes
   * `written` nowhere before it (resolveDescription); undefined otherwise. The cheap tests first: writtenBefore reads
   * the text before m.
   */
  const speakerOfNewDescription = (m: Mention, written: string, head: string): string | undefined => {
    if (m.j - m.i !== DETERMINER_MODIFIER_HEAD || !isPersonNoun(head) || isRoleHead(head) || pluralPeople(toks[m.j - 1]) || PLURAL_OF_MAN.test(head)) return undefined;
    if (toks[m.i + 1].cap || PAST_ROLE_WORD.has(toks[m.i + 1].l) || writtenBefore(written, m.s)) return undefined;
    // (the sentence just before is the one before the quote the description's cue follows, not the quote's own sentence
    // before its last: '"Last winter we sold 180 tonnes. This winter I think we can do 300 tonnes …," the cooperative head
    // said.' after '"…," Wang said.', a Xinhua-style probe, test/fixtures/outlets cn-xinhua-harbin-winter-greenhouse-vegetables.txt,
    // stood as written; and a paragraph's opening description after a quote split around its cue, '"…," Jensen said.
    // "Everybody here knows everybody's prices. You can't hide." ⏎ The restaurant owner added that …', an Icepeople-style
    // probe, sj-icepeople-longyearbyen-power-prices.txt, the same)
    const cued = cuedQuoteStart(m.s);
    return cued === undefined ? people.recentSubject(head, written, m.s, quoteStartBefore(m.s)) : people.recentSubject(head, written, cued, cued);
  };

  /**
   * The phrase from token `from` ends, within its paragraph and INTRODUCED_PHRASE_TOKENS, at a comma before a capitalised
   * word that is no place's name: a name set off after it ("of the National Assembly for Vientiane, Ms NAME").
   */
  const nameAfterPhrase = (from: number): boolean => {
    for (let j = from; j < toks.length && j <= from + INTRODUCED_PHRASE_TOKENS; j++) {
      if (toks[j].br) return false;
      if (toks[j].punct) return toks[j].t === ',' && !!toks[j + 1]?.cap && kindOfName(toks[j + 1].t) !== 'place';
    }
    return false;
  };

  /**
   * "a young woman" a few sentences before token `before`, whose head noun is `head`: the written phrase and where it
   * starts. Not an apposition or a predicate of a name ("Ivanka Trump, a fashion designer,", "Trump is a businessman"):
   * that person has a name, found by the description table. Not a noun modifying another ("a landmark Supreme Court
   * ruling").
   */
  const introducedAs = (head: string, before: number): { written: string; at: number; gender?: Gender } | undefined => {
    const floor = people.sentences.start(Math.max(0, people.sentences.sentence(toks[before].s) - INTRODUCED_REACH));
    const first = Math.max(0, before - INTRODUCED_TOKENS);
    // ("the woman" also stands for "an 81-year-old widow": a noun of her gender)
    const gender = grownSexNounGender(head);
    for (let k = before - 1; k >= first && toks[k].s >= floor; k--) {
      if ((toks[k].l !== head && !(gender && nounGender(toks[k].l) === gender)) || toks[k].cap) continue;
      const next = toks[k + 1];
      if (next && !next.punct && (next.cap || isRoleNoun(next.l) || isPersonNoun(next.l))) continue;
      for (let a = k - 1; a >= 0 && a >= k - 1 - INTRODUCED_MODIFIERS; a--) {
        if (toks[a].punct || DETERMINERS.has(toks[a].l) || NOT_A_MODIFIER.has(toks[a].l)) {
          if (toks[a].l !== 'a' && toks[a].l !== 'an') break;
          const prev = toks[a - 1];
          if (prev && ((prev.t === ',' && (!next || next.punct)) || PREDICATE_OPENERS.has(prev.l))) break;
          // (nor one set off after a person's name with more words after its noun: "Sen. Rosemary Tuccaro, a Cree
          // senator from Manitoba who …": "The Manitoba senator" is Tuccaro, a Hill Times-style probe)
          if (prev?.t === ',' && toks[a - 2]?.cap && !toks[a - 2].poss && kindOfName(toks[a - 2].t) !== 'place') break;
          if (next && next.t === ',' && toks[k + 2]?.cap) break;
          // (nor one whose phrase after the noun ends at a name set off: "A member of the National Assembly for
          // Vientiane, Ms NAME, told …": "the NA member" is NAME, a Vientiane Times-style probe, test/fixtures/outlets
          // la-vientianetimes-pork-prices.txt, was "a member")
          if (next && PREPOSITIONS.has(next.l) && nameAfterPhrase(k + 1)) break;
          // (with the gender the relative clause after it states: "A former scheduling co-ordinator at the company, who
          // asked that W5 not use her name …, said … ⏎ “…,” the former co-ordinator said. ⏎ She said she raised …", a
          // CTV W5-style probe, where "She" went to a sentence's opening word, "Internal")
          return { written: text.slice(toks[a].s, toks[k].e).replace(/^A/, 'a'), at: toks[a].s, gender: relativeClauseGender(k + 1) };
        }
      }
    }
    return undefined;
  };

  /**
   * The description of a person that "a …" with the head noun `head`, set off by commas, follows a few sentences
   * before token `before` ("“No one is abandoning Coaticook,” said the minister, a former emergency physician … the
   * former emergency physician said he hoped not", a Sherbrooke Record-style probe, test/fixtures/outlets
   * ca-record-coaticook-er.txt, where it went to a family physician the article names only after it): "the minister",
   * as a mention, that the later description stands for too. Undefined for an apposition to a name (the description
   * table holds it) or none.
   */
  const descriptionApposedBefore = (head: string, before: number): Mention | undefined => {
    const floor = people.sentences.start(Math.max(0, people.sentences.sentence(toks[before].s) - APPOSED_DESCRIPTION_REACH));
    for (let k = before - 1; k >= Math.max(0, before - INTRODUCED_TOKENS) && toks[k].s >= floor; k--) {
      if (toks[k].l !== head || toks[k].cap || !(toks[k + 1]?.punct)) continue;
      let a = k - 1;
      while (a > k - 1 - INTRODUCED_MODIFIERS && a > 0 && !toks[a].punct && !INDEFINITE_ARTICLE.test(toks[a].l) && !NOT_A_MODIFIER.has(toks[a].l)) a--;
      if (!INDEFINITE_ARTICLE.test(toks[a]?.l ?? '') || toks[a - 1]?.t !== ',') continue;
      // (the description before the comma: "the", up to INTRODUCED_MODIFIERS words in lower case, a role's noun)
      const noun = a - 2;
      // (or a demonym for one person, capitalised: "The 58-year-old Finn, a former steelworkers' union official, said …
      // “…,” the former union official said", a Reuters-style probe)
      if (noun < 1 || (toks[noun].cap && !isPersonDemonym(toks[noun].t)) || toks[noun].poss || !isRoleHead(toks[noun].l)) continue;
      let the = noun - 1;
      while (the > noun - 1 - INTRODUCED_MODIFIERS && the > 0 && !toks[the].punct && !toks[the].cap && !toks[the].poss && toks[the].l !== 'the') the--;
      if (toks[the]?.l !== 'the') continue;
      return { s: toks[the].s, e: toks[noun].e, kind: 'description', i: the, j: noun + 1, head: toks[noun].t };
    }
    return undefined;
  };

  /**
   * A pronoun no one the article names stands for (the narration's "I" or "we", a "they" with no one in reach): shown as
   * written, marked unnamed, so that no "he" of one article is taken for the "he" of another.
   */
  const unresolved = (word: string): Reading => {
    unnamed.add(word);
    return { name: word, chain: [word], unnamed: true, unresolved: true };
  };

  /**
   * The narration's "I", `word`, shown as its writer `shown`: the author the article names, else NARRATOR, unnamed ("Last
   * month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton", PolNeAR train, USA Today 2016-07-25).
   * Tracked as the pronoun, unresolved, so that the writer is never what a "he" or "she" of the narration stands for.
   */
  const narrator = (word: string, shown: string): Reading => {
    const r = unresolved(word);
    if (shown !== NARRATOR) return { name: r.name, chain: [word, shown], unresolved: true, shown };
    unnamed.add(NARRATOR);
    return { ...r, chain: [word, NARRATOR], shown };
  };
  /**
   * The subject of the lead-in that sets off the block of lines holding `pos`, no quotation mark before it: the line before
   * the block, after a blank line, ends on a verb of saying and a colon ("In the text accompanying the video post,
   * Wallnau wrote: ⏎⏎ I think this prophetic prayer timely …", PolNeAR train, Western Journal 2015-11-10; "In a speech
   * last July, he said: ⏎⏎ Let no one be mistaken … ⏎ It cannot be pacified … ⏎ I feel so strongly about this …",
   * 2016-01-25). Undefined for none.
   */
  const leadInSubject = (pos: number): Mention | undefined => {
    let lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    for (let lines = 0; lines < BLOCK_LINES; lines++) {
      if (QUOTE_MARK.test(text.slice(lineStart, pos))) return undefined;
      const before = text.slice(Math.max(0, lineStart - LEAD_IN_CHARS), lineStart);
      const blank = /\n[ \t\u00a0]*\n\s*$/.test(before);
      const lead = /([^\n]*):[ \t\u00a0]*\n\s*$/.exec(before);
      if (blank && lead && !QUOTE_MARK.test(lead[1])) {
        const colon = tokenAt(toks, lineStart - before.length + lead.index + lead[1].length);
        const cue = toks[colon - 1];
        if (toks[colon]?.t !== ':' || !cue || cue.cap || !CUES.has(cue.l) || WEAK_CUES.has(cue.l)) return undefined;
        const from = sentenceStartToken(cue.s);
        return from < colon - 1 ? subjectBefore(toks, colon - 2, from) ?? undefined : undefined;
      }
      if (blank || lineStart === 0) return undefined;
      lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    }
    return undefined;
  };

  /**
   * The noun of the nearest "one …" before token i, in its sentence or the one before (past the sentences a quote
   * opens: "“…,” one user wrote. “I hope …” ⏎ Another said"), outside quotes, that "another"
   * at i is one more of: "one user wrote" → user, "wrote one user in Sudbury" → user, "one Arizona Department of
   * Transportation sign read" → sign. The noun is the first lower-case word after "one" and the names that modify it,
   * a person's noun or a noun a cue follows ("one sign read"); else undefined ("one of them", "one percent").
   */
  const oneOfKindBefore = (i: number): string | undefined => {
    let before = people.sentences.sentence(toks[i].s) - 1;
    while (before > 0 && withinQuote(quotes, people.sentences.start(before), people.sentences.start(before) + 1)) before--;
    const floor = sentenceStartOf(Math.max(0, before));
    for (let x = i - 1; x >= floor; x--) {
      if (toks[x].l !== 'one' || withinQuote(quotes, toks[x].s, toks[x].e)) continue;
      let h = x + 1;
      while (h < i && h < x + 1 + ONE_OF_KIND_MODIFIERS && !toks[h].punct && (toks[h].cap || (toks[h].l === 'of' && toks[h + 1]?.cap && h > x + 1))) h++;
      const head = toks[h];
      if (!head || h >= i || head.punct || head.cap || head.poss || CUES.has(head.l) || PREPOSITIONS.has(head.l) || DETERMINERS.has(head.l)) return undefined;
      return isPersonWord(head.l) || CUES.has(toks[h + 1]?.l ?? '') ? head.l : undefined;
    }
    return undefined;
  };

  /**
   * Name mention m is one word that is a plural of people ("Aides", "Critics", "Analysts") or a quantifier standing for
   * people ("Another", "Some"), and no name: not a party's members, a people ("Democrats", "Russians"), a body the
   * lexicon knows ("Reuters") or a name the article gives ("the Khans").
   */
  const unnamedWordAlone = (m: Mention): boolean => {
    if (m.j - m.i !== 1) return false;
    const t = toks[m.i];
    if (t.poss) return false;
    if (ONE_OF_MANY.has(t.l)) return true;
    if (!pluralPeopleWord(t.l) || PEOPLE_OF_A_PARTY.has(t.t) || isDemonym(t.t)) return false;
    const kind = kindOfName(t.t);
    return kind !== 'organization' && kind !== 'place' && kind !== 'person' && !names.names.knows(t.t) && !names.names.knowsLastName(t.t) && names.canonical(t.t) === t.t;
  };

  /**
   * A one-word name mention that is a document's or an outlet's noun ("Poll", "Newspaper", "VIDEO") set off by a colon
   * after it or opening the text (a headline's "Poll finds …"), and no surname the article gives a person.
   */
  const documentLabel = (m: Mention): boolean => {
    const t = toks[m.i];
    if (m.j - m.i !== 1 || t.poss || !(isDocumentNoun(t.l) || OUTLET_NOUN.has(t.l))) return false;
    if (toks[m.j]?.t !== ':' && m.i !== 0) return false;
    // (not a surname the article gives a person: "Carter Page … ⏎ Page: …")
    return !names.names.knowsOtherFirst(t.t);
  };

  /**
   * The first token of the capitalised words that end name mention m past its words in lower case, else m.i; not a
   * title and what it holds ("the former CEO of Hewlett-Packard" is no one named "Hewlett-Packard").
   */
  const afterLowerCase = (m: Mention): number => {
    let k = m.i + 1;
    while (k < m.j - 1 && !toks[k].cap && !toks[k].punct && !PREPOSITIONS.has(toks[k].l)) k++;
    const title = TITLES.has(toks[k].l) || OFFICE_HEADS.has(toks[k].l) || isRoleNoun(toks[k].l);
    return k < m.j && toks[k].cap && !title && toks.slice(k, m.j).every(t => t.cap || NAME_JOINERS.has(t.l)) ? k : m.i;
  };

  /**
   * A name mention that opens its sentence with a plural of people before "for" or "of" and a name, or names joined by
   * "and" ("Attorneys for Clinton"; "Strategists for Barack Obama and Clinton all agree", PolNeAR train, Politico
   * 2016-09-01: was the name "Strategists for Barack Obama").
   */
  const peopleOfNameOpening = (m: Mention): boolean => {
    const first = toks[m.i], link = toks[m.i + 1];
    return m.j - m.i >= 3 && people.sentences.opens(first.s) && pluralPeopleWord(first.l) && !!link && /^(?:for|of)$/.test(link.l)
      && toks.slice(m.i + 2, m.j).every((t, k, rest) => t.cap || (t.l === 'and' && k > 0 && rest[k + 1]?.cap));
  };

  /**
   * Name mention m stands in the headline and ends on a capitalised noun of a role, of a description's few words
   * ("Clinton Pollster"): the person the article names after that description (resolveDescription's namedLater), when
   * it names one; else undefined, and m is read as a name.
   */
  const headlineRoleNamed = (m: Mention, pos: number): Reading | undefined => {
    const last = toks[m.j - 1];
    if (m.e > headlineEnd || m.j - m.i > LEDE_DESCRIPTION_WORDS || !last.cap || last.poss || !isRoleHead(last.l)) return undefined;
    if (kindOfName(text.slice(m.s, m.e)) === 'person' && names.names.knows(text.slice(m.s, m.e))) return undefined;
    const r = resolveDescription({ ...m, kind: 'description', head: last.t }, pos);
    // (not a name the headline's own capitals make: "Pastor Wants Girl Scout Leaders To Be Executed …" is no pastor
    // named "Wants Girl Scout Leaders")
    return r.unnamed || r.thing || r.chain.length < 2 || text.slice(0, headlineEnd).includes(r.name) ? undefined : r;
  };

  /** The article is an interview set out in questions and answers ("Q: …", "A: …"), read once. */
  let interview: boolean | undefined;

  /** The token before k is a capitalised "The" that does not open its sentence. */
  const theInName = (k: number): boolean => {
    const the = toks[k - 1];
    return !!the && the.t === 'The' && !people.sentences.opens(the.s);
  };

  const author = authorOf(text) ?? '';
  const stage: PeopleStage = {
    resolve(m, pos, said) {
      if (m.kind === 'name') {
        // ("…, the nonpartisan Congressional Budget Office reported", "…, the news site RTL Info reported": words in lower
        // case after a determiner are no part of the name after them; PolNeAR train, NYT 2016-01-20, HuffPost 2016-05-19)
        const named = ARTICLES.has(toks[m.i].l) && !toks[m.i].cap ? afterLowerCase(m) : m.i;
        if (named > m.i + 1) m = { ...m, i: named, s: toks[named].s };
        // "the Wisconsin Republican criticized", "said a New Hampshire Republican": a party's member after a
        // determiner is a description of a person, not a name
        const member = partyMemberDescription(toks, m);
        if (member) {
          const r = resolveDescription(member, pos);
          if (r.unnamed) unnamed.add(r.name);
          return r;
        }
        // ("Poll: Trump and Clinton hold narrow leads in Pennsylvania", "Newspaper: Defense secretary used personal email
        // at Pentagon", a transcript's "VIDEO: …": a document's or an outlet's noun as a headline's source or a label is
        // no one named)
        if (documentLabel(m)) {
          const shown = toks[m.i].l;
          unnamed.add(shown);
          return { name: shown, chain: [text.slice(m.s, m.e)], unnamed: true, thing: true };
        }
        // ("Executives for Mondelez, which …, say", "Attorneys for Clinton appeared to oppose the effort": a plural of
        // people opening the sentence, capitalised there, before "for" or "of" and a name is a description, no one named)
        // (so are such people in lower case read as a name after what they say: "…, people close to Clinton say.",
        // PolNeAR train, Politico 2016-09-01, was the name "people close")
        if (peopleOfNameOpening(m) || (!toks[m.i].cap && peopleOfNamed(toks, m))) {
          const shown = text.slice(m.s, m.e);
          unnamed.add(shown);
          return { name: shown, chain: [shown], unnamed: true };
        }
        const pair = pairNamed(m);
        if (pair) return { name: pair, chain: [pair], pair: true };
        // ("“…,” one user wrote on X. ⏎ Another, who said she worked at a store in Winnipeg, said …": "Another" opening
        // its sentence is one more unnamed person, of the gender its relative clause gives, no name; a HuffPost
        // Canada-style probe, where the next paragraph's "The organizer of the Reddit group" went to "Another")
        // (named by the noun of "one …" just before it: "“…,” one user wrote on X. ⏎ Another, who said …" is "another
        // user"; PolNeAR train, Washington Post 2016-03-04 "“…,” one user wrote. … Another said he hoped …", Western
        // Journal 2015-12-28 "one Arizona Department of Transportation sign read, “…” Another advised, “…”")
        if (m.j - m.i === 1 && toks[m.i].l === 'another') {
          const gender = relativeClauseGender(m.j);
          const kind = oneOfKindBefore(m.i);
          const shown = kind ? `another ${kind}` : toks[m.i].t;
          unnamed.add(shown);
          return { name: shown, chain: kind ? [toks[m.i].t, shown] : [shown], unnamed: true, ...(gender && { gender }) };
        }
        // "Supporters of Sanders say": a group of the person's people, shown as written, unnamed
        // ("Aides said …", "Critics say …", "Another tweeted …": a plural of people or a quantifier alone, capitalised
        // as it opens its sentence, is an unnamed group or one of many, never a name: PolNeAR train, NYT 2016-05-18,
        // Western Journal 2016-03-10)
        if ((toks[m.i + 1]?.l === 'of' && pluralPeopleWord(toks[m.i].l)) || unnamedWordAlone(m)) {
          const written = text.slice(m.s, m.e);
          unnamed.add(written);
          return { name: written, chain: [written], unnamed: true };
        }
        const titled = officeHolderApposed(m);
        if (titled) return { name: titled, chain: [text.slice(m.s, m.e), titled] };
        // "a demand the federal Energy Minister called “a shakedown” … Federal Energy Minister Jonathan Whitlock-Baird
        // responded": an office with no name is the one person the article gives that title
        const holder = OFFICE_HEADS.has(toks[m.j - 1].l) ? soleTitled(m) : undefined;
        if (holder) return { name: holder, chain: [text.slice(m.s, m.e), holder] };
        // ("The Minister of Fisheries said that …" after "The Minister of Fisheries and Maritime Economy, Mr. NAME,": the
        // one holder of an office whose portfolio opens so)
        const portfolioHolder = shortenedOfficeHolder(m);
        if (portfolioHolder) return { name: portfolioHolder, chain: [text.slice(m.s, m.e), portfolioHolder] };
        // ("Minister says cuts will hurt families" with no minister named: an office alone is no one's name)
        if (m.j - m.i === 1 && OFFICE_HEADS.has(toks[m.i].l)) {
          const office = text.slice(m.s, m.e);
          unnamed.add(office);
          return { name: office, chain: [office], unnamed: true };
        }
        // ("the CFO said" after "Chief financial officer Luc-Antoine Béliveau": an office's initials after "the" stand
        // for the person the article described so, a Financial Post-style probe)
        // (and after a rank: "Deputy Prime Minister for Economic Policy Marko Vuksanović said … ⏎ "…," the Deputy PM said",
        // a CdM-style probe, test/fixtures/outlets me-cdm-kotor-cruise-passenger-fee.txt, probes-yy, was "PM")
        const initials = rankedInitials(toks, m);
        if (initials !== undefined && toks[initials - 1]?.l === 'the') {
          const written = text.slice(toks[initials - 1].s, m.e);
          const holder = describedSalient(toks[m.j - 1].l, written, m.s) ?? names.byDescription(toks[m.j - 1].l, m.s, written);
          if (holder) return { name: holder.name, chain: [written, holder.name] };
        }
        // "Russian FM says", "Trump's potential VP then revealed", "an anti-Trump PAC recently revealed": an
        // abbreviation after the words that describe it is no one's name; the description, as written, unnamed
        const abbreviated = abbreviationDescribed(toks, m);
        if (abbreviated) {
          const shown = withoutStrayMarks(text.slice(toks[abbreviated].s, m.e).replace(/^the\s+/i, ''));
          unnamed.add(shown);
          return { name: shown, chain: [shown], unnamed: true };
        }
        // "France’s Marine Le Pen Backs Trump": a place's possessive before a name the article gives
        const placed = m.j - m.i >= 2 && toks[m.i].poss ? namedAfterPlace(m, m.i) : undefined;
        if (placed) return { name: placed, chain: [text.slice(m.s, m.e), placed] };
        // ("Former Clinton Pollster Says Clinton Is In Trouble …" … "Former Bill Clinton pollster Douglas Schoen", PolNeAR
        // train, Western Journal 2016-06-04, was "Clinton Pollster"): a title-case headline capitalises a description's
        // noun, so its words read as a name; the one person the article describes by that noun is who it is
        const headlineRole = headlineRoleNamed(m, pos);
        if (headlineRole) return headlineRole;
        const written = canonicalOf(toks, m.i, m.j);
        const name = names.canonicalAt(written.name, m.s, written.title);
        // "as The Hill reported": a one-word name after a capitalised "The" inside a sentence is an outlet's or a
        // work's, "The" and all (no one's "Hill")
        // (also a mention that holds its "The": '“…,” The Blaze reported.', PolNeAR train, Western Journal 2016-02-02)
        const word = m.j - m.i === 1 ? m.i : m.j - m.i === 2 && toks[m.i].t === 'The' ? m.i + 1 : -1;
        if (word >= 0 && name === toks[word].t && theInName(word)) return { name: `${toks[word - 1].t} ${name}`, chain: [name] };
        return { name, chain: [name] };
      }
      const word = text.slice(m.s, m.e);
      if (m.kind === 'description') {
        const r = resolveDescription(m, pos);
        if (r.unnamed) unnamed.add(r.name);
        // (a description that asks, as a name does: "Asked by the coroner whether he had been trained …, he said: “…”",
        // an Independent-style probe, test/fixtures/outlets uk-independent-inquest-ouse, where "he" went to the coroner)
        const sentence = people.sentences.sentence(m.s);
        if (!r.unnamed && askerOfOpener(toks, descriptionHead(m), tokenAt(toks, people.sentences.start(sentence)))) people.asked(r.name, sentence);
        const apposed = r.unnamed && !r.thing ? apposedRoleHead(m.j) : undefined;
        return apposed ? { ...r, apposed } : r;
      }
      const l = word.toLowerCase();
      // "The lawsuit contends “…” It goes on to say": the document that spoke last
      // ("The parliamentary budget officer's report, tabled Wednesday, found that … It also found that …", an
      // iPolitics-style probe: a document that reported in the sentence before, quoted or not)
      const lastThing = lastSource?.reading.thing && people.sentences.sentence(m.s) - lastSource.sentence === 1 && !toks[m.i].poss ? lastSource : lastSpeaker;
      const thing = lastThing?.reading.thing && l === 'it' && people.sentences.sentence(m.s) - lastThing.sentence <= IT_REACH ? lastThing.reading : undefined;
      if (thing) return { ...thing, chain: [word, ...(pronounClass(thing.chain[0]) ? thing.chain.slice(1) : thing.chain)] };
      // "The union represents 2,300 drivers. It says …": the body the sentence before opened with, named or not
      const body = l === 'it' ? bodySubjectBefore(m.i) ?? bodyOpeningBeforeWhich(m.i) : undefined;
      if (body) {
        const r = resolveDescription(body, pos);
        if (r.unnamed) unnamed.add(r.name);
        return { ...r, chain: [word, ...r.chain], thing: true };
      }
      // "Trump's campaign immediately backtracked, putting out a statement … In cases of abortion, it said" (PolNeAR
      // train, HuffPost 2016-06-27): the campaign
      const campaign = campaignPronoun(campaigns, m.i);
      if (campaign) return { name: campaign, chain: [word, campaign], thing: true };
      // "a campaign surrogate who said", "his show's listeners, who wondered": the description "who" follows
      // ("members of Congress and governors who see him as …": all the people joined before it)
      // ("said a longtime adviser to Trump, who declined to be identified": the part played for the person named, not
      // that person)
      const np = l === 'who' ? withConjuncts(toks, descriptionBefore(toks, m.i) ?? peopleBeforeWho(toks, m.i)) ?? roleForNameBefore(toks, m.i) ?? percentBefore(m.i) : undefined;
      if (np) {
        const r = resolveDescription(np, pos);
        if (r.unnamed) unnamed.add(r.name);
        return { ...r, chain: [word, ...r.chain] };
      }
      // "the Associated Press report, which notes", "He held up the sign — which read": the thing "which" follows
      // ("a piece that noted …": a restrictive "that" right after its noun)
      // (and a restrictive "which" right after its noun: "the resolution which said the city “condemns …”")
      // (a relative "that" right after a plural noun with no determiner: "But progressive organizations that have endorsed
      // him say …", PolNeAR train, HuffPost 2016-06-09, "including prominent businesses that warn it could harm commerce",
      // Washington Post 2016-03-10, were "that": barePluralBefore)
      const antecedent = l === 'which' ? thingBefore(toks, m.i) ?? nounPhraseEndingAt(toks, m.i) : l === 'that' ? nounPhraseEndingAt(toks, m.i) ?? barePluralBefore(toks, m.i) : undefined;
      if (antecedent) {
        const r = resolveDescription(antecedent, pos);
        return { ...r, chain: [word, ...r.chain], thing: true };
      }
      // ("Després says the strongest evidence … comes from a study of San Francisco, which found that landlords …", a
      // Globe and Mail-style probe, test/fixtures/outlets ca-globe-explainer-rent-control.txt, was the city: a study,
      // poll or report of a name is the thing "which" follows, not the name)
      const studied = l === 'which' ? pollNounOfName(toks, m.i) : undefined;
      if (studied) {
        const r = resolveDescription(studied, pos);
        return { ...r, chain: [word, ...r.chain], thing: true };
      }
      // ("a request by The Washington Post, which argued that …": the name "which" follows; past its short form in
      // brackets, "organised by the Student Organisation of Slovenia (ŠOS), which says that …", a Slovenia Times-style
      // probe, test/fixtures/outlets si-sloveniatimes-ljubljana-student-rents.txt, probes-hh, was "which")
      const named = (l === 'which' || l === 'that') && toks[bracketsBefore(toks, m.i - (toks[m.i - 1]?.t === ',' ? 2 : 1))]?.cap ? nameBefore(m.s) : undefined;
      if (named) return { name: named, chain: [word, named], thing: true };
      // "I" in the narration of an essay whose closing bio line names its author ("Charlotte Meehan is playwright …")
      // (tracked as the pronoun, as the narration's "I" of an article with no author is: the writer is no one a "he" of
      // the narration stands for, "I support him because I know he'll continue to do the right thing. He knows …",
      // PolNeAR train, USA Today 2016-06-08, by Rep. Raul Grijalva)
      // ("Wallnau wrote: ⏎⏎ I think …": the words set off after a lead-in are its speaker's, though unquoted)
      const lead = FIRST_PERSON_SINGULAR.has(l) ? leadInSubject(m.s) : undefined;
      if (lead) {
        const r = stage.resolve(lead, pos, said);
        return { ...r, chain: [word, ...r.chain] };
      }
      if (author && FIRST_PERSON_SINGULAR.has(l)) return narrator(word, author);
      // ("I believe that he understands this moment", an op-ed with no bio line: the narration's "I" is its writer,
      // never a person the article names)
      // (but a transcript's answer is its label's, "FALLIN: Well, I think …", and a tweet's "I" or an unnamed
      // answer's, "A: I think …", is left to salience)
      if (FIRST_PERSON_SINGULAR.has(l) && !withinQuote(quotes, m.s, m.s + 1)) {
        const label = paragraphLabel(text, m.s);
        // (shown as the article's writer, "the author"; but in an interview an answer's paragraphs after its "A:" are
        // the person interviewed's: "Q&A with Vice President Joe Biden", PolNeAR train, Politico 2016-02-19)
        if (label === undefined) return (interview ??= INTERVIEW_LABEL.test(text)) ? unresolved(word) : narrator(word, NARRATOR);
        if (label.length > 1) {
          const name = names.canonicalAt(label, m.s);
          return { name, chain: [word, name] };
        }
      }
      // "Yes, we know that Sanders grew up …", "TWITTER. ⏎ We asked our followers …": the narration's "we" is its
      // writers (or anyone), never a body the article names; a transcript's is left to salience, as its "I"
      if (FIRST_PERSON_PLURAL.has(l) && !withinQuote(quotes, m.s, m.s + 1) && paragraphLabel(text, m.s) === undefined) return unresolved(word);
      // ("Scott Reed, the Chamber's chief political strategist, who added": the name the apposition describes)
      // "Take Idaho Republican Sens. Mike Crapo and Jim Risch. Last week, they enthusiastically endorsed": two people
      // joined by "and" just before
      const pair = l === 'they' ? pairBefore(m.s) : undefined;
      if (pair) return { name: pair, chain: [word, pair], pair: true };
      // "Ted Cruz’s associates insist … The freshman senator wants to return …, they say.": the unnamed group that spoke
      // last, not a body named in passing
      const group = l === 'they' && lastGroup && people.sentences.sentence(m.s) - lastGroup.sentence <= UNNAMED_SOURCE_REACH ? lastGroup.reading : undefined;
      if (group) return { ...group, chain: [word, ...group.chain] };
      // "The newspaper … writes that Haley has sought to differentiate between … a system that Republicans want … ⏎
      // “…,” they conclude.": the collective body that spoke last (a board, a team, a newspaper …), never a plural
      // named in passing inside its words
      const collective = l === 'they' ? collectiveSpokeBefore(m.s) : undefined;
      if (collective) return { ...collective, chain: [word, ...collective.chain] };
      // "Probably nobody hates the Cadillac tax more than representatives of the labor movement, … They and their
      // supporters argue": a "they" opening its sentence after one that ends on people written as a plural noun, no
      // name after them, is those people, never a body named further back (shown as written, unnamed)
      if (/^they\b/.test(l) && peopleJustBefore(m.i)) return unresolved(word);
      // ("…, they say": not a name inside the words they are said to say, "a surrogate for Republicans aiming to …")
      const saidSpan = l === 'they' && said !== undefined && m.s >= pos + said.length ? { s: pos, e: pos + said.length } : undefined;
      // "As the debate progressed and Trump stood by his comment Monday that …": "his" or "her" right after its
      // clause's verb is that clause's subject's, a person of its gender named right before the verb (PolNeAR train)
      const own = SINGULAR_PERSONAL_POSSESSIVES.has(l) ? clauseSubjectBefore(m.i, l === 'his' ? 'm' : 'f') : undefined;
      if (own) return { name: own, chain: [word, own] };
      // ("A president who authorized the raid that killed Osama bin Laden … Where he used to boast": the unnamed person
      // the sentence, or the one before, opens with; coordinateSubject's "but … she" holds on no train article, see there)
      const gender = SUBJECT_PRONOUN_GENDER[l];
      const subject = gender ? coordinateSubject(m.i, gender) ?? relativeSubjectBefore(m.i, gender) : l === 'they' ? pluralCoordinateSubject(m.i) : undefined;
      if (subject) {
        // ("A president who authorized the raid that killed Osama bin Laden … Where he used to boast …", PolNeAR train,
        // NYT 2016-01-14: an office's holder the article describes by what he did is the one person it gives that
        // title, "President Obama", not an unnamed "A president")
        const holder = INDEFINITE_ARTICLE.test(toks[subject.i].l) && subject.head ? names.soleHolderOf(subject.head.toLowerCase()) : undefined;
        if (holder && (!people.traitsOf(holder).gender || people.traitsOf(holder).gender === gender)) return { name: holder, chain: [word, text.slice(subject.s, subject.e), holder] };
        const r = resolveDescription(subject, pos);
        if (r.unnamed) unnamed.add(r.name);
        return { ...r, chain: [word, ...r.chain] };
      }
      // "His behavior has angered the party's top figures, who have openly expressed concern …": the noun phrase "who"
      // follows when no apposition to a name ends there, never a name written further back (PolNeAR train, NYT
      // 2016-08-18, where "who" was Corey Lewandowski, named two sentences before)
      const apposed = l === 'who' ? appositionBefore(toks, m.i) : undefined;
      // (not a preposition's object, which the "who" passes over, "said one Democrat familiar with the discussion, who
      // added", "a pollster with Mr. Yanukovych's former party who cooperated", nor a relative "that", "one owner of a
      // shop that sells women's underwear who declined")
      // (nor a phrase of time between a name and its "who": "to re-elect Sen. Rob Portman this year, who endorsed gay
      // marriage …", PolNeAR train, Politico 2016-07-11, was "this year")
      const near = l === 'who' && apposed === undefined ? nounPhraseEndingAt(toks, toks[m.i - 1]?.t === ',' ? m.i - 1 : m.i) : undefined;
      const phrase = near && !TIME_UNITS.has(toks[near.j - 1].l) ? near : undefined;
      let opener = phrase ? phrase.i - 1 : -1;
      while (opener > 0 && toks[opener].cap && !toks[opener].punct) opener--;
      if (phrase && toks[phrase.i].l !== 'that' && !PREPOSITIONS.has(toks[opener]?.l ?? '')) {
        const r = resolveDescription(phrase, pos);
        if (r.unnamed) unnamed.add(r.name);
        return { ...r, chain: [word, ...r.chain] };
      }
      // ("said Bob Mulholland, a California superdelegate and Clinton supporter who has accused …", PolNeAR train,
      // Washington Post 2016-05-19, where "who" was Hillary Clinton: a name that modifies the person noun "who" follows
      // is not that person, the name the apposition follows is)
      const name = l === 'who' ? nameBefore(toks[apposed ?? nameModifierApposition(toks, m.i) ?? m.i].s, true) : people.resolvePronoun(l, m.s, said, saidSpan, said !== undefined && m.s >= pos + said.length ? { s: pos, e: pos + said.length } : undefined)?.name;
      // (a "they" or "their" after a sentence whose subject is people described, not named, over a name not written in
      // either sentence)
      const sinceSentenceBefore = people.sentences.start(Math.max(0, people.sentences.sentence(m.s) - 1));
      // (or "they" for one unnamed source that opens the sentence before: "A Treasury source hit back. ⏎ “…,” they said.")
      const plural = (l === 'they' || l === 'their') && !(name && text.slice(sinceSentenceBefore, m.s).includes(name.split(' ').pop() ?? name)) ? pluralSubjectBefore(m.i) ?? (l === 'they' ? anonymousOneBefore(m.i) : undefined) : undefined;
      if (plural) {
        const r = resolveDescription(plural, pos);
        if (r.unnamed) unnamed.add(r.name);
        return { ...r, chain: [word, ...r.chain] };
      }
      // "One victim, an 86-year-old widow …, told Global News she let a man in … ⏎ “…,” she said.": the unnamed person
      // described as of the pronoun's gender who spoke just before, over a named one of no gender known to be it
      // (over a named one of that gender too when the unnamed person spoke in the sentence just before: "A 38-year-old
      // policy analyst …, who asked that her name not be used …, said she commutes … ⏎ “…,” she said.")
      const described = gender ? describedSpeakerBefore(gender, m.s, !!name && people.traitsOf(name).gender === gender, Math.min(pos, m.s)) : undefined;
      if (described) return { ...described, chain: [word, described.name] };
      // (or one described with no gender, who spoke in the sentence just before the quote: "Separately, a bank employee
      // who declined to be identified told TODAY that front-line staff had received guidance … ⏎ “…,” she said.", a
      // TODAY-style probe, where "she" went to the minister of state named four paragraphs before)
      const ungendered = gender ? ungenderedSpeakerJustBefore(gender, m.s, Math.min(pos, m.s), !!name && people.traitsOf(name).gender === gender) : undefined;
      if (ungendered) return { ...ungendered, chain: [word, ungendered.name] };
      if (name) return { name, chain: [word, name] };
      // (an "it" no body named before stands for: the body described as the subject of a verb before it in its sentence)
      const subjectBody = l === 'it' ? bodySubjectInSentence(m.i) : undefined;
      if (subjectBody) {
        const r = resolveDescription(subjectBody, pos);
        if (r.unnamed) unnamed.add(r.name);
        return { ...r, chain: [word, ...r.chain], thing: true };
      }
      // "A reporter for Agence France-Presse called it “absolute chaos.” ⏎ “We saw people hit …,” he said.": with no
      // named person it agrees with, "he" or "she" is the unnamed person who spoke just before (PolNeAR train, Washington
      // Post 2016-07-15)
      const speaker = gender ? unnamedSpeakerBefore(gender, m.s) : undefined;
      return speaker ? { ...speaker, chain: [word, speaker.name] } : unresolved(word);
    },
    spoke(said, s, e, reported, content) {
      if ((!said.unnamed || said.unresolved) && !said.pair) people.spoke(said.name, s, e, reported, said.thing && kindOfName(said.name) !== 'person');
      // ("One of those witnesses, a 52-year-old cab driver who asked not to be named, said he had called 911 …": an
      // unnamed person's report that opens with "he" or "she" speaks of that person, who is of its gender)
      // (a person's description: not "the state capital, Sacramento, said he …", PolNeAR train, a source misread)
      const own = content && said.unnamed && !said.thing && !said.pair && !said.unresolved && !said.gender && describesOnePerson(said.name)
        ? SUBJECT_PRONOUN_GENDER[/^\p{L}+/u.exec(content)?.[0].toLowerCase() ?? ''] : undefined;
      const r: Reading = own ? { ...said, gender: own } : said;
      lastGroup = r.unnamed && !r.thing && (PLURAL_HEAD.test(r.name) || pluralPeopleBeforeModifier(r.name)) ? { reading: r, sentence: people.sentences.sentence(s) } : undefined;
      // (the quote "it" or "the source" goes on from: reported speech between leaves it as it was)
      if (!reported) { lastSpeaker = { reading: r, sentence: people.sentences.sentence(s) }; lastUnnamedReport = undefined; }
      else if (r.unnamed && !r.thing) lastUnnamedReport = { reading: r, sentence: people.sentences.sentence(s) };
      lastSource = { reading: r, sentence: people.sentences.sentence(s) };
    },
    inQuote: k => inQuote[k],
    kindOf(name) {
      const t = people.traitsOf(name);
      // (a place that speaks is its state or government: "Russia said Saturday there was still a chance")
      return t.kind === 'organization' || t.kind === 'place' ? 'organization' : t.kind === 'person' || t.personEvidence ? 'person' : 'unknown';
    },
    isUnnamed: name => unnamed.has(name),
    speakerKind: name => speakerKind(name, { kind: stage.kindOf(name), unnamed: unnamed.has(name), bodyNoun: isBodyNoun }),
  };
  return stage;
}

/** The most tokens a short form in brackets holds, its brackets with it ("(ŠOS)", "(BKK)"). */
const BRACKETED_SHORT_FORM = 5;
/** The token before the bracketed short form that ends at token k ("… of Slovenia (ŠOS)" -> "Slovenia"), else k. */
function bracketsBefore(toks: Tok[], k: number): number {
  if (toks[k]?.t !== ')') return k;
  for (let o = k - 1; o > 0 && o >= k - BRACKETED_SHORT_FORM; o--) if (toks[o].t === '(') return o - 1;
  return k;
}

/**
 * The title a name run holds before the name, when the run's words end in one ("NDP MP Raven Okemaw-Cote", a
 * HuffPost Canada-style probe, where "Raven" is a common word and the name was no person's: "she said" after it went
 * to a man named three paragraphs before), or "".
 */
function titleInRun(name: string): string {
  const glued = gluedTitle(name);
  const last = glued.slice(glued.lastIndexOf(' ') + 1);
  return TITLES.has(withoutFinalPeriod(last.toLowerCase())) || LEGISLATOR_TITLES.has(last) ? glued : '';
}

/** Abbreviations of a role or a common noun, no one's name ("FM", "VP", "PAC"; not a body's initials, "a desperate HP"). */
// (and the initials of an office, "the CFO", "The DCP (South) said", "the CS said", "the PM": OFFICE_INITIALS of
// ../quotes/lexicon.ts)
const ABBREVIATED_NOUN: ReadonlySet<string> = new Set(['FM', 'VP', 'AG', 'DA', 'MP', 'PAC', ...[...OFFICE_INITIALS.keys()].map(x => x.toUpperCase())]);
/**
 * The first token of a mention that is an office's initials alone or after one rank ("CFO", "Deputy PM"), or undefined:
 * the initials, as an office written out, describe the one the article gave that office.
 */
function rankedInitials(toks: Tok[], m: Mention): number | undefined {
  if (!ABBREVIATED_NOUN.has(toks[m.j - 1].t)) return undefined;
  if (m.j - m.i === 1) return m.i;
  return m.j - m.i === 2 && toks[m.i].cap && RANK_WORD.test(toks[m.i].l) ? m.i : undefined;
}
/** The most lower-case words read back from an abbreviation for the determiner or owner of its description. */
const ABBREVIATION_MODIFIERS = 3;

/**
 * The token that opens the description an abbreviated noun ends ("Russian FM", "Trump's potential VP", "an anti-Trump
 * PAC"; the seeds, PolNeAR train): nationalities or labels before it in the mention, or lower-case modifiers before a
 * one-word mention back to a determiner or an owner ("the FBI", "told CNN": none); undefined for any other mention.
 */
function abbreviationDescribed(toks: Tok[], m: Mention): number | undefined {
  if (!ABBREVIATED_NOUN.has(toks[m.j - 1].t)) return undefined;
  if (m.j - m.i > 1) return toks.slice(m.i, m.j - 1).every(t => isDemonym(t.t) || isLabel(t.t)) ? m.i : undefined;
  let k = m.i - 1;
  while (k >= 0 && k >= m.i - ABBREVIATION_MODIFIERS && !toks[k].cap && !toks[k].punct && !DETERMINERS.has(toks[k].l) && !PREPOSITIONS.has(toks[k].l) && !isVerbForm(toks[k].l) && !CUES.has(toks[k].l) && !NOT_NOUN.has(toks[k].l)) k--;
  const opener = toks[k];
  if (k === m.i - 1 || !opener || opener.punct || !(opener.poss || (DETERMINERS.has(opener.l) && !POSSESSIVE_DETERMINERS.has(opener.l)))) return undefined;
  return k;
}


/**
 * A name mention that is a party's member after a determiner, with the places and labels before it ("the Wisconsin
 * Republican", "a New Hampshire Republican", "another New Hampshire Democrat"), or a demonym for one person after
 * "the" ("the Texan"), as a description from the determiner on; undefined for any other name.
 */
/** The most lower-case words between a determiner and a party's member ("one senior Democrat"). */
const MAX_MEMBER_MODIFIERS = 2;

function partyMemberDescription(toks: Tok[], m: Mention): Mention | undefined {
  const det = toks[m.i - 1], head = toks[m.j - 1];
  if (!det || !head) return undefined;
  // ("the Texan said", "The Spaniard, who took charge in October, admitted": a demonym alone after "the" is one person)
  const demonym = det.l === 'the' && m.j - m.i === 1 && isPersonDemonym(head.t);
  if (demonym) return { s: det.s, e: m.e, kind: 'description', i: m.i - 1, j: m.j, head: head.t };
  // (and after "the" and an age: "The 58-year-old Finn, a former steelworkers' union official, said", a Reuters-style
  // probe, where "Finn" was a person's name; "the 24-year-old Spaniard")
  const aged = AGE_NOUN.test(det.t) && toks[m.i - 2]?.l === 'the' && m.j - m.i === 1 && isPersonDemonym(head.t);
  if (aged) return { s: toks[m.i - 2].s, e: m.e, kind: 'description', i: m.i - 2, j: m.j, head: head.t };
  // (past the lower-case words between: "“…,” one senior Democrat said", PolNeAR train, Politico 2016-09-01, was a
  // person named "Democrat")
  let d = m.i - 1;
  while (d > m.i - 1 - MAX_MEMBER_MODIFIERS && d > 0 && !DETERMINERS.has(toks[d].l) && !toks[d].punct && !toks[d].cap && !FUNCTION_WORDS.has(toks[d].l) && !isVerbForm(toks[d].l)) d--;
  if (!PARTY_MEMBER.has(head.l) || !DETERMINERS.has(toks[d].l) || kindOfName(toks.slice(m.i, m.j).map(t => t.t).join(' ')) !== 'label') return undefined;
  return { s: toks[d].s, e: m.e, kind: 'description', i: d, j: m.j, head: head.t };
}

/** A paragraph that opens with a speaker's label or a tweet's markup ("FALLIN: Well, I think", "A: I think", "<tweet …>I didn’t"). */
const LABELLED_OPENING = pretested(/^\s*<tweet\b|:/, /^\s*(?:(<tweet)\b|((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*:)/u);
/** How far into a paragraph its label may end. */
const LABEL_REACH = 60;

/**
 * The label that opens the paragraph holding `pos` ("FALLIN", "A"), '' for a tweet's markup, undefined when the
 * paragraph opens with neither.
 */
function paragraphLabel(text: string, pos: number): string | undefined {
  const start = paragraphOf(text, pos).s;
  const m = LABELLED_OPENING.exec(text.slice(start, Math.min(pos, start + LABEL_REACH)));
  return m ? m[2] ?? '' : undefined;
}

/**
 * A name that opens its sentence and is followed by a verb ("Obama arrived in Berlin", "Merkel met Obama"): the
 * sentence's subject, even when it is a one-word name never written inside a sentence.
 */
function opensWithVerb(toks: Tok[], sentStart: number, i: number, j: number): boolean {
  const next = toks[j];
  if (i !== sentStart || !next || next.punct || next.cap || toks[j - 1].poss) return false;
  if (DETERMINERS.has(next.l) || NOT_VERB.has(next.l)) return false;
  return j - i > 1 || !/(?:ly|ing|ed)$/.test(toks[i].l);
}

/** The most capitalised words (and "of" between them) of the names before the noun of "one …" ("one Arizona Department of Transportation sign"). */
const ONE_OF_KIND_MODIFIERS = 6;
/** The most tokens of a description opening a sentence before the apposition that names it. */
const OPENING_DESCRIPTION_TOKENS = 8;
/** The most tokens from a sentence's opening "the" to the name set off after its description (soleNamedAfterOpening). */
const OPENING_APPOSITION_TOKENS = 20;

/** A person the article names set off after "the" and a description (trackPeople's soleNamedAfterOpening). */
interface OpeningApposition {
  /** The description's words after its "the", lower case. */
  words: string[];
  /** The person's canonical name. */
  name: string;
  /** Whether the description opens the sentence as one person's. */
  opening: boolean;
}

/** The fewest words of a quoted passage of narration, and the fewest third-person pronouns in it. */
const NARRATION_MIN_WORDS = 20;
const NEWLINE = 10;
const NARRATION_MIN_PRONOUNS = 2;
/** The narrator's "I" (a cue's subject: "I wrote", "my column said"). */
const FIRST_PERSON_SINGULAR = wordSet('i|me|my');
/** Quantifiers that stand for people as a subject of their own ("Another tweeted", "Some say", "Many argue"). */
const ONE_OF_MANY: ReadonlySet<string> = new Set([...QUANTIFIER_SUBJECTS, 'another']);
/** The most lines of a block set off by a lead-in and a colon, read back from the line of an "I". */
const BLOCK_LINES = 4;
/** How far back the lead-in line is looked for from the block's first line, in characters. */
const LEAD_IN_CHARS = 400;
/** A quotation mark: a block that holds one is quoted, not set off. */
const QUOTE_MARK = /["“”]/;
/** How a reader is shown the writer of an article that names none, for the narration's "I". */
export const NARRATOR = 'the author';
/** A line that opens with an interview's question or answer label ("Q: You open your book …", "A: I came home …"). */
const INTERVIEW_LABEL = /(?:^|\n)[ \t]*[QA]:\s/;
/** The narrators' "we" ("we know", "our view"). */
const FIRST_PERSON_PLURAL = wordSet('we|us|our');

const FIRST_OR_SECOND_PERSON = /(?:^|[^\p{L}'’])(?:I|me|my|mine|we|us|our|ours|you|your|yours)(?!\p{L})/iu;
/** How many paragraphs back the lead-in of a block quote may end with its colon ("McCrummen reports:"). */
const BLOCK_QUOTE_PARAGRAPHS = 3;
const THIRD_PERSON = /(?:^|[^\p{L}'’])(?:he|she|him|his|her|they|them|their)(?![\p{L}'’])/giu;

/**
 * A quote that opens its paragraph, in a block quote a lead-in ending with a colon introduced a few paragraphs before
 * ("McCrummen reports:"), and reads as that text's narration, not speech: long, in the third person, with no first or
 * second person ("as the Heritage Foundation website notes: ⏎ “In the fall of 1960, some 90 young conservatives met at
 * the Sharon, Connecticut, home of …”", PolNeAR train, Breitbart 2016-01-19).
 */
function isNarration(text: string, q: Span): boolean {
  // (the quote opens its line: only blanks stand between it and the line break before; read back from the quote, never
  // from the line's start, which a text with no line breaks puts at its first character)
  let k = q.start - 1;
  while (k >= 0 && text.charCodeAt(k) !== NEWLINE && isSpaceAt(text, k)) k--;
  if (k >= 0 && text.charCodeAt(k) !== NEWLINE) return false;
  const line = k + 1;
  if (!afterLeadIn(text, line)) return false;
  const inner = text.slice(q.start, q.end);
  if ((inner.match(/\S+/g) ?? []).length < NARRATION_MIN_WORDS || FIRST_OR_SECOND_PERSON.test(inner)) return false;
  return (inner.match(THIRD_PERSON) ?? []).length >= NARRATION_MIN_PRONOUNS;
}

/** How far before a quote's line its lead-in is looked for (characters). */
const LEAD_IN_REACH = 4000;

/** One of the few paragraphs before the line at `line` ends with a colon: a block quote's lead-in. */
function afterLeadIn(text: string, line: number): boolean {
  // (the lines of the LEAD_IN_REACH characters before it, read back from it: no split of them all)
  const from = Math.max(0, line - LEAD_IN_REACH);
  let end = line;
  for (let found = 0; found < BLOCK_QUOTE_PARAGRAPHS;) {
    const nl = end > 0 ? text.lastIndexOf('\n', end - 1) : -1;
    const start = nl >= from ? nl + 1 : from;
    const l = text.slice(start, end).trim();
    if (l) {
      if (l.endsWith(':')) return true;
      found++;
    }
    if (start <= from) return false;
    end = start - 1;
  }
  return false;
}

/**
 * Tokens (sentStart, comma) are a role's noun after lower-case words, then "of" and the name of the place or body it is
 * the role of: "The mayor of Boston", "The chairman of the Kosovo Bakers' Association" (appositionToOpening).
 */
function roleOfName(toks: Tok[], sentStart: number, comma: number): boolean {
  let k = sentStart + 1;
  while (k < comma && !toks[k].cap && !toks[k].punct && toks[k].l !== 'of') k++;
  if (k === sentStart + 1 || toks[k]?.l !== 'of' || !isRoleHead(toks[k - 1].l)) return false;
  let n = k + 1;
  if (toks[n]?.l === 'the') n++;
  if (n >= comma) return false;
  for (; n < comma; n++) if (!toks[n].cap || toks[n].punct) return false;
  return true;
}

/**
 * A name set off by commas after the description the sentence opens with: that description's apposition, and so the
 * subject ("The Republican front-runner, Donald Trump, a regular in recent years, isn’t expected to attend", PolNeAR
 * train, Breitbart 2016-04-29); after a role of a place or a body too ("The mayor of Boston, Michael Flaherty, was more
 * cautious. ⏎ He disclosed that …", whose "he" went to the chairman quoted in the paragraph before, as probes-yy's
 * Balkan probes had it).
 */
function appositionToOpening(toks: Tok[], sentStart: number, i: number, j: number): boolean {
  // (the description ends in its head noun: not "The meeting at a hotel in Washington, D.C., was")
  // ("But the other candidate on the stage, former Secretary of State Hillary Clinton, drew": after a conjunction, and
  // a word that dates the title)
  if (OPENING_CONJUNCTIONS.has(toks[sentStart]?.l ?? '') && !toks[sentStart + 1]?.punct) sentStart++;
  if (PAST_ROLE_WORD.has(toks[i - 1]?.l ?? '') && !toks[i - 1].cap) i--;
  if (toks[i - 1]?.t !== ',' || toks[j]?.t !== ',' || !THIRD_PERSON_NOUN_MARKERS.has(toks[sentStart].l) || (toks[i - 2]?.cap && !roleOfName(toks, sentStart, i - 1))) return false;
  if (i - 1 - sentStart > OPENING_DESCRIPTION_TOKENS) return false;
  for (let k = sentStart + 1; k < i - 1; k++) if (toks[k].punct) return false;
  return true;
}

/**
 * Tokens [j, i) join two names: "and", after an apposition set off by commas or a bracket after the first
 * (", Republican of Iowa, and", " (R-Iowa) and"), before the second's title words ("and Mr.").
 */
function coordinationGap(toks: Tok[], j: number, i: number): boolean {
  let k = j;
  const open = toks[k]?.t;
  if (open === ',' || open === '(') {
    const close = open === ',' ? ',' : ')';
    let c = k + 1;
    while (c < i && c <= k + PAIR_APPOSITION_TOKENS && toks[c].t !== close) {
      if (open === ',' && (CUES.has(toks[c].l) || DETERMINERS.has(toks[c].l) || toks[c].l === 'and')) return false;
      c++;
    }
    if (toks[c]?.t !== close) return false;
    k = c + 1;
  }
  if (toks[k]?.l !== 'and') return false;
  for (k++; k < i; k++) if (!TITLES.has(toks[k].l)) return false;
  return true;
}

/**
 * A verb of speech right after a name or pronoun (", Nefzi said."), or after the age set off after a name ("Regalado,
 * 69, said he had been inundated", PolNeAR train; "Amira's friend Priya, 11, said she has started reading more books
 * … She said …", a CBC Kids News-style probe, where "She said" went to a board member named a paragraph before): the
 * name is that verb's subject wherever it stands.
 */
function cueFollows(toks: Tok[], j: number): boolean {
  const next = toks[pastAge(toks, j)];
  return !!next && !next.cap && CUES.has(next.l) && !WEAK_CUES.has(next.l);
}

/** The capitalised possessor opening a description ("Grayson" of "Grayson's spokeswoman"), lower case. */
const POSSESSOR = /(\p{Lu}[\p{L}.-]*)(?:['’]s|['’])(?=\s)/u;

/** Two descriptions whose possessors, where both have one, are the same ("Murphy’s spokeswoman" ≠ "Grayson's spokeswoman"). */
function sameOwner(a: string, b: string): boolean {
  const x = POSSESSOR.exec(a)?.[1], y = POSSESSOR.exec(b)?.[1];
  return !x || !y || x.toLowerCase() === y.toLowerCase();
}

/**
 * A relative clause's refusal to be named, beside ANONYMITY's forms ("who declined to be identified"; kept out of
 * ANONYMITY, whose other readers take a withheld name as the description's own: "The mayor of a mid-sized Ontario city,
 * who declined to be named, …" would lose its quotes to a named woman, test/fixtures/outlets ca-np-column-accelerator.txt).
 */
const NAME_DECLINED = /\b(?:declined|refused) to be (?:named|identified)\b/;
/** A description's relative clause, from its pronoun to its end ("… who declined to be identified"). */
const RELATIVE_CLAUSE_TAIL = /,?\s+(?:who|whom|whose)\b.*$/;

/** Prepositions of place: a one-word name after one is a place ("a gay nightclub in Orlando"), not a person. */
const LOCATIVE = wordSet('in|at|near');

/**
 * A name between a possessive determiner or an article and the lower-case noun it modifies ("keep their Senate seats", "his
 * Fox interview", "the Cadillac tax"): a word of someone else's noun phrase, no mention of its own for a pronoun to go
 * back to.
 */
function modifierOfOwnedNoun(toks: Tok[], i: number, j: number): boolean {
  // (past the number of an index's name: "the FTSE 250 housebuilder", an FT-style probe, test/fixtures/outlets
  // uk-ft-housebuilder-bid.txt, where "it" after "the Leeds-based company" went to "FTSE")
  const before = toks[i - 1], after = allDigits(toks[j]?.t ?? '') && toks[j].s === toks[j - 1].e + 1 ? toks[j + 1] : toks[j];
  if (!before || !after || toks[j - 1].poss || after.punct || after.cap || !/^\p{L}/u.test(after.t)) return false;
  // (not a body's own name before its body noun: "the Club for Growth group" is Club for Growth)
  return POSSESSIVE_DETERMINERS.has(before.l) || (ARTICLES.has(before.l) && nounAfterName(after.l) && !BODY_NOUN.has(after.l));
}

/**
 * A lower-case word after "the NAME" that makes the name a modifier of it ("the Cadillac tax", "the Obama
 * administration"): no verb form ("the Washington Post reported", "the Senate has"), no adverb, preposition or
 * conjunction ("the Pentagon also", "the FBI that"), no determiner or indefinite pronoun opening a second object
 * ("told the AP his firm worked", PolNeAR train, Politico 2016-08-17; "to feed back to the RNC any new data", Politico
 * 2016-01-05).
 */
const nounAfterName = (w: string): boolean =>
  !isVerbForm(w) && !CUES.has(w) && !BE_FORMS.has(w) && !isOpeningWord(w) && !PREPOSITIONS.has(w) && !NOT_NOUN.has(w) && !DETERMINERS.has(w) && !INDEFINITE.test(w);

/** "any", "anything", "everyone", "nobody": a determiner or an indefinite pronoun. */
const INDEFINITE = /^(?:any|every|some|no)(?:thing|one|body)?$/;

/**
 * Where the article names the office `head` stands for, capitalised after a preposition, "the" and words of its own,
 * with no holder's name after it ("a complaint with the Public Sector Integrity Commissioner,"): the starts of those
 * names ("the Public …"). A description elsewhere, "the commissioner", is that office's holder, unnamed (see
 * officeWithoutHolder in trackPeople). Not a people's or a party's word ("for the Wisconsin Republican, who …", PolNeAR
 * train, is a person's description).
 */
export function officeNameStarts(text: string, head: string): readonly number[] {
  if (!/^\p{Ll}+$/u.test(head) || isDemonym(head)) return [];
  // (the office's name is written capitalised or it is not named: each place the text writes the head so, read around
  // with two expressions built once; a global pattern of its own a head, compiled to machine code for its \p{L} classes
  // at its first run, cost 3–15 ms a run on PolNeAR dev's four heads)
  const written = head[0].toUpperCase() + head.slice(1);
  const starts: number[] = [];
  let lastFrom = -1, lastEnd = 0;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    const end = at + written.length;
    OFFICE_NAME_END.lastIndex = end;
    if (!OFFICE_NAME_END.test(text)) continue;
    OFFICE_NAME_BEFORE.lastIndex = at;
    const m = OFFICE_NAME_BEFORE.exec(text);
    if (!m || anotherOfficeRank(m[2])) continue;
    const the = at - m[2].length, from = the - 1 - m[1].length;
    // (as a global expression's matches: the longest from one start, and none that starts inside the one before)
    if (from === lastFrom) lastEnd = end;
    else if (from >= lastEnd) {
      starts.push(the);
      lastFrom = from;
      lastEnd = end;
    }
  }
  return starts;
}

/**
 * The last of the capitalised words before an office's head (`words`, "the Prime ") makes it another office, a rank's
 * ("the Prime Minister" holds no office "the minister" stands for: "Minister for Agriculture and Lands, Hon. NAME, said …
 * ⏎ “…,” the minister stated … ⏎ … a delegation to the Prime Minister.", a NOW Grenada-style probe, test/fixtures/outlets
 * gd-nowgrenada-nutmeg-bonus-delay.txt, probes-qq, where "the minister" was the Prime Minister's office, unnamed).
 */
function anotherOfficeRank(words: string): boolean {
  const last = words.trim().split(' ').pop()?.toLowerCase() ?? '';
  return last === PRIME || RANK_WORD.test(last);
}
/** The rank of a head of government ("Prime Minister"), another office than the head's own. */
const PRIME = 'prime';

/** What stands before an office's name (officeNameStarts): a preposition, "the" and one to four capitalised words. */
const OFFICE_NAME_BEFORE = /(?<=\b(with|to|of|by|from|for|before) (the (?:\p{Lu}[\p{L}'’-]* ){1,4}))/uy;
/** The end of an office's name (officeNameStarts): the word's own end, no possessive and no capitalised word after it. */
const OFFICE_NAME_END = /\b(?!['’]s)(?! \p{Lu})/uy;

/** The most lower-case role words between a name and the person's name it qualifies ("Te Karaka | sheep and beef farmer | Mere Tūhoe-Paki"). */
const ROLE_WORDS_BETWEEN = 4;
/** The most words of a name that qualifies role words ("Radio", "Te Karaka"). */
const ROLE_MODIFIER_WORDS = 2;

/**
 * A one-word name that qualifies the lower-case role words after it, which the next name's person holds ("Radio talk
 * host Rush Limbaugh used his platform … what he described", PolNeAR train, where "he" went to "Radio"; "Republican
 * strategist Ryan Williams"): a word of the description, no one a pronoun goes back to.
 */
function modifierOfRole(toks: Tok[], run: { i: number; j: number }, next: { i: number; j: number } | undefined): boolean {
  if (!next || run.j - run.i > ROLE_MODIFIER_WORDS || toks[run.j - 1].poss || next.i === run.j || next.i - run.j > ROLE_WORDS_BETWEEN || next.j - next.i < 2) return false;
  for (let k = run.j; k < next.i; k++) if (toks[k].cap || toks[k].punct || !/^\p{Ll}+$/u.test(toks[k].t) || DETERMINERS.has(toks[k].l) || PREPOSITIONS.has(toks[k].l) || isVerbForm(toks[k].l)) return false;
  const role = toks[next.i - 1].l;
  // (or a body's noun: "a £2.1bn takeover approach from US private equity group Castellan Capital … after it confirmed",
  // an FT-style probe, test/fixtures/outlets uk-ft-housebuilder-bid.txt, where "it" went to "US")
  return TITLES.has(role) || isRoleNoun(role) || isPersonNoun(role) || BODY_NOUN.has(role);
}

/**
 * A one-word name opening its sentence at token `start` before at most ROLE_WORDS_BETWEEN lower-case words that end in
 * a plural of people ("Cyber security experts … said", PolNeAR train, HuffPost 2016-07-31, where "she" went to
 * "Cyber"): a word of the people's description. Not a given name, a body's or a place's ("Twitter users posted …"),
 * nor a word before a possessive or a verb.
 */
function modifierOfPeople(toks: Tok[], run: { i: number; j: number }, start: number): boolean {
  if (run.i !== start || run.j - run.i !== 1 || toks[run.i].poss || firstNameGender(toks[run.i].t) !== undefined || kindOfName(toks[run.i].t) !== 'unknown') return false;
  for (let k = run.j; k < toks.length && k <= run.j + ROLE_WORDS_BETWEEN; k++) {
    const t = toks[k];
    if (t.cap || t.punct || !/^\p{Ll}+$/u.test(t.t) || DETERMINERS.has(t.l) || PREPOSITIONS.has(t.l) || isVerbForm(t.l)) return false;
    if (isPluralPeopleNoun(t.l)) return true;
  }
  return false;
}

/** Prepositions of place and of a way through one ("down Broad Street", "into the Civic Center"). */
const VENUE_PREPOSITION = wordSet('in|at|near|into|inside|outside|down|up|along|across|through|toward|towards|past|around');
/** Last words of the name of a street or a building (a body's name may end so too: "Pew Research Center"). */
const VENUE_WORD = wordSet('Street|Avenue|Boulevard|Center|Centre|Square|Plaza|Hall|Arena|Stadium|Building|Office');

/**
 * A street or a building written after a preposition of place, "the" between or not ("As they made their way down
 * Broad Street, they chanted", "attendees had to pass through security checkpoints to get into the Civic Center", "in
 * the Oval Office"; PolNeAR train): a place there, no one a pronoun goes back to.
 */
function venueAfterPreposition(toks: Tok[], i: number, j: number): boolean {
  const last = toks[j - 1];
  if (j - i < 2 || last.poss || !VENUE_WORD.has(last.t)) return false;
  const before = toks[i - 1]?.l === 'the' && !toks[i - 1].cap ? toks[i - 2] : toks[i - 1];
  return !!before && !before.cap && VENUE_PREPOSITION.has(before.l);
}

/**
 * A name written right after a preposition of place, not as a possessive ("in Orlando", not "in Trump's"): one word, or
 * two whose first is no given name the lexicon knows ("a forum … in Palo Alto", PolNeAR train, Washington Post
 * 2016-06-05, where "She asked Sanders" and "he said" went to "Palo Alto"; not "confidence in Hillary Clinton").
 */
function placeAfterPreposition(toks: Tok[], i: number, j: number): boolean {
  const before = toks[i - 1];
  if (!before || before.cap || !LOCATIVE.has(before.l) || toks[j - 1].poss) return false;
  return j - i === 1 || (j - i === 2 && !hasKnownFirstName(`${toks[i].t} ${toks[i + 1].t}`) && !isHonorific(toks[i].t)) || (j - i === 3 && STREET_WITH_POINT.test(`${toks[i + 1].t} ${toks[i + 2].t}`));
}

/**
 * A street's kind and a compass point ending a name after a preposition ("at Queen Street East", a CTV-style caption,
 * where "Queen Street East" read as a woman, "Queen" a title, and "her shift" then had two women to go to).
 */
const STREET_WITH_POINT = /^(?:Street|Avenue|Road|Boulevard|Drive) (?:East|West|North|South)$/;

/**
 * A name after one opening word and its comma, itself followed by an apposition ("Still, Tad Devine, a senior adviser
 * to Mr. Sanders, said"): the subject the opener search passes over for the comma after it.
 */
function afterOpeningWord(toks: Tok[], sentStart: number, i: number, j: number): boolean {
  const word = toks[sentStart];
  if (i !== sentStart + 2 || !word || word.punct || toks[sentStart + 1]?.t !== ',' || !/(?:ly|^\p{Lu}[\p{Ll}]+)$/u.test(word.t)) return false;
  const next = toks[j + 1];
  return toks[j]?.t === ',' && !!next && !next.punct && !next.cap && (DETERMINERS.has(next.l) || isRoleNoun(next.l) || TITLES.has(next.l));
}

/** The most lower-case words of a possessive's role before the name it introduces ("Her | classmate | Jonah"). */
const OPENING_ROLE_WORDS = 3;

/**
 * The name at tokens [i, j) is its sentence's subject after a possessive's role that opens the sentence, before its
 * verb, past an age set off by commas: "Her classmate Jonah, 12, was less excited. He said he misses …" (a CBC Kids
 * News-style probe, where "He said" went to the girl quoted before; no PolNeAR train case).
 */
function afterOpeningRole(toks: Tok[], sentStart: number, i: number, j: number): boolean {
  if (!SINGULAR_PERSONAL_POSSESSIVES.has(toks[sentStart]?.l ?? '') || i - sentStart < 2 || i - sentStart > 1 + OPENING_ROLE_WORDS || !isRoleNoun(toks[i - 1].l)) return false;
  for (let k = sentStart + 1; k < i; k++) if (toks[k].punct || toks[k].cap) return false;
  const verb = toks[pastAge(toks, j)];
  return !!verb && !verb.punct && !verb.cap && !DETERMINERS.has(verb.l) && !NOT_VERB.has(verb.l);
}

/**
 * A name written with a description that introduces the person (for a name with a known first name): an apposition after it ("Matt Borges,
 * chairman of the Ohio Republican Party", PolNeAR train, Politico 2016-02-17) or a role noun
 * before it ("9/11 widow Terry Strada", "pollster Dana Reyes").
 */
function introducedWith(toks: Tok[], i: number, j: number): boolean {
  const after = toks[j], next = toks[j + 1];
  if (after?.t === ',' && next && !next.punct && !next.cap && (DETERMINERS.has(next.l) || isRoleNoun(next.l) || TITLES.has(next.l) || next.l === 'who')) return true;
  return roleNounBefore(toks, i);
}

/** A lower-case role noun right before the name at token i ("pollster Dana Reyes", "beef farmer Mere Tūhoe-Paki"; not "radical Islamist organization": see the caller). */
function roleNounBefore(toks: Tok[], i: number): boolean {
  const before = toks[i - 1];
  return !!before && !before.punct && !before.cap && isRoleNoun(before.l);
}

/**
 * The description of people a relative "who" at token w follows, as a mention: a determiner, adjectives and a person
 * noun ("a campaign surrogate who said", "his show's listeners, who wondered", "those who said"), or a bare plural of
 * people ("drawing the ire of lawmakers who thought"); undefined after a name or any other word ("Trump is a … bully
 * who", "23 percent who").
 */
function descriptionBefore(toks: Tok[], w: number): Mention | undefined {
  const d = descriptionPhrase(toks, w);
  // an apposition to a name ("Jesús "Chuy" García, a little-known county commissioner who accused him") is the name's
  return d && !(toks[d.i - 1]?.t === ',' && toks[d.i - 2]?.cap) ? d : undefined;
}

/** The description of people before a relative "who" at token w, appositions to a name included (descriptionBefore). */
function descriptionPhrase(toks: Tok[], w: number): Mention | undefined {
  let j = w;
  if (toks[j - 1]?.t === ',') j--;
  const last = toks[j - 1];
  if (!last || last.punct) return undefined;
  if (last.l === 'those') return { s: last.s, e: last.e, kind: 'description', i: j - 1, j, head: last.t };
  // "said Savitri Ramlogan, 52, a mother of three who said she had spent …": a count after "of" is of the noun's own
  // (her children), no people "who" follows; the noun before it is set off after the name (a Trinidad Express-style
  // probe, test/fixtures/outlets tt-express-felicity-water-protest.txt, where "three" took two quotes and the report)
  if (toks[j - 2]?.l === 'of' && isNumeral(last.l)) return undefined;
  // "compared with 64 percent who say", "29 others who only specified": a share or a count of people, never the name
  // written before it
  if (QUANTITY_HEAD.test(last.l)) {
    const count = toks[j - 2]?.l ?? '';
    const i = isNumeral(count) ? j - 2 : j - 1;
    return { s: toks[i].s, e: last.e, kind: 'description', i, j, head: last.t };
  }
  // "echoed by her campaign and Democrats across the country, who highlighted": people of a party or a plural of people
  // before a phrase of place, never a name written before them
  const placed = peopleBeforePlace(toks, j);
  if (placed >= 0) return { s: toks[placed].s, e: last.e, kind: 'description', i: placed, j, head: toks[placed].t };
  // (a party's member is capitalised: "Mr. Guerrero, a Republican who described himself", "Evan Bayh, a moderate
  // Indiana Democrat who declined")
  if ((last.cap && !PARTY_MEMBER.has(last.l)) || !isPersonHead(last.l)) return undefined;
  let i = j - 1;
  while (i > 0 && j - i < MAX_DESCRIPTION_WORDS && !DETERMINERS.has(toks[i].l)) {
    const prev = toks[i - 1];
    if (prev.punct || (prev.cap && !prev.poss) || PREPOSITIONS.has(prev.l) || COORDINATORS_AND_OR.has(prev.l)) break;
    i--;
  }
  // "a former East German spymaster who", "an Abraham Lincoln impersonator who", "the Chamber's chief political
  // strategist, who": capitalised modifiers between a determiner and the head noun are the description's too
  const withNames = determinerBefore(toks, i, j);
  if (withNames >= 0) i = withNames;
  if (!DETERMINERS.has(toks[i].l) && !toks[i].poss) {
    // a bare plural of people, alone, not the object of a verb ("Mr. Bush tells voters who wonder why … that he")
    if (!isPeopleGroup(last.l) && !(last.l.endsWith('s') && isPersonNoun(last.l.slice(0, -1))) && !/(?:men|women|people)$/.test(last.l)) return undefined;
    const before = toks[j - 2];
    if (before && !before.punct && !before.cap && VERB_ENDING.test(before.l)) return undefined;
    i = j - 1;
    // (with the lower-case words that modify them: "despite objections from hapū and shellfish gatherers who say the
    // beds have been poisoned", a Stuff-style probe, test/fixtures/outlets nz-stuff-wastewater-vote.txt, was "gatherers")
    // (no number: "by 6 in 10 voters who says", PolNeAR train, Breitbart 2016-02-20, stays "voters")
    while (i - 1 > 0 && j - i < MAX_DESCRIPTION_WORDS && modifiesPeople(toks, i - 1) && !digitFirst(toks[i - 1].t)) i--;
    // (with the capitalised words that name whose people they are, after a preposition: "a rift with First Nations
    // leaders, who say the province signed it without asking them", a Winnipeg Free Press-style probe, test/fixtures/
    // outlets ca-wfp-metis-harvest.txt, where the source was "leaders")
    let k = i;
    while (k > 0 && i - k < MAX_ROLE_WORDS && toks[k - 1].cap && !toks[k - 1].poss && !toks[k - 1].punct) k--;
    if (k < i && k > 0 && PREPOSITIONS.has(toks[k - 1].l) && !toks[k - 1].cap) i = k;
  }
  return { s: toks[i].s, e: last.e, kind: 'description', i, j, head: last.t };
}

/** Prepositions that join a part played for someone to that someone ("an adviser to Trump", "a spokesman for Clinton"). */
const ROLE_OWNER_PREPOSITION = wordSet('to|for|of|with');

/**
 * The description of a part played for someone else that a relative "who" at token w follows past the name of that
 * someone ("said a longtime adviser to Trump, who declined to be identified and is not in the Lewandowski camp",
 * PolNeAR train, HuffPost 2016-08-17, where "who" was Donald Trump): the description before "to", "for", "of" or
 * "with" and a name run set off by the comma before "who", its head a SUBORDINATE_ROLE noun; else undefined.
 */
function roleForNameBefore(toks: Tok[], w: number): Mention | undefined {
  if (toks[w - 1]?.t !== ',') return undefined;
  let k = w - 1;
  while (k > 0 && w - 1 - k < MAX_ROLE_WORDS && toks[k - 1].cap && !toks[k - 1].punct && !toks[k - 1].poss) k--;
  if (k === w - 1 || !ROLE_OWNER_PREPOSITION.has(toks[k - 1]?.l ?? '')) return undefined;
  const d = descriptionPhrase(toks, k - 1);
  return d && d.head && SUBORDINATE_ROLE.has(d.head.toLowerCase()) && DETERMINERS.has(toks[d.i].l) ? d : undefined;
}

/** The most tokens of a participle's phrase between people and their "who" ("watching at home"). */
const MAX_PARTICIPLE_PHRASE = 4;
/**
 * The end of the people before a participle of theirs and its phrase, a preposition and no mark, ending at token j
 * ("millions | watching at home"); j when no such phrase ends there.
 */
function pastParticiplePhrase(toks: Tok[], j: number): number {
  for (let p = j - 3; p >= j - MAX_PARTICIPLE_PHRASE && p > 0; p--) {
    const ing = toks[p];
    if (ing.cap || ing.punct || !/[a-z]{3}ing$/.test(ing.l) || !PREPOSITIONS.has(toks[p + 1].l)) continue;
    if (toks.slice(p + 2, j).some(t => t.punct)) return j;
    const people = toks[p - 1];
    return pluralPeople(people) || (!people.cap && COUNT_NOUNS.has(people.l)) ? p : j;
  }
  return j;
}

/**
 * The people a relative "who" at token w follows where descriptionBefore reads none, never a name written further back:
 * a plural of people with its modifiers after a verb or a preposition ("President Obama passionately rebuked critics
 * who say he should condemn terrorists", PolNeAR train, USA Today 2016-06-15, where "who" was Obama; "there are some
 * national security law experts who think", where it was the Brookings Institution), or a share ("compared with four in
 * 10 who said", where it was Almost). Undefined after a name, a mark, an apposition to a name, or a word of no people.
 */
function peopleBeforeWho(toks: Tok[], w: number): Mention | undefined {
  let j = w;
  if (toks[j - 1]?.t === ',') j--;
  // ("the lawmakers in the House chamber and millions watching at home who could easily guess …", PolNeAR train, NYT
  // 2016-01-14, where "who" was "House": a participle's short phrase of place after the people, passed over to them)
  const before = j;
  j = pastParticiplePhrase(toks, j);
  const last = toks[j - 1];
  if (!last || last.punct || last.cap || last.poss || descriptionPhrase(toks, w)) return undefined;
  // ("four in 10 who said", "6 in 10 who")
  if (inTenBefore(toks, j)) return { s: toks[j - 3].s, e: last.e, kind: 'description', i: j - 3, j, head: last.t };
  // (a plural: one person's noun with no determiner is a name's predicate, "a serial liar … and birther who")
  if (!pluralPeople(last) && !(j < before && COUNT_NOUNS.has(last.l))) return undefined;
  let i = j - 1;
  while (i - 1 > 0 && j - i < MAX_DESCRIPTION_WORDS && modifiesPeople(toks, i - 1)) i--;
  // (the people a cue verb speaks to are its hearers, the clause on them no speech of theirs: "Mr. Bush tells voters who
  // wonder why he cannot summon Mr. Trump's TV-friendly fury that he ''wasn't brought up that way''", NYT 2016-01-19)
  if (CUES.has(toks[i - 1]?.l ?? '')) return undefined;
  // (a determiner opens the phrase, "some national security law experts"; so do the capitalised words that open the
  // sentence, "Former Obama operatives, who see Clinton as …", PolNeAR train, Politico 2016-03-10, where "who" was Obama)
  if (i - 1 > 0 && DETERMINERS.has(toks[i - 1].l) && !toks[i - 1].cap) i--;
  else {
    let k = i - 1;
    while (k >= 0 && toks[k].cap && !toks[k].punct && !toks[k].poss && i - k <= MAX_ROLE_WORDS) k--;
    if (k < i - 1 && (k < 0 || toks[k].punct)) i = k + 1;
  }
  return { s: toks[i].s, e: last.e, kind: 'description', i, j, head: last.t };
}

/** A lower-case word that may modify a plural of people before it ("national security law", "working-class"): no function word, adverb or verb ("rebuked critics", "uniting liberals"). */
function modifiesPeople(toks: Tok[], k: number): boolean {
  const t = toks[k], before = toks[k - 1];
  if (t.punct || t.cap || t.poss || FUNCTION_WORDS.has(t.l) || NOT_NAME.has(t.l) || PREPOSITIONS.has(t.l) || DETERMINERS.has(t.l) || NOT_NOUN.has(t.l) || BE_FORMS.has(t.l) || CUES.has(t.l)) return false;
  if (looksAdverb(t.l) || t.l.endsWith('ing')) return false;
  // (a participle opens the phrase after a determiner, a preposition or a mark, "among registered voters"; else it is a
  // verb's, "passionately rebuked critics")
  return !t.l.endsWith('ed') || !before || before.punct || DETERMINERS.has(before.l) || PREPOSITIONS.has(before.l) || NOT_NAME.has(before.l);
}

/** The most conjuncts before the last that withConjuncts takes ("A, B and C who"). */
const MAX_WHO_CONJUNCTS = 3;

/**
 * The people of a description `d` that a relative "who" follows, with the people joined to it by "and" or commas before
 * it: "members of Congress and governors who see him as the most viable alternative" (PolNeAR train, Breitbart 2016-03-01,
 * where "who" was "governors"), "a national backlash from gay rights groups, entertainers and business leaders who say"
 * (2016-03-24). A conjunct is a plural of people with its modifiers, or one with a name after "of" ("members of
 * Congress"). `d` itself when no such conjunct stands before it.
 */
function withConjuncts(toks: Tok[], d: Mention | undefined): Mention | undefined {
  if (!d) return d;
  let i = d.i;
  for (let n = 0; n < MAX_WHO_CONJUNCTS; n++) {
    const joint = toks[i - 1];
    // (the last joint is "and": a comma alone sets off an apposition, "One of those witnesses, a 52-year-old cab driver who
    // asked not to be named", a California outlet fixture)
    if (!joint || (joint.l !== 'and' && (joint.t !== ',' || n === 0))) break;
    let k = i - 1;
    if (joint.l === 'and' && toks[k - 1]?.t === ',') k--;
    // the conjunct's head, right before the joint: a plural of people, or a name after "people of"
    let head = k - 1;
    if (toks[head]?.cap && !toks[head].poss && toks[head - 1]?.l === 'of') head -= 2;
    const h = toks[head];
    // ("members": a plural of people, though a member alone may be a body's)
    if (!pluralPeople(h) && !(h && !h.cap && endsInS(h.l) && isPersonHead(h.l))) break;
    let start = head;
    while (start - 1 > 0 && k - start < MAX_DESCRIPTION_WORDS && modifiesPeople(toks, start - 1)) start--;
    i = start;
  }
  return i === d.i ? d : { ...d, s: toks[i].s, i };
}

/** The most words of a phrase of place after a plural of people ("across the country"). */
const PLACE_PHRASE_WORDS = 4;

/**
 * A bare plural of people or a party's people, or two joined by "and", followed by a phrase of place that ends at
 * token j ("Democrats across the country", "Democrats and Republicans in Congress"): the first plural's token index,
 * else -1.
 */
function peopleBeforePlace(toks: Tok[], j: number): number {
  for (let p = j - 2; p >= 1 && p >= j - 1 - PLACE_PHRASE_WORDS; p--) {
    const t = toks[p];
    if (t.punct) return -1;
    if (!PLACE_PREPOSITION.has(t.l)) continue;
    const people = (t: Tok | undefined) => !!t && !t.punct && (isPeopleGroup(t.l) || PEOPLE_OF_A_PARTY.has(t.t));
    if (!people(toks[p - 1])) return -1;
    // (two of them joined: "Democrats and Republicans in Congress")
    return toks[p - 2]?.l === 'and' && people(toks[p - 3]) ? p - 3 : p - 1;
  }
  return -1;
}

/** Prepositions opening a phrase of place after people ("across the country", "in Congress", "around the world"). */
const PLACE_PREPOSITION = wordSet('across|in|around|throughout|from|on');

/**
 * The determiner opening a description whose words from `i` to the head noun before `j` may hold capitalised modifiers
 * ("a former East German spymaster"): its token index, when it is within MAX_DESCRIPTION_WORDS of the head and only
 * words (no punctuation, preposition or conjunction) stand between; else -1.
 */
function determinerBefore(toks: Tok[], i: number, j: number): number {
  for (let k = i; k >= 0 && j - k <= MAX_DESCRIPTION_WORDS; k--) {
    const t = toks[k];
    if (DETERMINERS.has(t.l)) return k;
    // (one person's two roles under one determiner: "Harold Doley, a banker and former Reagan administration official
    // who has suggested …", PolNeAR train, Politico 2015-12-23, where "who" was "Reagan")
    if (t.l === 'and' && k < i && !DETERMINERS.has(toks[k + 1].l) && toks[k - 1] && !toks[k - 1].cap && isPersonHead(toks[k - 1].l)) continue;
    if (t.punct || PREPOSITIONS.has(t.l) || COORDINATORS_AND_OR.has(t.l)) return -1;
    // ("Teck's board, which said …": a name's possessive opens the phrase, as a determiner does, unless one stands before it)
    if (t.poss && t.cap && k < i && !DETERMINERS.has(toks[k - 1]?.l ?? '')) return k;
  }
  return -1;
}

/** The most modifiers read before a bare plural noun ("progressive organizations", "congressional districts"). */
const MAX_BARE_MODIFIERS = 2;

/**
 * The plural noun right before a relative "that" at token j, with up to two lower-case modifiers before it and no
 * determiner ("progressive organizations that", "prominent businesses that", "issues that"), as a description; undefined
 * when the word before is no plural noun (a verb's "-ing" or "-ed" form, a function word, a capitalised word).
 */
function barePluralBefore(toks: Tok[], j: number): Mention | undefined {
  const plainWord = (t: Tok | undefined): boolean => !!t && !t.punct && !t.cap && !t.poss && !FUNCTION_WORDS.has(t.l) && !PREPOSITIONS.has(t.l)
    && !DETERMINERS.has(t.l) && !AUXILIARIES.has(t.l) && !CUES.has(t.l) && !/(?:ing|ed)$/.test(t.l);
  const head = toks[j - 1];
  if (!plainWord(head) || !endsInS(head.l) || /ss$/.test(head.l)) return undefined;
  let i = j - 1;
  while (i > 0 && j - 1 - (i - 1) <= MAX_BARE_MODIFIERS && plainWord(toks[i - 1]) && !endsInS(toks[i - 1].l)) i--;
  return { s: toks[i].s, e: head.e, kind: 'description', i, j, head: head.t };
}

/** Marks a relative "which" follows its noun after ("the report, which", "the sign — which"): a comma or a dash. */
const RELATIVE_MARKS = INNER_MARKS;

/**
 * A poll's, study's or report's noun phrase whose "of" takes the name that ends before the comma before token w ("a
 * study of San Francisco, which …"), as a description; undefined otherwise.
 */
function pollNounOfName(toks: Tok[], w: number): Mention | undefined {
  if (toks[w - 1]?.t !== ',') return undefined;
  let k = w - 2;
  while (k > 0 && toks[k].cap && !toks[k].punct) k--;
  if (k === w - 2 || toks[k].l !== 'of' || !POLL_NOUNS.has(toks[k - 1]?.l ?? '')) return undefined;
  const i = determinerBefore(toks, k - 1, k);
  return i >= 0 && i < k - 1 ? { s: toks[i].s, e: toks[w - 2].e, kind: 'description', i, j: w - 1, head: toks[k - 1].t } : undefined;
}

/**
 * The noun phrase a relative "which" at token w follows after a comma or a dash, as a description: a determiner or a
 * possessive, then words (capitalised ones too) up to its lower-case head noun ("the Associated Press report, which
 * notes", "the sign — which read": PolNeAR train); undefined for anything else.
 */
function thingBefore(toks: Tok[], w: number): Mention | undefined {
  const mark = toks[w - 1];
  return mark && RELATIVE_MARKS.has(mark.t) ? nounPhraseEndingAt(toks, w - 1) : undefined;
}

/**
 * The description that ends right before token j: a determiner or a possessive, words, a lower-case head noun (also the
 * noun a restrictive "that" follows with no comma: "a 2014 paper that found"), or a name of several words that holds
 * a preposition before it ("a 2014 University of California at San Diego paper that found …", PolNeAR train).
 */
function nounPhraseEndingAt(toks: Tok[], j: number): Mention | undefined {
  const last = toks[j - 1];
  if (!last || last.punct || last.cap || last.poss || PREPOSITIONS.has(last.l) || DETERMINERS.has(last.l)) return undefined;
  const i = determinerBefore(toks, j - 1, j);
  if (i >= 0 && i < j - 1) return { s: toks[i].s, e: last.e, kind: 'description', i, j, head: last.t };
  const named = determinerBeforeName(toks, j - 2);
  return named >= 0 ? { s: toks[named].s, e: last.e, kind: 'description', i: named, j, head: last.t } : undefined;
}

/**
 * The comma before an apposition to a name whose person noun a name modifies, right before a relative "who" at token
 * w ("Bob Mulholland, a California superdelegate and Clinton supporter who": the comma after "Mulholland"), as its
 * token index; undefined when the word before "who" is not a lower-case person noun after a capitalised word, or no
 * determiner after a comma after a capitalised word opens its phrase.
 */
function nameModifierApposition(toks: Tok[], w: number): number | undefined {
  const head = toks[w - 1];
  if (!head || head.punct || head.cap || !isPersonHead(head.l) || !toks[w - 2]?.cap || toks[w - 2].punct) return undefined;
  let d = w - 2;
  while (d > 0 && w - d <= MAX_DESCRIPTION_WORDS && !DETERMINERS.has(toks[d].l) && !toks[d - 1].punct) d--;
  return DETERMINERS.has(toks[d].l) && toks[d - 1]?.t === ',' && toks[d - 2]?.cap ? d - 1 : undefined;
}

/** The most tokens of a name that modifies a head noun ("University of California at San Diego"). */
const MODIFYING_NAME_TOKENS = 8;

/**
 * The determiner before a name that ends at token k and holds prepositions between its capitalised words ("a 2014 |
 * University of California at San Diego"), a year or a number maybe before the name; -1 when there is none.
 */
function determinerBeforeName(toks: Tok[], k: number): number {
  if (!toks[k]?.cap) return -1;
  let x = k;
  while (x > 0 && k - x < MODIFYING_NAME_TOKENS && (toks[x - 1].cap || (PREPOSITIONS.has(toks[x - 1].l) && toks[x - 2]?.cap)) && !toks[x - 1].punct && !DETERMINERS.has(toks[x - 1].l)) x--;
  if (FIGURE.test(toks[x - 1]?.t ?? '')) x--;
  return DETERMINERS.has(toks[x - 1]?.l ?? '') && !toks[x - 1].cap ? x - 1 : -1;
}

/**
 * The comma before an apposition to a name that a relative "who" at token w follows ("Scott Reed, the Chamber's chief
 * political strategist, who"), as its token index; undefined for anything else. The apposition may end on the body the
 * person serves, set off by a comma after a full name: "who" is the person, not the body ("Alfonso Aguilar, the
 * executive director of the Latino Partnership for Conservative Principles, who also said": PolNeAR train).
 */
function appositionBefore(toks: Tok[], w: number): number | undefined {
  const d = descriptionPhrase(toks, w);
  if (d) return toks[d.i - 1]?.t === ',' && toks[d.i - 2]?.cap ? d.i - 1 : undefined;
  if (toks[w - 1]?.t !== ',') return personPlaceBefore(toks, w);
  // (past the state of a place the apposition ends on: "Alan Berger, a gynecologist from Englewood, New Jersey, who
  // said he is friendly with …", PolNeAR train, Politico 2015-12-03, where "who" was New Jersey)
  const state = placeSetOffBefore(toks, w - 1);
  return nameBeforeDescription(toks, state ?? w - 2, 0)?.j;
}

/** The most tokens of the place or body after a person noun, up to "who" ("the University of California at Berkeley"). */
const MAX_PLACE_TOKENS = 10;
/** Lower-case words inside the name of a place or body ("University ⟨of⟩ California ⟨at⟩ Berkeley", "⟨the⟩ Brookings Institution"). */
const PLACE_NAME_WORD = wordSet('of|at|in|the|for|on');

/**
 * The token after the person's name when a "who" at token w, with no comma before it, follows an apposition whose
 * head is a person noun and whose place or body ends right before it: "Emmanuel Saez, an economics professor at the
 * University of California at Berkeley who concluded …" (PolNeAR train, where "who" was Berkeley) is Emmanuel Saez.
 * Undefined when the words before "who" are not so.
 */
function personPlaceBefore(toks: Tok[], w: number): number | undefined {
  if (!toks[w - 1]?.cap) return undefined;
  let k = w - 1;
  while (k > 0 && w - k <= MAX_PLACE_TOKENS && !toks[k].punct && (toks[k].cap || PLACE_NAME_WORD.has(toks[k].l))) k--;
  // (the walk stops on a preposition the place's words do not hold, "from", or passes one they do, "at")
  const p = ROLE_PREPOSITIONS_AND_IN.has(toks[k].l) ? k : k + 1;
  const head = toks[p - 1];
  if (p >= w - 1 || !ROLE_PREPOSITIONS_AND_IN.has(toks[p].l) || !head || head.punct || head.cap || !isPersonHead(head.l)) return undefined;
  return nameBeforeDescription(toks, p - 1, 0)?.j;
}

/** The most words of a state or country set off after a town ("New Jersey", "Ohio"). */
const STATE_WORDS = 2;

/**
 * The last token of the town before ", STATE" that ends at the comma at token c ("Englewood" of "from Englewood, New
 * Jersey,"): the state one or two capitalised words that name a place, the town capitalised; else undefined.
 */
function placeSetOffBefore(toks: Tok[], c: number): number | undefined {
  let k = c;
  while (k > 0 && c - k < STATE_WORDS && toks[k - 1].cap && !toks[k - 1].punct) k--;
  if (k === c || toks[k - 1]?.t !== ',' || !toks[k - 2]?.cap || toks[k - 2].punct) return undefined;
  const written = toks.slice(k, c).map(t => t.t).join(' ');
  return placesIn(written)[0] === written ? k - 2 : undefined;
}

/** Nouns of a share or a count of people before "who" ("64 percent who say", "29 others who"). */
const QUANTITY_HEAD = /^(?:percent|per-cent|%|others)$/;
/** A number written in figures ("64", "1,200"); in words, figures/numberWords.ts reads it ("six", "twenty"). */
const FIGURE = /^\d[\d,.]*$/;
/** The sign of a share written in figures ("18%"), which the tokens leave out. */
const PERCENT_SIGN = '%';

/** A capitalised word other than a determiner in tokens [i, j) ("The Cruz campaign"). */
function holdsName(toks: Tok[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (toks[k].cap && !DETERMINERS.has(toks[k].l)) return true;
  return false;
}

/** "his"/"her" as a possessive before a noun ("her husband"), not "her" as an object ("told her that"). */
function possessive(toks: Tok[], k: number): boolean {
  if (toks[k].l === 'his') return true;
  const next = toks[k + 1];
  return !!next && !next.punct && !next.cap && !DETERMINERS.has(next.l) && !PREPOSITIONS.has(next.l) && !NOT_VERB.has(next.l) && next.l !== 'that';
}

/** The most tokens of a sentence's opening phrase read for a possessive pronoun ("In his remarks,"). */
const OPENING_PHRASE_TOKENS = 8;

/**
 * The gender of a "his" or "her" in the phrase that opens the sentence at token `start` and ends with a comma right
 * before the subject name at token i, no capitalised word before it but the phrase's first ("In his remarks, Graham
 * argued", "In his address to La Raza, Graham assures"), and the possessive not its first word; else undefined.
 */
function openingPossessive(toks: Tok[], start: number, i: number): Gender | undefined {
  if (i - start < 3 || i - start > OPENING_PHRASE_TOKENS || toks[i - 1]?.t !== ',') return undefined;
  // (not a phrase the possessive opens: "Her son, Harjit Gill, says …" is the name's own apposition, and "her" someone
  // else's — a Global News-style probe, where Gill was made a woman and "he said" went to the constable before)
  if (toks[start].l === 'his' || toks[start].l === 'her') return undefined;
  let g: Gender | undefined;
  for (let k = start; k < i - 1; k++) {
    const t = toks[k];
    if (t.punct || (t.cap && k > start && !g)) return undefined;
    if ((t.l === 'his' || t.l === 'her') && possessive(toks, k)) {
      if (g) return undefined;
      g = t.l === 'his' ? 'm' : 'f';
    }
  }
  return g;
}

/** Participles that open a sentence with the one who asks after "by" ("Asked by reporters whether …, he said"). */
const ASKING_PARTICIPLE = wordSet('asked|pressed|questioned|challenged|quizzed|grilled');
/** The most words of the asker's description before the name ("Asked by the Conservative MP Robbie Moore"). */
const MAX_ASKER_WORDS = 5;

/**
 * The name at token i is the asker of a sentence opening at token `start` with "Asked by …": no punctuation between,
 * but the comma that sets the name off after its description ("Asked by the committee's convener, Edward
 * Mountford-Kyle, whether the final cost could rise again, he said …", a Herald-style probe, where "he" was the asker).
 */
function askerOfOpener(toks: Tok[], i: number, start: number): boolean {
  if (!ASKING_PARTICIPLE.has(toks[start]?.l ?? '') || toks[start + 1]?.l !== 'by' || i < start + 2 || i - (start + 2) > MAX_ASKER_WORDS) return false;
  for (let x = start + 2; x < i; x++) if (toks[x].punct && !(x === i - 1 && x > start + 2 && toks[x].t === ',')) return false;
  return true;
}

/** The last token of description m, where a name would stand after "Asked by the …" (askerOfOpener). */
const descriptionHead = (m: Mention): number => m.j - 1;

/** A British "X-of-N" description's head ("grandmother-of-five", "father-of-2"): the noun, then the count. */
const OF_COUNT = /^(\p{Ll}+)-of-(\p{Ll}+|\d+)$/u;

/**
 * The noun of a British "X-of-N" description ("the grandmother-of-five said", "the father-of-two"): its person noun;
 * any other head as it is.
 */
function ofCountHead(head: string | undefined): string | undefined {
  const m = head && OF_COUNT.exec(head);
  return m && isNumeral(m[2]) ? m[1] : head;
}

/**
 * Words a name is introduced with that give its person's gender: "spokeswoman Jen Psaki", "Nan Whaley, a congresswoman,",
 * "Her grandson, Kaden Sylliboy, 22, fishes …".
 */
function roleGender(toks: Tok[], i: number, j: number): Gender | undefined {
  const before = toks[i - 1];
  return (before && !before.punct && !before.cap && personNounGender(before.l)) || appositionBeforeName(toks, i, j) || appositionGender(toks, j);
}

/** The gender a noun for a person gives ("spokeswoman", "widow", "woman"); undefined for any other word. */
const personNounGender = (l: string): Gender | undefined => (isRoleNoun(l) || nounGender(l) ? titleGender(l) : undefined);

/** The apposition after token j has a body's noun for its head (", the Crown corporation that …"). */
function apposedBodyNoun(toks: Tok[], j: number): boolean {
  const head = appositionHead(toks, j);
  return !!head && !head.cap && BODY_NOUN.has(head.l);
}

/** Nouns for a thing no pronoun of a person stands for, beyond a body's and an outlet's: an app, a crew. */
const APPOSED_THING_NOUN = wordSet('app|application|crew');

/** The apposition after token j has a body's, an outlet's or a thing's noun for its head (", the mobile dating application,"). */
function apposedThingNoun(toks: Tok[], j: number): boolean {
  const head = appositionHead(toks, j);
  return !!head && !head.cap && (BODY_NOUN.has(head.l) || OUTLET_NOUN.has(head.l) || APPOSED_THING_NOUN.has(head.l));
}

/** The apposition after token j has a person's noun for its head (", a member of a hapū", ", a 20-year-old student of"). */
function apposedPersonNoun(toks: Tok[], j: number): boolean {
  const head = appositionHead(toks, j);
  return !!head && !head.cap && isOnePersonWord(head.l);
}

/**
 * The gender the apposition after token j gives its person (", the nominee's eldest daughter,", ", an 86-year-old widow
 * who asked not to be named"): from its head noun, its last word but a possessive before a mark, a preposition or a
 * relative pronoun.
 */
function appositionGender(toks: Tok[], j: number): Gender | undefined {
  const head = appositionHead(toks, j);
  return head && personNounGender(head.l);
}

/** The head noun of the apposition after token j (", the nominee's eldest daughter,"): its last word but a possessive before a mark, a preposition or a relative pronoun. */
function appositionHead(toks: Tok[], j: number): Tok | undefined {
  if (toks[j]?.t !== ',' || !toks[j + 1] || !DETERMINERS.has(toks[j + 1].l)) return undefined;
  let head: Tok | undefined;
  for (let k = j + 2; k < toks.length && k <= j + 1 + MAX_APPOSITION_WORDS && !toks[k].punct && !PREPOSITIONS.has(toks[k].l) && !RELATIVES.has(toks[k].l); k++) if (!toks[k].poss) head = toks[k];
  return head;
}

/**
 * The gender of a description set off before a name that the name's own commas close, the description opening its
 * sentence or clause or following a cue: "Her grandson, Kaden Sylliboy, 22, fishes …", "said her husband, Tom
 * Reid." (a Chronicle Herald-style probe, where "she said" after the grandson went to him, a given name the lexicon
 * lacks); not "In a letter to his wife, Smith wrote" (a preposition's object, the name no apposition of it).
 */
function appositionBeforeName(toks: Tok[], i: number, j: number): Gender | undefined {
  const noun = toks[i - 2];
  if (toks[i - 1]?.t !== ',' || !noun || noun.punct || noun.cap || noun.poss || !/^[,.;]$/.test(toks[j]?.t ?? '')) return undefined;
  const g = nounGender(noun.l);
  const d = g ? determinerBefore(toks, i - 2, i - 1) : -1;
  // (past the whole name of a possessive owner: "Back at the family's home, Jerome Bautista's wife, Maricar, was
  // preparing food", a Toronto Sun-style probe where "She said" then went to a councillor)
  let o = d;
  if (d >= 0 && toks[d].poss && toks[d].cap) while (o > 0 && d - o < MAX_OWNER_NAME_WORDS && toks[o - 1].cap && !toks[o - 1].punct && !toks[o - 1].poss) o--;
  const lead = toks[o - 1];
  // (or a copula an inverted sentence puts before its subject: "Among the Clare supporters on Hill 16 was Mac
  // Cárthaigh's mother, Bríd, who said she could not watch …", an Irish Independent-style probe, where "she laughed"
  // after it went to "Hill", a given name the lexicon knows)
  return d >= 0 && (!lead || lead.punct || CUES.has(lead.l) || BE_FORMS.has(lead.l)) ? g : undefined;
}

/** The most words of a possessive owner's name before it ("Jerome" of "Jerome Bautista's wife"). */
const MAX_OWNER_NAME_WORDS = 3;

/** Words after a capitalised sentence opener that show it is no subject ("Later he said", "In the end"). */
const NOT_VERB = wordSet('he|she|they|we|i|you|it|of|in|on|at|for|to|and|or|but|the|a|an|as|with|from|by|about');

/**
 * The end of the article's title line: its first line when it reads as a headline (no sentence end, or Title Case). Asked
 * for by the quotes stage and the people stage of the same article: kept for the last text only (../text/memo.ts
 * keptForLastText).
 */
export const headline: (text: string) => number = keptForLastText(readHeadline);

/** The most words of a deck, the line under a headline that sums the story up. */
const MAX_DECK_WORDS = 30;

/**
 * The end of the deck under the headline that ends at `headlineEnd`: the next line, with no sentence end and at most
 * MAX_DECK_WORDS words ("Foreign Affairs and Defense Committee approves first sections; IDF personnel chief warns quotas
 * 'far below what the army needs'", a Times of Israel-style probe); 0 when there is none.
 */
function deck(text: string, headlineEnd: number): number {
  if (!headlineEnd) return 0;
  const start = text.slice(headlineEnd).search(/\S/);
  if (start < 0) return 0;
  const s = headlineEnd + start, end = text.indexOf('\n', s);
  if (end < 0) return 0;
  const line = text.slice(s, end).trim();
  return !/[.!?:]["”’']?$/.test(line) && line.split(/\s+/).length <= MAX_DECK_WORDS ? end : 0;
}

function readHeadline(text: string): number {
  const start = text.search(/\S/);
  if (start < 0) return 0;
  const end = text.indexOf('\n', start);
  if (end < 0) return 0;
  const line = text.slice(start, end).trim();
  // Title Case: every word of three letters or more capitalised but the short function words (one slip allowed)
  const words = line.match(/[\p{L}'’-]{3,}/gu) ?? [];
  const lower = words.filter(w => !upperFirst(w) && !FUNCTION_WORD.has(w.toLowerCase())).length;
  // or a short line with no sentence end (not a lead-in ending in a colon)
  const unended = !/[.!?:]["”’']?$/.test(line) && words.length <= MAX_HEADLINE_WORDS;
  return unended || (words.length >= 3 && lower <= 1 && lower < words.length / 4) ? end : 0;
}

/** The last line `furniture` looked at (names come in text order: most share their line with the name before). */
let lastLine: { text: string; s: number; e: number; furniture: boolean } | null = null;

/** The line holding `pos` is a byline or page furniture (a photo credit, a share prompt: ../quotes/boilerplate.ts). */
function furniture(text: string, pos: number): boolean {
  const { s, e } = paragraphOf(text, pos);
  if (lastLine && lastLine.text === text && lastLine.s === s && lastLine.e === e) return lastLine.furniture;
  const line = text.slice(s, Math.min(e, s + BYLINE_MAX));
  // (the outlet's name asked first: OUTLET_BYLINE and OUTLET_LINE, costly to compile, are then compiled only by a run that
  // has a line ending in one)
  const is = isNamesByline(line) || ROLE_BYLINE.test(line) || (PRINT_OUTLET_NAME.test(line.trimEnd()) && (OUTLET_BYLINE.test(line) || OUTLET_LINE.test(line))) || isBoilerplateLine(text, s, e);
  lastLine = { text, s, e, furniture: is };
  return is;
}

/** How many tokens back from a name the colon opening its list may stand. */
const LIST_REACH = 40;

/**
 * The name run [i, j) is one of a list of people after a colon in its sentence (from token `start`): a comma between
 * the colon and the run, no verb with tense, and a comma, "and" or the sentence's end after the run ("… resulted in
 * the death of four Americans: U.S. Ambassador Chris Stevens, information officer Sean Smith, and former Navy SEALS
 * Tyrone Woods and Glen Doherty.", PolNeAR train, Western Journal 2016-03-15).
 */
function listedAfterColon(toks: Tok[], start: number, i: number, j: number): boolean {
  const after = toks[j];
  if (after && !(after.t === ',' || after.l === 'and' || after.t === '.')) return false;
  let commas = 0;
  for (let k = i - 1; k >= start && k >= i - LIST_REACH; k--) {
    const t = toks[k];
    if (t.t === ':') return commas > 0 || after?.t === ',';
    if (t.t === ',') commas++;
    else if (t.punct || (!t.cap && isVerbForm(t.l))) return false;
  }
  return false;
}
