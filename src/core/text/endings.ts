/**
 * Telling a word's form by its ending, for every stage that does (quotes, reported speech, people, corpus).
 */

/** The -s ending, not a noun's "ss" ("voters", "aides", "hits", "Calls"; not "press", "boss"). */
const S_ENDING = /[^s]s$/;

/**
 * A word in -s but not in -ss: a noun in the plural ("voters", "advisers") or a verb in the present ("says", "hits");
 * not "press" or "boss". Which of the two, the caller's position tells.
 */
export const endsInS = (word: string): boolean => S_ENDING.test(word);

/** A word without its possessive "'s" or "’s" ("Trump's" → "Trump", "he’s" → "he"); any other word as it is. */
export const withoutPossessive = (word: string): string => word.replace(/['’]s$/, '');
