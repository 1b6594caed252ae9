/** Rule family "participle" (src/core/quotes/attribution/participle.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: participle', () => {
  it('a participle right after "X said," shares X (PolNeAR train: Washington Post 2016-05-05)', () => {
    const text = '"He has a desire to ensure that those voters feel like part of the process heading into July," she said, adding that "the Democratic Party will come together in July and stand behind our nominee."';
    assert.deepStrictEqual(attributed(text, '"the Democratic'), { mention: 'she', rule: 'participle' });
  });
  it('a "said" past a content clause before the participle shares its subject, no other cue that far (PolNeAR train: Western Journal 2016-02-17, HuffPost 2016-08-03)', () => {
    const strategist = 'Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose whose side she’s on, saying, “At some point, she’s going to have to come out — I think the pressure’s going to build on her — on where she stands on her longtime family adviser.”';
    assert.deepStrictEqual(attributed(strategist, '“At some point'), { mention: 'a top GOP strategist', rule: 'participle' });
    const khan = 'Khan, who is Muslim, also decried Trump’s repeated calls to ban all Muslims from entering the U.S., noting he has “sacrificed nothing” for the country he is campaigning to lead.';
    assert.strictEqual(attributed(khan, '“sacrificed').mention, 'Khan');
  });
  it('a verb coordinated in a relative clause on an inverted cue\'s speaker is that speaker\'s, not the sentence opener\'s (PolNeAR train: Washington Post 2016-03-03)', () => {
    const text = 'Petraeus "was handled so lightly for his offense there isn\'t a whole lot you can do," said a former U.S. law enforcement official who oversaw counterintelligence investigations and described the email controversy as "a lesser set of circumstances."';
    assert.deepStrictEqual(attributed(text, '"a lesser'), { mention: 'a former U.S. law enforcement official', rule: 'cue before the quote' });
    // (not a relative clause on an object, nor on a cue's clause: the sentence's subject speaks)
    assert.strictEqual(attributed('Clinton criticized the people who support Trump and said they were "deplorable."', '"deplorable').mention, 'Clinton');
    assert.strictEqual(attributed('She said the people who back Trump and called him "a patriot" were wrong.', '"a patriot').mention, 'She');
  });
  it('the sentence opener is the subject of ", saying"', () => {
    const text = 'In 2016, Mrs. Schlafly endorsed Donald J. Trump for president, saying he had \'\'the courage and the energy\'\' to do it.';
    assert.deepStrictEqual(attributed(text, "''the courage"), { mention: 'Mrs. Schlafly', rule: 'participle' });
  });
  it('the noun a relative clause qualifies, not the clause\'s object (PolNeAR train: Washington Post 2016-06-09)', () => {
    const text = 'One Democratic official who relayed the exchange said Reid quieted the chatter, telling his colleagues, "We have to remember that Bernie has always been good to us, he\'s always been there when we needed him, and we need to treat him fairly."';
    assert.deepStrictEqual(attributed(text, '"We have'), { mention: 'One Democratic official', rule: 'participle' });
  });
  it('the name right before the participle', () => {
    const text = 'Republicans who agree that the prison should be closed were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”';
    assert.deepStrictEqual(attributed(text, '“Chinese'), { mention: 'Sen. John McCain', rule: 'participle' });
  });
  it('the issuer of a report', () => {
    const text = "The Holocaust Memorial Museum in Washington issued a report this month charging the Islamic State with ''crimes against humanity,'' ''genocide'' and ''mass atrocities to control, expel, and exterminate ethnic and religious minorities.''";
    assert.deepStrictEqual(attributed(text, "''crimes"), { mention: 'Holocaust Memorial Museum', rule: 'participle' });
  });
  it('a gerund after "by" shares the subject of the verb before it', () => {
    const text = 'When he returned he began by saying, “I don’t think that it’s nec- essary for Mr. D’Souza to go to jail.” Just those words.';
    assert.deepStrictEqual(attributed(text, '“I don’t'), { mention: 'he', rule: 'participle' });
  });
  it('a description opening the sentence', () => {
    const text = 'The Florida senator sought to calm his supporters, and took a heckler in stride, saying the person would “not get beat up” at his rally, a swipe at the recent disturbances at some of Trump’s rallies.';
    assert.deepStrictEqual(attributed(text, '“not get'), { mention: 'The Florida senator', rule: 'participle' });
  });
  it('the noun phrase after "with" ("The 60 second ad ends with a voice over saying: “…")', () => {
    const text = 'The 60 second ad ends with a voice over saying: “Amnesty for illegal immigrants. Big money for himself. Can conservatives Trust Donald Trump?”';
    assert.deepStrictEqual(attributed(text, '“Amnesty'), { mention: 'a voice over', rule: 'participle' });
  });
  it('an absolute phrase after "with" has its own subject, before the sentence opener', () => {
    const text = 'The Republican senators complained about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”';
    assert.deepStrictEqual(attributed(text, '“Chinese'), { mention: 'Sen. John McCain', rule: 'participle' });
    const aft = 'Unions have lined up behind Hillary Clinton, with the American Federation of Teachers calling her “the champion working families need” this week.';
    assert.deepStrictEqual(attributed(aft, '“the champion'), { mention: 'American Federation of Teachers', rule: 'participle' });
    const rick = 'Donald Trump turned his sights on Cruz, with the campaign of the former senator from Pennsylvania saying Cruz was "not a real conservative on immigration."';
    assert.deepStrictEqual(attributed(rick, '"not a real'), { mention: 'the campaign', rule: 'participle' });
  });
  it('no absolute phrase across a preposition and a dash', () => {
    const text = "He struggles with a basic task in politics - bragging - conceding that, when he does, he feels ''the looming presence of Barbara Bush,'' his boast-averse mother.";
    assert.deepStrictEqual(attributed(text, "''the looming"), { mention: 'He', rule: 'participle' });
  });
  it('a sign right before the participle speaks, not the one who holds it (PolNeAR train: Washington Post 2016-03-22)', () => {
    const text = 'Lori Bernstein held up a sign saying "Jews Against Trump - Because We\'ve Seen This Before."';
    assert.deepStrictEqual(attributed(text, '"Jews'), { mention: 'a sign', rule: 'participle' });
  });
  it('the sentence subject past an opening "But", and "responding that" (PolNeAR train: Politico 2016-05-31, USA Today 2016-03-22)', () => {
    const toomey = 'But Sen. Pat Toomey (R-Pa.) refused to entertain the possibility of campaigning alongside Cruz, responding that he’s “not going to go into what my campaign is doing.”';
    assert.deepStrictEqual(attributed(toomey, '“not going'), { mention: 'Sen. Pat Toomey', rule: 'participle' });
    const clinton = 'Yet she didn\'t limit her attacks to Israel policy, also calling on attendees to oppose "bigotry" after citing the proposed ban.';
    assert.deepStrictEqual(attributed(clinton, '"bigotry'), { mention: 'she', rule: 'participle' });
  });
  it('a description of any noun before the main clause\'s verb, not the object of the introductory phrase (PolNeAR train: USA Today 2016-07-15, Washington Post 2016-09-03, Politico 2016-05-05)', () => {
    const justice = 'In three separate interviews, the justice sounded off on Trump, saying she didn\'t "want to contemplate" the effects a Trump candidacy would have on the court.';
    assert.deepStrictEqual(attributed(justice, '"want'), { mention: 'the justice', rule: 'participle' });
    const counsel = 'In court documents, Lazar\'s public defense counsel asked for a sentence of three years, calling his hacking expeditions "an addiction of sorts."';
    assert.deepStrictEqual(attributed(counsel, '"an addiction'), { mention: "Lazar's public defense counsel", rule: 'participle' });
    const campaign = 'Her campaign quickly blasted out an email to supporters stating, “Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump.”';
    assert.deepStrictEqual(attributed(campaign, '“Speaker'), { mention: 'Her campaign', rule: 'participle' });
  });
  it('a crowd\'s noise is the group\'s that is a clause\'s subject before it (PolNeAR train: USA Today 2016-07-27, Washington Post 2016-03-22, Politico 2016-07-06)', () => {
    const hundreds = 'Hundreds of pro-Sanders demonstrators marched through Center City on the first day of the Democratic National Convention on Monday, chanting "Bernie or Jill, No Hill," raising fresh questions.';
    assert.deepStrictEqual(attributed(hundreds, '"Bernie'), { mention: 'Hundreds of pro-Sanders demonstrators', rule: 'participle' });
    const about = 'Outside the sports arena in downtown Washington, about 200 protesters congregated in three clusters, holding anti-Trump signs and chanting "Dump Trump."';
    assert.deepStrictEqual(attributed(about, '"Dump'), { mention: 'about 200 protesters', rule: 'participle' });
    const where = 'Clinton spoke just down the street from the Trump Taj Mahal, where about 50 protesters had gathered on Wednesday morning, chanting "no contract, no peace" after the union failed to reach a contract.';
    assert.deepStrictEqual(attributed(where, '"no contract'), { mention: 'about 50 protesters', rule: 'participle' });
    // (an absolute phrase's quantified group: USA Today 2016-06-27)
    const orlando = 'Orlando was not far from the thoughts of celebrants, with many marchers and spectators chanting "We are Orlando" and "Disarm hate."';
    assert.deepStrictEqual(attributed(orlando, '"We are'), { mention: 'many marchers and spectators', rule: 'participle' });
    // (the group is no clause's subject: no speaker from this rule)
    const object = 'Police arrested several protesters downtown on Monday, chanting "Lock her up."';
    assert.notStrictEqual(attributed(object, '"Lock').mention, 'several protesters');
  });
  it('a far cue\'s subject a subordinator opens is the speaker, not the sentence opener (PolNeAR train: Breitbart 2016-02-20, USA Today 2016-01-22)', () => {
    const woman = 'John Kasich is assuring voters he’s tough enough to be president after a woman in Worcester, Massachusetts, told him she worries he’s “too nice” to fend off his GOP rivals and world leaders like Vladimir Putin.';
    assert.strictEqual(attributed(woman, '“too nice').mention, 'a woman in Worcester');
    const noted = 'Republican National Committee spokesman Sean Spicer -- as Clinton\'s campaign noted this week -- even promoted Sanders on Twitter as the winner of Democratic debates and has taunted the Clinton campaign for "getting schooled by a nutty VT socialist."';
    assert.strictEqual(attributed(noted, '"getting schooled').mention, "Clinton's campaign");
    // (no subordinator before the description: the far cue's description may be an object, the opener speaks)
    const opener = 'In 2016, Mrs. Schlafly endorsed Donald J. Trump for president, saying he had \'\'the courage and the energy\'\' to do it.';
    assert.strictEqual(attributed(opener, "''the courage").mention, 'Mrs. Schlafly');
  });
  it('the full name after an outlet\'s possessive opening the main clause shares its participle (PolNeAR train: Western Journalism 2016-03-19), not one set off as an aside (Washington Post 2016-06-09)', () => {
    const walsh = 'In an effort to identify those blacklisted, The Blaze’s Matt Walsh provided a philosophical justification for a blacklist, saying it is necessary to “identify the traitors and remember their names.”';
    assert.deepStrictEqual(attributed(walsh, '“identify'), { mention: 'Matt Walsh', rule: 'participle' });
    const costa = 'As the crowd cheered Sanders in California Tuesday night, The Washington Post\'s Robert Costa reported, his wife whispered to him: "They\'re still with you."';
    assert.strictEqual(attributed(costa, '"They').mention, 'his wife');
  });
});
