/**
 * What a speaker is, as a reader of the hover would put it (Speaker.kind, not in the JSON output). News copy, and
 * PolNeAR's gold, give speech not only to people but to documents, bodies and groups:
 * - 'document': a plan, report, poll, lawsuit, claim, letter or statement that speaks for itself, its issuer unnamed
 *   ("The Geneva plan calls for …", a seed article; "a new poll shows", "exit polls showed", "FEC filings show", PolNeAR
 *   train; "According to the claim, …", test/fixtures/outlets ca-vansun-burnaby-tower-lawsuit.txt). The nouns are
 *   ./documents.ts's: the ones the issuer lookup reads (isDocumentNoun) and the records that speak with no issuer to
 *   look up (isSpeakingRecord: "plan", "records", "results", "agreement" …).
 * - 'group': an unnamed plural of people, or a quantifier for them ("many analysts", "some Democrats", "officials",
 *   "Critics say", "Others said", "a third of voters", "those surveyed", PolNeAR train).
 * - 'organization': a body by its name ("Rasmussen Reports", "the Congressional Budget Office", "Factcheck.org"; a
 *   pollster or site the name stage reads as no one's, "Gallup", "POLITICO", "CNN/ORC", PolNeAR train) or by its noun
 *   alone ("the government", "the Obama administration", "the court heard", "the company said"; a place noun for its
 *   government, "the province says", test/fixtures/outlets ca-cbc-manitoba-flood-reeve.txt). A country or a capital
 *   ("Russia said", "Washington warned") is one already by the name stage: the schema has no 'place'.
 * - 'person': a person by name, or one unnamed person by a noun for a person ("a federal judge", "the author").
 * - 'unknown': anything else (an unresolved "we", "it", "you").
 */
import { GROUP_NOUNS, PREPOSITIONS, QUANTIFIER_SUBJECTS, RELATIVE_TIME_WORDS, RELATIVES, SHARE_WORDS } from '../quotes/lexicon';
import { HEARING_BODIES, SHARE_AND_COUNT_HEADS } from '../reported/lexicon';
import { withoutPossessive } from '../text/endings';
import type { SpeakerKind } from '../types';
import { isSpeakingRecord, singularOrPlural } from './documents';
import { BUSINESS_OF_A_TRADE, firstNameGender, GOVERNED_PLACE_NOUNS, isCollectiveOfPeople, isHonorific, isPersonNoun, isPluralPeopleNoun, isPartyMembers, isRoleNoun, isWebAddress, MORE_PEOPLE_PLURALS, PARTY_MEMBER, OUTLET_NAME, PLURAL_PRONOUNS, PART_OF_PEOPLE, POLL_OR_SITE_NAME, SLASHED_BODIES } from './lexicon';
import { isNumeral } from '../figures/numberWords';
import { OTHER_PRONOUNS, PERSON_PRONOUNS } from '../text/pronouns';

/** What the name-level reading says (the people stage's kindOf) and whether the name is a description the article gave. */
export interface SpeakerTraits {
  kind: 'person' | 'organization' | 'unknown';
  unnamed: boolean;
  /** A lower-case noun of a body ("union", "agency", "government"), as the people stage reads one. */
  bodyNoun: (word: string) => boolean;
}

/**
 * The words of a description up to its head, the word before its first preposition, relative or participle ("a third of
 * voters" → a third; "people close to Clinton" → people close; "those surveyed" → those; "A national poll released
 * Sunday by …" → A national poll; "reports emerging in …" → reports; not "recently hacked … documents"): the last is the
 * head.
 */
function toHead(words: readonly string[]): readonly string[] {
  const k = words.findIndex((x, i) => i > 0 && ((PREPOSITIONS.has(x) && !ofInName(words, i)) || RELATIVES.has(x) || (PARTICIPLE.test(x) && !ADVERB.test(words[i - 1]))
    || (GERUND.test(x) && PLURAL.test(words[i - 1])) || isRecordsTime(x, words[i - 1])));
  return k > 0 ? words.slice(0, k) : words;
}
const PARTICIPLE = /^[a-z]+ed$/;
/**
 * The "of" at i joins two capitalised words of a body's name before a lower-case head ("A City of Kelowna spokesperson", "A Bay of
 * Plenty Regional Council spokesperson", test/fixtures/outlets; "A Department of Health and Social Care spokesperson").
 */
const ofInName = (words: readonly string[], i: number): boolean => words[i] === OF && CAPITALISED.test(words[i - 1]) && CAPITALISED.test(words[i + 1] ?? '')
  && !CAPITALISED.test(words[words.length - 1]);
const CAPITALISED = /^\p{Lu}/u;
/**
 * A record's time or release after it ("A CNN/ORC poll last month", "A Quinnipiac University poll this month", "A Monmouth
 * poll out Monday", "a national Gallup Poll taken last week", PolNeAR train).
 */
const isRecordsTime = (x: string, before: string): boolean => (RELATIVE_TIME_WORDS.has(x) || RECORD_RELEASE.has(x)) && isSpeakingRecord(before);
const RECORD_RELEASE: ReadonlySet<string> = new Set(['out', 'taken']);
/** A present participle after a plural ("reports emerging in the news media"; not "a fundraising email"). */
const GERUND = /^[a-z]+ing$/;
/** An adverb before a participle that modifies the noun after it ("recently hacked … documents"). */
const ADVERB = /ly$/;

/** A quantifier, a share or a count of people ("some", "a third", "most", "two", "six in 10"). */
const isQuantity = (l: string): boolean => QUANTIFIER_SUBJECTS.has(l) || SHARE_AND_COUNT_HEADS.has(l) || (isNumeral(l) && l !== ONE);
const ONE = 'one';

/**
 * An unnamed plural of people: a plural of people or a plural pronoun in its head phrase ("officials", "people close to
 * Clinton", "those surveyed"), a crowd, or a quantifier or share of people ("some Democrats", "both candidates", "a third
 * of voters", "proportion of GOP primary voters", "six in 10", "Some 20 percent of people in a recent CNN/ORC poll",
 * "Others", "a group of rabbis", "Some advocates for stem cell research"), not of documents ("some of the polls").
 */
function isGroup(all: readonly string[], words: readonly string[]): boolean {
  const head = words[words.length - 1].toLowerCase(), first = words[0].toLowerCase(), last = all[all.length - 1];
  // (a singular role after a plural of people is one person of theirs: "A machinists spokesman", PolNeAR train)
  // (not a list: "other candidates and even a prominent newspaper columnist")
  const onePerson = isRoleNoun(head) && !PLURAL.test(head) && !words.includes(AND);
  if ((!onePerson && words.some(w => isPeopleWord(w.toLowerCase()))) || isCollectiveOfPeople(head)) return true;
  const rest = all.slice(words.length);
  if (isShareOfPeople(all, words)) return true;
  if (rest[0] === OF && isSpeakingRecord(last)) return false;
  if (isQuantity(head) || (rest[0] === IN && isNumeral(rest[1] ?? '')) || (isQuantity(first) && PLURAL.test(head))) return true;
  return (isQuantity(first) || SHARE_WORDS.has(head) || PART_OF_PEOPLE.has(head)) && all.length > 1 && PLURAL.test(last);
}
const OF = 'of', IN = 'in', AND = 'and';
/** A share of people after a head of another kind ("An average of 10 percent of registered voters", PolNeAR train). */
function isShareOfPeople(all: readonly string[], words: readonly string[]): boolean {
  return all[words.length] === OF && all.some(w => SHARE_AND_COUNT_HEADS.has(w.toLowerCase())) && isPeopleWord(all[all.length - 1].toLowerCase());
}
/** A plural of people, a plural group noun ("officials", "aides") or a plural pronoun, lower case. */
const isPeopleWord = (l: string): boolean => isPluralPeopleNoun(l) || PLURAL_PRONOUNS.has(l) || MORE_PEOPLE_PLURALS.has(l) || (GROUP_NOUNS.has(l) && PLURAL.test(l));

/** The words without the share words that open a count ("Only about 4 in 10 Republican voters" → 4 in 10 Republican voters). */
function withoutShareWords(words: readonly string[]): readonly string[] {
  const numeral = words.findIndex(w => isNumeral(w));
  return numeral > 0 && words.slice(0, numeral).every(w => SHARE_WORDS.has(w.toLowerCase())) ? words.slice(numeral) : words;
}
const PLURAL = /s$/;
/** The plural of a member's initials ("MPs", "MSPs", "MLAs", "TDs"). */
const MEMBERS_BY_INITIALS = /^\p{Lu}{2,4}s$/u;

/**
 * A body by its noun alone, or bodies by their plural ("the government", "the campaign", "the court", "his team",
 * "authorities", "technology companies", "the airline"): the people stage's body nouns (`bodyNoun`, lower case), the
 * bodies a hearing is held by, a business's trade, and the singular group nouns.
 */
function isBody(l: string, bodyNoun: (l: string) => boolean): boolean {
  return singularOrPlural(l, w => bodyNoun(w) || HEARING_BODIES.has(w) || BUSINESS_OF_A_TRADE.has(w) || GOVERNED_PLACE_NOUNS.has(w) || (GROUP_NOUNS.has(w) && !PLURAL.test(w)));
}

/**
 * The kind of a name the name stage read as no one's (its kind 'unknown'): a group ("Advocates", "Partisans"); a body by a
 * pollster's or a site's name, a slashed pair of sponsors, or a place noun ("Gallup", "POLITICO", "CNN/ORC",
 * "YouGov/Economist", "Province"); a person by an honorific, a role noun or a party's member ("Mr Wong", "Judge",
 * "Coroner", "Pastor", "Republican"; not the broader person nouns, which take in "Unison" and "Minority"). PolNeAR train and test/fixtures/outlets.
 */
function unknownNameKind(name: string, all: readonly string[], words: readonly string[], l: string): SpeakerKind {
  if (isGroup(all, words)) return 'group';
  if (POLL_OR_SITE_NAME.test(name) || SLASHED_BODIES.test(name) || GOVERNED_PLACE_NOUNS.has(l)) return 'organization';
  return isHonorific(words[0]) || isRoleNoun(l) || PARTY_MEMBER.has(l) ? 'person' : 'unknown';
}

/** The kind of the speaker `name` (see the header). */
export function speakerKind(name: string, traits: SpeakerTraits): SpeakerKind {
  // (a website by its address, an outlet by its name the name stage read as no body's: "Factcheck.org", "Politico")
  if (isWebAddress(name) || (!traits.unnamed && traits.kind !== 'organization' && OUTLET_NAME(name) && (traits.kind === 'unknown' || !/\s/.test(name.trim())))) return 'organization';
  const all = withoutShareWords(name.trim().split(/\s+/).map(withoutPossessive));
  const words = toHead(all);
  const head = words[words.length - 1] ?? '';
  if (!head) return 'unknown';
  const l = head.toLowerCase(), lowerHead = head === l;
  // (a document in lower case is a description even inside a name: "FEC filings", "The Geneva plan"; so is one whose
  // name the name stage reads as no one's, "Morning Consult Poll"; "Rasmussen Reports" is a body's name)
  if (isSpeakingRecord(head) && (lowerHead || traits.unnamed || traits.kind === 'unknown') && !isShareOfPeople(all, words)) return 'document';
  // (a capitalised record noun ends a body's name, though the name stage read a surname in it: "Rasmussen Reports",
  // PolNeAR train, West Journal 2016-07-14, was a person; not after a given name, "Nathan Deal", a governor)
  if (isSpeakingRecord(head) && traits.kind === 'person' && words.length > 1 && firstNameGender(words[0]) === undefined) return 'organization';
  // (a plural of people the name stage took for a name: "Republicans", the members rather than the party; "Proponents",
  // "Hispanics")
  // (and members named by their seat's initials: "MPs", "Labour MPs", test/fixtures/outlets uk-guardian-winter-fuel)
  if (isPartyMembers(head) || MEMBERS_BY_INITIALS.test(head)) return 'group';
  if (!traits.unnamed) return traits.kind === 'unknown' ? unknownNameKind(name.trim(), all, words, l) : traits.kind;
  if (isGroup(all, words)) return 'group';
  // (one person by a noun for a person, a body's name in the description or not: "a State Department spokesman"; one
  // of many: "one of his senior aides", "One operative inside Trump Tower")
  if (isPersonNoun(l) || isRoleNoun(head) || l === ONE || (words[0].toLowerCase() === ONE && lowerHead && !PLURAL.test(l))) return 'person';
  if (traits.kind === 'organization' || (lowerHead && isBody(l, traits.bodyNoun))) return 'organization';
  // (an unresolved pronoun is only what it says: "he" a person, "it" or "we" no one in particular)
  if (words.length === 1 && OTHER_PRONOUNS.has(l)) return 'unknown';
  return PERSON_PRONOUNS.has(l) || traits.kind === 'person' ? 'person' : 'unknown';
}
