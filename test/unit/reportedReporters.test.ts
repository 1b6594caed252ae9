/**
 * Reported speech whose reporter the rules used to miss (#16, src/core/reported/speaker.ts and index.ts): "said he/she/
 * they …" after a quantity, a coordinated verb or an adjunct, each on real PolNeAR train sentences.
 */
import * as assert from 'assert';
import { reported } from './helpers';

/** The report with the cue `cue` whose content starts with `start`. */
function reportOf(text: string, cue: string, start: string) {
  return reported(text).find(r => r.cue === cue && r.content.startsWith(start));
}

describe('reported speech: a quantity of people as the reporter (speaker.ts quantitySubject)', () => {
  it('a bound before a number: "at least 21,000 said they would …" (Washington Post 2016-06-27)', () => {
    const text = 'Since June 16, when he asked supporters to run for office, at least 21,000 said they would - or at least hit the streets to help.';
    const r = reportOf(text, 'said', 'they would');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'at least 21,000');
    // (any number the figures read as one word, isNumeral: "fifteen" was no number to the list of one to ten and tens
    // this rule had of its own)
    const words = text.replace('21,000', 'fifteen');
    assert.strictEqual(reportOf(words, 'said', 'they would')?.mention, 'at least fifteen', JSON.stringify(reported(words)));
  });
  it('"none" before its auxiliary: "and none has said they want …" (Washington Post 2015-11-15)', () => {
    const text = 'All three candidates issued statements condemning the coordinated attacks, and none has said they want heavy U.S. military engagement.';
    const r = reportOf(text, 'said', 'they want');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'none');
    assert.strictEqual(r.content, 'they want heavy U.S. military engagement');
  });
  it('a share before its figure set off by commas: "about two-thirds, 67 percent, say …", "Just shy of half, 49%, say …" (Politico 2016-05-26, USA Today 2016-03-16)', () => {
    const text = 'Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump.';
    const r = reportOf(text, 'say', 'they will vote');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'about two-thirds');
    const half = 'Just shy of half, 49%, say the "sharing economy" reflects an improvement on the American economy.';
    assert.strictEqual(reportOf(half, 'say', 'the "sharing economy"')?.mention, 'Just shy of half', JSON.stringify(reported(half)));
    // (an age set off by commas is no figure of a share: the name before it is the reporter)
    const age = 'Mary Smith, 49, said she will vote for Trump.';
    assert.strictEqual(reportOf(age, 'said', 'she will vote')?.mention, 'Mary Smith', JSON.stringify(reported(age)));
  });
  it('not "all but two said …", whose content the annotators end before ", despite …" (Politico 2016-06-21)', () => {
    const text = 'More than half the senators surveyed support at least lowering the number of superdelegates, and all but two said the party should take up the matter at next month’s convention in Philadelphia, despite the potential for a high-profile intraparty feud at a critical moment in the campaign.';
    assert.ok(!reported(text).some(r => r.mention === 'all but two'), JSON.stringify(reported(text)));
  });
});

describe('reported speech: a number after the "that" of its clause is the reporter (index.ts pastClauseThat)', () => {
  it('"… is that 78 percent of voters in a recent CBS News poll said they think …" (Washington Post 2016-08-26)', () => {
    const text = 'One thing working in Ayotte\'s favor is that 78 percent of voters in a recent CBS News poll said they think she is a different kind of Republican than Trump.';
    const r = reportOf(text, 'said', 'they think');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, '78 percent of voters in a recent CBS News poll');
  });
});

describe('reported speech: the subject of coordinated verbs (speaker.ts cueSubject)', () => {
  it('past the middle verb of a series: "they reversed themselves, rushed everyone … and said …" (Breitbart 2016-02-20)', () => {
    const text = 'A few minutes later they reversed themselves, rushed everyone inside the room and said they will register voters while the caucus is under way.';
    const r = reportOf(text, 'said', 'they will register');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'they');
  });
  it('", then says …" after a first verb (Breitbart 2016-02-08); not a verb other than one of saying', () => {
    const text = 'Kasich jokingly offered the man a job as Secretary of Defense, then says he’ll welcome advice for anyone who wants to talk to or yell at him if elected.';
    const r = reportOf(text, 'says', 'he’ll welcome');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'Kasich');
    // (USA Today 2016-03-02: in no gold attribution)
    const other = '"We\'ve got work to do," she told a cheering crowd, then referred to Trump\'s signature campaign slogan.';
    assert.ok(!reported(other).some(x => x.cue === 'referred to'), JSON.stringify(reported(other)));
  });
  it('"but" and an adjunct before the second verb: "…, but in a later interview said he had …" (Washington Post 2016-09-07)', () => {
    const text = 'The employee first said he did not recall making deletions based upon his realization, but in a later interview said he had an odd moment and deleted a Hillary Clinton email archive.';
    const r = reportOf(text, 'said', 'he had an odd moment');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'The employee first');
  });
});

describe('reported speech: an inner report of the outer reporter is part of what was said (index.ts sameReporterHeld)', () => {
  it('"The Ebelings said ⟦they were hoping to spend …⟧", "Romney\'s associates said ⟦he is not planning to offer …⟧" (Politico 2016-01-31, Washington Post 2016-03-03)', () => {
    const text = 'The Ebelings said they were hoping to spend some personal time with Clinton before Monday\'s caucuses.';
    const r = reported(text);
    assert.ok(r.some(x => x.cue === 'said' && x.content === 'they were hoping to spend some personal time with Clinton before Monday\'s caucuses'), JSON.stringify(r));
    assert.ok(!r.some(x => x.cue === 'hoping'), JSON.stringify(r));
    const romney = 'Romney\'s associates said he is not planning to offer an endorsement when he speaks Thursday at the University of Utah in Salt Lake City, where he has a home.';
    assert.ok(reported(romney).some(x => x.cue === 'said' && x.content.startsWith('he is not planning to offer')), JSON.stringify(reported(romney)));
  });
});

describe('reported speech: a subject past an apposition with a "who" clause (sayClause.ts afterApposition)', () => {
  it('"Geoff Garin, a Democratic pollster who advises …, said his focus groups … show that …" (Washington Post 2016-06-01)', () => {
    const text = 'Geoff Garin, a Democratic pollster who advises the pro-Clinton super PAC Priorities USA Action, said his focus groups and other research show that Clinton\'s positions resonate with voters.';
    const r = reportOf(text, 'said', 'his focus groups');
    assert.ok(r, JSON.stringify(reported(text)));
    assert.strictEqual(r.mention, 'Geoff Garin');
  });
});

describe('reported speech: the subject of a progressive past its "be" and adverb (speaker.ts progressiveBe)', () => {
  it('"would be asking", "are increasingly admitting", "are gently urging", "is currently pushing for" (NYT 2016-05-27, Politico 2016-07-08, Washington Post 2016-06-09, Western Journal 2016-02-11)', () => {
    const modal = 'The new poll comes at a time when many Democrats would be asking him to step aside and join with Mrs. Clinton.';
    assert.strictEqual(reportOf(modal, 'asking', 'him to step aside')?.mention, 'many Democrats', JSON.stringify(reported(modal)));
    const adverb = 'Democratic party leaders are increasingly admitting that they’re nervous about Trump’s ability to make inroads in such communities with his populist appeal.';
    assert.strictEqual(reportOf(adverb, 'admitting', 'that they’re nervous')?.mention, 'Democratic party leaders', JSON.stringify(reported(adverb)));
    const gently = 'Several Democrats are gently urging Sanders to accept the reality that Clinton will become the nominee.';
    assert.strictEqual(reportOf(gently, 'urging', 'Sanders to accept')?.mention, 'Several Democrats', JSON.stringify(reported(gently)));
    const pushing = 'New York Gov. Andrew Cuomo is currently pushing for his state to become the first in the nation to require a $15 minimum.';
    assert.strictEqual(reportOf(pushing, 'pushing for', 'his state to become')?.mention, 'New York Gov. Andrew Cuomo', JSON.stringify(reported(pushing)));
  });
  it('a passive after its adverb stays no report ("His ongoing anti-Islamic rhetoric has been widely condemned")', () => {
    const text = 'His ongoing anti-Islamic rhetoric has been widely condemned by leaders of both parties.';
    assert.ok(!reported(text).some(x => x.cue?.startsWith('condemned') && x.mention === 'His ongoing anti-Islamic rhetoric'), JSON.stringify(reported(text)));
  });
});

describe('reported speech: the subject before a phrase of time that stands before the verb (speaker.ts timeBeforeCue)', () => {
  it('"late last week indicated", "this past week announced" (NYT 2016-02-09, Western Journal 2016-04-02, PolNeAR train)', () => {
    const surveys = 'And surveys of New Hampshire Republican primary voters late last week indicated that fully one-third of voters were still trying to make up their minds.';
    assert.strictEqual(reportOf(surveys, 'indicated', 'that fully one-third')?.mention, 'surveys of New Hampshire Republican primary voters', JSON.stringify(reported(surveys)));
    const priebus = 'Reince Priebus, the GOP chairman, this past week announced the creation of a website to explain the process of a contested convention.';
    assert.strictEqual(reportOf(priebus, 'announced', 'the creation of a website')?.mention, 'Reince Priebus', JSON.stringify(reported(priebus)));
  });
  it('a subject read across the time already stays whole ("A Quinnipiac University poll this month shows …", NYT 2016-05-31)', () => {
    const poll = 'A Quinnipiac University poll this month shows Mr. Trump about even with Mrs. Clinton statewide.';
    assert.strictEqual(reportOf(poll, 'shows', 'Mr. Trump')?.mention, 'A Quinnipiac University poll', JSON.stringify(reported(poll)));
  });
});

describe('reported speech: a gerund after a verb of beginning or going on has that verb\'s subject (speaker.ts aspectBefore)', () => {
  it('"has lately started asking", "kept asking", "keeps talking about" (NYT 2016-03-12, Washington Post 2015-11-16 and 2016-07-06, PolNeAR train)', () => {
    const started = 'Perhaps not coincidentally, Mr. Trump has lately started asking his supporters to raise their right hands and pledge their loyalty to him.';
    assert.strictEqual(reportOf(started, 'asking', 'his supporters to raise')?.mention, 'Mr. Trump', JSON.stringify(reported(started)));
    const kept = 'Sen. Ron Johnson (R-Wis.) kept asking her why the State Department had tied the violence to protests rather than labeling it terrorism.';
    assert.strictEqual(reportOf(kept, 'asking', 'why the State Department')?.mention, 'Sen. Ron Johnson', JSON.stringify(reported(kept)));
    const keeps = 'Perez is winning nods and applause as he keeps talking about the power of unions.';
    assert.strictEqual(reportOf(keeps, 'talking about', 'the power of unions')?.mention, 'he', JSON.stringify(reported(keeps)));
  });
  it('no subject that a preposition opens ("which in NHL years means people have started asking …", a Toronto Star-style probe)', () => {
    const text = 'Kessler-Lund is 34, which in NHL years means people have started asking how much longer he can play.';
    assert.ok(!reported(text).some(x => x.cue === 'asking'), JSON.stringify(reported(text)));
  });
});

describe('reported speech: a surname that is also an auxiliary, standing alone before a verb with tense (subjectBefore.ts loneSurname)', () => {
  it('"Instead, Will called for", "Will believes", "which Will claims" (Western Journal 2015-11-21, PolNeAR train: the columnist George Will)', () => {
    const called = 'Instead, Will called for Republicans to throw their support behind Chris Christie.';
    assert.strictEqual(reportOf(called, 'called for', 'Republicans to throw their support')?.mention, 'Will', JSON.stringify(reported(called)));
    const believes = 'With the heightened security concerns following the Paris terrorist attacks, Will believes Christie has been presented with an opportunity.';
    assert.strictEqual(reportOf(believes, 'believes', 'Christie has been presented')?.mention, 'Will', JSON.stringify(reported(believes)));
  });
  it('not the modal before a base verb, nor the month ("Officials will announce …", "The company in May announced …")', () => {
    const modal = 'Instead, officials will announce that the plan is dead.';
    assert.strictEqual(reportOf(modal, 'announce', 'that the plan')?.mention ?? 'officials', 'officials', JSON.stringify(reported(modal)));
    const month = 'The company in May announced that it would close.';
    assert.strictEqual(reportOf(month, 'announced', 'that it would close')?.mention, 'The company', JSON.stringify(reported(month)));
  });
});

describe('reported speech: "saying" after a dash has the subject a comma would give it (speaker.ts cueSubject)', () => {
  it('"flipped his choice on the spot – saying …", "… with the DNC — saying …" (Breitbart 2016-02-06, Politico 2016-04-20, PolNeAR train)', () => {
    const rubio = 'Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning but would now root for North Carolina since Jeb chose Denver.';
    assert.strictEqual(reportOf(rubio, 'saying', 'he was rooting for Peyton Manning')?.mention, 'Marco Rubio', JSON.stringify(reported(rubio)));
    const dnc = 'Wasserman Schultz defended the fundraising agreement with the DNC — saying the Sanders campaign chose not to accept the same help.';
    assert.strictEqual(reportOf(dnc, 'saying', 'the Sanders campaign chose')?.mention, 'Wasserman Schultz', JSON.stringify(reported(dnc)));
  });
  it('not another participle after a dash ("its recent naming convention - adding one digit … - does not seem …", NYT 2015-12-09)', () => {
    const text = 'And its recent naming convention - adding one digit to a new account after the last one is suspended - does not seem as if it is fooling anyone.';
    assert.ok(!reported(text).some(x => x.cue === 'adding'), JSON.stringify(reported(text)));
  });
});

describe('reported speech: a gerund after "by" is its clause subject\'s means (speaker.ts meansGerund)', () => {
  it('"won his party\'s nomination by promising …", "responded to that tweet by calling …", "hit Snowden back by accusing …" (HuffPost 2016-01-22, Politico 2016-01-28, Washington Post 2016-08-01, PolNeAR train)', () => {
    const obama = 'Obama won his party’s nomination by promising its furious revenge.';
    const r = reportOf(obama, 'promising', 'its furious revenge');
    assert.ok(r, JSON.stringify(reported(obama)));
    assert.strictEqual(r.mention, 'Obama');
    assert.strictEqual(r.content, 'its furious revenge');
    const trump = 'Trump responded to that tweet by calling Alwaleed "dopey" and accusing him of wanting to control the U.S. politicians.';
    assert.strictEqual(reportOf(trump, 'calling', 'Alwaleed')?.mention, 'Trump', JSON.stringify(reported(trump)));
    const wikileaks = 'WikiLeaks wasn\'t happy about the criticism - and hit Snowden back by accusing him of pandering to Democratic presidential nominee Hillary Clinton.';
    assert.strictEqual(reportOf(wikileaks, 'accusing', 'him of pandering')?.mention, 'WikiLeaks', JSON.stringify(reported(wikileaks)));
  });
  it('"by calling for …", and the object ends before "and" and a second gerund (NYT 2016-06-08, USA Today 2016-04-14, PolNeAR train)', () => {
    const nofly = 'She outstripped his plans to defeat the Islamic State by calling for a no-fly zone in Syria.';
    assert.strictEqual(reportOf(nofly, 'calling for', 'a no-fly zone')?.mention, 'She', JSON.stringify(reported(nofly)));
    const touting = 'Hillary Clinton is keeping a lid on Bernie Sanders\' appeal in New York -- by touting her Senate record upstate and pounding him on the gun issue in the Big Apple.';
    const r = reportOf(touting, 'touting', 'her Senate record');
    assert.ok(r, JSON.stringify(reported(touting)));
    assert.strictEqual(r.content, 'her Senate record upstate');
    assert.strictEqual(r.mention, 'Hillary Clinton');
  });
  it('not the means of an infinitive ("an unsubtle effort to maintain that margin by hailing …", HuffPost 2016-02-12, PolNeAR train)', () => {
    const text = 'Her debate performance Thursday night included an unsubtle effort to maintain that margin by hailing Obama’s achievements.';
    assert.ok(!reported(text).some(x => x.cue === 'hailing'), JSON.stringify(reported(text)));
  });
  it('not inside a reported clause before it ("saying the provincial government had left them … by refusing …", test/fixtures/outlets pk-tribune-wheat-sit-in.txt); but a comma closes the report (HuffPost 2016-01-22)', () => {
    const text = 'Thousands of wheat growers staged a sit-in outside the assembly, saying the provincial government had left them at the mercy of middlemen by refusing to announce a support price for the new crop.';
    assert.ok(!reported(text).some(x => x.cue === 'refusing'), JSON.stringify(reported(text)));
    assert.ok(reported(text).some(x => x.cue === 'saying' && x.content.endsWith('for the new crop')), JSON.stringify(reported(text)));
    const obama = 'After Bill Clinton declared that the era of big government was over, Obama won his party’s nomination by promising its furious revenge.';
    assert.strictEqual(reportOf(obama, 'promising', 'its furious revenge')?.mention, 'Obama', JSON.stringify(reported(obama)));
  });
  it('a stance gerund read only as a progressive is a means after "by" too (HuffPost 2016-03-23, NYT 2016-01-12, Washington Post 2015-11-10, PolNeAR train)', () => {
    const hart = 'Gary Hart started winning Senate campaigns by denouncing Franklin Delano Roosevelt’s New Deal.';
    const r = reportOf(hart, 'denouncing', 'Franklin Delano');
    assert.ok(r, JSON.stringify(reported(hart)));
    assert.strictEqual(r.content, 'Franklin Delano Roosevelt’s New Deal');
    assert.strictEqual(r.mention, 'Gary Hart');
    const cruz = 'Donald J. Trump, who last week injected a volatile new element into the race by questioning Mr. Cruz\'s eligibility to be president because of his Canadian birth.';
    // (in a relative clause the Source is the relative pronoun, as PolNeAR marks it; was "He" of the sentence before it)
    const cruzReport = reportOf(cruz, 'questioning', 'Mr. Cruz\'s eligibility');
    assert.ok(cruzReport, JSON.stringify(reported(cruz)));
    assert.strictEqual(cruzReport.mention, 'who');
    assert.strictEqual(cruzReport.speaker, 'Donald J. Trump');
    const checkers = 'And, like Trump, they have played to a distrustful electorate by criticizing the fact-checkers and refusing to acknowledge that any fact is true.';
    assert.strictEqual(reportOf(checkers, 'criticizing', 'the fact-checkers')?.content, 'the fact-checkers', JSON.stringify(reported(checkers)));
  });
  it('not a stance gerund that is the means of an infinitive, whatever its verb ("to discredit Trump by attacking …", Washington Post 2016-03-03, PolNeAR train)', () => {
    const text = 'Operatives worked behind the scenes Wednesday on plans for a ruthless ad blitz to discredit Trump by attacking his business career and character.';
    assert.ok(!reported(text).some(x => x.cue === 'attacking'), JSON.stringify(reported(text)));
  });
});

describe('reported speech: a stance gerund after a preposition of time is its clause subject\'s act (objectCue.ts timeStance, s51-va)', () => {
  it('after, before, while: the main clause\'s subject reports (Politico 2015-12-03, NYT 2016-02-25, Politico 2016-05-05, PolNeAR train)', () => {
    const trump = 'Trump began the day in a hole with this crowd after questioning Israel’s commitment to making peace with Palestine in an interview ahead of the summit.';
    const q = reportOf(trump, 'questioning', 'Israel’s commitment');
    assert.ok(q, JSON.stringify(reported(trump)));
    assert.strictEqual(q.mention, 'Trump');
    const coleman = 'Mr. Coleman, for example, had previously endorsed Senator Lindsey Graham and Mr. Bush before backing Mr. Rubio.';
    const b = reportOf(coleman, 'backing', 'Mr. Rubio');
    assert.ok(b, JSON.stringify(reported(coleman)));
    assert.strictEqual(b.content, 'Mr. Rubio');
    assert.strictEqual(b.mention, 'Mr. Coleman');
    const ryan = 'Most of the vulnerable Senate Republicans have already said they would begrudgingly support Trump, while emphasizing it’s not an endorsement.';
    assert.strictEqual(reportOf(ryan, 'emphasizing', 'it’s')?.content, 'it’s not an endorsement', JSON.stringify(reported(ryan)));
  });
  it('not a gerund of no stance ("before releasing them to the public", Washington Post 2016-02-19, PolNeAR train)', () => {
    const text = 'Ranking Democrat Elijah E. Cummings (Md.) is waiting for relevant federal agencies to review transcripts from interviews with former CIA director David Petraeus before releasing them to the public, an aide said Thursday.';
    assert.ok(!reported(text).some(x => x.cue === 'releasing'), JSON.stringify(reported(text)));
  });
  it('the object ends before a second relative clause on the same noun, which reads its own "that" (USA Today 2016-07-25, PolNeAR train)', () => {
    const text = 'He launched Democracy for America, an organization that endorsed Sanders before backing Clinton and that is working with Sanders on this next project.';
    assert.ok(!reported(text).some(x => x.cue === 'backing' && x.content.includes('working')), JSON.stringify(reported(text)));
  });
});
