/**
 * Role nouns as the heads of descriptions of one person, and a lower-case role written before a name in an
 * apposition. Asked by the people stage (descriptions and their apposed names) and by the attribution rule family
 * "apposition after an inverted cue" (quotes/attribution/appositionAfter.ts), so that both read the same words.
 */
import { AGE_NOUN, BE_FORMS, CUES, DETERMINERS, PREPOSITIONS, TITLES } from '../quotes/lexicon';
import type { Tok } from '../quotes/tokens';
import { isCountry, isDemonym, isPersonNoun, isPlace, isPluralPeopleNoun, isRoleNoun } from './lexicon';
import { isBodyInitials } from './personName';

/** The fewest letters of a role noun a compound ends in ("neurosurgeon" → "surgeon"). */
const MIN_ROLE_TAIL = 5;
/** The most lower-case words of a role written before a name in an apposition ("retired nurse", "university student"). */
const MAX_APPOSED_ROLE_WORDS = 3;

/**
 * Words of the titles that name a body or qualify a title, never a person alone: "The Treasury estimates …" is the
 * Treasury (a New Zealand Herald-style probe), not the most salient person; "the Senate". (Not a party's word: "the
 * Kentucky Republican" is a person; nor "first", which only qualifies one: "The employee first said" is the employee,
 * PolNeAR train, Washington Post 2016-09-07, not the title "first" standing for Bill Clinton.)
 */
const BODY_OF_A_TITLE: ReadonlySet<string> = new Set(['defense', 'interior', 'treasury', 'homeland', 'security', 'house', 'senate', 'national', 'federal', 'first',
  // (a force, as "Police Chief …" is a title's word: '"…," the police said' after "the Singapore Police Force said", a
  // CNA-style probe, went to the woman quoted before)
  'police']);

/**
 * Title words that, alone after "the", name a place and never a person: a title's words only beside another
 * ("Secretary of State", "State Sen. …", "the former secretary of state" is Hillary Clinton). "Hassan touts her
 * experience leading New Hampshire … The state reported a 2.8 percent unemployment rate in June" (PolNeAR train,
 * Washington Post 2016-08-26) went to Maggie Hassan, and "The state admitted it made a mistake when a local
 * pediatrician reported unusually high lead levels" (PolNeAR train, HuffPost 2016-01-19) to Hillary Clinton.
 */
const PLACE_OF_A_TITLE: ReadonlySet<string> = new Set(['state']);

/** Tokens i..j are "the" and a title's word that alone names a place ("The state reported …"): no role of anyone's. */
export const isPlaceAlone = (toks: readonly Tok[], i: number, j: number): boolean =>
  j - i === 2 && toks[i].l === 'the' && PLACE_OF_A_TITLE.has(toks[i + 1].l);

/** Demonyms that, after "the", name a people, not one person ("the Chinese", "the British", "the French", "the Swiss", "the Texans"). */
const PEOPLE_DEMONYM = /(?:ese|ish|ch|ss|s)$/;

/**
 * A demonym for one person ("the Texan said", PolNeAR train, Western Journal 2016-01-25; "the Spaniard", "the
 * Irishman", "the Norwegian", "the Queenslander": British and Australian sports reports).
 */
export function isPersonDemonym(head: string): boolean {
  const l = head.toLowerCase();
  return (isDemonym(l) && !PEOPLE_DEMONYM.test(l)) || placeDweller(head) || isLandDemonym(head);
}

/**
 * A people's word that, with "land" after it, is a country's name ("Scot", "Thai": Scotland, Thailand; "Finn", its last letter doubled: Finland),
 * which compromise's demonyms lack and which may also be a given name ("Finn Russell"): one person only where a
 * description's determiner or age stands before it ("The 58-year-old Finn, a former steelworkers' union official,
 * said", a Reuters-style probe, was a person named "Finn").
 */
export const isLandDemonym = (head: string): boolean => /^\p{L}\p{Ll}{2,}$/u.test(head)
  && (isCountry(`${head}land`) || (/(\p{Ll})\1$/u.test(head) && isCountry(`${head.slice(0, -1)}land`)));

/** A place's name with "-er" after it, one who lives there ("the Queenslander", "the Aucklander", "the Londoner"). */
function placeDweller(head: string): boolean {
  return /^\p{L}\p{Ll}{3,}er$/u.test(head) && isPlace(head.charAt(0).toUpperCase() + head.slice(1, -2));
}

/**
 * A compound of a noun of four letters or more and "man" or "woman", a role shorter than MIN_ROLE_TAIL lets through
 * ("the Sixmilebridge clubman said", an Irish Independent-style probe, where the description stood as written;
 * "linesman", "frontman"); not "human", "woman" alone.
 */
const MAN_COMPOUND = /^\p{Ll}{4,}(?:wo)?man$/u;

/** A title or role noun, or a compound ending in one ("the retired neurosurgeon"): the head of a description of one person. */
export function isRoleHead(head: string): boolean {
  // ("the 43-year-old asked": an age stands for a person as a role does)
  // (a body's initials are no role: "The UN is calling for …" is the UN, "the UN chief" a person)
  if ((TITLES.has(head) && !isBodyInitials(head) && !BODY_OF_A_TITLE.has(head)) || isRoleNoun(head) || AGE_NOUN.test(head) || isPersonDemonym(head)) return true;
  for (let k = 1; head.length - k >= MIN_ROLE_TAIL; k++) if (isRoleNoun(head.slice(k))) return true;
  return MAN_COMPOUND.test(head);
}

/** A noun for one person: a role, or a noun whose plural is a group of people ("student", "nurse", "resident"). */
export function isOnePersonWord(l: string): boolean {
  return isRoleHead(l) || isPersonNoun(l) || isPluralPeopleNoun(l + 's');
}

/** Lower-case words that never belong to a role written before a name. */
const NOT_ROLE_WORD: ReadonlySet<string> = new Set([...DETERMINERS, ...PREPOSITIONS, ...CUES, ...BE_FORMS, 'who', 'whom', 'which', 'that', 'and', 'or', 'but']);

/**
 * Where the name of an apposition starts when a lower-case role of the person's own opens it ("Another rider,
 * university student Jacob Ouellette, said", "One resident, retired nurse Anne Smith,", "said her neighbour, retired
 * nurse Helen Oyelaran."): after at most MAX_APPOSED_ROLE_WORDS lower-case words ending in a role noun; else `k`
 * itself.
 */
export function afterApposedRole(toks: Tok[], k: number): number {
  // (after the "the" of British copy too: "Her neighbour, the fisherman Calum MacPhail, said …", a Herald-style probe,
  // where the source was "Her neighbour")
  let j = toks[k]?.l === 'the' && !toks[k].cap ? k + 1 : k;
  const start = j;
  while (j - start < MAX_APPOSED_ROLE_WORDS && toks[j] && !toks[j].cap && !toks[j].punct && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[j].t) && !NOT_ROLE_WORD.has(toks[j].l)) j++;
  return j > start && toks[j]?.cap && isOnePersonWord(toks[j - 1].l) ? j : k;
}
