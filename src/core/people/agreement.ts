/**
 * Agreement between a pronoun or a description and an entity: gender (from first names, honorifics and role nouns,
 * and from what the article already said of the person), number, and person / organisation / document.
 */
import type { Gender } from './lexicon';
import type { NameKind } from './canonical';

export type PronounClass = 'he' | 'she' | 'speaker' | 'they' | 'it';

const PRONOUN_CLASS: Record<string, PronounClass> = {
  he: 'he', him: 'he', his: 'he', himself: 'he',
  she: 'she', her: 'she', hers: 'she', herself: 'she',
  i: 'speaker', me: 'speaker', my: 'speaker', we: 'they', our: 'they',
  they: 'they', them: 'they', their: 'they',
  it: 'it', its: 'it',
};

export const pronounClass = (word: string): PronounClass | undefined => PRONOUN_CLASS[word.toLowerCase()];

/** The gender each personal pronoun class demands. */
const PRONOUN_GENDER: Partial<Record<PronounClass, Gender>> = { he: 'm', she: 'f' };

/** The gender a personal pronoun demands ("he", "him", "his", "himself" → 'm'; "she", "her", "hers", "herself" → 'f'). */
export const pronounGender = (word: string): Gender | undefined => {
  const c = PRONOUN_CLASS[word.toLowerCase()];
  return c && PRONOUN_GENDER[c];
};

/**
 * A gender `g` known of an entity or given by a word (a first name's, a title's, a role noun's; 'u' a name either
 * sex bears) is no other than the one pronoun class `p` demands.
 */
export const genderFits = (p: PronounClass, g: Gender | 'u' | undefined): boolean => !g || g === 'u' || !PRONOUN_GENDER[p] || g === PRONOUN_GENDER[p];

export interface EntityTraits {
  kind: NameKind;
  gender?: Gender;
  /** The article treats it as a person: a first name, a title, or a quote of its own. */
  personEvidence: boolean;
  /** Written only as a sentence's first word(s) ("Millennials age 18-34 comprise …", "AT&T just finished …"), where any word is capitalised. */
  onlyOpensSentences?: boolean;
  /** The article spoke of it as a thing: a campaign or a document that spoke ("the Sanders campaign countered"). */
  thing?: boolean;
  /** Its name is a pronoun no one was found for ("we", "They"): a stand-in, never what another pronoun stands for. */
  pronoun?: boolean;
}

/** A pronoun never resolves to an entity it disagrees with. */
export function agrees(p: PronounClass, e: EntityTraits): boolean {
  if (e.pronoun) return false;
  switch (p) {
    case 'he':
    case 'she': return genderFits(p, e.gender) && isPerson(e);
    case 'speaker': return isPerson(e);
    case 'it': return e.kind === 'organization' || !!e.thing;
    case 'they': return e.kind === 'organization' || !!e.thing;
  }
}

const isPerson = (e: EntityTraits): boolean => !e.thing && (e.kind === 'person' || (e.kind === 'unknown' && e.personEvidence));
