/** Rule family "cue before the quote" (src/core/quotes/attribution/cueBeforeQuote.ts), on sentences from PolNeAR train and the seeds. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: cue before the quote', () => {
  it('the thing a participle phrase or a document\'s "from" qualifies speaks, not the noun it names (PolNeAR train: Breitbart 2016-02-08, HuffPost 2016-06-02)', () => {
    const letter = 'The Sanders campaign has been warned about the use of the emblem in campaign materials. A Feb. 1 letter from the American Legion obtained by The Associated Press warns that “any further communication about it will be through our trademark attorney in the appropriate forum.”';
    assert.deepStrictEqual(attributed(letter, '“any further'), { mention: 'A Feb. 1 letter from the American Legion', rule: 'cue before the quote' });
    const textbook = 'Israel coordinates in intelligence and military affairs with Egypt. An Egyptian textbook just published for 9th graders explains “the advantages of peace for Egypt and the Arab states” with a photograph.';
    assert.deepStrictEqual(attributed(textbook, '“the advantages'), { mention: 'An Egyptian textbook', rule: 'cue before the quote' });
  });
  it('past a second relative clause set off by commas, the noun the first one qualifies speaks (a Narwhal-style probe, test/fixtures/outlets)', () => {
    const text = 'A former ministry ecologist who worked on caribou recovery for 15 years, and who asked not to be named because she still consults for the province, said the emails were "completely typical."';
    assert.deepStrictEqual(attributed(text, '"completely'), { mention: 'A former ministry ecologist', rule: 'cue before the quote' });
  });
  it('a work "by" its author speaks, whatever its noun (PolNeAR train: Western Journalism 2016-04-02)', () => {
    const text = 'With polls showing rival Sen. Ted Cruz, R-Texas, leading the race in Wisconsin, a story by the website Politco says that “already more than a hundred delegates are poised to break with him on a second ballot.”';
    assert.deepStrictEqual(attributed(text, '“already'), { mention: 'a story by the website Politco', rule: 'cue before the quote' });
  });
  it('the noun phrase opening the subject, not the object of its preposition, as reported speech reads it (PolNeAR train: Breitbart 2016-04-24, New York Times 2016-07-05)', () => {
    const ad = 'The groups are spending on advertisements ahead of the Indiana primary. One Club for Growth ad, which is currently airing, argues that “only Ted Cruz can beat Donald Trump. John Kasich can’t do it.”';
    assert.deepStrictEqual(attributed(ad, '“only Ted'), { mention: 'One Club for Growth ad', rule: 'cue before the quote' });
    const pitch = "Echo Point is now running a Kickstarter campaign to raise $5,000 to pay for a small print run of the book: ''Publish the book that Donald Trump doesn't want you to read,'' the pitch on Kickstarter says.";
    assert.deepStrictEqual(attributed(pitch, "''Publish"), { mention: 'the pitch on Kickstarter', rule: 'cue after the quote' });
  });
  it('a cue in an "as X has said" aside set off before a clause of its own is not the quote\'s (PolNeAR train, Washington Post 2016-03-04)', () => {
    const text = 'He mocked his rivals and even assured the crowd that he doesn\'t have small hands - as Rubio has said - and he can "guarantee" other body parts are not small, either.';
    assert.notStrictEqual(attributed(text, '"guarantee').mention, 'Rubio');
    assert.strictEqual(attributed('The plan, as Clinton said, is "a disaster."', '"a disaster').mention, 'Clinton');
  });
  it('a pronoun and its cue before the quote', () => {
    const text = 'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), “We, the Armenians and the Jewish people, have suffered the same fate, and the Armenian genocide has served as a predecessor to the Jewish Holocaust.” He added, “So Israel should have been actually one of the first countries to support and recognize the Armenian genocide.”';
    assert.deepStrictEqual(attributed(text, '“So Israel'), { mention: 'He', rule: 'cue before the quote' });
  });
  it('a coordinated cue after a verb and its object: the verb\'s subject speaks, not its object', () => {
    const text = 'With the help of a comedy show, the actor held a fake audition and asked white actors to act “whiter.”';
    assert.deepStrictEqual(attributed(text, '“whiter'), { mention: 'the actor', rule: 'cue before the quote' });
    const adl = 'Some rabbis called for a boycott of his speech, and the prominent Jewish civil rights organization the Anti-Defamation League strongly denounced Trump\'s rhetoric and said it would "redirect" the conversation.';
    assert.deepStrictEqual(attributed(adl, '"redirect'), { mention: 'Anti-Defamation League', rule: 'cue before the quote' });
  });
  it('a cue coordinated with an earlier verb: the subject of that verb, not its object (PolNeAR train: Washington Post 2016-05-26, 2016-07-22, Western Journalism 2016-02-23, 2016-06-18)', () => {
    const lazar = 'In an interview with journalist Matei Rosca last year, Lazar said he welcomed extradition to the United States and added, "I\'ll plead guilty, no problem."';
    assert.deepStrictEqual(attributed(lazar, '"I\'ll plead'), { mention: 'Lazar', rule: 'cue before the quote' });
    const trump = 'When Trump later referred to the recent massacre at a gay nightclub in Orlando and said he would "protect our LGBTQ citizens," the crowd applauded loudly.';
    assert.deepStrictEqual(attributed(trump, '"protect'), { mention: 'Trump', rule: 'cue before the quote' });
    const sharpton = 'Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton has never done nothing for us.”';
    assert.deepStrictEqual(attributed(sharpton, '“Hillary'), { mention: 'he', rule: 'cue before the quote' });
    const wilkerson = 'Lawrence Wilkerson started Maher’s rant when he brought up the Oklahoma City bombing and later said, “It’s not just Muslims shooting people.”';
    assert.deepStrictEqual(attributed(wilkerson, '“It’s not'), { mention: 'he', rule: 'cue before the quote' });
    // (a mark inside a number opens no clause: the object "2,000 supporters" is not a subject; Breitbart 2016-02-20)
    const rally = 'She greeted 2,000 supporters at a rowdy rally late Saturday night in Houston and told them that together they’d “build ladders of opportunity.”';
    assert.deepStrictEqual(attributed(rally, '“build'), { mention: 'She', rule: 'cue before the quote' });
  });
  it('a person of a body before the cue', () => {
    const text = 'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), “We, the Armenians and the Jewish people, have suffered the same fate.”';
    assert.deepStrictEqual(attributed(text, '“We, the'), { mention: 'Archbishop Aris Shirvanian', rule: 'cue before the quote' });
  });
  it('a role and its body before the cue ("A reporter for Agence France-Presse called it")', () => {
    const text = 'A reporter for Agence France-Presse called it "absolute chaos."';
    assert.deepStrictEqual(attributed(text, '"absolute'), { mention: 'A reporter for Agence France-Presse', rule: 'cue before the quote' });
    // (a work by its author: PolNeAR train, NYT 2016-05-19)
    const projection = "A projection by the consulting firm Oxford Economics, prepared for the National Retail Federation, predicted that a ''disproportionate number of workers'' who became eligible for overtime would see their hourly rates decreased.";
    assert.deepStrictEqual(attributed(projection, "''disproportionate"), { mention: 'A projection by the consulting firm Oxford Economics', rule: 'cue before the quote' });
    // (a source familiar with something: PolNeAR train, HuffPost 2016-07-14, Politico 2016-01-28)
    const fdic = 'But a source familiar with the FDIC’s internal investigation said the areas of the regulator’s network that were hacked suggested the intruders were seeking “economic intelligence.”';
    assert.deepStrictEqual(attributed(fdic, '“economic'), { mention: 'a source familiar with the FDIC’s internal investigation', rule: 'cue before the quote' });
    const ad = 'Source familiar with the ad says the group is spending “substantial” funds to air it.';
    assert.deepStrictEqual(attributed(ad, '“substantial'), { mention: 'Source familiar with the ad', rule: 'cue before the quote' });
  });
  it('a description with a lowercase owner keeps the owner\'s words ("the prime minister\'s official spokesperson", test/fixtures/outlets)', () => {
    const text = "Asked whether the cap would go, the prime minister's official spokesperson told reporters: 'I'm not going to get ahead of the strategy.'";
    assert.deepStrictEqual(attributed(text, "'I'm not"), { mention: "the prime minister's official spokesperson", rule: 'cue before the quote' });
  });
  it('the source, not the outlet it spoke to', () => {
    const text = 'Another intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of Clinton Foundation donations, the dispensation of State Department contracts and whether regular processes were followed.”';
    assert.deepStrictEqual(attributed(text, '“The agents'), { mention: 'Another intelligence source', rule: 'cue before the quote' });
  });
  it('a cue inside a reported clause: the reporting speaker ("X said Clinton called on members to be “…”")', () => {
    const text = 'Rep. Steve Israel (D-N.Y) said Clinton called on members to be “closely coordinated.” She added that the race can’t just be about reacting to Trump.';
    assert.deepStrictEqual(attributed(text, '“closely'), { mention: 'Rep. Steve Israel', rule: 'cue before the quote' });
  });
  it('a cue further inside a reported clause: the reporting speaker, not a comma away (PolNeAR train: Breitbart, NYT, Politico, Washington Post)', () => {
    const obama = 'Asked about Republican presidential nominee Donald Trump, President Barack Obama said he expected that Americans will say “no” to Trump’s policy measures.';
    assert.deepStrictEqual(attributed(obama, '“no'), { mention: 'President Barack Obama', rule: 'cue before the quote' });
    const mccaskill = 'Of Sanders, McCaskill said a lot of voters in her state would find it "very hard to look past" Sanders\' self-description of being a "democratic socialist."';
    assert.deepStrictEqual(attributed(mccaskill, '"very hard'), { mention: 'McCaskill', rule: 'cue before the quote' });
    const clinton = "Mrs. Clinton said that when Ms. Warren railed against Wall Street and corporate excesses from her perch in the Senate, ''she is speaking for all of us.''";
    assert.strictEqual(attributed(clinton, "''she is").mention, 'Mrs. Clinton');
    // (not across a comma: "after a debate, Hillary shot back", "Miami and said it was great to be home, a man yelled")
    const man = 'Rubio returned to Miami and said it was great to be home, a man yelled “Stay there!”';
    assert.strictEqual(attributed(man, '“Stay').mention, 'a man');
  });
  it('a report set off by commas between the subject and its cue is the speaker\'s ("CNN, Cruz said, called …", PolNeAR train: Huffington Post 2016-02-07)', () => {
    const text = 'Cruz said that his campaign had misinterpreted a CNN report. CNN, Cruz said, called the announcement “highly significant.” Cruz said that he had since apologized.';
    assert.deepStrictEqual(attributed(text, '“highly'), { mention: 'Cruz', rule: 'cue before the quote' });
    // (no report between them: the subject itself)
    const plain = 'CNN, in a report, called the announcement “highly significant.”';
    assert.strictEqual(attributed(plain, '“highly').mention, 'CNN');
  });
  it('the noun a relative clause between the subject and its cue qualifies is the subject, in a sentence after "the U.S." (PolNeAR train: Huffington Post 2015-12-10)', () => {
    const text = 'Most recently, Trump called to ban Muslims from entering the U.S. While Clinton has forcefully condemned the GOP candidate’s proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages when it comes to Islamophobia.”';
    assert.deepStrictEqual(attributed(text, '“concerned'), { mention: 'the groups', rule: 'cue before the quote' });
    // (not past a clause of its own, nor when the cue is the relative's own verb)
    const wilson = 'Wilson, the South Carolina congressman who gained national attention in 2009 when he yelled “You lie!” at President Barack Obama, endorsed Rubio.';
    assert.strictEqual(attributed(wilson, '“You lie').mention, 'he');
  });
  it('past a place inside the relative clause, its region set off by commas, the clause\'s noun speaks: "A marine biologist who spent six hours cutting … off Twillingate, N.L., says" (a CBC Radio-style probe, test/fixtures/outlets)', () => {
    const text = 'A marine biologist who spent six hours cutting fishing rope from a young humpback whale off Twillingate, N.L., says the animal was wrapped so tightly it "could barely lift its tail."';
    assert.strictEqual(attributed(text, '"could barely').mention, 'A marine biologist');
  });
  it('a quantifier floated between the subject and its cue ("the New York Times and Los Angeles Times each called", PolNeAR train: Western Journalism 2016-04-02)', () => {
    const text = 'Amid what the New York Times and Los Angeles Times each called a “rough week” for Trump, and with polls showing rival Sen. Ted Cruz leading the race in Wisconsin, a story says so.';
    assert.deepStrictEqual(attributed(text, '“rough'), { mention: 'New York Times and Los Angeles Times', rule: 'cue before the quote' });
  });
  it('the reporting speaker is a plural of people a comma opens ("…, prosecutors say that he told one FBI agent, "…"", PolNeAR train: Washington Post 2016-09-03)', () => {
    const text = 'If he could go back in time and talk to his 2012 self, prosecutors say that he told one FBI agent, "I\'d say, \'All right, you have done a good job.\'."';
    assert.deepStrictEqual(attributed(text, '"I\'d say'), { mention: 'prosecutors', rule: 'cue before the quote' });
  });
  it('a retort ("Hillary shot back, “…", "Rubio fired back forcefully:")', () => {
    const text = 'After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies and have teas, but I chose to fulfill my profession.”';
    assert.deepStrictEqual(attributed(text, '“I suppose'), { mention: 'Hillary', rule: 'cue before the quote' });
    const rubio = 'When Trump suggested that Cuba would sue the U.S. for reneging on the Obama administration’s deal, Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose,” referencing the large number of Cuban immigrants in the region.';
    assert.deepStrictEqual(attributed(rubio, '“If they'), { mention: 'Rubio', rule: 'cue before the quote' });
  });
  it('the name before an apposition no comma closes ("Anthony Anton, president and CEO of … stated, “…")', () => {
    const text = 'Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a political problem; it’s a math problem.”';
    assert.deepStrictEqual(attributed(text, '“It’s'), { mention: 'Anthony Anton', rule: 'cue before the quote' });
  });
  it('no speaker from "it" and a weak cue away from the quote, nor from a noun "reason" (scare quotes)', () => {
    const clock = 'Cable news networks were carrying saturation coverage of Thursday’s meeting—it started Wednesday with a “countdown clock” ticking down to the meeting.';
    assert.deepStrictEqual(attributed(clock, '“countdown'), { mention: null, rule: undefined });
    const nixon = 'That\'s one reason the "new" Richard Nixon who ran for president in 1968 was not so new.';
    assert.deepStrictEqual(attributed(nixon, '"new"'), { mention: null, rule: undefined });
  });
  it('"counsel" before a name is a title, not the cue (PolNeAR train: Breitbart 2016-02-08)', () => {
    const text = 'In a letter filed in federal court Monday as part of a Freedom of Information lawsuit, FBI general counsel James Baker said the probe is “ongoing.”';
    assert.deepStrictEqual(attributed(text, '“ongoing'), { mention: 'James Baker', rule: 'cue before the quote' });
    // (a verb after a modal stays a cue word)
    const verb = 'Podesta said he would counsel Clinton to say “I made a mistake.”';
    assert.strictEqual(attributed(verb, '“I made').rule, 'cue before the quote');
  });
  it('a thing\'s relative "which" after a mark is the subject of a cue right before the quote (PolNeAR train: Breitbart 2016-08-23, 2016-03-01)', () => {
    const report = 'Pence linked to the Associated Press report, which notes, “More than half the people outside the government who met with Hillary Clinton while she was secretary of state gave money.”';
    assert.deepStrictEqual(attributed(report, '“More than'), { mention: 'which', rule: 'cue before the quote' });
    const sign = 'He held up the sign — which read “Hispanics 4 Trump” — and waved it around.';
    assert.deepStrictEqual(attributed(sign, '“Hispanics'), { mention: 'which', rule: 'cue before the quote' });
    // (not when the cue does not lead into a quotation: "the annual talks, which started in a smaller form a decade
    // ago, remained ''…''": NYT 2016-06-07)
    const talks = "But Mr. Kerry said the annual talks, which started in a smaller form a decade ago, remained ''one of the best opportunities that we have to discuss our differences.''";
    assert.notStrictEqual(attributed(talks, "''one of").mention, 'which');
  });
  it('a share of a group before the cue is part of the subject (PolNeAR train: Breitbart 2016-02-20, 2016-03-15)', () => {
    const four = 'About four in 10 South Carolina Republican primary voters say that an important quality in a candidate is that they “shares my values.”';
    assert.strictEqual(attributed(four, '“shares').mention, 'About four in 10 South Carolina Republican primary voters');
    const half = 'At least half of voters in each state say each of the two candidates’ positions on the issues are “about right.”';
    assert.strictEqual(attributed(half, '“about').mention, 'At least half of voters in each state');
  });
  it('an infinitive cue takes the subject before its verb chain, not an object or an impersonal "it" (PolNeAR train: NYT 2016-03-12, 2016-06-17, Western Journalism 2016-06-21, Politico 2015-12-06)', () => {
    const trump = 'Much of the debate was so subdued that Mr. Trump was prompted to say, \'\'So far, I cannot believe how civil it\'s been up here.\'\'';
    assert.deepStrictEqual(attributed(trump, "''So far"), { mention: 'Mr. Trump', rule: 'cue before the quote' });
    const slate = 'Media critics piled on. The Slate technology columnist Dana Aubrey went so far as to say: \'\'Twitter as we know it is over.\'\'';
    assert.deepStrictEqual(attributed(slate, "''Twitter"), { mention: 'Dana Aubrey', rule: 'cue before the quote' });
    const bryne = 'Bryne went on to say, “From the bottom of my soul, I know this to be true.”';
    assert.deepStrictEqual(attributed(bryne, '“From the'), { mention: 'Bryne', rule: 'cue before the quote' });
    const obama = 'Hillary Clinton says the administration should be taking additional measures and that she expects President Barack Obama to announce an “intensification” in the campaign.';
    assert.notStrictEqual(attributed(obama, '“intensification').mention, 'President Barack Obama');
    assert.strictEqual(attributed('It is safe to say, "this race is over."', '"this race').mention, null);
  });
  it('a relative clause closed by its comma opens no main clause: its antecedent speaks, not "who" (PolNeAR train: Breitbart 2016-04-15, Politico 2016-07-06, NYT 2016-02-17)', () => {
    const delegate = 'The influential delegate and conservative activist, who backs Cruz, warned of a “ferocious” battle ahead that could split the party.';
    assert.deepStrictEqual(attributed(delegate, '“ferocious'), { mention: 'The influential delegate and conservative activist', rule: 'cue before the quote' });
    const giuliani = 'Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute.';
    assert.strictEqual(attributed(giuliani, '“no-brainer').mention, 'Former prosecutor and New York City Mayor Rudy Giuliani');
    const trump = "The former president spoke hours after Mr. Trump, who has been leading in polls here, held a news conference nearby, mocking his famous ''Mission Accomplished'' appearance and pointedly saying the country was not ''safe'' during the president's tenure.";
    assert.deepStrictEqual(attributed(trump, "''safe"), { mention: 'Mr. Trump', rule: 'participle' });
  });
  it('a reporting cue coordinated after an earlier quote of the sentence shares its subject: the quote inside what it reports is the reporter\'s (PolNeAR train: Breitbart 2016-03-01)', () => {
    const text = 'Clinton won. She declared “What a Super Tuesday!” and said that her campaign would continue “to break barriers” across the nation.';
    assert.deepStrictEqual(attributed(text, '“to break'), { mention: 'She', rule: 'cue before the quote' });
  });
  it('a coordinated cue whose object before "and" carries a prepositional phrase: the first verb\'s subject speaks (PolNeAR train: Washington Post 2015-11-13)', () => {
    const text = 'There have been more-pointed references, such as when Cruz knocked Rubio on trade and called him a "moderate," a subtle dig.';
    assert.deepStrictEqual(attributed(text, '"moderate'), { mention: 'Cruz', rule: 'cue before the quote' });
  });
  it('a coordinated cue after the object of a preposition: the description opening the sentence or its main clause speaks (PolNeAR train: HuffPost 2016-01-19, Washington Post 2016-07-03)', () => {
    const flint = 'Last week, the Clinton campaign also called on the Federal Emergency Management Agency to conduct an “expedited review“ of Flint’s water infrastructure and said the Obama administration should immediately set up a “health monitoring and surveillance system” to test residents for lead poisoning.';
    assert.deepStrictEqual(attributed(flint, '“health'), { mention: 'the Clinton campaign', rule: 'cue before the quote' });
    const candidate = 'The candidate has mocked a disabled newspaper reporter, referred to undocumented immigrants from Mexico as "rapists" and recently pointed to a black man in the crowd at one of his rallies and called him "my African American."';
    assert.deepStrictEqual(attributed(candidate, '"my African'), { mention: 'The candidate', rule: 'cue before the quote' });
    // (the name set off by commas before the verb whose preposition's object is the noun: Politico 2016-07-29)
    const schroeder = 'One of Grayson’s former supporters who still backs Randolph, former Colorado Rep. Pat Schroeder, lives in his Orlando-based district and wrote in an email to POLITICO that Dena Grayson’s campaign was “tragic in the Year of the Woman, when a woman should run on her own accomplishments.”';
    assert.deepStrictEqual(attributed(schroeder, '“tragic'), { mention: 'Colorado Rep. Pat Schroeder', rule: 'cue before the quote' });
  });
  it('a coordinated cue shares a subject before an earlier quote of the sentence, or an absolute phrase\'s (PolNeAR train: Washington Post 2016-03-24, 2016-01-31)', () => {
    const ryan = 'The importance of the down-ballot races was underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented the "disheartened" state of the campaign and criticized the "identity politics" on display.';
    assert.deepStrictEqual(attributed(ryan, '"identity'), { mention: 'House Speaker Paul D. Ryan of Wisconsin', rule: 'cue before the quote' });
    const trump = 'Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton and asking, "How can someone with such bad judgement be our next president?"';
    assert.deepStrictEqual(attributed(trump, '"How can'), { mention: 'Donald Trump', rule: 'cue before the quote' });
  });
  it('a coordinated cue after the object of a word quoted earlier in the sentence: that verb\'s subject, and the cue reporting it, speak (a National Post-style probe, test/fixtures/outlets, where "the amendments" spoke "in due course")', () => {
    const text = 'Instead, it has been oddly quiet. A spokesperson for Justice Minister Arjun Mehta-Collins said the government was "reviewing" the amendments and would respond "in due course," which in Ottawa can mean anything from next week to never.';
    assert.deepStrictEqual(attributed(text, '"in due'), { mention: 'A spokesperson for Justice Minister Arjun Mehta-Collins', rule: 'cue before the quote' });
  });
  it('"jeer" is an emotive verb of speech: the crowd in the clause holding the quote speaks, not the sentence\'s subject (PolNeAR train: New York Times 2016-01-04)', () => {
    const text = "Off the coast of Montauk, Freddy circled it as his friends jeered, ''Do svidaniya!'' - Russian for ''goodbye.''";
    assert.deepStrictEqual(attributed(text, "''Do svidaniya"), { mention: 'his friends', rule: 'cue before the quote' });
  });
  it('the subject of a passive cue undergoes it and is no speaker (PolNeAR train: Politico 2016-07-11, Breitbart 2015-12-04)', () => {
    const marine = 'The two lawmakers, however, argue that “there is precedent for prosecution," citing an instance in which a Marine was found guilty of "gross negligence."';
    assert.notStrictEqual(attributed(marine, '"gross').mention, 'Marine');
    const farook = 'The timeline shows that Syed Farook’s name was announced on a publicly available police scanner several times prior to President Barack Obama being briefed on the subject – and long before White House officials started to portray the apparent jihad shooting as a “workplace” or “gun control” issue.';
    assert.strictEqual(attributed(farook, '“workplace').mention, 'White House officials');
    // (but the subject of recorded speech speaks: "was quoted as saying")
    const quoted = 'The governor was quoted as saying "we will not back down."';
    assert.strictEqual(attributed(quoted, '"we will').mention, 'The governor');
  });
  it('a cue coordinated with an infinitive shares the infinitive\'s subject, not the object before "and" (PolNeAR train: Washington Post 2016-03-04)', () => {
    const text = 'Trump told Rubio to "breathe, breathe, breathe." That prompted Rubio to make a joke about yoga and call Trump "very flexible," a nod to the front-runner.';
    assert.deepStrictEqual(attributed(text, '"very flexible'), { mention: 'Rubio', rule: 'cue before the quote' });
  });
  it('the object of a naming verb whose complement is the quote is named, not speaking; the naming verb\'s subject speaks (PolNeAR train: UPI in Breitbart 2016-08-24, New York Times 2015-12-03)', () => {
    const upi = 'WASHINGTON, Aug. 24 (UPI) — A spokesman for Democratic presidential candidate Hillary Clinton called a report suggesting donors to the Clinton Foundation were granted greater access to the State Department “outrageous.”';
    assert.match(attributed(upi, '“outrageous').mention ?? '', /^A spokesman/);
    const exxon = "Late last month, the company wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger, calling the two lengthy investigative reports ''inaccurate and deliberately misleading.''";
    assert.strictEqual(attributed(exxon, "''inaccurate").mention, 'the company');
  });
  it('a town or a state after a preposition\'s object, or in a "whose" clause, is no speaker; a surname that names a town still speaks (PolNeAR train: HuffPost 2016-07-18, New York Times 2016-03-03, Breitbart 2016-05-05)', () => {
    const laredo = 'A month later, he paid an impromptu visit to the U.S.- Mexico border in Laredo, Texas and explained why “the Hispanics” love him.';
    assert.deepStrictEqual(attributed(laredo, '“the Hispanics'), { mention: 'he', rule: 'cue before the quote' });
    const rubio = "Marco Rubio, whose hometown, Miami, is projected to be largely underwater within the not too distant future as ice caps shrink and the sea level rises, argues that government efforts to combat it will ''destroy our economy.''";
    assert.deepStrictEqual(attributed(rubio, "''destroy"), { mention: 'Marco Rubio', rule: 'cue before the quote' });
    const bolton = 'As for conservative pundits and national-security analysts who claim to find Clinton more palatable than Trump, Bolton said, “I just think they don’t understand.”';
    assert.deepStrictEqual(attributed(bolton, '“I just'), { mention: 'Bolton', rule: 'cue before the quote' });
  });
  it('a name set off by a comma after the object of a preposition is that object, no subject of the verb coordinated after it (PolNeAR train: New York Times 2016-09-03)', () => {
    const obama = "But Obama, making it clear that security trumped other concerns in the Horn of Africa, stood beside Meles's successor, Prime Minister Hailemariam Desalegn, and described the government as being ''democratically elected.''";
    assert.deepStrictEqual(attributed(obama, "''democratically"), { mention: 'Obama', rule: 'cue before the quote' });
  });
  it('a description opening the sentence after a dateline speaks for a participle (PolNeAR train: UPI in Breitbart 2015-12-07)', () => {
    const upi = 'WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal to bar Muslims from entering the United States, Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”';
    assert.deepStrictEqual(attributed(upi, '“We have'), { mention: 'Hillary Clinton’s right-hand woman', rule: 'participle' });
  });
  it('coordinated names speak together past an age before the second one (PolNeAR train: Washington Post 2016-06-27)', () => {
    const text = 'Zeliff and 24-year-old Tom Giancola, a fellow New Hampshire Sanders veteran, explained how canvassers would rank the voters they met from 1 ("Oh, I\'m definitely voting for Eric") to 6.';
    assert.deepStrictEqual(attributed(text, '"Oh, I'), { mention: 'Zeliff and 24-year-old Tom Giancola', rule: 'cue before the quote' });
  });
  it('a pronoun opening a free relative ("what he called") stands for the subject its sentence opens with, when they agree (PolNeAR train: New York Times 2016-07-29, Breitbart 2016-04-14, 2016-02-20)', () => {
    const president = "The president denounced what he called the ''deeply pessimistic'' vision of America that emerged from Mr. Trump's convention in Cleveland last week.";
    assert.deepStrictEqual(attributed(president, "''deeply"), { mention: 'The president', rule: 'cue before the quote' });
    const cruz = 'Despite challenging the trustworthiness of the Republican majority leader, Cruz said if elected president he could work effectively with GOP leadership. Cruz has railed against what he calls the “Washington cartel” and cast himself as a Washington outsider, despite pursuing support from fellow lawmakers.';
    assert.deepStrictEqual(attributed(cruz, '“Washington'), { mention: 'Cruz', rule: 'cue before the quote' });
    const clinton = 'Hillary Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”';
    assert.deepStrictEqual(attributed(clinton, '“real'), { mention: 'Hillary Clinton', rule: 'cue before the quote' });
    // (a subject of another gender or number leaves the pronoun)
    const other = 'Hillary Clinton praised the crowd for what he called “real solutions.”';
    assert.deepStrictEqual(attributed(other, '“real'), { mention: 'he', rule: 'cue before the quote' });
  });
  it('a causative verb\'s object speaks the infinitive cue after it; a name that modifies a group of people there makes the group (PolNeAR train: Politico 2016-03-10)', () => {
    const text = 'His auto bailout fact-check Wednesday was retweeted 3,200 times, leading Clinton economic advisers like Gene Sperling to counter that “every cent that went to the auto bail out, Sanders voted against.”';
    assert.deepStrictEqual(attributed(text, '“every cent'), { mention: 'Clinton economic advisers', rule: 'cue before the quote' });
    // (the object named alone speaks; an object of a verb that causes nothing does not: "expects … to announce")
    const named = 'The fact-check was retweeted, leading Gene Sperling to counter that “every cent went to the bailout.”';
    assert.deepStrictEqual(attributed(named, '“every cent'), { mention: 'Gene Sperling', rule: 'cue before the quote' });
    const expects = 'She expects President Barack Obama to announce an “intensification” of the campaign.';
    assert.deepStrictEqual(attributed(expects, '“intensification'), { mention: 'She', rule: 'cue before the quote' });
  });
  it('a name that modifies a group of people its verb follows, after an opening phrase, makes a description with it (PolNeAR train: HuffPost 2016-08-29)', () => {
    const text = 'Therefore, Gulf sources believe Erdogan has joined an axis where Assad is allowed to remain in power “provisionally”, and admit that the Gulf States are powerless.';
    assert.strictEqual(attributed(text, '“provisionally').mention, 'Gulf sources');
  });
  it('an infinitive of purpose after an absolute phrase\'s participle takes the phrase\'s subject (PolNeAR train: HuffPost 2016-03-15)', () => {
    const text = 'The Trump campaign has denied it happened, with Lewandowski taking to Twitter to call Fields “totally delusional” for the accusation.';
    assert.deepStrictEqual(attributed(text, '“totally'), { mention: 'Lewandowski', rule: 'cue before the quote' });
  });
  it('a relative clause with a list\'s comma between the subject and a cue before the quote (a Whig-Standard-style probe, test/fixtures/outlets)', () => {
    const text = 'Residents who rely on the ferry to get to work, school and medical appointments said, "We are fed up with this."';
    assert.strictEqual(attributed(text, '"We are').mention, 'Residents');
  });
});
