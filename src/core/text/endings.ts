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

/**
 * A negated auxiliary ("didn't", "won’t"): a finite verb. Ends on "n't" or "n’t", read by its last three characters
 * (asked of some 17 k words a PolNeAR dev run, by the finite-verb test).
 */
export const endsInNt = (word: string): boolean => {
  const n = word.length;
  return n >= 3 && word.charCodeAt(n - 1) === LOWER_T && isApostrophe(word.charCodeAt(n - 2)) && word.charCodeAt(n - 3) === LOWER_N;
};
const LOWER_T = 0x74, LOWER_N = 0x6e;

/** A word without its final period ("Sen." → "Sen"); any other word as it is (what replacing `/\.$/` gives, read by its last character). */
export const withoutFinalPeriod = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);

/** A word without its possessive "'s" or "’s" ("Trump's" → "Trump", "he’s" → "he"); any other word as it is. */
export const withoutPossessive = (word: string): string => {
  // (read by its last two characters, not by a pattern replaced: some 16,000 words a PolNeAR dev run, most with no "'s")
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === LOWER_S && isApostrophe(word.charCodeAt(n - 2)) ? word.slice(0, n - 2) : word;
};

/** "s", the possessive's letter. */
const LOWER_S = 0x73;

/** An apostrophe, straight or curly ("'", "’"): the code of one. */
export const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
