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
  it('a fragment in a paraphrase whose inverted cue follows it', () => {
    const text = 'The promise to “take our country back” and “make America great again” appeals to lesser-educated whites who wish for a return to an era when a college degree was not necessary to earn a middle-class living and the population was overwhelmingly white, said Alan Abramowitz, a demographer at Emory University.';
    assert.deepStrictEqual(attributed(text, '“take'), { mention: 'Alan Abramowitz', rule: 'inside reported speech' });
  });
  it('not a quote the pipeline attributes on its own', () => {
    const text = 'The “opt out” movement is about “people telling leaders, \'this is not what we want,\'” Wilcox said.';
    assert.deepStrictEqual(attributed(text, '“people'), { mention: 'Wilcox', rule: 'cue after the quote' });
  });
});
