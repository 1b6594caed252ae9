/**
 * What compromise's lexicon knows about people, read once from the table scripts/people-lexicon.mjs generates
 * (lexicon.generated.ts): the gender of first names and honorifics, role nouns, places and organisations.
 */
import { COMMON_WORDS, DEMONYMS, FEMALE_FIRST_NAMES, GENDERED_HONORIFICS, HONORIFIC_ABBREVIATIONS, MALE_FIRST_NAMES, ORGANIZATIONS, OTHER_FIRST_NAMES, PLACES, ROLE_NOUNS } from './lexicon.generated';

export type Gender = 'm' | 'f';

const words = (s: string, sep = ' '): Set<string> => new Set(s.split(sep));
const MALE = words(MALE_FIRST_NAMES), FEMALE = words(FEMALE_FIRST_NAMES), OTHER = words(OTHER_FIRST_NAMES);
const HONORIFIC_GENDER = new Map<string, Gender>(GENDERED_HONORIFICS);
// "Ms." is missing from compromise's gendered honorifics
HONORIFIC_GENDER.set('ms', 'f');
const HONORIFICS = words(HONORIFIC_ABBREVIATIONS);
const ROLES = words(ROLE_NOUNS, '|');
const PLACE_NAMES = words(PLACES, '|');
const DEMONYM_WORDS = words(DEMONYMS);
const ORGANIZATION_NAMES = words(ORGANIZATIONS, '|');
const COMMON = words(COMMON_WORDS);

/** Lower case, one final period dropped ("Sen." → "sen"). */
const key = (w: string): string => { const l = w.toLowerCase(); return l.endsWith('.') ? l.slice(0, -1) : l; };

/** A first name compromise knows, with its gender when it has one ('u': a first name of either gender). */
export function firstNameGender(word: string): Gender | 'u' | undefined {
  const w = key(word);
  return MALE.has(w) ? 'm' : FEMALE.has(w) ? 'f' : OTHER.has(w) ? 'u' : undefined;
}

/**
 * Nouns for a person that give a gender compromise does not mark (kinship and the like: "9/11 widow Terry Strada",
 * "Ivanka Trump, the Republican presidential nominee's eldest daughter,"); "-woman", "-ess" and "-man" role nouns are
 * read from the role lexicon.
 */
const GENDERED_NOUNS = new Map<string, Gender>([
  ...['widow', 'wife', 'mother', 'daughter', 'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'girlfriend', 'girl', 'mom', 'bride', 'lady', 'stepmother', 'stepdaughter'].map(w => [w, 'f'] as const),
  ...['widower', 'husband', 'father', 'son', 'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'boyfriend', 'boy', 'dad', 'groom', 'gentleman', 'stepfather', 'stepson'].map(w => [w, 'm'] as const),
]);

/** A noun that gives its person a gender ("widow", "husband"). */
export const nounGender = (word: string): Gender | undefined => GENDERED_NOUNS.get(key(word));

/** The gender a title gives ("Mrs.", "Congresswoman", "first lady", "spokesman", "widow"); undefined when it gives none. */
export function titleGender(title: string): Gender | undefined {
  const t = title.toLowerCase().replace(/\./g, '');
  for (const w of t.split(/\s+/).reverse()) {
    const g = HONORIFIC_GENDER.get(w) ?? GENDERED_NOUNS.get(w);
    if (g) return g;
    if (/(?:wom[ae]n|ess)$/.test(w) && ROLES.has(w)) return 'f';
    if (/m[ae]n$/.test(w) && ROLES.has(w)) return 'm';
  }
  return HONORIFIC_GENDER.get(t.trim());
}

/** "Mr", "Sen", "Gov": a person's honorific abbreviation. */
export const isHonorific = (word: string): boolean => HONORIFICS.has(key(word)) || HONORIFIC_GENDER.has(key(word));

/** A noun for a person's role or occupation ("envoy", "spokeswoman", "pollster"). */
export const isRoleNoun = (word: string): boolean => ROLES.has(key(word));

/** A country, region, city or other place ("New Mexico", "Berlin", "United States"). */
export const isPlace = (name: string): boolean => PLACE_NAMES.has(name.toLowerCase().replace(/^the /, ''));

/** "American", "Syrian". */
export const isDemonym = (word: string): boolean => DEMONYM_WORDS.has(key(word));

export const isKnownOrganization = (name: string): boolean => ORGANIZATION_NAMES.has(name.toLowerCase().replace(/^the /, ''));

/** A common word ("Sometimes", "Harsh", "Across"), or the plural of one ("Audiences"): compromise lists no name or place among them. */
export function isCommonWord(word: string): boolean {
  const w = key(word);
  return COMMON.has(w) || ROLES.has(w) || pluralOf(w, x => COMMON.has(x) || ROLES.has(x));
}

/** The plural of a people's or a role's name: a group, never one person ("Germans", "Friends", "Voters"). */
export const isPeopleGroup = (word: string): boolean => pluralOf(key(word), x => ROLES.has(x) || DEMONYM_WORDS.has(x));

function pluralOf(w: string, singular: (x: string) => boolean): boolean {
  if (!w.endsWith('s') || w.length < 4) return false;
  return [w.slice(0, -1), w.replace(/es$/, ''), w.replace(/ies$/, 'y')].some(singular);
}
