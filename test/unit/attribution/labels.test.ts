/** Rule families "transcript label" and "round up label" (src/core/quotes/attribution/labels.ts). */
import * as assert from 'assert';
import { quoteOf } from '../helpers';
import { attributed } from './attributed';

describe('attribution rule: transcript label', () => {
  it('names after a round-up headline and a dash (PolNeAR train)', () => {
    const text = 'VOTERS CARE MORE ABOUT CANDIDATES’ ABILITY TO INSPIRE THAN THEIR COMPETITIVENESS - Frank Newport and Jim Harter: “We found that, across candidates, the leadership strengths most highly correlated with likelihood to vote for a given candidate were inspiring, cares about individuals, visionary and courageous.”';
    assert.deepStrictEqual(attributed(text, '“We found'), { mention: 'Frank Newport and Jim Harter', rule: 'transcript label' });
  });
  it('a Title Case headline\'s capitalised link word is no part of the label (PolNeAR train, HuffPost 2015-12-03)', () => {
    const text = 'CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN President Jeff Zucker said Wednesday.';
    assert.deepStrictEqual(attributed(text, '‘We Do Not'), { mention: 'CNN President', rule: 'transcript label' });
  });
  it('a speaker label in capitals opening the quote (PolNeAR train)', () => {
    const text = '"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi, and I certainly can’t even imagine the grief that she has for losing her son, but she’s wrong."';
    assert.deepStrictEqual(attributed(text, '"CLINTON'), { mention: 'CLINTON', rule: 'transcript label' });
  });
});

describe('attribution rule: transcript label, where the person spoke', () => {
  // (a reader's report; no PolNeAR article has this layout)
  it('the name alone, not the programme or outlet it spoke on ("Trump on Meet the Press:", "Trump, on CNN in October:")', () => {
    const text = 'Donald Trump has changed his views often.\n\nTrump on Meet the Press: "I am very pro-choice."\n\nTrump, on CNN in October: "I never said that."';
    assert.deepStrictEqual(attributed(text, '"I am'), { mention: 'Trump', rule: 'transcript label' });
    assert.strictEqual(quoteOf(text, '"I am').speaker?.name, 'Donald Trump');
    assert.deepStrictEqual(attributed(text, '"I never'), { mention: 'Trump', rule: 'transcript label' });
  });
});

describe('attribution rule: round up label', () => {
  // No PolNeAR train or dev article has this layout (the held-out split has); the example is the (#12).
  it('the person named first, not the outlet after the comma', () => {
    const text = 'What the papers said on Monday.\n\nAnn Perry, The Daily Ledger: “The budget is a fantasy and everyone in the statehouse knows it.”';
    assert.deepStrictEqual(attributed(text, '“The budget'), { mention: 'Ann Perry', rule: 'round up label' });
  });
});

describe('layout: a Q&A transcript', () => {
  // (PolNeAR train has one, politico's interview with Joe Biden, its answers unquoted: the "Q:" and "A:" labels name
  // no one, and a quote inside an answer is the interviewee's, named in the introduction)
  it('a quote in an answer is the interviewee\'s, the labels no speaker', () => {
    const text = 'Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota, where he visited a downtown train station. Here is the edited transcript of the interview.\n\nQ: You’ve been talking about how the country is on the upswing.\n\nA: It’s a big mistake. My staff cautioned me not to make that speech at Davos, but I said, “Hey, you’ve got to change the culture.”\n\nQ: Are you surprised?\n\nA: “I am surprised,” I told them. Take a look at all the campaigns in the last cycle.\n';
    assert.deepStrictEqual(attributed(text, '“Hey'), { mention: 'I', rule: 'cue before the quote' });
    assert.strictEqual(quoteOf(text, '“Hey').speaker?.name, 'Joe Biden');
    assert.deepStrictEqual(attributed(text, '“I am'), { mention: 'I', rule: 'cue after the quote' });
    assert.strictEqual(quoteOf(text, '“I am').speaker?.name, 'Joe Biden');
  });
  it('the name ending a label of lower-case titles ("Former secretary of state Hillary Rodham Clinton:", PolNeAR train: Washington Post 2015-11-16)', () => {
    const text = 'Rep. Trey Gowdy (R-S.C.):"Who told you that?"\n\nFormer secretary of state Hillary Rodham Clinton:"We learned that from the State Department and their analysis of the e-mails that were already on the system."';
    assert.deepStrictEqual(attributed(text, '"We learned'), { mention: 'Hillary Rodham Clinton', rule: 'transcript label' });
  });
  it('a paragraph announcing a transcript is the mention of the paragraphs of quote after it, the person quoted before it their name (PolNeAR train: Breitbart 2016-03-15)', () => {
    const text = 'Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon. We’re going to have the wind blow us over the Rocky Mountains to California.”\n\nTranscript as follows:\n\n"Tonight we arrived in Cleveland, and we went to a restaurant. We thought we could kind of sneak in and grab a quick meal.\n\n"We’re now up 400,000 plus jobs. We’re running a $2 billion surplus. Our pensions are secure."\n';
    assert.deepStrictEqual(attributed(text, '"Tonight'), { mention: 'Transcript', rule: 'transcript label' });
    assert.deepStrictEqual(quoteOf(text, '"Tonight').speaker?.name, 'John Kasich');
    assert.deepStrictEqual(quoteOf(text, '"Tonight').why?.chain, ['Transcript', 'John Kasich']);
    assert.deepStrictEqual(attributed(text, '"We’re now'), { mention: 'Transcript', rule: 'continues a quote' });
    assert.deepStrictEqual(quoteOf(text, '"We’re now').speaker?.name, 'John Kasich');
  });
  it('a speaker label in the quote comes before the transcript announced above it (PolNeAR train: Breitbart 2016-03-09)', () => {
    const text = 'Wednesday at the CNN Democratic presidential debate, candidate Hillary Clinton said Patricia Smith is “absolutely wrong.”\n\nPartial transcript as follows:\n\n"RAMOS:  Secretary Clinton, on the night of the attacks in Benghazi, you sent an e-mail to your daughter Chelsea saying that al qaeda was responsible.\n\n"RAMOS: Secretary Clinton, did you lie to them?\n\n"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi."\n';
    assert.deepStrictEqual(attributed(text, '"RAMOS:  Secretary'), { mention: 'RAMOS', rule: 'transcript label' });
    assert.deepStrictEqual(attributed(text, '"CLINTON'), { mention: 'CLINTON', rule: 'transcript label' });
  });
});
