/** Stage "inside reported speech" (src/core/quotes/index.ts): a quoted fragment inside a paraphrase is the paraphrase's speaker's, on PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution stage: inside reported speech', () => {
  it('fragments quoted inside what someone said', () => {
    const text = 'The supporter was later charged with assault. Trump at the time said he’d asked his “people” to “look into” paying the fees.';
    assert.deepStrictEqual(attributed(text, '“people'), { mention: 'Trump', rule: 'inside reported speech' });
    // (the second goes on with the first's speaker: a quote in the sentence of an attributed quote)
    assert.deepStrictEqual(attributed(text, '“look'), { mention: 'Trump', rule: 'continues a quote' });
  });
  it("a fragment in the paraphrase of a speaker standing after the sentence's attributed quote is that speaker's, not a relative \"who\" going back to it (PolNeAR train: Washington Post 2016-02-21, 2015-12-28)", () => {
    const text = 'And, in a clip that U.S. District Judge Michael W. Mosman called "distasteful," Santilli expressed a desire to "try, convict and shoot Hillary Clinton in the vagina."\n';
    assert.deepStrictEqual(attributed(text, '"distasteful'), { mention: 'U.S. District Judge Michael W. Mosman', rule: 'cue before the quote' });
    assert.deepStrictEqual(attributed(text, '"try'), { mention: 'Santilli', rule: 'inside reported speech' });
    const owner = '"After we came here, we realized it was all lies," said one owner of a shop that sells women\'s underwear who declined to be named for fear of trouble with the authorities."We basically got deceived into coming here."\n';
    assert.strictEqual(attributed(owner, '"We basically').mention, 'one owner');
  });
  it('a cue whose subject opens the "that" clause of another speaker\'s report: the quote is that speaker\'s (PolNeAR train: Politico 2016-07-29, Western Journalism 2015-11-25, USA Today 2015-11-20)', () => {
    const source = 'Grayson said Randolph “would have no chance to win,” the source recalled, adding that Grayson said of his fiancée: “I’m going to marry her. She’s going to have the Grayson name. And she’s going to win.”';
    assert.deepStrictEqual(attributed(source, '“I’m going'), { mention: 'the source', rule: 'inside reported speech' });
    const emails = 'And that wasn’t all. The next series of emails shows that Reines asked the “reporter” to join him on an instant messaging service so she could get further instructions.';
    assert.deepStrictEqual(attributed(emails, '“reporter'), { mention: 'The next series of emails', rule: 'inside reported speech' });
    const carson = 'He also laid out his plan for fighting the Islamic State, stating that the United States should formally declare war on the organization that has declared a "caliphate" in portions of Syria and Iraq.';
    assert.deepStrictEqual(attributed(carson, '"caliphate'), { mention: 'He', rule: 'inside reported speech' });
  });
  it('a quote after the cue of a content set before it goes on with the quote before it, its rule named so, not "inside reported speech" (the seeds: "… so forth,” Lavrov said. “There’s no possibility …”"; PolNeAR train, Breitbart 2016-05-12)', () => {
    const lavrov = 'Assad “has repeatedly said publicly and privately that he does not intend to leave for anywhere, that he will stay to the end in his post, that he will, as he expressed it, defend the Syrian people, Syrian sovereignty and so forth,” Lavrov said. “There’s no possibility to change this position.”';
    assert.deepStrictEqual(attributed(lavrov, '“There’s'), { mention: 'Lavrov', rule: 'continues a quote' });
    const cole = 'Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want right now, so in that sense he’s very well-positioned for a general election.”';
    assert.deepStrictEqual(attributed(cole, '“That’s exactly'), { mention: 'Cole', rule: 'continues a quote' });
  });
  it('a fragment in a paraphrase whose inverted cue follows it', () => {
    const text = 'The promise to “take our country back” and “make America great again” appeals to lesser-educated whites who wish for a return to an era when a college degree was not necessary to earn a middle-class living and the population was overwhelmingly white, said Alan Abramowitz, a demographer at Emory University.';
    assert.deepStrictEqual(attributed(text, '“take'), { mention: 'Alan Abramowitz', rule: 'inside reported speech' });
  });
  it('not a quote the pipeline attributes on its own', () => {
    const text = 'The “opt out” movement is about “people telling leaders, \'this is not what we want,\'” Wilcox said.';
    assert.deepStrictEqual(attributed(text, '“people'), { mention: 'Wilcox', rule: 'cue after the quote' });
  });
});
