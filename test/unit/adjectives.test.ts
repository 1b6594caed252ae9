import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { ATTACHED_ADJECTIVES } from '../../src/core/text/adjectives';

/** One list of the adjectives that tie a person to something after them (src/core/text/adjectives.ts), for figures and quotes. */
describe('adjectives: one list of the adjectives that tie a person to something', () => {
  it('holds what the figures and the quote rules listed apart ("familiar", "close"; "loyal", "allied")', () => {
    for (const w of ['familiar', 'close', 'loyal', 'opposed', 'allied', 'aligned']) assert.ok(ATTACHED_ADJECTIVES.has(w), w);
  });

  it('a description with an attached adjective is the whole speaker ("a lawmaker allied with the governor said")', () => {
    const q = analyzeText('x', '"It is over," a lawmaker allied with the governor said.').quotes[0];
    assert.strictEqual(q.speaker?.name, 'a lawmaker allied with the governor');
  });
});
