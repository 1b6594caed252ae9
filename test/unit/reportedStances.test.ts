/** Reported speech: feelings, stances and findings PolNeAR attributes beyond verbs of saying (src/core/reported), on real PolNeAR train sentences. */
import * as assert from 'assert';
import { reported } from './helpers';
import { LIGHT_VERB_OPENERS } from '../../src/core/reported/lightVerb';

describe('reported speech: a feeling or a stance expressed and what it is about (expression.ts)', () => {
  it('a bare feeling and its preposition: the object is the content', () => {
    const r = reported('He also expressed concern about the closed primary system in New York and said he hoped it would change in the future.');
    assert.ok(r.some(x => x.cue === 'expressed concern about' && x.content === 'the closed primary system in New York' && x.mention === 'He'), JSON.stringify(r));
    const s = reported('They also expressed support for union-backed positions that apply specifically to federal employees.');
    assert.ok(s.some(x => x.cue === 'expressed support for' && x.content === 'union-backed positions that apply specifically to federal employees'), JSON.stringify(s));
    const t = reported('The French president expressed his condolences over the Orlando massacre, while Obama offered his own condolences.');
    assert.ok(t.some(x => x.cue === 'expressed his condolences over' && x.content === 'the Orlando massacre' && x.mention === 'The French president'), JSON.stringify(t));
  });
  it('a feeling with a determiner before "for", or with no preposition, is the content whole', () => {
    const r = reported('Politics and Pies, at which virtually all the attendees expressed their support for Trump.');
    assert.ok(r.some(x => x.cue === 'expressed' && x.content === 'their support for Trump' && x.mention?.endsWith('the attendees')), JSON.stringify(r));
    const s = reported('“Really,” she added when the TV interviewer expressed shock.');
    assert.ok(s.some(x => x.cue === 'expressed' && x.content === 'shock' && x.mention === 'the TV interviewer'), JSON.stringify(s));
  });
  it('not "expressed in", "voiced by"', () => {
    assert.ok(!reported('The concern was expressed in a letter to the committee last week.').some(x => x.cue?.startsWith('expressed')));
  });
});

describe('reported speech: a poll named before its finding (pollFronted.ts)', () => {
  it('"In a … poll …, finding": the clause after the comma is the poll\'s, with "In" as its cue', () => {
    const r = reported('In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 percent chose Trump.');
    assert.ok(r.some(x => x.cue === 'In' && x.content === '50 percent of respondents chose Clinton while 40 percent chose Trump' && x.mention === 'an NBC News/Wall Street Journal poll released Monday'), JSON.stringify(r));
  });
  it('past a second phrase about the poll (", conducted in May,")', () => {
    const r = reported('In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent among voters ages 18 to 39.');
    assert.ok(r.some(x => x.cue === 'In' && x.content === 'Clinton led Trump 47 percent to 39 percent among voters ages 18 to 39'), JSON.stringify(r));
  });
  it('not a phrase whose "polling" is no poll, nor a finding that reports on its own', () => {
    const r = reported('In a request for information about the polling places and elections procedures, Chris Herren, chief of the voting section, noted the allegations.');
    assert.ok(!r.some(x => x.cue === 'In'), JSON.stringify(r));
    const s = reported('In a CNN public poll conducted on Thursday, however, 73 percent of Americans accepted that Trump’s outline for America was the “right direction” compared to only 24 percent who said otherwise.');
    assert.ok(!s.some(x => x.cue === 'In'), JSON.stringify(s));
  });
  it('a share of the respondents saying something is the poll\'s finding, whole (PolNeAR train: all 5 such sentences)', () => {
    const r = reported('In a poll conducted by the New York Times and ABC News, just 28 percent of voters said they had a positive view of Clinton, compared with 33 percent last month.');
    assert.ok(r.some(x => x.cue === 'In' && x.content?.startsWith('just 28 percent of voters said they had a positive view of Clinton') && x.mention === 'a poll conducted by the New York Times and ABC News'), JSON.stringify(r));
    assert.ok(!r.some(x => x.cue === 'said'), JSON.stringify(r));
    const s = reported('In a national CNN/ORC poll released Monday, 31% of Republicans and Republican-leaning voters said they were "extremely enthusiastic" about voting, compared with 23% of Democrats and Democratic-leaning voters.');
    assert.ok(s.some(x => x.cue === 'In' && x.content?.startsWith('31% of Republicans and Republican-leaning voters said they were')), JSON.stringify(s));
  });
});

describe('reported speech: "make" with a noun of speech (madeStatement.ts)', () => {
  it('"made no secret of", "made a call for", "made a reference to", "made comments about": the object is the content', () => {
    const r = reported('Texas Sen. Ted Cruz has made no secret of the fact that he spanks his daughter when she misbehaves.');
    assert.ok(r.some(x => x.cue === 'made no secret of' && x.content === 'the fact that he spanks his daughter when she misbehaves' && x.speaker === 'Ted Cruz'), JSON.stringify(r));
    const s = reported('During Tuesday night\'s debate, Cruz made an unprompted call for an end to sugar subsidies, calling them "corporate welfare."');
    assert.ok(s.some(x => x.cue === 'made an unprompted call for' && x.content === 'an end to sugar subsidies'), JSON.stringify(s));
    const t = reported('Cruz has made veiled references to Rubio\'s spotty Senate voting record and his support for the immigration bill.');
    assert.ok(t.some(x => x.cue === 'made veiled references to' && x.content === 'Rubio\'s spotty Senate voting record and his support for the immigration bill'), JSON.stringify(t));
  });
  it('"made the observation that", "made the case to X that", "made clear" with or without "that", past a time', () => {
    const r = reported('On Wednesday, Obama privately made the case to 23 progressive group leaders that he did not sell them out.');
    assert.ok(r.some(x => x.cue === 'made the case' && x.content === 'he did not sell them out' && x.mention === 'Obama'), JSON.stringify(r));
    const s = reported('Bernie Sanders continued, but many rank-and-file unionists made it clear they didn\'t agree with their leaders\' choice.');
    assert.ok(s.some(x => x.cue === 'made it clear' && x.content === 'they didn\'t agree with their leaders\' choice'), JSON.stringify(s));
    const t = reported('But he has a bully pulpit and he made clear Tuesday night that he intends to use it.');
    assert.ok(t.some(x => x.cue === 'made clear' && x.content === 'he intends to use it' && x.mention === 'he'), JSON.stringify(t));
  });
  it('"made the case|a commitment|promises" with an infinitive right after the noun: the infinitive is the content', () => {
    const r = reported('Rubio and Bush both repeatedly made the case to grant amnesty to illegal aliens.');
    assert.ok(r.some(x => x.cue === 'made the case' && x.content === 'to grant amnesty to illegal aliens'), JSON.stringify(r));
    const s = reported('And I have made a commitment to hold regular news conferences to explain my policy decisions.');
    assert.ok(s.some(x => x.cue === 'made a commitment' && x.content === 'to hold regular news conferences to explain my policy decisions'), JSON.stringify(s));
    const t = reported('Since 2001, Trump has repeatedly made other public promises to give the proceeds of business ventures to charity.');
    assert.ok(t.some(x => x.cue === 'made other public promises' && x.content === 'to give the proceeds of business ventures to charity' && x.mention === 'Trump'), JSON.stringify(t));
  });
  it('a plural noun of argument before "that", "cases against", "an argument about" (47th session)', () => {
    const r = reported('Trump made similarly bigoted charges that a Latino federal judge would be biased against him because he has advocated for building a wall along the U.S.-Mexico border.');
    assert.ok(r.some(x => x.cue === 'made similarly bigoted charges' && x.content === 'a Latino federal judge would be biased against him because he has advocated for building a wall along the U.S.-Mexico border' && x.mention === 'Trump'), JSON.stringify(r));
    const s = reported('Sanders himself has made harder-to-argue cases against the Democratic primaries.');
    assert.ok(s.some(x => x.cue === 'made harder-to-argue cases against' && x.content === 'the Democratic primaries' && x.mention === 'Sanders himself'), JSON.stringify(s));
    const t = reported('But she’s also making an implicit argument about the centrality of corporate elites and corporate favors to the very idea of progressive politics.');
    assert.ok(t.some(x => x.cue === 'making an implicit argument about' && x.content === 'the centrality of corporate elites and corporate favors to the very idea of progressive politics' && x.mention === 'she'), JSON.stringify(t));
  });
  it('"the case to" a hearer with a description of its own before "that", and the progressive "is|been making" (47th session)', () => {
    const r = reported('Obama, who will deliver a glowing character reference for his former primary foe and secretary of state, will make the case to Democrats gathered in Philadelphia for their national convention that Clinton is uniquely qualified to be president.');
    assert.ok(r.some(x => x.cue === 'make the case' && x.content === 'Clinton is uniquely qualified to be president' && x.mention === 'Obama'), JSON.stringify(r));
    const s = reported('Vermont Sen. Bernie Sanders is making an impassioned case to a New York gathering of black leaders that he’s the Democrat who can best address the nation’s problems and defeat Republican Donald Trump.');
    assert.ok(s.some(x => x.cue === 'making an impassioned case' && x.content === 'he’s the Democrat who can best address the nation’s problems and defeat Republican Donald Trump' && x.mention === 'Vermont Sen. Bernie Sanders'), JSON.stringify(s));
    const t = reported('Christie\'s been making the case for weeks that Rubio isn\'t ready for the White House.');
    assert.ok(t.some(x => x.cue === 'making the case' && x.content === 'Rubio isn\'t ready for the White House' && x.mention === 'Christie'), JSON.stringify(t));
  });
  it('not "allegations against", whose object runs on past a time the gold leaves out', () => {
    const r = reported('The New York Times made these same allegations against the NRA in February, and Breitbart News responded.');
    assert.ok(!r.some(x => x.cue?.startsWith('made')), JSON.stringify(r));
  });
  it('not a hearer after "to" ("make their case to voters"), nor a decision', () => {
    assert.ok(!reported('It will require paid media to make their case to voters.').some(x => x.cue?.startsWith('make')));
    assert.ok(!reported('The Rubio people have made a conscious decision to focus on medium cities.').some(x => x.cue?.startsWith('made')));
  });
  it('not the passive ("were made clear"), nor "the case for" something', () => {
    assert.ok(!reported('But the comparisons to the Republican presidential candidate were made clear Sunday night as they celebrated the boxer’s legacy.').some(x => x.cue?.startsWith('made')));
    assert.ok(!reported('These are the candidates who can still make a plausible case for being the nominee.').some(x => x.cue?.startsWith('make')));
  });
});

describe('reported speech: more verbs of stance and their object (lexicon.ts MORE_STANCE_VERBS, objectCue.ts)', () => {
  it('"bemoaned", "lambasted", "lauded", "extolled": the object is the content', () => {
    const r = reported('Rubio also bemoaned the current political climate in which people “literally hate each other” because they differ politically.');
    assert.ok(r.some(x => x.cue === 'bemoaned' && x.content.startsWith('the current political climate in which people') && x.mention === 'Rubio'), JSON.stringify(r));
    const s = reported('At times, he brought the crowd to its feet. He lambasted the Iran nuclear deal negotiated by President Obama.');
    assert.ok(s.some(x => x.cue === 'lambasted' && x.content === 'the Iran nuclear deal negotiated by President Obama' && x.mention === 'He'), JSON.stringify(s));
    const t = reported('Weber, who advises Kasich, is no fan of Trump but lauded his choice of Manafort all the same.');
    assert.ok(t.some(x => x.cue === 'lauded' && x.content.startsWith('his choice of Manafort')), JSON.stringify(t));
  });
  it('"railed against", "railed at": the object after the particle', () => {
    const r = reported('As the president meandered through his text, Trump railed at Obama’s refusal to cut to the heart of the issue.');
    assert.ok(r.some(x => x.cue === 'railed at' && x.content === 'Obama’s refusal to cut to the heart of the issue' && x.mention === 'Trump'), JSON.stringify(r));
  });
  it('"rebuked", "chided", "vouched for"', () => {
    const r = reported('The Advocate had chided President Barack Obama on Aug. 17 for continuing his vacation in Martha’s Vineyard.');
    assert.ok(r.some(x => x.cue === 'chided' && x.content.startsWith('President Barack Obama on Aug. 17 for continuing his vacation') && x.speaker === 'Advocate'), JSON.stringify(r));
    const s = reported('A coalition of politicians and legal aficionados have vouched for Garland\'s qualifications and record.');
    assert.ok(s.some(x => x.cue === 'vouched for' && x.content === 'Garland\'s qualifications and record'), JSON.stringify(s));
  });
  it('not a headline\'s "blasts" or "chides" running into its adjuncts (the headline is ./headlineVerb.ts\'s, object alone)', () => {
    assert.deepStrictEqual(reported('Putin chides Turkey and praises Trump at news conference.').filter(x => x.cue === 'chides').map(x => x.content), ['Turkey']);
  });
});

describe('reported speech: more verbs of belief and finding with their "that"-clause (BELIEF_VERBS)', () => {
  it('an implication, a suspicion, a ruling, a calculation, a forecast (PolNeAR train)', () => {
    const r = reported('But if Carson implied that he would not criticize Cruz, he did not say so.');
    assert.ok(r.some(x => x.cue === 'implied' && x.content === 'that he would not criticize Cruz' && x.mention === 'Carson'), JSON.stringify(r));
    const s = reported('The judge ruled that 17-year-olds who will turn 18 prior to the November presidential election are eligible to vote in the state’s primary.');
    assert.ok(s.some(x => x.cue === 'ruled' && x.content.startsWith('that 17-year-olds who will turn 18') && x.mention === 'The judge'), JSON.stringify(s));
    const t = reported('The Labor Department calculates that 4.2 million workers will become newly eligible for overtime.');
    assert.ok(t.some(x => x.cue === 'calculates' && x.content === 'that 4.2 million workers will become newly eligible for overtime'), JSON.stringify(t));
  });
  it('a bare clause after "learned", "realized", "implied", "testified" (PolNeAR train)', () => {
    const r = reported('At the moment Chris Christie learned he had been bumped off the main national debate stage, he was in a car.');
    assert.ok(r.some(x => x.cue === 'learned' && x.content === 'he had been bumped off the main national debate stage' && x.mention === 'Chris Christie'), JSON.stringify(r));
    const s = reported('He implied immigrants were the ones tearing families apart.');
    assert.ok(s.some(x => x.cue === 'implied' && x.content === 'immigrants were the ones tearing families apart'), JSON.stringify(s));
  });
  it('a gerund of clarifying, finding, reasoning or fearing and its "that"-clause (THAT_GERUNDS, PolNeAR train)', () => {
    const r = reported('“Trump is the best person to beat Hillary Clinton,” the governor said, before clarifying that he, Christie, was the best candidate.');
    assert.ok(r.some(x => x.cue === 'clarifying' && x.content === 'that he, Christie, was the best candidate'), JSON.stringify(r));
    const s = reported('Police had last month charged Corey Lewandowski after determining that a video recording showed him grabbing reporter Michelle Fields by the arm.');
    assert.ok(s.some(x => x.cue === 'determining' && x.content === 'that a video recording showed him grabbing reporter Michelle Fields by the arm'), JSON.stringify(s));
    const f = reported('Senate Republicans are building a defense system to protect Senate and House candidates, fearing that the party could lose its hold on Congress if Donald Trump is at the top of the ticket in November.');
    assert.ok(f.some(x => x.cue === 'fearing' && x.content === 'that the party could lose its hold on Congress if Donald Trump is at the top of the ticket in November'), JSON.stringify(f));
  });
});

describe('reported speech: verbs of presenting, greeting and answering and their object (objectCue.ts PRESENTING)', () => {
  it('a list, a quotation, a message, a greeting: the object is the content (PolNeAR train)', () => {
    const r = reported('He then listed the qualities necessary in a successful Republican presidential nominee in 2016.');
    assert.ok(r.some(x => x.cue === 'listed' && x.content === 'the qualities necessary in a successful Republican presidential nominee in 2016' && x.mention === 'He'), JSON.stringify(r));
    const s = reported('Rubio is congratulating Trump for his victory in South Carolina’s primary.');
    assert.ok(s.some(x => x.cue === 'congratulating' && x.content === 'Trump for his victory in South Carolina’s primary' && x.mention === 'Rubio'), JSON.stringify(s));
    const t = reported('Kasich is trumpeting a positive-only message on the campaign trail, refusing to attack his rivals.');
    assert.ok(t.some(x => x.cue === 'trumpeting' && x.content === 'a positive-only message on the campaign trail' && x.mention === 'Kasich'), JSON.stringify(t));
    const u = reported('The Associated Press quoted Wassim Bouhlel, a Nice native, as saying that after slamming into the crowd, the truck driver emerged with a gun.');
    assert.ok(u.some(x => x.cue === 'quoted' && x.content.startsWith('Wassim Bouhlel, a Nice native, as saying') && x.mention === 'The Associated Press'), JSON.stringify(u));
  });
});

describe('reported speech: "critical of", "spoke of", "agreed on", "sparred over" and their object (objectCue.ts)', () => {
  it('the object after the particle is the content (PolNeAR train)', () => {
    const r = reported('Republicans have been critical of Clinton’s use of personal email.');
    assert.ok(r.some(x => x.cue === 'critical of' && x.content === 'Clinton’s use of personal email' && x.mention === 'Republicans'), JSON.stringify(r));
    const s = reported('Mr. Obama\'s eyes welled with tears as he spoke of his faith in the American people and urged voters to transfer their trust in him to her.');
    assert.ok(s.some(x => x.cue === 'spoke of' && x.content === 'his faith in the American people'), JSON.stringify(s));
    const t = reported('The two camps also agreed on creating a commission to examine changes to party rules.');
    assert.ok(t.some(x => x.cue === 'agreed on' && x.content === 'creating a commission to examine changes to party rules'), JSON.stringify(t));
  });
  it('not a free relative whose object stands before the reporter ("… Johnson spoke of was …")', () => {
    const r = reported('The big shift Johnson spoke of was changing black attitudes towards mainstream America.');
    assert.ok(!r.some(x => x.cue === 'spoke of'), JSON.stringify(r));
  });
});

describe('reported speech: a worry and what it is about (objectCue.ts WORRY)', () => {
  it('the topic after "about", its adjuncts kept (PolNeAR train: NYT 2016-08-22, Politico 2016-09-01, USA Today 2015-12-29)', () => {
    const r = reported('At the same time, though, American officials have long worried about Saudi Arabia\'s suspected role in promoting a hard-line strain of Islam, which has some adherents who have been linked to violence.');
    assert.ok(r.some(x => x.cue === 'worried about' && x.content === 'Saudi Arabia\'s suspected role in promoting a hard-line strain of Islam' && x.mention === 'American officials'), JSON.stringify(r));
    const s = reported('But many of the people interviewed for this article, including top campaign officials, privately worry about the sane questions, the ones about her email server and the inside dealings between the State Department and her family’s charitable foundation, believing that they pose the greatest danger.');
    assert.ok(s.some(x => x.cue === 'worry about' && x.content.startsWith('the sane questions, the ones about her email server')), JSON.stringify(s));
    const t = reported('These days, many residents worry about derogatory portrayals of Muslims during the political campaign cycle.');
    assert.ok(t.some(x => x.cue === 'worry about' && x.content === 'derogatory portrayals of Muslims during the political campaign cycle' && x.mention === 'many residents'), JSON.stringify(t));
  });
  it('not the noun "worries about", nor a question', () => {
    const r = reported('Obama sought on Wednesday to ease growing Asian worries about the raucous election campaign.');
    assert.ok(!r.some(x => x.cue?.startsWith('worr')), JSON.stringify(r));
    const u = reported('Do you worry about the ones you don\'t find?');
    assert.ok(!u.some(x => x.cue?.startsWith('worr')), JSON.stringify(u));
  });
});

describe('reported speech: "stressed", "highlighted", "declined" and their object (objectCue.ts)', () => {
  it('the object is the content (PolNeAR train)', () => {
    const r = reported('Kasich boasted to reporters of his organization and stressed the state\'s importance to his prospects.');
    assert.ok(r.some(x => x.cue === 'stressed' && x.content === 'the state\'s importance to his prospects'), JSON.stringify(r));
    const s = reported('Republican opponents have highlighted Mr. Trump\'s previously fawning comments about Mr. Clinton.');
    assert.ok(s.some(x => x.cue === 'highlighted' && x.content === 'Mr. Trump\'s previously fawning comments about Mr. Clinton' && x.mention === 'Republican opponents'), JSON.stringify(s));
  });
  it('"declined" and a noun phrase: what is refused is the content, not an amount declining nor an interview request (PolNeAR train)', () => {
    const r = reported('Justice Department spokeswoman Nicole A. Navas declined comment beyond its filings in the pending Judicial Watch case.');
    assert.ok(r.some(x => x.cue === 'declined' && x.content === 'comment beyond its filings in the pending Judicial Watch case'), JSON.stringify(r));
    // (a refusal to be interviewed reports nothing: test/fixtures/outlets)
    assert.ok(!reported('Earlier Sunday, Gore declined an interview request from POLITICO.').some(x => x.cue === 'declined'));
    const s = reported('Trade between the two nations declined 40 percent in the first six months of this year.');
    assert.ok(!s.some(x => x.cue === 'declined'), JSON.stringify(s));
  });
  it('"named" and its object: a choice or an appointment, not a participle that gives a name (PolNeAR train)', () => {
    const r = reported('Sanders named five people to the committee, while Clinton named six.');
    assert.ok(r.some(x => x.cue === 'named' && x.content === 'five people to the committee' && x.mention === 'Sanders'), JSON.stringify(r));
    const s = reported('Obama still named her Holder’s successor.');
    assert.ok(s.some(x => x.cue === 'named' && x.content === 'her Holder’s successor' && x.mention === 'Obama'), JSON.stringify(s));
    const t = reported('In Cuba, a worker named Antonio Arroyo has nothing but positive things to say about his job.');
    assert.ok(!t.some(x => x.cue === 'named'), JSON.stringify(t));
    const u = reported('They had two children, whom they named Fred and Mary, after Freddy\'s parents.');
    assert.ok(!u.some(x => x.cue === 'named'), JSON.stringify(u));
  });
  it('"acknowledged" and its object (lexicon.ts MORE_STANCE_VERBS; PolNeAR train, Washington Post 2015-11-24, HuffPost 2016-02-07), but not a time before "that" (objectCue.ts; train, Breitbart 2016-06-26)', () => {
    const r = reported('In a conference call last week, Treasury Secretary Jacob J. Lew acknowledged the agency\'s limitation in ending inversions.');
    assert.ok(r.some(x => x.cue === 'acknowledged' && x.content === 'the agency\'s limitation in ending inversions' && x.speaker === 'Jacob J. Lew'), JSON.stringify(r));
    const s = reported('Neither Cruz nor Christie acknowledged the Obama administration\'s efforts to combat the epidemic.');
    assert.ok(s.some(x => x.cue === 'acknowledged' && x.content === 'the Obama administration\'s efforts to combat the epidemic'), JSON.stringify(s));
    const t = reported('Clinton acknowledged Sunday that “just as we have seen there are many frustrated people in Britain, we know there are frustrated people here at home too.”');
    assert.ok(!t.some(x => x.cue === 'acknowledged' && x.content.startsWith('Sunday')), JSON.stringify(t));
  });
  it('not a coordinator after a participle ("the Fourteenth Amendment highlighted and notes …")', () => {
    const r = reported('He held a pocket copy of the Constitution with passages including the Fourteenth Amendment highlighted and notes written in the margins.');
    assert.ok(!r.some(x => x.cue === 'highlighted'), JSON.stringify(r));
  });
});

describe('reported speech: a denial and the charge it denies (objectCue.ts DENIAL)', () => {
  it('a charge, a role or a link denied: the charge is the content, up to a mark or the denier\'s next words (PolNeAR train)', () => {
    const r = reported('Mr. Ailes denied the charges through his lawyer.');
    assert.ok(r.some(x => x.cue === 'denied' && x.content === 'the charges' && x.mention === 'Mr. Ailes'), JSON.stringify(r));
    const s = reported('For almost 60 years, the Census denied any improper role in the internment.');
    assert.ok(s.some(x => x.cue === 'denied' && x.content === 'any improper role in the internment' && x.mention === 'the Census'), JSON.stringify(s));
    const t = reported('The Clinton campaign denies any wrongdoing and points out that Sanders signed the same joint fundraising agreement.');
    assert.ok(t.some(x => x.cue === 'denies' && x.content === 'any wrongdoing'), JSON.stringify(t));
  });
  it('not a thing withheld, nor a report denied', () => {
    const r = reported('Kennedy engineered a floor fight over the rules and denied Carter a final-night photograph of unity.');
    assert.ok(!r.some(x => x.cue === 'denied'), JSON.stringify(r));
    const s = reported('BuzzFeed, which does not disclose its finances, denied the report, saying this year will meet expectations.');
    assert.ok(!s.some(x => x.cue === 'denied'), JSON.stringify(s));
  });
});

describe('reported speech: a story told and what it is about (story.ts)', () => {
  it('after "the story of", what the story is about, to its first comma (PolNeAR train)', () => {
    const r = reported('In something of a valedictory, he told the story of an older supporter in the Miami area who despite recently undergoing surgery was holding a Rubio sign outside an early-polling center.');
    assert.ok(r.some(x => x.cue === 'told the story of' && x.content === 'an older supporter in the Miami area who despite recently undergoing surgery was holding a Rubio sign outside an early-polling center' && x.mention === 'he'), JSON.stringify(r));
    const s = reported('Exit polls told a tale of two parties, with Republicans exhibiting more dissatisfaction and unrest than the Democrats.');
    assert.ok(s.some(x => x.content === 'two parties' && x.mention === 'Exit polls'), JSON.stringify(s));
  });
  it('a story with nothing said of it is the content itself ("Fox told a slightly different tale", PolNeAR train)', () => {
    const r = reported('At one point, Trump said Fox executives were calling every 15 minutes. Fox told a slightly different tale.');
    assert.ok(r.some(x => x.cue === 'told' && x.content === 'a slightly different tale' && x.mention === 'Fox'), JSON.stringify(r));
    const s = reported('On a four-day New England campaign swing, Libertarian presidential nominee Gary Johnson told a joke.');
    assert.ok(s.some(x => x.cue === 'told' && x.content === 'a joke'), JSON.stringify(s));
  });
});

describe('reported speech: a view offered and what it is about (viewOffered.ts)', () => {
  it('after the view\'s particle, to the end of its clause or a weekday (PolNeAR train)', () => {
    const r = reported('Trump offered an emotional defense of the city during the debate, speaking movingly of the 9/11 attacks.');
    assert.ok(r.some(x => x.cue === 'offered an emotional defense of' && x.content === 'the city' && x.mention === 'Trump'), JSON.stringify(r));
    const s = reported('Cuban also gave a preview of what his own candidacy might look like.');
    assert.ok(s.some(x => x.content === 'what his own candidacy might look like' && x.mention === 'Cuban'), JSON.stringify(s));
    const t = reported('Rubio offered the crowd an emotional evaluation on the state of politics in the United States Tuesday as he ended his bid for the White House.');
    assert.ok(t.some(x => x.content === 'the state of politics in the United States' && x.mention === 'Rubio'), JSON.stringify(t));
  });
  it('not a view with no particle ("offered a similar explanation when …")', () => {
    const r = reported('Huckabee offered a similar explanation when POLITICO reported on his schedule of paid speeches in 2007.');
    assert.ok(!r.some(x => x.cue?.startsWith('offered')), JSON.stringify(r));
  });
});

describe('reported speech: news first reported by an outlet (reportedBy.ts)', () => {
  it('"X was first reported by Y": the subject is the content, the agent its source', () => {
    const r = reported('The meeting was first reported by Politico.');
    assert.ok(r.some(x => x.cue === 'first reported' && x.content === 'The meeting' && x.mention === 'Politico'), JSON.stringify(r));
    const s = reported('“Do not imagine that Roberts made more difficult,” Ash wrote in the email, which was first reported by The Associated Press.');
    assert.ok(s.some(x => x.cue === 'first reported' && x.content === 'which' && x.speaker === 'Associated Press'), JSON.stringify(s));
  });
  it('"X were claimed by Y": a claim of responsibility', () => {
    const r = reported('A teenager slit the throat of an elderly French priest at a church in Normandy. Both incidents were claimed by the so-called Islamic State, sparking nationwide fear.');
    assert.ok(r.some(x => x.cue === 'claimed' && x.content === 'Both incidents' && x.mention?.endsWith('Islamic State')), JSON.stringify(r));
  });
  it('"a fact first reported by Y": the noun phrase before it', () => {
    const r = reported('He has not practiced in almost two decades, and is not licensed to practice — a fact first reported by Christopher Heath, an Orlando TV reporter.');
    assert.ok(r.some(x => x.cue === 'first reported' && x.content === 'a fact' && x.mention?.startsWith('Christopher Heath')), JSON.stringify(r));
  });
  it('not a time after "by", a deadline (an AP-style probe, test/fixtures/outlets gr-ap-island-wildfire-evacuation.txt)', () => {
    for (const text of ['No deaths had been reported by nightfall.', 'The result was announced by Friday.', 'The cuts were announced by the end of the day.']) {
      const r = reported(text);
      assert.ok(!r.some(x => x.cue === 'reported' || x.cue === 'announced'), `${text} ${JSON.stringify(r)}`);
    }
    const r = reported('The shooting was reported by a neighbour.');
    assert.ok(r.some(x => x.cue === 'reported' && x.content === 'The shooting'), JSON.stringify(r));
  });
});

describe('reported speech: "complained of" and "forecast" with their object (objectCue.ts, s34)', () => {
  it('"complained of" a thing or a gerund: the object is the content (PolNeAR train; ke-nation-sha-mission-hospitals)', () => {
    const r = reported('An enthusiastic Sanders supporter, Seacord complained of the economic and power imbalance he sees in this country.');
    assert.ok(r.some(x => x.cue === 'complained of' && x.content === 'the economic and power imbalance he sees in this country' && x.mention === 'Seacord'), JSON.stringify(r));
    const s = reported('Morale has suffered, employees complain of Mr. Kim\'s lack of communication and some have left.');
    assert.ok(s.some(x => x.cue === 'complain of' && x.content?.startsWith('Mr. Kim\'s lack of communication') && x.mention === 'employees'), JSON.stringify(s));
    const t = reported('Patients who spoke to the Nation at the hospital on Wednesday complained of being asked to pay cash.');
    assert.ok(t.some(x => x.cue === 'complained of' && x.content === 'being asked to pay cash'), JSON.stringify(t));
  });
  it('"has forecast" a thing: the object is the content (zm-dailymail-fisp-fertiliser-delays); "forecasts" stays a noun', () => {
    const r = reported('The Zambia Meteorological Department has forecast normal to above-normal rainfall for most of Eastern Province this season.');
    assert.ok(r.some(x => x.cue === 'forecast' && x.content?.startsWith('normal to above-normal rainfall') && x.mention === 'The Zambia Meteorological Department'), JSON.stringify(r));
    const s = reported('Their cost is reflected in long-term forecasts like the latest one by the budget office.');
    assert.ok(!s.some(x => x.cue === 'forecasts'), JSON.stringify(s));
  });
});

describe('reported speech: a stance its owner keeps up or holds as a role, told as a noun (attackNoun.ts)', () => {
  it('a keeping-up verb and an owned attack: the object is the content, the verb\'s subject the source', () => {
    const r = reported('Donald Trump on Thursday ratcheted up his attacks on Rubio, saying he is "weak on illegal immigration."');
    assert.ok(r.some(x => x.cue === 'attacks on' && x.content === 'Rubio' && x.mention === 'Donald Trump'), JSON.stringify(r));
    const s = reported('Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral character to be president.');
    assert.ok(s.some(x => x.cue === 'denunciation of' && x.content === 'Mr. Trump' && x.mention === 'Both parents'), JSON.stringify(s));
    const t = reported('Sanders himself, who wasn’t present at the rally, has toned down his criticism of Hillary Clinton, shifting his focus to defeating Donald Trump.');
    assert.ok(t.some(x => x.cue === 'criticism of' && x.content === 'Hillary Clinton'), JSON.stringify(t));
    const u = reported('On June 3, Trump continued his attacks against Curiel with the above statement.');
    assert.ok(u.some(x => x.cue === 'attacks against' && x.content === 'Curiel'), JSON.stringify(u));
  });
  it('an adjective\'s "in" and an owned criticism: the possessive is the source', () => {
    const r = reported('Even Latino Republicans have been unsparing in their criticism of Mr. Cruz.');
    assert.ok(r.some(x => x.cue === 'criticism of' && x.content === 'Mr. Cruz' && x.mention === 'their'), JSON.stringify(r));
    const s = reported('Others were unapologetic in their criticism of Trump’s tough talk about more military action.');
    assert.ok(s.some(x => x.cue === 'criticism of' && x.content === 'Trump’s tough talk about more military action'), JSON.stringify(s));
  });
  it('not an owned attack that is another\'s topic, a group\'s "its", or a day after "on"', () => {
    const r = reported('The friendly audience cheered Clinton’s attacks on Trump, the presumptive Republican nominee.');
    assert.ok(!r.some(x => x.cue === 'attacks on'), JSON.stringify(r));
    const s = reported('The truce would stop the group from being able to continue its attacks on Syrian government troops during the pauses.');
    assert.ok(!s.some(x => x.cue === 'attacks on'), JSON.stringify(s));
    const t = reported('She escalated her criticism on Tuesday, telling CNN that Trump is a “faker.”');
    assert.ok(!t.some(x => x.cue === 'criticism on'), JSON.stringify(t));
  });
  it('an owned stance that opens its sentence: the object up to the sentence\'s verb is the content, the owner the source (s51-vb)', () => {
    const r = reported('Trump\'s strikingly personal attacks on Curiel are highly unusual and have prompted questions about his fitness for office.');
    assert.ok(r.some(x => x.cue === 'attacks on' && x.content === 'Curiel' && x.mention === 'Trump'), JSON.stringify(r));
    const s = reported('But Trump\'s opposition to trade liberalization — a novelty in a Republican — put him on the same side as labor.');
    assert.ok(s.some(x => x.cue === 'opposition to' && x.content === 'trade liberalization'), JSON.stringify(s));
    const t = reported('His harsh attacks on illegal immigrants and his promise to build a wall on the U.S.-Mexico border won him support.');
    assert.ok(t.some(x => x.cue === 'attacks on' && x.content === 'illegal immigrants' && x.mention === 'His'), JSON.stringify(t));
    const u = reported('Her attack on Sanders in last Sunday\'s debate as an opponent of the auto bailout was misleading.');
    assert.ok(u.some(x => x.cue === 'attack on' && x.content === 'Sanders'), JSON.stringify(u));
    const v = reported('As for Donald Trump’s attacks on Bill Clinton’s scandals from the 1990s? She shrugged them off.');
    assert.ok(v.some(x => x.cue === 'attacks on' && x.content === 'Bill Clinton’s scandals from the 1990s' && x.mention === 'Donald Trump'), JSON.stringify(v));
    const w = reported('His populist attacks on big banks and Wall Street executives who had escaped prosecution after the 2008 financial collapse instantly resonated with the party\'s liberal wing.');
    assert.ok(w.some(x => x.cue === 'attacks on' && x.content === 'big banks and Wall Street executives who had escaped prosecution after the 2008 financial collapse'), JSON.stringify(w));
    const z = reported('Mrs. Clinton\'s embrace of her husband\'s economic legacy comes after she has spent much of the campaign at a distance.');
    assert.ok(z.some(x => x.cue === 'embrace of' && x.content === 'her husband\'s economic legacy' && x.mention === 'Mrs. Clinton'), JSON.stringify(z));
    const y = reported('Sen. Graham’s energetic endorsement of Cruz – and Cruz’s refusal to disavow it – will raise questions.');
    assert.ok(y.some(x => x.cue === 'endorsement of' && x.content === 'Cruz'), JSON.stringify(y));
  });
  it('a stance with no owner that opens its sentence: the object is the content, with no source (openingUnowned, s51-vb)', () => {
    const r = reported('Opposition to trade deals has also galvanized supporters of Mr. Sanders, helping him win the Michigan primary.');
    assert.ok(r.some(x => x.cue === 'Opposition to' && x.content === 'trade deals' && x.speaker === null), JSON.stringify(r));
    const s = reported('Support for Sanders has also been strongest among white voters, who constitute a large majority of the state.');
    assert.ok(s.some(x => x.cue === 'Support for' && x.content === 'Sanders' && x.speaker === null), JSON.stringify(s));
    const t = reported('The criticism of Mr. Clinton\'s personal life comes as Mrs. Clinton is increasingly relying on him.');
    assert.ok(t.some(x => x.cue === 'criticism of' && x.content === 'Mr. Clinton\'s personal life'), JSON.stringify(t));
  });
  it('not an armed attack, the supporters after "support of", nor the opposition as a party', () => {
    const r = reported('The attacks on two U.S. diplomatic compounds in Benghazi killed four Americans.');
    assert.ok(!r.some(x => x.cue?.startsWith('attacks')), JSON.stringify(r));
    const s = reported('The support of McCain, who chairs the Senate Armed Services Committee, is crucial.');
    assert.ok(!s.some(x => x.cue?.startsWith('support')), JSON.stringify(s));
    const t = reported('The opposition on the council voted against the increase.');
    assert.ok(!t.some(x => x.cue?.startsWith('opposition')), JSON.stringify(t));
  });
  it('not an owned stance inside its sentence with no keeping-up verb, nor one a group\'s "Its" opens', () => {
    const r = reported('The friendly audience at the rally cheered as Clinton’s attacks on Trump grew sharper.');
    assert.ok(!r.some(x => x.cue === 'attacks on'), JSON.stringify(r));
    const s = reported('Its attacks on Syrian government troops continued during the pauses.');
    assert.ok(!s.some(x => x.cue === 'attacks on'), JSON.stringify(s));
  });
  it('a role\'s object ends before a clause of time or reason ("since the uprising began", the seed articles)', () => {
    const r = reported("Russia has been the main supporter of Assad's regime since the uprising began in March 2011, using its veto.");
    const hit = r.find(x => x.cue === 'the main supporter of');
    assert.ok(hit && hit.content === "Assad's regime", JSON.stringify(r));
  });
  it('a stance held as a role after "be" with tense and an article: the object is the content, the subject the source (roleNouns)', () => {
    const r = reported('Rhonda Hughes, 43, is a fervent supporter of Donald J. Trump.');
    assert.ok(r.some(x => x.cue === 'a fervent supporter of' && x.content === 'Donald J. Trump' && x.mention === 'Rhonda Hughes'), JSON.stringify(r));
    const s = reported('Mrs. Clinton has been a dogged defender of the Affordable Care Act, while Mr. Sanders has dwelled on the program\'s not going far enough.');
    assert.ok(s.some(x => x.cue === 'a dogged defender of' && x.content === 'the Affordable Care Act' && x.mention === 'Mrs. Clinton'), JSON.stringify(s));
    const t = reported('While Mr. Ryan is a vocal advocate of trade deals and wrote legislation that gave President Obama expanded authority to negotiate them, Mr. Trump is not.');
    assert.ok(t.some(x => x.cue === 'a vocal advocate of' && x.content === 'trade deals' && x.mention === 'Mr. Ryan'), JSON.stringify(t));
    const u = reported('He\'s a more dedicated proponent of gun control than many Democrats.');
    assert.ok(u.some(x => x.cue === 'a more dedicated proponent of' && x.content === 'gun control' && x.mention === 'He'), JSON.stringify(u));
    const v = reported('Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders.');
    assert.ok(v.some(x => x.cue === 'an early backer of' && x.content === 'Bernie Sanders'), JSON.stringify(v));
    const w = reported('The prominent actress is a high-profile campaigner for leftist Senator Bernie Sanders, who faces a near impossible task.');
    assert.ok(w.some(x => x.cue === 'a high-profile campaigner for' && x.content === 'leftist Senator Bernie Sanders' && x.mention === 'The prominent actress'), JSON.stringify(w));
    const z = reported('Mr. Kasich, a Republican, has not endorsed Mr. Trump and has been a pointed critic of his political style.');
    assert.ok(z.some(x => x.cue === 'a pointed critic of' && x.content === 'his political style'), JSON.stringify(z));
  });
  it('not a role to come or wished for, nor one set off by commas after a name, nor a sponsor', () => {
    const r = reported('She promised she will be a vocal champion for D.C. statehood and wants to be an advocate for women.');
    assert.ok(!r.some(x => /advocate for|champion for/.test(x.cue ?? '')), JSON.stringify(r));
    const s = reported('Ashley Yago, 33, a supporter of Republican Donald Trump who lives in Greeley, finds herself in a similar retail job.');
    assert.ok(!s.some(x => /supporter of/.test(x.cue ?? '')), JSON.stringify(s));
    const t = reported('The Turquoise Council was a primary sponsor of a congressional trip to Azerbaijan in 2013.');
    assert.ok(!t.some(x => /sponsor of/.test(x.cue ?? '')), JSON.stringify(t));
  });
});

describe('reported speech: a light verb and its noun, the pair a cue (lightVerb.ts)', () => {
  it('a shot, a swipe or words aimed at someone: what follows the particle is the content, the verb\'s subject the source', () => {
    const r = reported('Blackwell also took a shot at likely Democratic nominee Hillary Clinton, without specifically naming her.');
    assert.ok(r.some(x => x.cue === 'took a shot at' && x.content?.startsWith('likely Democratic nominee Hillary Clinton') && x.mention === 'Blackwell'), JSON.stringify(r));
    const s = reported('Trump also took multiple swipes at fellow GOP contender Jeb Bush.');
    assert.ok(s.some(x => x.cue === 'took multiple swipes at' && x.content === 'fellow GOP contender Jeb Bush' && x.mention === 'Trump'), JSON.stringify(s));
    const t = reported('During his Meet the Press interview, Pence had harsh words for the character of Clinton.');
    assert.ok(t.some(x => x.cue === 'had harsh words for' && x.content === 'the character of Clinton' && x.mention === 'Pence'), JSON.stringify(t));
  });
  it('"spoke about", past adverbs and "at length", and a wh-clause to its own end', () => {
    const r = reported('Lopez stopped by HuffPost Live this year, and spoke briefly about the abrupt 2009 cancellation of his late night show.');
    assert.ok(r.some(x => x.cue === 'spoke briefly about' && x.content === 'the abrupt 2009 cancellation of his late night show'), JSON.stringify(r));
    const s = reported('He speaks at length about his hawkish national security view.');
    assert.ok(s.some(x => x.cue === 'speaks at length about' && x.content === 'his hawkish national security view' && x.mention === 'He'), JSON.stringify(s));
    const t = reported('This year Camil spoke about how during his crossover into English-language television, he’s noticed how out of touch Hollywood is with Latino audiences.');
    assert.ok(t.some(x => x.cue === 'spoke about' && x.content === 'how during his crossover into English-language television, he’s noticed how out of touch Hollywood is with Latino audiences'), JSON.stringify(t));
  });
  it('a phrase that ends on its noun is the content itself ("offering specifics")', () => {
    const r = reported('With troops split between Syria and Iraq, the candidates aren\'t offering specifics.');
    assert.ok(r.some(x => x.cue === 'offering' && x.content === 'specifics' && x.mention === 'the candidates'), JSON.stringify(r));
  });
  it('plans, ideas, descriptions, a slogan offered: the noun phrase is the content (47th session)', () => {
    const r = reported('None has offered specific plans.');
    assert.ok(r.some(x => x.cue === 'offered' && x.content === 'specific plans' && x.mention === 'None'), JSON.stringify(r));
    const s = reported('The GOP candidates in the race also offered ideas for boosting college affordability.');
    assert.ok(s.some(x => x.cue === 'offered' && x.content === 'ideas for boosting college affordability' && x.mention === 'The GOP candidates in the race'), JSON.stringify(s));
    const t = reported('People involved in the lobbying project offered contradictory descriptions of how it came about.');
    assert.ok(t.some(x => x.cue === 'offered' && x.content === 'contradictory descriptions of how it came about'), JSON.stringify(t));
    const u = reported('Clinton campaign Chairman John Podesta offered a slogan straight out of the 1990s when I asked him how she’d mount a comeback.');
    assert.ok(u.some(x => x.cue === 'offered' && x.content === 'a slogan straight out of the 1990s' && x.mention === 'Clinton campaign Chairman John Podesta'), JSON.stringify(u));
  });
  it('an attack launched, unleashed or mounted: what follows "on" or "against" is the content (51st session, s51-vn)', () => {
    const r = reported('Donald Trump unleashed a harsh attack on Ben Carson last night, comparing Carson to a child molester.');
    assert.ok(r.some(x => x.cue === 'unleashed a harsh attack on' && x.content === 'Ben Carson' && x.mention === 'Donald Trump'), JSON.stringify(r));
    const s = reported('In an incendiary press conference, Trump launched a pre-emptive attack against Obama, calling him “the most ignorant president in our history.”');
    assert.ok(s.some(x => x.cue === 'launched a pre-emptive attack against' && x.content === 'Obama' && x.mention === 'Trump'), JSON.stringify(s));
    const t = reported('Mr. Sanders\'s allies are testing their muscle against the White House, mounting a public attack on the president\'s housing secretary.');
    assert.ok(t.some(x => x.cue === 'mounting a public attack on' && x.content === 'the president\'s housing secretary'), JSON.stringify(t));
  });
  it('not an attack launched by no one, nor a launch with another noun', () => {
    assert.ok(!reported('The company launched a new product line on Monday.').some(x => x.cue?.startsWith('launched')));
    assert.ok(!reported('Rebels mounted the horses before dawn.').some(x => x.cue?.startsWith('mounted')));
  });
  it('not an explanation or advice offered', () => {
    assert.ok(!reported('Huckabee offered a similar explanation when POLITICO reported on his schedule of paid speeches.').some(x => x.cue === 'offered'));
    assert.ok(!reported('Khan has offered advice to Mrs. Clinton during her two presidential campaigns.').some(x => x.cue === 'offered'));
  });
  it('not a source\'s terms of anonymity, nor a light verb with another noun', () => {
    const r = reported('Senior officials spoke about issues related to Special Operations forces only on the condition of anonymity because most of the specifics are classified.');
    assert.ok(!r.some(x => x.cue === 'spoke about'), JSON.stringify(r));
    const s = reported('Sanders took a shower at the hotel before the rally.');
    assert.ok(!s.some(x => x.cue?.startsWith('took')), JSON.stringify(s));
  });
  it('opens a sentence on a phrase\'s noun or a verb of speaking, never on a preposition, a particle or "have"', () => {
    for (const w of ['shot', 'words', 'specifics', 'spoke', 'attack', 'criticism']) assert.ok(LIGHT_VERB_OPENERS.includes(w), w);
    for (const w of ['at', 'up', 'out', 'about', 'had', 'offered']) assert.ok(!LIGHT_VERB_OPENERS.includes(w), w);
  });
});
