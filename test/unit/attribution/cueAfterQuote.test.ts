/** Rule family "cue after the quote" (src/core/quotes/attribution/cueAfterQuote.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { quoteOf } from '../helpers';
import { attributed } from './attributed';

describe('attribution rule: cue after the quote', () => {
  it('two names after role words, and a body\'s name holding "and" after their "of" (PolNeAR train: Politico 2016-01-05, Washington Post 2016-09-07)', () => {
    const experts = '“Tritium would enable nuclear weapons designs that could have a greater explosive yield than weapons made from only plutonium or weapon-grade uranium,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington\'s Institute for Science and International Security wrote in September.';
    assert.strictEqual(attributed(experts, '“Tritium').mention, 'David Albright and Serena Kelleher-Vergantini');
    const leaders = '"We can only wonder if the intent is to reopen the door for voter fraud," state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said in a statement.';
    assert.strictEqual(attributed(leaders, '"We can only').mention, 'Phil Berger and House Speaker Tim Moore');
  });
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
  it('a document after its determiner speaks ("the release said", "One tweet said:", "the note says")', () => {
    const text = 'Palin announced she wasn’t coming. “The Donald Trump campaign has informed the Wyoming Republican Party that Sarah Palin will not be attending the State GOP Convention,” the release said.';
    assert.deepStrictEqual(attributed(text, '“The Donald'), { mention: 'the release', rule: 'cue after the quote' });
    const tweet = "Twitter became a place to offer support. One tweet said: ''This is very very sad. That's about all I can say.''";
    assert.deepStrictEqual(attributed(tweet, "''This is"), { mention: 'One tweet', rule: 'cue before the quote' });
    // ("note" is a cue word too; PolNeAR train, NYT 2016-07-05)
    const note = "On his bedroom wall, the New Yorker writer Mark Singer has a framed, handwritten note from Donald J. Trump. ''Mark, you are a total loser! And your book (and writings) sucks!'' the note says.";
    assert.deepStrictEqual(attributed(note, "''Mark"), { mention: 'the note', rule: 'cue after the quote' });
  });
  it('the surname From ("Al From")', () => {
    const text = 'Al From founded the Democratic Leadership Council. Many Americans then saw the Democrats as "the party of overwhelming government," From said. "Our challenge was: How do you tackle those problems?"';
    assert.deepStrictEqual(attributed(text, '"the party'), { mention: 'From', rule: 'cue after the quote' });
  });
  it('a part of a group after an inverted cue ("said one of those advisers")', () => {
    const text = 'Clinton advisers say the delegate math is settled. "There won\'t be a path for Bernie to succeed," said one of those advisers, who spoke on the condition of anonymity to share internal information.';
    assert.deepStrictEqual(attributed(text, '"There won'), { mention: 'one of those advisers', rule: 'cue after the quote' });
    const witnesses = '“It was unseemly: Alan definitely tried to torpedo Randolph’s endorsement. It was awful,” said one of two witnesses who relayed the same story.';
    assert.deepStrictEqual(attributed(witnesses, '“It was'), { mention: 'one of two witnesses', rule: 'cue after the quote' });
  });
  it('present forms of "agree" and "accuse" are cues (PolNeAR train)', () => {
    const text = 'The American dream looks different to the young. "Our ideas of \'success\' are different," agrees Michelle Stevens, 30, of Gainesville, Fla.';
    assert.deepStrictEqual(attributed(text, '"Our ideas'), { mention: 'Michelle Stevens', rule: 'cue after the quote' });
    const accuses = 'Hillary Clinton accuses Bernie Sanders of subjecting her to an “artful smear” regarding her Wall Street links while Sanders suggests the former secretary of state is a captive of the establishment.';
    assert.deepStrictEqual(attributed(accuses, '“artful'), { mention: 'Hillary Clinton', rule: 'cue before the quote' });
  });
  it('a capitalised title after "the" is a description of its holder, not a name', () => {
    const text = 'Prime Minister Scott Morrison returned from Hawaii on Sunday. "I don\'t hold a hose, mate," the Prime Minister said.';
    assert.deepStrictEqual(attributed(text, '"I don'), { mention: 'the Prime Minister', rule: 'cue after the quote' });
    assert.strictEqual(quoteOf(text, '"I don').speaker?.name, 'Scott Morrison');
  });
  it('a surname that is also an auxiliary: Will, May', () => {
    const text = 'Columnist George Will did not hold back. “The eruption of war in the capital of a NATO ally is a reminder that the nominating process will potentially send a commander in chief to Washington,” Will wrote.';
    assert.deepStrictEqual(attributed(text, '“The eruption'), { mention: 'Will', rule: 'cue after the quote' });
    assert.strictEqual(quoteOf(text, '“The eruption').speaker?.name, 'George Will');
    const may = 'Prime Minister Theresa May spoke in Birmingham. “Brexit means Brexit,” May said. “We are going to make a success of it,” said May.';
    assert.deepStrictEqual(attributed(may, '“Brexit'), { mention: 'May', rule: 'cue after the quote' });
    assert.deepStrictEqual(attributed(may, '“We are'), { mention: 'May', rule: 'cue after the quote' });
    const doyle = '"It\'s a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt University in Nashville, Tennessee.';
    assert.deepStrictEqual(attributed(doyle, '"It\'s'), { mention: 'Will Doyle', rule: 'cue after the quote' });
  });
  it('a month that is a given name opening a sentence before a surname is the name\'s (PolNeAR train, New York Times 2016-05-19); after a word it dates', () => {
    const text = "''And when I say disrupt, I don't mean in a violent or a terrible way.''\n\nApril Mellody, a spokeswoman for the Democratic National Convention, said in a statement that the team would work with the police ''to ensure the safety and security of all of our delegates and participants.''";
    assert.strictEqual(quoteOf(text, "''to ensure").speaker?.name, 'April Mellody');
    const dated = 'The rally was held in April. In April Smith said the city was "ready."';
    assert.strictEqual(quoteOf(dated, '"ready').speaker?.name, 'Smith');
    const fools = 'April Fools jokes are "getting old," Smith said.';
    assert.strictEqual(quoteOf(fools, '"getting').speaker?.name, 'Smith');
  });
  it('after a quote that is no sentence of its own, a weak cue is another clause\'s verb', () => {
    const text = 'Manafort said Trump has “several ways” of reaching the magic number, including with the 100 or so “unbound” delegates who go to Cleveland.';
    assert.deepStrictEqual(attributed(text, '“unbound'), { mention: 'Manafort', rule: 'continues a quote' });
  });
  it('a quote that is no sentence of its own belongs to the cue before it, not to the next clause\'s subject', () => {
    const text = 'North Carolina’s HB2 took effect on March 23 of this year.\n\nLynch announced on Monday the DOJ lawsuit against the state of North Carolina. “We are seeking a court order declaring HB2’s restroom restriction impermissibly discriminatory.” She further announced that the DOJ was retaining the right of curtailing federal funding.\n';
    assert.strictEqual(attributed(text, '“We are').mention, 'Lynch');
  });
  it('after a question or an exclamation mark, a lowercase word goes on with the sentence', () => {
    const text = '“Obama is the most valuable player award from ISIS.” “But why?” reporter Jackie Nespral asked him. “When he took the soldiers out.”';
    assert.deepStrictEqual(attributed(text, '“But why'), { mention: 'Jackie Nespral', rule: 'cue after the quote' });
    const rally = 'Trump promised to deport "dangerous, dangerous criminals." "We will build a great wall along the southern border!" he said to an enormous cheer.';
    assert.deepStrictEqual(attributed(rally, '"We will'), { mention: 'he', rule: 'cue after the quote' });
    const crowd = '"Do we complain about how bad things are?" "Nooooo!" the crowd cried out, booing.';
    assert.deepStrictEqual(attributed(crowd, '"Nooooo'), { mention: 'the crowd', rule: 'cue after the quote' });
  });
});

describe('attribution rule: cue after the quote, unnamed sources described whole', () => {
  it('a capitalised word that is also a cue verb stays in the description ("State")', () => {
    const text = 'In a statement for this story, a State Department official said, "We are not going to speak to the content of these documents."';
    assert.deepStrictEqual(attributed(text, '"We are'), { mention: 'a State Department official', rule: 'cue before the quote' });
  });
  it('a name joined by "of" qualifies the description\'s head, as a State Department spokeswoman does', () => {
    const text = '"We are committed to reducing waiting times," a Department of Health spokesperson said.';
    assert.deepStrictEqual(attributed(text, '"We are'), { mention: 'a Department of Health spokesperson', rule: 'cue after the quote' });
  });
  it('the body a description speaks for, after an inverted cue, as before a cue ("a spokesman for Bernie Sanders could only quip")', () => {
    const text = '"The convention will go on as planned," said a spokesman for the Democratic National Convention.';
    assert.deepStrictEqual(attributed(text, '"The convention'), { mention: 'a spokesman for the Democratic National Convention', rule: 'cue after the quote' });
    const familiar = '"It is going to be substantial," said one well-connected Democrat familiar with the Clinton campaign\'s organization, who requested anonymity.';
    assert.deepStrictEqual(attributed(familiar, '"It is'), { mention: 'one well-connected Democrat familiar with the Clinton campaign\'s organization', rule: 'cue after the quote' });
  });
  it('a description ending on an adjective that takes a preposition goes on through its phrase, as before a cue ("said a person close to the Clintons", PolNeAR train)', () => {
    // (Politico 2016-09-01, Politico 2016-03-10, Washington Post 2016-01-13; the Washington Post 2016-01-31 sentence above)
    const close = '“The drop we are seeing now is directly attributable to the emails, the foundation, all the old trust stuff,” said a person close to the Clintons.';
    assert.deepStrictEqual(attributed(close, '“The drop'), { mention: 'a person close to the Clintons', rule: 'cue after the quote' });
    const campaign = 'In particular, Bill Clinton — often the easiest person to provoke when it comes to criticism of his wife — has been “very worked up about it,” said a source close to the campaign.';
    assert.strictEqual(quoteOf(campaign, '“very worked').speaker?.name, 'a source close to the campaign');
    const discussion = '"It wasn\'t a convincing argument," said one Democrat familiar with the discussion, who added that the White House seemed unprepared.';
    assert.deepStrictEqual(attributed(discussion, '"It wasn'), { mention: 'one Democrat familiar with the discussion', rule: 'cue after the quote' });
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
  it('a cue word that is also a noun is a verb after a people\'s plural, before a preposition (PolNeAR train: Politico 2016-05-19)', () => {
    const text = '"Today, the kingdom is one of the leading nations in combating terrorism," the Saudis state in the white paper, which was being shared with lawmakers on Thursday.';
    assert.deepStrictEqual(attributed(text, '"Today'), { mention: 'Saudis', rule: 'cue after the quote' });
  });
  it('after a question, a cue with a subordinate clause of time is the quote\'s, not a new sentence (PolNeAR train: Politico 2016-03-10)', () => {
    const text = 'David Axelrod has mocked the efforts to make Clinton more relatable. “Too forced?” He tweeted when Clinton ended a Democratic debate last December with a holiday greeting.';
    assert.deepStrictEqual(attributed(text, '“Too forced'), { mention: 'He', rule: 'cue after the quote' });
  });
  it('past a state tag whose period is glued before its comma, after an exclamation (PolNeAR train)', () => {
    const text = 'The museum also waived its $23.50 admission fee.\n\n"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of convention activities.';
    assert.deepStrictEqual(attributed(text, '"Perpetual'), { mention: 'Rep. Glenn Thompson', rule: 'cue later in the sentence' });
  });
  it('not the subject of a new clause after "and" (the cue "accuses" before the quote)', () => {
    const text = 'Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he\'s "losing the war on terrorism," part of a verbal lashing they\'ve administered to the president since the shootings in San Bernardino, Calif.';
    assert.deepStrictEqual(attributed(text, '"leading'), { mention: 'Ted Cruz', rule: 'cue before the quote' });
  });
  it('a cue with a particle after a quote that closes its sentence ("Trump went on, as if …")', () => {
    const text = 'Kelly responded pointedly, with a smile: “Can happen when you’re 45.” She is 45. “You know, it happens, right?” Trump went on, as if he didn’t hear her. “But you gotta get over it. Fight back, do whatever you have to do.”';
    assert.deepStrictEqual(attributed(text, '“You know'), { mention: 'Trump', rule: 'cue after the quote' });
  });
  it('"counsel" before a name is a title: the name is the subject of the cue later in the sentence (PolNeAR train: Washington Post 2016-07-13)', () => {
    const text = '"If State obtains additional State Department records, it intends to search them for records" that would respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a court filing.';
    assert.deepStrictEqual(attributed(text, '"If State'), { mention: 'Caroline Lewis Wolverton', rule: 'cue later in the sentence' });
  });
  it('an owner\'s role after an inverted cue is not the owner: the name beside it, else the role (PolNeAR train: Politico 2016-02-17)', () => {
    const beeson = '“With about half the vote in by Election Day, we’re treating Feb. 15 to March 15 as one long Election Day in Florida,” said Rubio’s deputy campaign manager, Rich Beeson, who oversaw the 2012 ground game.';
    assert.deepStrictEqual(attributed(beeson, '“With about'), { mention: 'Rich Beeson', rule: 'cue after the quote' });
    const adviser = '"It is a test of leadership," said Clinton’s top foreign policy adviser.';
    assert.deepStrictEqual(attributed(adviser, '"It is'), { mention: 'Clinton’s top foreign policy adviser', rule: 'cue after the quote' });
  });
  it('a body\'s role after an inverted cue, a comma and a full name: the name (a Yorkshire Post-style probe, test/fixtures/outlets uk-yorkshirepost-bakery-closure.txt)', () => {
    const hale = '"Bakeries can\'t just turn the heating down. The oven is the business," said FSB development manager for Yorkshire, Dominic Hale.';
    assert.deepStrictEqual(attributed(hale, '"Bakeries'), { mention: 'Dominic Hale', rule: 'cue after the quote' });
    const manager = '"We will keep knocking on doors," said Trump campaign manager, Corey Lewandowski.';
    assert.deepStrictEqual(attributed(manager, '"We will'), { mention: 'Corey Lewandowski', rule: 'cue after the quote' });
    // (no comma and name after the role: the body or person before it)
    const body = '"We will keep knocking on doors," said RNC spokesman.';
    assert.notStrictEqual(attributed(body, '"We will').mention, 'Corey Lewandowski');
  });
  it('a past verb no cue list holds, inverted after the quote, with a name ending the clause (PolNeAR train: Washington Post 2016-01-20, 2016-06-01, Western Journalism 2015-12-07)', () => {
    const verley = '"An awful lot of analysts said, \'No, don\'t do this,\' and she took it upon herself to prove them wrong," remembered Roy Verley, HP\'s former chief corporate spokesman.';
    assert.deepStrictEqual(attributed(verley, '"An awful'), { mention: 'Roy Verley', rule: 'cue after the quote' });
    const curtis = 'Then there was the most obvious change of all: "It\'s about time that we had a woman running this country," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.';
    assert.deepStrictEqual(attributed(curtis, '"It\'s about'), { mention: 'Jamie Lee Curtis', rule: 'cue after the quote' });
    const trump = '“What sport is he talking about, and who? Is Obama profiling?” reacted Trump. Earlier Sunday, Trump was critical of Obama’s leadership.';
    assert.deepStrictEqual(attributed(trump, '“What sport'), { mention: 'Trump', rule: 'cue after the quote' });
    // (no name after the verb, or a clause that goes on: no inverted cue)
    const book = "Mr. O'Brien, whose 2005 book ''TrumpNation,'' prompted a $5 billion, ultimately unsuccessful, defamation lawsuit, spoke.";
    assert.notStrictEqual(attributed(book, "''TrumpNation").rule, 'cue after the quote');
    assert.strictEqual(attributed('"We will win," angered Democrats in the House.', '"We will').mention, null);
  });
  it('an age stands for the person, and a day may date the document that speaks (PolNeAR train: HuffPost 2015-12-19, 2016-06-08)', () => {
    const age = 'The British actor Peter Serafinowicz posted the clip to YouTube on Thursday. “What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.';
    assert.deepStrictEqual(attributed(age, '“What if'), { mention: 'the 43-year-old', rule: 'cue after the quote' });
    // (and the age resolves to the subject it re-mentions, src/core/people/track.ts)
    assert.strictEqual(quoteOf(age, '“What if').speaker?.name, 'Peter Serafinowicz');
    const editorial = 'Grassley has been taking heat back home. “There are invertebrates that have shown more spine than Sen. Charles Grassley,” reads a Wednesday editorial in The Des Moines Register.';
    assert.deepStrictEqual(attributed(editorial, '“There are'), { mention: 'a Wednesday editorial', rule: 'cue after the quote' });
  });
  it('a role with an "of" before the name after an inverted cue, and a comma between a description\'s two adjectives (PolNeAR train: USA Today 2015-12-29, Washington Post 2016-05-09)', () => {
    const master = '"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer who immigrated to Clarkston decades ago.';
    assert.deepStrictEqual(attributed(master, '"Thanks'), { mention: 'Asab Al-Tabchi', rule: 'cue after the quote' });
    const diplomat = 'Ban Ki-moon is leaving. "From Day One, I made climate change the top priority," the bespectacled, 71-year-old diplomat said in a wide-ranging interview.';
    assert.deepStrictEqual(attributed(diplomat, '"From Day'), { mention: 'the bespectacled, 71-year-old diplomat', rule: 'cue after the quote' });
  });
  it('a cue later in the sentence coordinated with the verbs before the quote shares the sentence\'s subject (PolNeAR train: Western Journalism 2015-12-12, Breitbart 2016-05-04)', () => {
    const text = 'Donald Trump spoke in Ohio. Trump further summed up Clinton as “terrible,” denounced her record as secretary of state and said she should be in jail.';
    assert.deepStrictEqual(attributed(text, '“terrible'), { mention: 'Trump', rule: 'cue later in the sentence' });
  });
  it('after a quote that closes its sentence, a cue that opens a quote of its own is that one\'s, and the cue before the first stands (PolNeAR train: Politico 2015-12-31)', () => {
    const text = 'Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”\n';
    assert.deepStrictEqual(attributed(text, '“Why now'), { mention: 'Clinton', rule: 'cue before the quote' });
    assert.deepStrictEqual(attributed(text, '“You look'), { mention: 'Mills', rule: 'cue before the quote' });
    // (the classic layout keeps its cue after: '“…?” Trump asked, and the crowd roared')
    const asked = 'Trump spoke to the crowd, saying: “Who is going to pay for the wall?” Trump asked. “Mexico!” the crowd roared.\n';
    assert.strictEqual(attributed(asked, '“Who is').mention, 'Trump');
  });
  it('past a relative clause between the subject and its cue after the quote, as before it (cueBeforeQuote.ts; PolNeAR train has the layout before the quote: "the groups who wrote to her on Thursday say")', () => {
    const officials = '“It is a disaster,” two officials who spoke on condition of anonymity said.';
    assert.deepStrictEqual(attributed(officials, '“It is'), { mention: 'two officials', rule: 'cue after the quote' });
    // (not an apposition's description, whose name speaks: PolNeAR train, Politico 2016-09-01)
    const silver = '“Clinton needs a strategy for targeting Johnson & Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.';
    assert.strictEqual(attributed(silver, '“Clinton needs').mention, 'Nate Silver');
    // (a name a comma sets off from a relative clause that never closes before the cue: PolNeAR train, Politico
    // 2016-01-28, was "Principles Pac"; not a description's: the clause's own noun stays, as before)
    const packer = 'Our Principles PAC was started by a former top aide to Mitt Romney\'s 2012 campaign.\n\n"This shocking new ad raises new questions - thanks to Donald Trump’s own words - about whether the voters of Iowa can trust him,"Katie Packer, who is chairman of Our Principles Pac said in a statement provided to POLITICO.';
    assert.deepStrictEqual(attributed(packer, '"This shocking'), { mention: 'Katie Packer', rule: 'cue after the quote' });
  });
  it('the name right after the quote when a relative clause set off by a comma, that no comma closes, stands before the cue: not the body the clause names (PolNeAR train, Politico 2016-01-28)', () => {
    const packer = 'Our Principles PAC was started by a former top aide to Mitt Romney\'s 2012 campaign.\n\n"Trump\'s entire campaign claims that he \'says it like it is,\' yet we are finding that over and over, on core Republican issues, Trump says different things to different audiences,"Katie Packer, who is chairman of Our Principles Pac said in a statement provided to POLITICO.';
    assert.deepStrictEqual(attributed(packer, '"Trump'), { mention: 'Katie Packer', rule: 'cue after the quote' });
  });
  it('after a quote that closes its sentence, a subject and cue that open the next quote are that one\'s, with no cue before the first either (PolNeAR train: New York Times 2016-03-23, Politico 2015-12-23)', () => {
    const alawee = "Ms. Alawee and her husband fled. ''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack that happened today is the work of terrorists.''";
    assert.strictEqual(attributed(alawee, "''We are not").mention, 'Ms. Alawee');
    assert.deepStrictEqual(attributed(alawee, "''The attack"), { mention: 'Mr. Zahed', rule: 'cue before the quote' });
    const carson = 'The retired neurosurgeon has provided no details about how he planned to reboot his campaign, saying in his statement only that he was “refining some operational practices and streamlining some staff assignments to more aptly match the tasks ahead.” He added: “My senior team remains in place with my full confidence.”';
    assert.strictEqual(attributed(carson, '“refining').mention, 'The retired neurosurgeon');
    assert.deepStrictEqual(attributed(carson, '“My senior'), { mention: 'He', rule: 'cue before the quote' });
  });
  it('a quote inside an opening subordinate clause is its own cue\'s, not the main clause\'s after it (PolNeAR train: Washington Post 2016-02-14, Breitbart 2016-05-03)', () => {
    const scalia = 'After Scalia said that minority students who did not qualify for elite universities might do better at "less advanced schools," Trump said: "I don\'t like what he said."';
    assert.deepStrictEqual(attributed(scalia, '"less advanced'), { mention: 'Scalia', rule: 'cue before the quote' });
    const cruz = 'When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated Southern accent, “Am I right?”';
    assert.deepStrictEqual(attributed(cruz, '“Cruz'), { mention: 'someone in the audience', rule: 'cue before the quote' });
    // (the subordinate clause ends before the quote: the classic layout's cue after it speaks)
    const asked = 'When the reporter asked about it, "I have no idea," Clinton said.';
    assert.deepStrictEqual(attributed(asked, '"I have'), { mention: 'Clinton', rule: 'cue after the quote' });
  });
  it('a subject and its cue after a comma that close the sentence, far after the quote (PolNeAR train: Washington Post 2016-04-15)', () => {
    const text = 'The Democrats filed suit. The lack of voting places was "particularly burdensome" on Maricopa County\'s black, Hispanic and Native American communities, which had fewer polling locations than white communities and in some cases no places to vote at all, the lawsuit alleges. The lawsuit is calling on the court.';
    assert.deepStrictEqual(attributed(text, '"particularly'), { mention: 'the lawsuit', rule: 'cue later in the sentence' });
  });
  it('a subject after a contrasting "while" or "compared to" opens a clause of its own, whose cue is not the quote\'s (PolNeAR train: Politico 2016-05-05, Western Journalism 2016-07-23)', () => {
    const ayotte = 'New Hampshire Sen. Kelly Ayotte’s campaign, for example, said she would “support the nominee” but “isn’t planning to endorse anyone this cycle,” while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional support.';
    assert.deepStrictEqual(attributed(ayotte, '“isn’t'), { mention: 'New Hampshire Sen. Kelly Ayotte’s campaign', rule: 'continues a quote' });
    const poll = 'In a CNN public poll conducted on Thursday, however, 73 percent of Americans accepted that Trump’s outline for America was the “right direction” compared to only 24 percent who said otherwise.';
    // (never "24 percent who said otherwise"; since "accepted that" is a cue (probes-kk, quotes/lexicon.ts BELIEF_VERBS) the
    // quote inside its content is the reporter's, as PolNeAR's gold has it)
    assert.deepStrictEqual(attributed(poll, '“right'), { mention: '73 percent of Americans', rule: 'inside reported speech' });
    // (a phrase set off by its comma is no such clause)
    assert.deepStrictEqual(attributed('"We are ahead," compared with last year, Smith said.', '"We'), { mention: 'Smith', rule: 'cue after the quote' });
  });
  it('a name after the quote, then an apposition whose relative clause no comma closes, then the cue (PolNeAR train: Politico 2016-09-01, New York Times 2016-07-21)', () => {
    const silver = 'Clinton’s support has leaked. “Clinton needs a strategy for targeting [Libertarian candidate Gary] Johnson & [Green Party hopeful Jill] Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.';
    assert.deepStrictEqual(attributed(silver, '“Clinton needs'), { mention: 'Nate Silver', rule: 'cue later in the sentence' });
    // (not after a quote an earlier clause of its sentence holds)
    const ryan = "While Mr. Ryan, representing the Republicans' governing wing, laid out a vision for ''a reformed tax code that rewards free enterprise,'' Ben Carson, the physician who briefly caught fire last year in his presidential campaign, delivered a speech.";
    assert.notStrictEqual(attributed(ryan, "''a reformed").mention, 'Ben Carson');
  });
  it('"during" opens an adjunct after the cue, no part of it: the cue after the quote holds ("… Trump added during his appearance on Fox and Friends.", PolNeAR train: Western Journal 2016-05-06; "told the court during sentencing submissions", a CP-style fixture)', () => {
    const text = 'Trump said Friday that Ryan’s refusal to support him was “not a good thing” and “something the party should get solved quickly.”\n\n“I mean, he talks about unity, but what is this about unity?” Trump added during his appearance on Fox and Friends. “With millions of people coming into the party, obviously I’m saying the right thing.”';
    assert.deepStrictEqual(attributed(text, '“I mean'), { mention: 'Trump', rule: 'cue after the quote' });
    const court = '"This was not a momentary lapse," O\'Sullivan-Begay told the court during sentencing submissions in June.';
    const q = quoteOf(court, '"This was');
    assert.strictEqual(q.cue && court.slice(q.cue.start, q.cue.end), 'told the court');
  });
  it('nor is "during" and its noun part of the subject before a cue ("Trump during a rally said", an outlet-style sentence)', () => {
    const text = 'Trump during a rally said the election was “rigged.”';
    assert.strictEqual(quoteOf(text, '“rigged').speaker?.name, 'Trump');
  });
});
