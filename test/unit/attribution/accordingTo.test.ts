/** Rule family "according to" (src/core/quotes/attribution/accordingTo.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { analyzeQuotes } from '../../../src/core/quotes';
import { attributed } from './attributed';

describe('attribution rule: according to', () => {
  it('the source named "according to" after the cue and its speaker', () => {
    const text = '“Delegates are and should be able to vote the way they see fit,” Walker said, according to an Associated Press account.';
    assert.deepStrictEqual(attributed(text, '“Delegates'), { mention: 'an Associated Press account', rule: 'according to' });
  });
  it('"According to X," before the quote', () => {
    const text = 'There are two other class action suits over his university. According to the recently court-released Trump University playbook, his salespersons were told, "You don\'t sell products, benefits or solutions. You sell feelings."';
    assert.deepStrictEqual(attributed(text, '"You don'), { mention: 'the recently court-released Trump University playbook', rule: 'according to' });
  });
  it('a poll "according to" which a share of voters said it', () => {
    const text = "Some 55 percent of voters nationwide said they do not believe Mrs. Clinton ''cares about people like me,'' according to a Quinnipiac poll conducted in February.";
    assert.deepStrictEqual(attributed(text, "''cares"), { mention: 'a Quinnipiac poll conducted in February', rule: 'according to' });
  });
  it('a quote with no cue: the source the sentence names "according to", not its subject', () => {
    const text = 'According to Variety, Trump brought “SNL” its highest ratings since Jan. 7, 2012, when NBA Hall of Fame player Charles Barkley hosted and inaugural “American Idol” winner Kelly Clarkson performed.';
    // (the sentence is reported speech "according to" Variety, so its fragments are Variety's before any subject is looked for)
    assert.deepStrictEqual(attributed(text, '“American'), { mention: 'Variety', rule: 'inside reported speech' });
    const b = 'The campaign is paying "dozens" of canvassers $15 an hour to go door to door, primarily in the African American community, to pitch Sanders\'s candidacy, according to campaign manager Jeff Weaver.';
    assert.deepStrictEqual(attributed(b, '"dozens'), { mention: 'Jeff Weaver', rule: 'inside reported speech' });
  });
  it('not the next sentence\'s source after a quote that closes its own', () => {
    const text = 'New Jersey Gov. Chris Christie has been busy campaigning in New Hampshire, but his guilty pleasure is “Football Life.” Christie has attended numerous New York Jets and New York Giants football games since becoming governor, racking up a concessions bill in excess of $80,000, according to a New Jersey Watchdog report released by the governor’s office.';
    assert.deepStrictEqual(attributed(text, '“Football'), { mention: 'New Jersey Gov. Chris Christie', rule: 'sentence subject' });
  });
  it('not the source the next sentence names "according to", after a quote that closes its own (PolNeAR train: West Journal 2016-03-10, NYT 2016-04-25)', () => {
    const caption = 'Fox News reporter Ed Henry tweeted a photo. Henry added the caption which reads, “Sanders aide Jeff Weaver told me photo circulating of @HillaryClinton w/staff during debate break violates DNC rules.” The implication, according to the Sanders aide, is that Clinton cheated by meeting with her staff during the break.';
    assert.strictEqual(attributed(caption, '“Sanders aide').mention, 'Henry');
    const records = "Mr. Trump said that he was aware of the Boeing's limitations and that he did not ''use it that much.'' According to F.A.A. records, the Boeing has flown about 333 hours since 2011.";
    assert.strictEqual(attributed(records, "''use it").mention, 'Mr. Trump');
  });
  it('a noun phrase after "according to" ("according to officials with knowledge of …")', () => {
    const text = 'Trump has continued to needle his detractors. "You\'ve been very critical of me," he told Sen. Jeff Flake (R-Ariz.), according to officials with knowledge of the closed-door meeting.';
    assert.deepStrictEqual(attributed(text, '"You'), { mention: 'officials with knowledge of the closed-door meeting', rule: 'according to' });
  });
  it('a name that only modifies a noun is not the source: the noun phrase is (PolNeAR train)', () => {
    const text = "According to White House-era documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady had referred to Ms. Lewinsky as ''a narcissistic loony toon.''";
    assert.deepStrictEqual(attributed(text, "''a narcissistic"), { mention: 'White House-era documents from Diane D. Blair', rule: 'according to' });
  });
  it('one source finder: reported speech and the direct quote inside it name the same source', () => {
    const text = "According to White House-era documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady had referred to Ms. Lewinsky as ''a narcissistic loony toon.''";
    const sources = analyzeQuotes(text).quotes.map(q => q.speaker && text.slice(q.speaker.start, q.speaker.end));
    assert.deepStrictEqual(sources, ['White House-era documents from Diane D. Blair', 'White House-era documents from Diane D. Blair']);
  });
  it('a noun phrase with a participle ("audio provided to The Times"; PolNeAR train)', () => {
    const text = "''We're still winning hearts and minds every day despite an avalanche of negative media coverage,'' Mr. Pence said during the closed-door session, according to audio provided to The Times.";
    assert.deepStrictEqual(attributed(text, "''We're"), { mention: 'audio provided to The Times', rule: 'according to' });
  });
  it('the words\' limit never cuts the source inside a name, nor off the noun a name modifies at the phrase\'s end (PolNeAR train: NYT 2016-03-04, Washington Post 2016-01-16)', () => {
    const sourceOf = (text: string) => analyzeQuotes(text).quotes.map(q => q.speaker && q.speaker.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : null);
    const polls = 'Mrs. Clinton leads Mr. Trump in national polls by a three-percentage-point margin, 45.4 percent to 42 percent, according to the average of recent polls compiled by Real Clear Politics.';
    assert.deepStrictEqual(sourceOf(polls), ['the average of recent polls compiled by Real Clear Politics']);
    const base = "According to the officer in charge of the CIA's Benghazi base that night, the scene in the movie is entirely untrue.";
    assert.deepStrictEqual(sourceOf(base), ["the officer in charge of the CIA's Benghazi base"]);
    // (a cut after a determiner is left to the reading that runs the source on to its comma)
    const exit = 'According to early results of exit polls conducted for The Associated Press and television networks by Edison Research, at least 8 in 10 GOP primary voters in each state feel betrayed.';
    assert.deepStrictEqual(sourceOf(exit), ['early results of exit polls conducted for The Associated Press and television networks by Edison Research']);
  });
  it('a quote with no speaker of its own is the source its sentence names (PolNeAR train: NYT 2016-07-05)', () => {
    const text = "Every election cycle brings a tsunami of political books. (Mr. Trump's own manifesto, ''Crippled America: How to Make America Great Again,'' has sold 235,000 hardcover copies in eight months, according to Nielsen.) But this year is shaping up to be an exceptional one.";
    // (the sentence is reported speech of Nielsen's too, so the rule that reads a quote inside it may give it first)
    const got = attributed(text, "''Crippled");
    assert.strictEqual(got.mention, 'Nielsen');
    assert.ok(['according to', 'inside reported speech'].includes(String(got.rule)), String(got.rule));
  });
  it('not a source whose own phrase holds the quote (PolNeAR train: USA Today 2016-05-02, Washington Post 2016-01-18)', () => {
    const text = 'The plan would cost about $1.38 trillion a year, according to the "Medicare for all" document he released.';
    assert.strictEqual(attributed(text, '"Medicare').mention, null);
  });
});
