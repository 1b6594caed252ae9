/** Reported speech: cue families read by rules of their own (src/core/reported), on real PolNeAR train sentences. */
import * as assert from 'assert';
import { reported } from './helpers';

describe('reported speech: what a poll, a study or a record shows or found (findings.ts)', () => {
  it('an object and what is said of it, with no "that"', () => {
    const r = reported('Public polls show Trump leading slightly in Indiana.');
    assert.ok(r.some(x => x.cue === 'show' && x.content === 'Trump leading slightly in Indiana' && x.mention === 'Public polls'), JSON.stringify(r));
    const s = reported('A recent CNN survey found 90 percent support for background checks.');
    assert.ok(s.some(x => x.cue === 'found' && x.content === '90 percent support for background checks'), JSON.stringify(s));
  });
  it('a participle after the document that is its subject', () => {
    const r = reported('He will need their support with recent polls showing a tightening of the race with Donald J. Trump, who last week injected a volatile new element into the campaign.');
    assert.ok(r.some(x => x.cue === 'showing' && x.content === 'a tightening of the race with Donald J. Trump' && x.mention === 'recent polls'), JSON.stringify(r));
  });
  it('a colon ends the finding; a person who shows or finds something reports nothing', () => {
    const r = reported('Early polls show voters in the area resoundingly rejecting Mr. Trump: A Quinnipiac University poll this month found Mr. Trump about even with Mrs. Clinton statewide.');
    assert.ok(r.some(x => x.cue === 'show' && x.content === 'voters in the area resoundingly rejecting Mr. Trump'), JSON.stringify(r));
    assert.strictEqual(reported('But Mr. Romney found it difficult in 2012 to overcome a catastrophic defeat in Miami.').length, 0);
  });
  it('"show" after evidence that the subject rules do not read: a phrase, a relative "that", a clause or a time between them', () => {
    const r = reported('A video of the episode shows her clutching her cellphone and pinballing among outstretched, shoving hands.');
    assert.ok(r.some(x => x.cue === 'shows' && x.content === 'her clutching her cellphone and pinballing among outstretched, shoving hands' && x.mention === 'A video of the episode'), JSON.stringify(r));
    const s = reported('This new national poll comes in the wake of polls by Quinnipiac University that showed Trump making a strong showing in three key states.');
    assert.ok(s.some(x => x.cue === 'showed' && x.content === 'Trump making a strong showing in three key states' && x.mention === 'polls by Quinnipiac University'), JSON.stringify(s));
    const u = reported('Because exit polls in New Hampshire and Iowa indicated that Trump was strongly supported by early deciders, there’s a sense among some that he might be winning them in Florida – especially because polls in the state he calls a second home show him with a big lead.');
    assert.ok(u.some(x => x.cue === 'show' && x.content === 'him with a big lead' && x.mention === 'polls in the state he calls a second home'), JSON.stringify(u));
    const v = reported('There were also emails that night showing that administration officials knew Ansar al-Sharia was behind the attack.');
    assert.ok(v.some(x => x.cue === 'showing' && x.content === 'administration officials knew Ansar al-Sharia was behind the attack' && x.mention === 'emails'), JSON.stringify(v));
    const w = reported('A University of New Hampshire poll out this week shows Clinton with an 8-point lead over Trump in a hypothetical matchup — but there are some warning signs for Clinton.');
    assert.ok(w.some(x => x.cue === 'shows' && x.content === 'Clinton with an 8-point lead over Trump in a hypothetical matchup'), JSON.stringify(w));
  });
  it('"has shown" as "shows" after evidence; not the passive "was shown"', () => {
    const r = reported('And every recent state poll has shown him trailing Trump.');
    assert.ok(r.some(x => x.cue === 'shown' && x.content === 'him trailing Trump'), JSON.stringify(r));
    const s = reported('The survey marks the third week in a row that the Rasmussen poll has shown Trump in the lead.');
    assert.ok(s.some(x => x.cue === 'shown' && x.content === 'Trump in the lead'), JSON.stringify(s));
    assert.strictEqual(reported('A photo of the poll results was shown to reporters at a briefing on Monday night.').length, 0);
  });
  it('no such "show" after an adjective, a name or a preposition', () => {
    const r = reported("Clinton's campaign sent out an email fundraising appeal that presaged her poor showing and looked ahead.");
    assert.ok(!r.some(x => x.cue === 'showing'), JSON.stringify(r));
    const s = reported('The Media Research Center’s Dan Gainor will be interviewed about ABC’s TV show Scandal showing an on-air abortion to the tune of “Silent Night.”');
    assert.ok(!s.some(x => x.cue === 'showing'), JSON.stringify(s));
  });
});

describe('reported speech: a question and its topic (questions.ts)', () => {
  it('"asked X about …", "asked X for …": the asker reports the topic', () => {
    const r = reported('In the same debate, CNBC moderator Carl Quintanilla asked Carson about his relationship with a nutritional-supplement-maker called Mannatech.');
    assert.ok(r.some(x => x.cue === 'asked' && x.content === 'his relationship with a nutritional-supplement-maker called Mannatech' && x.speaker === 'Carl Quintanilla'), JSON.stringify(r));
    const s = reported('Michigan Attorney General Bill Schuette (R) asked the Supreme Court for quick action.');
    assert.ok(s.some(x => x.cue === 'asked' && x.content === 'quick action'), JSON.stringify(s));
  });
  it('the passive, whose asker follows "by"', () => {
    const r = reported('When asked by a reporter whether this differed from Nazi Germany requiring Jews to register, Trump reportedly said, "You tell me."');
    assert.ok(r.some(x => x.cue === 'asked' && x.content === 'whether this differed from Nazi Germany requiring Jews to register' && x.mention === 'a reporter'), JSON.stringify(r));
  });
  it('a title before the asker after "by"; a hearer of several words before "whether" or "if"', () => {
    const r = reported('On CBS\'s "Face the Nation," Sanders was asked by host John Dickerson whether his aim was similar to Kennedy\'s.');
    assert.ok(r.some(x => x.cue === 'asked' && x.content === 'whether his aim was similar to Kennedy\'s' && x.speaker === 'John Dickerson'), JSON.stringify(r));
    const s = reported('Speaking from the Gulf Coast region, HuffPost asked the 2016 Democratic White House contender if he’s been preparing himself mentally for the possibility that he could become president.');
    assert.ok(s.some(x => x.cue === 'asked' && x.content === 'if he’s been preparing himself mentally for the possibility that he could become president' && x.mention === 'HuffPost'), JSON.stringify(s));
    const u = reported('Fiorina went around the room, asking each for a yes-no answer on whether the rocky merger should stop or go on as planned.');
    assert.ok(!u.some(x => x.cue === 'asking'), JSON.stringify(u));
  });
  it('no asker in reach: "Nobody asked about …"', () => {
    const r = reported('Nobody asked about the Republicans\' refugee rhetoric - so Obama, in need of a change of subject, brought it up himself.');
    assert.ok(!r.some(x => x.cue === 'asked'), JSON.stringify(r));
  });
});

describe('reported speech: a finding before its evidence at the sentence\'s end (fronted.ts findingTail)', () => {
  it('"…, new fundraising reports show.", "…, the poll found."', () => {
    const r = reported('More than 40 percent of that money arrived in February alone, new fundraising reports show.');
    assert.ok(r.some(x => x.cue === 'show' && x.content === 'More than 40 percent of that money arrived in February alone' && x.mention === 'new fundraising reports'), JSON.stringify(r));
    const s = reported('Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found.');
    assert.ok(s.some(x => x.cue === 'found' && x.content === 'Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump' && x.mention === 'the poll'), JSON.stringify(s));
  });
  it('a cue of evidence after a document: "…, a police report indicates." is the report\'s, not the inner teller\'s (PolNeAR train)', () => {
    // (usa-today_2015-12-22_in-brief: "told police" inside the content was the source's before)
    const r = reported('The homeless woman accused of deliberately driving onto a packed sidewalk along the Las Vegas Strip told police she was stressed out by security guards chasing her from parking lots in which she had been trying to sleep, a police report indicates.');
    assert.deepStrictEqual(r.map(x => [x.mention, x.cue]), [['a police report', 'indicates']], JSON.stringify(r));
    assert.ok(r[0].content.startsWith('The homeless woman accused') && r[0].content.endsWith('trying to sleep'), JSON.stringify(r));
  });
  it('evidence and its "by" phrase before the cue (PolNeAR train)', () => {
    // (usa-today_2015-11-27_super-pac-ad-attack, breitbart_2016-01-01_jeb-bush-super-pac)
    const [t] = reported("About 70% of the candidate-focused ads reserved in December and January come from super PACs, tallies by Kantar Media's Campaign Media Analysis Group and other trackers show.");
    assert.deepStrictEqual([t?.mention, t?.cue], ["tallies by Kantar Media's Campaign Media Analysis Group and other trackers", 'show'], JSON.stringify(t));
    const [f] = reported('But Pate hasn’t donated to any 2016 presidential candidates or campaigns except Rubio’s, Federal Election Commission records compiled by the Center for Responsive Politics show.');
    assert.deepStrictEqual([f?.mention, f?.cue], ['Federal Election Commission records compiled by the Center for Responsive Politics', 'show'], JSON.stringify(f));
    // (no noun of evidence before "by": no finding tail)
    assert.ok(!reported('The plan was approved last week, a panel led by the mayor found.').some(x => x.cue === 'found' && x.mention?.startsWith('a panel led by')));
  });
  it('the evidence alone and whole is the source, whatever opens the content (PolNeAR train)', () => {
    // (nyt_2016-04-25_trump-s-aging-air-fleet: an opening "After" and a one-word source)
    const [rec] = reported("After Mr. Trump took possession of the 757 in 2011 he made a number of changes but did not fundamentally undo Mr. Allen's initial renovation, records show.");
    assert.deepStrictEqual([rec?.mention, rec?.cue], ['records', 'show']);
    // (usa-today_2016-08-24_turkish-suspect-donor: "A company called Harmony Enterprises" is the content's subject, no naming)
    const r = reported('A company called Harmony Enterprises gave $5,000 to the PAC on June 27, 2014, campaign finance records show.');
    assert.deepStrictEqual(r.map(x => [x.content, x.mention, x.cue]), [['A company called Harmony Enterprises gave $5,000 to the PAC on June 27, 2014', 'campaign finance records', 'show']]);
    // (wash-post_2016-08-09_ivanka-trump-champions: "reports" is the evidence, "show" its verb)
    const [g3] = reported('Ivanka Trump clothing generated about $100 million in revenue last fiscal year, G-III reports show.');
    assert.deepStrictEqual([g3?.mention, g3?.cue], ['G-III reports', 'show']);
  });
});

describe('reported speech with no source: "reportedly" (sourceless.ts)', () => {
  it('the clause, subject and all, with no speaker', () => {
    const r = reported('The FBI is reportedly making arrangements to interview Hillary Clinton as it nears the end of its investigation.');
    assert.ok(r.some(x => x.cue === 'reportedly' && x.content.startsWith('The FBI is reportedly making arrangements to interview Hillary Clinton') && x.speaker === null), JSON.stringify(r));
  });
  it('an opening "Reportedly," before its clause', () => {
    const r = reported('Reportedly, he made ISIS-sympathetic comments to co-workers and had been under investigation by the FBI.');
    assert.ok(r.some(x => x.cue === 'Reportedly' && x.content.startsWith('he made ISIS-sympathetic comments to co-workers') && x.speaker === null), JSON.stringify(r));
  });
  it('not before a verb of saying, whose report names its source', () => {
    const r = reported('Trump reportedly said the wall would cost $8 billion.');
    assert.ok(!r.some(x => x.cue === 'reportedly'), JSON.stringify(r));
  });
});

describe('reported speech: a request, its hearer and the infinitive (requests.ts)', () => {
  it('"appealed to" a hearer to do something, the appeal\'s maker the source, past a post-nominal set off by commas (s34: zm-dailymail-fisp-fertiliser-delays, pg-postcourier-highlands-highway-repairs, in-hindu-fishermen-arrest); the noun "appeals" is none', () => {
    const r = reported('SMALL-scale farmers in Eastern Province have appealed to Government to speed up the delivery of inputs under the Farmer Input Support Programme.');
    assert.ok(r.some(x => x.cue === 'appealed to' && x.content === 'Government to speed up the delivery of inputs under the Farmer Input Support Programme' && x.speaker === 'SMALL-scale farmers in Eastern Province'), JSON.stringify(r));
    const s = reported('Chimbu provincial police commander Superintendent Michael Dua-Kerenga appealed to the community not to block the road or harass drivers.');
    assert.ok(s.some(x => x.cue === 'appealed to' && x.content === 'the community not to block the road or harass drivers' && x.speaker === 'Michael Dua-Kerenga'), JSON.stringify(s));
    const t = reported('District Collector Smt. V. Kavitha, IAS, in a statement, appealed to the fishermen to call off the strike and said officials were in constant touch.');
    assert.deepStrictEqual([...new Set(t.map(x => x.speaker))], ['V. Kavitha']);
    assert.ok(!reported('The mayor will need to make more appeals to young voters to win the ward.').some(x => x.cue?.startsWith('appeals')));
  });
  it('"called on" a hearer with a title and a party tag', () => {
    const r = reported('On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the lead poisoning crisis in Flint.');
    assert.ok(r.some(x => x.cue === 'called on' && x.content === 'Michigan Gov. Rick Snyder (R) to resign over the lead poisoning crisis in Flint' && x.speaker === 'Bernie Sanders'), JSON.stringify(r));
  });
  it('"asked" a hearer of several words to do something', () => {
    const r = reported('The American Legion has asked the campaign of Democratic presidential candidate Bernie Sanders to stop using the organization’s emblem in campaign fliers.');
    assert.ok(r.some(x => x.cue === 'asked' && x.content === 'the campaign of Democratic presidential candidate Bernie Sanders to stop using the organization’s emblem in campaign fliers' && x.mention === 'The American Legion'), JSON.stringify(r));
  });
  it('a request ends before the reporter\'s second verb; "called" a person "to" do something is a telephone call (PolNeAR train)', () => {
    const cue = (text: string, c: string) => reported(text).filter(x => x.cue === c).map(x => x.content);
    assert.deepStrictEqual(cue('Biden, echoing Erdogan, called on Kurds not to cross into the west of the Euphrates, and turned a blind eye to the Turkish president’s new bid.', 'called on'),
      ['Kurds not to cross into the west of the Euphrates']);
    assert.deepStrictEqual(cue('He has asked Republican leaders to disavow Mr. Trump and has repeatedly characterized him as a person of unredeemable callousness.', 'asked'),
      ['Republican leaders to disavow Mr. Trump']);
    assert.deepStrictEqual(cue('Canova said he has not held fundraising dinners and never called a donor to ask for money.', 'called'), []);
    assert.deepStrictEqual(cue('"We are going to do it," Clinton said in a brief concession speech shortly after she called Sanders to congratulate him.', 'called'), []);
  });
  it('not "called on stage", nor a hearer that a verb interrupts', () => {
    assert.ok(!reported('Then Mr. Trump called on stage a supporter who had traveled from Ohio to see him.').some(x => x.cue === 'called on'));
    assert.ok(!reported('Mr. Cruz urged voters who said they were undecided to think hard about the nominee.').some(x => x.cue === 'urged' && x.content.startsWith('voters who said')));
  });
  it('a source\'s terms of anonymity are no request of theirs, as PolNeAR train leaves anonymity clauses ("One victim, an 86-year-old widow who asked not to be named, said …", test/fixtures/outlets ca-global-police-says.txt); the report after them stays', () => {
    const r = reported('One victim, an 86-year-old widow who asked not to be named, said she let a man into her kitchen after he claimed to be from the gas company.');
    assert.deepStrictEqual(r.filter(x => x.cue === 'asked').map(x => x.content), []);
    assert.ok(r.some(x => x.cue === 'said' && x.content.startsWith('she let a man into her kitchen')));
    const s = reported('A former ministry employee, who asked not to be named because she fears for her career, said the files were altered.');
    assert.deepStrictEqual(s.filter(x => x.cue === 'asked').map(x => x.content), []);
  });
});

describe('reported speech: an endorsement and its object (endorsement.ts)', () => {
  it('the object without the adjuncts after it', () => {
    const r = reported('Cementing his support among everyone, especially in Democratic-leaning New Jersey, Christie endorsed Trump last week and has appeared at the billionaire’s rallies.');
    assert.ok(r.some(x => x.cue === 'endorsed' && x.content === 'Trump' && x.mention === 'Christie'), JSON.stringify(r));
    const s = reported('In 2016, Mrs. Schlafly endorsed Donald J. Trump for president, saying he had the courage to stand up.');
    assert.ok(s.some(x => x.cue === 'endorsed' && x.content === 'Donald J. Trump for president'), JSON.stringify(s));
    const u = reported('Jeb Bush endorsed Cruz Wednesday.');
    assert.ok(u.some(x => x.cue === 'endorsed' && x.content === 'Cruz'), JSON.stringify(u));
  });
  it('"supported" as "endorsed" (32nd session: PolNeAR train USA Today 2016-03-02, NYT 2015-11-10, Washington Post 2016-07-27)', () => {
    const r = reported('In Nevada\'s Republican caucuses, 34,000 people supported Trump.');
    assert.ok(r.some(x => x.cue === 'supported' && x.content === 'Trump' && x.mention === '34,000 people'), JSON.stringify(r));
    const s = reported('Mr. Mitchell supported the idea.');
    assert.ok(s.some(x => x.cue === 'supported' && x.content === 'the idea'), JSON.stringify(s));
    const u = reported('Even though most presidents, including President Obama, have supported major trade treaties.');
    assert.ok(u.some(x => x.cue === 'supported' && x.content === 'major trade treaties'), JSON.stringify(u));
  });
  it('an object that is a gerund\'s phrase or a possessive\'s noun reads on past its own "to" (33rd session: PolNeAR train HuffPost 2016-04-12, NYT 2015-12-14, Washington Post 2016-05-05)', () => {
    const object = (text: string, cue: string) => reported(text).find(x => x.cue === cue)?.content;
    assert.strictEqual(object('Last week, they enthusiastically endorsed Obama’s nomination of David Nye to the U.S. District Court for the District of Idaho.', 'endorsed'),
      'Obama’s nomination of David Nye to the U.S. District Court for the District of Idaho');
    assert.strictEqual(object('Lawmakers have endorsed making it harder for people to enter the United States.', 'endorsed'), 'making it harder for people to enter the United States');
    // (gold "Sanders's bid to win over superdelegates": the particle "over" still ends the object, a match for the scorer)
    assert.strictEqual(object("Others supported Sanders's bid to win over superdelegates.", 'supported'), "Sanders's bid to win");
    assert.strictEqual(object('Christie endorsed Trump to cheers in Texas.', 'endorsed'), 'Trump');
  });
  it('a party-and-state tag inside a list of names does not end the object (41st session: PolNeAR train HuffPost 2016-08-05)', () => {
    const object = (text: string) => reported(text).find(x => x.cue === 'endorsed')?.content;
    assert.strictEqual(object('On Friday, Trump endorsed the re-election of House Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte (R-N.H.) in their races.'),
      'the re-election of House Speaker Paul Ryan (R-Wis.), Sen. John McCain (R-Ariz.), and Sen. Kelly Ayotte');
    // (a tag with no list after it still ends the object)
    assert.strictEqual(object('Beck endorsed Sen. Ted Cruz (R-Texas) last year.'), 'Sen. Ted Cruz');
  });
  it('not "supported" before a gerund (objectCue.ts), across a spaced hyphen, or in a passive (Politico 2016-07-02, NYT 2016-06-15, Politico 2016-06-13)', () => {
    const r = reported('The resolution supported eliminating caucuses.');
    assert.ok(r.every(x => x.cue !== 'supported' || x.content === 'eliminating caucuses'), JSON.stringify(r));
    assert.ok(!reported('Dropping the trade pact with Asian countries - a deal she once supported - makes sense.').some(x => x.cue === 'supported'));
    assert.ok(!reported('The answer was not widely supported among those with direct experience.').some(x => x.cue === 'supported'));
  });
  it('not a passive, a speaker\'s relative clause or an object that names no choice', () => {
    assert.ok(!reported('Cruz was also endorsed the day before by former rival Carly Fiorina.').some(x => x.cue === 'endorsed'));
    assert.ok(!reported('In the interview, Reid, who endorsed Clinton in February, reiterated those concerns.').some(x => x.cue === 'endorsed'));
    assert.ok(!reported('The CTU has not endorsed a candidate.').some(x => x.cue === 'endorsed'));
  });
  it('a relative clause\'s endorsement, the relative pronoun its source (46th session: PolNeAR train HuffPost 2016-06-09, Washington Post 2016-02-17, NYT 2016-03-22, NYT 2016-07-21)', () => {
    const r = reported('But President Barack Obama, who endorsed Hillary Clinton on Thursday, is making his pitch at the height of his popularity.');
    assert.ok(r.some(x => x.cue === 'endorsed' && x.content === 'Hillary Clinton'), JSON.stringify(r));
    const s = reported('The Sanders campaign is relying on state legislators such as Bamberg who have endorsed him to help spread the word.');
    assert.ok(s.some(x => x.cue === 'endorsed' && x.content === 'him'), JSON.stringify(s));
    const u = reported('The National Rifle Association, which has endorsed Trump, used the comments to urge people to vote for him on Election Day.');
    assert.ok(u.some(x => x.cue === 'endorsed' && x.content === 'Trump'), JSON.stringify(u));
    const v = reported('Our Principles raised $500,000 from William E. Oberndorf, a California investor who had previously backed Jeb Bush, and $100,000 from Harlan Crow, a Texas real estate developer, who had supported Senator Marco Rubio of Florida.');
    assert.ok(v.some(x => x.cue === 'backed' && x.content === 'Jeb Bush'), JSON.stringify(v));
    assert.ok(v.some(x => x.cue === 'supported' && x.content === 'Senator Marco Rubio of Florida'), JSON.stringify(v));
    const w = reported('At another juncture in the roll call, another Republican governor who has not backed Mr. Trump, Susana Martinez of New Mexico, appeared poised to reconcile with the party.');
    assert.ok(w.some(x => x.cue === 'backed' && x.content === 'Mr. Trump'), JSON.stringify(w));
  });
  it('a name one gives oneself, "a self-described …", its holder the reporter, shown at the word\'s "self" as PolNeAR\'s Source is (46th and 48th sessions: PolNeAR train Breitbart 2015-12-10 and 2016-06-28, NYT 2016-03-16, Politico 2016-05-22)', () => {
    const self = (text: string) => reported(text).find(x => x.cue === 'self-described' || x.cue === 'self-professed');
    const r = self('Young democrats are gravitating toward Sen. Bernie Sanders, I-Vt., a self-described Democratic socialist, a new poll indicates.');
    assert.ok(r && r.content === 'Democratic socialist' && r.mention === 'self' && r.speaker === 'Bernie Sanders', JSON.stringify(r));
    const s = self('Sanders, a senator from the state of Vermont and self-described democratic socialist, said economic stagnation is the source of much of the public disaffection.');
    assert.ok(s && s.content === 'democratic socialist' && s.mention === 'self' && s.speaker === 'Sanders', JSON.stringify(s));
    const u = self('He is a self-described democratic socialist who has spent a quarter-century in Congress working the side door.');
    assert.ok(u && u.content === 'democratic socialist' && u.mention === 'self' && u.speaker !== null, JSON.stringify(u));
    const v = self('A self-professed independent, Cuban said he would consider offers to serve as vice president.');
    assert.ok(v && v.content === 'independent' && v.mention === 'self' && v.speaker === 'Cuban', JSON.stringify(v));
    const w = self('But the jobs program amendment was classic Bernie Sanders, a self-described Democratic socialist who has spent a quarter-century in Congress working the side door.');
    assert.ok(w && w.content === 'Democratic socialist' && w.mention === 'self' && w.speaker === 'Bernie Sanders', JSON.stringify(w));
  });
  it('not "the self-described …", a quoted name or "self-styled" (Breitbart 2016-05-24, NYT 2015-12-18, Politico 2016-07-08)', () => {
    assert.ok(!reported('But the self-described democratic socialist has vowed to soldier on and amass as many delegates as possible.').some(x => x.cue === 'self-described'));
    assert.ok(!reported("A self-described ''geeky kid,'' Mr. Cruz changed his Spanish-sounding name as a teenager.").some(x => x.cue === 'self-described'));
    assert.ok(!reported('The vice president will be serving as a self-styled emissary to working class voters.').some(x => x.cue === 'self-styled'));
  });
  it('not the relative clause of a quotation\'s speaker, "backed" outside a relative clause or with an object that names no one (NYT 2016-02-25, Politico 2015-11-09, USA Today 2016-02-18)', () => {
    assert.ok(!reported('"There is no doubt," said Representative Peter T. King of New York, who endorsed Mr. Rubio on Tuesday.').some(x => x.cue === 'endorsed'));
    assert.ok(!reported('Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed the former secretary of state.').some(x => x.cue === 'endorsed'));
    assert.ok(!reported('President Obama backed her up in an interview last October.').some(x => x.cue === 'backed'));
    assert.ok(!reported('Hillary Clinton backed the deal, while Donald Trump opposed it.').some(x => x.cue === 'backed'));
    assert.ok(!reported('Voters would sooner pick a man who tried to ban sodas than a business entrepreneur who backed stop-and-frisk police tactics.').some(x => x.cue === 'backed'));
  });
  it('"to endorse" after a verb or an adjective of its subject', () => {
    const r = reported('On Monday, Trump refused to endorse Ryan, in what appeared to be a tit-for-tat response.');
    assert.ok(r.some(x => x.cue === 'endorse' && x.content === 'Ryan' && x.mention === 'Trump'), JSON.stringify(r));
    const s = reported('Speaker Paul D. Ryan, who was reluctant to endorse Mr. Trump, was more direct in his remarks.');
    assert.ok(s.some(x => x.cue === 'endorse' && x.content === 'Mr. Trump'), JSON.stringify(s));
    const u = reported('He went on to endorse Ayotte, calling her a rising star.');
    assert.ok(u.some(x => x.cue === 'endorse' && x.content === 'Ayotte'), JSON.stringify(u));
  });
  it('"to endorse" after a noun phrase of rank that a copula\'s subject is (PolNeAR train: Politico 2016-05-23, 2016-05-09, USA Today 2016-06-08, HuffPost 2016-02-24)', () => {
    const r = reported('Grijalva was the first Democrat in Congress to endorse Sanders in the Democratic primary.');
    assert.ok(r.some(x => x.cue === 'endorse' && x.content === 'Sanders in the Democratic primary' && x.mention === 'Grijalva'), JSON.stringify(r));
    const s = reported('He joined Rep. Duncan Hunter, who was one of the earliest House members to endorse the Manhattan billionaire.');
    assert.ok(s.some(x => x.cue === 'endorse' && x.content === 'the Manhattan billionaire'), JSON.stringify(s));
    const u = reported('I am as proud of that now as I was the day I became the first member of Congress to endorse him.');
    assert.ok(u.some(x => x.cue === 'endorse' && x.content === 'him' && x.mention === 'I'), JSON.stringify(u));
    const v = reported('Reps. Duncan Hunter and Chris Collins on Wednesday became the first sitting members of Congress to endorse the presidential bid of real estate mogul Donald Trump.');
    assert.ok(v.some(x => x.cue === 'endorse' && x.content === 'the presidential bid of real estate mogul Donald Trump'), JSON.stringify(v));
  });
  it('an endorsement\'s object keeps the contest it is made in (PolNeAR train: NYT 2016-07-15)', () => {
    const r = reported('Carole Bower, 75, a retiree in Carthage, Ill., supported Gov. John Kasich of Ohio in the Republican primary, but now plans to vote for Mr. Trump.');
    assert.ok(r.some(x => x.cue === 'supported' && x.content === 'Gov. John Kasich of Ohio in the Republican primary'), JSON.stringify(r));
  });
  it('not a noun phrase\'s infinitive, an expectation or a subject that names no one', () => {
    assert.ok(!reported('Grayson said the first thing to endorse was the plan.').some(x => x.cue === 'endorse'));
    assert.ok(!reported('The first ballot to endorse the rules was held on Monday.').some(x => x.cue === 'endorse' && x.mention === 'The first ballot'));
    assert.ok(!reported('Trump’s refusal to endorse Ryan was widely viewed as a snub.').some(x => x.cue === 'endorse'));
    assert.ok(!reported('The New York Times is expected to endorse the Democratic candidate in the 2016 presidential election.').some(x => x.cue === 'endorse'));
    assert.ok(!reported('While no presidential candidate seems willing to endorse containment of ISIL, few are calling for full-blown war.').some(x => x.cue === 'endorse'));
  });
});

describe('reported speech: a depiction and its "as" phrase (depiction.ts)', () => {
  it('the object and what it is made out to be, an object pronoun too', () => {
    const r = reported('On Wednesday night, the president portrayed Mr. Trump as a nasty and divisive candidate who would govern from the White House by dividing the country.');
    assert.ok(r.some(x => x.cue === 'portrayed' && x.content.startsWith('Mr. Trump as a nasty and divisive candidate') && x.mention === 'the president'), JSON.stringify(r));
    const s = reported('On the campaign trail, Cruz describes himself as "a consistent conservative."');
    assert.ok(s.some(x => x.cue === 'describes' && x.content.startsWith('himself as "a consistent conservative') && x.speaker === 'Cruz'), JSON.stringify(s));
  });
  it('no "as" after a short object: no depiction', () => {
    assert.ok(!reported('The report described the meeting in detail, including who attended.').some(x => x.cue === 'described' && x.content.includes(' as ')));
  });
  it('a verb of praise, blame or naming whose "as" phrase is a quotation (PolNeAR train)', () => {
    // (huff-post_2016-03-10_refoulement-violate, politico_2016-08-31_hannity-ends-feud-wi, usa-today_2016-08-24_turkish-suspect-don)
    const r = reported('Germany’s Chancellor Angela Merkel heralded the European Union’s deal with Turkey as a “breakthrough.”');
    assert.ok(r.some(x => x.cue === 'heralded' && x.content === 'the European Union’s deal with Turkey as a “breakthrough.”' && x.speaker === 'Angela Merkel'), JSON.stringify(r));
    const s = reported('During the discussion, former Arkansas Gov. Mike Huckabee agreed, praising his former presidential primary opponent as "one of the most gifted, up-and-coming Republican stars that we\'ve got."');
    assert.ok(s.some(x => x.cue === 'praising' && x.content.startsWith('his former presidential primary opponent as "one of the most gifted') && x.speaker === 'Mike Huckabee'), JSON.stringify(s));
    const t = reported('Yildirim\'s LinkedIn page lists him as "Executive Director at Harmony Enterprises."');
    assert.ok(t.some(x => x.cue === 'lists' && x.content === 'him as "Executive Director at Harmony Enterprises."'), JSON.stringify(t));
  });
  it('a quotation that opens on "a", "an" or "the" right after "as": the article is the quotation\'s own (PolNeAR train, a mixed quote)', () => {
    // (nyt_2016-08-17_biden-calls-trump-risk-to: "a" was read as a word before the quotation, and the quotation then
    // seemed to open before it)
    const r = reported("Mr. Biden settled in a chair behind her. Mrs. Clinton introduced him as ''a fighter for families'' and a passionate advocate.");
    assert.ok(r.some(x => x.cue === 'introduced' && x.content === "him as ''a fighter for families'' and a passionate advocate" && x.speaker === 'Clinton'), JSON.stringify(r));
    const s = reported('Mr. Biden spoke later. Mrs. Clinton labeled him as “the best vice president of our time.”');
    assert.ok(s.some(x => x.cue === 'labeled' && x.content === 'him as “the best vice president of our time.”'), JSON.stringify(s));
  });
  it('those verbs without a quotation after "as", or as a participle right after a noun: no depiction', () => {
    assert.ok(!reported('The speaker introduced him as the next chairman of the committee.').some(x => x.cue === 'introduced'));
    // (wash-post_2016-03-24_republicans-buildin: the campaign's name for the candidates, no one's attribution)
    assert.ok(!reported('The Democratic Senatorial Campaign Committee has rolled out a "Party of Trump" campaign dubbing GOP candidates as "Retrumplicans."').some(x => x.cue === 'dubbing'));
  });
});

describe('reported speech: a charge, a thanks, a credit or a cause given, its object and its reason (charge.ts)', () => {
  it('an object pronoun and its reason', () => {
    const r = reported('Sen. Bernie Sanders (I-Vt.) called him divisive and accused him of preventing Americans from being able to stand together.');
    assert.ok(r.some(x => x.cue === 'accused' && x.content === 'him of preventing Americans from being able to stand together' && x.speaker === 'Bernie Sanders'), JSON.stringify(r));
    const s = reported('Sanders is thanking Nevadans for their support.');
    assert.ok(s.some(x => x.cue === 'thanking' && x.content === 'Nevadans for their support' && x.mention === 'Sanders'), JSON.stringify(s));
  });
  it('not a passive whose agent follows "by"', () => {
    assert.ok(!reported('He was suspected of plotting murder, and accused by the news media of beating his wife.').some(x => x.cue === 'accused'));
  });
  it('a cause given, "attributed X to Y": the object and the cause, the subject the source; not words given to a person, nor the passive (PolNeAR train, et-addisstandard-bread-loaf-weight)', () => {
    const r = reported('Officials have attributed the glacial pace to thousands of vote-by-mail and provisional ballots still being counted at a local level.');
    assert.ok(r.some(x => x.cue === 'attributed' && x.content === 'the glacial pace to thousands of vote-by-mail and provisional ballots still being counted at a local level' && x.mention === 'Officials'), JSON.stringify(r));
    const s = reported('The Ministry of Trade and Regional Integration attributed the rise to the higher cost of imported wheat.');
    assert.ok(s.some(x => x.cue === 'attributed' && x.content === 'the rise to the higher cost of imported wheat' && x.speaker === 'Ministry of Trade and Regional Integration'), JSON.stringify(s));
    assert.ok(!reported('Mr. Ross attributed this to Malcolm Hoenlein, chief executive of the Conference of Presidents.').some(x => x.cue === 'attributed'));
    assert.ok(!reported('The statement was attributed to Dr. Harold Bornstein, his physician.').some(x => x.cue === 'attributed'));
  });
});

describe('reported speech: a comparison and its two terms (comparison.ts)', () => {
  it('the object and its "to" or "with" phrase, a finite verb or a participle after the clause (PolNeAR train)', () => {
    const r = reported('She also compared Trump to Democratic presidential candidate Hillary Clinton, saying they are both part of the system and there is no difference.');
    assert.ok(r.some(x => x.cue === 'compared' && x.content === 'Trump to Democratic presidential candidate Hillary Clinton' && x.mention === 'She'), JSON.stringify(r));
    const s = reported('Rush Limbaugh, the conservative radio talk-show host, has even likened Perez to socialist Hugo Chavez.');
    assert.ok(s.some(x => x.cue === 'likened' && x.content === 'Perez to socialist Hugo Chavez' && x.speaker === 'Rush Limbaugh'), JSON.stringify(s));
    const u = reported('Mexican President Enrique Pena Nieto compared anti-global ideologies with that of 20th century dictators, and urged people not to choose the road toward isolation.');
    assert.ok(u.some(x => x.cue === 'compared' && x.content === 'anti-global ideologies with that of 20th century dictators'), JSON.stringify(u));
    const v = reported('Donald Trump unleashed a harsh attack on Ben Carson last night, comparing Carson to a child molester.');
    assert.ok(v.some(x => x.cue === 'comparing' && x.content === 'Carson to a child molester' && x.speaker === 'Donald Trump'), JSON.stringify(v));
  });
  it('not the writer\'s "compared with" of figures, nor a comparison with oneself', () => {
    const r = reported('Sixty-four percent of Democratic registered voters say they have a favorable view of Clinton, compared with 64 percent who say the same of Sanders.');
    assert.ok(!r.some(x => x.cue === 'compared'), JSON.stringify(r));
    const s = reported('At Sunday night’s debate, Sanders compared himself to Clinton, saying he does not get personal speaking fees.');
    assert.ok(!s.some(x => x.cue === 'compared'), JSON.stringify(s));
  });
  it('not a study\'s method (an outlet-style sentence)', () => {
    const r = reported('The study, published Monday in the journal Ecology Letters, compared more than 62,000 museum specimens collected since 1900 with surveys carried out by researchers and volunteers between 2015 and 2024.');
    assert.ok(!r.some(x => x.cue === 'compared'), JSON.stringify(r));
  });
});

describe('reported speech: words said again, the object the content (repetition.ts)', () => {
  it('"repeated" and "repeating" with their object (PolNeAR train)', () => {
    const r = reported('Christie, New Jersey’s sitting governor, repeated accusations that Rubio recites the same campaign points, calling him a “talented guy” who is not ready.');
    assert.ok(r.some(x => x.cue === 'repeated' && x.content === 'accusations that Rubio recites the same campaign points' && x.speaker === 'Christie'), JSON.stringify(r));
    const s = reported('Bernie Sanders and Hillary Clinton stood face-to-face Thursday and repeated the attacks they have been airing in the media since their last debate a month ago.');
    assert.ok(s.some(x => x.cue === 'repeated' && x.content === 'the attacks they have been airing in the media since their last debate a month ago'), JSON.stringify(s));
    const u = reported('He repeated his position at a town hall in Laconia, N.H., on the same day as the barn event.');
    assert.ok(u.some(x => x.cue === 'repeated' && x.content === 'his position'), JSON.stringify(u));
  });
  it('not "repeated" as an adjective after a preposition or a gerund', () => {
    const r = reported('The party has done the opposite as immigrants come under repeated assault by Mr. Trump.');
    assert.ok(!r.some(x => x.cue === 'repeated'), JSON.stringify(r));
    const s = reported('The candidate has bucked efforts to rein in his impulsive behavior, committing repeated gaffes after telling his aides he planned to adopt a more presidential tone.');
    assert.ok(!s.some(x => x.cue === 'repeated'), JSON.stringify(s));
  });
});

describe('reported speech: what someone or something points to (pointing.ts)', () => {
  it('the object after "to", whether people or findings point (PolNeAR train)', () => {
    const r = reported('Saudi officials deny any links to terrorism groups, but critics point to Saudi charities that fund organizations suspected of ties to militant cells.');
    assert.ok(r.some(x => x.cue === 'point to' && x.content === 'Saudi charities that fund organizations suspected of ties to militant cells' && x.mention === 'critics'), JSON.stringify(r));
    const s = reported('At first, Mr. Rubio would point to his lengthy résumé as both a state legislator and speaker of the Florida House of Representatives.');
    assert.ok(s.some(x => x.cue === 'point to' && x.content === 'his lengthy résumé as both a state legislator and speaker of the Florida House of Representatives'), JSON.stringify(s));
    const u = reported('The findings point to growing momentum among Democrats for changing a system that’s been criticized for giving party bigwigs undue sway over the nominee.');
    assert.ok(u.some(x => x.cue === 'point to' && x.mention === 'The findings'), JSON.stringify(u));
  });
  it('not the noun "point" or "points"', () => {
    const r = reported('He interrupted himself at one point to wave to his family, arranging aloud for a future hug.');
    assert.ok(!r.some(x => /point/.test(x.cue ?? '')), JSON.stringify(r));
  });
});

describe('reported speech: what someone believes in (faith.ts)', () => {
  it('the object after "in" (PolNeAR train)', () => {
    const r = reported('In a changing economy, Millennials still believe in the American dream.');
    assert.ok(r.some(x => x.cue === 'believe in' && x.content === 'the American dream' && x.mention === 'Millennials'), JSON.stringify(r));
    const s = reported('But please know that I am a workhorse, not a show horse. I believe in accomplishing things quietly and with hard work, often with the help of Republican colleagues.');
    assert.ok(s.some(x => x.cue === 'believe in' && x.content === 'accomplishing things quietly and with hard work, often with the help of Republican colleagues'), JSON.stringify(s));
  });
  it('not a pronoun alone ("he doesn\'t believe in it": PolNeAR train, no gold)', () => {
    const r = reported('Donald Trump says he doesn\'t believe in it.');
    assert.ok(!r.some(x => x.cue === 'believe in'), JSON.stringify(r));
  });
});

describe('reported speech: a poll\'s share of respondents and its choice (pollChoice.ts)', () => {
  const choice = (text: string) => reported(text).find(x => /^(?:support|supported|oppose|opposed|prefer|preferred|want|wanted)$/.test(x.cue ?? ''));
  it('what the share supports, opposes or preferred, to the end of its object', () => {
    assert.strictEqual(choice('About three-quarters support a temporary ban on Muslims who are not American citizens from entering the United States.')?.content,
      'a temporary ban on Muslims who are not American citizens from entering the United States');
    assert.strictEqual(choice('On that issue, there is a partisan divide: a 69% majority of Republicans support deploying ground forces; a 45% plurality of Democrats oppose that.')?.content,
      'deploying ground forces');
    assert.strictEqual(choice('Only about 4 in 10 Republican voters in each state want all immigrants in the country illegally to be deported.')?.content,
      'all immigrants in the country illegally to be deported');
    // (before "while" and the next share, before a relative clause's own verb, before the writer's participle)
    assert.strictEqual(choice('Among those voting in the Democratic caucuses, more than half of white women preferred Clinton while about 6 in 10 white men supported Sanders.')?.content, 'Clinton');
    assert.strictEqual(choice('More than half of the respondents who support Sanders are in college.')?.content, 'Sanders');
    assert.strictEqual(choice('A majority of voters looking for an outsider candidate supported Trump, providing a boost to the first-time candidate for office.')?.content, 'Trump');
  });
  it('not without a share as the subject, and not the noun "support"', () => {
    assert.strictEqual(choice('Trump did support the idea of such a database on Thursday.'), undefined);
    // (a share in an earlier clause is not the subject's)
    assert.strictEqual(choice('The receptions can last as long as two and a half hours - and in part because they wanted to give as many people as possible an opportunity to visit.'), undefined);
    assert.strictEqual(choice('In March, Cruz had 38 percent support in a Fox poll.'), undefined);
    assert.strictEqual(choice('According to the National Autistic Society survey, 70% of adults with autism need support services, and 49% live with their parents.'), undefined);
  });
  it('a long share subject that reporterOf does not read, and "at least" opening the object (longShareSubject, atLeast; PolNeAR train: 4 gained, 0 lost, 0 false positives; Breitbart 2016-03-15 twice, West Journal 2016-03-15, Politico 2016-06-21)', () => {
    const two = reported('About two-thirds of Republican primary voters in all five states voting Tuesday support temporarily banning non-citizen Muslims from entering the United States, but majorities in all five say they want the next president to have more liberal policies.')
      .find(x => x.cue === 'support');
    assert.strictEqual(two?.content, 'temporarily banning non-citizen Muslims from entering the United States');
    assert.match(two?.mention ?? '', /^About two-thirds of Republican primary voters/);
    const fewer = reported('Fewer than half of the voters surveyed in a new poll released Monday support Democratic presidential candidate Hillary Clinton, as rival Bernie Sanders continues to press.')
      .find(x => x.cue === 'support');
    assert.strictEqual(fewer?.content, 'Democratic presidential candidate Hillary Clinton');
    assert.match(fewer?.mention ?? '', /^Fewer than half of the voters surveyed/);
    assert.match(choice('More than half the senators surveyed support at least lowering the number of superdelegates.')?.content ?? '', /^at least lowering the number of superdelegates/);
    // (no share in the subject's first words, a verb with tense between, or a preposition's "at" with no degree word)
    assert.strictEqual(choice('New Hampshire’s Democratic governor, executive councilors and most state senators support Clinton.'), undefined);
    assert.strictEqual(choice('The vast majority of those delegates will be free agents who support the candidate of their choice.'), undefined);
    assert.strictEqual(choice('About two-thirds of the voters polled support at the moment.'), undefined);
  });
  it('a share\'s content ends where the next share begins after a comma (shareGapEnd; PolNeAR train: 3 set right, none lost; USA Today 2016-08-16 and 2016-01-12, Washington Post 2016-05-05)', () => {
    assert.strictEqual(reported('On economic issues, 42% say they are liberal, 34% conservative.')[0]?.content, 'they are liberal');
    assert.ok(reported('Already, 520 superdelegates have publicly said they support Clinton, 39 have said they support Sanders and 160 have not publicly announced their choice.').some(x => x.content === 'they support Clinton'));
    // (not a finding's numbers, nor a date's year, nor after another reporter)
    assert.strictEqual(reported('A CNN/ORC poll last month showed Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white evangelical voters.')[0]?.content,
      'Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white evangelical voters');
    assert.strictEqual(reported('About 40 percent said they would vote on Nov. 8, 2016 in person.')[0]?.content, 'they would vote on Nov. 8, 2016 in person');
  });
  it('a share\'s answer in its respondents\' pronoun, or a choice\'s object, ends at its first comma (shareAnswer; PolNeAR train: 5 gained, none lost)', () => {
    assert.ok(reported('Around that time, 47 percent said they would vote for former Secretary of State Hillary Clinton, however this time around that number has dropped slightly to 35 percent.')
      .some(x => x.content === 'they would vote for former Secretary of State Hillary Clinton' && x.cue === 'said'));
    assert.ok(reported('Nearly a third say they don\'t know, a higher level of uncertainty than on other economic questions.').some(x => x.content === 'they don\'t know'));
    assert.strictEqual(choice('Last year only 32 percent of British Columbians opposed the tax, down from 47 percent in 2009.')?.content, 'the tax');
    // (not a clause whose subject the comma interrupts, nor before a second "that"-clause)
    assert.ok(reported('Two-thirds of Democratic insiders said Clinton’s deficit, combined with the closeness of the race in Iowa, meant that she would not be able to generate the momentum necessary.')
      .some(x => x.content === 'Clinton’s deficit, combined with the closeness of the race in Iowa, meant that she would not be able to generate the momentum necessary'));
    assert.ok(reported('Sixty percent of respondents said they were not surprised, and that they would vote anyway.').some(x => x.content === 'they were not surprised, and that they would vote anyway'));
  });
  it('a share\'s vote for or against its choice, ending before a preposition or comma (33rd session; PolNeAR train: 8 gained, none lost; Breitbart 2015-12-13, HuffPost 2016-02-02 and 2016-03-21, Washington Post 2016-04-17, West Journal 2016-05-12)', () => {
    const vote = (text: string) => reported(text).find(x => /(?:vote|voted|voting|ballots) (?:for|against)$/.test(x.cue ?? ''));
    assert.strictEqual(vote('Among Democratic candidates, 56 percent would vote for Clinton for president.')?.content, 'Clinton');
    assert.strictEqual(vote('Among Republicans, 27 percent would vote for Trump, followed closely by Cruz with 22 percent.')?.content, 'Trump');
    assert.strictEqual(vote('Nearly 10 percent of them voted for Ben Carson, a neurosurgeon who has never held federal political office.')?.mention, 'Nearly 10 percent of them');
    assert.strictEqual(vote('The initiative resulted in 58.9 percent voting against the SVP initiative with a turnout of 63.1 percent.')?.content, 'the SVP initiative');
    assert.strictEqual(vote('Minority support dropped to near-record lows; 19 percent of voters of color cast ballots for Mitt Romney in 2012.')?.content, 'Mitt Romney');
    // (not a vote inside a share's answer, nor with no share, nor an infinitive)
    assert.strictEqual(vote('Around that time, 47 percent said they would vote for former Secretary of State Hillary Clinton.'), undefined);
    assert.strictEqual(vote('Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, said so.'), undefined);
    assert.strictEqual(vote('Albright urged 40 percent of women to vote for Hillary Clinton.'), undefined);
    assert.strictEqual(vote('The third vote against came from Ward 9 Coun. Kieran McKenzie.'), undefined);
  });
});

describe('reported speech: a vote cast and its choice (objectCue.ts VOTED)', () => {
  it('"voted for|against" and its object (33rd session; PolNeAR train: 12 gained; HuffPost 2015-12-17, Washington Post 2016-06-29 and 2016-04-17, Breitbart 2016-03-20)', () => {
    const r = reported('One member voted against the resolution on free speech grounds.');
    assert.ok(r.some(x => x.cue === 'voted against' && x.content.startsWith('the resolution') && x.mention === 'One member'), JSON.stringify(r));
    const s = reported('While the district had voted for Sen. Marco Rubio, the Florida Republican\'s subsequent collapse freed the delegates.');
    assert.ok(s.some(x => x.cue === 'voted for' && x.content === 'Sen. Marco Rubio'), JSON.stringify(s));
    const t = reported('The movement continues to battle against the Republican electorate who has voted for Donald Trump.');
    assert.ok(t.some(x => x.cue === 'voted for' && x.content === 'Donald Trump'), JSON.stringify(t));
  });
  it('not a named voter\'s description in a relative clause, nor "votes", nor a vote not cast (Breitbart 2015-12-04, Politico 2015-11-30, HuffPost 2016-02-17 and 2016-06-08)', () => {
    const r = reported('Parker Eaton, a nominal Republican who voted for JFK and Bill Clinton, was undecided.');
    assert.ok(!r.some(x => x.cue === 'voted for'), JSON.stringify(r));
    const s = reported('Instead, Sen. Ted Cruz of Texas, who voted against the earlier Senate bill in July, has called for getting rid of it.');
    assert.ok(!s.some(x => x.cue === 'voted against'), JSON.stringify(s));
    const t = reported('It is likely that Clinton does not yet have the required votes for an endorsement to be ratified.');
    assert.ok(!t.some(x => /^votes/.test(x.cue ?? '')), JSON.stringify(t));
    const u = reported('Sparsely populated South Dakota is not a swing state, and has not voted for the Democratic presidential nominee in decades.');
    assert.ok(!u.some(x => x.cue === 'voted for'), JSON.stringify(u));
  });
});

describe('reported speech: a noun of hearsay with no owner and its "that"-clause (hearsayNoun.ts)', () => {
  it('the clause with no speaker, the noun its cue (PolNeAR train)', () => {
    const r = reported('The emergence of Romney as a leading Trump antagonist stoked speculation that he might offer himself as a consensus candidate at the convention.');
    assert.ok(r.some(x => x.cue === 'speculation' && x.content === 'that he might offer himself as a consensus candidate at the convention' && x.speaker === null), JSON.stringify(r));
    const s = reported('Mr. Trump opens himself up to criticism about his own personal life, including allegations that he assaulted Ivana Trump.');
    assert.ok(s.some(x => x.cue === 'allegations' && x.content === 'that he assaulted Ivana Trump' && x.speaker === null), JSON.stringify(s));
  });
  it('inside a phrase that opens the sentence, the clause ends at its comma (PolNeAR train)', () => {
    const r = reported('Despite complaints that they distort democracy, the Democratic superdelegates have never taken the nomination away from the candidate who won the most pledged delegates.');
    assert.ok(r.some(x => x.cue === 'complaints' && x.content === 'that they distort democracy' && x.speaker === null), JSON.stringify(r));
  });
  it('not an owned noun, nor a relative "that" with its verb', () => {
    const r = reported('He earned no reprieve with his complaints that Mr. Khan had been unfair to him.');
    assert.ok(!r.some(x => x.cue === 'complaints' && x.speaker === null), JSON.stringify(r));
    const s = reported('The allegations that surfaced last year were never proven in any court of law.');
    assert.ok(!s.some(x => x.cue === 'allegations'), JSON.stringify(s));
  });
});
