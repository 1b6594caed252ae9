import * as assert from 'assert';
import { LY_NOUNS, looksAdverb } from '../../src/core/text/adverbs';

/** One list of the words in -ly that are no adverbs (src/core/text/adverbs.ts), for figures, quotes and reported speech. */
describe('adverbs: one list of the nouns that end like an adverb', () => {
  it('the figures read the nouns the quote rules listed ("a tally", "folly") as nouns, and an adverb as one', () => {
    for (const w of ['tally', 'folly', 'homily', 'family', 'daily']) assert.ok(LY_NOUNS.has(w) && !looksAdverb(w), w);
    assert.ok(looksAdverb('previously'));
    // ("He said elderly residents and children were the most affected", a Samoa Observer-style probe)
    assert.ok(!looksAdverb('elderly'));
  });
});
