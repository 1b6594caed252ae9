/**
 * Reported speech (src/core/reported): where a content starts and ends, and who its source is, on real sentences from
 * PolNeAR train (#16's precision work; test/eval/reported-boundaries.mjs lists the split's mismatches).
 */
import * as assert from 'assert';
import { reported } from './helpers';

describe('reported speech: where a content ends', () => {
  it('a relative clause between commas inside the content\'s subject goes on to the subject\'s verb', () => {
    assert.strictEqual(reported('He said that the Cruz campaign’s announcement, which some have argued was intended to get Carson supporters to caucus for Cruz, was an “insult” to the young volunteers.')[0].content,
      'that the Cruz campaign’s announcement, which some have argued was intended to get Carson supporters to caucus for Cruz, was an “insult” to the young volunteers');
    assert.strictEqual(reported('But Mr. Kerry said the annual talks, which started in a smaller form a decade ago, remained a good opportunity.')[0].content,
      'the annual talks, which started in a smaller form a decade ago, remained a good opportunity');
    // (a relative clause after the content's verb still ends it)
    assert.strictEqual(reported('Axelrod said the fading attention on the Democratic race this time helped Clinton, who does not need to demonstrate her staying power.')[0].content,
      'the fading attention on the Democratic race this time helped Clinton');
  });
});
