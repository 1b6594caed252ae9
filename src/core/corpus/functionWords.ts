import { FUNCTION_WORDS as ENGLISH_FUNCTION_WORDS } from '../text/functionWords';

/** Function words (canonical forms): a shingle made only of them ("one of the most") is no evidence of copying. The
 * function words of English, the quantifiers "any", "some", "most", "other", "one", "many", "much", the word "new", the
 * titles "mr", "mrs", "ms" and "s" (the canonical form of a possessive's "'s"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_FUNCTION_WORDS, 'any', 'some', 'most', 'other', 'one', 'many', 'much', 'new', 'mr', 'mrs', 'ms', 's',
]);
