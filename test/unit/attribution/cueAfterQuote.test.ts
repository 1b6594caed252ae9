/** Rule family "cue after the quote" (src/core/quotes/attribution/cueAfterQuote.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: cue after the quote', () => {
  it('a subject then its cue after the quote', () => {
    const text = '“I am now sure we have enough evidence, what is happening is genocide deliberately aimed at destroying lives and wiping out the existence of Christians and other religious minorities,” Clinton said.';
    assert.deepStrictEqual(attributed(text, '“I am now'), { mention: 'Clinton', rule: 'cue after the quote' });
  });
  it('an inverted cue and a description after the quote', () => {
    const text = 'Other former CIA officers with no direct knowledge of the case but with experience in war zones chafed at such second-guessing and said seeking reinforcements was the right course. "Did he lose 20 minutes? Probably," said one former senior agency official. "But that was probably the right solution."';
    assert.deepStrictEqual(attributed(text, '"Did he'), { mention: 'one former senior agency official', rule: 'cue after the quote' });
  });
  it('an inverted cue further on, after a comma', () => {
    const text = "''The most impressive aspect has been a newfound resilience by consumers to a host of negative developments,'' like the recent volatility of financial markets, said Richard Curtin, the chief economist for the Michigan Survey of Consumers.";
    assert.deepStrictEqual(attributed(text, "''The most"), { mention: 'Richard Curtin', rule: 'cue after the quote' });
  });
  it('the name in an apposition after the quote, with the hearer in the cue', () => {
    const text = "''We looked at tens of thousands of interviews, and everyone who had done the interviews and what they scored the candidate, and how that person ultimately performed in their job,'' Google's chief human resources executive, Laszlo Bock, told The New York Times in 2013. ''We found zero relationship. It's a complete random mess.''";
    assert.deepStrictEqual(attributed(text, "''We looked"), { mention: 'Laszlo Bock', rule: 'cue after the quote' });
  });
});

describe('attribution rule: cue later in the sentence', () => {
  it('a long apposition between the quote and its cue', () => {
    const text = "\"The federal court's decision recognizes that religious freedom can be preserved along with equal rights for all people regardless of race, religion, or sexual orientation,\" Robert McDuff, attorney for one of four groups to file suit over the law, said in a statement.";
    assert.deepStrictEqual(attributed(text, '"The federal'), { mention: 'Robert McDuff', rule: 'cue later in the sentence' });
  });
  it('past an apposition with its own description', () => {
    const text = "''The now-closely watched hourly earnings data showed the largest year-over-year increase since July 2009 - up 2.5 percent,'' Douglas Holtz-Eakin, an economic adviser to Republicans and former director of the nonpartisan Congressional Budget Office, wrote after the jobs report was released. ''This represents real wage growth, which has been a missing ingredient. The only nit to pick was flat average weekly hours.''";
    assert.deepStrictEqual(attributed(text, "''The now"), { mention: 'Douglas Holtz-Eakin', rule: 'cue later in the sentence' });
  });
  it('the subject right after the quote, a long apposition with commas inside, then ", said"', () => {
    const text = 'The new plans “will not solve this challenge, but are steps in the right direction,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on the same call.';
    assert.deepStrictEqual(attributed(text, '“will not'), { mention: 'Anne Richards', rule: 'cue later in the sentence' });
    const trump = '“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina by a wide margin after winning the New Hampshire primaries, said when Boyle asked him a question.';
    assert.deepStrictEqual(attributed(trump, '“Very good'), { mention: 'Trump', rule: 'cue later in the sentence' });
  });
  it('not the subject of a new clause after "and"', () => {
    const text = 'Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he\'s "losing the war on terrorism," part of a verbal lashing they\'ve administered to the president since the shootings in San Bernardino, Calif.';
    // (the quote sits inside Cruz's reported speech, which now ends before "and Donald Trump says")
    assert.deepStrictEqual(attributed(text, '"leading'), { mention: 'Ted Cruz', rule: 'inside reported speech' });
  });
  it('a cue with a particle after a quote that closes its sentence ("Trump went on, as if …")', () => {
    const text = 'Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45. “You know, it happens, right?” Trump went on, as if he didn’t hear her. “But you gotta get over it. Fight back, do whatever you have to do.”';
    assert.deepStrictEqual(attributed(text, '“You know'), { mention: 'Trump', rule: 'cue after the quote' });
  });
});
