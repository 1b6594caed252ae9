/**
 * Reported speech (src/core/reported): where a content starts and ends, and who its source is, on real sentences from
 * PolNeAR train (#16's precision work; test/eval/reported-boundaries.mjs lists the split's mismatches, and
 * test/eval/reported-diff.mjs what a change gained and lost between two predictions).
 */
import * as assert from 'assert';
import { reported } from './helpers';

describe('reported speech: where a content ends', () => {
  it('the "and" of "both … and" joins one subject, no second reporter\'s clause (PolNeAR train, USA Today 2016-01-29; src/core/reported/clause.ts bothAnd)', () => {
    const text = 'Cruz said both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants.';
    assert.deepStrictEqual(reported(text).filter(r => r.cue === 'said').map(r => [r.content, r.speaker]),
      [['both he and Rubio promised as Senate candidates to lead the fight against amnesty for illegal immigrants', 'Cruz']]);
    // (a second reporter after a plain "and" still ends the content)
    const second = reported('Cruz said the plan would fail and Rubio promised to fight it.').find(r => r.cue === 'said');
    assert.strictEqual(second?.content, 'the plan would fail');
  });
  it('a quoted name ends what "called" reports, before a dash or "and" and a verb of the writer\'s (PolNeAR train; src/core/reported/naming.ts)', () => {
    const named = (text: string) => reported(text).find(r => /^call/.test(r.cue ?? ''))?.content;
    assert.strictEqual(named('However, he held his fire on Ben Carson, calling him a “nice guy” and he didn’t provide any descriptions for John Kasich.'), 'him a “nice guy”');
    assert.strictEqual(named('He has also called the Texas senator “the next George Washington” – the Founding Father who Beck idolizes with religious fervor.'), 'the Texas senator “the next George Washington”');
    assert.strictEqual(named('Last September, Republican front-runner Donald Trump called the merger "a terrible deal" and ranked Fiorina as one of the worst CEOs.'), 'the merger "a terrible deal"');
    // (a naming has no subject of its own: "and made no mention of …" is the reporter's second verb)
    assert.strictEqual(named("There was no reference to ''Lyin' Ted'' or ''Crooked Hillary''; he called his opponent ''Senator Cruz'' instead and made no mention of Mrs. Clinton."),
      "his opponent ''Senator Cruz'' instead");
    // (a second name and a reason stay: "“meritless” and “improper”", "a ''pathological liar'' for continuing to insist …")
    assert.strictEqual(named('He said the congressman violated the law with his Benghazi committee, calling it “meritless” and “improper” on Monday.'), 'it “meritless” and “improper” on Monday');
    assert.strictEqual(named("He called him a ''pathological liar'' for continuing to insist the debunked accounts were true."), "him a ''pathological liar'' for continuing to insist the debunked accounts were true");
  });
  it('a content ends at a closing quotation mark only when it opened that quotation (PolNeAR train; src/core/reported/clause.ts)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, West Journal 2015-12-16: the paragraph's invisible \u202A before ” hid its opening mark, and a report was read
    // inside the direct quote, up to the quote's comma and mark; the ” opens the quotation now, PolNeAR's DIRECT quote)
    assert.strictEqual(content('\u202A”This is why ISIS has to be destroyed. They are evil. Children are gifts from God and are to be protected,” said John Krystek.', 'said'), undefined);
    assert.strictEqual(content('Bishop said the plan would “fix the pipeline once and for all”.', 'said'), 'the plan would “fix the pipeline once and for all”');
  });
  it('a content that ends on a figure keeps its percent sign, no token of its own (PolNeAR train, Western Journal 2015-11-10; src/core/reported/clause.ts contentSpan)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Iowa polls are showing a slipping of support for Mr. Trump among Evangelicals who prefer Dr. Carson to Mr. Trump 33% to 18%.', 'showing'),
      'a slipping of support for Mr. Trump among Evangelicals who prefer Dr. Carson to Mr. Trump 33% to 18%');
    assert.strictEqual(content('A new poll shows that Clinton leads Trump 45% to 40%.', 'shows'), 'that Clinton leads Trump 45% to 40%');
    // (a percent sign inside the content was never lost: only the one right after its last token)
    assert.strictEqual(content('A new poll shows that Clinton leads Trump 45% to 40% in Ohio.', 'shows'), 'that Clinton leads Trump 45% to 40% in Ohio');
  });
  it('a verb\'s object ends before the time, occasion or channel of the speaking (PolNeAR train; src/core/reported/adjunct.ts)', () => {
    const object = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(object('Billionaire Donald Trump praised Breitbart News’ Washington Political Editor Matthew Boyle at a press conference in Hanahan, South Carolina on Monday.', 'praised'),
      'Breitbart News’ Washington Political Editor Matthew Boyle');
    assert.strictEqual(object('After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back.', 'criticized'), 'Bill Clinton');
    assert.strictEqual(object('Christie defended his endorsement this week on his regular radio call-in show.', 'defended'), 'his endorsement');
    assert.strictEqual(object('Then-Senate Majority Leader Harry Reid (D) relentlessly attacked the Koch brothers from the Senate floor, making their involvement in conservative politics a campaign issue.', 'attacked'), 'the Koch brothers');
    assert.strictEqual(object('At the moment Sanders announced his candidacy last spring, Mook was holding meetings.', 'announced'), 'his candidacy');
    // (a time word with more of the object after it stays: "proposed a steep levy last year on the most heavily polluting generators")
    assert.strictEqual(object('To cut emissions of carbon dioxide, the German government proposed a steep levy last year on the most heavily polluting generators.', 'proposed'),
      'a steep levy last year on the most heavily polluting generators');
    // (an object that holds a clause keeps its circumstance: "his commitment to improving mental health services … at an event")
    assert.strictEqual(object('Trump made the reference Monday as he discussed his commitment to improving mental health services for veterans at an event held by a political action committee.', 'discussed'),
      'his commitment to improving mental health services for veterans at an event held by a political action committee');
    // (a clause AFTER the occasion's noun is the occasion's own, not the object's, 45th session, s45-ends-yd: PolNeAR train,
    // Politico 2015-12-26 and Washington Post 2016-04-21, both golds end at the object)
    assert.strictEqual(object('Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised Obama’s presidency in an interview published Saturday.', 'praised'),
      'Obama’s presidency');
    assert.strictEqual(object("But his wife, Jane, offered a preview of the candidate's thinking in an interview with The Washington Post just before New Yorkers went to the polls.", 'offered a preview of'),
      "the candidate's thinking");
    // (but "during|since|until|amid" and a clause after it may be the object's own verb's: "urged ⟦Obama last year not to
    // close the prison until there was a way …⟧", the gold keeps it; and the object's own gerund keeps all, "heaps praise
    // on ⟦Kennedy for his role in organizing the evacuation … during the chaotic days that followed …⟧")
    assert.strictEqual(object('Harman urged Obama last year not to close the prison until there was a way to house detainees.', 'urged'),
      'Obama last year not to close the prison until there was a way to house detainees');
    // (nor a clause after a place with no determiner, the object's complement: "on stage for accepting …", "at city hall lowered …")
    assert.strictEqual(object('Trump attacked other candidates on stage for accepting his personal donations.', 'attacked'),
      'other candidates on stage for accepting his personal donations');
    assert.strictEqual(object('Mayor Sylvain Dufresne-Roy ordered flags at city hall lowered to half-mast on Monday.', 'ordered'), 'flags at city hall lowered to half-mast on Monday');
    assert.strictEqual(object('Denis McDonough heaps praise on Kennedy for his role in organizing the evacuation of the embassy during the chaotic days that followed the attack.', 'heaps praise on'),
      'Kennedy for his role in organizing the evacuation of the embassy during the chaotic days that followed the attack');
    // (a weekday that names or modifies is no time of the speaking: "a memoir by Wednesday Martin")
    assert.ok(object('Ms. Ferriss noted, referring to a tongue-in-cheek memoir by Wednesday Martin about trying to fit in on the Upper East Side.', 'referring to')?.endsWith('Upper East Side'));
  });
  it('a share\'s answer ends before "and" and the next share with its verb (PolNeAR train; src/core/reported/bareClause.ts shareAnswerEnd, clause.ts nextShareAt)', () => {
    const said = (text: string) => reported(text).filter(r => r.cue === 'said').map(r => [r.mention, r.content]);
    // (Breitbart (AP) 2016-02-20 and Washington Post 2016-05-05: both golds end at the first share's answer; the poll
    // choice "prefer ⟦…⟧" inside it ends there too, pollChoice.ts choiceEnd, and is no report of its own)
    const half = reported('Nearly half said they prefer someone who has experience in politics and about the same numbers would rather see someone from outside the political establishment.');
    assert.deepStrictEqual(half.map(r => [r.cue, r.mention, r.content]), [['said', 'Nearly half', 'they prefer someone who has experience in politics']]);
    assert.deepStrictEqual(said('Of the superdelegates, 520 have publicly said they support Clinton, 39 have said they support Sanders and 160 have not publicly announced their choice.'),
      [['520', 'they support Clinton'], ['39', 'they support Sanders']]);
    // (not when the reporter is no share, nor when no verb follows the second number: "… in 2003 and 2005 that included …")
    assert.strictEqual(said('Patient advocates said he backed bans in 2003 and 2005 that included criminal penalties.')[0]?.[1], 'he backed bans in 2003 and 2005 that included criminal penalties');
    assert.strictEqual(said('Police officials said officers will wear body cameras and many will ride bikes.')[0]?.[1], 'officers will wear body cameras and many will ride bikes');
  });
  it('a discussion\'s topic ends before "with" and the people it was discussed with (PolNeAR train; src/core/reported/adjunct.ts topicBeforeInterlocutor)', () => {
    const topic = (text: string) => reported(text).find(r => r.cue === 'discussed')?.content;
    // (Western Journal 2016-08-05 and Washington Post 2016-06-09: both golds end at the topic)
    assert.strictEqual(topic('Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one of four Americans killed in the 2012 attack of the U.S. consulate in Benghazi, Libya, discussed the Trump controversy with radio host Hugh Hewitt on Thursday.'),
      'the Trump controversy');
    assert.strictEqual(topic('Still, Sanders - who digested his new circumstances and discussed a path ahead with advisers and family Wednesday aboard a cross-country flight home to Vermont - has vowed to fight on.'),
      'a path ahead');
    // (a "with" after a clause of the topic's own is that clause's: "protesters have clashed with the candidate’s supporters",
    // "“extreme carelessness” with classified information"; nor is a "with" before no person the one talked with)
    assert.strictEqual(topic('The Kentucky Republican and the New York businessman discussed the recent violence that has marred Trump’s rallies and protesters have clashed with the candidate’s supporters.'),
      'the recent violence that has marred Trump’s rallies and protesters have clashed with the candidate’s supporters');
    assert.strictEqual(topic('The minister discussed the budget with a focus on rural schools.'), 'the budget with a focus on rural schools');
  });
  it('a concessive aside inside a noun phrase ("a crucial, although brief, opportunity") does not end the content (NYT 2015-12-15, Politico 2016-03-07)', () => {
    assert.strictEqual(reported('Ann Compton, who covered the White House for 40 years for ABC News, said she almost always treated the photo line as a crucial, although brief, opportunity to buttonhole the president with a question only he could answer.')[0].content,
      'she almost always treated the photo line as a crucial, although brief, opportunity to buttonhole the president with a question only he could answer');
    assert.strictEqual(reported('But he said Trump could crack traditionally Democratic, though culturally conservative, areas of the state.')[0].content,
      'Trump could crack traditionally Democratic, though culturally conservative, areas of the state');
    // (a clause after "but" and a linking adverb is the writer's own: "…, but so far, kudos are in order")
    assert.ok(reported('It is too soon to say whether her policies will prove successful, but so far, kudos are in order.').every(r => !r.content.includes('kudos')));
  });
  it('an infinitive ends before "and" and an auxiliary of the reporter\'s own (PolNeAR train)', () => {
    assert.strictEqual(reported('“He doesn’t know the new demographics,” said a longtime adviser to Trump, who declined to be identified and is not in the Lewandowski camp.').find(r => r.cue === 'declined')?.content, 'to be identified');
  });
  it('a concession after the content\'s comma is part of it, unless it reports on its own (PolNeAR train)', () => {
    assert.strictEqual(reported('He said the policy changes were an improvement, although eligibility is still too narrow.')[0].content,
      'the policy changes were an improvement, although eligibility is still too narrow');
    assert.strictEqual(reported('Regarding the military action against Libya, Obama defended the process, though not the results.')[0].content, 'the process, though not the results');
    // (", although he tweeted that …": a report of its own ends the content before it)
    const rs = reported('Netanyahu said late Wednesday that he would go ahead with the Trump meeting, although he tweeted that he "rejects Donald Trump\'s latest comments about Muslims."');
    assert.ok(rs.find(r => r.cue?.startsWith('said'))?.content.endsWith('that he would go ahead with the Trump meeting'), JSON.stringify(rs));
  });
  it('a relative clause between commas inside the content\'s subject goes on to the subject\'s verb', () => {
    // (a subjunctive after a demand is the subject's verb too: PolNeAR train, USA Today 2016-07-26)
    assert.strictEqual(reported('Activists engaged in a brief sit-in along the march route, demanding that the Mississippi flag, which includes the stars and bars of the Confederacy, be removed from a street display of all state flags.').find(r => r.cue === 'demanding')?.content,
      'that the Mississippi flag, which includes the stars and bars of the Confederacy, be removed from a street display of all state flags');
    assert.strictEqual(reported('He said that the Cruz campaign’s announcement, which some have argued was intended to get Carson supporters to caucus for Cruz, was an “insult” to the young volunteers.')[0].content,
      'that the Cruz campaign’s announcement, which some have argued was intended to get Carson supporters to caucus for Cruz, was an “insult” to the young volunteers');
    assert.strictEqual(reported('But Mr. Kerry said the annual talks, which started in a smaller form a decade ago, remained a good opportunity.')[0].content,
      'the annual talks, which started in a smaller form a decade ago, remained a good opportunity');
    // (a relative clause after the content's verb still ends it)
    assert.strictEqual(reported('Axelrod said the fading attention on the Democratic race this time helped Clinton, who does not need to demonstrate her staying power.')[0].content,
      'the fading attention on the Democratic race this time helped Clinton');
  });
  it('a relative clause or a dashed aside inside the subject of a clause the content holds goes on to that clause\'s verb (PolNeAR train; src/core/reported/clause.ts)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, NYT 2016-03-23: ", which claimed responsibility for the attacks," is the subject's relative clause, no
    // attribution tail ", he claimed")
    assert.strictEqual(content('Right-wing politicians and average citizens raised concern that groups like ISIS, which claimed responsibility for the attacks, are slipping radicalized Islamists through the vast migrant stream to an unprepared Europe.', 'raised'),
      'concern that groups like ISIS, which claimed responsibility for the attacks, are slipping radicalized Islamists through the vast migrant stream to an unprepared Europe');
    // (train, NYT 2016-06-26: the subject after "found that", though "has found" is a verb of the content's own)
    assert.strictEqual(content('Bloomberg says its deeper reporting has found that the special entities, which include structures in Liechtenstein, are still under Mr. Kamprad\'s control.', 'says'),
      'its deeper reporting has found that the special entities, which include structures in Liechtenstein, are still under Mr. Kamprad\'s control');
    // (train, Politico 2016-07-02: an aside between dashes before the subject goes on with "of")
    assert.strictEqual(content('A recent Bloomberg poll showed that only a bit more than half — 55 percent — of Sanders supporters said they were planning to back Clinton.', 'showed'),
      'that only a bit more than half — 55 percent — of Sanders supporters said they were planning to back Clinton');
    // (a dash after the clause's verb still ends it)
    assert.strictEqual(content('Calderon also noted that immigration from Mexico to the United States is in decline — a decline that took hold while he was in office.', 'noted'),
      'that immigration from Mexico to the United States is in decline');
  });
  it('a spaced hyphen ends the content before the writer\'s clause it opens, as a dash does (PolNeAR train; src/core/reported/clause.ts gapDashBreak)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, Washington Post 2016-06-27, 2016-03-30, 2015-12-20: " - though", " - although", " - which" open the writer's clause)
    assert.strictEqual(content("Sanders's profile in the Senate is expected to increase once he returns to the chamber full time, and aides say he will almost certainly seek reelection in 2018 - though it is unclear whether either will translate into more muscle on Capitol Hill.", 'say'),
      'he will almost certainly seek reelection in 2018');
    assert.strictEqual(content('Trump conceded that Lewandowski had touched Fields but implied that it was Fields\'s fault for "grabbing" at the candidate - although the photo Trump posted didn\'t show a grab but rather the reporter brushing the candidate with the back of her hand.', 'implied'),
      'that it was Fields\'s fault for "grabbing" at the candidate');
    assert.strictEqual(content("The Republicans had sparred over a range of issues, including immigration and surveillance - which represent the party's continuing efforts to find its way in the aftermath of the George W. Bush years.", 'sparred over'),
      'a range of issues, including immigration and surveillance');
    // (a hyphen that opens an aside a second one closes, or closes one, leaves the content going on: train, NYT
    // 2016-03-04, Washington Post 2016-08-28)
    assert.strictEqual(content('In Nevada, exit polls suggested that Hispanic voters - who have helped push the once deeply Republican state toward Democrats in national elections - voted in significantly lower numbers than in 2008.', 'suggested'),
      'that Hispanic voters - who have helped push the once deeply Republican state toward Democrats in national elections - voted in significantly lower numbers than in 2008');
    assert.strictEqual(content('"I make mistakes along the trail," Johnson said in Concord, referring to a CNN town hall - one of his highest-profile events - where he declined to criticize Clinton.', 'referring to'),
      'a CNN town hall - one of his highest-profile events - where he declined to criticize Clinton');
  });
  it('a "that" inside the content whose clause opens with an adjunct between commas goes on to that clause\'s subject and verb (PolNeAR train; src/core/reported/clause.ts contentEnd)', () => {
    // (train, NYT 2016-06-08 durability-carries-clinton: ", she now faces" is the clause after "that", not a new one)
    assert.strictEqual(reported("Mrs. Clinton's confidants say it is only fitting that, having overcome so many obstacles before, she now faces an opponent so eager to go negative with her.").find(r => r.cue === 'say')?.content,
      'it is only fitting that, having overcome so many obstacles before, she now faces an opponent so eager to go negative with her');
  });
  it('a quotation after a colon that has its own attribution ("…,” she said") ends the content before the colon (PolNeAR train; src/core/reported/clause.ts quoteWithOwnTail)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, HuffPost 2016-04-06 black-girls-rock; Washington Post 2016-07-13 eric-trump: the quotation runs on past
    // the content's sentence to its own "he wrote")
    assert.strictEqual(content('In her speech, Rhimes declared the need for strong will, ambition and drive: “Change the world and when you’ve done that, change it again,” she said.', 'declared'),
      'the need for strong will, ambition and drive');
    assert.strictEqual(content('But he said he was too busy to look for evidence that would back up his earlier statements: "I have a lot going on - I just don\'t have the time. Good luck with the story," he wrote.', 'said'),
      'he was too busy to look for evidence that would back up his earlier statements');
    // (a quotation after a colon with no attribution of its own stays in the content: train, HuffPost 2016-01-02)
    assert.strictEqual(content('He adds that American Muslims have two choices: “You either leave or you fight.”', 'adds'),
      'that American Muslims have two choices: “You either leave or you fight.”');
  });
  it('a tail\'s cue with a clause of time after it ends the content before its comma ("…,” Susan said as she turned") (PolNeAR train; src/core/reported/clause.ts attributionTail)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, Breitbart 2016-07-21 trump-fever: the quotation's closing comma let the naming run on over the tail)
    assert.strictEqual(content('Her liberal friends have mocked Trump’s rhetoric-heavy campaign, calling Trump “an orange buffoon,” Susan said as she turned around and spread her cape.', 'calling'),
      'Trump “an orange buffoon,”');
    // (train, HuffPost 2016-04-27 hillary-clinton-wins-delaware: ", as X suggested after …" is the writer's tail)
    assert.strictEqual(content('Clinton’s wins Tuesday in Maryland and Pennsylvania as well solidify her argument that she is popular in states across the country, rather than just a “regional” candidate, as Sanders’ campaign manager suggested after she swept the contests in the South.', 'argument'),
      'that she is popular in states across the country, rather than just a “regional” candidate');
  });
  it('a closing bracket the content did not open ends it (PolNeAR train, Politico 2016-07-11 playbook; src/core/reported/clause.ts contentEnd)', () => {
    const r = reported("Seven years ago, I was interviewing for a job at POLITICO (these were the improv days, so no one bothered to tell me which one) when I saw a guy careening down the hallway pushing a mail cart, with Jim VandeHei's giggling children piled inside, laughing like he was a kid himself.");
    assert.strictEqual(r.find(x => x.cue === 'tell me')?.content, 'which one');
  });
  it('a relative clause on an object goes on to the object\'s complement: "accused X, who …, of …" (PolNeAR train; src/core/reported/clause.ts)', () => {
    const object = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, HuffPost 2016-02-07)
    assert.ok(object('Trump then accused the audience, which is primarily selected by the Republican National Committee, of consisting of "donors and special interests" -- essentially the establishment he rails against.', 'accused')
      ?.startsWith('the audience, which is primarily selected by the Republican National Committee, of consisting of "donors and special interests"'));
    // (train, West Journal 2016-02-17)
    assert.strictEqual(object('Trump recalled Leonard Hill’s widow, Anita, who he helped, as “a great woman, and passed away, but passed away happy.”', 'recalled'),
      'Leonard Hill’s widow, Anita, who he helped, as “a great woman, and passed away, but passed away happy.”');
    // (a relative clause with no complement after it still ends the object: train, Breitbart 2016-04-15)
    assert.strictEqual(object('Trump has blasted the convoluted delegate system, which he said runs the risk of leaving millions of voters, especially his supporters, disenfranchised.', 'blasted'),
      'the convoluted delegate system');
  });
  it('"and" or "but" with another subject and its verb of saying opens a report of its own', () => {
    const rs = reported('Many prominent Republicans have said they will not attend the convention and others have said they are not interested in speaking.');
    assert.deepStrictEqual(rs.map(r => [r.mention, r.content]), [['Many prominent Republicans', 'they will not attend the convention'], ['others', 'they are not interested in speaking']]);
    assert.strictEqual(reported('Hillary Clinton said Russian intelligence services hacked into Democratic National Committee computers and she accused Republican contender Donald Trump of showing support for Russian President Vladimir Putin.')[0].content,
      'Russian intelligence services hacked into Democratic National Committee computers');
    // (two subjects of the content's own verb stay in it)
    assert.strictEqual(reported('He said that Smith and Jones agreed to the plan.')[0].content, 'that Smith and Jones agreed to the plan');
  });
  it('a content with no subject of its own ends before another reporter\'s clause of "after|when|while|…", which reports on its own (PolNeAR train; src/core/reported/clause.ts subordinateReporter)', () => {
    const pairs = (text: string) => reported(text).map(r => [r.mention, r.cue, r.content]);
    // (train, NYT 2016-03-09)
    assert.deepStrictEqual(pairs("He attacked Mr. Clinton's personal life after Mrs. Clinton accused him of sexism."),
      [['He', 'attacked', "Mr. Clinton's personal life"], ['Mrs. Clinton', 'accused', 'him of sexism']]);
    // (train, Breitbart 2016-02-04)
    assert.deepStrictEqual(pairs('Hillary Clinton accuses Bernie Sanders of subjecting her to an “artful smear” regarding her Wall Street links while Sanders suggests the former secretary of state is a captive of America’s political establishment.'),
      [['Hillary Clinton', 'accuses', 'Bernie Sanders of subjecting her to an “artful smear” regarding her Wall Street links'], ['Sanders', 'suggests', 'the former secretary of state is a captive of America’s political establishment']]);
    // (train, Washington Post 2016-08-10)
    assert.deepStrictEqual(pairs('A lawmaker in the Philippines is calling for Donald Trump to be banned from the country after the U.S. presidential candidate suggested that Philippine immigrants posed a threat to the United States.').map(p => p[2]),
      ['Donald Trump to be banned from the country', 'that Philippine immigrants posed a threat to the United States']);
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (an indirect question has a subject of its own and keeps its clause: train, Western Journal 2016-03-03)
    assert.strictEqual(content('Moderator Bret Baier started the exchange off by asking Rubio why he decided to attack Trump personally when he had stated last month that he did not want to go that route.', 'asking'),
      'why he decided to attack Trump personally when he had stated last month that he did not want to go that route');
    // (a cue of motion is no report: train, Politico 2016-09-01)
    assert.strictEqual(content('They compared her dilemma to that of Al Gore during the 2000 campaign, when he charged into the fray against an opponent, George W. Bush, he deemed unfit to share the stage with him.', 'compared'),
      'her dilemma to that of Al Gore during the 2000 campaign, when he charged into the fray against an opponent, George W. Bush');
    // (a clause with its own subject keeps the writer's occasion: no gain on train, 40th session)
    assert.strictEqual(content('The state admitted it made a mistake when a local pediatrician reported unusually high lead levels.', 'admitted'),
      'it made a mistake when a local pediatrician reported unusually high lead levels');
  });
});

describe('reported speech: where a content starts', () => {
  it('a cue of several words and a speech noun take in their "that", as a that-clause does (PolNeAR train; src/core/reported/phrasal.ts, speechNoun.ts)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, Breitbart 2016-02-08 "The Latest: NH towns …": the gold Content opens at "that")
    assert.strictEqual(content('Marco Rubio says he feels he did “great” in the last Republican presidential debate and is optimistic that he will do well in Tuesday’s New Hampshire primary.', 'optimistic'),
      'that he will do well in Tuesday’s New Hampshire primary');
    // (train, Breitbart 2016-07-27 "Obama to frame election …")
    assert.strictEqual(content('Democrats will hope to capitalize on a string of perceived foreign policy missteps, culminating in Trump’s suggestion that Russia spy on his rival Clinton.', 'suggestion'),
      'that Russia spy on his rival Clinton');
  });
});

describe('reported speech: where a content ends, before the writer\'s own words', () => {
  it('"and" or "but" and a second participle of saying is the reporter\'s, not the content\'s', () => {
    assert.strictEqual(reported('Sanders\' chief aide intensified the campaign\'s crackdown on attacks on Clinton\'s fitness to be president, saying she\'s experienced "on paper" but suggesting that might not be enough.').find(r => r.cue === 'saying')?.content,
      'she\'s experienced "on paper"');
    assert.strictEqual(reported('Mr. Rubio did take Mr. Trump on, he did it sideways, acknowledging that Mr. Trump had tapped into a vein but warning that his style would have repercussions.').find(r => r.cue === 'acknowledging')?.content,
      'that Mr. Trump had tapped into a vein');
    // (a participle of the content's own subject stays: "showing" is no cue of the reporter's)
    assert.strictEqual(reported('Former Florida Gov. Jeb Bush says President Barack Obama is acting unlawfully and showing disregard for the Second Amendment with his actions on gun control.')[0].content,
      'President Barack Obama is acting unlawfully and showing disregard for the Second Amendment with his actions on gun control');
  });
  it('", and" and a clause with a subject of its own ends the content; ", and that …" goes on', () => {
    assert.strictEqual(reported('Protest groups say the restrictions are less for safety than to minimize their visibility, and the American Civil Liberties Union of Ohio has already sued the city over the rules.')[0].content,
      'the restrictions are less for safety than to minimize their visibility');
    assert.strictEqual(reported('Sanders is burrowing in for a floor fight. He\'s suggesting that delegates from states he won should flip to his column, and his campaign is approaching delegates to back the candidate.').find(r => r.cue === 'suggesting')?.content,
      'that delegates from states he won should flip to his column');
    // (a second complement of the same cue stays in the content)
    assert.strictEqual(reported('She added that the race can’t just be about reacting to Trump, and that 2016 “is going to be a national security election.”')[0].content,
      'that the race can’t just be about reacting to Trump, and that 2016 “is going to be a national security election.”');
  });
  it('", but also", ", but rather", ", but instead" go on with the same content (PolNeAR train)', () => {
    assert.strictEqual(reported('Several political experts suggest however that Republican elders do not plan to elevate, but rather use Cruz to thwart Trump, so that they can eventually install someone else as the party’s nominee.')[0].content,
      'that Republican elders do not plan to elevate, but rather use Cruz to thwart Trump, so that they can eventually install someone else as the party’s nominee');
    assert.strictEqual(reported('McConnell says that the American people are seeking a leader to counter terrorist threats from Islamic State militants and al-Qaida, but instead Obama is giving them “lectures.”')[0].content,
      'that the American people are seeking a leader to counter terrorist threats from Islamic State militants and al-Qaida, but instead Obama is giving them “lectures.”');
  });
  it('", even though …" and ", just as …" after an object are the writer\'s own comparison or concession (PolNeAR train)', () => {
    assert.strictEqual(reported('The United States openly called for the overthrow of Assad, even though it was clear that the result of that overthrow would be Islamist groups taking over.')[0].content,
      'the overthrow of Assad');
    assert.strictEqual(reported('In the very front sat Mark Zuckerberg, who announced plans to give away 99 percent of his Facebook stock, just as his role models Warren Buffett and Bill and Melinda Gates are doing with their wealth.')[0].content,
      'plans to give away 99 percent of his Facebook stock');
  });
  it('", a …" to the sentence\'s end is a comment on the content, not part of it', () => {
    assert.strictEqual(reported('In September, a still-struggling HP announced it would slash up to 30,000 jobs, a mass layoff rivaling that of the cuts under Fiorina in the wake of the Compaq deal.')[0].content,
      'it would slash up to 30,000 jobs');
    assert.strictEqual(reported('The GOP front-runner complained that the contest had been "rigged" against him, a charge that Colorado Republican leaders strongly denied.')[0].content,
      'that the contest had been "rigged" against him');
    // (but an apposition closed by a comma, a list, and a clause whose subject follows the comma go on)
    assert.strictEqual(reported('Mr. Band wrote that he needed to connect Gilbert Chagoury, a Lebanese-Nigerian billionaire who was one of the foundation\'s top donors, with someone at the State Department.')[0].content,
      'that he needed to connect Gilbert Chagoury, a Lebanese-Nigerian billionaire who was one of the foundation\'s top donors, with someone at the State Department');
    assert.strictEqual(reported('For his part, Bush tweeted Monday that Trump is a “loser,” a “liar” and a “whiner.”')[0].content, 'that Trump is a “loser,” a “liar” and a “whiner.”');
    assert.strictEqual(reported('Democratic Party officials say that, even if they thought it was appropriate, a recount of Monday’s vote could not be done.')[0].content,
      'that, even if they thought it was appropriate, a recount of Monday’s vote could not be done');
  });
});

describe('reported speech: a preposition is no verb of a complement clause', () => {
  it('"power centers around him" has no verb, so "maintains" has no clause to report', () => {
    assert.deepStrictEqual(reported('Rather, the GOP presidential nominee maintains a floating array of power centers around him.'), []);
    // (a clause with its own verb after the same cue stays)
    assert.strictEqual(reported('The campaign maintains that the emails were not marked classified at the time.')[0]?.content, 'that the emails were not marked classified at the time');
  });
});

describe('reported speech: a name and a colon before a section\'s label', () => {
  it('a short verbless phrase after the colon is the writer\'s label, not what the name said', () => {
    const text = 'A look at what each candidate needs to do in Tuesday\'s primary.\n\nSanders: Win in a walk.\n\nVermont Sen. Bernie Sanders has led in New Hampshire polls for months.\n\nChristie: A closing surge.\n\nThe New Jersey governor was hoping for a late rise.';
    assert.deepStrictEqual(reported(text).filter(r => r.cue === ':'), []);
    // (a statement, a quotation, a title with its verb capitalised stay attributed to the name)
    // (PolNeAR train headlines, Breitbart 2015-12-02 and 2016-04-14, with their first paragraph: a title-cased statement
    // holding a quotation, and a name with its topic before the colon)
    assert.strictEqual(reported('John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’\n\nSenator John McCain says the Republican populist movement that’s sweeping the country and boosting candidates including Donald Trump in the 2016 presidential race appeals to the “bad angels” of human nature.')[0]?.cue, ':');
    assert.strictEqual(reported('Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’\n\nFriday on CNN’s “New Day,” Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton’s 2016 bid for the presidency told host Chris Cuomo she believed that Clinton would inevitably release a transcript of a speech she had given to Goldman Sachs.')[0]?.cue, ':');
    assert.strictEqual(reported('Clinton: I support D.C. statehood.\n\nHillary Clinton spoke in Washington on Monday.')[0]?.cue, ':');
    assert.strictEqual(reported('Sanders: Clinton Email Story Has Moved.\n\nDemocratic presidential candidate Bernie Sanders spoke on Sunday.')[0]?.cue, ':');
  });
});

describe('reported speech: "as" after the verb of an object cue', () => {
  it('opens an adjunct after most verbs, and what the object is called after a verb of describing', () => {
    assert.deepStrictEqual(reported('Sanders initially defended his vote on a 2005 bill that provided immunity for gun manufacturers, something she opposed as a senator from New York.').filter(r => r.cue === 'opposed'), []);
    assert.deepStrictEqual(reported('Three names prominently mentioned as potential nominees are Jane Kelly, a judge on the United States Court of Appeals in Cedar Rapids, Iowa, and two judges in Washington.').filter(r => r.cue === 'mentioned'), []);
    assert.strictEqual(reported('The arrest came after a clash with the Republican candidate, whom he described as "volatile," in a speech on Monday.').find(r => r.cue === 'described')?.content.startsWith('as "volatile,"'), true);
  });
  it('the verbs of describing are the depiction verbs, plain and quoted, and those of blame and citing (objectCue.ts PREDICATIVE): "derided as", "castigated as"', () => {
    assert.strictEqual(reported('The governor signed the bill, which Democrats derided as "a giveaway to the oil companies," on Friday.').find(r => r.cue === 'derided')?.content.startsWith('as "a giveaway'), true);
    assert.strictEqual(reported('The mayor defended the budget, which council members castigated as reckless and unfair.').find(r => r.cue === 'castigated')?.content.startsWith('as reckless'), true);
  });
});

describe('reported speech: a participle between a determiner and a noun that is also a cue', () => {
  it('is an adjective, and the cue a noun ("his oft-stated promise to build", "a failed promise to change"; PolNeAR train)', () => {
    assert.deepStrictEqual(reported('The only regret he acknowledged was a failed promise to change the tone of Washington.').filter(r => r.cue === 'promise'), []);
    assert.deepStrictEqual(reported('“They said it’s negotiable on the wall,” Hannity said in reference to Trump’s stance on Mexican immigration and his oft-stated promise to build a border wall.').filter(r => r.cue === 'promise'), []);
  });
});

describe('reported speech: a source never ends on an adverb of frequency or a comparative', () => {
  it('"it can sometimes feel like …", "have a larger say than …" report nothing (PolNeAR train)', () => {
    assert.deepStrictEqual(reported('But it can sometimes feel like Republicans are falling in line, not in love.'), []);
    assert.deepStrictEqual(reported('This is the biggest and least talked about development in traditional print media as it converts to digital.'), []);
  });
});

describe('reported speech: a name after a possessive before a noun that is also a cue', () => {
  it('makes the cue a noun ("ABC’s TV show Scandal", "NBC\'s Today show"; PolNeAR train)', () => {
    assert.deepStrictEqual(reported('The Media Research Center’s Dan Gainor will be interviewed about ABC’s TV show Scandal showing an on-air abortion to the tune of “Silent Night.”').filter(r => r.cue === 'show'), []);
    assert.deepStrictEqual(reported('"Certainly if they play the woman\'s card with respect to me, that will be fair game," Trump told NBC\'s Today show when asked about Bill Clinton.').filter(r => r.cue === 'show'), []);
  });
});

describe('reported speech: a participle between a number and its noun', () => {
  it('is an adjective, no cue ("4,051 pledged delegates")', () => {
    assert.deepStrictEqual(reported('There are a total of 4,769 Democratic delegates - 4,051 pledged delegates allocated based on results in the states and 718 superdelegates.'), []);
    // (a number as the subject of a verb of saying stays a reporter)
    // ("In the poll, 47 percent said …" is the poll's finding whole: pollFronted.ts)
    assert.strictEqual(reported('Around that time, 47 percent said they would vote for former Secretary of State Hillary Clinton.')[0]?.cue, 'said');
  });
});

describe('reported speech: who the source is', () => {
  it('the noun phrase that opens the sentence, not the object of its preposition', () => {
    const [pages] = reported('Editorial pages across the country, including USA TODAY, warned that the sky was falling because of legal gun carriers.');
    assert.strictEqual(pages.mention, 'Editorial pages across the country');
    assert.strictEqual(reported('People briefed on the situation say that Gov. Alejandro García Padilla, who must make the final decision, has revealed almost nothing about his intentions.')[0].mention, 'People briefed on the situation');
  });
  it('a share and the group it counts, two subjects joined by "and", sources close to someone', () => {
    assert.strictEqual(reported('In Texas, half of GOP primary voters said they were angry at the government.')[0].mention, 'half of GOP primary voters');
    assert.strictEqual(reported('Even so, three-quarters of the voters said they were very worried about the direction of the nation’s economy.')[0].mention, 'three-quarters of the voters');
    assert.strictEqual(reported('RNC members and officials, in fact, even insist that the party is united behind its nominee.')[0].mention, 'RNC members and officials');
    assert.strictEqual(reported('Rather, sources close to her campaign say she is not worried about the polls.')[0].mention, 'sources close to her campaign');
  });
  it('a share with its own adverbs ("about four in 10", "at least half of"), and a plural noun\'s "of" phrase', () => {
    // (the adverbs are in the mention as in PolNeAR's Source: "Only about 4 in 10 Republican voters in each state want …", train)
    assert.strictEqual(reported('Only about 4 in 10 Republican voters in each state want all immigrants in the country illegally to be deported.')[0]?.mention,
      'Only about 4 in 10 Republican voters in each state');
    assert.strictEqual(reported('About four in 10 South Carolina Republican primary voters say they would be dissatisfied if Donald Trump won the nomination.')[0].mention,
      'About four in 10 South Carolina Republican primary voters');
    assert.strictEqual(reported('At least half of voters in each state say the economy is the most important issue facing the country.')[0].mention, 'At least half of voters in each state');
    assert.strictEqual(reported('Republican members of Congress criticized the decision to close the base.')[0].mention, 'Republican members of Congress');
    // (a share that is itself the subject keeps it: "Many of you noted …")
    assert.strictEqual(reported('Many of you noted that the debate was a disaster for the party.')[0].mention, 'Many of you');
  });
  it('a pronoun and another subject, a determiner or "even" before the second, a document and "by" its issuer', () => {
    assert.strictEqual(reported('She and her aides have vowed to win the state in November.')[0].mention, 'She and her aides');
    assert.strictEqual(reported('Clinton and the State Department have asserted that the emails were not classified at the time.')[0].mention, 'Clinton and the State Department');
    assert.strictEqual(reported('Politicians and even some technologists say Silicon Valley should do more to block them.')[0].mention, 'Politicians and even some technologists');
    assert.strictEqual(reported('The poll by the Public Policy Institute of California shows Clinton ahead of Sanders in California.')[0].mention, 'The poll by the Public Policy Institute of California');
  });
  it('the whole subject after a comma and its conjunction, "all", a sentence-initial plural, aides "to" someone (PolNeAR train)', () => {
    const mention = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.mention;
    assert.strictEqual(mention('Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent of Democrats said yes, but 55 percent of all voters say she does not.', 'say'), '55 percent of all voters');
    assert.strictEqual(mention('About two-thirds of Republican primary voters in all five states voting Tuesday support temporarily banning non-citizen Muslims from entering the United States, but majorities in all five say they want immigrants already in the United States illegally to be allowed a chance to stay.', 'say'), 'majorities in all five');
    assert.strictEqual(mention('Clinton didn’t stop to answer any questions from press, but at least a dozen members of Congress told The Huffington Post she thinks the House is within reach.', 'told The Huffington Post'), 'at least a dozen members of Congress');
    assert.strictEqual(mention('Aides to Clinton say she’s shifting her tack toward rival Bernie Sanders with the argument that the county must tackle problems beyond income inequality.', 'say'), 'Aides to Clinton');
    assert.strictEqual(mention('A judge had ordered the department to release all of the emails by the end of January, but attorneys for the department said this week that they would miss the deadline.', 'said'), 'attorneys for the department');
  });
  it('the noun phrase before "who", not a noun inside its relative clause (PolNeAR train)', () => {
    assert.strictEqual(reported('Friends of Mr. Clinton\'s who have seen him on the trail recently say that the ebullient energy he is known for has matured into an elder statesman\'s self-assurance.')[0].mention,
      'Friends of Mr. Clinton\'s');
    assert.strictEqual(reported('Senior campaign advisers who have run the numbers argue that by month\'s end, Clinton will have accumulated roughly 90 percent of the delegates needed to clinch the nomination.')[0].mention,
      'Senior campaign advisers');
  });
  it('the noun phrase before a relative "that" its verb follows ("The union that represents …", a Globe and Mail-style probe), not a noun before a clause "that" opens (PolNeAR train)', () => {
    assert.strictEqual(reported('The union that represents about 3,800 of the railway\'s running-trade employees says it is watching the job cuts closely.')[0].mention, 'The union');
    // (Breitbart 2016-05-04: "The fact that he talks about …" is no source; Washington Post 2016-04-07: "the benefits that Mexico provides")
    assert.ok(!reported('The fact that he talks about immigration at every single one of his massive rallies and always gets the biggest, most sustained standing ovations when he mentions the wall.').some(r => r.mention === 'The fact'));
  });
  it('two subjects joined by "and" with a longer first one, a group "led by" or a survey "conducted by" someone (PolNeAR train)', () => {
    assert.strictEqual(reported('Republican presidential hopefuls Jeb Bush and Chris Christie say Florida Sen. Marco Rubio hasn’t been tested in a way that the governors have.')[0].mention,
      'Republican presidential hopefuls Jeb Bush and Chris Christie');
    assert.strictEqual(reported('A panel of reporters led by MSNBC’s Chris Matthews agreed Saturday that the plan would never pass Congress.')[0].mention, 'A panel of reporters led by MSNBC’s Chris Matthews');
    assert.strictEqual(reported('Nevertheless, a survey conducted by independent analyst Elena Sadovskaya found that Kazakh attitudes toward Chinese migrant workers reflect fears that China would one day dominate the country.')[0].mention,
      'a survey conducted by independent analyst Elena Sadovskaya');
  });
});

describe('reported speech: the hearer of "show"', () => {
  it('"show voters he is serious": the voters are the hearer, not the content; "shows voters prefer" keeps them', () => {
    assert.strictEqual(reported('By offering Kasich the second spot on the ticket, Trump would show voters he is serious about finding help from seasoned politicians.').find(r => r.cue === 'show')?.content,
      'he is serious about finding help from seasoned politicians');
    assert.strictEqual(reported('A new poll shows voters prefer Clinton by a wide margin.')[0].content, 'voters prefer Clinton by a wide margin');
  });
});

describe('reported speech: what can "show" something', () => {
  it('a document of the people stage\'s list shows, a person does not', () => {
    assert.strictEqual(reported('Audit files from NGP VAN show that four different Sanders-linked accounts conducted 24 separate searches of Clinton data during a 40-minute period.')[0]?.mention, 'Audit files from NGP VAN');
    assert.deepStrictEqual(reported('The head of the group showed little enthusiasm for the idea.'), []);
  });
});

describe('reported speech: a relative clause whose object is the noun before it', () => {
  it('no content where the verb\'s object is the antecedent ("the policy points he hopes to see", "whom he attacked viciously")', () => {
    assert.deepStrictEqual(reported('Sanders has made no secret of the policy points he hopes to see on the party platform in Philadelphia.').filter(r => r.cue === 'hopes'), []);
    assert.deepStrictEqual(reported('Mr. Ryan is shaping an agenda that he plans to roll out right before the convention.').filter(r => r.cue === 'plans'), []);
    assert.deepStrictEqual(reported('He had some kind words about Mr. Bush, whom he attacked viciously during the campaign.').filter(r => r.cue === 'attacked'), []);
    // (an infinitive with its own object, a subject relative pronoun and a predicate after "described" stay)
    assert.strictEqual(reported('Trump said the wall he plans to build will be paid for by Mexico.').length > 0, true);
    assert.strictEqual(reported('It’s still a rare presidential candidate who hopes to compete in Iowa while flouting the ethanol industry altogether.')[0]?.cue, 'hopes');
    assert.strictEqual(reported('Limbaugh used his platform Friday to discuss what he described as the “brilliant” decision Donald Trump made.')[0]?.cue, 'described');
  });
});

describe('reported speech: an attribution set inside its content', () => {
  it('a tail followed by the rest of the clause is no fronted content of its own', () => {
    const rs = reported('After being informed that he would be charged, police said, Lewandowski voluntarily went to police headquarters.');
    assert.deepStrictEqual(rs.filter(r => r.content === 'After being informed that he would be charged'), []);
    // (a tail followed by "and" and a clause of its own still closes the content before it)
    assert.strictEqual(reported('“A big truck” plowed through security barriers that had been set up for the day’s festivities, he said, and “everyone started running.”')[0]?.content,
      '“A big truck” plowed through security barriers that had been set up for the day’s festivities');
  });
});

describe('reported speech: a plural noun that is also a cue', () => {
  it('"states that have …" is a noun and its relative clause; "reports that question …" stays a report', () => {
    assert.deepStrictEqual(reported('The nation\'s working class had another opportunity to demonstrate its political clout Tuesday, as primary voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered intensely from the loss of good manufacturing jobs.'), []);
    assert.strictEqual(reported('Carson appeared on Sunday interview shows amid news reports that question his past statements about his life story.')[0]?.cue, 'reports');
  });
});

describe('reported speech: a report inside another report\'s content', () => {
  it('is part of what the outer reporter said, not a report of its own', () => {
    const rs = reported('UK Independence Party leader Nigel Farage said the warning was indicative that the President did not know what he was talking about.');
    assert.deepStrictEqual(rs.map(r => r.cue), ['said']);
    assert.strictEqual(rs[0].content, 'the warning was indicative that the President did not know what he was talking about');
  });
  it('a verb inside the content of its own reporter\'s report is no second report (PolNeAR train; src/core/reported/index.ts sameReporterInside)', () => {
    const reports = (text: string) => reported(text).map(r => [r.mention, r.cue, r.content]);
    // (Washington Post 2016-04-15: the one who "thought" is the content's "she"; PolNeAR attributes the "said" content whole)
    assert.deepStrictEqual(reports('Purcell, a Republican, said she made her decision based on numbers from the 2008 presidential primary and thought many people would mail in ballots rather than vote in person.'),
      [['Purcell', 'said', 'she made her decision based on numbers from the 2008 presidential primary and thought many people would mail in ballots rather than vote in person']]);
    // (HuffPost 2016-08-17: was a second report, "Paul Manafort thought ⟦the criticism …⟧")
    assert.deepStrictEqual(reports('WASHINGTON ― This spring, as he was becoming chairman of Donald Trump’s campaign, Paul Manafort told friends that the candidate knew all about his work for foreign leaders and thought the criticism he received for it was a “badge of honor.”'),
      [['Paul Manafort', 'told friends', 'that the candidate knew all about his work for foreign leaders and thought the criticism he received for it was a “badge of honor.”']]);
    // (Breitbart 2016-04-14, Washington Post 2016-04-15: "tell him", "asking" inside the content were read as Sanders's, Stanton's)
    assert.deepStrictEqual(reports('Sanders responds that he doesn’t need Dodd-Frank’s guidelines to tell him the banks are too big.'),
      [['Sanders', 'responds', 'that he doesn’t need Dodd-Frank’s guidelines to tell him the banks are too big']]);
    assert.deepStrictEqual(reports('Phoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the Justice Department to investigate the "fiasco."'),
      [['Phoenix Mayor Greg Stanton', 'wrote', 'a letter to Attorney General Loretta E. Lynch asking the Justice Department to investigate the "fiasco."']]);
    // (a second report the content ends before stays: "… and challenged him to a debate" — secondReport.ts)
    assert.deepStrictEqual(reports('In a video posted to her Facebook account, she criticized Singer and challenged him to a debate.').map(r => r[1]), ['criticized', 'challenged']);
  });
});

describe('reported speech: an aside between dashes', () => {
  const text = 'Still, Sanders - who digested his new circumstances and discussed a path ahead with advisers and family Wednesday aboard a cross-country flight home to Vermont - has vowed to fight on.';
  it('a content that starts inside the aside ends with it, and the reporter after it is the subject before it', () => {
    const rs = reported(text);
    // (the topic ends before "with advisers and family" now, 47th session, adjunct.ts topicBeforeInterlocutor; the aside's
    // end is checked with a topic that runs on to its dash)
    assert.strictEqual(rs.find(r => r.cue === 'discussed')?.content, 'a path ahead');
    assert.strictEqual(reported('Still, Sanders - who digested his new circumstances and discussed a path ahead on a cross-country flight home to Vermont - has vowed to fight on.').find(r => r.cue === 'discussed')?.content,
      'a path ahead on a cross-country flight home to Vermont');
    assert.deepStrictEqual(rs.filter(r => r.cue === 'vowed').map(r => [r.mention, r.content]), [['Sanders', 'to fight on']]);
  });
  it('a report in an aside of another content is the writer\'s aside, not part of that content', () => {
    assert.ok(reported('But Sanders pressed on - he has vowed to fight on to the convention - and his aides said that the race was far from over.').some(r => r.cue === 'vowed'));
  });
});

describe('reported speech: a reader\'s reports of a budget story (#16, s9-reported3)', () => {
  it('", according to X, and" with a new subject closes the content before "according to"; a verb or "there" after "and" goes on (PolNeAR train)', () => {
    const rs = reported('Roughly 1.2 million Canadians use food banks each month, according to Food Banks Canada, and rents in Toronto rose by $250 a month, or 11 per cent.');
    assert.deepStrictEqual(rs.map(r => [r.mention, r.content]), [['Food Banks Canada', 'Roughly 1.2 million Canadians use food banks each month']]);
    assert.strictEqual(reported('Trump so far has won 758 pledged delegates, compared to Cruz’s 538 and Ohio Governor John Kasich’s 145, according to a CNN tally, but his pathway to outright victory is narrowing.').find(r => r.cue === 'according to')?.content,
      'Trump so far has won 758 pledged delegates, compared to Cruz’s 538 and Ohio Governor John Kasich’s 145');
    assert.strictEqual(reported('Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there were only eight reported incidents of a gun being fired.').find(r => r.cue === 'according to')?.content,
      'Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there were only eight reported incidents of a gun being fired');
  });
  it('", according to X, compared with …" or ", including …" after the source is the writer\'s aside: the content ends before "according to" (PolNeAR train)', () => {
    assert.strictEqual(reported('Republicans also denounced the deal, which would slash Pfizer\'s corporate tax rate to 17 or 18 percent, according to company leaders, compared with its effective 25 percent rate.').find(r => r.cue === 'according to')?.content,
      'which would slash Pfizer\'s corporate tax rate to 17 or 18 percent');
    assert.ok(!reported('John Kasich appears to have the best odds of beating Hillary Clinton in a general election fight, according to three recent polls, including one from Monmouth University released Thursday.').find(r => r.cue === 'according to')?.content.includes('Monmouth'));
  });
  it('"According to X, a …" with a verb before any relative is the content, not an apposition of the source (PolNeAR train)', () => {
    assert.strictEqual(reported('According to The Guardian, an email was sent from the club’s executive director, Jeremy Boreing, to the club members.').find(r => r.cue === 'According to')?.content,
      'an email was sent from the club’s executive director, Jeremy Boreing, to the club members');
  });
  it('a passive "asked about" set off after a subject whose own cue follows is no question of its own (NYT 2015-12-22 has no gold there)', () => {
    const rs = reported('Prime Minister Justin Trudeau, asked about the project in Ottawa, said it was a provincial matter.');
    assert.deepStrictEqual(rs.map(r => [r.cue, r.content]), [['said', 'it was a provincial matter']]);
    // (after the cue, or with "when" and a verb that is no cue, the question stays: PolNeAR train marks both)
    assert.ok(reported('“It’s been seven-and-a-half years,” McCain said, asked about the vagueness in an interview.').some(r => r.cue === 'asked about'));
    assert.ok(reported('Trump, when asked about his own contradictions or factual errors, often steam-rolls through the questions.').some(r => r.cue === 'asked about'));
  });
  it('the content before "…, X said Tuesday" is found past a verbless tail after the time word', () => {
    const rs = reported('The federal deficit will reach $28.4 billion this year, Finance Minister Chrystia Freeland said Tuesday, up 4.4 per cent from last year\'s forecast.');
    assert.deepStrictEqual(rs.map(r => [r.mention, r.content]), [['Finance Minister Chrystia Freeland', 'The federal deficit will reach $28.4 billion this year']]);
  });
  it('a verbless tail after the time word may hold a verb\'s form after a preposition, a noun: "…, the director … said yesterday, despite calls from …" (mo-macaudailytimes-bus-fare-review, probes-vv, was missed)', () => {
    const rs = reported('The government has no plans to raise the flat bus fare of MOP 6 this year, the director of the Transport Bureau (DSAT) said yesterday, despite calls from the two bus operators for a review of the fares.');
    assert.deepStrictEqual(rs.map(r => [r.cue, r.content]), [['said', 'The government has no plans to raise the flat bus fare of MOP 6 this year']]);
    // (a verb after no preposition is a clause of its own, no tail: nothing is reported)
    assert.ok(!reported('The government has no plans to raise the flat bus fare of MOP 6 this year, the director of the Transport Bureau said yesterday, while operators demand a review of the fares.').some(r => r.content.startsWith('The government')));
  });
  it('the content before "…, X said, adding that …" is found, and the participle\'s report is the same source\'s (NYT 2016-06-07, PolNeAR train)', () => {
    const rs = reported('Washington did not complain when China\'s spending helped global growth, a Chinese official said, adding that the impact of closing factories was hard to estimate.');
    assert.deepStrictEqual(rs.map(r => [r.cue, r.mention, r.content]), [
      ['said', 'a Chinese official', 'Washington did not complain when China\'s spending helped global growth'],
      ['adding', 'a Chinese official', 'that the impact of closing factories was hard to estimate'],
    ]);
  });
});

describe('reported speech: an editor\'s note is the outlet\'s label', () => {
  it('a one-sentence "Editor’s note:" paragraph reports nobody (HuffPost 2016-02-24, PolNeAR train)', () => {
    const note = 'Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.';
    assert.deepStrictEqual(reported(`Trump spoke in Nevada on Tuesday.\n\n${note}\n\nDeclared 2016 Presidential Candidates.`), []);
    // (a correction of several sentences goes on reporting: NYT 2015-12-14)
    const correction = 'Editor\'s Note: An article on Monday about Tashfeen Malik reported that she had talked openly on social media about her support for violent jihad. On Wednesday, however, the director of the Federal Bureau of Investigation, James B. Comey, said that online communications about jihad by Ms. Malik involved direct, private messages.';
    assert.ok(reported(correction).some(r => r.content === 'that online communications about jihad by Ms. Malik involved direct, private messages'));
  });
});

describe('reported speech: an object or infinitive ends before the writer\'s participle', () => {
  it('", reversing …" after an infinitive or an object is the writer\'s comment (NYT 2016-06-07, Politico 2016-04-08, PolNeAR train)', () => {
    assert.strictEqual(reported('Faced with pressure from ISIS and a more muscular Russia, Germany has pledged to bolster its military, reversing its decades-long instinctive pacifism.')[0].content,
      'to bolster its military');
    assert.strictEqual(reported('On Friday, families of those affected by mass shootings urged the Vermont senator to apologize for his recent comments on guns, reiterating calls that some of them said were previously unanswered.').find(r => r.cue === 'urged')?.content,
      'the Vermont senator to apologize for his recent comments on guns');
    // (a tail that carries a quote stays, so that the quote is the reporter's: HuffPost 2016-04-06)
    assert.strictEqual(reported('In one of her college columns, Bradley criticized people trying to bring attention to the AIDS epidemic, hitting “their misdirected compassion for the degenerates who basically commit suicide through their behavior.”').find(r => r.cue === 'criticized')?.content,
      'people trying to bring attention to the AIDS epidemic, hitting “their misdirected compassion for the degenerates who basically commit suicide through their behavior.”');
    // (but a list of participles or adjectives goes on: West Journal 2016-02-17, NYT 2015-12-01)
    assert.strictEqual(reported('Chicago residents have accused Emanuel of covering up, delaying, and withholding facts surrounding the murder.')[0].content,
      'Emanuel of covering up, delaying, and withholding facts surrounding the murder');
  });
});

describe('reported speech: a clause ends before the writer\'s participle with an object of its own (clause.ts commentParticiple)', () => {
  it('", throwing a wrench in …", ", highlighting the disconnect …" after a clause with its verb (Politico 2016-05-05, Washington Post 2016-01-24, PolNeAR train)', () => {
    assert.strictEqual(reported('House Speaker Paul Ryan on Thursday declared that he cannot currently support Donald Trump, throwing a wrench in the presumptive nominee’s efforts to unify the Republican Party and giving cover to lawmakers nervous about being tethered to the brash billionaire.').find(r => r.cue === 'declared')?.content,
      'that he cannot currently support Donald Trump');
    assert.strictEqual(reported('Frank VanderSloot, a billionaire head of an Idaho nutritional-supplement company, said it took him a couple of months of asking before he could find a Trump supporter, highlighting the disconnect between many in the donor class and those in the grass roots.').find(r => r.cue === 'said')?.content,
      'it took him a couple of months of asking before he could find a Trump supporter');
  });
  it('a participle of saying there reports on its own (HuffPost 2016-06-22, PolNeAR train)', () => {
    const r = reported('WASHINGTON — Presumptive Democratic nominee Hillary Clinton made it clear to House Democrats on Wednesday that she has their backs, touting a message of unity and coordination.');
    assert.ok(r.some(x => x.content === 'she has their backs' && x.mention === 'Presumptive Democratic nominee Hillary Clinton'), JSON.stringify(r));
  });
  it('not a list of gerunds, a gerund subject after an adjunct, nor "considering" (Politico 2016-07-02, USA Today 2016-03-01, West Journal 2016-08-18, PolNeAR train)', () => {
    assert.strictEqual(reported('The resolution supported eliminating caucuses, limiting the number of unpledged delegates and binding delegates to the popular vote.').find(r => r.cue === 'supported')?.content,
      'eliminating caucuses, limiting the number of unpledged delegates and binding delegates to the popular vote');
    assert.strictEqual(reported('The two  admit that, given the partisan divide,  instituting these goals will not be easy.').find(r => r.cue === 'admit')?.content,
      'that, given the partisan divide,  instituting these goals will not be easy');
    assert.strictEqual(reported('Japanese journalist and author Hiro Aida said the timing of Biden’s remark makes it seem particularly insensitive, considering the ruling party under Prime Minister Shinzo Abe is considering revising the country’s constitution.').find(r => r.cue === 'said')?.content,
      'the timing of Biden’s remark makes it seem particularly insensitive, considering the ruling party under Prime Minister Shinzo Abe is considering revising the country’s constitution');
  });
});

describe('reported speech: a refused act is no statement', () => {
  it('"declined to run", "declined to renew" report nothing; "declined to comment" does (Politico 2015-12-28, 2016-06-01, PolNeAR train)', () => {
    assert.deepStrictEqual(reported('Former Sen. Evan Bayh, a moderate Indiana Democrat who declined to run for reelection after voting for Obamacare, spoke on Monday.').filter(r => r.cue === 'declined'), []);
    assert.deepStrictEqual(reported('The tournament was played in March, but Cadillac declined to renew its sponsorship of the event.').filter(r => r.cue === 'declined'), []);
    assert.strictEqual(reported('A spokeswoman for the Israeli Defense Ministry declined to comment.')[0]?.content, 'to comment');
  });
});

describe('reported speech: a report in its reporter\'s relative clause', () => {
  it('ends at the comma before the antecedent\'s own verb (West Journal 2016-01-18, 2016-05-24, HuffPost 2016-08-12, PolNeAR train)', () => {
    assert.strictEqual(reported('Juanita Broaddrick, who said Clinton raped her in 1978, recounted the incident on Aaron Klein Investigative Radio.').find(r => r.cue === 'said')?.content,
      'Clinton raped her in 1978');
    assert.strictEqual(reported('Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.').find(r => r.cue === 'said')?.content,
      'he would debate the front-runner');
    assert.strictEqual(reported('Clinton, who once praised the controversial Trans-Pacific Partnership trade agreement, offered her firmest promise yet that she would not allow the accord to pass.').find(r => r.cue === 'praised')?.content,
      'the controversial Trans-Pacific Partnership trade agreement');
    // (a comma inside the content's subject, before its verb, is no close: NYT 2015-12-18)
    assert.ok(reported('“It is a big mistake,” said Jose Garcia, who also said that the two men, and Mr. Cruz in particular, must do more to address Latino sensitivities.').some(r => r.cue === 'said' && r.content === 'that the two men, and Mr. Cruz in particular, must do more to address Latino sensitivities'));
  });
  it('also past the relative clause’s first verb and "and", and after ", and who" (NYT 2016-07-21, 2016-08-22, USA Today 2015-12-14, PolNeAR train)', () => {
    assert.strictEqual(reported('Senator Mitch McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace on Tuesday.').find(r => r.cue === 'criticized')?.content,
      'his campaign');
    // (an infinitive has no verb of its own before the close: "Curiel, who through his office declined to comment, was born …", WaPo 2016-06-02)
    assert.strictEqual(reported('Curiel, who through his office declined to comment, was born in East Chicago, Ind., and is a 1979 graduate of the Indiana University law school.').find(r => r.cue === 'declined')?.content,
      'to comment');
    assert.strictEqual(reported('Voters who are inclined to believe the health allegations, and who believe the mainstream media are covering for Mrs. Clinton, are unlikely to be impressed by the Secret Service\'s explanation.').find(r => r.cue === 'believe' && r.content.startsWith('the mainstream'))?.content,
      'the mainstream media are covering for Mrs. Clinton');
  });
});

describe('reported speech: a report in the sentence\'s opening phrase', () => {
  it('ends at the phrase\'s comma before the main clause\'s report of another reporter (HuffPost 2016-07-31, Politico 2016-01-05, PolNeAR train)', () => {
    const asked = reported('Asked if she believed Putin wanted Trump to win the White House, Clinton said she was not going to jump to that conclusion.');
    assert.strictEqual(asked.find(r => r.cue === 'believed')?.content, 'Putin wanted Trump to win the White House');
    assert.ok(asked.some(r => r.cue === 'said' && r.content === 'she was not going to jump to that conclusion'));
    const statement = reported('In her statement condemning the test, Hillary Clinton defended her record as secretary of state.');
    assert.strictEqual(statement.find(r => r.cue === 'condemning')?.content, 'the test');
    assert.ok(statement.some(r => r.cue === 'defended' && r.content === 'her record as secretary of state'));
  });
  it('not when the phrase\'s comma is followed by no report, nor when no phrase opens the sentence', () => {
    // (a comma inside the content with no reporter after it stays inside: "In an interview he said that the plan, …")
    assert.strictEqual(reported('In an interview on Sunday he said that the plan, which would cost $1 billion, was a mistake.').find(r => r.cue === 'said')?.content,
      'that the plan, which would cost $1 billion, was a mistake');
  });
});

describe('reported speech: a relative clause inside the content\'s subject', () => {
  it('past a participle adjective before it and an adverb before the subject\'s verb (HuffPost 2016-01-12, 2015-11-11, NYT 2016-03-04, PolNeAR train)', () => {
    assert.strictEqual(reported('Turkish President Recep Tayyip Erdogan said the reported suicide bomber, who detonated in the middle of Istanbul’s Sultanahmet tourist district, had “Syrian roots.”').find(r => r.cue === 'said')?.content,
      'the reported suicide bomber, who detonated in the middle of Istanbul’s Sultanahmet tourist district, had “Syrian roots.”');
    assert.strictEqual(reported("The results suggest that Mrs. Clinton, who has outraised every other presidential candidate and has the overwhelming support of her party's elected leaders, still faces a difficult road to reassembling the winning Obama coalition.").find(r => r.cue === 'suggest')?.content,
      "that Mrs. Clinton, who has outraised every other presidential candidate and has the overwhelming support of her party's elected leaders, still faces a difficult road to reassembling the winning Obama coalition");
  });
});

describe('reported speech: the writer\'s comparison or comment after a content', () => {
  it('", as has X", ", as was the case …" end it (NYT 2016-05-31, Politico 2016-07-06, WaPo 2015-12-04, PolNeAR train)', () => {
    assert.strictEqual(reported('Two Republican members of Congress from Florida have said they will not back Mr. Trump, as has Carlos A. Gimenez, the Republican mayor of Miami-Dade County.').find(r => r.cue === 'said')?.content,
      'they will not back Mr. Trump');
    assert.strictEqual(reported('Lewandowski said he does not do them publicly, as was the case with Tuesday’s surprise news conference.').find(r => r.cue === 'said')?.content,
      'he does not do them publicly');
  });
  it('", one that …" and ", a N [name] [verb]" (a relative clause without "that") end it (WaPo 2016-03-18, USA Today 2016-08-10, PolNeAR train)', () => {
    assert.strictEqual(reported("Fleischer said there is an active conversation within the RJC about the proper response to Trump, one that will likely dominate the group's annual meeting in Las Vegas next month.").find(r => r.cue === 'said')?.content,
      'there is an active conversation within the RJC about the proper response to Trump');
    assert.strictEqual(reported('Comey called the use of private email servers "extremely careless," but said she should face no criminal charges, a recommendation Attorney General Loretta Lynch adopted.').find(r => r.cue === 'said')?.content,
      'she should face no criminal charges');
  });
  it('", the latter a reference to …" ends it (NYT 2015-11-25, PolNeAR train)', () => {
    assert.strictEqual(reported('Many of the closures, he said, have involved public and semi-private courses, the latter a reference to clubs that have an active membership program but that let non-members play for a fee.').find(r => r.cue === 'said')?.content,
      'Many of the closures, he said, have involved public and semi-private courses');
  });
});

describe('reported speech: the writer\'s gloss on a named object', () => {
  it('"referring to X, his national security adviser …" ends at the name; a lower-case object goes on (NYT 2016-02-17, WaPo 2015-12-10, Breitbart 2015-11-23, PolNeAR train)', () => {
    assert.strictEqual(reported("''I felt the first one was a mistake,'' the former president said, referring to Condoleezza Rice, his national security adviser at the time.").find(r => r.cue === 'referring to')?.content,
      'Condoleezza Rice');
    assert.strictEqual(reported('"It is a bad deal," Trump said in August, referring to Secretary of State John F. Kerry, the chief U.S. negotiator in the talks.').find(r => r.cue === 'referring to')?.content,
      'Secretary of State John F. Kerry');
    assert.strictEqual(reported('Author Roger Stone will discuss his new book, The Clinton’s War on Women, and Hillary Clinton’s presidential campaign.').find(r => r.cue === 'discuss')?.content,
      'his new book, The Clinton’s War on Women, and Hillary Clinton’s presidential campaign');
  });
  it('", the ROLE who …" after a name, running to the sentence\'s end, is the writer\'s gloss; with a predicate of the name\'s own after it the content goes on (Breitbart 2016-03-29, WaPo 2016-01-31, 2016-08-26, NYT 2016-06-09, PolNeAR train; clause.ts roleWhoGloss)', () => {
    assert.strictEqual(reported('Oscar winner Susan Sarandon, star of cult classic “Thelma and Louise,” is not sure she can vote for Hillary Clinton over Donald Trump, the Republican frontrunner who has inflamed America with divisive rhetoric.').find(r => r.cue === 'sure')?.content,
      'she can vote for Hillary Clinton over Donald Trump');
    assert.strictEqual(reported('Sen. Kelly Ayotte tangled with Trump once directly, saying she was "appalled" that he would "disparage" the parents of Capt. Humayun Khan, the Muslim soldier who died facing a suicide bomber in Iraq in 2004.').find(r => r.cue === 'saying')?.content,
      'she was "appalled" that he would "disparage" the parents of Capt. Humayun Khan');
    // (the name's own predicate after the apposition's closing comma: the apposition is inside the content)
    assert.strictEqual(reported('Officials said Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election fight, used a closed-door luncheon to complain.').find(r => r.cue === 'said')?.content,
      'Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election fight, used a closed-door luncheon to complain');
    // (no role noun before "who", or no "who": the content goes on, as PolNeAR keeps it as often)
    assert.strictEqual(reported('He said the company was founded by Marlene Ricketts, the matriarch of the family that owns the Chicago Cubs.').find(r => r.cue === 'said')?.content,
      'the company was founded by Marlene Ricketts, the matriarch of the family that owns the Chicago Cubs');
  });
});

describe('reported speech: a report in a subordinate clause after a span of time', () => {
  it('"Years after X claimed …, [main clause]", "However when X tried to attack …, …": the content ends at the main clause (HuffPost 2016-01-22, 2016-02-12, West Journal 2016-08-18, PolNeAR train)', () => {
    assert.strictEqual(reported('Years after Bill Clinton disingenuously claimed that the era of big government was over, Obama won his party’s nomination by promising its furious revenge.').find(r => r.cue === 'claimed')?.content,
      'that the era of big government was over');
    assert.strictEqual(reported('A few weeks after Obama announced that the war in Afghanistan would not end on his watch, U.S. forces bombed a Doctors Without Borders hospital in Kunduz.').find(r => r.cue === 'announced')?.content,
      'that the war in Afghanistan would not end on his watch');
    assert.strictEqual(reported('However when Biden tried to attack Trump, Japan’s sensitivities became collateral damage.').find(r => r.cue === 'attack')?.content, 'Trump');
  });
});

describe('reported speech: an inset attribution has no object of its own', () => {
  it('"X wrote a lashing dissent, …" is the sentence\'s verb, not an inset; "X told reporters, …" is one (NYT 2016-06-29, WaPo 2015-11-08, PolNeAR train)', () => {
    const r = reported('This month, she wrote a lashing dissent, rooted in the concerns of the Black Lives Matter movement, in a case on police stops.');
    assert.ok(!r.some(x => x.content.startsWith('This month')), JSON.stringify(r));
    const s = reported('In 2010, he warned the Fed against buying bonds, because he thought it risked higher inflation.');
    assert.ok(!s.some(x => x.content.startsWith('In 2010')), JSON.stringify(s));
    const t = reported('Sooner or later, the New Jersey governor told reporters, "it starts to pay off."');
    assert.ok(t.some(x => x.content.startsWith('Sooner or later')), JSON.stringify(t));
  });
});

describe('reported speech: a second predicate of the content\'s subject', () => {
  it('", but" and a verb that is no cue goes on with the content; a cue after it opens a report of its own (PolNeAR train; src/core/reported/clause.ts)', () => {
    const said = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(said('The state’s Republican party leader said the process was fair, but required candidates to put forth an effort.', 'said'),
      'the process was fair, but required candidates to put forth an effort');
    assert.strictEqual(said('According to Trump, he was once part of the so-called establishment, but is now “the worst thing that ever happened to the establishment.”', 'According to'),
      'he was once part of the so-called establishment, but is now “the worst thing that ever happened to the establishment.”');
    // (", but insists …": a cue of its own; ", but the campaign refused …": a subject of its own)
    assert.strictEqual(said('Clinton said she had not seen the ad, but insists Sanders is mounting a “phony attack.”', 'said'), 'she had not seen the ad');
    assert.strictEqual(said('Cook said the practice had stopped, but the campaign refused to answer on multiple occasions.', 'said'), 'the practice had stopped');
  });
  it('"and" and a verb of a mental state with a bare clause goes on with the same report; "and said" does not (PolNeAR train)', () => {
    const said = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(said('In the spring, Paul Manafort told friends that the candidate knew all about his work for foreign leaders and thought the criticism he received for it was a “badge of honor.”', 'told friends'),
      'that the candidate knew all about his work for foreign leaders and thought the criticism he received for it was a “badge of honor.”');
    assert.strictEqual(said('He says he’s proud of his campaign and expects to leave Nevada with a “solid share of the delegates.”', 'says'),
      'he’s proud of his campaign and expects to leave Nevada with a “solid share of the delegates.”');
    assert.strictEqual(said('Sanders said private contractors can be more expensive than federal workers and said the screeners were a success.', 'said'),
      'private contractors can be more expensive than federal workers');
  });
});

describe('reported speech: a content ends before its reporter\'s next report (src/core/reported/secondReport.ts)', () => {
  it('"criticized X and challenged …", "discuss X but not mention …", "insist that … and refuses to …": each verb has its own content (PolNeAR train)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('In a video posted to her Facebook account, she criticized Singer and challenged him to a debate.', 'criticized'), 'Singer');
    assert.strictEqual(content('He would discuss the evils of eminent domain but not mention the mogul who actually used it.', 'discuss'), 'the evils of eminent domain');
    assert.strictEqual(content('He continues to insist that he will fight on to the July Democratic convention and refuses to answer questions about whether he remains an active candidate.', 'insist'),
      'that he will fight on to the July Democratic convention');
  });
  it('a content ends at a dash before a reporting clause with a subject of its own (PolNeAR train, NYT 2016-01-29, HuffPost 2015-12-22)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    const friends = "While some friends say Mr. Clinton would look zippier if he ate the occasional cheeseburger - an old favorite - others say he has never been healthier, with his weight down and his heart in excellent condition.";
    assert.strictEqual(content(friends, 'say'), 'Mr. Clinton would look zippier if he ate the occasional cheeseburger - an old favorite');
    assert.ok(reported(friends).some(r => r.mention === 'others' && r.content.startsWith('he has never been healthier')));
    assert.strictEqual(content('But Ferrera told HuffPost that she was disheartened there haven’t been more Latina winners since she first won — the actress also pointed that the problem was not with the award ceremony but the content creation process.', 'told HuffPost'),
      'that she was disheartened there haven’t been more Latina winners since she first won');
  });
  it('a content ends before a concession that reports on its own, and that report stands (PolNeAR train, NYT 2016-04-12, Washington Post 2016-07-15 and 2016-01-28, USA Today 2015-11-27; secondReport.ts endBeforeConcession)', () => {
    const pairs = (text: string) => reported(text).map(r => [r.speaker, r.cue, r.content]);
    assert.deepStrictEqual(pairs("Mr. Ryan has long said that he will support the party's nominee, even as he has taken frequent shots at Mr. Trump's comments."),
      [['Ryan', 'said', "that he will support the party's nominee"], ['Ryan', 'taken frequent shots at', "Mr. Trump's comments"]]);
    assert.deepStrictEqual(pairs('Trump campaign spokeswoman Hope Hicks said all staffers sign NDAs, though she did not discuss their terms.').map(p => p[2]),
      ['all staffers sign NDAs', 'their terms']);
    const sanders = 'Sanders said both Obama and Biden have been fair to him and Clinton, despite some recent suggestions by the news media that the president has his thumb on the scale for Clinton.';
    assert.deepStrictEqual(pairs(sanders).map(p => p[2]), ['both Obama and Biden have been fair to him and Clinton', 'that the president has his thumb on the scale for Clinton']);
    // (a quotation closed after the comma keeps its comma and mark: USA Today 2015-11-27)
    assert.deepStrictEqual(pairs('As recently as an October CNN interview, Trump said he believes Afghanistan was "a terrible mistake," although he supports keeping troops there now.').map(p => p[2]),
      ['he believes Afghanistan was "a terrible mistake,"', 'keeping troops there now']);
    // (not inside an aside the content opens, nor past the content's own cue: an inset's tail)
    const aside = reported('But it indicates that the candidate - who has chafed at making the types of changes his current aides have asked for, even though he had acknowledged they would need to occur - has decided to embrace his aggressive style for the duration of the race.');
    assert.ok(aside.some(r => r.cue === 'indicates' && r.content.endsWith('for the duration of the race')), JSON.stringify(aside));
    const inset = reported('Investigators believe the family was targeted, Fitzgerald-Osei said, though she would not say why.');
    assert.ok(inset.some(r => r.cue === 'said' && r.content.endsWith('though she would not say why')), JSON.stringify(inset));
  });
  it('a content ends before "while" (no comma) and the subject after it, whose own report stands (PolNeAR train, Washington Post 2016-06-29; speaker.ts pastSubordinator, secondReport.ts endBeforeConcession)', () => {
    const zika = 'Congressional efforts to fight the Zika virus failed Tuesday, as lawmakers accused each other of playing politics with a looming public health crisis while doctors and medical experts warned of the risk of an outbreak on the U.S. mainland.';
    const found = reported(zika);
    assert.strictEqual(found.find(r => r.cue === 'accused')?.content, 'each other of playing politics with a looming public health crisis', JSON.stringify(found));
    const warned = found.find(r => r.cue === 'warned of');
    assert.strictEqual(warned?.content, 'the risk of an outbreak on the U.S. mainland', JSON.stringify(found));
    // (the subject is read after "while", never across it: was "a looming public health crisis while doctors and medical experts")
    assert.strictEqual(warned?.speaker, 'doctors and medical experts', JSON.stringify(warned));
  });
  it('a cue right after "and" where another report\'s content ends is that reporter\'s second verb (PolNeAR train, Washington Post 2016-03-24, 2015-11-17, 2016-03-22)', () => {
    const source = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.speaker;
    assert.strictEqual(source('The spillover effect on down-ballot races was underscored Wednesday when House Speaker Paul D. Ryan of Wisconsin lamented the "disheartened" state of the campaign and criticized the "identity politics" on display in the increasingly toxic race for the GOP presidential nomination.', 'criticized'),
      'Paul D. Ryan');
    assert.strictEqual(source('Louisiana Gov. Bobby Jindal on Monday signed an order trying to get his state to block the settlement of any Syrian refugee, while Mike Huckabee, the former Arkansas governor, proposed we "wake up and smell the falafel" and said House Speaker Paul Ryan should resign if he can\'t block the refugees\' arrival.', 'said'),
      'Mike Huckabee');
    // (a second verb that already has its reporter keeps it)
    assert.strictEqual(source('Clinton said the plan was reckless and warned that it would fail.', 'warned'), 'Clinton');
  });
  it('a series of past verbs after commas: each verb is the reporter\'s, with its own content (PolNeAR train, Politico 2015-12-03, 2016-02-19 and 2016-05-05, Washington Post 2016-07-03 and 2016-01-24)', () => {
    const pairs = (text: string) => reported(text).map(r => [r.speaker, r.cue, r.content]);
    const trump = 'Donald Trump joked about Jewish stereotypes, declined to affirm his support for a united Jerusalem, and told his audience they wouldn’t back him because he did not want their money.';
    assert.deepStrictEqual(pairs(trump).slice(0, 2), [['Donald Trump', 'joked about', 'Jewish stereotypes'], ['Donald Trump', 'declined', 'to affirm his support for a united Jerusalem']]);
    const biden = "Biden complained about the dour tone of the Democratic presidential primary but defended Bernie Sanders as a mainstream candidate, mocked the Republican Party and its leading presidential contenders, and made it clear that the White House isn't planning to replace Justice Antonin Scalia with a nominee who could be caricatured as a movement liberal.";
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content(biden, 'defended'), 'Bernie Sanders as a mainstream candidate');
    assert.strictEqual(content(biden, 'mocked'), 'the Republican Party and its leading presidential contenders');
    const candidate = 'The candidate has mocked a disabled newspaper reporter, referred to undocumented immigrants from Mexico as "rapists" and recently pointed to a black man in the crowd.';
    assert.strictEqual(content(candidate, 'mocked'), 'a disabled newspaper reporter');
    assert.strictEqual(reported(candidate).find(r => r.cue === 'referred to')?.mention, 'The candidate');
    // (a participle after a short object is the next verb of the series; after a that-clause it stays in the content)
    assert.deepStrictEqual(pairs('Ryan has previously called out Trump, slamming his proposed ban on Muslims and other controversial statements.'),
      [['Ryan', 'called out', 'Trump'], ['Ryan', 'slamming', 'his proposed ban on Muslims and other controversial statements']]);
    assert.strictEqual(content('In New Hampshire, Rubio has railed against Christie, taking aim at his past support for Supreme Court Justice Sonia Sotomayor.', 'railed against'), 'Christie');
    // (a participle two families find is one report: the series pair before it is no twin, the other find is; index.ts
    // sameNear — PolNeAR train, New York Times 2015-12-31, where it was listed twice)
    assert.deepStrictEqual(pairs('And a couple of years later, he echoed that comment, recalling an anecdote about watching Mr. Clinton work a crowd.'),
      [['he', 'echoed', 'that comment'], ['he', 'recalling', 'an anecdote about watching Mr. Clinton work a crowd']]);
    assert.strictEqual(content('Sen. Ted Cruz, meanwhile, warned that the incident could foreshadow the future with Iran, remarking that it put into clear relief the need to scrap the nuclear agreement reached last year.', 'warned'),
      'that the incident could foreshadow the future with Iran, remarking that it put into clear relief the need to scrap the nuclear agreement reached last year');
    // ("most" before an adverb in -ly is its degree, no subject: the last verb of the series is the reporter's too)
    const duke = 'In the coming months, he vowed to ban Muslims from entering the United States as a response to terrorist attacks, declined at first to criticize former KKK leader David Duke, and most recently defended the use of an image that resembled the Star of David badge.';
    assert.strictEqual(reported(duke).find(r => r.cue === 'defended')?.mention, 'he');
    // (not a first verb that reports nothing, "Mr. Obama spoke Hebrew, quoted the Talmud and visited …", nor a participle
    // set off after its noun, "An article …, based on accounts from law enforcement officials, reported …")
    assert.strictEqual(reported('Mr. Obama spoke Hebrew, quoted the Talmud and visited the grave of Theodor Herzl.').length, 0);
    const article = "An article on Monday about Tashfeen Malik, one of the attackers in the mass shooting in San Bernardino, Calif., based on accounts from law enforcement officials, reported that she had ''talked openly on social media'' about her support for violent jihad.";
    assert.ok(!reported(article).some(r => r.speaker === 'Tashfeen Malik'));
  });
});

describe('reported speech: a closing aside in parentheses is the writer\'s (src/core/reported/index.ts beforeClosingAside)', () => {
  it('an aside of three words or more ends the content before it; an abbreviation or a quotation stays (PolNeAR train)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content("By the 30-minute mark on Wednesday night, some people were yawning and others checking their phones as he mentioned raising the minimum wage (with far less intensity than Mr. Sanders's passionate plea for $15 an hour).", 'mentioned'),
      'raising the minimum wage');
    assert.strictEqual(content("But he's also said much over the years about the Senate's sacred obligation to confirm a president's judicial picks (back when it was Republicans who were picking them).", 'said'),
      "much over the years about the Senate's sacred obligation to confirm a president's judicial picks");
    assert.strictEqual(content('Sanders exaggerates when he says he helped write the Affordable Care Act (ACA).', 'says'), 'he helped write the Affordable Care Act (ACA)');
  });
});

describe('reported speech: a sentence that closes an aside in brackets ends after the bracket (src/core/quotes/sentences.ts)', () => {
  it('"….) But if …" starts a new sentence; "(R-Ky.) said" does not end one (PolNeAR train)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content("(There is no current public polling of the state, but several GOP leaders suggested he'd be competitive in at least a couple of the state's nine Congressional districts.) But if Trump fails to clinch the nomination, they’ll be free to vote their conscience — and that means a rapid rejection of Trump.", 'suggested'),
      "he'd be competitive in at least a couple of the state's nine Congressional districts");
    assert.strictEqual(content('(She says the photo of her son projected behind them would have made her break down in tears.) The Republican leaders who implicitly rebuked Trump included Pence.', 'says'),
      'the photo of her son projected behind them would have made her break down in tears');
    assert.strictEqual(content('Sen. Rand Paul (R-Ky.) said the bill would fail.', 'said'), 'the bill would fail');
  });
});

describe('reported speech: a report in a phrase that opens the sentence', () => {
  it('"Despite X\'s insistence that …, [main clause]" ends the content at the main clause (PolNeAR train; src/core/reported/subordinate.ts)', () => {
    assert.strictEqual(reported("Despite Santilli's continued insistence that he was at the wildlife refuge as a journalist and activist, a judge kept him in jail after hearing clips of Santilli's own radio show.").find(r => r.cue === 'insistence')?.content,
      'that he was at the wildlife refuge as a journalist and activist');
  });
  it('a speech noun\'s phrase that is the sentence\'s subject ends its content before the main verb (PolNeAR train; src/core/reported/speechNoun.ts)', () => {
    const noun = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(noun('Donald Trump\'s accusation that Hillary Clinton is playing the "woman\'s card" and would be a failed candidate if she were a man touched off a contentious debate about gender politics and sexism.', 'accusation'),
      'that Hillary Clinton is playing the "woman\'s card" and would be a failed candidate if she were a man');
    assert.strictEqual(noun('Sanders\'s claim that he still has a way to claim the nomination would depend on him winning a huge share of superdelegates.', 'claim'),
      'that he still has a way to claim the nomination');
    assert.strictEqual(noun("The Census' vow that survey responses will be kept confidential is as reliable as a political campaign promise.", 'vow'),
      'that survey responses will be kept confidential');
  });
});

describe('reported speech: a report inside an account that names its own source', () => {
  it('is part of that account, after "according to" or inside a parenthetical "he said" (PolNeAR train; src/core/reported/index.ts nestedIn)', () => {
    const cues = (text: string) => reported(text).map(r => r.cue);
    assert.deepStrictEqual(cues("Senator Kelly Ayotte, a New Hampshire Republican who is also in a difficult re-election fight, used a closed-door luncheon to complain that Mr. Trump's comments were obscuring the party's economic message and urged Mr. Sessions to tell Mr. Trump to drop his jeremiad against the judge, according to two senators present who requested anonymity  to reveal private conversations."),
      ['according to']);
    assert.deepStrictEqual(cues('Hillary Clinton has emerged from the F.B.I. investigation into her email practices as secretary of state a wounded candidate, with a large and growing majority of voters saying she cannot be trusted, according to the latest New York Times/CBS News poll.'),
      ['according to']);
    assert.deepStrictEqual(cues("But without the ability to participate in more traditional campaign activities, Ms. Gedrich said, she thought she would use whatever tool was in front of her."), ['said']);
  });
  it('is the account of the reporter named after it, when the content before ", X reported" holds a report of another\'s (PolNeAR train; src/core/reported/fronted.ts, index.ts holds)', () => {
    const sources = (text: string) => reported(text).map(r => [r.mention, r.cue]);
    // (Western Journal 2016-08-19, Huffington Post 2016-07-14, Washington Post 2016-01-24, NYT 2016-06-03: PolNeAR's
    // Content is the whole clause, its Source the outlet, report or people named after it)
    assert.deepStrictEqual(sources('Democratic presidential nominee Hillary Clinton told federal investigators in July she was advised by former Secretary of State Colin Powell to use a private email account, the New York Times reported late Thursday.'),
      [['New York Times', 'reported']]);
    assert.deepStrictEqual(sources('A witness interviewed by congressional staff said the FDIC’s current head of its technology division, Russ Pittman, instructed employees not to disclose information about the foreign government’s hack, the report said.'),
      [['the report', 'said']]);
    assert.deepStrictEqual(sources('Rep. Mia Love (R-Utah), for instance, explained how she felt betrayed by Cruz on a trade bill he persuaded her to back but later abandoned, those people said.')[0],
      ['those people', 'said']);
    assert.deepStrictEqual(sources("He said at a Post-sponsored tech conference that he was ''very, very comfortable with all of Amazon's approaches and behaviors,'' The Post reported.")[0],
      ['Post', 'reported']);
    // (a pronoun after the tail is the inner reporter again, whose report stays: Politico 2016-05-23)
    assert.deepStrictEqual(sources('Other Republican candidates said they support charter schools and vouchers or tax-credit scholarship programs, but they wouldn’t advocate for them on the federal level, because those decisions should be left to states, they said.')[0],
      ['Other Republican candidates', 'said']);
  });
});

describe('reported speech: a transcript\'s turns', () => {
  it('a turn after a speaker\'s label in capitals is the speaker\'s whole, with no reports of its own inside (PolNeAR train; src/core/reported/transcript.ts)', () => {
    const transcript = 'KATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who said he’d never run a negative ad, ever. He’s now running them.\n\n'
      + 'FALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message.\n';
    assert.deepStrictEqual(reported(transcript).filter(r => r.cue !== ':').map(r => r.cue), []);
    // (one capitalised label is a headline's or a section's, and its reports stay)
    assert.deepStrictEqual(reported('EXCLUSIVE: In memo to Congress, Saudis insist they’re fighting terror.\n\nFALLIN: I think he is trying to campaign as a racial healer.\n').map(r => r.cue),
      ['insist', 'think']);
  });
  it('each turn is reported whole, its paragraph, with its label\'s speaker (PolNeAR train, Breitbart 2016-07-10, Western Journal 2016-03-29)', () => {
    const transcript = 'KATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who said he’d never run a negative ad, ever. He’s now running them.\n\n'
      + 'FALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message.\n';
    assert.deepStrictEqual(reported(transcript).map(r => [r.mention, r.content]), [
      ['KATE BOULDUAN', 'Why not debate?'],
      ['JOEL BENENSON', 'This is a man who said he’d never run a negative ad, ever. He’s now running them.'],
      ['FALLIN', 'I think he is trying to campaign as a racial healer. I think that has been part of his message.'],
    ]);
  });
});

describe('reported speech: a cue reports one content (index.ts dropFrontedOfSharedCue)', () => {
  it('a content before the cue is dropped when the same cue has one after it or around it (PolNeAR train)', () => {
    const r = reported('The 29-year-old had logged 2,766 flying hours with EgyptAir, the airline said Thursday. He had no known political affiliations, the airline added, and had passed all background security checks.');
    assert.ok(!r.some(x => x.content === 'He had no known political affiliations'), JSON.stringify(r));
    const s = reported('PORTLAND, Maine - On Friday morning, the third day in his four-day New England campaign swing, Libertarian presidential nominee Gary Johnson told a joke.');
    assert.ok(!s.some(x => x.content.startsWith('PORTLAND')), JSON.stringify(s));
  });
});

describe('reported speech: a naming in a free relative is its noun phrase, "what" to the quoted name (naming.ts freeRelativeEnd)', () => {
  it('"what former employees have called a “fraudulent scheme”", "what Sroka called a "let a thousand flowers bloom" approach" (PolNeAR train)', () => {
    // (HuffPost 2016-07-18: the sentence's verb "took" after the name is the writer's)
    const r = reported('The ongoing legal battle over whether Trump University is what former employees have called a “fraudulent scheme” took an even uglier turn during a February rally when the candidate implied the judge handling the lawsuits against him was biased because of his Hispanic heritage.');
    assert.ok(r.some(x => x.cue === 'called' && x.content === 'what former employees have called a “fraudulent scheme”'), JSON.stringify(r));
    // (Washington Post 2016-04-21: the name's noun, then a dash)
    const s = reported('Another option would be a more traditional leadership PAC, while a third would be what Sroka called a "let a thousand flowers bloom" approach - working with a variety of existing organizations to further his progressive agenda.');
    assert.ok(s.some(x => x.cue === 'called' && x.content === 'what Sroka called a "let a thousand flowers bloom" approach'), JSON.stringify(s));
    // (NYT 2016-07-29: a preposition goes on with the noun phrase, to a dash)
    const t = reported("The president denounced what he called the ''deeply pessimistic'' vision of America that emerged from Mr. Trump's convention in Cleveland last week - saying it offered no solutions.");
    assert.ok(t.some(x => x.content === "what he called the ''deeply pessimistic'' vision of America that emerged from Mr. Trump's convention in Cleveland last week"), JSON.stringify(t));
  });
  it('an object that is such a free relative ends with it: "has railed against ⟦what he calls the “Washington cartel”⟧ and cast himself …" (PolNeAR train, Breitbart 2016-04-14)', () => {
    const r = reported('Cruz has railed against what he calls the “Washington cartel” and cast himself as a Washington outsider, despite pursuing support from fellow lawmakers.');
    // (and, since the 45th session, the second verb's depiction, "cast ⟦himself as a Washington outsider⟧", gold on train too)
    assert.deepStrictEqual(r.map(x => x.content), ['what he calls the “Washington cartel”', 'himself as a Washington outsider']);
  });
});

describe('reported speech: a poll named before its finding goes on over the next share of its respondents (pollFronted.ts nextSharesEnd)', () => {
  it('"In the most recent … survey …, ⟦79 percent of Democrats said … and 60 percent said …⟧" (PolNeAR train, NYT 2015-11-18)', () => {
    const r = reported("In the most recent New York Times/CBS News survey released last Thursday, 79 percent of Democrats said they were satisfied or very satisfied with Mr. Obama's presidency and 60 percent said they would like to see the next president continue his policies.");
    assert.deepStrictEqual(r.map(x => [x.cue, x.content]), [['In', "79 percent of Democrats said they were satisfied or very satisfied with Mr. Obama's presidency and 60 percent said they would like to see the next president continue his policies"]]);
    // (a semicolon joins the shares too; a clause that is no share's answer ends the finding as before)
    const s = reported('In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats said they would vote for Trump; just 3 percent of liberals said they would vote for the Green Party.');
    assert.ok(s.some(x => x.cue === 'In' && x.content.endsWith('; just 3 percent of liberals said they would vote for the Green Party')), JSON.stringify(s));
    const t = reported('In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats said they would vote for Trump and the party was worried.');
    assert.ok(t.some(x => x.cue === 'In' && x.content === 'just 8 percent of Democrats said they would vote for Trump and the party was worried'), JSON.stringify(t));
  });
});

describe('reported speech: no report inside a restrictive relative clause on the sentence\'s subject (index.ts subjectRelative)', () => {
  it('"Those who said …", "Even people who … endorsed …" pick out a group for the main verb (PolNeAR train)', () => {
    assert.ok(!reported('Those who said the economy was their top issue split about evenly between the two candidates.').some(x => x.cue === 'said'));
    assert.ok(!reported('Even people who unequivocally endorsed the plan sounded equivocal.').some(x => x.cue === 'endorsed'));
    assert.ok(!reported('Republicans who agree that the prison should be closed were irritated about the lack of detail.').some(x => x.cue === 'agree'));
    // (the main clause's subject after an opening subordinate clause: Washington Post 2016-09-04)
    assert.ok(!reported('While most adoptees received legal permanent residency when they arrived, those who thought they had become citizens were unaware that they had to renew the permits.').some(x => x.cue === 'thought'));
  });
  it('but an object\'s relative clause, a group after a preposition, an aside between dashes and a share\'s choice stay', () => {
    assert.ok(reported('The party offered fresh ammunition to Republicans who say the law is a money pit.').some(x => x.cue === 'say' && x.content === 'the law is a money pit'));
    assert.ok(reported('Among those who said they cared most about a candidate being honest and trustworthy, most in both states supported Sanders.').some(x => x.cue === 'said'));
    assert.ok(reported('GOP front-runner Donald Trump - who previously said he would "bomb the [expletive] out of" oil fields seized by the Islamic State - said at a Saturday rally in Texas that the United States should close its borders.').some(x => x.content?.startsWith('he would')));
    assert.ok(reported('More than half of the respondents who support Sanders are in college.').some(x => x.content === 'Sanders'));
    // (an object's relative clause after an opening subordinate clause stays too)
    assert.ok(reported('When the vote came, the party offered fresh ammunition to Republicans who say the law is a money pit.').some(x => x.cue === 'say' && x.content === 'the law is a money pit'));
  });
});

describe('reported speech: a span of time back from now is no content (index.ts TIME_ONLY)', () => {
  it('"in the very place he proposed two months ago" (PolNeAR train, Washington Post 2016-04-05)', () => {
    const r = reported('Sanders could agree to debate on the very day and in the very place he proposed two months ago.');
    assert.ok(!r.some(x => x.content === 'two months ago'), JSON.stringify(r));
  });
});

describe('reported speech: what an object is called after "as" ends before the verb of the clause around it', () => {
  it('"the fact that the FBI named ⟦Cleveland as the fifth most dangerous city in America last year⟧ all provided …" (PolNeAR train, USA Today 2016-07-29)', () => {
    const r = reported('The acceleration of terrorist attacks on soft targets globally, the shooting of police nationally, and the fact that the FBI named Cleveland as the fifth most dangerous city in America last year all provided good reasons to worry about being in crowds.');
    assert.ok(r.some(x => x.cue === 'named' && x.content === 'Cleveland as the fifth most dangerous city in America last year'), JSON.stringify(r));
    // (a participle after an article is an adjective: "for the self-described Islamic State", PolNeAR train, HuffPost 2016-08-11)
    const s = reported('Republican presidential nominee Donald Trump, during multiple interviews on Thursday, referred to President Barack Obama as “the most valuable player” for the self-described Islamic State.');
    assert.ok(s.some(x => x.content.endsWith('for the self-described Islamic State')), JSON.stringify(s));
  });
});

describe('reported speech: a relative "which" or "that" as the source, when the cue has no other subject (src/core/reported/speaker.ts activeRelative)', () => {
  const at = (text: string, cue: string) => reported(text).find(r => r.cue === cue);
  it('the relative clause\'s content ends at its closing comma (PolNeAR train; subordinate.ts cutAtOwnRelative)', () => {
    // (train, NYT 2016-07-05 and 2016-08-26, Washington Post 2016-04-17)
    assert.strictEqual(at('Norton, which declined to comment, returned the publication rights to Mr. Hurt.', 'declined')?.content, 'to comment');
    assert.strictEqual(at('A letter this month to the bank board from the staff association, which urged consideration of other nominees, reflected both concerns -- with Mr. Kim and the Americans-only tradition.', 'urged')?.content,
      'consideration of other nominees');
    assert.strictEqual(at('The Cruz slate\'s main competition came from antiabortion groups and an unaligned "Wyoming first" push, which proposed their own slates, not necessarily bound to anyone.', 'proposed')?.content,
      'their own slates');
    // (train, Washington Post 2016-03-10: a clause that ends its sentence)
    assert.strictEqual(at('The filibuster garnered widespread attention, including from local employers such as Monsanto, which opposed the bill.', 'opposed')?.content, 'the bill');
  });
  it('but a list\'s comma, its "and" before any verb, goes on (PolNeAR train, Washington Post 2016-03-18 and 2016-07-02)', () => {
    assert.strictEqual(at('The rabbis are part of the country\'s foreign policy establishment, which has voiced concerns over Trump\'s views on Israel, his support for torture and an apparent lack of a team of knowledgeable advisers.', 'voiced concerns over')?.content,
      'Trump\'s views on Israel, his support for torture and an apparent lack of a team of knowledgeable advisers');
    assert.strictEqual(at('Mississippi is a former Confederate state with an oppressive history that has refused to fall in line behind same-sex marriage, gay adoption and other legal protections for non-heterosexuals.', 'refused')?.content,
      'to fall in line behind same-sex marriage, gay adoption and other legal protections for non-heterosexuals');
  });
  it('not a passive, a linking verb or a simple present, which tell what the antecedent is (PolNeAR train: none gold)', () => {
    // (train, NYT 2016-09-03, Politico 2016-08-08, Politico 2016-05-19, HuffPost 2016-03-23)
    assert.strictEqual(at('The device, which is intended to locate underground utility lines and flaws in road construction, shoots radar waves about 10 inches into the ground.', 'intended'), undefined);
    assert.strictEqual(at('The Trump campaign scrambled in the most vital counties on the map — counties that are poised to play a major role in determining their state’s outcome.', 'play'), undefined);
    assert.strictEqual(at('The kingdom is a partner in battling terrorist groups such as al-Qaeda, which aims to oust the Saudi monarchy.', 'aims'), undefined);
    assert.strictEqual(at('The party doled out benefits for the multicultural professional class, which sees itself as the enlightened and deserving recipient of those rewards.', 'sees'), undefined);
  });
  it('nor a speech noun\'s "that", whose maker is the one who reports; a document\'s is (PolNeAR train, Washington Post 2016-06-13)', () => {
    // (read in the editor: the quotation inside took "a controversial comment" as its speaker; no train report has a
    // speech noun but a document's as such a relative's antecedent)
    assert.strictEqual(at('The Crime Bill prompted his wife and current Democratic presidential nominee Hillary Clinton to make a controversial comment that egregiously described all young black men as “super predators.”', 'described'), undefined);
    assert.strictEqual(at('Hours later, she issued a statement that sought to address the main issues that the tragedy touched on - terrorism, gay rights and gun control.', 'address')?.speaker, 'a statement');
  });
});

describe('reported speech: a participle after an inverted cue\'s long source (src/core/reported/speaker.ts INVERTED_CUE_REACH)', () => {
  it('"…,\'\' said NAME, a description with its relative clause, citing …" has that source (PolNeAR train, USA Today 2015-12-15, NYT 2016-01-29)', () => {
    const citing = reported('"It\'s also really hard to poll -- you don\'t know who\'s going to show up at the caucuses," said Eric Herzik, who chairs the political science department at the University of Nevada-Reno, citing another reason the state is difficult to predict.')
      .find(r => r.cue === 'citing');
    assert.strictEqual(citing?.content, 'another reason the state is difficult to predict');
    assert.strictEqual(citing?.mention, 'Eric Herzik');
    const referring = reported('\'\'His age, his heart surgery, his veganism - I think it\'s all brought a calmness into his life,\'\' said George Bruno, a former Democratic Party chairman in New Hampshire and longtime ally of Mr. Clinton, referring to the former president\'s quadruple bypass operation in 2004 and his strict plant-based diet.')
      .find(r => r.cue === 'referring to');
    assert.strictEqual(referring?.content, 'the former president\'s quadruple bypass operation in 2004 and his strict plant-based diet');
    assert.strictEqual(referring?.mention, 'George Bruno');
  });
});

describe('reported speech: a participle whose sentence opens with a time and no comma (src/core/reported/mainSubject.ts subjectPastOpeningTime)', () => {
  it('the name or pronoun after "On Sunday morning", "By Sunday afternoon", "And even" is the participle\'s source (PolNeAR train)', () => {
    const at = (text: string, cue: string) => reported(text).find(r => r.cue === cue);
    // (train, NYT 2016-08-01, Washington Post 2016-06-13, USA Today 2016-06-30)
    const writing = at('On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan\'s criticism, writing on Twitter that the real issue at stake in the election was terrorism.', 'writing');
    assert.strictEqual(writing?.content, 'that the real issue at stake in the election was terrorism');
    assert.strictEqual(writing?.mention, 'Mr. Trump');
    const citing = at('By Sunday afternoon she had canceled a much-heralded joint rally with Obama slated for Wednesday in Green Bay, Wis., citing the attack.', 'citing');
    assert.strictEqual(citing?.content, 'the attack');
    assert.strictEqual(citing?.mention, 'she');
    assert.strictEqual(at('And even Obama tried to help them off the hook, noting that he\'d demur too in their position.', 'noting')?.mention, 'Obama');
  });
});

describe('reported speech: the writer\'s comment after a content (src/core/reported/clause.ts resumptiveComment)', () => {
  it('", a sentiment endorsed by …", ", remarks that …", " - moves that …" end the content before them (PolNeAR train, 31st session)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, NYT 2016-02-18, Politico 2015-12-28, Washington Post 2016-04-17, 2016-04-28, 2016-04-30, Western Journal 2016-02-17)
    assert.strictEqual(content('He dismissed ideological labels altogether, a sentiment endorsed by the 10,000 people in the arena, who thundered their approval.', 'dismissed'), 'ideological labels altogether');
    assert.strictEqual(content('Trump voiced support for a single-payer health system and called himself pro-choice, stances that he has since disavowed.', 'called'), 'himself pro-choice');
    assert.strictEqual(content('The GOP front-runner complained that the contest had been "rigged" against him, a charge that Colorado Republican leaders strongly denied, noting that they had been using the same system for years.', 'complained'),
      'that the contest had been "rigged" against him');
    assert.strictEqual(content('Clinton has been embracing her gender, something that could further endear her to women.', 'embracing'), 'her gender');
    assert.strictEqual(content('At a town hall, Cruz praised Pence for cutting taxes and paring regulations - moves that he said improved Indiana\'s economy.', 'praised'), 'Pence for cutting taxes and paring regulations');
    assert.strictEqual(content('Putin spoke for an hour on Thursday, saying the majority of people in the region wanted to be part of Russia, remarks that were prominently featured on state news channels.', 'saying'),
      'the majority of people in the region wanted to be part of Russia');
    assert.strictEqual(content('Once the video was released, the community immediately began calling for Emanuel to resign, a decision which he has, so far, refused to consider.', 'calling for'), 'Emanuel to resign');
    // (a comment between two dashes is an aside the content goes on after)
    assert.strictEqual(content('Senator Grassley defended Trump\'s attack on the judge — something that has thrown the GOP into chaos all week — in a call with reporters.', 'defended'),
      'Trump\'s attack on the judge — something that has thrown the GOP into chaos all week — in a call with reporters');
  });

  it('"— something he denied", "— something President Barack Obama indicated": "something" with a subject of its own ends the content (PolNeAR train, 49th session)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    // (train, NYT 2016-08-22, Western Journal 2016-07-14)
    assert.strictEqual(content('But one of the denizens of the hall of mirrors that is Trump World told me they believed Mr. Hannity was behaving as if he wanted a role in a possible Trump administration -- something he denied to me as laughable and contractually prohibitive in an interview on Friday.', 'told me'),
      'they believed Mr. Hannity was behaving as if he wanted a role in a possible Trump administration');
    assert.strictEqual(content('Members of the conservative press accused Clinton of implying police officers were racist — something President Barack Obama indicated earlier this week.', 'accused'),
      'Clinton of implying police officers were racist');
    // (but not when the subject's verb reports a clause of its own about it: test/fixtures/outlets, a Walrus-style profile)
    assert.strictEqual(content('A former colleague who worked the same overnight shift, Dariusz Whitfield-Amadi, agreed to speak to me on the record, something he says few of her old co-workers are willing to do.', 'agreed'),
      'to speak to me on the record, something he says few of her old co-workers are willing to do');
    // (but inside a quotation it is the quoted speaker's own aside, which the content keeps: train, Washington Post 2016-05-19)
    assert.strictEqual(content('Sen. Bernie Sanders spoke in Carson. Sanders credited Clinton\'s victory to "a closed primary, something I am not all that enthusiastic about, where independents are not allowed to vote."', 'credited'),
      'Clinton\'s victory to "a closed primary, something I am not all that enthusiastic about, where independents are not allowed to vote."');
  });
});

describe('reported speech: a relative clause after an inverted inset source (src/core/reported/parenthetical.ts)', () => {
  it('"…, say some Democrats, who cringe …": what was said is the opening alone (PolNeAR train, NYT 2016-01-29, 31st session)', () => {
    const r = reported('A more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe as they recall the disastrous role he played in 2008.');
    assert.ok(r.some(x => x.content === 'A more subdued Bill Clinton may not be such a bad thing either' && x.cue === 'say' && x.mention === 'Democrats'), JSON.stringify(r));
    // (a clause with its verb between the cue and the comma is the cue's content, not an inverted source)
    // (train, Washington Post 2015-11-17)
    const d = reported('Trump, later alleging - again falsely - that President Obama wanted to admit 250,000 Syrians, said he would deport refugees, who he speculates are "mostly men" and perhaps part of an Islamic State terrorist plot.');
    assert.ok(d.some(x => x.cue === 'said' && x.content.includes('he would deport refugees, who he speculates')), JSON.stringify(d));
  });
});

describe('reported speech: an inset tail after a word that leaves its clause to what follows (src/core/reported/clause.ts insetAfterClauseWord)', () => {
  it('"… when, he said, protesters would …": the content goes on past the inset to its clause (PolNeAR train, NYT 2016-03-12 and 2016-09-07, 33rd session)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content("In Fayetteville on Wednesday, as people kept interrupting him, Mr. Trump lamented the ''good old days'' when, he said, protesters would have been treated more harshly.", 'lamented'),
      "the ''good old days'' when, he said, protesters would have been treated more harshly");
    assert.strictEqual(content('Mrs. Schlafly replied in an even voice that she was pleased Ms. Friedan had said that because, she said, the comment had made it plain to the audience.', 'replied'),
      'that she was pleased Ms. Friedan had said that because, she said, the comment had made it plain to the audience');
    assert.strictEqual(content('She compared her former employees at HP to the budding entrepreneurs in the slums of New Delhi - all of whom, she explained, needed a boost to reach their potential.', 'compared'),
      'her former employees at HP to the budding entrepreneurs in the slums of New Delhi - all of whom, she explained, needed a boost to reach their potential');
    // (not when a quotation follows the inset: the inset attributes the quote, whose "she" is resolved after the report)
    assert.strictEqual(content("Mrs. Schlafly replied in an even voice that she was pleased Ms. Friedan had said that because, she said, the comment had made it plain to the audience just how intolerant ''intemperate, agitating proponents of the E.R.A.'' were.", 'replied'),
      'that she was pleased Ms. Friedan had said that because');
    // (an inverted tail after "that" ends the content: "… larger than that, said David Wasserman, an elections analyst";
    // train, USA Today 2016-04-06)
    assert.strictEqual(content('Many would consider it an embarrassment if she did not win by a margin larger than that, said David Wasserman, an elections analyst.', 'said'),
      'Many would consider it an embarrassment if she did not win by a margin larger than that');
  });
});

describe('reported speech: a cue inside a relative clause on the subject (src/core/reported/clause.ts mainPredicate)', () => {
  it('"X, who … said ⟦…⟧, ultimately did not …": the content ends where the subject\'s own verb begins (PolNeAR train, Politico 2016-08-30, HuffPost 2016-02-07, 33rd session)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Sanders, who endorsed Canova in late May and said he would probably campaign with him, ultimately did not show up in person for the race.', 'said'),
      'he would probably campaign with him');
    assert.strictEqual(content('Donald Trump, who has made favorable comments about single-payer health care in the past, defended his commitment to achieving universal coverage.', 'made favorable comments about'),
      'single-payer health care in the past');
    // (not before a cue of the subject's own: the relative clause's report would stand alone)
    assert.notStrictEqual(content('Humphrey, who calls Trump a “sociopath,” said he doesn’t believe the effort requires a settled alternative.', 'calls'), 'Trump a “sociopath,”');
  });
});

describe('reported speech: a quotation in a dash aside with a tail of its own (src/core/reported/clause.ts quoteWithOwnTail, 44th session)', () => {
  it('the content ends before " - “…,” he said - and …" (PolNeAR train, NYT 2016-02-17, Washington Post 2016-01-18)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content("Mr. Bush also praised his younger brother's ''deep and genuine faith'' - ''faith that reveals itself through good works, not loud words,'' he said - and argued for nominating a Republican who can win the general election in November.", 'praised'),
      "his younger brother's ''deep and genuine faith''");
    assert.strictEqual(content('Clinton suggested that Sanders\'s latest plan was unserious - "Again, we need to get into the details," she said - and charged that it would raise taxes.', 'suggested'),
      "that Sanders's latest plan was unserious");
  });
  it('a second participle of the reporter\'s with a "that"-clause ends the first content ("… and implying that …", PolNeAR train, Politico 2015-11-19)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Trump repeated his call to halt the program, warning followers on social media and in interviews that the Islamic State could easily penetrate the country and implying that some members of the group might already be attempting to do so.', 'warning'),
      'that the Islamic State could easily penetrate the country');
  });
});

describe('reported speech: a straight single quotation the content opened ends with its closing mark (src/core/reported/clause.ts contentSpan, 45th session)', () => {
  it('"Khans: Trump stirs \'ugliness\'", "Obama rips rhetoric over \'radical Islam\'", "Clinton\'s claim that … were \'in the system\'" (PolNeAR train, USA Today 2016-08-09 and 2016-06-15, Washington Post 2015-11-16)', () => {
    const contents = (text: string): string[] => reported(text).map(r => r.content);
    assert.ok(contents("Khans: Trump stirs 'ugliness'; \nMuslim couple cope with sudden fame.").includes("Trump stirs 'ugliness'"));
    assert.ok(contents("Obama rips rhetoric over 'radical Islam'; \nHe lashes out at GOP critics.").includes("rhetoric over 'radical Islam'"));
    assert.ok(contents("Clinton's claim that 90 percent of her e-mails were 'in the system' is her camp's calculation.").includes("that 90 percent of her e-mails were 'in the system'"));
  });
  it('not a plural\'s possessive mark, which opens no quotation', () => {
    const r = reported("The nostalgia, he noted, may be on the studios' end, rather than viewers'.");
    assert.ok(!r.some(x => x.content.endsWith("viewers'")), JSON.stringify(r));
  });
});

describe('reported speech: a correlative "not only|just|merely …, but …" is one claim (src/core/reported/clause.ts notOnlyBut, 46th session)', () => {
  it('the content goes on over ", but" after "not just" (PolNeAR train, NYT 2016-03-16, HuffPost 2016-01-28)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Mr. Sanders is suddenly promising not just a few stars here and there, but the moon and a good part of the sun.', 'promising'),
      'not just a few stars here and there, but the moon and a good part of the sun');
    assert.strictEqual(content('Sanders argued that the Obama agenda has been not just a failure, but a catastrophe.', 'argued'),
      'that the Obama agenda has been not just a failure, but a catastrophe');
  });
  it('without the correlative, or with a mark between, ", but" and a clause still ends the content', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Clinton says the mails were personal and not work-related, but for Republicans, it is a smoking gun.', 'says'),
      'the mails were personal and not work-related');
    assert.strictEqual(content('He said the deal was not just, in his view, a failure, but his rivals praised it.', 'said'),
      'the deal was not just, in his view, a failure');
  });
});

describe('reported speech: a span of time from another event after a comma is the writer\'s timing (src/core/reported/clause.ts closingTimeSpan, 46th session)', () => {
  it('", just a day after …", ", 25 years after …" end the content (PolNeAR train, HuffPost 2015-11-23, NYT 2016-08-02)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Donald Trump on Sunday tweeted a chart of racist and wildly inaccurate crime statistics, just a day after supporters physically assaulted a Black Lives Matter protester at one of his rallies.', 'tweeted'),
      'a chart of racist and wildly inaccurate crime statistics');
    // (a span inside an opening, a comma and the main clause after it: the content goes on, PolNeAR train, NYT 2016-02-08)
    assert.strictEqual(content('He said that in a message posted in December, just a day after the attack, the account pointed to the shootings.', 'said'),
      'that in a message posted in December, just a day after the attack, the account pointed to the shootings');
    // (a span with no event after it, ", two days ago," or a list's item, goes on)
    assert.strictEqual(content('He said the plan would cost billions, two years of savings and a lot of trust.', 'said'),
      'the plan would cost billions, two years of savings and a lot of trust');
  });
  it('after an inset tail, ", two days after …" leaves the opening alone as what was said (PolNeAR train, HuffPost 2016-03-16; parenthetical.ts)', () => {
    const r = reported('Hillary Clinton won the Missouri Democratic primary, the Associated Press declared on Thursday, two days after voters went to the polls for what became a razor-thin race.');
    assert.deepStrictEqual(r.filter(x => x.cue === 'declared').map(x => [x.content, x.speaker]), [['Hillary Clinton won the Missouri Democratic primary', 'Associated Press']]);
    // (an inset whose closing comma opens the rest of the clause still takes it in)
    assert.strictEqual(reported('The goal, he said, is to forge a durable cease-fire.').find(x => x.cue === 'said')?.content, 'The goal, he said, is to forge a durable cease-fire');
  });
});

describe('reported speech: "and" between two modifiers of one noun joins them, no second verb (src/core/reported/clause.ts modifierPair, 48th session)', () => {
  it('"an able and determined opponent", "the undivided and recognized capital" stay whole (PolNeAR train, Politico 2016-03-10, Washington Post 2015-12-10)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Axelrod tried offering an olive branch by telling Clinton she had been an able and determined opponent in a long and bitter primary.', 'telling Clinton'),
      'she had been an able and determined opponent in a long and bitter primary');
    assert.strictEqual(content('Netanyahu and his allies say that Jerusalem should be the undivided and recognized capital of Israel.', 'say'),
      'that Jerusalem should be the undivided and recognized capital of Israel');
  });
  it('a noun before "and", or a determiner after the verb, leaves the reporter\'s second verb ending the content', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('She said the plan was a failure and criticized the governor for it.', 'said'), 'the plan was a failure');
    assert.strictEqual(content('He said the bill would help the poor and criticized the rich for opposing it.', 'said'), 'the bill would help the poor');
  });
});

describe('reported speech: an endorsement\'s object ends at a dash, a spaced hyphen too (src/core/reported/endorsement.ts objectEnd, 50th session)', () => {
  it('"endorsed Cruz - the first time it has weighed in …" reports "Cruz" (PolNeAR train, Washington Post 2016-03-24)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('The Club for Growth PAC has also endorsed Cruz - the first time it has weighed in during a presidential nominating contest.', 'endorsed'), 'Cruz');
    assert.strictEqual(content('The Club for Growth PAC has also endorsed Cruz — the first time it has weighed in during a presidential nominating contest.', 'endorsed'), 'Cruz');
    // (a hyphen inside a word is no dash: the name stays whole)
    assert.strictEqual(content('The union endorsed Ocasio-Cortez on Monday.', 'endorsed'), 'Ocasio-Cortez');
  });
});

describe('reported speech: "in order to" after an object is the reporter\'s purpose (src/core/reported/clause.ts inOrderTo, 50th session)', () => {
  it('"reminded viewers about his daughter’s job in order to show …" ends the object (PolNeAR train, Breitbart 2016-04-12)', () => {
    const r = reported('When he interviewed Clinton or moderated a Democratic debate, Ramos reminded viewers about his daughter’s job in order to show there was “no conflict of interest.”');
    assert.strictEqual(r.find(x => x.cue === 'reminded')?.content, 'viewers about his daughter’s job');
    // ("in order" is no cue: no report opens at "order")
    assert.strictEqual(r.find(x => x.cue === 'order'), undefined);
  });
  it('an infinitive or a clause keeps its purpose (PolNeAR train, Washington Post 2016-04-30, gold; HuffPost 2016-05-19)', () => {
    const content = (text: string, cue: string) => reported(text).find(r => r.cue === cue)?.content;
    assert.strictEqual(content('Kasich agreed to effectively end his bid for Indiana in order to direct the anti-Trump vote in the state toward Cruz.', 'agreed'),
      'to effectively end his bid for Indiana in order to direct the anti-Trump vote in the state toward Cruz');
    assert.strictEqual(content('The Justice Department found that the city’s police force was fleecing its residents in order to raise revenue.', 'found'),
      'that the city’s police force was fleecing its residents in order to raise revenue');
  });
});
