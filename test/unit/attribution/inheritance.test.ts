/** Stage "continues a quote" (src/core/quotes/index.ts): a quote with no cue of its own takes a neighbour's speaker; sentences from PolNeAR train. */
import * as assert from 'assert';
import { quoteOf } from '../helpers';
import { attributed } from './attributed';

describe('attribution stage: continues a quote', () => {
  it('a pronoun inside another quote names no speaker: the quote goes on with the speaker of the one before (PolNeAR train: Washington Post 2016-01-13, NYT 2016-02-01)', () => {
    const members = 'Immigration raids have angered Latino lawmakers. "We are gravely concerned," the members wrote in a letter to the president, that the Department of Homeland Security "may have already removed mothers and children from the United States." The letter was released Wednesday.';
    assert.deepStrictEqual(attributed(members, '"may have'), { mention: 'the members', rule: 'continues a quote' });
    const sherry = "Ms. Sherry and her husband live well. ''I hate the term 'Manhattan poor,' '' she said, but added that after taxes, as a couple with one income and three private-school tuitions, ''They weren't living large.''";
    assert.deepStrictEqual(attributed(sherry, "''They weren't"), { mention: 'she', rule: 'continues a quote' });
  });
  it('nor is a title inside quotation marks the subject that speaks a quote (PolNeAR train: Politico 2015-12-09)', () => {
    const text = 'Bush and Rubio named their favorite shows. “The Walking Dead” is an AMC drama that follows a zombie apocalypse; “Lilyhammer” follows a mobster-turned-witness who relocates to Norway to evade his adversaries.';
    assert.strictEqual(attributed(text, '“Lilyhammer').mention, null);
  });
  it('a quote after an aside set off by dashes does not take the speaker of the aside\'s quote (PolNeAR train: Breitbart 2016-03-01)', () => {
    const text = 'Trump spotted a sign in the crowd and asked it to be fetched for him. He held up the sign — which read “Hispanics 4 Trump” — and waved it around, mouthing “thank you” toward the audience.';
    assert.strictEqual(attributed(text, '“Hispanics').mention, 'which');
    assert.strictEqual(attributed(text, '“thank you').mention, 'He');
  });
  it('a paragraph of quote after a paragraph reporting someone else goes on with the reported speaker', () => {
    const text = '“The uncertainty of China’s future trajectory is arguably the main driving concern about possible military competition now and in the future,” Malaysian Defence Minister Hishammuddin Hussein said.\n\nCarter said that for decades some critics had been predicting an impending U.S. withdrawal from the region, but this would not happen.\n\n“That’s because this region, which is home to nearly half the world’s population and nearly half the global economy, remains the most consequential for America’s own security and prosperity.”\n';
    assert.deepStrictEqual(attributed(text, '“That’s'), { mention: 'Carter', rule: 'continues reported speech' });
  });
  it('a quote in the paragraph goes on with reported speech in a sentence of its own between it and the previous quote (PolNeAR train: USA Today 2016-08-16)', () => {
    const text = '"We have bigger problems in life than focusing on somebody\'s gender," says Gloria Garcia, 34, a nurse from Brownsville, Texas, who was among those polled in a follow-up interview. She says people should be able to use the bathroom they prefer. "It is their life; they are not hurting anybody, and we should be focusing more on what is actually more important, like terrorism and drug trafficking."\n';
    // (the reported content now takes the quotation in, continued.ts: the quote is inside that reported speech)
    assert.deepStrictEqual(attributed(text, '"It is their'), { mention: 'She', rule: 'inside reported speech' });
    assert.strictEqual(quoteOf(text, '"It is their').speaker?.name, 'Gloria Garcia');
  });
  it("not reported speech inside the previous quote's sentence, an aside after its cue (PolNeAR train: Washington Post 2015-12-12, 2016-04-17)", () => {
    const jones = 'A leading presidential candidate has been interviewed by a media figure from the far extremes. "Your reputation is amazing," Trump assured Jones, after Jones assured Trump that most of his listeners supported his candidacy. "I will not let you down."\n';
    assert.deepStrictEqual(attributed(jones, '"I will not'), { mention: 'Trump', rule: 'continues a quote' });
    const levell = '"And I\'m not being paid!" LeVell declared, a point he likes to make after a recent appearance on an urban radio station during which callers asked how much money he was getting to talk up Trump. "I make my own money. I have a five-star-rated business."\n';
    assert.deepStrictEqual(attributed(levell, '"I make'), { mention: 'LeVell', rule: 'continues a quote' });
  });
  it('a quote with a cue of its own is not taken by the reported speech before it', () => {
    const text = '“I love Oreos. I will never eat them again,” Trump said in August after Nabisco announced it was laying off 600 bakery workers in Chicago and building a new facility in Mexico. Trump reported between $5,000 and $15,000 in interest income from a now-sold investment in Nabisco’s parent company.\n\n“Who do they think they are?” Trump said of Apple in February, when the company balked at hacking an iPhone.\n';
    assert.deepStrictEqual(attributed(text, '“Who do'), { mention: 'Trump', rule: 'cue after the quote' });
  });
  it("the cue after a sentence's last quote speaks for its earlier quotes", () => {
    const text = 'Given Sanders\' electoral success, his endorsements will carry "a great deal of weight" and help bring candidates the "grass-roots firepower" they need to win, DFA spokesman Neil Sroka said.';
    assert.deepStrictEqual(attributed(text, '"grass-roots'), { mention: 'Neil Sroka', rule: 'cue after the quote' });
    // (the sentence is also reported speech in part quoted, whose source, title and name, speaks for the quotes inside it)
    assert.deepStrictEqual(attributed(text, '"a great deal'), { mention: 'DFA spokesman Neil Sroka', rule: 'inside reported speech' });
  });
  it("…past the sentence's other short quotes and an abbreviation's period (PolNeAR train: NYT 2016-06-27)", () => {
    const text = "Frank Luntz, an expert on political messaging, said Mr. Cameron's campaign had failed. The ''Stronger Together'' slogan shared by the ''Remain'' campaign and Mrs. Clinton feels bloodless and overly intellectual compared with the more emotional, country-first appeals of Mr. Trump and the ''Leave'' movement, he said.";
    assert.deepStrictEqual(attributed(text, "''Leave''"), { mention: 'he', rule: 'cue after the quote' });
    assert.deepStrictEqual(attributed(text, "''Stronger"), { mention: 'he', rule: 'continues a quote' });
    assert.deepStrictEqual(attributed(text, "''Remain''"), { mention: 'he', rule: 'continues a quote' });
  });
  it('a Title Case term in a sentence that a source closes is the source\'s word, not a title no one speaks (PolNeAR train: NYT 2016-05-18, USA Today 2015-11-20, Western Journal 2016-02-11)', () => {
    const nbc = "Billy Bush, the nephew of one president and the cousin of another, is joining the ''Today'' show as an anchor, NBC announced on Tuesday.";
    assert.deepStrictEqual(attributed(nbc, "''Today''"), { mention: 'NBC', rule: 'cue after the quote' });
    const jones = 'That could help sail him through the initial primaries in February and into the "Super Tuesday" primary on March 1 that includes Texas, which he\'s expected to win, Jones said.';
    assert.deepStrictEqual(attributed(jones, '"Super Tuesday"'), { mention: 'Jones', rule: 'cue later in the sentence' });
    const caller = 'The union-backed “Fight for $15” movement plans to protest the debate in support of the policy, the Daily Caller reports.';
    assert.deepStrictEqual(attributed(caller, '“Fight for'), { mention: 'the Daily Caller', rule: 'reported by' });
    // (not a source whose own words follow it)
    const gma = 'On ABC’s “Good Morning America” Tuesday, he said, “I never said I was going to pay for fees.”';
    assert.strictEqual(attributed(gma, '“Good Morning').mention, null);
  });
  it('a short quote that is a sentence of its own continues the quote before it', () => {
    const text = '"I feel very good about chances in November," Tester said. "Very good."';
    assert.deepStrictEqual(attributed(text, '"Very good'), { mention: 'Tester', rule: 'continues a quote' });
  });
  it("a quote in the sentence of an attributed quote goes on with its speaker, before any reported speech around it", () => {
    const text = "Beck, who has in the past described Trump as “a pathological narcissistic sociopath” and “a narcissistic psychopath” whose presidency “will lead to civil war or worst,” clearly intended the Indiana audience to “recognize” Trump in that passage and “turn away” from him.";
    assert.deepStrictEqual(attributed(text, '“a narcissistic'), { mention: 'who', rule: 'continues a quote' });
    assert.strictEqual(quoteOf(text, '“a narcissistic').speaker?.name, 'Beck');
    const christie = 'Chris Christie — who is being vetted as a possible running mate for Trump — made revitalizing Atlantic City a priority in his first term, but the effort stalled, and he has battled with Guardian over how best to stabilize the city\'s finances, at one point calling the mayor a "liar" who was not "honorable."';
    assert.strictEqual(attributed(christie, '"honorable').mention, attributed(christie, '"liar').mention);
  });
  it("not across a quote that closes its own sentence (a constructed guard)", () => {
    const text = 'The senator called it "a disgrace." "We will fight it," Tester said.';
    assert.notDeepStrictEqual(attributed(text, '"a disgrace'), { mention: 'Tester', rule: 'continues a quote' });
  });
  it('not from a quote of a subordinate clause across a main clause with a subject of its own (PolNeAR train, Politico 2015-12-31)', () => {
    const text = 'Emails show the exchange. While Sullivan proclaims the article a “terrific piece and well worth the trip to India to produce,” Clinton fixates on the “pivot” line.';
    assert.deepStrictEqual(attributed(text, '“terrific'), { mention: 'Sullivan', rule: 'sentence subject' });
    assert.deepStrictEqual(attributed(text, '“pivot'), { mention: 'Clinton', rule: 'sentence subject' });
  });
  it('a quote with no cue in the sentence after one that reports speech, in the same paragraph, goes on with its speaker (PolNeAR train: Politico 2015-12-28, Washington Post 2016-02-21)', () => {
    const brill = 'Enrollment was low. Brill has argued that the law was crippled from the outset because of the political tradeoffs the drafters had to make. As a result, there\'s still “a very powerful industry that has the freedom to charge whatever.” Others say this is just a rough patch.';
    assert.deepStrictEqual(attributed(brill, '“a very'), { mention: 'Brill', rule: 'continues reported speech' });
    const coan = 'Coan, Santilli\'s attorney, argues that his client was never encouraging people toward violence. "His intent was to put this in a spot where it had the best possibility for peaceful resolution." Santilli traveled from his home.';
    assert.deepStrictEqual(attributed(coan, '"His intent'), { mention: 'Coan', rule: 'continues reported speech' });
  });
  it('not after a report of finding or showing, nor into a sentence with a word of saying of its own (PolNeAR train: Washington Post 2016-06-27, 2016-04-09)', () => {
    const showed = 'Syracuse showed an awkward but promising transition for Sanders. A warm-up band called Sophistafunk got the crowd to dance and cheer for "President Bernie Sanders." Many in the crowd said so.';
    assert.strictEqual(attributed(showed, '"President').mention, null);
    const describe = 'He travels often, several friends said. Corporate lobbyists describe such work as "a different cup of tea" than the typical contract lobbying for corporations.';
    assert.notStrictEqual(attributed(describe, '"a different').mention, 'several friends');
  });
  it('a paragraph opening with a lead-in of time and a colon goes on as a paragraph of speech (PolNeAR train: Washington Post 2015-11-10)', () => {
    const text = 'For example: "We made a terrible mistake getting involved in the first place," he told CNN\'s Chris Cuomo in October.\n\nThen, later that month on CNN: "I\'ve never said we made a mistake going into Afghanistan."\n\nBut you said it.';
    assert.deepStrictEqual(attributed(text, '"I\'ve never'), { mention: 'he', rule: 'continues a quote' });
  });
  it('not a lead-in that names someone else', () => {
    const text = 'For example: "We made a terrible mistake getting involved in the first place," he told CNN\'s Chris Cuomo in October.\n\nThen, Hillary Clinton\'s answer: "I have never said we made a mistake going into Afghanistan."';
    assert.notStrictEqual(attributed(text, '"I have never').mention, 'he');
  });
});
