/** Rule family "headline lead-in" (src/core/quotes/attribution/headlineLeadIn.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { analyzeQuotes } from '../../../src/core/quotes';
import { attributed } from './attributed';

describe('attribution rule: headline lead-in', () => {
  it('"under a headline that said, “…”" is the headline\'s, not the sentence subject\'s (Western Journal 2015-12-16)', () => {
    const text = 'Palin posted her message under a headline that said, “ISIS Declares Death to Children With Down Syndrome.”';
    assert.deepStrictEqual(attributed(text, '“ISIS'), { mention: 'a headline', rule: 'headline lead-in' });
  });
  it('"The snarky, anti-GOP/Obama water-carrying headline reads: “…”" is the headline\'s, not Obama\'s (Breitbart 2015-11-17)', () => {
    const text = 'Because at the Washington Post, what Obama says and promises is now the baseline for objective truth.\n\nThe snarky, anti-GOP/Obama water-carrying headline reads: “Repeat after me: Obama is not admitting 100,000, 200,000 or 250,000 Syrian refugees.”';
    assert.deepStrictEqual(attributed(text, '“Repeat'), { mention: 'headline', rule: 'headline lead-in' });
  });
  it('"stories with headlines such as \'\'…\'\'" are the headlines\', not Mr. Trump\'s (NYT 2016-09-07)', () => {
    const text = "Mr. Trump has hired Stephen K. Bannon of Breitbart News, a conservative website that has run stories with headlines such as ''Birth control makes women unattractive and crazy'' and ''Would you rather your child had feminism or cancer?''";
    assert.deepStrictEqual(attributed(text, "''Birth"), { mention: 'headlines', rule: 'headline lead-in' });
  });
  it('a headline\'s words go on in no later paragraph (Breitbart 2015-11-17: the Post\'s own "we" was Obama\'s)', () => {
    const text = 'The snarky headline reads: “Repeat after me: Obama is not admitting 100,000 Syrian refugees.”\n\nThe rationale these liars at the Washington Post use is a cultish blind faith in Obama’s word:\n\n"As we have explained before, the only thing close to a 200,000 figure is an announcement in September by Secretary of State John Kerry."';
    const q = analyzeQuotes(text).quotes.find(x => x.text.startsWith('"As we'));
    assert.ok(q && q.speaker?.name !== 'headline', JSON.stringify(q));
  });
  it('not the noun alone before its quote: "ran the headline „Wir lassen …“", "as its headline: “…”"', () => {
    const text = 'The tabloid Bild ran the headline „Wir lassen die Ukraine nicht im Stich“ on its website.';
    assert.notStrictEqual(attributed(text, '„Wir')?.rule, 'headline lead-in');
    const other = 'The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”';
    assert.notStrictEqual(attributed(other, '“Finally')?.rule, 'headline lead-in');
  });
  it('not a headline explained by a cue of its own: "He explained the Drudge headline by saying: “…”"', () => {
    const text = 'Glenn Beck spoke on Tuesday. He explained the Drudge headline by saying: “It was because last night when I got home I did something.”';
    assert.notStrictEqual(attributed(text, '“It was')?.rule, 'headline lead-in');
  });
});
