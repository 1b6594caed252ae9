/**
 * Reported speech with the plain verbs of saying (said, says, told …), recall on real PolNeAR train sentences: an inset
 * attribution before the rest of its content, a subject with an apposition between commas (src/core/reported).
 */
import * as assert from 'assert';
import { quoteOf, reported } from './helpers';

/** The content reported with the cue `cue`. */
function contentOf(text: string, cue: string): string | undefined {
  return reported(text).find(r => r.cue === cue)?.content;
}

describe('reported speech: an inset attribution before the rest of a clause (parenthetical.ts)', () => {
  it('an opening that ends on its verb, a short rest, an infinitive or a reason after the inset', () => {
    assert.strictEqual(contentOf('It was, he said, one of the bitterest failures of his presidency.', 'said'), 'It was, he said, one of the bitterest failures of his presidency');
    assert.strictEqual(contentOf('This campaign, he says, is different.', 'says'), 'This campaign, he says, is different');
    assert.strictEqual(contentOf('Nor does Mrs. Clinton have any plans, advisers say, to take cues from the Brexit campaign and start soft-pedaling her support for globalized markets.', 'say'),
      'Nor does Mrs. Clinton have any plans, advisers say, to take cues from the Brexit campaign and start soft-pedaling her support for globalized markets');
    assert.strictEqual(contentOf('But she was not surprised that the campaign won, her advisers said Friday, because she understands the extent of voter anger.', 'said'),
      'she was not surprised that the campaign won, her advisers said Friday, because she understands the extent of voter anger');
  });
  it('an opening whose verb is in the present ("makes", "grows") before "for" or "because" (PolNeAR train)', () => {
    assert.strictEqual(contentOf('So it makes sense, strategists said, for Democrats to put the concept in the public’s mind now.', 'said'),
      'it makes sense, strategists said, for Democrats to put the concept in the public’s mind now');
    assert.ok(contentOf('He grows angry every time he gets an email from the Democratic National Committee, he says, because he views them as pestering him to give up.', 'says')
      ?.startsWith('He grows angry every time'));
  });
  it('a quotation that goes on with a lower-case word after the inset: the whole sentence is one content (PolNeAR train)', () => {
    assert.strictEqual(contentOf('It is time for the country to be led, he said, \'\'not only by a strong leader, but by a caring, genuine and decent person.\'\'', 'said'),
      'It is time for the country to be led, he said, \'\'not only by a strong leader, but by a caring, genuine and decent person.\'\'');
    assert.ok(contentOf('In cases of abortion, it said, “the woman is a victim.”', 'said')?.startsWith('In cases of abortion'));
    // (not after an opening that ends on a participle, nor an inset with a clause of its own)
    assert.ok(!reported('Obama\'s remarks were directed broadly at Republican critics, including, he said, "politicians who tweet and appear on cable news shows."').some(r => r.content.startsWith('Obama')));
    assert.ok(!reported('At one point, a woman asked for a photo and Clinton said, “as long as we’re not violating any election laws.”').some(r => r.content.startsWith('At one point')));
  });
  it('not a quotation after the inset, nor a capitalised word', () => {
    assert.ok(!reported('There was, she said, "an implicit bargain."').some(r => r.content.startsWith('There was')));
    assert.strictEqual(contentOf('Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."', 'told'), undefined);
  });
});

describe('reported speech: a clause whose subject has an apposition between commas (bareClause.ts, clause.ts)', () => {
  it('the apposition is part of the subject, and the content ends with the sentence', () => {
    assert.strictEqual(contentOf('Speaking on radio show Joney’s Jukebox last week, Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the upcoming album.', 'said'),
      'his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the upcoming album');
    assert.strictEqual(contentOf('He also says the email scandal, while troublesome, was dealt with appropriately in his view.', 'says'),
      'the email scandal, while troublesome, was dealt with appropriately in his view');
  });
  it('a present verb after a relative clause between commas', () => {
    assert.strictEqual(contentOf('Abortion opponents said the decision, which struck down restrictions on Texas abortion clinics that other states have duplicated, illustrates the importance of electing a president who will appoint antiabortion justices.', 'said'),
      'the decision, which struck down restrictions on Texas abortion clinics that other states have duplicated, illustrates the importance of electing a president who will appoint antiabortion justices');
  });
});

describe('reported speech: a quoted name in the opening phrase is no direct quote before its cue (bareClause.ts, mixed.ts)', () => {
  it('"Appearing Friday on "CBS This Morning," Sanders said he had not …"', () => {
    const r = reported('During an appearance Friday on "CBS This Morning," Sanders said he had not "heard her say the things that need to be said."');
    assert.ok(r.some(x => x.content === 'he had not "heard her say the things that need to be said."' && x.mention === 'Sanders'), JSON.stringify(r));
  });
  it('but a quote that opens its sentence keeps its cue: "…," he said aboard his plane', () => {
    assert.ok(!reported('"I am going to be the nominee," he said aboard his campaign plane.').some(x => x.cue === 'said'));
  });
});

describe('reported speech: "…, according to X, where …" (accordingTo.ts)', () => {
  it('a relative of place or a count after the source is a detail of the source, not more content', () => {
    assert.strictEqual(contentOf('In the final round of state primaries next month, Clinton holds a 10-point lead in California, according to the RealClearPolitics average of polls, where 475 pledged delegates will be at stake.', 'according to'),
      'In the final round of state primaries next month, Clinton holds a 10-point lead in California');
    assert.strictEqual(contentOf('In Colorado, there are still small pockets of activists and voters who backed Sanders and won’t get behind Clinton, according to the Democratic chairs from Jefferson and Arapahoe, two of the five most populous counties.', 'according to'),
      'In Colorado, there are still small pockets of activists and voters who backed Sanders and won’t get behind Clinton');
  });
});

describe('reported speech: a content before its cue goes on in the quotation after the sentence (continued.ts)', () => {
  it('the rest of the paragraph, when its quotation has no verb of saying of its own', () => {
    const r = reported('Yet Trump is also a “change agent,” Cole said. “That’s exactly what people want right now, so in that sense he’s very well-positioned for a general election.”');
    assert.ok(r.some(x => x.content === 'Trump is also a “change agent,” Cole said. “That’s exactly what people want right now, so in that sense he’s very well-positioned for a general election.”' && x.mention === 'Cole'), JSON.stringify(r));
  });
  it('not a quotation with its own cue, nor the next paragraph, nor a content after a cue that frames it', () => {
    assert.strictEqual(contentOf('He was unable to find a single taker, he said, on condition of anonymity. “Not even one,” he said.', 'said'), 'He was unable to find a single taker');
    assert.strictEqual(contentOf('Yet Trump is also a “change agent,” Cole said.\n\n“That’s exactly what people want right now.”', 'said'), 'Trump is also a “change agent,”');
    assert.strictEqual(contentOf('Kerry said that 100,000 refugees would be accepted.\n\n“That adds up to 185,000 over two years.”', 'said'), 'that 100,000 refugees would be accepted');
    // (PolNeAR train, Washington Post 2016-04-09: "noting" frames what follows, the quotation is not taken in)
    assert.strictEqual(contentOf('"You\'re down to the number of people you can count and meet," Buchanan said, noting that Manafort did not lose a single Ford delegate. "If you\'re not tough, you will lose. To suggest he\'s tough is saying he\'s competent."', 'noting'),
      'that Manafort did not lose a single Ford delegate');
  });
  it('a clause after "said", "added", "explaining" goes on in the one quotation that closes the paragraph (PolNeAR train)', () => {
    // (Politico 2015-12-01; USA Today 2016-08-16)
    assert.strictEqual(contentOf('Greene added that the Fed very much wants to get out of the way before the election. “They don’t like to talk about it, but I think they will be moving more for political reasons than economic ones.”', 'added'),
      'that the Fed very much wants to get out of the way before the election. “They don’t like to talk about it, but I think they will be moving more for political reasons than economic ones.”');
    assert.strictEqual(contentOf('She says people should be able to use the bathroom they prefer. "It is their life; they are not hurting anybody, and we should be focusing more on what is actually more important, like terrorism and drug trafficking."', 'says'),
      'people should be able to use the bathroom they prefer. "It is their life; they are not hurting anybody, and we should be focusing more on what is actually more important, like terrorism and drug trafficking."');
  });
  it('nor a relative clause\'s report after a quote\'s inverted source: the quotation goes on with that quote (PolNeAR train, USA Today 2016-02-05)', () => {
    const text = '"I have never voted in a primary, but I\'m going to vote in this primary for Bernie," said Nicky Driscoll, 24,  from Manchester, who said Sanders is best suited to get corporate money out of government. "It\'s supposed to be for the people, not the Walmart."';
    assert.strictEqual(contentOf(text, 'said'), 'Sanders is best suited to get corporate money out of government');
  });
  it('but not when the quotation is not the paragraph\'s last', () => {
    assert.strictEqual(contentOf('She says people should be able to use the bathroom they prefer. "It is their life." Her sister disagrees.', 'says'), 'people should be able to use the bathroom they prefer');
  });
});

describe('reported speech: a say-verb inside the quotation of a fronted content is no cue of its own (fronted.ts)', () => {
  it('"He was always "charming … as long as you say what he wants to hear," Roffman said"', () => {
    const r = reported('He was always "charming and wonderful as long as you say what he wants to hear," Roffman said in a recent interview.');
    assert.ok(r.some(x => x.content === 'He was always "charming and wonderful as long as you say what he wants to hear,"' && x.mention === 'Roffman'), JSON.stringify(r));
  });
  it('but a say-verb outside the marks still is', () => {
    assert.ok(!reported('Lavrov said: "We will not go," he added.').some(x => x.cue === 'added'));
  });
});

describe('reported speech: "… and he feels …" goes on with the same content (clause.ts)', () => {
  it('a pronoun and a verb of feeling after "and" or "but" is no second reporter', () => {
    assert.strictEqual(contentOf('Speaking to MSNBC’s Morning Joe Monday, Trump said Iowa’s caucus system is “complex” and he feels he can win New Hampshire’s Tuesday primary.', 'said'),
      'Iowa’s caucus system is “complex” and he feels he can win New Hampshire’s Tuesday primary');
  });
  it('but a name and a verb of saying still is ("… and Clinton said …")', () => {
    assert.strictEqual(contentOf('Trump said the caucus system is complex and Clinton said she would win the primary.', 'said'), 'the caucus system is complex');
  });
});

describe('reported speech: a comma that closes a quotation is no break of the content (clause.ts)', () => {
  it('the content goes on past "…," with a relative, "while" or "compared"', () => {
    assert.strictEqual(contentOf('Cruz told delegates here that their votes could help him win "a battle in Cleveland," where the party may host its first contested convention in 40 years.', 'told delegates here'),
      'that their votes could help him win "a battle in Cleveland," where the party may host its first contested convention in 40 years');
    assert.strictEqual(contentOf('In Florida, Carlos Beruff said that he "supports Donald Trump 100 percent," while his primary opponent, Sen. Marco Rubio, did not.', 'said'),
      'that he "supports Donald Trump 100 percent," while his primary opponent, Sen. Marco Rubio, did not');
  });
  it('but a concession, or "but" with a subject of its own, still ends it', () => {
    assert.strictEqual(contentOf('Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed compliment.', 'said'),
      'both Rubio and Cruz are "non-entities in the Senate,"');
  });
  it('and so does "while" with another reporter\'s cue (US probe; PolNeAR train without the quote)', () => {
    const probe = 'Mr. Hollings said he supported the president\'s steel tariffs "one hundred percent," while Ms. Castellano said she backed them but worried about retaliation.';
    assert.strictEqual(contentOf(probe, 'said'), 'he supported the president\'s steel tariffs "one hundred percent,"');
    assert.strictEqual(reported(probe).find(r => r.content.startsWith('she backed'))?.speaker, 'Castellano');
    assert.strictEqual(contentOf('Rubio suggested that someone who doesn\'t answer questions can\'t be president, while Cruz said that the "stakes in this election are too high" for Trump to be the nominee.', 'suggested'),
      'that someone who doesn\'t answer questions can\'t be president');
  });
  it('and so does "while" with another\'s verb of referring: the second quote is the second referrer\'s (PolNeAR train, Breitbart 2016-03-02)', () => {
    const text = 'Christie refers to the candidate, who is supposedly his longtime friend, as “Mr. Trump,” while Trump refers to the governor as “Chris.”';
    assert.strictEqual(contentOf(text, 'refers to'), 'the candidate, who is supposedly his longtime friend, as “Mr. Trump,”');
    assert.strictEqual(quoteOf(text, '“Chris.').speaker?.name, 'Trump');
  });
  it('"a nod to the front-runner acknowledging that …" reports nothing: a gesture\'s noun is no source (PolNeAR train, Washington Post 2016-03-04)', () => {
    const text = 'That prompted Rubio to make a joke about yoga and call Trump "very flexible," a nod to the front-runner acknowledging that he has changed his position on assault rifle bans.';
    // (the one report is Rubio's words around his quote, PolNeAR's gold too: ../../src/core/reported/aroundQuote.ts)
    assert.deepStrictEqual(reported(text).map(r => [r.speaker, r.content]), [['Rubio', 'Trump "very flexible,"']]);
  });
});

describe('reported speech: an opening with an infinitive of a cue or a contracted "is" is a clause of its own (parenthetical.ts)', () => {
  it('"difficult to predict, many economists say, because …", "He’s leaning toward Kasich, he said, because …"', () => {
    assert.strictEqual(contentOf('The effects are difficult to predict, many economists say, because there is little historical precedent for raising minimum wages so high.', 'say'),
      'The effects are difficult to predict, many economists say, because there is little historical precedent for raising minimum wages so high');
    assert.strictEqual(contentOf('He’s leaning toward Kasich, he said, because he prizes electability and reclaiming the White House in November.', 'said'),
      'He’s leaning toward Kasich, he said, because he prizes electability and reclaiming the White House in November');
  });
});

describe('reported speech: an inverted source whose apposition has a relative clause (fronted.ts)', () => {
  it('"CONTENT, said X, an Orlando Republican who founded …" reports the content before the cue (Politico 2016-05-23, PolNeAR train)', () => {
    assert.strictEqual(contentOf('Federal mandates are a burden that distract from teaching and learning in schools, said Wilcox, an Orlando Republican who founded lucrative defense and transportation companies after serving in the Army and the CIA.', 'said'),
      'Federal mandates are a burden that distract from teaching and learning in schools');
    assert.strictEqual(contentOf('Even if the department no longer existed, some of its functions would be performed by other federal agencies or offices, said DeSantis, who was elected to the U.S. House in 2012.', 'said'),
      'Even if the department no longer existed, some of its functions would be performed by other federal agencies or offices');
  });
  it('"CONTENT, said X, a … grad whose aggressiveness has driven …": "whose" opens the relative clause too (politico_2016-07-11_playbook-passes-the-, PolNeAR train)', () => {
    assert.strictEqual(contentOf('That will be true up to a point, said Sherman, a George Washington University grad whose aggressiveness has driven less energetic reporters (like me) off the beat.', 'said'),
      'That will be true up to a point');
  });
  it('"Otherwise, said X, the communities … will suspend …": after a lone opening adverb an inverted source is followed by the content\'s clause (parenthetical.ts; st-telanon-me-zochi-cocoa-price, probes-mm)', () => {
    const text = 'The producers gave the Government until the end of January to publish the decree. Otherwise, said Adelino Neto, the communities of Mé-Zóchi will suspend the sale of their cocoa to the exporters.';
    const r = reported(text).find(x => x.content.includes('will suspend'));
    assert.ok(r && r.content.includes('the communities of Mé-Zóchi will suspend the sale of their cocoa to the exporters'), JSON.stringify(r));
    assert.strictEqual(r?.speaker, 'Adelino Neto');
  });
});

describe('reported speech: "announced" closes a fronted content; "added" inside it is a verb of adding (fronted.ts, clause.ts)', () => {
  it('"CONTENT, his campaign announced Saturday." and "organizers added 160 security personnel …, the Sun-Times reported." (USA Today 2016-01-04, 2016-06-27, Politico 2016-08-26, PolNeAR train)', () => {
    assert.strictEqual(contentOf('Bernie Sanders raised more than $33million during the last three months of 2015 to underwrite his bid for the Democratic presidential nomination, his campaign announced Saturday.', 'announced'),
      'Bernie Sanders raised more than $33million during the last three months of 2015 to underwrite his bid for the Democratic presidential nomination');
    assert.strictEqual(contentOf('In Chicago, organizers added 160 security personnel along the parade route, up from 90 last year, the Sun-Times reported.', 'reported'),
      'In Chicago, organizers added 160 security personnel along the parade route, up from 90 last year');
    // (but a say-verb "added" before a colon or a quote is a cue of the content's own)
    assert.ok(!reported('He added: "We will win," the paper reported.').some(r => r.cue === 'reported'));
  });
});

describe('reported speech: the writer\'s comment after a fronted content\'s tail (fronted.ts)', () => {
  it('"CONTENT, Sanders said, a policy that …", "CONTENT, the … Office reported on Tuesday -- a development that …" (HuffPost 2015-11-09, NYT 2016-01-20, PolNeAR train)', () => {
    assert.strictEqual(contentOf('Victims of domestic violence and unaccompanied minors who came to the U.S. from Central America would be considered a distinct group for purposes of asylum, Sanders said, a policy that could make it easier for them to remain in the U.S.', 'said'),
      'Victims of domestic violence and unaccompanied minors who came to the U.S. from Central America would be considered a distinct group for purposes of asylum');
    assert.strictEqual(contentOf('A six-year trend of declining federal budget deficits will end this year, sooner than expected, the nonpartisan Congressional Budget Office reported on Tuesday -- a development that injects new questions into the presidential race.', 'reported'),
      'A six-year trend of declining federal budget deficits will end this year, sooner than expected');
  });
  it('not a tail inside a parenthesis the content opens (Politico 2016-06-10, PolNeAR train)', () => {
    assert.ok(!reported('But those union endorsements prompted some blowback from rank-and-file members ("I want my dues back," wrote Edward Nelson, an instructor).').some(r => r.cue === 'wrote'));
  });
});

describe('reported speech: "asked for" and its object (objectCue.ts)', () => {
  it('"President Obama originally asked for $1.9 billion to fight Zika" (WaPo 2016-06-29, Politico 2016-04-03, PolNeAR train)', () => {
    assert.ok(contentOf('President Obama originally asked for $1.9 billion to fight Zika in February.', 'asked for')?.startsWith('$1.9 billion to fight Zika'));
    assert.strictEqual(contentOf('The fight began before the votes were cast when a party activist asked for the allegiances of all the delegate-candidates to be disclosed.', 'asked for'),
      'the allegiances of all the delegate-candidates to be disclosed');
  });
});

describe('reported speech: "claimed responsibility for", "claiming allegiance to" and their object (objectCue.ts)', () => {
  it('the object after the claim, up to the sentence\'s verb after a participle (HuffPost 2016-06-16, PolNeAR train)', () => {
    assert.strictEqual(contentOf('Obama and Vice President Joe Biden arrived in Orlando, Florida, four days after a U.S.-born gunman claiming allegiance to various Islamist militant groups carried out the deadliest mass shooting in modern U.S. history.', 'claiming allegiance to'),
      'various Islamist militant groups');
    assert.strictEqual(contentOf('Islamic State claimed responsibility for the attack but U.S. officials have said there is no sign of a direct connection.', 'claimed responsibility for'), 'the attack');
    // (Washington Post 2016-09-03, PolNeAR train)
    assert.strictEqual(contentOf('They cited the case of Guccifer 2.0, an individual or group of hackers who U.S. officials say is tied to Russian intelligence services and who claimed credit for hacking the Democratic National Committee this year.', 'claimed credit for'),
      'hacking the Democratic National Committee');
  });
  it('no clause read after the claim ("claiming ⟦allegiance to … carried out …⟧"), and no object in a time after a verb (Politico 2016-07-11, PolNeAR train)', () => {
    const r = reported('Obama and Vice President Joe Biden arrived in Orlando, Florida, four days after a U.S.-born gunman claiming allegiance to various Islamist militant groups carried out the deadliest mass shooting in modern U.S. history.');
    assert.ok(!r.some(x => x.content.startsWith('allegiance')), JSON.stringify(r));
    const romney = reported('“As we mourn the victims of Islamic terror in Orlando, Ann & I say a special prayer for the LGBT community that was the focus of this attack,” Romney tweeted the day after a man claiming allegiance to ISIS gunned down 49 people at Pulse nightclub.');
    assert.ok(!romney.some(x => x.cue === 'tweeted'), JSON.stringify(romney));
  });
});

describe('reported speech: an elliptic clause after its cue (bareClause.ts)', () => {
  it('"Jeff Flake said he would.", "They said she could." (WaPo 2016-03-18, West Journal 2016-02-09, PolNeAR train)', () => {
    assert.ok(reported('Jeff Flake said he would.').some(r => r.cue === 'said' && r.content === 'he would'));
    assert.ok(reported('They said she could.').some(r => r.cue === 'said' && r.content === 'she could'));
    // (not a pronoun and a verb: "he left" is no ellipsis)
    assert.ok(!reported('Smith said he left.').some(r => r.cue === 'said'));
  });
});

describe('reported speech: a quantity that opens a bare clause (bareClause.ts)', () => {
  it('"said nearly every conversation he has had … centers on …" (WaPo 2016-03-24, PolNeAR train)', () => {
    assert.strictEqual(contentOf('Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership, said nearly every conversation he has had with donors lately centers on the need for a firewall.', 'said'),
      'nearly every conversation he has had with donors lately centers on the need for a firewall');
  });
});
