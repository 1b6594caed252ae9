/** Rule family "signature after a dash" (src/core/quotes/attribution/signatureAfterDash.ts). */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: signature after a dash', () => {
  it('names set under quotes with a dash', () => {
    const text = '“He represents our greatest shame.” ― Sonya Herridge “During the debate Trump said Hispanics live in hell.” ― Pamela Padilla\n';
    assert.deepStrictEqual(attributed(text, '“He represents'), { mention: 'Sonya Herridge', rule: 'signature after a dash' });
    assert.deepStrictEqual(attributed(text, '“During'), { mention: 'Pamela Padilla', rule: 'signature after a dash' });
  });
  it('a hyphen for the dash, on the line under the quote (PolNeAR train)', () => {
    const text = 'The silence has been deafening.\n\n"I went to Wall Street before the crash. I was the one saying you\'re going to wreck the economy because of these shenanigans with mortgages."\n\n- Clinton.\n\nClinton tends to overstate the significance of her speech.\n';
    assert.deepStrictEqual(attributed(text, '"I went'), { mention: 'Clinton', rule: 'signature after a dash' });
    const tweet = '@potus.\n\n"Great speech. She\'s tested. She\'s ready. She never quits."\n\n-President Obama, tweeting after Clinton\'s speech.\n';
    assert.deepStrictEqual(attributed(tweet, '"Great'), { mention: 'President Obama', rule: 'signature after a dash' });
  });
  it('no signature in a line that is no name', () => {
    const text = 'Horrified at the prospect of Trump becoming president, Ramos believes in journalism that “takes sides.”\n\n– Ready to quiz Trump –.\n';
    assert.notStrictEqual(attributed(text, '“takes').rule, 'signature after a dash');
  });
});
