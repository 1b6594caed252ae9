/** Rule families "sentence subject" and "poll source" (src/core/quotes/attribution/sentenceSubject.ts, pollSource.ts), on PolNeAR train. */
import * as assert from 'assert';
import { quoteOf } from '../helpers';
import { attributed } from './attributed';

describe('attribution rule: sentence subject', () => {
  it('a name speaking in an "in which" clause of what the subject published is the subject\'s quote; a pronoun, the owner of the piece, keeps its own (PolNeAR train: Washington Post 2016-01-17, New York Times 2016-01-12)', () => {
    const cruz = 'Cruz\'s campaign also went on the offensive, tweeting and emailing a video of Trump on "Meet the Press" from 1999, in which Trump called himself "very pro-choice" and admitted that he viewed gay rights differently.';
    assert.deepStrictEqual(attributed(cruz, '"very pro'), { mention: "Cruz's campaign", rule: 'sentence subject' });
    const ad = "Senator Marco Rubio of Florida is airing a new TV ad in the state aimed at evangelicals, in which he declares, ''The purpose of our life is to cooperate with God's plan.''";
    assert.deepStrictEqual(attributed(ad, "''The purpose"), { mention: 'he', rule: 'cue before the quote' });
  });
  it('a name after an introductory phrase', () => {
    const text = 'After blasting the Drudge Report for linking to a Breitbart article about his latest fast, Glenn Beck doubled down on his religious rhetoric by reciting a passage from the Bible about “boasters” and “blasphemers” to encourage Indiana voters to “turn away” from GOP frontrunner Donald Trump.';
    assert.deepStrictEqual(attributed(text, '“boasters'), { mention: 'Glenn Beck', rule: 'sentence subject' });
  });
  it('a description opening the sentence (its paraphrase, found as reported speech, speaks first)', () => {
    const text = 'The radioman pointed out that Trump was once an advocate for many of the policies Palin has campaigned against, including “big government, bailouts, executive orders, not just abortion but partial birth abortion, nationalizing of banks, stimulus, pathway to citizenship.”';
    assert.deepStrictEqual(attributed(text, '“big government'), { mention: 'The radioman', rule: 'inside reported speech' });
  });
  it('a name opening the sentence, before a quote with no cue past the verb\'s object (PolNeAR train, Washington Post 2016-02-10)', () => {
    const text = 'His campaign manager, Jeff Weaver, said Sanders believes those efforts will pay off in coming weeks.\n\nWeaver dismissed that suggestion as a sign of an opposing campaign in "disarray."';
    assert.deepStrictEqual(attributed(text, '"disarray'), { mention: 'Weaver', rule: 'sentence subject' });
  });
  it('a name opening the sentence, before a quote with no cue', () => {
    const text = 'Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied the “bravery, heart and soul of America.”';
    assert.deepStrictEqual(attributed(text, '“New York'), { mention: 'Donald Trump', rule: 'sentence subject' });
    assert.deepStrictEqual(attributed(text, '“bravery'), { mention: 'Donald Trump', rule: 'inside reported speech' });
  });
  it('past an apposition to the verb', () => {
    const text = 'Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James Comey for acting as “the judge and the jury” in his handling of the bureau’s probe of Hillary Clinton’s email habits.';
    assert.deepStrictEqual(attributed(text, '“the judge'), { mention: 'Corey Lewandowski', rule: 'sentence subject' });
  });
  it('past the name\'s party or state tag in parentheses (PolNeAR train, HuffPost 2016-08-10)', () => {
    const text = 'Sen. Susan Collins (Maine) joined the group this week, publishing an op-ed in The Washington Post hammering his “unsuitability for office.” Anti-Trump sentiment extends to Republicans outside of Congress.';
    assert.deepStrictEqual(attributed(text, '“unsuitability'), { mention: 'Sen. Susan Collins', rule: 'sentence subject' });
  });
  it('past a coordinator opening the sentence', () => {
    const text = "Mr. Rubio sounded scripted and kind of robotic. And Mr. Christie gloated: ''I told you he wouldn't be ready.''";
    // (the lead-in's colon reads the same subject past "And" first: ./colonLeadIn.ts)
    assert.deepStrictEqual(attributed(text, "''I told"), { mention: 'Mr. Christie', rule: 'colon lead-in' });
    const but = 'The party urged him to "do the right thing." But Mr. Sanders showed no sign of backing down, accusing the Democratic leadership in Nevada of using "its power to prevent a fair and transparent process from taking place."';
    // (the quote also stands inside Sanders's reported speech, "accusing … of using …", whose rule speaks first)
    assert.strictEqual(attributed(but, '"its power').mention, 'Mr. Sanders');
  });
  it('a description whose head the lexicon knows as a role ("The former first lady", "the billionaire real estate mogul", PolNeAR train: NYT 2016-03-09, Washington Post 2016-07-22)', () => {
    const lady = "Hillary Clinton is cautious. The former first lady calls it her ''responsibility gene''; rivals deride it as poll-tested caution.";
    // (the quote is inside the naming report "calls it her ''responsibility gene''", whose reporter is the same description)
    assert.strictEqual(attributed(lady, "''responsibility").mention, 'The former first lady');
    assert.strictEqual(quoteOf(lady, "''responsibility").speaker?.name, 'Hillary Clinton');
    const mogul = 'Donald Trump spoke for an hour. Promising to rejuvenate the economy, the billionaire real estate mogul offered himself as a "law and order" candidate.';
    assert.deepStrictEqual(attributed(mogul, '"law and order"'), { mention: 'the billionaire real estate mogul', rule: 'sentence subject' });
  });
  it('past an opening adverb with no comma ("Then he", PolNeAR train, Washington Post 2016-02-09 and 2016-03-04)', () => {
    const text = 'Donald Trump spoke in Manchester. Then he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."';
    // (the quote is inside his reported "calling him a …", PolNeAR train: its reporter is the same "he")
    assert.deepStrictEqual(attributed(text, '"stiff"'), { mention: 'he', rule: 'inside reported speech' });
    assert.strictEqual(quoteOf(text, '"stiff"').speaker?.name, 'Donald Trump');
  });
  it('the subject after an opening prepositional phrase with no comma (PolNeAR train: NYT 2016-09-07, Western Journalism 2016-03-01)', () => {
    const she = "Mrs. Schlafly maintained an energetic pace into advanced age. In 2011 she toured Iowa with ''shotgun marriages'' as the solution to unwanted pregnancies.";
    assert.deepStrictEqual(attributed(she, "''shotgun"), { mention: 'she', rule: 'sentence subject' });
    // (with "spoke out for" the words in marks stand inside her reported speech, s50-uk, the same speaker)
    const spoke = "Mrs. Schlafly maintained an energetic pace into advanced age. In 2011 she spoke out for ''shotgun marriages'' as the solution to unwanted pregnancies.";
    assert.deepStrictEqual(attributed(spoke, "''shotgun"), { mention: 'she', rule: 'inside reported speech' });
    const trump = 'On the morning of Feb. 28 Trump jumped onto his Twitter account and retweeted a quote an account named “ilduce2016” attributed to him.';
    // (what he retweeted is reported speech of his, PolNeAR train: the name in marks inside it is his too)
    assert.deepStrictEqual(attributed(trump, '“ilduce'), { mention: 'Trump', rule: 'inside reported speech' });
  });
  it('the subject of an opening subordinate clause that holds the quote (PolNeAR train: Western Journalism 2016-08-03, NYT 2016-07-21, Politico 2015-12-31)', () => {
    const when = 'Ryan hedged. When Trump used the words, “I’m not quite there yet,” he was echoing Ryan, who used the same words when asked in May.';
    assert.deepStrictEqual(attributed(when, '“I’m not'), { mention: 'Trump', rule: 'sentence subject' });
    const apposed = "While Mr. Ryan, representing the Republicans' governing wing, laid out a vision for ''a reformed tax code that rewards free enterprise,'' Ben Carson, the physician, spoke of Lucifer.";
    assert.deepStrictEqual(attributed(apposed, "''a reformed"), { mention: 'Mr. Ryan', rule: 'sentence subject' });
    const whilst = 'While Sullivan proclaims the article a “terrific piece and well worth the trip to India to produce,” Clinton fixates on a line.';
    assert.deepStrictEqual(attributed(whilst, '“terrific'), { mention: 'Sullivan', rule: 'sentence subject' });
  });
  it('the subject of a subordinate clause inside the sentence that holds the quote (PolNeAR train: NYT 2016-07-05, 2016-06-08, Washington Post 2016-01-07)', () => {
    const after = "Mr. Singer kept the note. Mr. Trump sent it after Mr. Singer published ''Character Studies,'' a 2005 collection of his writing.";
    assert.deepStrictEqual(attributed(after, "''Character"), { mention: 'Mr. Singer', rule: 'sentence subject' });
    const man = 'A court gave a 26-year-old man five months\' probation after the man had posted on his Facebook page that refugees should "burn alive" or "drown" in the Mediterranean.';
    // (the same man by the rule of reported speech since 'posted on his Facebook page that …' is read as a report)
    assert.deepStrictEqual(attributed(man, '"burn alive"'), { mention: 'the man', rule: 'inside reported speech' });
  });
  it('no subordinate subject for the writer\'s word or a clause closed before the main verb (PolNeAR train: Breitbart 2016-06-20, NYT 2016-08-22, HuffPost 2015-12-08)', () => {
    const socalled = 'Assad held on – even as the United States was giving weapons to the so-called “rebels” that would eventually find their way into the hands of the Islamic State.';
    assert.notStrictEqual(attributed(socalled, '“rebels').mention, 'the United States');
    const closed = "A simple call to the spokeswoman, as I made on Friday, would have resulted in the answer that the ''syringe'' was actually a small flashlight.";
    assert.notStrictEqual(attributed(closed, "''syringe").mention, 'I');
    const long = 'The GOP leaders have signaled their support for the delay — as long as it comes with a similar, two-year “pause” in a tax on the medical device industry.';
    assert.notStrictEqual(attributed(long, '“pause').mention, 'it');
  });
  it('no impersonal "it" for a speaker: "It wasn’t", "It turns out", "It took him a day" (quotes/lexicon.ts IMPERSONAL_IT_VERBS; PolNeAR train: HuffPost 2016-06-17, NYT 2016-08-22, Washington Post 2016-01-17)', () => {
    const wasnt = 'The rally rattled Sexton. It wasn’t even that he heard “more than a few” in the crowd shout slurs.';
    assert.notStrictEqual(attributed(wasnt, '“more than').mention, 'It');
    const turns = "Fox built its audience on distrust of reporters who hide their biases. It turns out even ''honesty'' is a relative concept these days.";
    assert.notStrictEqual(attributed(turns, "''honesty").mention, 'It');
    const took = 'Trump stood stone-faced. It took him most of a day to formulate a comeback, delivering an "apology" to New Yorkers.';
    assert.notStrictEqual(attributed(took, '"apology').mention, 'It');
    // ("it" as a body still speaks: "it included a clause “…”")
    const body = 'The results were allowed to stand, as while the spirit of the referendum breached civil law, it included a clause “to be executed within national law” allowing for it to be implemented case by case.';
    assert.strictEqual(attributed(body, '“to be').mention, 'it');
  });
  it('not after "as" a preposition ("casts Trump as a former liberal who would “unravel” …", PolNeAR train, Politico 2016-04-04)', () => {
    const text = 'In the call, Wisconsin Rep. Reid Ribble, who was elected in the conservative wave of 2010, casts Trump as a former liberal who would “unravel” the policies he and fellow congressional Republicans have pursued.';
    assert.notStrictEqual(attributed(text, '“unravel”').mention, 'a former liberal');
    const sign = 'Weaver dismissed that suggestion as a sign of an opposing campaign in "disarray."';
    assert.notStrictEqual(attributed(sign, '"disarray').mention, 'a sign');
  });
  it('not the subordinate subject when a clause of another subject holds the quote ("When Trump spoke, the crowd chanted")', () => {
    const text = 'Trump arrived late. When Trump spoke, the crowd chanted “Lock her up.”';
    assert.notStrictEqual(attributed(text, '“Lock').mention, 'Trump');
  });
  it('a scare quote inside a predicate noun phrase has no cue: no speaker (PolNeAR train: Breitbart 2016-03-15, NYT 2016-05-18)', () => {
    const rubio = 'Rubio’s decision was prompted by losses in all but three of the presidential nomination contests but Florida’s winner-take-all primary proved the most devastating. Only six years earlier, he was a tea party favorite who crushed the GOP’s “establishment” candidate to win a seat in the U.S. Senate.';
    const q = quoteOf(rubio, '“establishment');
    assert.strictEqual(q.speaker, null);
    assert.strictEqual(q.cue, undefined);
    const cuomo = "Mr. Chris Cuomo, the son of one New York governor and the brother of another, is a popular figure on CNN's morning program ''New Day,'' which ends at 9 a.m.";
    assert.strictEqual(quoteOf(cuomo, "''New Day").speaker, null);
  });
  it('a show\'s title after a word of saying or appearing and "on" is no quote of the speaker (PolNeAR train: NYT 2016-05-18, HuffPost 2015-11-08, NYT 2016-04-21)', () => {
    const colbert = "''Jobs, jobs, jobs,'' Mrs. Clinton said on ''The Late Show With Stephen Colbert'' last month when asked what Mr. Clinton would do in the White House.";
    assert.strictEqual(quoteOf(colbert, "''The Late Show").speaker, null);
    assert.strictEqual(quoteOf(colbert, "''Jobs").speaker?.name, 'Clinton');
    const carson = '“I have always said that I expect to be vetted,” he said on “Meet the Press.”';
    assert.strictEqual(quoteOf(carson, '“Meet the Press').speaker, null);
    const schilling = "Schilling, who recently offered analysis on ''Monday Night Baseball,'' was let go on Wednesday.";
    assert.strictEqual(quoteOf(schilling, "''Monday Night").speaker, null);
    // (a video of someone on a show is left as PolNeAR's annotators pair it: with the campaign that sent it, above)
  });
  it('past a word that is no verb, the cue is the word of saying or the verb after it, never "himself", "for" or "who" (PolNeAR train: Politico 2016-01-27, Washington Post 2016-09-07, 2016-03-16 USA Today)', () => {
    const cruz = 'She noted a planned Cruz rally on Saturday in Sioux City, one of several weekend rallies in more densely populated areas.\n\nCruz himself said Tuesday that “the only way to win the state of Iowa is to go and ask, one on one, for the support of the grassroots.” Asked which Iowa county was his favorite, he demurred.\n';
    assert.strictEqual(quoteOf(cruz, '“the only').cue?.text, 'said');
    const spokesman = 'A spokesman for Platte River declined to address the FBI\'s report specifically but said in a statement that "Platte River Networks did not, at any time, treat the server belonging to the Clintons differently than we did any other client."';
    const sp = quoteOf(spokesman, '"Platte River');
    assert.strictEqual(sp.speaker?.name, 'A spokesman');
    assert.strictEqual(sp.cue?.text, 'said');
    const they = 'They are surprisingly skeptical of the "sharing economy" that their generation pioneered, including Uber.';
    assert.strictEqual(quoteOf(they, '"sharing').cue?.text, 'skeptical');
  });
  it('a name that only qualifies the people noun after it is no sentence subject (PolNeAR train: Breitbart 2015-12-04)', () => {
    const text = 'In the meantime, the President, Democrat politicians and the media pushed the “gun violence” narrative. As Breitbart News reported, the suspect was named.';
    assert.notStrictEqual(quoteOf(text, '“gun violence').speaker?.name, 'Democrat');
  });
});

describe('attribution rule: poll source', () => {
  it('the poll named in an opening phrase, not the share of respondents', () => {
    const text = 'In a September Washington Post-ABC News poll, 75 percent of Republicans said "most people in politics" can\'t be trusted.';
    assert.deepStrictEqual(attributed(text, '"most people'), { mention: 'a September Washington Post-ABC News poll', rule: 'poll source' });
  });
  it('the poll opening the sentence', () => {
    const text = 'The Q poll also finds that, while 37 percent of Americans say Trump is "very responsible" for violence at his rallies, 39 percent blame his supporters and 22 percent say he is "not at all responsible."';
    assert.deepStrictEqual(attributed(text, '"very'), { mention: 'The Q poll', rule: 'poll source' });
    // (the share ends the mention the cue found: "his supporters and 22 percent say")
    assert.deepStrictEqual(attributed(text, '"not at all'), { mention: 'The Q poll', rule: 'poll source' });
  });
  it('the share stands before the mention the cue found (PolNeAR train: USA Today 2016-03-02, Washington Post 2016-03-24)', () => {
    const andVoters = 'In a national CNN/ORC poll released Monday, 31% of Republicans and Republican-leaning voters said they were "extremely enthusiastic" about voting.';
    assert.deepStrictEqual(attributed(andVoters, '"extremely'), { mention: 'a national CNN/ORC poll released Monday', rule: 'poll source' });
    const sixIn10 = 'But a fresh CNN-ORC poll shows how hard it will be to deny Trump the nomination in Cleveland if he gets close to 1,237 but does not clinch: Six in 10 Republican said that if no candidate wins a majority of the delegates in the first ballot at the convention, the delegates "should vote for the candidate with the most support in the primaries and caucuses."';
    assert.deepStrictEqual(attributed(sixIn10, '"should vote'), { mention: 'a fresh CNN-ORC poll', rule: 'poll source' });
  });
  it('not a name that modifies a plural noun of people ("The GOP leaders have signaled", PolNeAR train, HuffPost 2015-12-08)', () => {
    const text = 'The GOP leaders have signaled their support for the Cadillac tax delay as part of the big tax package — as long as it comes with a similar, two-year “pause” in a tax on the medical device industry.';
    assert.notStrictEqual(attributed(text, '“pause”').mention, 'GOP');
  });
  it('a quote inside the relative clause after the subject is the "who"\'s, which names the subject (PolNeAR train, Western Journalism 2016-07-23)', () => {
    const text = 'Republican nominee Donald Trump spoke on Friday. Trump, who has postured himself as the “law and order candidate,” has taken a hardline stance against Islamic terrorism since the San Bernardino and Paris terrorist attacks, which occurred last year.';
    assert.deepStrictEqual(attributed(text, '“law and order'), { mention: 'who', rule: 'sentence subject' });
    assert.strictEqual(quoteOf(text, '“law and order').speaker?.name, 'Donald Trump');
  });
  it('a quote with no cue inside a relative clause further on is the "who"\'s (PolNeAR train, Politico 2016-05-26), not a title in one', () => {
    const text = 'Hillary Clinton leads in the polls. A Sanders win, on the other hand, creates an awkward situation for Clinton, who could be celebrating being dubbed the “presumptive nominee” even as she loses the nation’s largest state — and one of its most diverse.';
    assert.deepStrictEqual(attributed(text, '“presumptive'), { mention: 'who', rule: 'sentence subject' });
    assert.strictEqual(quoteOf(text, '“presumptive').speaker?.name, 'Hillary Clinton');
    // (HuffPost 2016-08-05: a show's name)
    const title = 'The two-time Tony-winning actor-singer, who also stars on the Netflix serial thriller, “Bloodline,” and the PBS medical drama, “Mercy Street,” returns to the New York stage this week.';
    assert.notStrictEqual(attributed(title, '“Bloodline').mention, 'who');
  });
  it('not a short term quoted inside an apposition to a name: the writer\'s word, not the subject\'s (PolNeAR train: NYT 2016-01-18, USA Today 2016-02-10)', () => {
    const fixer = "Josh Brolin stars, in a role inspired by and named for Eddie Mannix, a studio ''fixer'' who for decades kept obstreperous celebrities in line.";
    assert.strictEqual(attributed(fixer, "''fixer").mention, null);
    const kid = 'Clinton campaigned vigorously in the state that made her husband, Bill, the "comeback kid" in 1992.';
    assert.strictEqual(attributed(kid, '"comeback').mention, null);
  });
  it('a "who" followed by a pronoun is the verb\'s object: the pronoun speaks (PolNeAR train: Breitbart 2016-03-01, Politico 2016-08-17)', () => {
    const dubbed = 'Trump spoke in Ohio. He also could not resist taking swipes at Marco Rubio, who he dubbed “the little senator.” He mocked Rubio.';
    assert.deepStrictEqual(attributed(dubbed, '“the little'), { mention: 'he', rule: 'sentence subject' });
    assert.strictEqual(quoteOf(dubbed, '“the little').speaker?.name, 'Trump');
    const whom = 'Weiss said he is left with only two options: Vote for Clinton, whom he called “the most divisive political figure in America,” or not vote.';
    assert.notStrictEqual(quoteOf(whom, '“the most').speaker?.name, 'Clinton');
  });
  it('the subject of a subordinate clause past a prepositional phrase before its cue (PolNeAR train: HuffPost 2016-07-18)', () => {
    const text = 'The rejection of the party’s received wisdom was complete when Trump in his announcement speech called undocumented immigrants from Mexico “rapists” and promised to build a wall.';
    assert.deepStrictEqual(attributed(text, '“rapists'), { mention: 'Trump', rule: 'sentence subject' });
  });
  it('an opening adverb with its comma is no name though the article writes it capitalised elsewhere ("America First", PolNeAR train: HuffPost 2016-07-18)', () => {
    const text = 'The battle took an uglier turn during a February rally. First, Trump identified the judge as “Spanish,” which is what some erroneously call people who they believe speak Spanish.\n\n“I want America First - so do voters!” he tweeted on May 2.';
    // (the quote is inside what Trump identified, reported speech: "identified the judge as “Spanish,” …")
    assert.deepStrictEqual(attributed(text, '“Spanish'), { mention: 'Trump', rule: 'inside reported speech' });
  });
  it('a description of people with its owner after an introductory phrase (PolNeAR train: HuffPost 2016-02-02)', () => {
    const text = 'In response to the filings, Cruz’s lawyers relied on Supreme Court precedent, legal history and articles from noted constitutional scholars to defend the view that he is in fact “natural born” within the meaning of the Constitution.';
    assert.deepStrictEqual(attributed(text, '“natural'), { mention: 'Cruz’s lawyers', rule: 'sentence subject' });
  });
  it('the name set beside the description that opens the sentence, past its own apposition, speaks for the coordinated cue (PolNeAR train: NYT 2016-09-07)', () => {
    const text = "One of the men, Jessie Elkins, 70, had served in Vietnam - ''13 months in living hell'' - and said he was convinced that Mr. Trump's rash nature would lead America into an unnecessary war.";
    assert.deepStrictEqual(attributed(text, "''13 months"), { mention: 'Jessie Elkins', rule: 'cue later in the sentence' });
  });
  it('a quote inside a participle phrase that opens the sentence: the main clause\'s subject (PolNeAR train: NYT 2016-02-20, 2016-02-03, HuffPost 2016-08-12)', () => {
    const pope = 'ABSTRACT. In declaring Donald J. Trump\'s statements as "not Christian," the Latin American pope again demonstrated his knack for sticking his nose into putatively secular affairs.';
    assert.deepStrictEqual(attributed(pope, '"not Christian'), { mention: 'the Latin American pope', rule: 'sentence subject' });
    const she = "Mrs. Clinton sees similar benefits. But while denouncing the ''perversion'' of corporate tax avoidance to campaign audiences, she hasn't outlined a plan to overhaul corporate taxes.";
    assert.deepStrictEqual(attributed(she, "''perversion"), { mention: 'she', rule: 'sentence subject' });
    const clinton = 'She proposed to invest in infrastructure. And in explaining why many of those “common-sense solutions” had not been passed already, Clinton described a rigged system.';
    assert.deepStrictEqual(attributed(clinton, '“common-sense'), { mention: 'Clinton', rule: 'sentence subject' });
    const day = 'The inflection point has them agitated. After spending the past week bickering over whether the other is “qualified” to be president, Clinton on Monday ripped into Sanders for a range of policy positions.';
    assert.deepStrictEqual(attributed(day, '“qualified'), { mention: 'Clinton', rule: 'sentence subject' });
  });
  it('no participle phrase without a verb in -ing, nor a subject with no verb after the comma', () => {
    const noun = 'It rained. In spring the “new normal” of the city, the park is full.';
    assert.notStrictEqual(attributed(noun, '“new normal').mention, 'the park');
  });
  it('a document that opens the sentence speaks a quote with no cue, its verb the cue (PolNeAR train: Washington Post 2016-07-15, Politico 2016-01-29, USA Today 2016-08-24)', () => {
    const document = 'Staffers signed agreements. One such document, obtained by The Post, includes a "no-disparagement" clause that requires staffers to promise "during the term of your service and at all time thereafter" not to "demean or disparage publicly" Trump.';
    assert.deepStrictEqual(attributed(document, '"no-disparagement'), { mention: 'One such document', rule: 'sentence subject' });
    assert.deepStrictEqual(attributed(document, '"demean'), { mention: 'One such document', rule: 'continues a quote' });
    const piece = 'The paper endorsed Clinton on Friday. The piece goes on to slam Sanders’ “political revolution” for its promises.';
    assert.deepStrictEqual(attributed(piece, '“political'), { mention: 'The piece', rule: 'sentence subject' });
    const letter = 'Trump threatened "a major lawsuit." That letter, on Trump Organization letterhead, demanded that Roffman make "a major public apology" or that Janney fire him.';
    // (the letter's demand is now reported speech whose source is "That letter", so the quote inside it is the letter's by that rule)
    assert.deepStrictEqual(attributed(letter, '"a major public'), { mention: 'That letter', rule: 'inside reported speech' });
    const page = 'Yildirim\'s LinkedIn page lists him as "Executive Director at Harmony Enterprises." The phone number is disconnected.';
    // (the page's listing is now reported speech, a depiction whose "as" phrase is the quote: the quote inside it is the page's by that rule)
    assert.deepStrictEqual(attributed(page, '"Executive'), { mention: 'Yildirim\'s LinkedIn page', rule: 'inside reported speech' });
  });
  it('not a document put out or named, nor a term the writer calls so (PolNeAR train: Western Journal 2015-12-21, Politico 2016-01-29)', () => {
    const video = 'The video, released in late November, is called No Respite after a passage where it states to carry out a plan “upon me and do not give me respite.”';
    assert.notStrictEqual(attributed(video, '“upon me').mention, 'The video');
    const term = 'The analysis relied on thousands of so-called “independent expenditure” reports that super PACs must file.';
    assert.strictEqual(attributed(term, '“independent').mention, null);
  });
  it('a capitalised word opening a description of people speaks as that description, not as a name (PolNeAR train: Politico 2016-02-23, NYT 2016-06-23)', () => {
    const legal = 'The White House largely played it safe politically in the nine-page plan released Tuesday. Legal observers note the White House wouldn’t truly “close” the prison, but rather move people.';
    // (the quote stands inside the report "Legal observers note ⟦the White House wouldn’t truly “close” …⟧" since the 41st
    // session read the base form "note" with its bare clause, so the reported-speech rule names it first, the same source)
    assert.deepStrictEqual(attributed(legal, '“close'), { mention: 'Legal observers', rule: 'inside reported speech' });
    const leaders = "Democratic leaders are worried about emerging from their convention with an unmollified ''Bernie or Bust'' contingent whose protests could provide jarring images.";
    assert.strictEqual(attributed(leaders, "''Bernie").mention, 'Democratic leaders');
    // (not a verb opening the sentence: "Calls men …", a list of what someone does)
    const calls = 'Calls men derogatory names, like "pigs," and operates male beauty pageants.';
    assert.notStrictEqual(attributed(calls, '"pigs').mention, 'Calls men');
  });
});
