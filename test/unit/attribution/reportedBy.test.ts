/** Rule family "reported by" (src/core/quotes/attribution/reportedBy.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: reported by', () => {
  it('the outlet the sentence closes on past a later quote in it (PolNeAR train: HuffPost 2016-03-15)', () => {
    const text = 'Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the Girl Scouts for promoting “lesbianism, abortion and contraception for 14-year-old girls” among its participants on Monday’s installment of his weekly radio show, “Generations with Kevin Swanson,” Right Wing Watch first reported.';
    assert.deepStrictEqual(attributed(text, '“lesbianism'), { mention: 'Right Wing Watch', rule: 'reported by' });
  });
  it('the outlet a sentence closes on', () => {
    const text = '“This platform’s language just says (to abortion opponents) you are no longer welcome,” said Kristen Day, executive director of Democrats for Life, reports USA Today.';
    assert.deepStrictEqual(attributed(text, '“This platform'), { mention: 'USA Today', rule: 'reported by' });
    const tribune = 'Andrean High School fans also chanted, “Build a wall,” referring to the Republican presidential candidate’s vow to construct a wall along the U.S.-Mexican border, the Chicago Tribune reports.';
    assert.deepStrictEqual(attributed(tribune, '“Build'), { mention: 'the Chicago Tribune', rule: 'reported by' });
    const cnn = 'Trump praised Kasich on Monday, saying the Ohio Republican was "doing the right thing," CNN reported.';
    assert.deepStrictEqual(attributed(cnn, '"doing'), { mention: 'CNN', rule: 'reported by' });
  });
  it('not an outlet of an earlier sentence', () => {
    const text = 'Trump mocked his height on Sunday, The Hill reported. “He’s always calling me ‘Little Marco.’ I admit, he’s taller than me,” Rubio said Sunday in Virginia.';
    assert.deepStrictEqual(attributed(text, '“He’s always'), { mention: 'Rubio', rule: 'cue after the quote' });
  });
});
