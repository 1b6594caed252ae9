/**
 * The subject of a cue past appositions, "of" phrases and places (src/core/quotes/attribution/apposition.ts,
 * nameBefore.ts, descriptionBefore.ts), on sentences from PolNeAR train.
 */
import * as assert from 'assert';
import { quoteOf } from '../helpers';
import { attributed } from './attributed';

describe('attribution: the subject past an apposition or an "of" phrase', () => {
  it('a name before an apposition that names a place', () => {
    const text = "''That was a good speech you gave last night, Mr. President,'' Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama as he stopped to have his picture taken with him in the photo line at the black-tie congressional ball last week.";
    assert.deepStrictEqual(attributed(text, "''That was"), { mention: 'Representative Steve Cohen', rule: 'cue after the quote' });
  });
  it('past two appositions', () => {
    const text = "''If Reagan had gone with Kemp, I would have been sitting in Siberia for a long time,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.";
    assert.deepStrictEqual(attributed(text, "''If Reagan"), { mention: 'Mr. Daniloff', rule: 'cue later in the sentence' });
  });
  it('the person before "of the …"', () => {
    const text = "''Big tax cuts, particularly for the wealthiest, do not work in an age of high inequality and heavy debt,'' James Pethokoukis of the American Enterprise Institute wrote recently.";
    assert.deepStrictEqual(attributed(text, "''Big tax"), { mention: 'James Pethokoukis', rule: 'cue after the quote' });
  });
  it('a town and state after "of"', () => {
    const text = 'Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win if he keeps “doing what he’s doing.”';
    assert.deepStrictEqual(attributed(text, '“doing'), { mention: 'Stacy Baker', rule: 'cue before the quote' });
  });
  it('an age and a place in appositions', () => {
    const text = 'Cory James, 22, of Flint, Mich., said he hadn\'t given up hope that Sanders could pull a convention "surprise," because he could never vote for presumptive nominee Hillary Clinton.';
    assert.deepStrictEqual(attributed(text, '"surprise'), { mention: 'Cory James', rule: 'cue before the quote' });
  });
  it('a description in parentheses is no party tag ("Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted")', () => {
    const text = 'They were also immediately noticed on social media. Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: “People behind @HillaryClinton wearing “Settle For Hillary” shirts at her event in Hudson, NH… ouch.”';
    assert.deepStrictEqual(attributed(text, '“People'), { mention: 'Jeff Bechdel', rule: 'transcript label' });
  });
  it('a title\'s "of" before a name with its party tag is no object of an earlier apposition (PolNeAR train: Breitbart 2016-07-05)', () => {
    const ryan = 'Asked about a tweet featuring an image of Hillary Clinton, money and a six-pointed star likened to the Star of David, Speaker of the House Rep. Paul Ryan (R-WI) said “anti-Semitic images, they’ve got no place in a presidential campaign.”';
    assert.strictEqual(quoteOf(ryan, '“anti-Semitic').speaker?.name, 'Paul Ryan');
  });
  it('a name set off by commas in a "whose" clause is the thing owned; the clause\'s antecedent speaks (PolNeAR train: New York Times 2016-03-20, 2016-03-03)', () => {
    const slinker = "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley: ''He's a start-up kind of guy.''";
    assert.deepStrictEqual(attributed(slinker, "''He's"), { mention: 'Mr. Slinker', rule: 'cue before the quote' });
    const rubio = "Marco Rubio, whose hometown, Miami, is projected to be largely underwater, argues that government efforts to combat it will ''destroy our economy.''";
    assert.deepStrictEqual(attributed(rubio, "''destroy"), { mention: 'Marco Rubio', rule: 'cue before the quote' });
  });
});
