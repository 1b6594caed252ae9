/** Rule family "speech noun owner" (src/core/quotes/attribution/speechNounOwner.ts), on sentences from PolNeAR train. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: speech noun owner', () => {
  it('a possessive pronoun before the speech noun', () => {
    const text = 'De Blasio also repeated his claim that “profit-making” was the motivation for some technology companies that are offering encryption technology that cannot be accessed by law enforcement during an investigation.';
    assert.deepStrictEqual(attributed(text, '“profit'), { mention: 'his', rule: 'speech noun owner' });
  });
  it('a possessive name before the speech noun', () => {
    const text = 'Donald Trump\'s accusation that Hillary Clinton is playing the "woman\'s card" and would be a failed candidate if she were a man touched off a contentious debate about gender politics and sexism that seems likely to define the presidential election as much as any issue.';
    assert.deepStrictEqual(attributed(text, '"woman'), { mention: 'Donald Trump', rule: 'speech noun owner' });
  });
  it('"her remark that"', () => {
    const text = 'Former US secretary of state Madeleine Albright, a Clinton supporter, fanned controversy earlier this year over her remark that “there’s a special place in hell for women who don’t help each other.”';
    assert.deepStrictEqual(attributed(text, '“there’s'), { mention: 'her', rule: 'speech noun owner' });
  });
  it('a call for the quoted words, its owner\'s, not when the owner is a verb\'s object (PolNeAR train: Washington Post 2016-06-01, 2016-06-13; Politico 2015-11-11)', () => {
    const sanders = 'While Sanders\'s clarion call for a "revolution" draws thousands of liberals to his rallies, Clinton\'s campaign is more cautious.';
    assert.deepStrictEqual(attributed(sanders, '"revolution'), { mention: 'Sanders', rule: 'speech noun owner' });
    const his = 'Trump drew criticism for his response to the shootings in San Bernardino, Calif., and his call for "a total and complete ban" on all Muslims entering the United States.';
    assert.deepStrictEqual(attributed(his, '"a total'), { mention: 'his', rule: 'speech noun owner' });
    const object = 'The Democratic presidential candidate blasted Trump\'s call for a "deportation force" on Wednesday, calling it "absurd."';
    assert.notStrictEqual(attributed(object, '"deportation')?.mention, 'Trump');
  });
  it('past the noun\'s modifiers and a copula before "that" (PolNeAR train: Western Journalism 2015-11-23, Washington Post 2015-12-12)', () => {
    const podliska = 'But Podliska’s most explosive claim is that the House Select Committee on Benghazi is a “witch hunt” launched to “get” Hillary Clinton.';
    assert.deepStrictEqual(attributed(podliska, '“witch'), { mention: 'Podliska', rule: 'speech noun owner' });
    const trump = 'For example, Trump\'s recent evidence-free assertion that "thousands" of Muslim Americans in New Jersey celebrated the fall of the World Trade Center spread fast.';
    assert.deepStrictEqual(attributed(trump, '"thousands'), { mention: 'Trump', rule: 'speech noun owner' });
  });
  it('past a time or occasion phrase before "that" (PolNeAR train: NYT 2016-03-12, Washington Post 2015-12-20, NYT 2016-02-09)', () => {
    const statement = "Mr. Trump came under scrutiny: He was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept his temper in check.";
    assert.deepStrictEqual(attributed(statement, "''Islam"), { mention: 'his', rule: 'speech noun owner' });
    const assertion = 'Clinton came under fire from Republicans over her assertion during the debate that "we now finally are where we need to be" on the Islamic State.';
    assert.deepStrictEqual(attributed(assertion, '"we now'), { mention: 'her', rule: 'speech noun owner' });
    const obama = "Hillary Clinton, her candidacy on the line, won here in 2008 partly because of Mr. Obama's patronizing suggestion at a similarly timed debate that she was ''likable enough.''";
    assert.deepStrictEqual(attributed(obama, "''likable"), { mention: 'Mr. Obama', rule: 'speech noun owner' });
  });
  it('the quote between its owner and the speech noun (PolNeAR train: HuffPost 2016-03-23, Politico 2015-12-28)', () => {
    const romney = 'Mitt Romney’s “47 percent” comment was nearly as dismissive as Williamson’s vitriol.';
    assert.deepStrictEqual(attributed(romney, '“47'), { mention: 'Mitt Romney', rule: 'speech noun owner' });
    const obama = 'It\'s the persistent pull of Obama\'s "if you like your plan, you can keep it" promise: Many of them negotiated generous employer-sponsored plans.';
    assert.deepStrictEqual(attributed(obama, '"if you'), { mention: 'Obama', rule: 'speech noun owner' });
  });
  it('a conclusion is a speech noun (PolNeAR train: USA Today 2016-07-25)', () => {
    const text = 'They have been hurt by the fallout from the investigation of her use of a private email server and by FBI Director James Comey\'s conclusion that her actions were "extremely careless."';
    assert.deepStrictEqual(attributed(text, '"extremely'), { mention: 'FBI Director James Comey', rule: 'speech noun owner' });
  });
  it('not the quote the sentence says of the noun, past the clause\'s own copula (PolNeAR train: Washington Post 2015-11-13)', () => {
    const frazier = 'Cruz spokeswoman Catherine Frazier said Thursday that Rubio\'s claim that Cruz is in favor of legalizing illegal immigrants is "simply not true."';
    assert.notStrictEqual(attributed(frazier, '"simply')?.rule, 'speech noun owner');
    const content = 'Voters heard Rubio\'s claim that Cruz is "soft on immigration" again on Thursday.';
    assert.deepStrictEqual(attributed(content, '"soft'), { mention: 'Rubio', rule: 'speech noun owner' });
  });
  it('not the quote a describing verb puts after "as" (PolNeAR train: NYT 2016-01-29)', () => {
    const clinton = "And he wants to avoid giving any grist to her opponents, recalling how the Obama campaign exploited Mr. Clinton's remark in 2008 describing Mr. Obama's statement that he opposed the Iraq war as ''the biggest fairy tale I've ever seen.''";
    assert.notStrictEqual(attributed(clinton, "''the biggest")?.mention, 'Mr. Obama');
  });
});
