/** Rule family "passive agent" (src/core/quotes/attribution/passiveAgent.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: passive agent', () => {
  it('the agent after the quote of a passive cue before it', () => {
    const text = 'This feature of the GÃ1⁄4len movement has been called "strategic ambiguity" by Joshua Hendrick, a professor at Loyola University Maryland, and it makes it impossible to trace the root source of funding for any GÃ1⁄4len activities.';
    assert.deepStrictEqual(attributed(text, '"strategic'), { mention: 'Joshua Hendrick', rule: 'passive agent' });
  });
  it('the agent between a passive cue and the quote', () => {
    const text = 'Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story about Clinton’s emails, “Now, you famously said, in one of the first debates with Hillary Clinton, oh, I’m tired of hearing about the emails. And you know, for a long time, I was tired of hearing about the emails, and I still don’t think she committed some horrible crime, but that story has moved a little bit, has it not?”';
    assert.deepStrictEqual(attributed(text, '“Now, you'), { mention: 'Bill Maher', rule: 'passive agent' });
  });
  it('the agent with a role before the name', () => {
    const text = 'Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax credits, which the Tax Foundation estimates would cost as much as $ 170 billion a year, would risk “adding another expensive entitlement program to an already overburdened federal budget.”';
    assert.deepStrictEqual(attributed(text, '“adding'), { mention: 'Gerard Baker', rule: 'passive agent' });
  });
  it('a naming participle with no "be", its agent on either side of the quote (PolNeAR train: Western Journalism 2016-05-25, Breitbart 2016-03-15, USA Today 2016-02-11)', () => {
    const democrats = 'Gowdy spoke. In the Benghazi tragedy — often labeled as a “witch hunt” by Democrats — it seems likely Gowdy is correct.';
    assert.deepStrictEqual(attributed(democrats, '“witch'), { mention: 'Democrats', rule: 'passive agent' });
    const organizers = 'Participants will vote on an option seen by organizers as a “lifeboat” for conservatives.';
    assert.deepStrictEqual(attributed(organizers, '“lifeboat'), { mention: 'organizers', rule: 'passive agent' });
    const hug = 'Christie gave what would come to be derisively known by some Republicans as a "hug" -- an image cemented by praise.';
    assert.strictEqual(attributed(hug, '"hug').rule, 'passive agent');
  });
});
