/** Rule family "according to" (src/core/quotes/attribution/accordingTo.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: according to', () => {
  it('the source named "according to" after the cue and its speaker', () => {
    const text = '“Delegates are and should be able to vote the way they see fit,” Walker said, according to an Associated Press account.';
    assert.deepStrictEqual(attributed(text, '“Delegates'), { mention: 'Associated Press', rule: 'according to' });
  });
  it('"According to X," before the quote', () => {
    const text = 'There are two other class action suits over his university. According to the recently court-released Trump University playbook, his salespersons were told, "You don\'t sell products, benefits or solutions. You sell feelings."';
    assert.deepStrictEqual(attributed(text, '"You don'), { mention: 'the recently court-released Trump University playbook', rule: 'according to' });
  });
  it('a poll "according to" which a share of voters said it', () => {
    const text = "Some 55 percent of voters nationwide said they do not believe Mrs. Clinton ''cares about people like me,'' according to a Quinnipiac poll conducted in February.";
    assert.deepStrictEqual(attributed(text, "''cares"), { mention: 'a Quinnipiac poll conducted', rule: 'according to' });
  });
});
