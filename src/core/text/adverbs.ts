/**
 * Telling an adverb by its ending, for every stage that does (figures, quotes, reported speech): the words that end
 * in -ly and are no adverbs, and the tests of a word in -ly that the rule files share.
 */

/** Nouns and adjectives that end like an adverb ("one family", "a rally", "a close ally", "the daily"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(['ally', 'family', 'tally', 'rally', 'assembly', 'supply', 'monopoly', 'anomaly', 'bully',
  'belly', 'homily', 'folly', 'fly', 'lily', 'jelly', 'italy', 'daily', 'weekly', 'reply',
  // ("He said elderly residents and children were the most affected", a Samoa Observer-style probe, test/fixtures/outlets)
  'elderly']);

/** A word of word characters in -ly, read as an adverb ("emphatically", "publicly"); the rule files add their own word lists to it. */
export const LY_ADVERB = /^\w+ly$/;

/** An adverb by its ending ("apparently", "previously", "matter-of-factly"), not a noun that ends the same way ("family"). */
export function looksAdverb(l: string): boolean {
  return l.endsWith('ly') && !LY_NOUNS.has(l);
}
