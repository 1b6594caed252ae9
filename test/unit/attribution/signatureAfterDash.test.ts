/** Rule family "signature after a dash" (src/core/quotes/attribution/signatureAfterDash.ts). */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: signature after a dash', () => {
  // (PolNeAR dev: this rule fires on no train article)
  it('names set under quotes with a dash', () => {
    const text = '“He represents our greatest shame.” ― Sonya Herridge “During the debate Trump said Hispanics live in hell.” ― Pamela Padilla\n';
    assert.deepStrictEqual(attributed(text, '“He represents'), { mention: 'Sonya Herridge', rule: 'signature after a dash' });
    assert.deepStrictEqual(attributed(text, '“During'), { mention: 'Pamela Padilla', rule: 'signature after a dash' });
  });
});
