/** Rule family "cue before the quote" (src/core/quotes/attribution/cueBeforeQuote.ts), on sentences from PolNeAR train and the seeds. */
import * as assert from 'assert';
import { attributed } from './attributed';

describe('attribution rule: cue before the quote', () => {
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
  it('a person of a body before the cue', () => {
    const text = 'However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the Associated Press (AP), “We, the Armenians and the Jewish people, have suffered the same fate.”';
    assert.deepStrictEqual(attributed(text, '“We, the'), { mention: 'Archbishop Aris Shirvanian', rule: 'cue before the quote' });
  });
  it('a role and its body before the cue ("A reporter for Agence France-Presse called it")', () => {
    const text = 'A reporter for Agence France-Presse called it "absolute chaos."';
    assert.deepStrictEqual(attributed(text, '"absolute'), { mention: 'A reporter for Agence France-Presse', rule: 'cue before the quote' });
  });
  it('the source, not the outlet it spoke to', () => {
    const text = 'Another intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of Clinton Foundation donations, the dispensation of State Department contracts and whether regular processes were followed.”';
    assert.deepStrictEqual(attributed(text, '“The agents'), { mention: 'Another intelligence source', rule: 'cue before the quote' });
  });
  it('a cue inside a reported clause: the reporting speaker ("X said Clinton called on members to be “…”")', () => {
    const text = 'Rep. Steve Israel (D-N.Y) said Clinton called on members to be “closely coordinated.” She added that the race can’t just be about reacting to Trump.';
    assert.deepStrictEqual(attributed(text, '“closely'), { mention: 'Rep. Steve Israel', rule: 'cue before the quote' });
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
});
