/**
 * Adjectives as the figures and the quote rules read them: the ones that tie a person to something after them.
 */

/** Adjectives that tie a person to something after them ("a source familiar with …", "a person close to …", "one Democrat loyal to …"). */
/** A lowercase word with an adjective's ending ("bespectacled", "soft-spoken", "famous", "outspoken", "divisive"). */
export const ADJECTIVE_ENDING = /^[a-z][a-z-]*(?:ed|en|ous|ful|ive|ic|ish|less|able|ible)$/;

export const ATTACHED_ADJECTIVES: ReadonlySet<string> = new Set(['familiar', 'close', 'loyal', 'opposed', 'allied', 'aligned',
  // ("said a senior police officer associated with the investigation, requesting anonymity", a Hindustan Times-style
  // probe, where the speaker was "a senior police officer associated")
  'associated']);

/** Adjectives that may stand after the noun they describe ("one MP present", "one Republican involved in the planning"). */
export const POSTPOSITIVE_ADJECTIVES: ReadonlySet<string> = new Set(['present', 'absent', 'aboard', 'alive', 'available', 'concerned', 'involved', 'responsible']);
