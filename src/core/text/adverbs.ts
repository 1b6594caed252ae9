/**
 * Telling an adverb by its ending, for every stage that does (figures, quotes, reported speech): the words that end
 * in -ly and are no adverbs.
 */

/** Nouns and adjectives that end like an adverb ("one family", "a rally", "a close ally", "the daily"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(['ally', 'family', 'tally', 'rally', 'assembly', 'supply', 'monopoly', 'anomaly', 'bully',
  'belly', 'homily', 'folly', 'fly', 'lily', 'jelly', 'italy', 'daily', 'weekly', 'reply']);
