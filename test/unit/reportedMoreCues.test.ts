/** Reported speech: cues and constructions added for recall (src/core/reported), each on real PolNeAR train sentences. */
import * as assert from 'assert';
import { reported } from './helpers';

/** The content reported with the cue `cue`. */
function contentOf(text: string, cue: string): string | undefined {
  return reported(text).find(r => r.cue === cue)?.content;
}

describe('reported speech: more verbs whose object is the content (objectCue.ts)', () => {
  it('"noted", "recalled", "recalling", "indicated", "explained", "predicted" and a noun phrase', () => {
    assert.strictEqual(contentOf('He recalled Ali’s generosity in support of an anti-hunger program in the city.', 'recalled'),
      'Ali’s generosity in support of an anti-hunger program in the city');
    assert.strictEqual(contentOf('CNN also noted the relatively sparse attendance.', 'noted'), 'the relatively sparse attendance');
    assert.strictEqual(contentOf('A statement from Ryan’s office indicated the invitation was accepted.', 'indicated'), 'the invitation was accepted');
    assert.strictEqual(contentOf('Patrick predicted a Cruz win in Texas, which votes on March 1.', 'predicted'), 'a Cruz win in Texas');
    const r = reported('“That\'s the $64,000 question,” Clark said, noting he would support any of the other candidates if they secured the nomination.');
    assert.ok(r.some(x => x.content === 'he would support any of the other candidates if they secured the nomination' && x.speaker === 'Clark'), JSON.stringify(r));
  });
  it('no object after an adverb before a preposition, or after a conjunction of time', () => {
    assert.strictEqual(contentOf('Her new Iowa ad, which — as columnist Jonathan Chait noted recently in New York magazine — promises to “stop the Republicans.”', 'noted'), undefined);
    assert.strictEqual(contentOf('He explained after winning his home state of Ohio he would have to take 68 percent of the remaining delegates.', 'explained'), undefined);
  });
});

describe('reported speech: a verb, its particle and the object (objectCue.ts)', () => {
  it('"warned against", "pushed for", "balked at", "wary of", "campaigning against"', () => {
    assert.strictEqual(contentOf('Cruz warned against the “fevered dreams” of a brokered convention, but had a more ominous take.', 'warned against'),
      'the “fevered dreams” of a brokered convention');
    assert.strictEqual(contentOf('While Democrats have pushed for new negotiations, Cornyn told reporters this was the only chance to pass a measure to fight Zika.', 'pushed for'), 'new negotiations');
    assert.strictEqual(contentOf('Her father scared her so much about deportation that she balked at applying for legal residency.', 'balked at'), 'applying for legal residency');
    assert.strictEqual(contentOf('Democratic leaders are wary of steering the party too far left, but they do not want to alienate voters.', 'wary of'), 'steering the party too far left');
    assert.strictEqual(contentOf('Moreover, the SVP is campaigning against legislation which allows the government to override municipalities when building new asylum centers.', 'campaigning against'),
      'legislation which allows the government to override municipalities when building new asylum centers');
  });
  it('a topic of one word after "about"', () => {
    assert.strictEqual(contentOf('Instead, he repeatedly talked about CNN. In a two-minute response, Cruz went on.', 'talked about'), 'CNN');
    assert.strictEqual(contentOf('He did it Tuesday night in Las Vegas, talking about immigration in the fifth Republican debate.', 'talking about'), 'immigration');
  });
  it('"to talk about" after any verb or adjective; not the finite "talk", often a noun', () => {
    assert.strictEqual(contentOf('Investigative reporter Julia Hahn will come on the show to talk about immigration and how it’s transforming the country’s demographics and culture.', 'talk about'),
      'immigration and how it’s transforming the country’s demographics and culture');
    assert.strictEqual(contentOf('Clinton was more eager to talk about Trump, who on Thursday clinched the requisite number of delegates.', 'talk about'), 'Trump');
    assert.strictEqual(contentOf('Others were unapologetic in their criticism of Trump’s tough talk about more military action.', 'talk about'), undefined);
    assert.strictEqual(contentOf('The first rule of the Friends of Abe is you do not talk about the Friends of Abe.', 'talk about'), undefined);
  });
});

describe('reported speech: a verb and a particle of two words before the object (objectCue.ts)', () => {
  it('"pushed back against", "took aim at"', () => {
    assert.strictEqual(contentOf('The Clinton campaign pushed back against Mr. Sanders\'s attack on her qualifications, calling it the mark of a desperate campaign.', 'pushed back against'),
      'Mr. Sanders\'s attack on her qualifications');
    assert.strictEqual(contentOf('On Monday, Biden took aim at comments by Republican presidential candidate Donald Trump that Japan might need to join the world’s nuclear club to defend itself instead of relying upon America to defend the island nation.', 'took aim at'),
      'comments by Republican presidential candidate Donald Trump that Japan might need to join the world’s nuclear club to defend itself instead of relying upon America to defend the island nation');
  });
});

describe('reported speech: "called out", "took issue with", "reflecting on" … and the object (objectCue.ts)', () => {
  it('the object up to the clause\'s end', () => {
    assert.strictEqual(contentOf('Republican presidential candidate Sen. Lindsey Graham (R-SC) called out his rival Donald Trump for alienating Hispanics, which he believes will make it impossible for a Republican to win the presidency in 2016.', 'called out'),
      'his rival Donald Trump for alienating Hispanics');
    assert.strictEqual(contentOf('Likely beneficiaries of the new overtime rule took issue with the prediction of looming morale problems.', 'took issue with'), 'the prediction of looming morale problems');
  });
  it('"reflecting on", "touched on", "confident in"', () => {
    assert.ok((contentOf('On a snowy final day of campaigning in New Hampshire, John Kasich is reflecting on lessons from his parents’ death in 1987 and his short-lived presidential campaign in 1999.', 'reflecting on') ?? '').startsWith('lessons from his parents’ death in 1987'));
    assert.strictEqual(contentOf('Some of those same activists are less confident in Mrs. Clinton.', 'confident in'), 'Mrs. Clinton');
  });
});

describe('reported speech: a view and its "as" phrase (depiction.ts)', () => {
  it('"sees X as Y", "view X as Y"', () => {
    assert.strictEqual(contentOf('Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy that blocks progress.', 'sees'),
      'Mr. Netanyahu as captured by a hard-line philosophy that blocks progress');
    assert.strictEqual(contentOf('Yet voters increasingly view Mrs. Clinton as less able to fulfill that economic promise.', 'view'),
      'Mrs. Clinton as less able to fulfill that economic promise');
  });
  it('not the noun "view" and its "of"', () => {
    assert.strictEqual(contentOf('The grim view of the political climate comes as Americans experience heightened anxieties connected to their personal security.', 'view'), undefined);
  });
});

describe('reported speech: "cast X as Y", "framed X as Y" …, a depiction with no quotation (depiction.ts castNoDepiction, asPhraseEnd)', () => {
  it('the object and its "as" phrase are the content (PolNeAR train)', () => {
    const r = reported('Sen. Bernie Sanders has cast former secretary of State Hillary Clinton as unqualified and accused her of making racist remarks.');
    assert.ok(r.some(x => x.cue === 'cast' && x.content === 'former secretary of State Hillary Clinton as unqualified' && x.mention === 'Sen. Bernie Sanders'), JSON.stringify(r));
    assert.strictEqual(contentOf('And Cruz has cast him as weak on immigration.', 'cast'), 'him as weak on immigration');
    assert.strictEqual(contentOf('Throughout his remarks, Trump cast himself as a change agent and Clinton as a guardian of the status quo.', 'cast'),
      'himself as a change agent and Clinton as a guardian of the status quo');
    assert.strictEqual(contentOf('Cruz intensified his rhetorical onslaught against Donald Trump on Saturday, casting him as a false conservative and questioning the real estate mogul\'s temperament and judgment.', 'casting'),
      'him as a false conservative');
  });
  it('the "as" phrase ends before a comma and a preposition, or "and" and a verb in the present', () => {
    assert.strictEqual(contentOf('Cruz has railed against the cartel and cast himself as a Washington outsider, despite pursuing support from fellow lawmakers.', 'cast'),
      'himself as a Washington outsider');
    assert.strictEqual(contentOf('Sanders has cast the Clintons as part of the Democratic establishment during the primaries and holds a solid lead against the former secretary of state.', 'cast'),
      'the Clintons as part of the Democratic establishment during the primaries');
  });
  it('"frame", "position", "pitch", "dismiss" … as "cast" (PolNeAR train)', () => {
    assert.strictEqual(contentOf('Democrats also framed gun control as an issue that is directly linked to national security; by comparison, Republicans held back.', 'framed'),
      'gun control as an issue that is directly linked to national security');
    const r = reported('In his speech, Obama positioned Clinton as the most qualified person ever to run for president and said his former secretary of state would win.');
    assert.ok(r.some(x => x.cue === 'positioned' && x.content === 'Clinton as the most qualified person ever to run for president' && x.mention === 'Obama'), JSON.stringify(r));
    assert.strictEqual(contentOf('While liberals dismissed him as a Hollywood actor, the truth was he was a successful two-term governor.', 'dismissed'), 'him as a Hollywood actor');
    assert.strictEqual(contentOf('Stein has framed herself as the Plan B for the "Bernie or Bust" crowd.', 'framed'), 'herself as the Plan B for the "Bernie or Bust" crowd');
  });
  it('not their participle after a noun, nor a gerund\'s "as" phrase', () => {
    assert.strictEqual(contentOf('The drumbeat of high-profile names from the GOP’s past denouncing Republican presidential nominee Donald Trump grew louder Wednesday as Patti Davis attacked Trump.', 'denouncing'), undefined);
    assert.strictEqual(contentOf('Both women framed their remarks on Monday by portraying Mr. Trump as a selfish corporate titan whose business record has not benefited American workers.', 'framed'), undefined);
  });
  it('not a vote cast, a participle after its noun or set off after the subject, nor a part given to an actor', () => {
    assert.strictEqual(contentOf('Hundreds cast their votes for other candidates as questions nag campaign.', 'cast'), undefined);
    assert.strictEqual(contentOf('Purple PAC began a $1 million ad buy last week, with cable spots casting Johnson as an honorable choice who favors tolerance.', 'casting'), undefined);
    assert.strictEqual(contentOf('Clinton, casting herself as a champion of working people, appeared to assuage liberal concerns.', 'casting'), undefined);
    assert.strictEqual(contentOf('Marvel received a slew of criticism after they cast actor Michael B. Jordan as the Human Torch in the reboot.', 'cast'), undefined);
  });
});

describe('reported speech: a plural of a role\'s word as the source (../quotes/attribution/descriptionBefore.ts)', () => {
  it('"But opponents say …", "And surveys suggest …"', () => {
    const r = reported('But opponents say the rapid wage increase will push companies to leave the state or lay off workers en masse.');
    assert.ok(r.some(x => x.content === 'the rapid wage increase will push companies to leave the state or lay off workers en masse' && x.mention === 'opponents'), JSON.stringify(r));
    const s = reported('And surveys suggest that even some Republicans find him unlikable and lacking in compassion.');
    assert.ok(s.some(x => x.content === 'that even some Republicans find him unlikable and lacking in compassion' && x.mention === 'surveys'), JSON.stringify(s));
  });
});

describe('reported speech: a gerund of saying after a preposition and its bare clause (gerund.ts)', () => {
  it('"by saying he is ready …", "responded by saying …"', () => {
    const r = reported('Donald Trump picked up from his daughter by saying he is ready to go to work for the country.');
    assert.ok(r.some(x => x.content === 'he is ready to go to work for the country' && x.mention === 'Donald Trump'), JSON.stringify(r));
    const s = reported('A Chinese official responded by saying Japan should be careful “not to interfere and stir up problems” in the waterway.');
    assert.ok(s.some(x => x.content === 'Japan should be careful “not to interfere and stir up problems” in the waterway' && x.mention === 'A Chinese official'), JSON.stringify(s));
  });
});

describe('reported speech: an order or a suggestion and its object (objectCue.ts)', () => {
  it('"ordered the city to …"', () => {
    assert.strictEqual(contentOf('A judge last month ordered the city to make the video public.', 'ordered'), 'the city to make the video public');
  });
  it('"suggested" and a gerund\'s phrase', () => {
    assert.strictEqual(contentOf('Carson also suggested rallying NATO and Middle Eastern allies and if necessary destroying oil fields to cut off the group\'s revenue.', 'suggested'),
      'rallying NATO and Middle Eastern allies and if necessary destroying oil fields to cut off the group\'s revenue');
  });
});

describe('reported speech: a verb of stance as a progressive\'s participle and its object (objectCue.ts PROGRESSIVE_ONLY)', () => {
  it('after a form of "be", past an adverb or a modal', () => {
    assert.strictEqual(contentOf('Marco Rubio, speaking at a rally in Miami, is criticizing the night’s big winner among Republicans: Donald Trump.', 'criticizing'),
      'the night’s big winner among Republicans: Donald Trump');
    assert.strictEqual(contentOf('Minnesota Gov. Mark Dayton is backing Hillary Clinton, but he is not campaigning for her.', 'backing'), 'Hillary Clinton');
    assert.strictEqual(contentOf('Some Germans are questioning whether their online comments could be taken down.', 'questioning'),
      'whether their online comments could be taken down');
    assert.strictEqual(contentOf('But while Republicans are happily supporting the delay as a blow to Obamacare, Democrats are quiet.', 'supporting'),
      'the delay as a blow to Obamacare');
    assert.strictEqual(contentOf('A Republican, however, would be praising a giant government savings plan.', 'praising'), 'a giant government savings plan');
  });
  it('verbs of aim: "is looking for|to|forward to", "is seeking"', () => {
    assert.strictEqual(contentOf('Some party officials are looking for a workaround. One option is under discussion.', 'looking for'), 'a workaround');
    assert.strictEqual(contentOf('While Trump is looking to smooth over potential disagreements, his campaign brass is less conciliatory.', 'looking to'),
      'smooth over potential disagreements');
    assert.strictEqual(contentOf('In fact, the victory fund is seeking donations in far greater amounts.', 'seeking'), 'donations in far greater amounts');
    assert.strictEqual(contentOf('Sanders, accordingly, is counting on something dramatic in the last primaries.', 'counting on'), 'something dramatic in the last primaries');
    assert.strictEqual(contentOf('The Justice Department is considering a request to open a civil rights investigation.', 'considering'),
      'a request to open a civil rights investigation');
    assert.strictEqual(contentOf('Florida Sens. Marco Rubio (R), who is seeking reelection, pushed for Zika funding.', 'seeking'), undefined);
  });
  it('in a relative clause too, but for a role ("who is challenging", "who is seeking reelection")', () => {
    assert.strictEqual(contentOf('Mr. Rubio\'s time is running out, according to even his own supporters, who are offering increasingly candid assessments of his chances.', 'offering'),
      'increasingly candid assessments of his chances');
  });
  it('not in a relative clause of a role, nor with no "be" before it', () => {
    assert.strictEqual(contentOf('Law professor Tim Canova, who is challenging Rep. Debbie Wasserman Schultz in Florida, received more.', 'challenging'), undefined);
    assert.strictEqual(contentOf('They include hedge fund managers who are backing Marco Rubio in the primary.', 'backing'), undefined);
    assert.strictEqual(contentOf('The group ran an ad criticizing the mortgage sales in the city.', 'criticizing'), undefined);
  });
});

describe('reported speech: a verb of stance as a participle after a main clause\'s comma (objectCue.ts commaStance)', () => {
  it('the object is the content, the main clause\'s subject the source (PolNeAR train)', () => {
    const r = reported('Since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate, attacking Mr. Trump and visiting the Clinton campaign\'s headquarters in New York.');
    assert.ok(r.some(x => x.cue === 'attacking' && x.content === 'Mr. Trump' && x.mention === 'Ms. Warren'), JSON.stringify(r));
    const s = reported('He attacked Cruz relentlessly in Iowa, questioning whether he was eligible to be president because Cruz was born in Canada to an American mother.');
    assert.ok(s.some(x => x.cue === 'questioning' && x.content === 'whether he was eligible to be president because Cruz was born in Canada to an American mother' && x.mention === 'He'), JSON.stringify(s));
    assert.strictEqual(contentOf('"As far as weapons, they’ll use anything they can get," Trump said of terrorists, mocking concerns about a potential erosion of civil liberties.', 'mocking'),
      'concerns about a potential erosion of civil liberties');
    assert.strictEqual(contentOf('Since Clinton\'s op-ed supporting biofuels in May, she\'s tacked to the left on environmental issues, criticizing the now-denied Keystone XL pipeline and calling for prohibitions on oil drilling in Arctic waters.', 'criticizing'),
      'the now-denied Keystone XL pipeline');
  });
  it('not after a relative clause, nor after a document the main clause puts out, nor as an inset before the verb', () => {
    assert.strictEqual(contentOf('Eric Kingson, who is running for Congress and who worked the crowd, praising "Bernie\'s genuineness and indisputable integrity" as he promised to defend Social Security.', 'praising'), undefined);
    assert.strictEqual(contentOf('The Jeb Bush campaign is releasing a new online ad Monday aimed at John Kasich, questioning the Ohio governor’s conservative credentials.', 'questioning'), undefined);
    assert.strictEqual(contentOf('Biden, criticizing the deal, called on Kurds not to cross into the west of the Euphrates.', 'criticizing'), undefined);
  });
});

describe('reported speech: a participle of stance after a document put out (objectCue.ts issuedDocumentStance)', () => {
  it('the participle\'s object is the content, the issuer the source (PolNeAR train)', () => {
    const r = reported('After the State Department’s inspector general released a scathing report Wednesday documenting Clinton’s abuse of federal protocol, Gowdy released a statement highlighting the role Congress played in uncovering the truth.');
    assert.ok(r.some(x => x.cue === 'highlighting' && x.content === 'the role Congress played in uncovering the truth' && x.mention === 'Gowdy'), JSON.stringify(r));
    assert.ok(r.some(x => x.cue === 'documenting' && x.content === 'Clinton’s abuse of federal protocol' && x.mention?.endsWith('inspector general')), JSON.stringify(r));
    const s = reported('On Saturday, his campaign sent out a fundraising email stressing the impact his bid has had on the front-runner\'s policy positions.');
    assert.ok(s.some(x => x.cue === 'stressing' && x.content === 'the impact his bid has had on the front-runner\'s policy positions' && x.mention === 'his campaign'), JSON.stringify(s));
    assert.strictEqual(contentOf('Just three years ago, the Republican National Committee published a report detailing the relentless demographic changes the country was undergoing.', 'detailing'),
      'the relentless demographic changes the country was undergoing');
  });
  it('not a document no one is said to put out, nor one put out in a relative clause', () => {
    assert.strictEqual(contentOf('The super PAC spent $800,000 on ads attacking rivals Chris Christie and Ted Cruz.', 'attacking'), undefined);
    assert.strictEqual(contentOf('A POLITICO analysis found reports detailing their finances through the end of 2015.', 'detailing'), undefined);
    assert.strictEqual(contentOf('The ruling drew criticism from activists, including the ACLU of Oregon, which released a statement questioning whether the court\'s determination is a violation of his rights.', 'questioning'), undefined);
  });
});

describe('reported speech: support held or won, and the supporters after "of" (backing.ts)', () => {
  it('the subject is the content, the "of" phrase the source', () => {
    const r = reported('Clinton has the support of women and older voters. Sanders leads among the young.');
    assert.ok(r.some(x => x.content === 'Clinton' && x.cue === 'has the support of' && x.speaker === 'women and older voters'), JSON.stringify(r));
    assert.strictEqual(contentOf('Because of these safeguards, the bill has the backing of many Democrats in the House.', 'has the backing of'), 'the bill');
    assert.strictEqual(contentOf('Cruz also earned the backing of two of the state’s congressional Republicans.', 'earned the backing of'), 'Cruz');
  });
  it('a description of the supporters, a comma and their name: the name is the source; not two names, nor after a name', () => {
    const r = reported('Last month, Mr. Cruz won the endorsement of the most influential leader of Iowa\'s politically activist evangelicals, Bob Vander Plaats.');
    assert.ok(r.some(x => x.content === 'Mr. Cruz' && x.speaker === 'Bob Vander Plaats'), JSON.stringify(r));
    const two = reported('Cruz also earned the backing of two of the state’s congressional Republicans, Reid Ribble and Glenn Grothman, who had stayed out.');
    assert.ok(two.some(x => x.content === 'Cruz' && x.speaker === 'two of the state’s congressional Republicans'), JSON.stringify(two));
    const nea = reported('It was just days before she won the endorsement of the National Education Association, a coup over her main rival, Sen. Bernie Sanders.');
    assert.ok(nea.some(x => x.cue === 'won the endorsement of' && x.speaker === 'National Education Association'), JSON.stringify(nea));
  });
  it('a share of voters ends before its comparison: "to Cruz\'s 20%", "compared with", "versus"; no candidate names it', () => {
    const text = 'Trump entered the debate with a growing lead in the latest NBC News/Wall Street Journal poll. He received the backing of 33% of national Republican primary voters to Cruz\'s 20%, followed by Rubio at 13% and Carson at 12%.';
    const r = reported(text);
    assert.ok(r.some(x => x.content === 'He' && x.cue === 'received the backing of' && x.mention === '33% of national Republican primary voters'
      && x.speaker === '33% of national Republican primary voters'), JSON.stringify(r));
    const cmp = reported('Clinton has the support of 48% of likely voters compared with 41% for Trump.');
    assert.ok(cmp.some(x => x.content === 'Clinton' && x.mention === '48% of likely voters'), JSON.stringify(cmp));
    const vs = reported('Sanders has the support of 60% of young voters versus 30% for Clinton.');
    assert.ok(vs.some(x => x.content === 'Sanders' && x.mention === '60% of young voters'), JSON.stringify(vs));
  });
  it('not an aim, a doubt or a participle', () => {
    assert.strictEqual(contentOf('The campaign is widening its efforts to win the support of white working-class voters.', 'win the support of'), undefined);
    assert.strictEqual(contentOf('Trump suggested that he might not win the support of many in the room.', 'win the support of'), undefined);
    assert.strictEqual(contentOf('The two are tied, with each receiving the support of 40 percent of voters.', 'receiving the support of'), undefined);
  });
});

describe('reported speech: a reaction drawn or won, and those who react after "from" (backing.ts reactions)', () => {
  it('the subject is the content, the "from" phrase the source (PolNeAR train)', () => {
    const r = reported('The proposal has drawn harsh criticism from fellow GOP presidential hopefuls.');
    assert.ok(r.some(x => x.content === 'The proposal' && x.cue === 'drawn harsh criticism from' && x.mention === 'fellow GOP presidential hopefuls'), JSON.stringify(r));
    assert.strictEqual(contentOf('But Rubio has won overwhelming support from members of Congress and governors who see him as the most viable alternative to the billionaire businessman.', 'won overwhelming support from'), 'Rubio');
    assert.strictEqual(contentOf('The statement quickly drew sharp criticism from both sides of the abortion debate.', 'drew sharp criticism from'), 'The statement');
    assert.strictEqual(contentOf('At the same time, the ethanol program is facing criticism from many environmentalists, whom Clinton has been courting aggressively.', 'facing criticism from'), 'the ethanol program');
    assert.strictEqual(contentOf('Real estate mogul Donald Trump drew boos from the audience when he told Jeb Bush to quiet down.', 'drew boos from'), 'Real estate mogul Donald Trump');
  });
  it('a "that" clause after those who react is the content', () => {
    assert.strictEqual(contentOf('Trump has faced criticism from rivals that the tenor of his campaign has created an unsafe environment at his rallies.', 'faced criticism from'),
      'that the tenor of his campaign has created an unsafe environment at his rallies');
  });
  it('not a participle after a comma, a negation, a backlash or applause', () => {
    const boos = reported('Trump gave his congratulations to rivals Marco Rubio and Ted Cruz, who are in a tight race for second place, drawing boos from the crowd.');
    assert.ok(!boos.some(x => x.cue === 'drawing boos from'), JSON.stringify(boos));
    assert.strictEqual(contentOf('Sanders has not won support from his Senate colleagues.', 'won support from'), undefined);
    assert.ok(!reported('North Carolina has faced a national backlash from gay rights groups, entertainers and business leaders.').some(x => /backlash/.test(x.cue ?? '')));
    assert.ok(!reported('Mr. Putin drew applause from the crowd of journalists on Thursday.').some(x => /applause/.test(x.cue ?? '')));
  });
});

describe('reported speech: a feeling toward its cause after "by", "with", "at" (phrasal.ts EMOTIONS)', () => {
  it('the cause is the content, the one who feels the source (PolNeAR train)', () => {
    const r = reported('FBI officials were angered by the deal and predicted it would affect the outcome of other cases.');
    assert.ok(r.some(x => x.content === 'the deal' && x.cue === 'angered by' && x.mention === 'FBI officials'), JSON.stringify(r));
    assert.strictEqual(contentOf('Clinton’s camp was pleased with the outcome.', 'pleased with'), 'the outcome');
    assert.strictEqual(contentOf('Neither man was impressed by Mrs. Clinton.', 'impressed by'), 'Mrs. Clinton');
    assert.strictEqual(contentOf('Tiegen was also troubled by Clinton’s handling of highly classified material.', 'troubled by'), 'Clinton’s handling of highly classified material');
  });
  it('not in a relative clause, nor after a coordinated clause\'s "and" or "but"', () => {
    assert.strictEqual(contentOf('He is actually a devoted father and husband who was frustrated by his inability to find work in the computer sector.', 'frustrated by'), undefined);
    const r = reported('The commission said it had investigated the home and was satisfied with the changes.');
    assert.ok(!r.some(x => x.cue === 'satisfied with'), JSON.stringify(r));
    assert.ok(r.some(x => x.content === 'it had investigated the home and was satisfied with the changes'), JSON.stringify(r));
  });
});

describe('reported speech: a participle of stance or speech opening the sentence, reported by the main clause\'s subject (frontedParticiple.ts)', () => {
  it('its object up to the comma is the content, the subject after the comma the source (PolNeAR train)', () => {
    const r = reported('After reciting this passage from the King James Bible, Beck said the verse could not be more clear.');
    assert.ok(r.some(x => x.content === 'this passage from the King James Bible' && x.cue === 'reciting' && x.mention === 'Beck'), JSON.stringify(r));
    assert.strictEqual(contentOf('Reprising one of her own favorite lines, the former secretary of state talked about continuing the progress we had under President Obama.', 'Reprising'),
      'one of her own favorite lines');
    assert.strictEqual(contentOf('In describing fellow billionaire Donald Trump, Cuban said he sees someone without the intellectual curiosity needed to serve as commander in chief.', 'describing'),
      'fellow billionaire Donald Trump');
    assert.strictEqual(contentOf('Emphasizing the urgency of the matter, Trump said the country had to get tough and smart real fast.', 'Emphasizing'), 'the urgency of the matter');
    assert.strictEqual(contentOf('Despite challenging the trustworthiness of the Republican majority leader, Cruz said if elected president he could work effectively with GOP leadership.', 'challenging'),
      'the trustworthiness of the Republican majority leader');
  });
  it('after "Since" too (50th session, s50-uk: Washington Post 2016-08-28, NYT 2016-08-17)', () => {
    const since = reported('Since announcing former Massachusetts governor William Weld as his running mate, Johnson has risen in the polls.');
    assert.ok(since.some(x => x.content === 'former Massachusetts governor William Weld as his running mate' && x.cue === 'announcing' && x.mention === 'Johnson'), JSON.stringify(since));
  });
  it('a topic\'s particle: "talking about", "Reflecting on"', () => {
    assert.strictEqual(contentOf('After talking about security, Mr. Netanyahu suggested that they walk to the attack site.', 'talking about'), 'security');
    assert.strictEqual(contentOf('Reflecting on his earlier career as a trial lawyer, the Senate Democratic leader said he never knew what was going to happen.', 'Reflecting on'),
      'his earlier career as a trial lawyer');
  });
  it('not an audience or a ground ("Speaking to", "Citing"), a side taken, nor a pronoun\'s cue before the comma', () => {
    const speaking = reported('Speaking to supporters in South Carolina following the state’s Republican primary, Cruz said the race was far from over.');
    assert.ok(!speaking.some(x => /^Speaking/.test(x.cue ?? '')), JSON.stringify(speaking));
    assert.ok(!reported('Citing local news outlets, the Associated Press reports that Hess almost missed the flight.').some(x => x.cue === 'Citing'));
    assert.ok(!reported('Campaigning against the incumbent, she barely mentioned the deficit.').some(x => /^Campaigning/.test(x.cue ?? '')));
    const listing = reported('Listing several of Trumps business ventures she added, Donald Trump is a proven businessman, a proven failure.');
    assert.ok(!listing.some(x => x.cue === 'Listing'), JSON.stringify(listing));
  });
});

describe('reported speech: support, praise or blame given, and whom it goes to (viewOffered.ts supportGivenAt)', () => {
  it('"threw her support behind", "heaps praise on", "signaled support for", "has praise for"', () => {
    assert.strictEqual(contentOf('Carly Fiorina threw her support behind Sen. Ted Cruz (R-Texas) on Wednesday.', 'threw her support behind'), 'Sen. Ted Cruz (R-Texas)');
    assert.strictEqual(contentOf('Denis McDonough heaps praise on Kennedy for his role in organizing the evacuation.', 'heaps praise on'),
      'Kennedy for his role in organizing the evacuation');
    assert.strictEqual(contentOf('He has proposed new checks and signaled support for a database of Muslims.', 'signaled support for'), 'a database of Muslims');
    assert.strictEqual(contentOf('Mike Pence endorsed Cruz on Friday, but he also has praise for the front-runner.', 'has praise for'), 'the front-runner');
  });
  it('not criticism taken, nor a time after the particle', () => {
    assert.strictEqual(reported('Trump has faced criticism for his friendly overtures to Putin.').find(r => /criticism/.test(r.cue ?? '')), undefined);
    assert.strictEqual(reported('European leaders were quick to offer condolences on Monday.').find(r => /condolences/.test(r.cue ?? '')), undefined);
  });
});

describe('reported speech: a talk with a hearer and its topic after "about" (talkedTo.ts)', () => {
  it('"talking to voters about", "spoke to CNN about", "talked with X about"', () => {
    assert.strictEqual(contentOf('Sanders is talking to voters about health care and getting big money out of politics.', 'talking to voters about'),
      'health care and getting big money out of politics');
    assert.strictEqual(contentOf('Trump was even more emphatic Monday when he spoke to CNN about the subject.', 'spoke to CNN about'), 'the subject');
    assert.strictEqual(contentOf('Behind the scenes, trusted aides have talked with Clinton’s operation about the best steps going forward.', 'talked with Clinton’s operation about'),
      'the best steps going forward');
  });
  it('no topic after "about", no talk reported', () => {
    assert.strictEqual(reported('Bernie Sanders spoke privately with Pope Francis on Saturday in Rome.').find(r => /^spoke/.test(r.cue ?? '')), undefined);
    assert.strictEqual(reported('She spoke to the newspaper on the condition of anonymity.').find(r => /^spoke/.test(r.cue ?? '')), undefined);
  });
});

describe('reported speech: "are" between a subject and its cue (../quotes/lexicon.ts BEFORE_CUE_WORDS)', () => {
  it('"they are hoping", "we are asking", as "she is hoping" and "they were hoping"', () => {
    assert.strictEqual(contentOf('Palmer and Sherman bring their own sources. And they are hoping to infuse Playbook with their own style.', 'hoping'),
      'to infuse Playbook with their own style');
    assert.strictEqual(contentOf('Yet even leaders on the political left are questioning whether the bid to weed out hate is going too far.', 'questioning'),
      'whether the bid to weed out hate is going too far');
  });
});

describe('reported speech: a view after an opening "To X," (toWhom.ts)', () => {
  it('"To many, …" and a name', () => {
    const r = reported('To many, Santilli is a provocateur, mouthpiece and broadcaster for the anti-government patriot movement, often screaming into a bullhorn while in Burns at any whiff of opposition.');
    assert.ok(r.some(x => x.cue === 'To' && x.mention === 'many' && x.content.startsWith('Santilli is a provocateur')), JSON.stringify(r));
    const s = reported('To Frank, issues of racial and class justice get attention from Democrats so long as they do not threaten existing benefits for the multicultural professional class, which sees itself as the enlightened and deserving recipient of those rewards.');
    assert.ok(s.some(x => x.cue === 'To' && x.mention === 'Frank' && x.content.startsWith('issues of racial and class justice get attention from Democrats')), JSON.stringify(s));
  });
  it('a name with its role and the role\'s body before it (PolNeAR train, Breitbart 2016-03-02: read with no speaker before the 51st session)', () => {
    const r = reported('To Montclair State University political science professor Brigid Harrison, Christie’s seeming thousand-yard stare seemed to reflect sadness.');
    assert.ok(r.some(x => x.cue === 'To' && x.mention === 'Montclair State University political science professor Brigid Harrison' && x.content.startsWith('Christie’s seeming thousand-yard stare')), JSON.stringify(r));
  });
  it('not "To be sure," nor a purpose', () => {
    assert.strictEqual(contentOf('To be sure, the campaign has spent heavily on television ads in the state.', 'To'), undefined);
    assert.strictEqual(contentOf('To win the nomination, Trump needs 1,237 delegates.', 'To'), undefined);
  });
});

describe('reported speech: a view after an opening "In X\'s view," (toWhom.ts inWhoseView)', () => {
  it('a possessive name and a possessive pronoun', () => {
    const r = reported('In Ash’s view, the change would have a profound impact on how the convention is run, potentially making it harder for insiders to push through a white knight candidate.');
    assert.ok(r.some(x => x.cue === 'In Ash’s view' && x.mention?.startsWith('Ash') && x.content.startsWith('the change would have a profound impact')), JSON.stringify(r));
    const s = reported('In their view, Democrats could pick off increasingly diverse states that have been reliably Republican at the presidential level, like Arizona and Georgia, if Trump wins the nomination.');
    assert.ok(s.some(x => x.cue === 'In their view' && x.mention === 'their' && x.content.startsWith('Democrats could pick off increasingly diverse states')), JSON.stringify(s));
  });
  it('set between commas after the subject: the whole sentence', () => {
    const r = reported('The only other necessary action, in Professor Knittel\'s view, would be more government support for research and development to accelerate the quest for new energy technologies.');
    assert.ok(r.some(x => x.cue === 'in Professor Knittel\'s view' && x.content.startsWith('The only other necessary action, in Professor Knittel\'s view, would be')), JSON.stringify(r));
  });
  it('not a view after a preposition, nor "In my view" or another noun', () => {
    assert.strictEqual(contentOf('Giuliani wouldn’t directly speculate about Comey’s motives for, in his view, dropping a slam-dunk case.', 'in his view'), undefined);
    assert.strictEqual(contentOf('In my view, we must never give an unelected control board the power to make life and death decisions.', 'In my view'), undefined);
    assert.strictEqual(contentOf('In Trump’s campaign, the staff has turned over twice since the spring.', 'In Trump’s campaign'), undefined);
  });
});
