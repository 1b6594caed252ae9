/**
 * The personal pronouns as subjects, shared by the quotes stage (../quotes/lexicon.ts re-exports them) and the figures
 * engine ("since he was 5": an age).
 */
import { without } from './determiners';

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i']);
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'it', 'you', 'who']);

/** The subject pronouns of people ("he", "she", "i", "they", "we", "you"): the person pronouns and the other pronouns
 * but "it" and "who". */
export const PERSONAL_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([...PERSON_PRONOUNS, ...without(OTHER_PRONOUNS, 'it', 'who')]);
/** The subject pronouns that are never an object ("he", "she", "i", "they", "we"; not "you"): a clause's own subject
 * where it stands ("who he dubbed", "and they said"). */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = without(PERSONAL_SUBJECT_PRONOUNS, 'you');
