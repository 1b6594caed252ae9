/**
 * "on Monday" after a name is a time phrase, not a part of the name (src/core/quotes/names.ts runAt), and stands
 * between a subject and its cue (src/core/quotes/attribution/subjectBefore.ts). Sentences from PolNeAR train.
 */
import * as assert from 'assert';
import { analyzeQuotes } from '../../../src/core/quotes';
import { attributed } from './attributed';

describe('attribution: a day between the subject and its cue', () => {
  it('"in the past" between the subject and its cue ("Beck, who has in the past described Trump as “…”", PolNeAR train, Breitbart 2016-05-03)', () => {
    const text = 'Glenn Beck campaigned for Ted Cruz. Beck, who has in the past described Trump as “a pathological narcissistic sociopath” and “a narcissistic psychopath” whose presidency “will lead to civil war or worst,” clearly intended the Indiana audience to “recognize” Trump in that passage and “turn away” from him.';
    assert.deepStrictEqual(attributed(text, '“a pathological'), { mention: 'who', rule: 'cue before the quote' });
    assert.strictEqual(analyzeQuotes(text).quotes.find(q => text.slice(q.start).startsWith('“a pathological'))?.speaker?.name, 'Glenn Beck');
  });
  it('a span of time back from now between the subject and its cue ("less than two weeks ago", PolNeAR train, Politico 2016-02-10)', () => {
    const text = 'The State Department less than two weeks ago said for the first time that “top secret” intelligence had passed through Clinton’s personal email server.';
    assert.deepStrictEqual(attributed(text, '“top secret'), { mention: 'State Department', rule: 'cue before the quote' });
    const few = 'The agency a few days ago said it was “deeply concerned.”';
    assert.deepStrictEqual(attributed(few, '“deeply'), { mention: 'The agency', rule: 'cue before the quote' });
  });
  it('"Later on Sunday" opening a sentence is no speaker', () => {
    const text = 'Later on Sunday, Carson shared a syllabus for a 2002 psychology class called “Perception” on his Facebook page, writing “Allow me also to do the research for the Wall Street Journal reporter. Here is a syllabus for the class you claim never existed. Still waiting on the apology.”';
    assert.deepStrictEqual(attributed(text, '“Allow me'), { mention: 'Carson', rule: 'participle' });
  });
  it('the name without its day, before a participle', () => {
    const text = 'Donald Trump on Thursday ratcheted up his attacks on Rubio, saying he is "weak on illegal immigration, you know that. Weak - Rubio - weak on illegal immigration. Like weak like a baby."';
    assert.deepStrictEqual(attributed(text, '"weak on'), { mention: 'Donald Trump', rule: 'participle' });
  });
  it('the name without its day, before its cue', () => {
    const text = 'Much of Beck’s ire was also directed at Bannon, who Beck on Wednesday called “a horrible, despicable human being.”';
    assert.deepStrictEqual(attributed(text, '“a horrible'), { mention: 'Beck', rule: 'cue before the quote' });
  });
  it('the issue\'s case: a place with its day is no speaker ("Berlin on Monday")', () => {
    const text = 'Obama arrived in Berlin on Monday. "We will win this," he said.';
    assert.deepStrictEqual(attributed(text, '"We will'), { mention: 'he', rule: 'cue after the quote' });
    assert.strictEqual(quoteName(text), 'Obama');
  });
  it('a day after "later" between the subject and its cue ("Priebus later Thursday told Fox News:")', () => {
    const text = 'Reince Priebus spoke to both men. Priebus later Thursday told Fox News: “Both Donald Trump and Paul Ryan are meeting up next week to talk about these things.”';
    assert.deepStrictEqual(attributed(text, '“Both'), { mention: 'Priebus', rule: 'cue before the quote' });
  });
  it('a name before one or two phrases of occasion, place or channel speaks, not a noun inside them (reader findings #12, #16: outlet-style sentences)', () => {
    const cnn = 'Clinton in an interview with CNN said she was "not worried."';
    assert.deepStrictEqual(attributed(cnn, '"not worried'), { mention: 'Clinton', rule: 'cue before the quote' });
    const ohio = 'Trump at a rally in Ohio said "we will win Ohio, believe me."';
    assert.deepStrictEqual(attributed(ohio, '"we will'), { mention: 'Trump', rule: 'cue before the quote' });
    const house = 'President Obama at the White House on Friday said the vote was "a disgrace."';
    assert.deepStrictEqual(attributed(house, '"a disgrace'), { mention: 'President Obama', rule: 'cue before the quote' });
  });
  it('the name before the phrase in PolNeAR train (HuffPost 2016-07-18)', () => {
    const speech = 'The rejection of the party’s received wisdom was complete when Trump in his announcement speech called undocumented immigrants from Mexico “rapists” (although he allowed that some might be good people).';
    assert.deepStrictEqual(attributed(speech, '“rapists'), { mention: 'Trump', rule: 'sentence subject' });
  });
  it('no name past a phrase that qualifies its noun, a common word or a phrase an apposition closes (PolNeAR train: New York Times 2016-03-23, Washington Post 2016-09-26 and 2015-11-08)', () => {
    const apposition = 'Authorities in North-Rhine Westphalia, the German state next to Belgium, announced “tighter controls” on the border on Tuesday.';
    assert.deepStrictEqual(attributed(apposition, '“tighter'), { mention: 'Authorities in North-Rhine Westphalia', rule: 'cue before the quote' });
    const senator = 'Senator from Texas says he is “honored.”';
    assert.strictEqual(attributed(senator, '“honored')?.mention === 'Senator', false);
    const polls = 'Polls in New Hampshire show Trump “way ahead.”';
    assert.strictEqual(attributed(polls, '“way ahead')?.mention === 'Polls', false);
  });
});

function quoteName(text: string): string | undefined {
  return analyzeQuotes(text).quotes[0]?.speaker?.name;
}
