/** Rule family "colon lead-in" (src/core/quotes/attribution/colonLeadIn.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: colon lead-in', () => {
  it('the subject of a lead-in with no cue, past a party tag', () => {
    const text = 'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking various people that you competed with or various minority groups in the country and get on message."';
    assert.deepStrictEqual(attributed(text, '"It\'s'), { mention: 'Senate Majority Leader Mitch McConnell', rule: 'colon lead-in' });
  });
  it('a description opening the lead-in, past an aside', () => {
    const text = 'The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: "Clinton\'s practice was to email government officials on their \'.gov\' accounts, so her work emails would be captured and preserved in government record-keeping systems."';
    assert.deepStrictEqual(attributed(text, '"Clinton\'s'), { mention: 'The Clinton campaign', rule: 'colon lead-in' });
  });
  it('a description of any noun opening the main clause, right before its verb in the past (PolNeAR train: NYT 2015-12-09, Washington Post 2015-11-17, 2016-01-20)', () => {
    const voice = "In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated the attacks on Twitter: ''California, we have already arrived with our soldiers.'' That comment was posted.";
    assert.deepStrictEqual(attributed(voice, "''California"), { mention: 'a familiar voice', rule: 'colon lead-in' });
    const questioners = 'At a news conference in Turkey on Monday, Obama\'s first five questioners ranged from skeptical to hostile: "Is it time for your strategy to change?"';
    assert.deepStrictEqual(attributed(questioners, '"Is it'), { mention: "Obama's first five questioners", rule: 'colon lead-in' });
  });
  it('no description before a verb that is no past or cue ("the result was clear:")', () => {
    const text = 'In the end, the result was clear: "We won the county by nine points."';
    assert.notStrictEqual(attributed(text, '"We won').mention, 'the result');
  });
  it('the source after "from"', () => {
    const text = 'Not all web panels are created equal. From the report: “In general, samples with more elaborate sampling and weighting procedures and longer field periods produced more accurate results.”';
    assert.deepStrictEqual(attributed(text, '“In general'), { mention: 'the report', rule: 'colon lead-in' });
    const more = 'What that means for this year’s presidential election - More from Jones: “The partisanship of the state population is a starting point in determining a state’s likely vote.”';
    assert.deepStrictEqual(attributed(more, '“The partisanship'), { mention: 'Jones', rule: 'colon lead-in' });
  });
  it('no lead-in for a title after an earlier quote of the sentence', () => {
    const text = 'Donald Trump, the Republican front-runner and former host of the reality show “The Apprentice,” listed an NBC show as his guilty pleasure: “Saturday Night Live” — and more specifically his most recent appearance.';
    assert.notStrictEqual(attributed(text, '“Saturday').rule, 'colon lead-in');
  });
  it('a cue noun after an adjective is no verb: "a snappy retort"', () => {
    const text = 'Clinton defended the health law against Sanders. Sanders delivered a snappy retort: "No one is tearing this up. We\'re going to go forward."';
    assert.deepStrictEqual(attributed(text, '"No one'), { mention: 'Sanders', rule: 'colon lead-in' });
  });
  it('a name with its number opening the lead-in: the number is part of what speaks (PolNeAR train: HuffPost 2016-03-10, Western Journalism 2015-11-10)', () => {
    const article = 'Refoulement is also prohibited under Article 3 of the 1984 Convention against Torture. Article 33 affirms: “No Contracting State shall expel or return a refugee in any manner whatsoever to the frontiers of territories where his life or freedom would be threatened.”';
    assert.deepStrictEqual(attributed(article, '“No Contracting'), { mention: 'Article 33', rule: 'colon lead-in' });
    const verse = '“I sensed the Lord tell me to look at the 45th Chapter of Isaiah to see who the 45th President of the United States should be.”\n\nIsaiah 45:1 reads: “This is what the LORD says TO HIS ANOINTED, CYRUS, whose right hand I have grasped to subdue nations before him.”';
    assert.deepStrictEqual(attributed(verse, '“This is'), { mention: 'Isaiah 45:1', rule: 'colon lead-in' });
  });
  it('the name set beside the description that opens the sentence (PolNeAR train: NYT 2016-06-09)', () => {
    const text = "One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl in an interview with CNN on Tuesday: ''You can easily argue that the president of the United States is a racist with his policies and his rhetoric.''";
    assert.deepStrictEqual(attributed(text, "''You can"), { mention: 'Representative Lee Zeldin', rule: 'colon lead-in' });
  });
  it('a lead-in with no subject that ends on a name, past a date (PolNeAR train: Breitbart 2016-02-18, HuffPost 2016-03-23)', () => {
    const shaw = 'The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates beating establishment candidates in early contests have seen the biggest boost in their national support.”';
    assert.deepStrictEqual(attributed(shaw, '“Historically'), { mention: 'Daron Shaw', rule: 'colon lead-in' });
    const clinton = 'Its roots go back a long way. Here’s Clinton in December 1992: “Our new direction must rest on an understanding of the new realities of global competition.”';
    assert.deepStrictEqual(attributed(clinton, '“Our new'), { mention: 'Clinton', rule: 'colon lead-in' });
  });
  it('no name after a preposition: the addressee of the lead-in', () => {
    const text = 'The timing was odd. It was a blunt message to Trump: "It is time to quit attacking various people that you competed with."';
    assert.notStrictEqual(attributed(text, '"It is').mention, 'Trump');
  });
  it('two names after "More from" (PolNeAR train: HuffPost 2016-02-03)', () => {
    const text = 'Signs of momentum shifts were there all along -More from Blumenthal and Cohen: “Data collected by our firm, SurveyMonkey, helps confirm that both issues were in play.”';
    assert.deepStrictEqual(attributed(text, '“Data'), { mention: 'Blumenthal and Cohen', rule: 'colon lead-in' });
  });
  it('a document opening the lead-in, past a short prepositional phrase (PolNeAR train: Washington Post 2015-11-16)', () => {
    const text = 'The report covers the e-mails of lower-level officials. A footnote in the report makes that clear: "These assessments do not apply to the system used by the Department\'s high-level principals."';
    assert.deepStrictEqual(attributed(text, '"These'), { mention: 'A footnote', rule: 'colon lead-in' });
  });
});
